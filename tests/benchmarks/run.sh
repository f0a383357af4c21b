#!/usr/bin/env bash
# Lookup benchmark: server CPU microseconds per request (from /proc/PID/stat) for the REST lookup, the GraphQL
# lookup (when the schema has it), the web app's lookup page (the HTML answer of "Ik maak me zorgen", signed in
# with a session cookie and the form's antiforgery token) and a static-JSON baseline, on synthetic networks of 2k, 10k and 100k
# professionals; plus single-client p50/p99 latency. See docs in the README's performance section.
#
#   tests/benchmarks/run.sh                 # all sizes
#   SIZES="2000 100000" ROUNDS=6 tests/benchmarks/run.sh
#
# Needs: dotnet, wrk (apt-get install -y wrk), taskset. Datasets are cached in $CACHE (default /tmp/network-bench).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="${CACHE:-/tmp/network-bench}"
SIZES="${SIZES:-2000 10000 100000}"
ROUNDS="${ROUNDS:-4}"          # interleaved measuring rounds per endpoint (median reported)
WARMUP="${WARMUP:-45}"         # seconds of warm-up per endpoint: on one busy core tiered JIT (PGO) needs over a minute of load to settle
DURATION="${DURATION:-8}"      # seconds per measuring round
LATENCY_DURATION="${LATENCY_DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-16}"
PORT="${PORT:-5199}"
CONCERN="${CONCERN:-radicalisation}"
# The GraphQL lookup asks for every field the REST answer carries (LookupGraphQLTests proves the two answers equal).
DEFAULT_GRAPHQL_QUERY='query { lookup(input: { concernType: "CONCERN" }) { concernType municipality domain methodStep notice route { order kind methodStep offersAnonymousConsultation note lineName linePhone people { professionalId name profession contactPoints { channel value visibility why } } organisation { ...org } } contacts { rank professionalId name offersAnonymousConsultation trustDistance matchedExpertise reason lastVerifiedOn staleWarning profession { id name confidentialityRegime legalSource } organisations { ...org } contactPoints { channel value visibility why } sharedCovenants { covenantId title purpose validFrom validUntil } trustPath { name confirmedOn workshopTitle workshopDate } } } } fragment org on LookupOrganisation { organisationId name kind contactPoints { channel value label } }'
GRAPHQL_QUERY="${GRAPHQL_QUERY:-${DEFAULT_GRAPHQL_QUERY//CONCERN/$CONCERN}}"
export Auth__SigningKey="${Auth__SigningKey:-benchmark-only-signing-key-0123456789-abcdefghij}"
export Auth__Issuer="network-dev" Auth__Audience="network-api"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get update && apt-get install -y wrk" >&2; exit 1; }
mkdir -p "$CACHE"
BUILD="$CACHE/build"
echo "== building Release into $BUILD"
dotnet publish "$ROOT/src/Network.Api" -c Release -o "$BUILD" --nologo -v quiet >/dev/null
APP="$BUILD/Network.Api.dll"

SERVER_PID=""
cleanup() { [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true; }
trap cleanup EXIT

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICK_US=$((1000000 / $(getconf CLK_TCK)))

# wrk_run NAME SECONDS CONNECTIONS EXTRA... -> prints "requests" (completed, non-error) after the run
wrk_run() {
  local name=$1 secs=$2 conns=$3; shift 3
  local out
  case "$name" in
    baseline) out=$(taskset -c 1 wrk -t1 -c"$conns" -d"${secs}s" "$@" "http://127.0.0.1:$PORT/bench/baseline") ;;
    rest)     out=$(BODY="{\"concernType\":\"$CONCERN\"}" taskset -c 1 wrk -t1 -c"$conns" -d"${secs}s" -s "$ROOT/tests/benchmarks/lookup.lua" "$@" "http://127.0.0.1:$PORT/api/v1/lookups") ;;
    page)     out=$(FORM="ConcernType=$CONCERN" taskset -c 1 wrk -t1 -c"$conns" -d"${secs}s" -s "$ROOT/tests/benchmarks/page.lua" "$@" "http://127.0.0.1:$PORT/ik-maak-me-zorgen?handler=Ask") ;;
    graphql)  out=$(BODY="$GRAPHQL_BODY" taskset -c 1 wrk -t1 -c"$conns" -d"${secs}s" -s "$ROOT/tests/benchmarks/lookup.lua" "$@" "http://127.0.0.1:$PORT/graphql") ;;
  esac
  if grep -q "Non-2xx" <<<"$out"; then echo "!! $name answered non-2xx responses:" >&2; echo "$out" >&2; exit 1; fi
  echo "$out"
}

