#!/usr/bin/env bash
# Lookup freshness under a write load (issue 16, item 4): with the service on a synthetic network (default 100k
# professionals), professionals edit their own profile (PATCH /api/v1/me/profile, RATE per second) and the asker who listed
# each of them asks again until the answer shows the change. Prints
#   - freshness p50/p99 on the instance that took the write, and on a second instance on the same database file
#     (which learns of the change only by following the change log),
#   - the full rebuild's cost (log event LookupDirectoryRebuilt) and the incremental updates' (LookupDirectoryUpdated),
#   - the REST lookup's server CPU per request on A (wrk, as in run.sh): quiet; while the edits go through B, so A
#     only follows them (what the index costs under a write load); while they go through A (A also handles them).
#
#   tests/benchmarks/freshness.sh
#   SIZE=2000 RATE=10 WRITE_SECONDS=30 ROUNDS=3 tests/benchmarks/freshness.sh
#   STORE=postgres PGPORT=55442 tests/benchmarks/freshness.sh    # both instances on one PostgreSQL database
#
# Needs: dotnet, wrk, taskset, python3 (and psql for STORE=postgres, see store.sh). Datasets are cached in $CACHE
# (default /tmp/network-bench, shared with run.sh); the run works on a copy, so the cached network stays as generated.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="${CACHE:-/tmp/network-bench}"
SIZE="${SIZE:-100000}"
RATE="${RATE:-10}"                 # profile edits per second
WRITE_SECONDS="${WRITE_SECONDS:-30}" # per freshness phase
ROUNDS="${ROUNDS:-3}"              # interleaved CPU rounds without / with writes (median reported)
WARMUP="${WARMUP:-40}"
DURATION="${DURATION:-8}"
CONNECTIONS="${CONNECTIONS:-16}"
PORT="${PORT:-5231}"
PORT_B="${PORT_B:-5232}"
CONCERN="${CONCERN:-radicalisation}"
# The periodic full rebuild (default 300 s in a deployment) is kept out of the measured minutes; its cost is the
# start-up rebuild's, printed below.
REFRESH_SECONDS="${REFRESH_SECONDS:-3600}"
export CONCERN
export Auth__SigningKey="${Auth__SigningKey:-benchmark-only-signing-key-0123456789-abcdefghij}"
export Auth__Issuer="network-dev" Auth__Audience="network-api"
DRIVER="$ROOT/tests/benchmarks/freshness.py"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get update && apt-get install -y wrk" >&2; exit 1; }
mkdir -p "$CACHE"
BUILD="$CACHE/build"
echo "== building Release into $BUILD"
dotnet publish "$ROOT/src/Network.Api" -c Release -o "$BUILD" --nologo -v quiet >"$CACHE/publish.log" || { cat "$CACHE/publish.log" >&2; exit 1; }
APP="$BUILD/Network.Api.dll"

# shellcheck source=store.sh
source "$ROOT/tests/benchmarks/store.sh"
store_dataset "$SIZE"
store_copy "$SIZE" freshness
export TOKENS
TOKENS=$(grep -o '"token": *"[^"]*"' "$LOGINS" | sed 's/.*"\([^"]*\)"$/\1/' | tr '\n' ' ')

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

