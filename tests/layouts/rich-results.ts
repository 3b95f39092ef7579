// The structured-data validator the layout tests use: @adobe/structured-data-validator, with
// schema.org's vocabulary (schema-vocabulary.ts) and handlers for Google's Event and Article
// rich results, which it has none of (1.7.1 knows Organization, Person, ImageObject, and shop,
// recipe and job types). The handlers follow Google Search Central's Event and Article guides:
// what a guide requires is an ERROR, what it recommends a WARNING. Its input is what
// @marbec/web-auto-extractor makes of a page; jsonLdOf makes the same of a page's JSON-LD.
import Validator from "@adobe/structured-data-validator";
import BaseValidator from "@adobe/structured-data-validator/src/types/base.js";
import { schemaOrgVocabulary } from "./schema-vocabulary.ts";

export interface Issue {
  issueMessage: string;
  /** "ERROR" or "WARNING" */
  severity: string;
  fieldNames?: string[];
  rootType?: string;
}

type Condition = (data: Record<string, unknown>) => Issue | Issue[] | null;

/** The part of the validator's handler base class the handlers use, typed (the package is JavaScript). */
interface Handler {
  /** an ERROR where the field (a dotted path) is missing */
  required(field: string): Condition;
  /** a WARNING where it is missing */
  recommended(field: string): Condition;
  getConditions(): Condition[];
}
const Base = BaseValidator as unknown as new (options: { dataFormat: string; path: unknown[] }) => Handler;

