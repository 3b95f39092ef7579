// What a meeting page shows of its talks and what they left behind: the programme (or, when
// no talk has a time, the talks), every material with its kind and size, the sign-up while it
// is open and the recording. Materials hung on a talk are shown at the talk and in the full list.
import { materialNote } from "../src/format/material-note.ts";
import { longDate } from "../src/dates.ts";
import { html, type Html } from "../src/html.ts";
import { i18n } from "../src/i18n/index.ts";
import type { MaterialView } from "../src/site/materials.ts";
import type { MeetingView, SpeakerView } from "../src/site/views.ts";

const words = i18n.meeting;

/** "Navn, rolle, Organisation: emne", with the person and the organisation linked. */
export function speakerLine({ person, role, organisation, topic }: SpeakerView): Html {
  return html`${person && html`<a class="speaker-name" href="${person.url}">${person.name}</a>${role && `, ${role}`}, `}<a class="organisation" href="${organisation.url}">${organisation.name}</a>${topic && `: ${topic}`}`;
}

/** The materials as a list of links, each named by its title. */
function materialList(materials: readonly MaterialView[]): Html {
  return html`<ul class="materials">${materials.map(
    (material) => html`
      <li><a href="${material.url}"${material.file ? html` type="${material.file.mime}"` : html` rel="external"`}>${material.title}</a> <span class="meta">(${materialNote(material)})</span></li>`,
  )}
    </ul>`;
}

/** "10.15–10.45", as a time or a span of times a machine can read too. */
function clock(time: string): Html {
  const [start, end] = time.split("-") as [string, string?];
  const at = (value: string) => html`<time datetime="${value}">${i18n.times.clock(value)}</time>`;
  return html`${at(start)}${end && html`–${at(end)}`}`;
}

function talk(meeting: MeetingView, index: number, time?: string): Html {
  const materials = meeting.materials.filter((material) => material.talk === index);
  return html`
      <li>${time && html`<span class="time">${clock(time)}</span> `}<div class="talk">${speakerLine(meeting.speakers[index]!)}${
        materials.length > 0 &&
        html`
        ${materialList(materials)}`
      }</div></li>`;
}

/**
 * The talks: as a programme in time order when any has a time (those without one after), else
 * as the list of talks. Each with its materials.
 */
export function talks(meeting: MeetingView): Html | false {
  if (meeting.speakers.length === 0) return false;
  const { programme } = meeting;
  if (programme.length === 0) {
    return html`
  <section aria-labelledby="oplaeg">
    <h2 id="oplaeg">${words.speakers}</h2>
    <ul class="speakers">${meeting.speakers.map((_, index) => talk(meeting, index))}
    </ul>
  </section>`;
  }
  const timed = new Set(programme.map((item) => item.talk));
  const untimed = meeting.speakers.flatMap((_, index) => (timed.has(index) ? [] : [index]));
  return html`
  <section aria-labelledby="program">
    <h2 id="program">${words.programme}</h2>
    <ol class="speakers programme">${programme.map((item) => talk(meeting, item.talk, item.time))}${untimed.map((index) => talk(meeting, index))}
    </ol>
  </section>`;
}

/** Every material of the meeting, files and links. */
export function materials(meeting: MeetingView): Html | false {
  return (
    meeting.materials.length > 0 &&
    html`
  <section aria-labelledby="materialer">
    <h2 id="materialer">${words.materials.heading}</h2>
    ${materialList(meeting.materials)}
  </section>`
  );
}

/**
 * The sign-up while it is open (never for a cancelled meeting) and the recording. Both say
 * which meeting they are for by the page's title (`titleId`), for readers who hear links alone.
 */
export function actions(meeting: MeetingView, titleId: string): Html | false {
  const { registration, recording } = meeting;
  const signUp = meeting.upcoming && registration?.open && meeting.status !== "cancelled" && registration;
  if (!signUp && !recording) return false;
  return html`
  <ul class="actions">${
    signUp &&
    html`
    <li><a class="action" href="${signUp.url}" aria-describedby="${titleId}">${words.signUp(signUp.deadline && longDate(signUp.deadline))}</a></li>`
  }${
    recording &&
    html`
    <li><a class="action" href="${recording}" rel="external" aria-describedby="${titleId}">${words.recording}</a></li>`
  }
  </ul>`;
}
