#!/usr/bin/env bash
# The web app in headless Chromium (Debian's chromium, driven by playwright-core): every journey of web.mjs with
# axe-core on every page. Screenshots in $ARTIFACTS_DIR (default: a temporary folder); with SCREENSHOTS_DIR set,
# also the README's screenshots (docs/screenshots: SCREENSHOTS_DIR=docs/screenshots bash tests/browser/web.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/../support/service.sh"

if [[ ! -x /usr/bin/chromium ]]; then
  echo "Debian's chromium is missing: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi
if [[ ! -f "$here/node_modules/.package-lock.json" || "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent)
fi
artifacts="${ARTIFACTS_DIR:-$(mktemp -d)}"
screens=()
if [[ -n "${SCREENSHOTS_DIR:-}" ]]; then
  mkdir -p "$SCREENSHOTS_DIR"
  screens=("$(cd "$SCREENSHOTS_DIR" && pwd)")
fi
start_service
node "$here/web.mjs" "$SERVICE_URL" "$artifacts" "${screens[@]}"
