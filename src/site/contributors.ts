// Who presented what: organisations and people, from the meetings' speakers, in one pass.
// A speaker entry with only an organisation means the organisation presented; one with a
// name is that person, speaking for that organisation. Both count for the organisation.
import type { Speaker } from "../content/model.ts";
import { alphabetPages, indexOrder, initialOf } from "./alphabet.ts";
import { pushTo } from "./lists.ts";
import { paginate } from "./paginate.ts";
import { Taxonomy, TAXONOMIES } from "./taxonomy.ts";
import { routes } from "../routes.ts";
import type { Contribution, MeetingView, OrganisationView, PersonView, RoleView, SiteData, SpeakerView } from "./views.ts";

export class Contributors {
  readonly organisations = new Taxonomy<OrganisationView, Contribution>(TAXONOMIES.organisations, () => ({}));
  readonly people = new Taxonomy<PersonView, Contribution>(TAXONOMIES.people, () => ({ roles: [] }));

  /** A meeting's speakers as views, each linked to its organisation and person. */
  speakersOf(speakers: readonly Speaker[], file: string): SpeakerView[] {
    return speakers.map(({ name, organisation, ...asTheyAre }) => ({
      ...asTheyAre,
      person: name === undefined ? undefined : this.people.add(name, file),
      organisation: this.organisations.add(organisation, file),
    }));
  }
}

export type ContributorIndexes = Pick<
  SiteData,
  "organisations" | "organisationPages" | "organisationIndex" | "people" | "personPages" | "personIndex"
>;

/** People are filed under their surname, the last word of their name. */
function surnameFirst(person: PersonView): string {
  const words = person.name.trim().split(/\s+/);
  return `${words.at(-1)} ${words.slice(0, -1).join(" ")}`;
}

/**
 * Every organisation's and person's meetings (newest first, as `meetings` is), counted, and
 * each person's roles over time. Call after the registries are settled.
 */
export function contributorIndexes(meetings: readonly MeetingView[], contributors: Contributors): ContributorIndexes {
  for (const meeting of meetings) {
    const organisations = new Map<OrganisationView, SpeakerView[]>();
    const people = new Map<PersonView, SpeakerView[]>();
    for (const speaker of meeting.speakers) {
      pushTo(organisations, speaker.organisation, speaker);
      if (speaker.person) pushTo(people, speaker.person, speaker);
    }
    for (const [organisation, speakers] of organisations) contributors.organisations.file(organisation, { meeting, speakers });
    for (const [person, speakers] of people) contributors.people.file(person, { meeting, speakers });
  }

  const byName = indexOrder((organisation: { name: string }) => organisation.name);
  const bySurname = indexOrder(surnameFirst);
  const organisations = contributors.organisations.all().sort((a, b) => byName(a, b) || (a.slug < b.slug ? -1 : 1));
  const people = contributors.people.all().sort((a, b) => bySurname(a, b) || (a.slug < b.slug ? -1 : 1));
  for (const person of people) person.roles = rolesOf(contributors.people.entriesOf(person));
  const pagesOf = <T extends OrganisationView | PersonView>(taxonomy: Taxonomy<T, Contribution>, terms: T[]) =>
    terms.flatMap((contributor) => paginate(taxonomy.entriesOf(contributor), contributor.url).map((page) => ({ contributor, page })));
  return {
    organisations,
    organisationPages: pagesOf(contributors.organisations, organisations),
    organisationIndex: alphabetPages(organisations, (organisation) => initialOf(organisation.name), routes.organisations),
    people,
    personPages: pagesOf(contributors.people, people),
    personIndex: alphabetPages(people, (person) => initialOf(surnameFirst(person)), routes.people),
  };
}

/** Each role and organisation a person has spoken in, with the years, the latest first. */
function rolesOf(newestFirst: readonly Contribution[]): RoleView[] {
  const roles = new Map<string, RoleView>();
  for (const { meeting, speakers } of newestFirst) {
    const year = meeting.date.slice(0, 4);
    for (const { role, organisation } of speakers) {
      const key = `${role ?? ""}\0${organisation.slug}`;
      const known = roles.get(key);
      if (known) known.from = year;
      else roles.set(key, { role, organisation, from: year, to: year });
    }
  }
  return [...roles.values()];
}
