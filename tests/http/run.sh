#!/usr/bin/env bash
# api.http end to end: starts the service (Release, Development environment for the demo data and /dev/token,
# a fresh temporary SQLite database; see tests/support/service.sh), runs every request in api.http with httpyac,
# and fails on any failed request or assertion. Prints "E2E-COUNTS passed=N failed=M" (requests) for .ci/run.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../support/service.sh"
work="$(mktemp -d)"

if [[ ! -x "$here/node_modules/.bin/httpyac" ]] || [[ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]]; then
  echo "== installing httpyac (tests/http/package-lock.json)"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

start_service

echo "== httpyac send api.http --all"
# The plugin resolves REST Client's {{name.response.body.$.x}} references and points {{baseUrl}} at this service.
set +e
(cd "$REPO_ROOT" && HTTPYAC_PLUGIN="$here/rest-client-compat.cjs" API_BASE_URL="$SERVICE_URL" \
  "$here/node_modules/.bin/httpyac" send api.http --all --json >"$work/result.json" 2>"$work/httpyac.err")
set -e

if ! node "$here/report.cjs" "$work/result.json"; then
  echo "-- httpyac stderr (tail):"; tail -n 40 "$work/httpyac.err"
  echo "-- service log (tail):"; tail -n 40 "$SERVICE_TMP/service.log"
  rm -rf "$work"
  exit 1
fi
rm -rf "$work"
