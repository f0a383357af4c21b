#!/usr/bin/env bash
# Lookup freshness under a write load (issue 16, item 4): with the service on a synthetic network (default 100k
# professionals), professionals edit their own profile (PATCH /api/v1/me/profile, RATE per second) and the asker who listed
# each of them asks again until the answer shows the change. Prints
#   - freshness p50/p99 on the instance that took the write, and on a second instance on the same database file
#     (which learns of the change only by following the change log),
#   - the full rebuild's cost (log event LookupDirectoryRebuilt) and the incremental updates' (LookupDirectoryUpdated),
#   - the REST lookup's server CPU per request without and with the write load (wrk, as in run.sh).
#
#   tests/benchmarks/freshness.sh
#   SIZE=2000 RATE=10 WRITE_SECONDS=30 ROUNDS=3 tests/benchmarks/freshness.sh
#
# Needs: dotnet, wrk, taskset, python3. Datasets are cached in $CACHE (default /tmp/network-bench, shared with run.sh);
# the run works on a copy, so the cached network stays as generated.
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

DB="$CACHE/synthetic-$SIZE.db"
if [[ ! -f "$DB" || ! -f "$DB.logins.json" ]]; then
  echo "== generating $SIZE professionals"
  dotnet "$APP" generate --professionals "$SIZE" --database "$DB" --seed 42 --force
fi
RUN_DB="$CACHE/freshness-$SIZE.db"
rm -f "$RUN_DB" "$RUN_DB-wal" "$RUN_DB-shm"
cp "$DB" "$RUN_DB"
export TOKENS
TOKENS=$(grep -o '"token": *"[^"]*"' "$DB.logins.json" | sed 's/.*"\([^"]*\)"$/\1/' | tr '\n' ' ')

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

