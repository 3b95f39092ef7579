// "Related reports" on each meeting page, chosen by shared themes and topics, people and
// organisations, in one pass over the content. Candidates come from the meetings next to it
// in time in each list it shares (never from a scan of every meeting), so the work grows
// with the number of meetings, not with its square.
import { meetingLink } from "./links.ts";
import type { MeetingView } from "./views.ts";

const RELATED_LENGTH = 3;
/** how many meetings on either side of a meeting in each shared list are candidates */
const WINDOW = 10;
const WEIGHT = { term: 2, person: 3, organisation: 1 };

interface Membership {
  list: MeetingView[];
  index: number;
  weight: number;
}

/** Sets `related` on every meeting; `meetings` is newest first, as every list built from it. */
export function linkRelated(meetings: readonly MeetingView[]): void {
  const lists = new Map<object, MeetingView[]>();
  const memberships = new Map<MeetingView, Membership[]>();
  const time = new Map<MeetingView, number>();
  for (const meeting of meetings) {
    time.set(meeting, Date.parse(meeting.date));
    const shared = new Map<object, number>();
    for (const term of [meeting.theme, ...meeting.topics]) shared.set(term, WEIGHT.term);
    for (const { person, organisation } of meeting.speakers) {
      if (person) shared.set(person, WEIGHT.person);
      if (!shared.has(organisation)) shared.set(organisation, WEIGHT.organisation);
    }
    const own: Membership[] = [];
    for (const [key, weight] of shared) {
      let list = lists.get(key);
      if (!list) lists.set(key, (list = []));
      own.push({ list, index: list.length, weight });
      list.push(meeting);
    }
    memberships.set(meeting, own);
  }

  for (const meeting of meetings) {
    const scores = new Map<MeetingView, number>();
    for (const { list, index, weight } of memberships.get(meeting)!) {
      for (let other = Math.max(0, index - WINDOW); other <= Math.min(list.length - 1, index + WINDOW); other++) {
        if (other !== index) scores.set(list[other]!, (scores.get(list[other]!) ?? 0) + weight);
      }
    }
    meeting.related = best(scores, time.get(meeting)!, time).map(meetingLink);
  }
}

interface Candidate {
  meeting: MeetingView;
  score: number;
  distance: number;
}

const better = (a: Candidate, b: Candidate) => a.score - b.score || b.distance - a.distance || (a.meeting.id < b.meeting.id ? 1 : -1);

/** The RELATED_LENGTH best candidates: highest score, then nearest in time, then by id. */
function best(scores: Map<MeetingView, number>, when: number, time: Map<MeetingView, number>): MeetingView[] {
  // a few kept in order while scanning, rather than sorting a couple of hundred per meeting
  const kept: Candidate[] = [];
  for (const [meeting, score] of scores) {
    const candidate = { meeting, score, distance: Math.abs(time.get(meeting)! - when) };
    if (kept.length === RELATED_LENGTH && better(candidate, kept.at(-1)!) <= 0) continue;
    let at = kept.length;
    while (at > 0 && better(candidate, kept[at - 1]!) > 0) at--;
    kept.splice(at, 0, candidate);
    if (kept.length > RELATED_LENGTH) kept.pop();
  }
  return kept.map((candidate) => candidate.meeting);
}
