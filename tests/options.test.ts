import { describe, expect, it } from "vitest";
import { optionsFromEnvironment } from "../src/options.ts";

describe("optionsFromEnvironment", () => {
  it("shows drafts in the dev server and never in a build, unless told otherwise", () => {
    expect(optionsFromEnvironment({ ELEVENTY_RUN_MODE: "serve" }).drafts).toBe(true);
    expect(optionsFromEnvironment({ ELEVENTY_RUN_MODE: "build" }).drafts).toBe(false);
    expect(optionsFromEnvironment({ ELEVENTY_RUN_MODE: "build", REFERAT_DRAFTS: "true" }).drafts).toBe(true);
  });

  it("reads the content folder and now, with defaults", () => {
    expect(optionsFromEnvironment({})).toMatchObject({ contentDir: "content", now: undefined });
    expect(optionsFromEnvironment({ REFERAT_CONTENT: "/x", REFERAT_NOW: "2026-11-27" })).toMatchObject({ contentDir: "/x", now: "2026-11-27" });
  });

  it("remembers work between rebuilds only where rebuilds follow", () => {
    expect(optionsFromEnvironment({ ELEVENTY_RUN_MODE: "serve" }).watching).toBe(true);
    expect(optionsFromEnvironment({ ELEVENTY_RUN_MODE: "watch" }).watching).toBe(true);
    expect(optionsFromEnvironment({ ELEVENTY_RUN_MODE: "build" }).watching).toBe(false);
  });
});
