// Reads a content folder in the format of CONTENT-FORMAT.md in one pass, validates every
// file and reports every problem in every file at once.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { noMemo, type Memo } from "../memo.ts";
import { dotted } from "./values.ts";
import { ContentFolder } from "./folders.ts";
import type { Content, Meeting, News, Region } from "./model.ts";
import { nearest } from "./nearest.ts";
import { parseContentFile, parseYaml, type ParsedFile } from "./parse.ts";
import { capPerFile, type Problem } from "./problems.ts";
import { clip, escapeForMessage, quoted } from "./text.ts";
import { i18n } from "../i18n/index.ts";
import { BUNDLE_INDEX, bundleOf, entryPath, sortEntries } from "./bundles.ts";
import { ATTACHMENT_LIMIT_MB } from "./materials-schema.ts";
import { MEDIA_FOLDER, publishableIn, publishableMedia } from "./media.ts";
import { validateMeeting, validateNews, validateRegions } from "./validate.ts";
import { validateSettings } from "./validate-settings.ts";

export interface LoadOptions {
  /** keep `draft: true` files (the dev server does, a production build does not) */
  drafts: boolean;
  /** parsed files from earlier builds (the dev server's) */
  parsed?: Memo<ParsedFile>;
  /** the build's "now" as a calendar day, for warnings about dates far ahead */
  today?: string;
}

/** how far ahead a meeting may be dated before the date looks like a typo */
const YEARS_AHEAD = 2;

export interface LoadResult {
  content: Content;
  problems: Problem[];
}

const NO_CONTENT: Content = { settings: validateSettings(undefined).settings, regions: [], meetings: [], news: [], media: [] };

export function loadContent(contentDir: string, options: LoadOptions): LoadResult {
  if (!existsSync(contentDir))
    return { content: NO_CONTENT, problems: [{ severity: "error", file: contentDir, message: "indholdsmappen findes ikke." }] };
  const problems: Problem[] = [];
  const folder = new ContentFolder(contentDir, problems);
  const regionsFile = "_data/regions.yaml";
  let regionKeys: string[] = [];
  const regionsSource = folder.read(regionsFile);
  const regionResult = regionsSource.status === "read" ? validateRegions(parseYaml(regionsFile, regionsSource.text)) : undefined;
  // a refused link to regions.yaml is reported already; "the file is missing" would be wrong
  if (regionsSource.status === "missing")
    problems.push({
      severity: "error",
      file: regionsFile,
      message: "filen mangler; den skal liste regionerne.",
      hint: 'Opret den med f.eks.\n- key: midt-nord\n  name: "Midt-Nord"',
    });
  if (regionResult) {
    problems.push(...regionResult.problems);
    regionKeys = regionResult.regions.map((region) => region.key);
  }
  // read once, through the same guard as every other file: a link out of the folder is refused
  const media = publishableMedia(folder.root, folder.filesBelow(MEDIA_FOLDER), problems);
  const mediaFiles: ReadonlySet<string> = new Set(media);
  const settingsSource = folder.read("_data/site.yaml");
  const settingsYaml = settingsSource.status === "read" ? parseYaml("_data/site.yaml", settingsSource.text) : undefined;
  const settings = validateSettings(settingsYaml, mediaFiles);
  problems.push(...settings.problems);

  const bundles = new Map<string, Set<string>>();
  const isListed = (file: string) =>
    mediaFiles.has(file) || bundles.get(file.split("/").slice(0, 3).join("/"))?.has(file.split("/").slice(3).join("/")) === true;
  const context = {
    regionKeys,
    mediaFiles,
    today: options.today,
    attachmentLimitMb: settings.settings.attachment_limit_mb ?? ATTACHMENT_LIMIT_MB,
    // only a file the walk listed: a path an editor wrote may lead anywhere, and its size would tell
    sizeOf: (file: string) => (isListed(file) ? statSync(join(folder.root, file)).size : 0),
  };
  const meetings: Meeting[] = [];
  // a reference to a meeting whose own file has errors is not a second error
  const meetingFiles = new Set<string>();
  for (const source of parseFolder(folder, "meetings", problems, bundles, options.parsed)) {
    meetingFiles.add(entryPath(source.file).slice("meetings/".length));
    const bundle = bundleOf(source.file);
    const result = validateMeeting(source, { ...context, ...(bundle && { bundle: { folder: bundle, files: bundles.get(bundle)! } }) });
    problems.push(...result.problems);
    if (!result.meeting) continue;
    meetings.push(result.meeting);
    if (options.today && result.meeting.date > yearsAfter(options.today, YEARS_AHEAD)) {
      problems.push({
        severity: "warning",
        file: source.file,
        ...source.positionOf(["date"]),
        field: "date",
        message: `mødet er dateret mere end ${YEARS_AHEAD} år frem (${result.meeting.date}).`,
        hint: "Er årstallet rigtigt?",
      });
    }
  }
  const meetingsById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  const news: News[] = [];
  for (const source of parseFolder(folder, "news", problems, bundles, options.parsed)) {
    const result = validateNews(source, context);
    problems.push(...result.problems);
    if (!result.news) continue;
    problems.push(...checkReferences(source, result.news, meetingsById, meetingFiles, options));
    problems.push(...checkUnlinkedRegions(source, result.news, regionResult?.regions ?? []));
    news.push(result.news);
  }
  const keep = <T extends { draft: boolean }>(items: T[]) => (options.drafts ? items : items.filter((item) => !item.draft));
  return {
    content: { settings: settings.settings, regions: regionResult?.regions ?? [], meetings: keep(meetings), news: keep(news), media },
    problems: capPerFile(problems),
  };
}

