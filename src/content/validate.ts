// Turns parsed files into typed meetings and news, or into problems for the editor. Checks
// every rule of CONTENT-FORMAT.md that concerns one file; cross-file rules are in load.ts.
import { isCalendarDate, isTimeOfDay } from "../dates.ts";
import { SLUG_MAX, slugify } from "../slug.ts";
import { checkFields, type FieldContext } from "./check-fields.ts";
import { checkMediaLinks } from "./media-links.ts";
import type { Meeting, News, Region } from "./model.ts";
import { nearest } from "./nearest.ts";
import { entryPath } from "./bundles.ts";
import { checkMaterials, type MaterialsContext } from "./check-materials.ts";
import { besideReport } from "./media.ts";
import type { ParsedFile, YamlSource } from "./parse.ts";
import type { Problem } from "./problems.ts";
import { MEETING_FIELDS, NEWS_FIELDS, REGION_FIELDS, withDefaults } from "./schema.ts";
import { explainForbidden, forbiddenIn, quoted } from "./text.ts";
import { dotted, FIRST_DAY, isInDateRange, isRecord, LAST_DAY } from "./values.ts";

const DATED_FILE = /^(\d{4}-\d{2}-\d{2})-([a-z0-9-]+)\.md$/;

function error(source: YamlSource, path: (string | number)[], message: string, hint?: string): Problem {
  return { severity: "error", file: source.file, ...source.positionOf(path), field: path.length ? dotted(path) : undefined, message, hint };
}

/** `<yyyy-mm-dd>-<slug>.md`: returns the name without .md and its date, or undefined after reporting why not. */
function checkFileName(source: ParsedFile, problems: Problem[]): { name: string; fileDate: string } | undefined {
  // a report kept as a folder is named by its folder
  const name = `${entryPath(source.file).split("/").at(-1)}.md`;
  const match = DATED_FILE.exec(name);
  if (!match || !isCalendarDate(match[1]!)) {
    const { date, title } = source.data;
    const suggestion = `${typeof date === "string" && isCalendarDate(date) ? date : "2017-03-07"}-${slugify(typeof title === "string" ? title : "") || "titel"}.md`;
    problems.push({
      severity: "error",
      file: source.file,
      message: `filnavnet ${quoted(name, 120)} følger ikke formatet ÅÅÅÅ-MM-DD-titel.md (datoen, så små bogstaver a-z, tal og bindestreger).`,
      hint: `Omdøb filen, f.eks. til ${suggestion}`,
    });
    return undefined;
  }
  const fileDate = match[1]!;
  if (!isInDateRange(fileDate)) {
    problems.push({
      severity: "error",
      file: source.file,
      message: `datoen i filnavnet, ${fileDate}, ligger uden for ${FIRST_DAY.slice(0, 4)}-${LAST_DAY.slice(0, 4)}, som kalendere og feeds kan vise.`,
      hint: "Tjek årstallet, og omdøb filen.",
    });
    return undefined;
  }
  const date = source.data.date;
  if (typeof date === "string" && isCalendarDate(date) && isInDateRange(date) && date !== fileDate) {
    problems.push({
      severity: "warning",
      file: source.file,
      ...source.positionOf(["date"]),
      field: "date",
      message: `datoen ${date} er en anden end filnavnets ${fileDate}.`,
      hint: "Ret datoen eller filnavnet, så de passer sammen (husk at rette henvisninger fra nyheder, hvis du omdøber).",
    });
  }
  return { name: name.slice(0, -3), fileDate };
}

/** What a meeting's checks need beyond its file: the content's regions and files, the site's limits, the day. */
export type MeetingContext = FieldContext & Omit<MaterialsContext, "resolve">;

