// One organisation: every meeting where it presented or one of its people spoke, newest first.
import { html, type Html } from "../src/html.ts";
import type { ContributorPage, OrganisationView, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { contributions, count, pageSuffix, pagination } from "./parts.ts";
import { routes } from "../src/routes.ts";

export function organisationPage({ contributor: organisation, page }: ContributorPage<OrganisationView>, site: SiteData): Html {
  return basePage({
    site,
    url: page.url,
    title: `${organisation.name}${pageSuffix(page)}`,
    trail: [{ title: "Organisationer", url: routes.organisations }, { title: organisation.name }],
    main: html`<h1>${organisation.name}${pageSuffix(page)}</h1>
<p>${organisation.name} har holdt oplæg ved ${count(organisation.meetingCount, "møde", "møder")} i netværket, selv eller ved sine folk. Nyeste først.</p>
${contributions(page.items, ({ person, role }) => (person ? html`<a href="${person.url}">${person.name}</a>${role && `, ${role}`}` : "Oplæg"))}${pagination(page)}`,
  });
}
