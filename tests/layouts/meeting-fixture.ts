// A meeting with a programme, materials, a sign-up and a recording, rendered as its page: for
// the layout's tests and the browser's accessibility check.
import { meetingPage } from "../../layouts/meeting.ts";
import type { Meeting } from "../../src/content/model.ts";
import { meeting, site } from "../helpers/content-model.ts";

const ID = "syddanmark/2027-03-16-brugerstyring";
export const MEETING_URL = "/moeder/syddanmark/2027-03-16-brugerstyring/";

export const FIELDS: Partial<Meeting> = {
  title: "Brugerstyring i praksis",
  speakers: [
    { organisation: "KOMBIT", topic: "Status på Fælleskommunal Adgangsstyring", time: "13:00-13:45" },
    { organisation: "KL", name: "Gerner Zinglersen", role: "it-arkitekt", topic: "Rammearkitekturen", time: "10:15-10:45" },
    { organisation: "Esbjerg Kommune", name: "Martin Vinter", topic: "Erfaringer" },
    { organisation: "Digitaliseringsstyrelsen", time: "11:00" },
  ],
  attachments: [
    { title: "Præsentation fra KL", file: "media/kl.pdf", bytes: 2_345_678, speaker: 2 },
    { title: "Program for dagen", file: "media/program.docx", bytes: 340_000 },
    { title: "Adgangsstyring på kombit.dk", url: "https://www.kombit.dk/adgangsstyring", speaker: 1 },
  ],
  registration: { url: "https://www.kl.dk/tilmelding", deadline: "2027-03-01" },
  recording: "https://vimeo.com/123456",
};

/** The meeting's page, with `fields` over FIELDS, as the build on `today` renders it. */
export function meetingPageWith(fields: Partial<Meeting>, today = "2027-02-01"): string {
  const data = site([meeting(ID, "2027-03-16", { ...FIELDS, ...fields })], [], today).site;
  return meetingPage(data.meetings[0]!, data).markup;
}
