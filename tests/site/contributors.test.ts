import { describe, expect, it } from "vitest";
import { meeting, site } from "../helpers/content-model.ts";

const kl = (name?: string, role?: string, topic?: string) => ({ organisation: "KL", name, role, topic });

describe("organisations and people", () => {
  it("merge spellings that fold to one slug, name them by the most used, and warn about the others", () => {
    const { site: result, problems } = site([
      meeting("midt-nord/a", "2017-01-01", {
        speakers: [{ organisation: "Sorø Kommune" }, { organisation: "Kl", name: "Gerner Zinglersen" }],
      }),
      meeting("midt-nord/b", "2017-02-01", { speakers: [{ organisation: "Sorø kommune" }, kl("gerner zinglersen")] }),
      meeting("midt-nord/c", "2017-03-01", { speakers: [{ organisation: "Sorø Kommune" }, kl("Gerner Zinglersen")] }),
    ]);
    expect(result.organisations.map((organisation) => [organisation.slug, organisation.name, organisation.meetingCount])).toEqual([
      ["kl", "KL", 2 + 1],
      ["soroe-kommune", "Sorø Kommune", 3],
    ]);
    expect(result.people.map((person) => [person.slug, person.name, person.meetingCount])).toEqual([
      ["gerner-zinglersen", "Gerner Zinglersen", 3],
    ]);
    expect(problems.map((problem) => [problem.file, problem.field]).sort()).toEqual([
      ["meetings/midt-nord/a.md", "speakers[].organisation"],
      ["meetings/midt-nord/b.md", "speakers[].name"],
      ["meetings/midt-nord/b.md", "speakers[].organisation"],
    ]);
    expect(problems.find((problem) => problem.file.endsWith("b.md") && problem.field === "speakers[].organisation")!.message).toContain(
      '"Sorø kommune" staves "Sorø Kommune"',
    );
  });

  it("count a meeting once per organisation, however many of its people spoke, newest first", () => {
    const { site: result } = site([
      meeting("syddanmark/old", "2016-05-01", { speakers: [kl("A Person"), kl("B Person")] }),
      meeting("syddanmark/new", "2017-05-01", { speakers: [{ organisation: "KL", topic: "alene" }] }),
    ]);
    const [page] = result.organisationPages;
    expect(page!.page.items.map(({ meeting: held, speakers }) => [held.id, speakers.length])).toEqual([
      ["syddanmark/new", 1],
      ["syddanmark/old", 2],
    ]);
    expect(result.organisations[0]!.meetingCount).toBe(2);
  });

  it("give each person their roles and organisations over the years, latest first", () => {
    const { site: result } = site([
      meeting("midt-nord/a", "2015-01-01", {
        speakers: [{ organisation: "Hjørring Kommune", name: "Anne Arkitekt", role: "it-arkitekt" }],
      }),
      meeting("midt-nord/b", "2016-01-01", {
        speakers: [{ organisation: "Hjørring Kommune", name: "Anne Arkitekt", role: "it-arkitekt" }],
      }),
      meeting("midt-nord/c", "2019-01-01", { speakers: [kl("Anne Arkitekt", "konsulent")] }),
    ]);
    expect(result.people[0]!.roles.map(({ role, organisation, from, to }) => [role, organisation.name, from, to])).toEqual([
      ["konsulent", "KL", "2019", "2019"],
      ["it-arkitekt", "Hjørring Kommune", "2015", "2016"],
    ]);
  });

  it("file people by surname in Danish order, and paginate the index above 20", () => {
    const names = [
      "Åse Ærø",
      "Bo Øst",
      "Carl Ås",
      "Dan Zink",
      ...Array.from({ length: 18 }, (_, index) => `Navn Efternavn${String(index).padStart(2, "0")}`),
    ];
    const { site: result } = site([meeting("midt-nord/a", "2017-01-01", { speakers: names.map((name) => kl(name)) })]);
    expect(result.personIndex).toHaveLength(2);
    const headings = result.personIndex.flatMap((index) => index.groups.map((group) => group.heading));
    expect(headings).toEqual(["E", "Z", "Æ", "Ø", "Å"]);
    expect(result.personIndex[1]!.page.items.map((person) => person.name)).toEqual(["Bo Øst", "Carl Ås"]);
    expect(result.personIndex[0]!.letters.map((letter) => [letter.letter, letter.url])).toEqual([
      ["E", "/personer/#under-e"],
      ["Z", "/personer/#under-z"],
      ["Æ", "/personer/#under-ae"],
      ["Ø", "/personer/side/2/#under-oe"],
      ["Å", "/personer/side/2/#under-aa"],
    ]);
  });

  it("paginate an organisation's meetings above 20", () => {
    const meetings = Array.from({ length: 21 }, (_, index) =>
      meeting(`midt-nord/m${index}`, `2017-01-${String(index + 1).padStart(2, "0")}`, { speakers: [kl()] }),
    );
    const pages = site(meetings).site.organisationPages;
    expect(pages.map(({ page }) => [page.url, page.items.length])).toEqual([
      ["/organisationer/kl/", 20],
      ["/organisationer/kl/side/2/", 1],
    ]);
  });
});
