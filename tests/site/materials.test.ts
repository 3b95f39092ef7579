import { describe, expect, it } from "vitest";
import { registrationOf } from "../../src/site/materials.ts";
import { meeting } from "../helpers/content-model.ts";

describe("registrationOf", () => {
  const registration = { url: "https://x.dk/tilmeld", deadline: "2027-02-09" };

  it("is open until the deadline, the day included, and never on or after the meeting's day", () => {
    const upcoming = meeting("hovedstaden/2027-02-23-a", "2027-02-23", { registration });
    expect(registrationOf(upcoming, "2027-02-09")?.open).toBe(true);
    expect(registrationOf(upcoming, "2027-02-10")?.open).toBe(false);
    const late = meeting("hovedstaden/2027-02-23-a", "2027-02-23", { registration: { url: registration.url } });
    expect(registrationOf(late, "2027-02-22")?.open).toBe(true);
    expect(registrationOf(late, "2027-02-23")?.open).toBe(false);
  });

  it("is closed for a cancelled meeting, on its page and in its calendar alike", () => {
    const cancelled = meeting("hovedstaden/2027-02-23-a", "2027-02-23", { registration, status: "cancelled" });
    expect(registrationOf(cancelled, "2027-02-01")?.open).toBe(false);
  });
});
