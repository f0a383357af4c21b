#!/usr/bin/env bash
# The OpenAPI document tells the truth: starts the service (tests/support/service.sh) behind a recording proxy
# (record-proxy.mjs), runs every request of api.http through it with httpyac (as tests/http/run.sh does) and then
# the error cases and paging walks (error-cases.mjs), and checks every recorded request and response against the
# served /api/v1/openapi.json (validate.mjs: ajv over OpenAPI 3.1's JSON Schema 2020-12). Fails on any violation.
# OPENAPI_RECORD_DIR=dir keeps the recorded exchanges and the document there, to re-run validate.mjs on them.
# OPENAPI_EXAMPLES=schema/openapi-examples.json captures the document's examples from this run (examples.mjs);
# commit the file when operations or their answers change.
# Prints the violations by kind, "OPENAPI-VIOLATIONS total=N ..." and "E2E-COUNTS passed=N failed=M" (exchanges).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
http="$here/../http"
source "$here/../support/service.sh"
work="$(mktemp -d)"

install() {
  if [[ ! -d "$1/node_modules" ]] || [[ "$1/package-lock.json" -nt "$1/node_modules/.package-lock.json" ]]; then
    echo "== installing $(basename "$1")'s tools ($1/package-lock.json)"
    (cd "$1" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
install "$here"
install "$http"

start_service

port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
node "$here/record-proxy.mjs" "$SERVICE_URL" "$port" "$work/exchanges.ndjson" >"$work/proxy.log" 2>&1 &
proxy_pid=$!
cleanup() { kill "$proxy_pid" 2>/dev/null || true; wait "$proxy_pid" 2>/dev/null || true; stop_service; rm -rf "$work"; }
trap cleanup EXIT
proxy="http://127.0.0.1:$port"
for _ in $(seq 1 40); do curl -fsS "$proxy/health/live" >/dev/null 2>&1 && break; sleep 0.25; done

echo "== httpyac send api.http --all (through the recording proxy)"
set +e
(cd "$REPO_ROOT" && HTTPYAC_PLUGIN="$http/rest-client-compat.cjs" API_BASE_URL="$proxy" \
  "$http/node_modules/.bin/httpyac" send api.http --all --json >"$work/result.json" 2>"$work/httpyac.err")
node "$http/report.cjs" "$work/result.json" >"$work/report.txt"
httpyac_exit=$?
echo "== error cases and paging walks"
node "$here/error-cases.mjs" "$proxy"
cases_exit=$?
set -e
if (( httpyac_exit != 0 )); then
  echo "-- api.http requests failed (they must pass before their answers are checked):"; grep -v '^ok' "$work/report.txt" || true
fi

curl -fsS "$SERVICE_URL/api/v1/openapi.json" >"$work/openapi.json"
if [[ -n "${OPENAPI_EXAMPLES:-}" ]]; then
  node "$here/examples.mjs" "$work/openapi.json" "$work/exchanges.ndjson" "$OPENAPI_EXAMPLES"
fi
echo "== checking $(wc -l <"$work/exchanges.ndjson") recorded exchanges against /api/v1/openapi.json"
set +e
node "$here/validate.mjs" "$work/openapi.json" "$work/exchanges.ndjson"
validate_exit=$?
set -e
if [[ -n "${OPENAPI_RECORD_DIR:-}" ]]; then
  mkdir -p "$OPENAPI_RECORD_DIR" && cp "$work/exchanges.ndjson" "$work/openapi.json" "$OPENAPI_RECORD_DIR/"
fi
(( httpyac_exit == 0 && cases_exit == 0 && validate_exit == 0 ))
