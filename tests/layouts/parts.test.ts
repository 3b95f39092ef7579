import { describe, expect, it } from "vitest";
import { badges, breadcrumbs, pageSuffix, pagination } from "../../layouts/parts.ts";
import { i18n } from "../../src/i18n/index.ts";
import { paginate } from "../../src/site/paginate.ts";

const pages = paginate(
  Array.from({ length: 300 }, (_, index) => index),
  "/arkiv/2017/",
);

describe("layout parts", () => {
  it("marks the last crumb as the current page and links the others", () => {
    const trail = breadcrumbs([
      { title: "Regioner", url: "/regioner/" },
      { title: "Syddanmark & Fyn", url: "/regioner/syddanmark/" },
    ]).markup;
    expect(trail).toContain('<li><a href="/">Forside</a></li>');
    expect(trail).toContain('<li><a href="/regioner/">Regioner</a></li>');
    expect(trail).toContain('<li><span aria-current="page">Syddanmark &amp; Fyn</span></li>');
    expect(trail).not.toContain('href="/regioner/syddanmark/"');
  });

  it("links the nearby pages, marks the current one and shows gaps", () => {
    const eighth = pagination(pages[7]!)!.toString();
    expect(eighth).toContain('<a href="/arkiv/2017/side/7/" rel="prev">Forrige side</a>');
    expect(eighth).toContain('<a href="/arkiv/2017/side/9/" rel="next">Næste side</a>');
    expect(eighth).toContain('<span aria-current="page">8</span>');
    expect(eighth).toContain('<a href="/arkiv/2017/">Side 1</a>');
    expect(eighth).toContain('<a href="/arkiv/2017/side/15/">Side 15</a>');
    expect(eighth).toContain('<span aria-hidden="true">&#8230;</span>');
    expect(eighth).not.toContain("Side 5<");
    expect(pagination(paginate([1, 2], "/x/")[0]!)).toBe("");
  });

  it("names later pages in their titles", () => {
    expect(pageSuffix(pages[0]!)).toBe("");
    expect(pageSuffix(pages[2]!)).toBe(" (side 3 af 15)");
  });

  it("counts in Danish singular and plural", () => {
    expect(i18n.counts.meetings(1)).toBe("1 møde");
    expect(i18n.counts.meetings(0)).toBe("0 møder");
  });

  it("shows a status and a draft as badges", () => {
    expect(badges({ status: "cancelled", draft: true }).markup).toBe(
      ' <strong class="badge badge-cancelled">Aflyst</strong> <strong class="badge badge-draft">Kladde</strong>',
    );
    expect(badges({ draft: false }).markup).toBe("");
  });
});