/** What a meeting's page writes in its folder, which a file beside the report may not replace. */
const PAGE_FILES = ["index.html", i18n.paths.calendar];

/**
 * Every file below `folder` must be `<folder>/<group>/<name>.md`, or `<group>/<name>/index.md`
 * with the report's own files beside it (bundles.ts); anything else is reported. The bundles'
 * files go into `bundles`.
 */
function* parseFolder(
  content: ContentFolder,
  folder: "meetings" | "news",
  problems: Problem[],
  bundles: Map<string, Set<string>>,
  parsed: Memo<ParsedFile> = noMemo(),
): Generator<ParsedFile> {
  const sorted = sortEntries(content.filesBelow(folder));
  const where = folder === "meetings" ? "meetings/<region>/" : "news/<år>/";
  for (const file of sorted.strays)
    problems.push({
      severity: "error",
      file,
      message: `filen bliver ikke udgivet: kun .md-filer direkte i ${where} og filer i en mappe med en ${BUNDLE_INDEX} bliver brugt.`,
      hint: file.endsWith(".md")
        ? `Flyt filen til ${where}.`
        : `Læg filen i mødets mappe ved siden af dets ${BUNDLE_INDEX}, eller i media/.`,
    });
  for (const file of sorted.twice)
    problems.push({
      severity: "error",
      file,
      message: `${entryPath(file)}.md findes også, så der er to referater med samme navn, og mappen bliver ikke brugt.`,
      hint: `Flyt teksten fra ${entryPath(file)}.md til ${file}, og slet ${entryPath(file)}.md.`,
    });
  for (const [bundle, files] of sorted.bundles) {
    // only a meeting publishes the files beside it; an article's are in media/
    if (folder === "news")
      for (const name of files)
        problems.push({
          severity: "error",
          file: `${bundle}/${name}`,
          message: "filen bliver ikke udgivet: en nyhed har sine filer i media/, ikke ved siden af sin index.md.",
          hint: `Flyt filen til media/, og link til den som /media/${name}.`,
        });
    else {
      const inContent = [...files].map((name) => `${bundle}/${name}`);
      const kept = publishableIn(content.root, bundle, inContent, problems, PAGE_FILES);
      bundles.set(bundle, new Set(kept.map((file) => file.slice(bundle.length + 1))));
    }
  }
  for (const file of sorted.pages) {
    const text = readFileSync(join(content.root, file), "utf8");
    yield parsed.get(`${file}\0${text}`, () => parseContentFile(file, text));
  }
}

/** True when `name` stands in `text` as words of its own ("Syddanmark", not "Syddanmarks"). */
function mentions(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, "iu").test(text);
}

function yearsAfter(day: string, years: number): string {
  return `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
}

/** A news article that names a region but links no meeting has probably forgotten to. */
function checkUnlinkedRegions(source: ParsedFile, article: News, regions: readonly Region[]): Problem[] {
  if (article.meetings.length > 0) return [];
  const text = `${article.title}\n${article.body}`;
  const named = regions.filter((region) => mentions(text, region.name));
  if (named.length === 0) return [];
  return [
    {
      severity: "warning",
      file: source.file,
      ...source.positionOf(["title"]),
      field: "meetings",
      message: `nyheden nævner ${named.map((region) => region.name).join(" og ")}, men linker ikke til et møde.`,
      hint: "Tilføj de møder, den handler om, f.eks. meetings: [syddanmark/2017-03-16-brugerstyring]",
    },
  ];
}

function checkReferences(
  source: ParsedFile,
  article: News,
  meetingsById: Map<string, Meeting>,
  meetingFiles: Set<string>,
  options: LoadOptions,
): Problem[] {
  const problems: Problem[] = [];
  // where each reference is first written (article.meetings has no repeats); a map, not
  // indexOf per reference, so that a long list costs its length, not its length squared
  const written = new Map<string, number>();
  if (Array.isArray(source.data.meetings))
    source.data.meetings.forEach((reference, index) => written.has(reference) || written.set(reference, index));
  article.meetings.forEach((reference) => {
    const path = ["meetings", written.get(reference) ?? 0];
    const at = () => ({ file: source.file, ...source.positionOf(path), field: dotted(path) });
    const meeting = meetingsById.get(reference);
    if (!meeting && meetingFiles.has(reference)) return;
    if (!meeting) {
      const guess = nearest(reference, meetingsById.keys());
      problems.push({
        severity: "error",
        ...at(),
        message: `mødet ${quoted(reference, 120)} findes ikke (der er ingen fil meetings/${escapeForMessage(clip(reference, 120))}.md).`,
        hint: guess ? `Mente du "${guess}"?` : undefined,
      });
    } else if (meeting.draft && !article.draft && !options.drafts) {
      problems.push({
        severity: "warning",
        ...at(),
        message: `mødet ${quoted(reference, 120)} er en kladde (draft: true); nyheden linker først til det, når det bliver udgivet.`,
        hint: "Udgiv mødet, eller gør også nyheden til en kladde.",
      });
    }
  });
  return problems;
}
