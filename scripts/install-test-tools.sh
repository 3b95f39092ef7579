#!/usr/bin/env bash
# Installs the Debian packages the tests need beyond Node and npm, when they are missing:
#   time   GNU time, with which the benchmark measures CPU time and peak memory
# Run as root (CI and these machines are); does nothing when everything is there.
set -euo pipefail
missing=()
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}"
fi