measure() { # measure NAME -> CPU µs per request for one round
  local before after out requests
  before=$(cpu_ticks "$SERVER_PID")
  out=$(wrk_run "$1" "$DURATION" "$CONNECTIONS")
  after=$(cpu_ticks "$SERVER_PID")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  awk -v t="$((after - before))" -v us="$TICK_US" -v r="$requests" 'BEGIN { printf "%.1f", t * us / r }'
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END { if (NR%2) print a[(NR+1)/2]; else printf "%.1f", (a[NR/2]+a[NR/2+1])/2 }'; }

RESULTS=()
for size in $SIZES; do
  DB="$CACHE/synthetic-$size.db"
  if [[ ! -f "$DB" || ! -f "$DB.logins.json" ]]; then
    echo "== generating $size professionals"
    dotnet "$APP" generate --professionals "$size" --database "$DB" --seed 42 --force
  fi
  export TOKENS
  TOKENS=$(grep -o '"token": *"[^"]*"' "$DB.logins.json" | sed 's/.*"\([^"]*\)"$/\1/' | tr '\n' ' ')

  echo "== starting the service on $size professionals (core 0)"
  # From the build folder so its appsettings.json applies (request logging off), as in a deployment.
  cd "$BUILD"
  ASPNETCORE_ENVIRONMENT=Benchmark ASPNETCORE_FORWARDEDHEADERS_ENABLED=true Benchmark__Enabled=true Mail__Enabled=false Reminders__Enabled=false Mail__PublicBaseUrl=https://network.example ConnectionStrings__Network="Data Source=$DB" \
    ASPNETCORE_URLS="http://127.0.0.1:$PORT" Lookup__RefreshSeconds="${REFRESH_SECONDS:-300}" RateLimiting__Enabled=false \
    taskset -c 0 dotnet "$APP" >"$CACHE/server-$size.log" 2>&1 &
  SERVER_PID=$!
  cd "$ROOT"
  # Ready means the trust graph and directory snapshots are built (Degraded until then).
  for _ in $(seq 1 600); do [[ "$(curl -s "http://127.0.0.1:$PORT/health/ready" || true)" == Healthy ]] && break; sleep 0.5; done
  grep -E "rebuilt" "$CACHE/server-$size.log" | sed 's/^ */   /' || true
  first=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/api/v1/lookups" \
    -H "Authorization: Bearer ${TOKENS%% *}" -H 'Content-Type: application/json' -d "{\"concernType\":\"$CONCERN\"}")
  [[ "$first" == 200 ]] || { echo "REST lookup answered $first" >&2; cat "$CACHE/server-$size.log" >&2; exit 1; }

  # The page: one web session per synthetic person (benchmark mode's POST /bench/session), and a first answer that
  # must be the lookup's, not a sign-in redirect or an error page.
  export SESSIONS="$CACHE/sessions-$size.tsv"
  python3 "$ROOT/tests/benchmarks/sessions.py" "http://127.0.0.1:$PORT" >"$SESSIONS"
  IFS=$'\t' read -r page_cookie page_token <"$SESSIONS"
  page_probe=$(curl -s -w '\n%{http_code}' -X POST "http://127.0.0.1:$PORT/ik-maak-me-zorgen?handler=Ask" -H "Cookie: $page_cookie" -H 'X-Forwarded-Proto: https' \
    --data-urlencode "__antiforgery=$page_token" --data-urlencode "ConcernType=$CONCERN")
  [[ "${page_probe##*$'\n'}" == 200 && "$page_probe" == *'id="answer-heading"'* ]] \
    || { echo "the lookup page answered ${page_probe##*$'\n'} without an answer" >&2; exit 1; }

  ENDPOINTS="baseline rest page"
  GRAPHQL_BODY=$(GRAPHQL_QUERY="$GRAPHQL_QUERY" python3 -c 'import json,os; print(json.dumps({"query": os.environ["GRAPHQL_QUERY"]}))')
  export GRAPHQL_BODY
  probe=$(curl -s -X POST "http://127.0.0.1:$PORT/graphql" -H "Authorization: Bearer ${TOKENS%% *}" -H 'Content-Type: application/json' -d "$GRAPHQL_BODY" || true)
  if [[ "$probe" == *'"contacts"'* && "$probe" != *'"errors"'* ]]; then ENDPOINTS="$ENDPOINTS graphql"
  else echo "   (GraphQL lookup not available or query rejected: skipped. Answer: ${probe:0:200})"; fi

  for e in $ENDPOINTS; do echo "   warm-up $e ${WARMUP}s"; wrk_run "$e" "$WARMUP" "$CONNECTIONS" >/dev/null; done
  declare -A cpu=()
  for r in $(seq 1 "$ROUNDS"); do
    for e in $ENDPOINTS; do cpu[$e]="${cpu[$e]:-} $(measure "$e")"; done
    echo "   round $r:$(for e in $ENDPOINTS; do printf ' %s=%s' "$e" "$(awk '{print $NF}' <<<"${cpu[$e]}")"; done)"
  done
  base=$(median <<<"${cpu[baseline]}")
  for e in $ENDPOINTS; do
    med=$(median <<<"${cpu[$e]}")
    curl -s -o /dev/null "http://127.0.0.1:$PORT/bench/server-times?reset=true"
    rebuilds_before=$(grep -c "rebuilt" "$CACHE/server-$size.log" || true)
    lat=$(wrk_run "$e" "$LATENCY_DURATION" 1 --latency)
    p50=$(awk '/^ +50%/ {print $2}' <<<"$lat"); p99=$(awk '/^ +99%/ {print $2}' <<<"$lat")
    # The server's own clock for the same window (benchmark mode's /bench/server-times): wrk's percentiles include
    # synthetic samples for every stall, so the two disagree exactly when one long pause dominates the tail.
    server=$(curl -s "http://127.0.0.1:$PORT/bench/server-times" | python3 -c 'import json,sys; t=json.load(sys.stdin); print("%.2fms %.2fms %.1fms %.0fms %d" % (t["p50Ms"], t["p99Ms"], t["maxMs"], t["gcPauseMs"], t["collections"][2]))')
    rebuilds=$(( $(grep -c "rebuilt" "$CACHE/server-$size.log" || true) - rebuilds_before ))
    read -r s50 s99 smax gcpause gen2 <<<"$server"
    RESULTS+=("$(printf '%-8s %-9s %10s %8s %10s %10s %10s %10s %10s %8s %5s %8s' "$size" "$e" "$med" "$(awk -v a="$med" -v b="$base" 'BEGIN{printf "%.2fx", a/b}')" "$p50" "$p99" "$s50" "$s99" "$smax" "$gcpause" "$gen2" "$rebuilds")")
  done
  unset cpu
  cleanup; SERVER_PID=""
done

echo
echo "Server CPU per request (median of $ROUNDS interleaved ${DURATION}s rounds, $CONNECTIONS connections, server on core 0, wrk on core 1);"
echo "latency from a single client (wrk -t1 -c1 --latency, ${LATENCY_DURATION}s), and the server's own time for those requests"
echo "(server p50/p99/max), the GC's pauses in that window (ms, and gen-2 collections) and snapshot rebuilds logged in it."
printf '%-8s %-9s %10s %8s %10s %10s %10s %10s %10s %8s %5s %8s\n' size endpoint "CPU µs/req" "vs base" "p50" "p99" "server p50" "server p99" "server max" "GC ms" "gen2" "rebuilds"
printf '%s\n' "${RESULTS[@]}"
