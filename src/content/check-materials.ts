// What a meeting left behind, checked against the meeting itself once its fields are well
// formed (check-fields.ts): each attachment a file or a link, hung on a talk the meeting has,
// within the size a site allows; a sign-up that closes before the meeting; a recording only
// of a meeting that was held; a programme's times that run forwards.
import { talkNumber } from "./materials-schema.ts";
import type { ParsedFile } from "./parse.ts";
import type { Problem } from "./problems.ts";
import { quoted } from "./text.ts";
import { dotted, isRecord } from "./values.ts";

export interface MaterialsContext {
  /** the build's day; without it nothing is said about what is still to come */
  today?: string;
  /** the largest attachment a site publishes, in MB (site.yaml's attachment_limit_mb) */
  attachmentLimitMb: number;
  /** the size in bytes of a file, by its path in the content folder */
  sizeOf(file: string): number;
  /** where a file an attachment names is in the content folder ("slides.pdf" → "meetings/r/x/slides.pdf") */
  resolve(file: string): string;
}

type Report = (path: (string | number)[], message: string, hint: string, severity?: Problem["severity"]) => void;

export function checkMaterials(source: ParsedFile, context: MaterialsContext, problems: Problem[]): void {
  const report: Report = (path, message, hint, severity = "error") =>
    problems.push({ severity, file: source.file, ...source.positionOf(path), field: dotted(path), message, hint });
  const { data } = source;
  const speakers = Array.isArray(data.speakers) ? data.speakers.filter(isRecord) : [];
  if (Array.isArray(data.attachments))
    data.attachments.forEach((attachment, index) => {
      if (isRecord(attachment)) checkAttachment(attachment, ["attachments", index], speakers, context, report);
    });
  speakers.forEach((speaker, index) => checkTime(speaker.time, ["speakers", index, "time"], report));
  const date = typeof data.date === "string" ? data.date : "";
  if (isRecord(data.registration) && typeof data.registration.deadline === "string" && data.registration.deadline > date)
    report(
      ["registration", "deadline"],
      `tilmeldingsfristen ${data.registration.deadline} ligger efter mødet (${date}).`,
      "Ret fristen til en dag før mødet.",
      "warning",
    );
  if (typeof data.recording === "string" && context.today && date > context.today)
    report(
      ["recording"],
      `mødet (${date}) er ikke holdt endnu, men har en optagelse.`,
      "Tjek datoen, eller tilføj optagelsen efter mødet.",
      "warning",
    );
}

function checkAttachment(
  attachment: Record<string, unknown>,
  path: (string | number)[],
  speakers: Record<string, unknown>[],
  context: MaterialsContext,
  report: Report,
): void {
  const { file, url, speaker } = attachment;
  if ((file === undefined) === (url === undefined))
    report(
      path,
      "et materiale skal have enten en fil (file) eller et link (url), ikke begge og ikke ingen.",
      'Skriv f.eks. file: "slides.pdf" eller url: "https://..."',
    );
  if (typeof file === "string") {
    const bytes = context.sizeOf(context.resolve(file));
    if (bytes > context.attachmentLimitMb * 1_000_000)
      report(
        [...path, "file"],
        `filen er ${(bytes / 1_000_000).toFixed(1).replace(".", ",")} MB; sitet udgiver filer på højst ${context.attachmentLimitMb} MB.`,
        "Gør filen mindre (gem f.eks. præsentationen som PDF med mindre billeder), eller læg den et andet sted og link til den med url.",
      );
  }
  const number = talkNumber(speaker);
  if (number !== undefined && number > speakers.length)
    report(
      [...path, "speaker"],
      `mødet har ${speakers.length} oplæg, så der er intet oplæg nr. ${number}.`,
      "Tæl oplæggene i speakers fra 1.",
    );
  if (number === undefined && typeof speaker === "string" && !speakers.some((talk) => talk.name === speaker)) {
    const names = speakers.flatMap((talk) => (typeof talk.name === "string" ? [quoted(talk.name, 60)] : []));
    report(
      [...path, "speaker"],
      `ingen af oplægsholderne hedder ${quoted(speaker, 60)}.`,
      names.length ? `Skriv et af navnene: ${names.join(", ")}, eller oplæggets nummer.` : "Skriv oplæggets nummer, talt fra 1.",
    );
  }
}

function checkTime(time: unknown, path: (string | number)[], report: Report): void {
  if (typeof time !== "string" || !/^\d\d:\d\d-\d\d:\d\d$/.test(time)) return;
  const [start, end] = time.split("-");
  if (end! <= start!) report(path, `tidsrummet ${time} slutter ikke efter, at det begynder.`, 'Skriv f.eks. "10:15-10:45".');
}
