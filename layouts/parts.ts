// Building blocks shared by the page layouts: dates, status badges, breadcrumbs, lists of
// meetings and news, pagination. Each takes only what it shows.
import { longDate } from "../src/dates.ts";
import { statusLabel } from "../src/format/status-label.ts";
import { pictureHtml, THUMBNAIL_SIZES } from "../src/images/picture.ts";
import { html, type Content, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { ListPage } from "../src/site/paginate.ts";
import { routes, type Subscription } from "../src/routes.ts";
import type { Contribution, ItemView, Link, MeetingLink, MeetingView, SpeakerView, SiteData } from "../src/site/views.ts";

export function date(isoDate: string): Html {
  return html`<time datetime="${isoDate}">${longDate(isoDate)}</time>`;
}

export function badges(item: { status?: MeetingView["status"]; draft?: boolean }): Html {
  return html`${item.status && html` <strong class="badge badge-${item.status}">${statusLabel(item.status)}</strong>`}${
    item.draft && html` <strong class="badge badge-draft">${i18n.draft}</strong>`
  }`;
}

export interface Crumb {
  title: string;
  url?: string;
}

/** The trail from the home page; the last crumb is the current page. */
export function breadcrumbs(trail: Crumb[]): Html {
  const crumbs = trail.map(({ title, url }, index) =>
    index === trail.length - 1 || !url
      ? html`\n    <li><span aria-current="page">${title}</span></li>`
      : html`\n    <li><a href="${url}">${title}</a></li>`,
  );
  return html`<nav class="breadcrumbs" aria-label="${i18n.shell.breadcrumbs}">
  <ol>
    <li><a href="${routes.home}">${i18n.sections.home}</a></li>${crumbs}
  </ol>
</nav>`;
}

function itemMeta(item: ItemView): Html {
  if (item.kind === "news") return html`${i18n.kinds.news} · ${date(item.date)}`;
  const { venue } = item;
  return html`${date(item.date)} · ${item.region.name} · ${venue.name}${venue.city && html`, ${venue.city}`}`;
}

/** A list of meetings and news with their dates, places and statuses, and a meeting's picture small. */
export function items(list: readonly ItemView[], pictures: SiteData["pictures"]): Html {
  return html`<ul class="items">${list.map(
    (item) => html`
  <li class="item item-${item.kind}">${thumbnail(item, pictures)}
    <a href="${item.url}">${item.title}</a>${badges(item)}
    <p class="meta">${itemMeta(item)}</p>
  </li>`,
  )}
</ul>`;
}

/** The smallest width of a meeting's picture; the title beside it says what it is, so its alt text is empty. */
function thumbnail(item: ItemView, pictures: SiteData["pictures"]): Html | false {
  const picture = item.kind === "meeting" && item.image && pictures.get(item.image.file);
  return (
    !!picture &&
    pictureHtml(picture, {
      alt: "",
      urlOf: (name) => `${item.url}${encodeURIComponent(name)}`,
      sizes: THUMBNAIL_SIZES,
      className: "thumbnail",
    })
  );
}

export function pagination(page: ListPage<unknown>): Content {
  if (page.pageCount <= 1) return "";
  const words = i18n.pagination;
  const numbers = page.nearby.map((other) => {
    if (!other) return html`\n    <li><span aria-hidden="true">&#8230;</span></li>`;
    if (other.number === page.pageNumber) return html`\n    <li><span aria-current="page">${other.number}</span></li>`;
    return html`\n    <li><a href="${other.url}">${words.page(other.number)}</a></li>`;
  });
  const previous = page.previousUrl && html`\n    <li><a href="${page.previousUrl}" rel="prev">${words.previous}</a></li>`;
  const next = page.nextUrl && html`\n    <li><a href="${page.nextUrl}" rel="next">${words.next}</a></li>`;
  return html`
<nav class="pagination" aria-label="${words.label}">
  <ul>${previous}${numbers}${next}
  </ul>
</nav>`;
}

/** " (side 2 af 5)" after the title of a list's later pages */
export function pageSuffix(page: ListPage<unknown>): string {
  return page.pageNumber > 1 ? ` (${i18n.pagination.pageOf(page.pageNumber, page.pageCount)})` : "";
}

/** A list of meetings and news to follow, named for readers: "Syddanmark", "Tema: Brugerstyring". */
export interface Followable {
  name: string;
  subscription: Subscription;
}

/** The feeds and calendars of what a page shows, for readers to follow. */
export function subscribe(lists: readonly Followable[]): Html {
  const words = i18n.subscribe;
  const entries = lists.map(
    ({ name, subscription }) => html`
    <li>${name}: <a href="${subscription.atomUrl}" type="application/atom+xml">${words.atom}</a>, <a href="${subscription.jsonUrl}" type="application/feed+json">${words.jsonFeed}</a>${
      subscription.calendarUrl && html`, <a href="${subscription.calendarUrl}" type="text/calendar">${words.calendar}</a>`
    }</li>`,
  );
  return html`
<aside class="subscribe" aria-labelledby="abonner">
  <h2 id="abonner">${words.heading}</h2>
  <p>${words.intro}</p>
  <ul>${entries}
  </ul>
</aside>`;
}

/** What an organisation or a person said at each meeting; `who` writes one speaker entry. */
export function contributions(list: readonly Contribution[], who: (speaker: SpeakerView) => Content): Html {
  return html`<ul class="items">${list.map(
    ({ meeting, speakers }) => html`
  <li class="item item-meeting">
    <a href="${meeting.url}">${meeting.title}</a>${badges(meeting)}
    <p class="meta">${date(meeting.date)} · ${meeting.region.name} · ${i18n.themeName(meeting.theme.name)}</p>
    <ul class="contributions">${speakers.map((speaker) => html`<li>${who(speaker)}${speaker.topic && `: ${speaker.topic}`}</li>`)}</ul>
  </li>`,
  )}
</ul>`;
}

/**
 * A short titled list of links to meetings or news with their dates (and regions and statuses,
 * where they have them), as under "Relaterede referater". `related` ones are left out in print.
 */
export function linkSection(
  id: string,
  heading: string,
  links: readonly (Link | MeetingLink)[],
  options: { more?: Content; related?: boolean } = {},
): Html | false {
  if (links.length === 0) return false;
  const entries = links.map(
    (link) => html`
      <li><a href="${link.url}">${link.title}</a>${"regionName" in link && badges(link)} <span class="meta">${date(link.date)}${"regionName" in link && ` · ${link.regionName}`}</span></li>`,
  );
  return html`
  <section${options.related && html` class="related"`} aria-labelledby="${id}">
    <h2 id="${id}">${heading}</h2>
    <ul class="items">${entries}
    </ul>${
      options.more &&
      html`
    <p>${options.more}</p>`
    }
  </section>`;
}
