// One organisation: every meeting where it presented or one of its people spoke, newest first.
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { ContributorPage, OrganisationView, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { contributions, pageSuffix, pagination } from "./parts.ts";
import { routes } from "../src/routes.ts";

export function organisationPage({ contributor: organisation, page }: ContributorPage<OrganisationView>, site: SiteData): Html {
  return basePage({
    site,
    url: page.url,
    title: `${organisation.name}${pageSuffix(page)}`,
    trail: [{ title: i18n.sections.organisations, url: routes.organisations }, { title: organisation.name }],
    main: html`<h1>${organisation.name}${pageSuffix(page)}</h1>
<p>${i18n.organisation.intro(organisation.name, organisation.meetingCount)}</p>
${contributions(page.items, ({ person, role }) => (person ? html`<a href="${person.url}">${person.name}</a>${role && `, ${role}`}` : i18n.organisation.ownTalk))}${pagination(page)}`,
  });
}
