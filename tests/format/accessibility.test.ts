import { describe, expect, it } from "vitest";
import { accessibilityLink, mailtoHref, telHref } from "../../src/format/accessibility.ts";

describe("the accessibility statement's link and contact", () => {
  it("links the WAS-Tool's statement when site.yaml names it, else nothing: the built-in page is linked", () => {
    const statement = "https://www.was.digst.dk/net-example-dk";
    expect(accessibilityLink({ accessibility: { statement, email: "a@net.example.dk" } })).toBe(statement);
    expect(accessibilityLink({ accessibility: { email: "a@net.example.dk" } })).toBeUndefined();
    expect(accessibilityLink({})).toBeUndefined();
  });

  it("writes an e-mail address as a mailto link, escaping what would start a query", () => {
    expect(mailtoHref("tilgaengelighed@net.example.dk")).toBe("mailto:tilgaengelighed@net.example.dk");
    expect(mailtoHref("a?b#c@net.example.dk")).toBe("mailto:a%3Fb%23c@net.example.dk");
  });

  it("writes a phone number as a tel link with its country code, Danish when none is given", () => {
    expect(telHref("+45 12 34 56 78")).toBe("tel:+4512345678");
    expect(telHref("(+45) 1234-5678")).toBe("tel:+4512345678");
    expect(telHref("12 34 56 78")).toBe("tel:+4512345678");
    expect(telHref("0046 8 123 456 78")).toBe("tel:+46812345678");
    expect(telHref("+46 8 123 456 78")).toBe("tel:+46812345678");
  });
});
