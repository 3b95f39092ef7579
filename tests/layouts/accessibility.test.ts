// The built-in accessibility statement: the sections of a WAS-Tool statement, the contact
// from site.yaml as links, and the supervising authority.
import { describe, expect, it } from "vitest";
import { accessibilityPage } from "../../layouts/accessibility.ts";
import type { AccessibilitySettings } from "../../src/content/model.ts";
import { site } from "../helpers/content-model.ts";

function pageWith(accessibility?: AccessibilitySettings): string {
  const data = site([]).site;
  return accessibilityPage({ ...data, settings: { ...data.settings, accessibility } }).markup;
}

describe("the accessibility statement", () => {
  it("has the sections of a WAS-Tool statement, in their order", () => {
    const headings = [...pageWith().matchAll(/<h2>([^<]*)<\/h2>/g)].map((match) => match[1]);
    expect(headings).toEqual([
      "Overholdelsesstatus",
      "Indhold, der ikke er tilgængeligt",
      "Sådan er erklæringen udarbejdet",
      "Feedback og kontaktoplysninger",
      "Håndhævelsesprocedure",
    ]);
  });

  // non-breaking spaces keep a number whole, where a line would break between its groups of digits
  it("names the contact from site.yaml as a mail and a phone link, the number kept on one line", () => {
    const page = pageWith({ email: "a@net.example.dk", phone: "+45 12 34 56 78" });
    expect(page).toContain(
      'skriv til <a href="mailto:a@net.example.dk">a@net.example.dk</a> eller ring på <a href="tel:+4512345678">+45\u00a012\u00a034\u00a056\u00a078</a>.',
    );
    expect(pageWith({ phone: "12 34 56 78" })).toContain('så ring på <a href="tel:+4512345678">12\u00a034\u00a056\u00a078</a>.');
    expect(pageWith({ email: "a@net.example.dk" })).toMatch(/så skriv til <a href="mailto:a@net.example.dk">a@net.example.dk<\/a>\./);
    expect(pageWith()).toContain("kontakt netværkets sekretariat");
  });

  it("is honest about what editors write, and points to Digitaliseringsstyrelsen", () => {
    const page = pageWith();
    expect(page).toContain("overholder delvist");
    expect(page).toContain("skrives af netværkets redaktører");
    expect(page).toMatch(/<a href="https:\/\/digst\.dk\/[^"]+">henvende dig til\nDigitaliseringsstyrelsen<\/a>/);
  });
});
