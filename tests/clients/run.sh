#!/usr/bin/env bash
# Generated clients work: starts the service (tests/support/service.sh), downloads its /api/v1/openapi.json and
# generates two clients from it at test time (never committed), each running the same scenario against the live
# instance: a demo token, paging organisations to the last page by the cursor, reading a professional, creating an
# organisation and updating it with If-Match from the create's ETag (and a stale If-Match refused), and reading the
# typed problem's `code` of a validation error and of an unknown id.
#   typescript/: openapi-typescript 7.13.0 types (type-checked with tsc) + openapi-fetch 0.17.0, run with tsx
#                (pinned in typescript/package-lock.json)
#   csharp/:     a Kiota 1.38.0 client (the repo's .config/dotnet-tools.json) in a small console project, not in
#                Network.sln (Kiota runtime 2.1.6, pinned in Directory.Packages.props)
# Prints ok/FAIL lines and "E2E-COUNTS passed=N failed=M"; exits non-zero on any failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../support/service.sh"
ts="$here/typescript"
cs="$here/csharp"
passed=0
failed=0
step() { # step NAME LOG COMMAND...: a generation or build step counts as one check; its log is shown on failure
  local name="$1" log="$2"
  shift 2
  if "$@" >"$log" 2>&1; then
    echo "ok $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    tail -n 40 "$log"
    failed=$((failed + 1))
    return 1
  fi
}
scenario() { # scenario LOG COMMAND...: counts the scenario's own ok/FAIL lines
  local log="$1"
  shift
  set +e
  "$@" 2>&1 | tee "$log"
  local exit_code=${PIPESTATUS[0]}
  set -e
  local ok bad
  ok="$(grep -c '^ok ' "$log" || true)"
  bad="$(grep -c '^FAIL ' "$log" || true)"
  passed=$((passed + ok))
  failed=$((failed + bad))
  if ((exit_code != 0 && bad == 0)); then
    echo "FAIL $(basename "$log" .log) scenario exited $exit_code"
    failed=$((failed + 1))
  fi
}

if [[ ! -d "$ts/node_modules" ]] || [[ "$ts/package-lock.json" -nt "$ts/node_modules/.package-lock.json" ]]; then
  echo "== installing the TypeScript client's tools ($ts/package-lock.json)"
  (cd "$ts" && npm ci --no-audit --no-fund --loglevel=error)
fi
(cd "$REPO_ROOT" && dotnet tool restore >/dev/null)

start_service
work="$SERVICE_TMP"
curl -fsS "$SERVICE_URL/api/v1/openapi.json" >"$work/openapi.json"
echo "== $(wc -c <"$work/openapi.json") bytes of /api/v1/openapi.json"

echo "== TypeScript: openapi-typescript + openapi-fetch"
rm -rf "$ts/generated"
if step "ts: openapi-typescript generates the types" "$work/ts-gen.log" \
  "$ts/node_modules/.bin/openapi-typescript" "$work/openapi.json" -o "$ts/generated/api.d.ts" &&
  step "ts: the scenario type-checks against them (tsc --noEmit)" "$work/ts-tsc.log" \
    "$ts/node_modules/.bin/tsc" -p "$ts"; then
  scenario "$work/typescript.log" "$ts/node_modules/.bin/tsx" "$ts/scenario.ts" "$SERVICE_URL"
fi

echo "== C#: Kiota"
# No update check (there is no internet in CI) and no telemetry.
if KIOTA_UPDATE__DISABLED=true KIOTA_CLI_TELEMETRY_OPTOUT=true step "cs: kiota generates the client" \
  "$work/cs-gen.log" bash -c "cd '$REPO_ROOT' && dotnet kiota generate -l CSharp -d '$work/openapi.json' \
    -o '$cs/Generated' -c NetworkClient -n Network.Clients.Generated --exclude-backward-compatible --clean-output" &&
  step "cs: the console project builds with it" "$work/cs-build.log" \
    dotnet build "$cs" -c Release --nologo -v quiet; then
  scenario "$work/csharp.log" dotnet run --project "$cs" -c Release --no-build -- "$SERVICE_URL"
fi

echo "E2E-COUNTS passed=$passed failed=$failed"
((failed == 0))
