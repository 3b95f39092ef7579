// Files an editor puts in the content folder's media/ folder (slides, pictures, the logo), and
// how the content refers to them: by the path the site publishes them at, "/media/<name>", in
// a report's links as in site.yaml. That is also what Decap CMS writes when a file is uploaded
// (its public_folder), and it means the same on every page, where a path relative to the
// markdown file ("../../media/x.pdf", as a preview on GitHub reads it) would lead astray.
import { realpathSync } from "node:fs";
import { join, sep } from "node:path";
import { editDistance, nearest } from "./nearest.ts";
import type { Problem } from "./problems.ts";
import { explainForbidden, forbiddenIn, quoted } from "./text.ts";

/** the folder in the content folder, and the first step of every media file's path on the site */
export const MEDIA_FOLDER = "media";

export interface MediaReference {
  /** the file as it would be in the content folder: "media/x.pdf" */
  file: string;
  /** written relative to the markdown file (or without the leading "/"): wrong on the site */
  relative: boolean;
}

const REFERENCE = new RegExp(`^(/|(?:\\.\\.?/)*)${MEDIA_FOLDER}/(.*)$`, "s");

/**
 * The media file `path` names, or undefined when it names none: "/media/x.pdf" and the forms
 * that were meant so ("media/x.pdf", "./media/x.pdf", "../../media/x.pdf"). `path` is a path
 * as it is in the content folder: not percent-encoded, no query or fragment.
 */
export function mediaReference(path: string): MediaReference | undefined {
  const match = REFERENCE.exec(path);
  if (!match) return undefined;
  return { file: `${MEDIA_FOLDER}/${match[2]}`, relative: match[1] !== "/" };
}

/**
 * The name a field gives a file beside the report in its folder ("slides.pdf", "./sal.jpg" →
 * "sal.jpg", "billeder/sal.jpg"), or undefined when it names a file in media/ or an address.
 * The one place that tells the two apart: check, the typed content and the pages ask it.
 */