/** A date, or a date and time with or without an offset, as ISO 8601 writes them. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const WITHOUT_OFFSET = /T[\d:.]+$/;

const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
/** the issues of a condition on each value of a list (the validator counts a null in a list as an issue) */
const found = (issues: (Issue | null)[]): Issue[] => issues.filter((issue) => issue !== null);
const typeOf = (value: unknown): unknown =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>)["@type"] : undefined;
/** "https://schema.org/EventCancelled", "http://schema.org/EventCancelled" or "EventCancelled" → "EventCancelled" */
const term = (value: unknown): string => String(value).replace(/^https?:\/\/schema\.org\//, "");

class GoogleHandler extends Base {
  issue(severity: "ERROR" | "WARNING", issueMessage: string, field: string): Issue {
    return { issueMessage, severity, fieldNames: [field] };
  }

  /** A malformed date is an error; a time without an offset leaves the time zone to guesswork. */
  date(field: string): Condition {
    return (data) => {
      const value = data[field];
      if (value === undefined) return null;
      if (typeof value !== "string" || !ISO_8601.test(value))
        return this.issue("ERROR", `"${field}" is not an ISO 8601 date: ${String(value)}`, field);
      return WITHOUT_OFFSET.test(value) ? this.issue("WARNING", `"${field}" has a time but no time zone`, field) : null;
    };
  }

  recommend(...fields: string[]): Condition[] {
    return fields.map((field) => this.recommended(field));
  }
}

const STATUSES = ["EventScheduled", "EventCancelled", "EventPostponed", "EventRescheduled", "EventMovedOnline"];
const MODES = {
  OnlineEventAttendanceMode: ["VirtualLocation"],
  OfflineEventAttendanceMode: ["Place"],
  MixedEventAttendanceMode: ["Place", "VirtualLocation"],
};

/** developers.google.com/search/docs/appearance/structured-data/event */
class EventHandler extends GoogleHandler {
  override getConditions(): Condition[] {
    return [
      this.required("name"),
      this.required("startDate"),
      this.required("location"),
      this.date("startDate"),
      this.date("endDate"),
      this.date("previousStartDate"),
      (data) =>
        found(
          list(data.location).map((place) => {
            const fields = (typeof place === "object" && place) || {};
            if (typeOf(place) === "Place")
              return "address" in fields ? null : this.issue("ERROR", "a Place needs an address", "location.address");
            if (typeOf(place) === "VirtualLocation")
              return "url" in fields ? null : this.issue("ERROR", "a VirtualLocation needs a url", "location.url");
            return this.issue("ERROR", "a location is a Place or a VirtualLocation", "location");
          }),
        ),
      (data) => {
        if (data.eventStatus === undefined) return null;
        const status = term(data.eventStatus);
        if (!STATUSES.includes(status)) return this.issue("ERROR", `unknown eventStatus ${String(data.eventStatus)}`, "eventStatus");
        return status === "EventRescheduled" && !data.previousStartDate
          ? this.issue("ERROR", "a rescheduled event needs its previousStartDate", "previousStartDate")
          : null;
      },
      (data) => {
        // a missing location is reported above
        if (data.eventAttendanceMode === undefined || data.location === undefined) return null;
        const places = MODES[term(data.eventAttendanceMode) as keyof typeof MODES];
        if (!places) return this.issue("ERROR", `unknown eventAttendanceMode ${String(data.eventAttendanceMode)}`, "eventAttendanceMode");
        const given = new Set(list(data.location).map(typeOf));
        const agrees = places.length === given.size && places.every((place) => given.has(place));
        return agrees ? null : this.issue("ERROR", `eventAttendanceMode says ${places.join(" and ")}`, "location");
      },
      ...this.recommend("description", "endDate", "eventAttendanceMode", "eventStatus", "image", "offers", "organizer", "performer"),
      this.recommended("location.name"),
      this.recommended("organizer.url"),
    ];
  }
}

/** developers.google.com/search/docs/appearance/structured-data/article: it requires nothing */
class ArticleHandler extends GoogleHandler {
  override getConditions(): Condition[] {
    return [
      ...this.recommend("author", "dateModified", "datePublished", "headline", "image"),
      this.date("datePublished"),
      this.date("dateModified"),
      (data) =>
        typeof data.headline === "string" && Array.from(data.headline).length > 110
          ? this.issue("WARNING", "a headline over 110 characters is cut on some devices", "headline")
          : null,
      (data) =>
        found(
          list(data.author).map((author) =>
            ["Person", "Organization"].includes(String(typeOf(author)))
              ? null
              : this.issue("WARNING", "an author is a Person or an Organization", "author"),
          ),
        ),
      this.recommended("author.url"),
    ];
  }
}

const handler = (type: typeof GoogleHandler) => [() => Promise.resolve({ default: type })];

const validator = new Validator(schemaOrgVocabulary());
Object.assign(validator.registeredHandlers, {
  Event: handler(EventHandler),
  Article: handler(ArticleHandler),
  NewsArticle: handler(ArticleHandler),
});

/** What @marbec/web-auto-extractor gives the validator: items by their type, and what could not be read. */
export interface Extracted {
  jsonld: Record<string, object[]>;
  microdata: Record<string, object[]>;
  rdfa: Record<string, object[]>;
  errors: { format: string; message: string; source: string }[];
}

/** JSON-LD items in the extractor's form. */
export function extracted(items: object[], errors: Extracted["errors"] = []): Extracted {
  const jsonld: Record<string, object[]> = {};
  for (const item of items) (jsonld[String(typeOf(item))] ??= []).push(item);
  return { jsonld, microdata: {}, rdfa: {}, errors };
}

/** The JSON-LD of a page, as a browser reads its script elements: each ends at the first `</script`. */
export function jsonLdOf(page: string): Extracted {
  const items: object[] = [];
  const errors: Extracted["errors"] = [];
  for (const [, source] of page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script/gi)) {
    try {
      items.push(...list(JSON.parse(source!)).map((item) => item as object));
    } catch (error) {
      errors.push({ format: "jsonld", message: `not JSON: ${(error as Error).message}`, source: source! });
    }
  }
  return extracted(items, errors);
}

export async function validate(data: Extracted): Promise<Issue[]> {
  const issues = (await validator.validate(structuredClone(data))) as Issue[];
  // a handler's slip (a null among its issues) would otherwise pass as neither error nor warning
  if (issues.some((issue) => !["ERROR", "WARNING"].includes(issue.severity)))
    throw new Error(`an issue without severity: ${JSON.stringify(issues)}`);
  return issues;
}

/** The errors, each with its type and fields, so that a failing test says what is wrong. */
export function errorsOf(issues: Issue[]): string[] {
  return issues
    .filter((issue) => issue.severity === "ERROR")
    .map((issue) => `${issue.rootType ?? "?"} ${(issue.fieldNames ?? []).join(",")}: ${issue.issueMessage}`);
}
