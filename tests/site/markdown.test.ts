import { describe, expect, it } from "vitest";
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
});
