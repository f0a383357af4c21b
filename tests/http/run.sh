#!/usr/bin/env bash
# api.http end to end: starts the service (Release, Development environment for the demo data and /dev/token,
# a fresh temporary SQLite database), runs every request in api.http with httpyac, and fails on any failed
# request or assertion. Prints one line "E2E-COUNTS passed=N failed=M" (requests) for .ci/run.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/tests/http"
work="$(mktemp -d)"
server_pid=""

cleanup() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ ! -x "$here/node_modules/.bin/httpyac" ]] || [[ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]]; then
  echo "== installing httpyac (tests/http/package-lock.json)"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "== building the service (Release)"
dotnet build "$root/src/Network.Api/Network.Api.csproj" -c Release --nologo -v quiet -clp:NoSummary
out="$root/src/Network.Api/bin/Release/net10.0"

port="${HTTP_E2E_PORT:-$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"
base="http://127.0.0.1:$port"

echo "== starting the service at $base with a fresh database"
(
  cd "$out"
  ASPNETCORE_ENVIRONMENT=Development \
  ConnectionStrings__Network="Data Source=$work/network.db" \
  exec dotnet Network.Api.dll --urls "$base"
) >"$work/service.log" 2>&1 &
server_pid=$!

for _ in $(seq 1 120); do
  if curl -fsS "$base/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "the service stopped during start-up:"; cat "$work/service.log"; exit 1
  fi
  sleep 0.5
done
curl -fsS "$base/health/ready" >/dev/null || { echo "the service did not become ready:"; cat "$work/service.log"; exit 1; }

echo "== httpyac send api.http --all"
set +e
(cd "$root" && HTTPYAC_PLUGIN="$here/rest-client-compat.cjs" API_BASE_URL="$base" \
  "$here/node_modules/.bin/httpyac" send api.http --all --json >"$work/result.json" 2>"$work/httpyac.err")
set -e

node "$here/report.cjs" "$work/result.json" || { echo "-- httpyac stderr:"; tail -n 40 "$work/httpyac.err"; echo "-- service log (tail):"; tail -n 40 "$work/service.log"; exit 1; }
