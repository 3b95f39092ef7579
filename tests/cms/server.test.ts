import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CMS_PORT, cmsGreeting, cmsServerSettings, decapEnvironment } from "../../src/cms/server.ts";
import { readOptions } from "../../src/options.ts";

/** The options `npm run cms` reads from `env` (its own command line takes no flags). */
const fromEnvironment = (env: NodeJS.ProcessEnv) => readOptions({}, env, false).options;

describe("the CMS backend's settings", () => {
  it("serves the content folder, resolved, on this machine only, at the port the form looks at", () => {
    const settings = cmsServerSettings(fromEnvironment({}));
    expect(settings).toEqual({ contentDir: resolve("content"), host: "127.0.0.1", port: CMS_PORT });
    expect(decapEnvironment(settings)).toEqual({
      GIT_REPO_DIRECTORY: resolve("content"),
      BIND_HOST: "127.0.0.1",
      PORT: "8081",
      MODE: "fs",
    });
  });

  it("follows REFERAT_CONTENT and REFERAT_HOST", () => {
    const settings = cmsServerSettings(fromEnvironment({ REFERAT_CONTENT: "../other/content", REFERAT_HOST: "0.0.0.0" }));
    expect(settings.contentDir).toBe(resolve("../other/content"));
    expect(decapEnvironment(settings)).toMatchObject({ GIT_REPO_DIRECTORY: resolve("../other/content"), BIND_HOST: "0.0.0.0" });
  });

  it("tells the editor where the form is, what the backend may touch and who can reach it", () => {
    const local = cmsGreeting(cmsServerSettings(fromEnvironment({ REFERAT_CONTENT: "/srv/indhold" })));
    expect(local).toContain("http://localhost:8080/admin/");
    expect(local).toContain("kun filer i /srv/indhold");
    expect(local).toContain("lytter kun på denne maskine (127.0.0.1:8081)");
    const open = cmsGreeting(cmsServerSettings(fromEnvironment({ REFERAT_HOST: "0.0.0.0" })));
    expect(open).not.toContain("lytter kun");
    expect(open).toContain("Advarsel: CMS-serveren lytter på 0.0.0.0:8081");
  });
});