start() { # start NAME PORT CORE -> sets LAST_PID
  local name=$1 port=$2 core=$3
  cd "$BUILD"
  env ASPNETCORE_ENVIRONMENT=Benchmark Benchmark__Enabled=true Mail__Enabled=false Reminders__Enabled=false \
    Mail__PublicBaseUrl=https://network.example ConnectionStrings__Network="Data Source=$RUN_DB" \
    ASPNETCORE_URLS="http://127.0.0.1:$port" RateLimiting__Enabled=false Lookup__RefreshSeconds="$REFRESH_SECONDS" \
    'Logging__LogLevel__Network.Application.ContactLookup.Index.LookupDirectoryProvider=Debug' \
    taskset -c "$core" dotnet "$APP" >"$CACHE/freshness-$name.log" 2>&1 &
  LAST_PID=$!
  PIDS+=("$LAST_PID")
  cd "$ROOT"
  for _ in $(seq 1 600); do [[ "$(curl -s "http://127.0.0.1:$port/health/ready" || true)" == Healthy ]] && return; sleep 0.5; done
  echo "instance $name did not become ready" >&2; cat "$CACHE/freshness-$name.log" >&2; exit 1
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

writes() { # writes READ_PORT SECONDS WATCH -> the driver's JSON line
  python3 "$DRIVER" run "http://127.0.0.1:$PORT" "http://127.0.0.1:$1" "$CACHE/freshness-targets.json" "$RATE" "$2" "$3"
}

echo "== instance A on $SIZE professionals (core 0)"
start a "$PORT" 0
A_PID=$LAST_PID
python3 "$DRIVER" targets "http://127.0.0.1:$PORT" "$DB.logins.json" "$Auth__SigningKey" >"$CACHE/freshness-targets.json"
echo "   $(python3 -c "import json; print(len(json.load(open('$CACHE/freshness-targets.json'))))" ) edit targets (contacts of the benchmark askers, each edited once already so later edits do not reorder the answers)"

echo "   warm-up ${WARMUP}s (lookups, then writes)"
wrk_rest "$WARMUP" >/dev/null
writes "$PORT" 10 0 >/dev/null

# The write load's own CPU per second, without lookups: subtracted from the rounds with writes below.
before=$(cpu_ticks "$A_PID"); t0=$(date +%s.%N)
writes "$PORT" "$WRITE_SECONDS" 0 >"$CACHE/freshness-writes-only.json"
after=$(cpu_ticks "$A_PID"); t1=$(date +%s.%N)
WRITE_US_PER_S=$(awk -v t="$((after - before))" -v us="$TICK_US" -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", t * us / (b - a) }')
echo "   writes alone: $(cat "$CACHE/freshness-writes-only.json"); server CPU ${WRITE_US_PER_S} µs per second"

quiet=() loaded=() raw=()
for r in $(seq 1 "$ROUNDS"); do
  before=$(cpu_ticks "$A_PID"); requests=$(wrk_rest "$DURATION"); after=$(cpu_ticks "$A_PID")
  quiet+=("$(awk -v t="$((after - before))" -v us="$TICK_US" -v n="$requests" 'BEGIN { printf "%.1f", t * us / n }')")
  writes "$PORT" "$((DURATION + 2))" 0 >/dev/null &
  load=$!
  sleep 1
  before=$(cpu_ticks "$A_PID"); t0=$(date +%s.%N); requests=$(wrk_rest "$DURATION"); after=$(cpu_ticks "$A_PID"); t1=$(date +%s.%N)
  wait "$load"
  raw+=("$(awk -v t="$((after - before))" -v us="$TICK_US" -v n="$requests" 'BEGIN { printf "%.1f", t * us / n }')")
  loaded+=("$(awk -v t="$((after - before))" -v us="$TICK_US" -v n="$requests" -v w="$WRITE_US_PER_S" -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (t * us - w * (b - a)) / n }')")
  echo "   round $r: lookup CPU µs/req without writes ${quiet[-1]}, with $RATE writes/s ${raw[-1]} (less the writes' own CPU: ${loaded[-1]})"
done

echo "== freshness on instance A (the one that takes the writes), ${WRITE_SECONDS}s at $RATE/s"
LOCAL=$(writes "$PORT" "$WRITE_SECONDS" 1)
echo "   $LOCAL"

echo "== instance B on the same database file (core 1): it learns of A's writes from the change log only"
start b "$PORT_B" 1
echo "   warm-up 20s (edits on A, lookups on B: B's code paths are cold after its start)"
writes "$PORT_B" 20 1 >/dev/null
echo "== freshness on instance B, ${WRITE_SECONDS}s at $RATE/s"
REMOTE=$(writes "$PORT_B" "$WRITE_SECONDS" 1)
echo "   $REMOTE"

stats() { # stats FILE PATTERN -> "n=.. p50=.. p99=.. max=.." of the number before " ms" in matching lines
  grep -E "$2" "$1" | grep -oE '[0-9]+(\.[0-9]+)? ms' | awk '{print $1}' | sort -g |
    awk '{a[NR]=$1} END { if (NR == 0) { print "none"; exit } i50=int(0.5*(NR-1)+0.5)+1; i99=int(0.99*(NR-1)+0.5)+1; printf "n=%d p50=%s p99=%s max=%s ms", NR, a[i50], a[i99], a[NR] }'
}
echo
echo "Freshness, $SIZE professionals, $RATE profile edits/s (PATCH /api/v1/me/profile), time from the edit's 200 to the first"
echo "lookup answer showing it (polled every ${POLL_MS:-50} ms):"
echo "  same instance:  $LOCAL"
echo "  other instance: $REMOTE"
echo "Full rebuild (LookupDirectoryRebuilt), A: $(stats "$CACHE/freshness-a.log" 'directory rebuilt'); B: $(stats "$CACHE/freshness-b.log" 'directory rebuilt')"
echo "Incremental update (LookupDirectoryUpdated), A: $(stats "$CACHE/freshness-a.log" 'directory updated')"
echo "                                             B: $(stats "$CACHE/freshness-b.log" 'directory updated')"
echo "REST lookup server CPU µs/req (median of $ROUNDS interleaved ${DURATION}s rounds, $CONNECTIONS connections, A on core 0, wrk on core 1):"
echo "  without writes: $(printf '%s ' "${quiet[@]}" | median)   with $RATE writes/s: $(printf '%s ' "${raw[@]}" | median) raw, $(printf '%s ' "${loaded[@]}" | median) less the writes' own CPU (${WRITE_US_PER_S} µs/s)"