export function besideReport(value: string): string | undefined {
  const name = value.replace(/^\.\//, "");
  if (name.startsWith("/") || name.startsWith(`${MEDIA_FOLDER}/`) || name.startsWith(".") || /^[a-z]+:/i.test(name)) return undefined;
  return name;
}

/** "media/x.pdf" → "/media/x.pdf", as an editor writes it */
export function sitePath(file: string): string {
  return `/${file}`;
}

/** at most this many names suggested for a missing file */
const SUGGESTED = 3;

/**
 * The media files an editor most likely meant by `file`: those with the same name in another
 * folder or in another case ("Slides.PDF"), then the nearest spelling.
 */
export function nearestMedia(file: string, mediaFiles: ReadonlySet<string>): string[] {
  const name = (path: string) => path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  const wanted = name(file);
  const found = [...mediaFiles].filter((candidate) => name(candidate) === wanted).sort();
  const spelt = nearest(file, mediaFiles);
  if (spelt && !found.includes(spelt)) found.push(spelt);
  return found
    .sort((a, b) => Number(name(b) === wanted) - Number(name(a) === wanted) || editDistance(file, a) - editDistance(file, b))
    .slice(0, SUGGESTED);
}

/** "Mente du "/media/a.pdf" eller "/media/b.pdf"?" */
export function meant(files: readonly string[]): string {
  const names = files.map((file) => quoted(sitePath(file), 120));
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} eller ${names.at(-1)}` : names[0];
  return `Mente du ${list}?`;
}

/**
 * What is wrong with a reference to `reference.file` (written `written`, in a link or in a
 * field), in Danish, or undefined when nothing is: the file is missing (with the names nearest
 * to it), or the path is not written /media/<name>.
 */
export function mediaProblem(
  written: string,
  reference: MediaReference,
  mediaFiles: ReadonlySet<string>,
  where: "link" | "field",
): { message: string; hint: string } | undefined {
  const exists = mediaFiles.has(reference.file);
  if (exists && !reference.relative) return undefined;
  const fix = sitePath(reference.file);
  if (exists)
    return {
      message:
        where === "link"
          ? `linket ${quoted(written, 120)} er skrevet i forhold til filen, ikke som /media/<navn>; på de udgivne sider ville det pege et andet sted hen.`
          : `${quoted(written, 120)} skal skrives, som siden udgiver filen: /media/<navn>.`,
      hint: `Skriv ${quoted(fix, 120)}.`,
    };
  const guesses = nearestMedia(reference.file, mediaFiles);
  const how = reference.relative ? ` Skriv stien som /media/<navn>, ikke ${quoted(written, 120)}.` : "";
  return {
    message:
      where === "link"
        ? `linket peger på filen ${quoted(reference.file, 120)}, som ikke findes i indholdsmappen.`
        : `filen ${quoted(reference.file, 120)} findes ikke i indholdsmappen.`,
    hint: guesses.length ? `${meant(guesses)}${how}` : `Læg filen i mappen ${MEDIA_FOLDER}/ i indholdsmappen, eller ret navnet.${how}`,
  };
}

/**
 * The files of `files` (media/ below the content folder `root`) the site may publish. A link
 * in media/ to a report would publish it, a draft too, so a file must really be in media/;
 * and its name goes into URLs, file lists and messages, so it may hold no control character
 * (a line break included) and nothing that turns the writing direction. The others are errors.
 */
export function publishableMedia(root: string, files: readonly string[], problems: Problem[]): string[] {
  return publishableIn(root, MEDIA_FOLDER, files, problems);
}

/** Pages and scripts: published beside the site's own pages, they would run with its address. */
const RUNS_AS_THE_SITE = /\.(html?|xhtml|shtml|js|mjs|cjs)$/i;

/**
 * The same for the files of a report kept as a folder (`folder`, relative to `root`), given by
 * their paths in the content folder; `reserved`: names the page's own files have there.
 */
export function publishableIn(
  root: string,
  folder: string,
  files: readonly string[],
  problems: Problem[],
  reserved: readonly string[] = [],
): string[] {
  if (files.length === 0) return [];
  const real = realpathSync(join(root, folder)) + sep;
  return files.filter((file) => {
    const own = reserved.find((name) => file === `${folder}/${name}` || file.startsWith(`${folder}/${name}/`));
    if (own) {
      problems.push({
        severity: "error",
        file,
        message: `har samme navn som en fil, siden selv skriver i mødets mappe (${own}), og ville erstatte den.`,
        hint: "Omdøb filen.",
      });
      return false;
    }
    if (RUNS_AS_THE_SITE.test(file)) {
      problems.push({
        severity: "error",
        file,
        message: "er en webside eller et script; udgivet ville den køre som sitets egen og kunne vise hvad som helst i dets navn.",
        hint: "Skriv indholdet i referatet, eller gem det som PDF.",
      });
      return false;
    }
    const forbidden = forbiddenIn(file, "name")?.char ?? /[\t\n]/.exec(file)?.[0];
    if (forbidden) {
      const { message } = explainForbidden(forbidden);
      problems.push({ severity: "error", file, message: `Filnavnet ${message}`, hint: "Omdøb filen." });
      return false;
    }
    if (!realpathSync(join(root, file)).startsWith(real)) {
      problems.push({
        severity: "error",
        file,
        message: `er et link til en fil uden for ${folder}/, og kun filer i ${folder}/ bliver udgivet som de er.`,
        hint: `Læg en kopi af filen i ${folder}/, og slet linket.`,
      });
      return false;
    }
    return true;
  });
}

/**
 * What is wrong with a reference to `name`, a file beside the report `report` (written
 * `written`, in a link or a field), in Danish, or undefined when the file is there: the report
 * is a single file, which has nothing beside it, or its folder has no file of that name.
 */
export function besideProblem(
  name: string,
  written: string,
  report: string,
  bundle: { folder: string; files: ReadonlySet<string> } | undefined,
  where: "link" | "field",
): { message: string; hint: string } | undefined {
  if (bundle?.files.has(name)) return undefined;
  if (!bundle) {
    const single = report.slice(report.lastIndexOf("/") + 1, -".md".length);
    return {
      message: `${where === "link" ? `linket ${quoted(written, 120)} peger på en fil` : `${quoted(written, 120)} skulle ligge`} ved siden af referatet, men referatet er en enkelt fil, ikke en mappe.`,
      hint: `Læg filen i ${MEDIA_FOLDER}/ og skriv "/${MEDIA_FOLDER}/${name}", eller gør referatet til en mappe: ${single}/index.md med filen ved siden af.`,
    };
  }
  const guess = nearest(name, [...bundle.files]);
  return {
    message:
      where === "link"
        ? `linket peger på filen ${quoted(name, 120)}, som ikke findes i mødets mappe ${bundle.folder}/.`
        : `filen ${quoted(name, 120)} findes ikke i mødets mappe ${bundle.folder}/.`,
    hint: guess ? `Mente du "${guess}"?` : `Læg filen i ${bundle.folder}/, eller ret ${where === "link" ? "linket" : "navnet"}.`,
  };
}