export function validateMeeting(source: ParsedFile, context: MeetingContext): { meeting?: Meeting; problems: Problem[] } {
  const problems: Problem[] = [...source.problems];
  if (problems.length) return { problems };
  const [, folderRegion = ""] = source.file.split("/");
  if (!context.regionKeys.includes(folderRegion)) {
    const guess = nearest(folderRegion, context.regionKeys);
    problems.push({
      severity: "error",
      file: source.file,
      message: `mappen meetings/${folderRegion}/ er ikke en region i _data/regions.yaml (${context.regionKeys.join(", ")}).`,
      hint: guess ? `Mente du meetings/${guess}/?` : "Flyt filen til mappen for sin region.",
    });
  }
  const name = checkFileName(source, problems)?.name;
  const data = source.data;
  checkFields(source, data, MEETING_FIELDS, [], context, problems);
  if (typeof data.region === "string" && data.region !== folderRegion && context.regionKeys.includes(data.region)) {
    problems.push(
      error(
        source,
        ["region"],
        `er "${data.region}", men filen ligger i mappen meetings/${folderRegion}/.`,
        `Flyt filen til meetings/${data.region}/ eller ret region til ${folderRegion}.`,
      ),
    );
  }
  if (typeof data.end === "string" && data.start === undefined) {
    problems.push(error(source, ["end"], "der er et sluttidspunkt, men intet starttidspunkt.", "Tilføj f.eks. start: 10:00"));
  }
  // only two valid times can be compared: "9:30" is reported once, at start, not again at end
  const { start, end } = data;
  if (typeof start === "string" && typeof end === "string" && isTimeOfDay(start) && isTimeOfDay(end) && end <= start) {
    problems.push(error(source, ["end"], `sluttidspunktet ${end} ligger ikke efter starttidspunktet ${start}.`, "Ret start eller end."));
  }
  const resolve = (file: string) => inContent(file, context.bundle?.folder);
  checkMaterials(source, { ...context, resolve }, problems);
  checkBody(source, context, problems);
  if (problems.some((problem) => problem.severity === "error") || !name) return { problems };
  return { meeting: toMeeting(source, `${folderRegion}/${name}`, context, resolve), problems };
}

