"""Reads every Atom feed and calendar in a built site with real clients' parsers.

Python's feedparser (what many feed readers use) and icalendar (RFC 5545), both from
Debian. Prints one JSON object: what each parser made of each file, for the tests to judge.
(This feedparser cannot read JSON Feed; the tests read those with feed-extractor.)
Usage: /usr/bin/python3 read-subscriptions.py SITE_DIR
"""
import json
import os
import sys

import feedparser
import icalendar


def read_feed(path):
    parsed = feedparser.parse(path)
    feed = parsed.feed
    return {
        "bozo": bool(parsed.bozo),
        "bozo_exception": str(parsed.get("bozo_exception", "")),
        "version": parsed.version,
        "id": feed.get("id"),
        "title": feed.get("title"),
        "updated": feed.get("updated"),
        "author": feed.get("author"),
        "self": next((link.href for link in feed.get("links", []) if link.rel == "self"), None),
        "entries": [
            {
                "id": entry.get("id"),
                "title": entry.get("title"),
                "link": entry.get("link"),
                "published": entry.get("published"),
                "updated": entry.get("updated"),
                "author": entry.get("author"),
                "summary": entry.get("summary"),
                "content": entry.content[0].value if entry.get("content") else None,
                "tags": [tag.get("label") or tag.get("term") for tag in entry.get("tags", [])],
                "enclosures": [
                    {"href": enclosure.get("href"), "type": enclosure.get("type"), "length": enclosure.get("length")}
                    for enclosure in entry.get("enclosures", [])
                ],
                "links": [
                    {key: link.get(key) for key in ("rel", "href", "type", "length", "title")}
                    for link in entry.get("links", [])
                ],
            }
            for entry in parsed.entries
        ],
    }


def attachments_of(event):
    """ATTACH is a list when an event has more than one, a single value otherwise."""
    attached = event.get("ATTACH", [])
    values = attached if isinstance(attached, list) else [attached]
    return [{"uri": str(value), "fmttype": value.params.get("FMTTYPE")} for value in values]


def read_calendar(path):
    with open(path, "rb") as file:
        calendar = icalendar.Calendar.from_ical(file.read())
    events = []
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND") if "DTEND" in event else None
        events.append(
            {
                "uid": str(event.get("UID")),
                "summary": str(event.get("SUMMARY")),
                "description": str(event.get("DESCRIPTION")),
                "location": str(event.get("LOCATION")) if "LOCATION" in event else None,
                "url": str(event.get("URL")),
                "status": str(event.get("STATUS")),
                "start": start.isoformat(),
                "start_zone": str(getattr(start, "tzinfo", None)) if getattr(start, "tzinfo", None) else None,
                "end": end.isoformat() if end is not None else None,
                "stamp": event.decoded("DTSTAMP").isoformat(),
                "attachments": attachments_of(event),
            }
        )
    return {"name": str(calendar.get("X-WR-CALNAME")), "version": str(calendar.get("VERSION")), "events": events}


def main(site):
    feeds, calendars = {}, {}
    for folder, _, files in os.walk(site):
        for name in files:
            path = os.path.join(folder, name)
            url = "/" + os.path.relpath(path, site)
            if name == "feed.xml":
                feeds[url] = read_feed(path)
            elif name.endswith(".ics"):
                calendars[url] = read_calendar(path)
    json.dump({"feeds": feeds, "calendars": calendars}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
