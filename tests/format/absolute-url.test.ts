import { describe, expect, it } from "vitest";
import { absoluteUrl } from "../../src/format/absolute-url.ts";

describe("absoluteUrl", () => {
  it("puts the site's address in front of a site path", () => {
    expect(absoluteUrl("/moeder/midt-nord/x/", "https://net.example.dk")).toBe("https://net.example.dk/moeder/midt-nord/x/");
  });

  it("resolves anything else as a URL would", () => {
    expect(absoluteUrl("side/2/", "https://net.example.dk")).toBe("https://net.example.dk/side/2/");
    expect(absoluteUrl("//cdn.example.dk/x", "https://net.example.dk")).toBe("https://cdn.example.dk/x");
    expect(absoluteUrl("https://kl.dk/", "https://net.example.dk")).toBe("https://kl.dk/");
  });
});
