import { describe, expect, it } from "vitest";
import { publishAt } from "../../src/routes.ts";
import { renderMarkdown } from "../../src/site/markdown.ts";

describe("renderMarkdown", () => {
  it("escapes raw HTML instead of passing it through", () => {
    const { html } = renderMarkdown('Hej <script>alert("x")</script> & farvel');
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<script>");
  });

  it("takes the first paragraph as plain text for summaries", () => {
    const { firstParagraph } = renderMarkdown("## Overskrift\n\nFørste *afsnit* med\nto linjer.\n\nAndet afsnit.");
    expect(firstParagraph).toBe("Første afsnit med to linjer.");
  });

  it("moves the body's highest heading to the level below the page's own", () => {
    expect(renderMarkdown("# A\n\n## B\n\ntekst", 3).html).toMatch(/<h3>A<\/h3>\n<h4>B<\/h4>/);
    expect(renderMarkdown("## A\n\n### B", 2).html).toMatch(/<h2>A<\/h2>\n<h3>B<\/h3>/);
    expect(renderMarkdown("# A\n\n###### F", 3).html).toContain("<h6>F</h6>");
  });

  it("puts an editor's links and images from the site's root under the base path, and no other", () => {
    publishAt("https://example.github.io/referat/");
    try {
      const { html } = renderMarkdown("[slides](/media/a.pdf) ![kort](/media/b.png) [KL](https://www.kl.dk/) [x](//cdn.dk/y) [op](#top)");
      expect(html).toContain('href="/referat/media/a.pdf"');
      expect(html).toContain('src="/referat/media/b.png"');
      expect(html).toContain('href="https://www.kl.dk/"');
      expect(html).toContain('href="//cdn.dk/y"');
      expect(html).toContain('href="#top"');
    } finally {
      publishAt("https://netvaerk.example.dk");
    }
    expect(renderMarkdown("[slides](/media/a.pdf)").html).toContain('href="/media/a.pdf"');
  });
});
