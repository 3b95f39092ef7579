import { describe, expect, it } from "vitest";
import { absoluteLinks } from "../../src/feeds/absolute-links.ts";

const PAGE = "https://net.example.dk/nyheder/2017/2017-04-11-x/";

describe("absoluteLinks", () => {
  it("resolves site paths, relative paths and anchors against the page", () => {
    const html = '<a href="/moeder/a/">a</a> <a href="../b/">b</a> <a href="#c">c</a> <img src="billede.png" alt="">';
    expect(absoluteLinks(html, PAGE)).toBe(
      '<a href="https://net.example.dk/moeder/a/">a</a> <a href="https://net.example.dk/nyheder/2017/b/">b</a> ' +
        '<a href="https://net.example.dk/nyheder/2017/2017-04-11-x/#c">c</a> <img src="https://net.example.dk/nyheder/2017/2017-04-11-x/billede.png" alt="">',
    );
  });

  it("leaves absolute links alone and keeps escaped characters escaped", () => {
    expect(absoluteLinks('<a href="https://kl.dk/?a=1&amp;b=2">kl</a> <a href="mailto:x@kl.dk">x</a>', PAGE)).toBe(
      '<a href="https://kl.dk/?a=1&amp;b=2">kl</a> <a href="mailto:x@kl.dk">x</a>',
    );
    expect(absoluteLinks('<a href="/s?q=a&amp;b">s</a>', PAGE)).toBe('<a href="https://net.example.dk/s?q=a&amp;b">s</a>');
  });
});
