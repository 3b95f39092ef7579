// What real clients make of the feeds and calendars of a built site: Python's feedparser and
// icalendar (from Debian) for Atom and iCalendar, feed-extractor for JSON Feed.
import { extractFromJson } from "@extractus/feed-extractor";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { filesOf } from "./build.ts";

export interface AtomFeed {
  bozo: boolean;
  bozo_exception: string;
  version: string;
  id: string;
  title: string;
  updated: string;
  author: string;
  self: string;
  entries: {
    id: string;
    title: string;
    link: string;
    published: string;
    updated: string;
    author?: string;
    summary: string;
    content: string;
    tags: string[];
  }[];
}

export interface Calendar {
  name: string;
  version: string;
  events: {
    uid: string;
    summary: string;
    description: string;
    location: string;
    url: string;
    status: string;
    start: string;
    start_zone: string | null;
    end: string | null;
  }[];
}

/** What the real clients made of every feed and calendar in a built site. */
export function readWithClients(site: string): { feeds: Record<string, AtomFeed>; calendars: Record<string, Calendar> } {
  const run = spawnSync("/usr/bin/python3", ["tests/clients/read-subscriptions.py", site], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`the Python clients failed (install python3-feedparser and python3-icalendar):\n${run.stderr}`);
  return JSON.parse(run.stdout);
}

export function jsonFeedsOf(site: string) {
  return filesOf(site)
    .filter((file) => file.endsWith("feed.json"))
    .map((file) => {
      const raw = JSON.parse(readFileSync(join(site, file), "utf8"));
      return {
        url: `/${file}`,
        raw,
        parsed: extractFromJson(raw, { descriptionMaxLen: 0, getExtraEntryFields: (item) => ({ content: item.content_html }) }),
      };
    });
}
