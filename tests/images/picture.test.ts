// The markup of a picture: sources in the better formats, an <img> with the fallback, its
// size and alternative text, escaped, lazy unless told otherwise, and valid HTML.
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { DEFAULT_SIZES, pictureHtml } from "../../src/images/picture.ts";
import type { ImageFormat, ProcessedImage } from "../../src/images/process.ts";

function format(type: string, extension: string, widths: number[]): ImageFormat {
  return {
    type,
    files: widths.map((width) => ({
      fileName: `h-${width}.${extension}`,
      path: `/cache/h-${width}.${extension}`,
      width,
      height: width / 2,
    })),
  };
}

const PHOTO: ProcessedImage = {
  width: 800,
  height: 400,
  formats: [format("image/avif", "avif", [400, 800]), format("image/webp", "webp", [400, 800]), format("image/jpeg", "jpeg", [400, 800])],
  encoded: false,
};
const LOGO: ProcessedImage = { width: 120, height: 80, formats: [format("image/svg+xml", "svg", [120])], encoded: false };
const urlOf = (fileName: string) => `/moeder/sjaelland/m/${fileName}`;

describe("pictureHtml", () => {
  it("offers AVIF and WebP in every width, and the JPEG to the <img>, with width, height, lazy loading and the sizes", () => {
    const sizes = ` sizes="${DEFAULT_SIZES}"`;
    expect(pictureHtml(PHOTO, { alt: "Salen", urlOf }).markup).toBe(
      `<picture>` +
        `<source type="image/avif" srcset="/moeder/sjaelland/m/h-400.avif 400w, /moeder/sjaelland/m/h-800.avif 800w"${sizes}>` +
        `<source type="image/webp" srcset="/moeder/sjaelland/m/h-400.webp 400w, /moeder/sjaelland/m/h-800.webp 800w"${sizes}>` +
        `<img src="/moeder/sjaelland/m/h-800.jpeg" srcset="/moeder/sjaelland/m/h-400.jpeg 400w, /moeder/sjaelland/m/h-800.jpeg 800w"${sizes}` +
        ` width="800" height="400" alt="Salen" loading="lazy" decoding="async">` +
        `</picture>`,
    );
  });

  it("escapes the alternative text, the URLs and the class", () => {
    const markup = pictureHtml(PHOTO, {
      alt: `"Rådhus" <b>&</b> – 'salen'`,
      urlOf: (name) => `?a=1&b="${name}"`,
      className: `x" onload="y`,
    }).markup;
    expect(markup).toContain(`alt="&quot;Rådhus&quot; &lt;b&gt;&amp;&lt;/b&gt; &#8211; &#39;salen&#39;"`);
    expect(markup).toContain(`src="?a=1&amp;b=&quot;h-800.jpeg&quot;"`);
    expect(markup).toContain(`class="x&quot; onload=&quot;y"`);
    expect(markup).not.toContain(`onload="`);
  });

  it("writes an empty alt for a picture that only decorates, loads at once when not lazy, and takes the sizes given", () => {
    const markup = pictureHtml(PHOTO, { alt: "", urlOf, lazy: false, sizes: "50vw" }).markup;
    expect(markup).toContain(` alt="" decoding="async">`);
    expect(markup).not.toContain("loading=");
    expect(markup.match(/ sizes="50vw"/g)).toHaveLength(3);
  });

  it("writes an SVG as an <img> alone, with its size and no widths to choose from", () => {
    expect(pictureHtml(LOGO, { alt: "Netværkets logo", urlOf, className: "logo" }).markup).toBe(
      `<img src="/moeder/sjaelland/m/h-120.svg" width="120" height="80" alt="Netværkets logo" loading="lazy" decoding="async" class="logo">`,
    );
  });

  it("is valid HTML", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    for (const image of [PHOTO, LOGO]) {
      const page = `<!DOCTYPE html><html lang="da"><head><title>t</title></head><body><main>${pictureHtml(image, { alt: "Salen", urlOf })}</main></body></html>`;
      const report = await validator.validateString(page);
      expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
    }
  });
});
