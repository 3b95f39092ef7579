// One person: the roles and organisations they have spoken for, and every meeting they spoke at.
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { ContributorPage, PersonView, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { contributions, pageSuffix, pagination } from "./parts.ts";
import { routes } from "../src/routes.ts";

function years(from: string, to: string): string {
  return from === to ? from : `${from}–${to}`;
}

export function personPage({ contributor: person, page }: ContributorPage<PersonView>, site: SiteData): Html {
  const roles = person.roles.map(
    ({ role, organisation, from, to }) => html`
  <li>${role && `${role}, `}<a href="${organisation.url}">${organisation.name}</a> <span class="meta">(${years(from, to)})</span></li>`,
  );
  return basePage({
    site,
    url: page.url,
    title: `${person.name}${pageSuffix(page)}`,
    trail: [{ title: i18n.sections.people, url: routes.people }, { title: person.name }],
    main: html`<h1>${person.name}${pageSuffix(page)}</h1>
<p>${i18n.person.intro(person.meetingCount)}</p>
<h2>${i18n.person.roles}</h2>
<ul class="roles">${roles}
</ul>
<h2>${i18n.person.talks}</h2>
${contributions(page.items, ({ role, organisation }) => html`${role && `${role}, `}<a href="${organisation.url}">${organisation.name}</a>`)}${pagination(page)}`,
  });
}
