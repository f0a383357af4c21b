#!/usr/bin/env bash
# Renders the network reports (Amberveen's, and its demo workshop's) in headless Chromium and checks that the
# printable page really draws its charts: both SVGs present in the rendered DOM, with nodes and heat-map cells,
# and a screenshot to look at. Then the demo workshop's report (verslag): its Dutch sections in the rendered DOM,
# and its PDF (printed by the service's own headless Chromium) readable with pdftotext when poppler-utils is there.
# Starts its own Development instance on a throw-away database.
#   usage: tests/browser/report.sh [output-folder]     (needs: dotnet, curl, python3, chromium)
#   install Chromium on Debian: apt-get update && apt-get install -y chromium
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$(mktemp -d)}"
port="${REPORT_PORT:-5299}"
base="http://127.0.0.1:${port}"
db="$(mktemp -u /tmp/network-report-XXXXXX).db"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$browser" ] || { echo "report.sh: Chromium not found (apt-get install -y chromium)" >&2; exit 2; }
mkdir -p "$out"

ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$base" ConnectionStrings__Network="Data Source=$db" \
  dotnet run --project "$root/src/Network.Api" --no-launch-profile >"$out/api.log" 2>&1 &
api=$!
trap 'kill "$api" 2>/dev/null || true; wait "$api" 2>/dev/null || true; rm -f "$db" "$db-wal" "$db-shm"' EXIT
for _ in $(seq 1 120); do curl -fsS "$base/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fsS "$base/health/ready" >/dev/null || { echo "report.sh: the service did not start; see $out/api.log" >&2; exit 1; }

token="$(curl -fsS -X POST "$base/dev/token" -H 'Content-Type: application/json' -d '{"user":"coordinator.amberveen"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')"
workshop="00000000-0000-0000-0003-000000000001" # DemoNetwork.Ids.WorkshopAmberveen

passed=0; failed=0
check() { # name, condition-result
  if [ "$2" = "yes" ]; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi
}

render() { # name, url, required svg ids...
  local name="$1" url="$2"; shift 2
  curl -fsS -H "Authorization: Bearer $token" -H 'Accept: text/html' "$base$url" -o "$out/$name.html"
  local flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
    --disable-component-update --disable-sync --window-size=1200,2000)
  "$browser" "${flags[@]}" --screenshot="$out/$name.png" "file://$out/$name.html" >/dev/null 2>&1 || true
  "$browser" "${flags[@]}" --dump-dom "file://$out/$name.html" 2>/dev/null >"$out/$name.dom.html" || true
  for id in "$@"; do
    check "$name: <svg id=\"$id\"> rendered" "$(grep -q "<svg id=\"$id\"" "$out/$name.dom.html" && echo yes || echo no)"
  done
  check "$name: network nodes drawn" "$(python3 -c "import sys; print('yes' if open('$out/$name.dom.html').read().count('class=\"node\"') >= 10 else 'no')")"
  check "$name: heat-map cells drawn" "$(python3 -c "import sys; print('yes' if open('$out/$name.dom.html').read().count('class=\"cell\"') >= 36 else 'no')")"
  check "$name: screenshot taken" "$( [ -s "$out/$name.png" ] && [ "$(stat -c %s "$out/$name.png")" -gt 20000 ] && echo yes || echo no)"
}

render municipality-report "/api/v1/municipalities/GM9901/network-report" domain-matrix network-picture
render workshop-report "/api/v1/workshops/$workshop/network-report" domain-matrix-before domain-matrix network-picture

render workshop-verslag "/api/v1/workshops/$workshop/report?format=html" domain-matrix-before domain-matrix network-picture
for section in "Samenvatting" "Uitkomsten per leerdoel" "Aanbevelingen voor de gemeente" "Onderbouwing" "Vervolgacties"; do
  check "workshop-verslag: section \"$section\"" "$(grep -q "$section" "$out/workshop-verslag.dom.html" && echo yes || echo no)"
done
check "workshop-verslag: recommendations with evidence" \
  "$(python3 -c "print('yes' if open('$out/workshop-verslag.dom.html').read().count('data-source=') >= 5 else 'no')")"
status="$(curl -sS -o "$out/workshop-verslag.pdf" -w '%{http_code}' -H "Authorization: Bearer $token" \
  "$base/api/v1/workshops/$workshop/report?format=pdf")"
check "workshop-verslag: PDF answered 200" "$( [ "$status" = 200 ] && echo yes || echo no)"
check "workshop-verslag: PDF is a PDF" "$(head -c 4 "$out/workshop-verslag.pdf" | grep -q '%PDF' && echo yes || echo no)"
if command -v pdftotext >/dev/null; then
  pdftotext "$out/workshop-verslag.pdf" "$out/workshop-verslag.txt"
  for text in "Samenvatting" "Aanbevelingen voor de gemeente" "Vervolgacties" "juridische kaders"; do
    check "workshop-verslag: PDF text has \"$text\"" "$(grep -qi "$text" "$out/workshop-verslag.txt" && echo yes || echo no)"
  done
else
  echo "skip workshop-verslag PDF text (no pdftotext; apt-get install -y poppler-utils)"
fi

echo "screenshots and pages in $out"
echo "browser: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
