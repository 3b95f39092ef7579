import { describe, expect, it } from "vitest";
import { imageType } from "../../src/format/image-type.ts";

describe("imageType", () => {
  it("names the type of each picture format site.yaml accepts, whatever the case of its extension", () => {
    expect(imageType("media/logo.svg")).toBe("image/svg+xml");
    expect(imageType("media/Logo.PNG")).toBe("image/png");
    expect(imageType("media/deling.jpeg")).toBe("image/jpeg");
    expect(imageType("media/deling.jpg")).toBe("image/jpeg");
  });
});
