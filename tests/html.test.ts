import { describe, expect, it } from "vitest";
import { escapeHtml, html, trusted } from "../src/html.ts";

describe("html", () => {
  it("escapes every value for text and quoted attributes", () => {
    const hostile = `<script>alert("x")</script> & 'quoted'`;
    expect(html`<a title="${hostile}">${hostile}</a>`.markup).toBe(
      `<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;</a>`,
    );
  });

  it("keeps nested templates and trusted markup as they are, and escapes only the values inside them", () => {
    const inner = html`<em>${"a < b"}</em>`;
    expect(html`<p>${inner} ${trusted("<strong>ok</strong>")}</p>`.markup).toBe("<p><em>a &lt; b</em> <strong>ok</strong></p>");
  });

  it("writes lists one after another, and nothing for false, null and undefined", () => {
    expect(html`<ul>${["<1>", html`<li>2</li>`, [3, false]]}</ul>`.markup).toBe("<ul>&lt;1&gt;<li>2</li>3</ul>");
    expect(html`${false}${null}${undefined}${0}`.markup).toBe("0");
  });

  it("leaves Latin-1 text alone, and writes other characters as character references", () => {
    expect(escapeHtml("Møde i Ærøskøbing, 7. marts")).toBe("Møde i Ærøskøbing, 7. marts");
    expect(escapeHtml("10.00–15.30 😀 & …")).toBe("10.00&#8211;15.30 &#128512; &amp; &#8230;");
  });
});
