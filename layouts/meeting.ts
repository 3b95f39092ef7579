// A meeting: its facts, the speakers, the report (or, before the day, what it is about),
// news about it, and the meetings before and after it in its region.
import { timeRange } from "../src/format/time-range.ts";
import { html, trusted, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { MeetingLink, MeetingView, SiteData } from "../src/site/views.ts";
import { basePage } from "./base.ts";
import { actions, materials, talks } from "./materials.ts";
import { meetingImage } from "./meeting-image.ts";
import { badges, date, linkSection, subscribe } from "./parts.ts";
import { routes } from "../src/routes.ts";
import { structuredData } from "./structured-data.ts";

const words = i18n.meeting;
/** the page's header (its title), which the sign-up and the recording links name as what they are for */
const TITLE_ID = "titel";

function place({ venue, place }: MeetingView): Html {
  return html`<a href="${place.url}">${place.name}</a>${venue.address && `, ${venue.address}`}${venue.city && `, ${venue.city}`}${venue.online && ` (${i18n.online})`}${
    venue.url && html` · <a href="${venue.url}">${venue.online ? words.joinOnline : words.aboutVenue}</a>`
  }`;
}

function facts(meeting: MeetingView): Html {
  const label = words.facts;
  return html`<dl class="facts">
    <dt>${label.date}</dt>
    <dd>${date(meeting.date)}${meeting.start && `, ${timeRange(meeting.start, meeting.end)}`} · <a href="${meeting.calendarUrl}" type="text/calendar">${words.addToCalendar}</a></dd>
    <dt>${label.place}</dt>
    <dd>${place(meeting)}</dd>
    <dt>${label.region}</dt>
    <dd><a href="${meeting.region.url}">${meeting.region.name}</a></dd>
    <dt>${label.theme}</dt>
    <dd><a href="${meeting.theme.url}">${meeting.theme.name}</a></dd>${
      meeting.topics.length > 0 &&
      html`
    <dt>${label.topics}</dt>
    <dd><ul class="inline">${meeting.topics.map((topic) => html`<li><a href="${topic.url}">${topic.name}</a></li>`)}</ul></dd>`
    }${
      meeting.round &&
      html`
    <dt>${label.round}</dt>
    <dd><a href="${meeting.round.url}">${meeting.round.name}</a></dd>`
    }
  </dl>`;
}

function moreAtVenue({ place, sameVenue }: MeetingView): Html | false {
  return place.meetingCount > sameVenue.length + 1 && html`<a href="${place.url}">${words.allAtVenue(place.meetingCount, place.name)}</a>`;
}

function neighbour(other: MeetingLink | undefined, rel: "prev" | "next", label: string): Html | false {
  return (
    !!other &&
    html`
      <li><a href="${other.url}" rel="${rel}">${label}: ${other.title}</a>${badges(other)} <span class="meta">${date(other.date)}</span></li>`
  );
}

function neighbours(meeting: MeetingView): Html | false {
  const region = meeting.region.name;
  if (!meeting.previous && !meeting.next) return false;
  return html`
  <nav class="neighbours" aria-label="${words.neighbours(region)}">
    <ul>${neighbour(meeting.previous, "prev", words.previous(region))}${neighbour(meeting.next, "next", words.next(region))}
    </ul>
  </nav>`;
}

export function meetingPage(meeting: MeetingView, site: SiteData): Html {
  const notice = meeting.status && words.notices[meeting.status];
  const follow = [
    { name: meeting.region.name, subscription: meeting.region.subscription },
    { name: i18n.themeName(meeting.theme.name), subscription: meeting.theme.subscription },
  ];
  return basePage({
    site,
    url: meeting.url,
    title: meeting.title,
    description: meeting.summary,
    image: meeting.image,
    head: html`\n<script type="application/ld+json">${trusted(structuredData(meeting, site.settings))}</script>`,
    trail: [
      { title: i18n.sections.regions, url: routes.regions },
      { title: meeting.region.name, url: meeting.region.url },
      { title: meeting.title },
    ],
    feeds: follow,
    main: html`<article class="report">
  <header id="${TITLE_ID}">
    <p class="kicker">${meeting.upcoming ? words.kicker.upcoming : words.kicker.held} · ${meeting.region.name}</p>
    <h1>${meeting.title}${badges(meeting)}</h1>${
      notice &&
      html`
    <p class="notice">${notice}</p>`
    }
  </header>
  ${facts(meeting)}${actions(meeting, TITLE_ID)}${meetingImage(meeting, site)}${talks(meeting)}${
    // a report not yet written gets no empty heading
    meeting.html &&
    html`
  <section class="body" aria-labelledby="referat">
    <h2 id="referat">${meeting.upcoming ? words.body.upcoming : words.body.held}</h2>
    ${trusted(meeting.html)}
  </section>`
  }${materials(meeting)}${linkSection("nyheder", words.news, meeting.news)}${linkSection("relaterede", words.related, meeting.related, { related: true })}${linkSection(
    "samme-sted",
    words.sameVenue(meeting.place.name),
    meeting.sameVenue,
    { related: true, more: moreAtVenue(meeting) },
  )}${neighbours(meeting)}
</article>${subscribe(follow)}`,
  });
}