/** A file a report names, by its path in the content folder: in media/ ("/media/x"), or beside the report in its folder. */
function inContent(file: string, bundle: string | undefined): string {
  const beside = besideReport(file);
  return beside === undefined || !bundle ? file.replace(/^\//, "") : `${bundle}/${beside}`;
}

/** past this many characters a body is probably pasted by mistake (a whole document, twice) */
const BODY_MAX = 1_000_000;

/**
 * The body may hold no control characters (each would reach the HTML), nor link a media file
 * that is not there; a huge one is a warning.
 */
function checkBody(source: ParsedFile, context: FieldContext, problems: Problem[]): void {
  const { body } = source;
  const found = forbiddenIn(body, "body");
  if (found) {
    const { message, hint } = explainForbidden(found.char);
    const before = body.slice(0, found.index);
    const line = source.bodyLine + before.split("\n").length - 1;
    const column = found.index - before.lastIndexOf("\n");
    problems.push({ severity: "error", file: source.file, line, column, message: `teksten ${message}`, hint });
  }
  checkMediaLinks(source, context.mediaFiles, context.bundle, problems);
  if (body.length > BODY_MAX) {
    problems.push({
      severity: "warning",
      file: source.file,
      line: source.bodyLine,
      column: 1,
      message: `teksten er ${body.length.toLocaleString("da-DK")} tegn lang; over ${BODY_MAX.toLocaleString("da-DK")} tegn (ca. 1 MB) gør siden langsom at hente og at søge i.`,
      hint: "Er noget sat ind to gange? Del ellers teksten i flere referater eller nyheder.",
    });
  }
}

/** The typed meeting, once checkFields found no error in its front-matter: its files by their paths in the content folder. */
function toMeeting(source: ParsedFile, id: string, context: MeetingContext, resolve: (file: string) => string): Meeting {
  const fields = withDefaults(source.data, MEETING_FIELDS);
  const { attachments, image } = fields;
  return {
    ...fields,
    ...(attachments && {
      attachments: attachments.map((attachment) => {
        if (attachment.file === undefined) return attachment;
        const file = resolve(attachment.file);
        return { ...attachment, file, bytes: context.sizeOf(file) };
      }),
    }),
    ...(image && { image: { ...image, file: resolve(image.file) } }),
    ...(context.bundle && { bundle: { folder: context.bundle.folder, files: [...context.bundle.files] } }),
    id,
    file: source.file,
    body: source.body,
  };
}

export function validateNews(source: ParsedFile, context: FieldContext): { news?: News; problems: Problem[] } {
  const problems: Problem[] = [...source.problems];
  if (problems.length) return { problems };
  const [, year = ""] = source.file.split("/");
  const { name, fileDate } = checkFileName(source, problems) ?? {};
  if (fileDate && !fileDate.startsWith(`${year}-`)) {
    problems.push({
      severity: "error",
      file: source.file,
      message: `nyheden ligger i mappen ${year}, men filnavnet siger år ${fileDate.slice(0, 4)}.`,
      hint: `Flyt filen til news/${fileDate.slice(0, 4)}/.`,
    });
  }
  const data = source.data;
  checkFields(source, data, NEWS_FIELDS, [], context, problems);
  if (Array.isArray(data.meetings)) {
    data.meetings.forEach((reference, index) => {
      if (typeof reference === "string" && !forbiddenIn(reference, "value") && !/^[a-z0-9-]+\/[^/]+$/.test(reference)) {
        problems.push(
          error(
            source,
            ["meetings", index],
            `${quoted(reference)} er ikke en mødehenvisning på formen <region>/<filnavn uden .md>.`,
            "F.eks. syddanmark/2017-03-16-brugerstyring",
          ),
        );
      }
    });
  }
  checkBody(source, context, problems);
  if (problems.some((problem) => problem.severity === "error") || !name) return { problems };
  const fields = withDefaults(data, NEWS_FIELDS);
  return {
    news: { ...fields, meetings: [...new Set(fields.meetings)], id: `${year}/${name}`, file: source.file, body: source.body },
    problems,
  };
}

const REGION_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function validateRegions(source: YamlSource): { regions: Region[]; problems: Problem[] } {
  const problems: Problem[] = [...source.problems];
  if (problems.length) return { regions: [], problems };
  if (!Array.isArray(source.data) || source.data.length === 0) {
    problems.push(error(source, [], "skal være en liste med mindst én region.", 'F.eks.\n- key: midt-nord\n  name: "Midt-Nord"'));
    return { regions: [], problems };
  }
  const regions: Region[] = [];
  const keys = new Set<unknown>();
  source.data.forEach((entry: unknown, index) => {
    if (!isRecord(entry)) {
      problems.push(error(source, [index], "hver region skal have felterne key og name."));
      return;
    }
    const before = problems.length;
    checkFields(source, entry, REGION_FIELDS, [index], { regionKeys: [], mediaFiles: new Set() }, problems);
    if (typeof entry.key === "string" && !forbiddenIn(entry.key, "value") && !REGION_KEY.test(entry.key)) {
      problems.push(error(source, [index, "key"], `${quoted(entry.key)} må kun indeholde små bogstaver a-z, tal og bindestreger.`));
    } else if (typeof entry.key === "string" && entry.key.length > SLUG_MAX) {
      problems.push(
        error(
          source,
          [index, "key"],
          `nøglen er ${entry.key.length} tegn lang; den står i adressen på regionens sider og må højst være ${SLUG_MAX} tegn.`,
          "Vælg en kortere nøgle, f.eks. midt-nord.",
        ),
      );
    }
    if (keys.has(entry.key)) {
      problems.push(
        error(
          source,
          [index, "key"],
          `nøglen ${typeof entry.key === "string" ? quoted(entry.key) : String(entry.key)} står der to gange.`,
          "Hver region skal have sin egen nøgle.",
        ),
      );
    }
    keys.add(entry.key);
    if (problems.length === before) regions.push(withDefaults(entry, REGION_FIELDS));
  });
  return { regions, problems };
}