start() { # start NAME PORT CORE -> sets LAST_PID
  local name=$1 port=$2 core=$3
  cd "$BUILD"
  env ASPNETCORE_ENVIRONMENT=Benchmark Benchmark__Enabled=true Mail__Enabled=false Reminders__Enabled=false \
    Mail__PublicBaseUrl=https://network.example "${STORE_ENV[@]}" \
    ASPNETCORE_URLS="http://127.0.0.1:$port" RateLimiting__Enabled=false Lookup__RefreshSeconds="$REFRESH_SECONDS" \
    'Logging__LogLevel__Network.Application.ContactLookup.Index.LookupDirectoryProvider=Debug' \
    taskset -c "$core" dotnet "$APP" >"$CACHE/freshness-$STORE-$name.log" 2>&1 &
  LAST_PID=$!
  PIDS+=("$LAST_PID")
  cd "$ROOT"
  for _ in $(seq 1 1200); do [[ "$(curl -s "http://127.0.0.1:$port/health/ready" || true)" == Healthy ]] && return; sleep 0.5; done
  echo "instance $name did not become ready" >&2; cat "$CACHE/freshness-$STORE-$name.log" >&2; exit 1
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICK_US=$((1000000 / $(getconf CLK_TCK)))
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END { if (NR%2) print a[(NR+1)/2]; else printf "%.1f", (a[NR/2]+a[NR/2+1])/2 }'; }

wrk_rest() { # wrk_rest SECONDS -> completed requests
  local out
  out=$(BODY="{\"concernType\":\"$CONCERN\"}" taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${1}s" -s "$ROOT/tests/benchmarks/lookup.lua" "http://127.0.0.1:$PORT/api/v1/lookups")
  if grep -q "Non-2xx" <<<"$out"; then echo "!! lookups answered non-2xx:" >&2; echo "$out" >&2; exit 1; fi
  awk '/requests in/ {print $1}' <<<"$out"
}

writes() { # writes WRITE_PORT READ_PORT SECONDS WATCH -> the driver's JSON line
  python3 "$DRIVER" run "http://127.0.0.1:$1" "http://127.0.0.1:$2" "$CACHE/freshness-targets-$STORE.json" "$RATE" "$3" "$4"
}

per_request() { # per_request TICKS REQUESTS -> µs
  awk -v t="$1" -v us="$TICK_US" -v n="$2" 'BEGIN { printf "%.1f", t * us / n }'
}

lookups_on_a() { # lookups_on_a [WRITE_PORT] -> A's CPU µs per lookup over one wrk round, with edits through WRITE_PORT
  local load="" before after requests
  if [[ -n "${1:-}" ]]; then writes "$1" "$PORT" "$((DURATION + 2))" 0 >/dev/null & load=$!; sleep 1; fi
  before=$(cpu_ticks "$A_PID"); requests=$(wrk_rest "$DURATION"); after=$(cpu_ticks "$A_PID")
  [[ -n "$load" ]] && wait "$load"
  per_request "$((after - before))" "$requests"
}

echo "== instance A on $SIZE professionals (core 0)"
start a "$PORT" 0
A_PID=$LAST_PID
python3 "$DRIVER" targets "http://127.0.0.1:$PORT" "$LOGINS" "$Auth__SigningKey" >"$CACHE/freshness-targets-$STORE.json"
echo "   $(python3 -c "import json; print(len(json.load(open('$CACHE/freshness-targets-$STORE.json'))))" ) edit targets (contacts of the benchmark askers, each edited once already so later edits do not reorder the answers)"
echo "   warm-up ${WARMUP}s (lookups, then edits)"
wrk_rest "$WARMUP" >/dev/null
writes "$PORT" "$PORT" 10 1 >/dev/null

echo "== freshness on instance A (the one that takes the edits), ${WRITE_SECONDS}s at $RATE/s"
LOCAL=$(writes "$PORT" "$PORT" "$WRITE_SECONDS" 1)
echo "   $LOCAL"

echo "== instance B on the same $STORE database (core 1): it learns of A's edits from the change log only"
start b "$PORT_B" 1
echo "   warm-up 20s (edits on A, lookups on B; edits on B, lookups on A: code paths are cold after a start)"
writes "$PORT" "$PORT_B" 10 1 >/dev/null
writes "$PORT_B" "$PORT" 10 1 >/dev/null
echo "== freshness on instance B, ${WRITE_SECONDS}s at $RATE/s"
REMOTE=$(writes "$PORT" "$PORT_B" "$WRITE_SECONDS" 1)
echo "   $REMOTE"

# A's CPU per lookup: quiet; while B takes the edits (A only follows them: the index's own cost under a write load);
# while A takes them (raw: A's CPU then includes handling the edits themselves).
quiet=() followed=() raw=()
for r in $(seq 1 "$ROUNDS"); do
  quiet+=("$(lookups_on_a)")
  followed+=("$(lookups_on_a "$PORT_B")")
  raw+=("$(lookups_on_a "$PORT")")
  echo "   round $r: A's CPU µs per lookup: quiet ${quiet[-1]}, edits through B ${followed[-1]}, edits through A ${raw[-1]}"
done

stats() { # stats FILE PATTERN -> "n=.. p50=.. p99=.. max=.." of the number before " ms" in matching lines
  grep -E "$2" "$1" | grep -oE '[0-9]+(\.[0-9]+)? ms' | awk '{print $1}' | sort -g |
    awk '{a[NR]=$1} END { if (NR == 0) { print "none"; exit } i50=int(0.5*(NR-1)+0.5)+1; i99=int(0.99*(NR-1)+0.5)+1; printf "n=%d p50=%s p99=%s max=%s ms", NR, a[i50], a[i99], a[NR] }'
}
echo
echo "Freshness on $STORE, $SIZE professionals, $RATE profile edits/s (PATCH /api/v1/me/profile), time from the edit's 200 to the first"
echo "lookup answer showing it (polled every ${POLL_MS:-50} ms):"
echo "  same instance:  $LOCAL"
echo "  other instance: $REMOTE"
echo "Full rebuild (LookupDirectoryRebuilt), A: $(stats "$CACHE/freshness-$STORE-a.log" 'directory rebuilt'); B: $(stats "$CACHE/freshness-$STORE-b.log" 'directory rebuilt')"
echo "Incremental update (LookupDirectoryUpdated), A: $(stats "$CACHE/freshness-$STORE-a.log" 'directory updated')"
echo "                                             B: $(stats "$CACHE/freshness-$STORE-b.log" 'directory updated')"
echo "REST lookup, A's server CPU µs/req (median of $ROUNDS interleaved ${DURATION}s rounds, $CONNECTIONS connections, A on core 0, wrk on core 1):"
echo "  quiet: $(printf '%s ' "${quiet[@]}" | median)   $RATE edits/s through B (A follows the log): $(printf '%s ' "${followed[@]}" | median)   $RATE edits/s through A (A also handles them): $(printf '%s ' "${raw[@]}" | median)"
