#!/usr/bin/env bash
# Makes sure the end-to-end test of the explorer (test/e2e/) has a browser: Debian's chromium
# at /usr/bin/chromium, driven by playwright-core (which never downloads a browser of its own).
# Run by `npm test` (pretest) only: `npm start` does not need a browser.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "[browser] installing chromium from Debian's packages for the explorer's end-to-end test..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
else
  echo "The explorer's end-to-end test needs Chromium at /usr/bin/chromium." >&2
  echo "Install it (Debian/Ubuntu: sudo apt-get install chromium)." >&2
  exit 1
fi
