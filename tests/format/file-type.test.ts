import { describe, expect, it } from "vitest";
import { fileType } from "../../src/format/file-type.ts";

describe("fileType", () => {
  it("names the type of each picture format site.yaml accepts, whatever the case of its extension", () => {
    expect(fileType("media/logo.svg").mime).toBe("image/svg+xml");
    expect(fileType("media/Logo.PNG").mime).toBe("image/png");
    expect(fileType("media/deling.jpeg").mime).toBe("image/jpeg");
    expect(fileType("media/deling.jpg").mime).toBe("image/jpeg");
    expect(fileType("meetings/r/x/Slides.PPTX")).toEqual({
      extension: "pptx",
      mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    });
    expect(fileType("noter.xyz").mime).toBe("application/octet-stream");
  });
});
