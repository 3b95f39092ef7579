// The files of a content folder, links included. A link inside the folder is read like any
// other file or folder (an editor may link a report into a second region's folder, or a
// region's folder from elsewhere in the content). A link that leads outside the folder, nowhere,
// or round in a loop is an error naming the link and its target: nothing outside the content
// folder is read, and so nothing from it can be echoed in a message or published.
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Stats } from "node:fs";
import { join, sep } from "node:path";
import type { Problem } from "./problems.ts";
import { quoted } from "./text.ts";

type Resolved = { kind: "file" | "folder"; real: string } | { kind: "missing" } | { kind: "refused" };

export class ContentFolder {
  readonly root: string;
  private readonly realRoot: string;
  private readonly problems: Problem[];

  /** `root` must exist; link problems are pushed onto `problems`. */
  constructor(root: string, problems: Problem[]) {
    this.root = root;
    this.realRoot = realpathSync(root);
    this.problems = problems;
  }

  /** The text of `file` (relative); "refused" for a link that leads astray (reported already). */
  read(file: string): { status: "read"; text: string } | { status: "missing" | "refused" } {
    const resolved = this.resolve(file);
    if (resolved.kind === "file") return { status: "read", text: readFileSync(resolved.real, "utf8") };
    return { status: resolved.kind === "refused" ? "refused" : "missing" };
  }

  /** Every file below `folder` (relative paths as the links name them, with "/"), sorted. */
  filesBelow(folder: string): string[] {
    const resolved = this.resolve(folder);
    if (resolved.kind === "file") this.refuse(folder, "er en fil, men skal være en mappe.", `Omdøb filen, og opret mappen ${folder}/.`);
    if (resolved.kind !== "folder") return [];
    const files: string[] = [];
    this.walk(folder, resolved.real, new Set([resolved.real]), files);
    return files.sort();
  }

  private walk(folder: string, real: string, ancestors: Set<string>, files: string[]): void {
    for (const entry of readdirSync(real, { withFileTypes: true })) {
      // hidden files and folders (.DS_Store, .git) are the tools', not the editors'
      if (entry.name.startsWith(".")) continue;
      const file = `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        this.walk(file, join(real, entry.name), ancestors, files);
      } else if (entry.isFile()) {
        files.push(file);
      } else if (entry.isSymbolicLink()) {
        const target = this.followLink(file, join(real, entry.name));
        if (target?.kind === "file") files.push(file);
        else if (target?.kind === "folder") {
          if (ancestors.has(target.real))
            this.refuse(
              file,
              `er et link til ${quoted(readlinkSync(join(real, entry.name)), 120)}, en mappe, som linket selv ligger i, så mappen ville aldrig ende.`,
              "Slet linket.",
            );
          else this.walk(file, target.real, new Set([...ancestors, target.real]), files);
        }
      } else {
        this.refuse(file, "er hverken en fil eller en mappe, så den kan ikke læses.", "Slet den, eller flyt den ud af indholdsmappen.");
      }
    }
  }

  /** Where `file` (relative) really is, once every link on the way is checked. */
  private resolve(file: string): Resolved {
    let stats: Stats;
    try {
      stats = lstatSync(join(this.root, file));
    } catch {
      return { kind: "missing" };
    }
    // the common case costs one lstat: no link on the way when the real path is the plain one
    const path = join(this.realRoot, file);
    let real: string;
    try {
      real = realpathSync(join(this.root, file));
    } catch {
      return this.refuseLinkOnTheWay(file);
    }
    if (real !== path && !this.isInside(real)) return this.refuseLinkOnTheWay(file);
    const kind = (real === path ? stats : statSync(real)).isDirectory() ? "folder" : "file";
    return { kind, real };
  }

  /** The target of the link at `path`, or undefined after reporting why it is not followed. */
  private followLink(file: string, path: string): Resolved | undefined {
    let real: string;
    try {
      real = realpathSync(path);
    } catch (error) {
      this.refuseLink(file, readlinkSync(path), (error as NodeJS.ErrnoException).code === "ELOOP");
      return undefined;
    }
    if (!this.isInside(real)) {
      this.refuseLink(file, readlinkSync(path), false, true);
      return undefined;
    }
    return { kind: statSync(real).isDirectory() ? "folder" : "file", real };
  }

  /** Finds the link on the way to `file` that leads astray, and reports it. */
  private refuseLinkOnTheWay(file: string): Resolved {
    const steps = file.split("/");
    for (let count = 1; count <= steps.length; count++) {
      const link = steps.slice(0, count).join("/");
      const path = join(this.root, link);
      if (!lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink()) continue;
      let real: string | undefined;
      try {
        real = realpathSync(path);
      } catch (error) {
        this.refuseLink(link, readlinkSync(path), (error as NodeJS.ErrnoException).code === "ELOOP");
        return { kind: "refused" };
      }
      if (!this.isInside(real)) {
        this.refuseLink(link, readlinkSync(path), false, true);
        return { kind: "refused" };
      }
    }
    return { kind: "missing" };
  }

  private refuseLink(link: string, target: string, loop: boolean, outside = false): void {
    if (outside)
      this.refuse(
        link,
        `er et link til ${quoted(target, 120)}, som ligger uden for indholdsmappen; det bliver ikke læst.`,
        "Læg filen eller mappen selv i indholdsmappen i stedet for et link til den, eller slet linket.",
      );
    else if (loop)
      this.refuse(
        link,
        `er et link til ${quoted(target, 120)}, som peger tilbage på sig selv.`,
        "Slet linket, eller ret det, så det peger på en fil i indholdsmappen.",
      );
    else
      this.refuse(
        link,
        `er et link til ${quoted(target, 120)}, som ikke findes.`,
        "Ret linket, så det peger på en fil i indholdsmappen, eller slet det.",
      );
  }

  private refuse(file: string, message: string, hint: string): void {
    this.problems.push({ severity: "error", file, message, hint });
  }

  private isInside(real: string): boolean {
    return real === this.realRoot || real.startsWith(this.realRoot.endsWith(sep) ? this.realRoot : this.realRoot + sep);
  }
}
