#!/usr/bin/env bash
# The GraphiQL page in headless Chromium (Debian's chromium, driven by playwright-core): loads the schema, takes a
# demo token, runs a query and shows the result. Screenshot in $ARTIFACTS_DIR (default: a temporary folder).
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
start_service
node "$here/graphiql.mjs" "$SERVICE_URL" "$artifacts"
