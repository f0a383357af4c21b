#!/usr/bin/env bash
# Both stores side by side (issue 16, item 5), at 100k professionals by default: for each store in $STORES
#   - start-up time to readiness (process start to the first Healthy /health/ready: store checks, migrations, the
#     trust graph and lookup directory built) and RSS (VmRSS from /proc) once ready,
#   - the REST lookup's server CPU µs per request against the static baseline (interleaved rounds, as run.sh),
#   - writes per second with $WRITERS concurrent writers (synthetic professionals each PATCHing their own profile
#     with If-Match, as fast as the service answers; writers.py) and the PATCHes' p50/p99 latency,
#   - RSS after all of that.
# Freshness under a write load on each store is freshness.sh's (STORE=postgres there too).
#
#   PGPORT=55442 tests/benchmarks/stores.sh
#   STORES=sqlite SIZE=2000 ROUNDS=2 WARMUP=10 tests/benchmarks/stores.sh
#
# Needs: dotnet, wrk, taskset, python3, and for PostgreSQL psql and a server (PGHOST/PGPORT/PGUSER, see store.sh).
# Datasets are cached in $CACHE (default /tmp/network-bench); each store's run works on a copy.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="${CACHE:-/tmp/network-bench}"
STORES="${STORES:-sqlite postgres}"
SIZE="${SIZE:-100000}"
ROUNDS="${ROUNDS:-4}"
WARMUP="${WARMUP:-40}"
DURATION="${DURATION:-8}"
CONNECTIONS="${CONNECTIONS:-16}"
WRITERS="${WRITERS:-16}"
WRITE_SECONDS="${WRITE_SECONDS:-30}"
PORT="${PORT:-5251}"
CONCERN="${CONCERN:-radicalisation}"
export Auth__SigningKey="${Auth__SigningKey:-benchmark-only-signing-key-0123456789-abcdefghij}"
export Auth__Issuer="network-dev" Auth__Audience="network-api"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get update && apt-get install -y wrk" >&2; exit 1; }
mkdir -p "$CACHE"
BUILD="$CACHE/build"
echo "== building Release into $BUILD"
dotnet publish "$ROOT/src/Network.Api" -c Release -o "$BUILD" --nologo -v quiet >"$CACHE/publish.log" || { cat "$CACHE/publish.log" >&2; exit 1; }
APP="$BUILD/Network.Api.dll"
# shellcheck source=store.sh
source "$ROOT/tests/benchmarks/store.sh"

SERVER_PID=""
cleanup() { [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true; }
trap cleanup EXIT

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
TICK_US=$((1000000 / $(getconf CLK_TCK)))
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END { if (NR%2) print a[(NR+1)/2]; else printf "%.1f", (a[NR/2]+a[NR/2+1])/2 }'; }

wrk_run() { # wrk_run baseline|rest SECONDS -> wrk's output
  local out
  case "$1" in
    baseline) out=$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${2}s" "http://127.0.0.1:$PORT/bench/baseline") ;;
    rest) out=$(BODY="{\"concernType\":\"$CONCERN\"}" taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${2}s" -s "$ROOT/tests/benchmarks/lookup.lua" "http://127.0.0.1:$PORT/api/v1/lookups") ;;
  esac
  if grep -q "Non-2xx" <<<"$out"; then echo "!! $1 answered non-2xx responses:" >&2; echo "$out" >&2; exit 1; fi
  echo "$out"
}

# PostgreSQL does its share of the work in its own processes, which the service's /proc/PID/stat does not count (on
# SQLite that work is in the service's process). When the server runs on this machine, its postmaster and children
# are counted too ("db" columns; backends that end within a round lose their ticks, the pool keeps them open).
POSTMASTER=""
db_ticks() {
  [[ -n "$POSTMASTER" ]] || { echo 0; return; }
  local p total=0
  for p in "$POSTMASTER" $(pgrep -P "$POSTMASTER"); do total=$((total + $(cpu_ticks "$p" 2>/dev/null || echo 0))); done
  echo "$total"
}
per() { awk -v t="$1" -v us="$TICK_US" -v r="$2" 'BEGIN { printf "%.1f", t * us / r }'; }

measure() { # measure ENDPOINT -> "service µs  database µs" per request over one round
  local before after db_before db_after requests
  before=$(cpu_ticks "$SERVER_PID"); db_before=$(db_ticks)
  requests=$(wrk_run "$1" "$DURATION" | awk '/requests in/ {print $1}')
  after=$(cpu_ticks "$SERVER_PID"); db_after=$(db_ticks)
  echo "$(per "$((after - before))" "$requests") $(per "$((db_after - db_before))" "$requests")"
}

RESULTS=()
for STORE in $STORES; do
  store_dataset "$SIZE"
  store_copy "$SIZE" stores
  POSTMASTER=""
  if [[ "$STORE" == postgres ]]; then
    datadir=$("$PSQL" -d postgres -Atc "SELECT setting FROM pg_settings WHERE name = 'data_directory'")
    [[ -r "$datadir/postmaster.pid" ]] && POSTMASTER=$(head -1 "$datadir/postmaster.pid")
  fi
  export TOKENS
  TOKENS=$(grep -o '"token": *"[^"]*"' "$LOGINS" | sed 's/.*"\([^"]*\)"$/\1/' | tr '\n' ' ')
  # Nothing of the last run in the OS's page cache is the point of a start-up figure, but dropping it needs root
  # and slows everyone on a shared machine: the copy just made is warm, on both stores alike.
  echo "== $STORE: starting the service on $SIZE professionals (core 0)"
  cd "$BUILD"
  launched=$(date +%s.%N)
  env ASPNETCORE_ENVIRONMENT=Benchmark Benchmark__Enabled=true Mail__Enabled=false Reminders__Enabled=false \
    Mail__PublicBaseUrl=https://network.example "${STORE_ENV[@]}" ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
    RateLimiting__Enabled=false Lookup__RefreshSeconds=3600 \
    taskset -c 0 dotnet "$APP" >"$CACHE/stores-$STORE.log" 2>&1 &
  SERVER_PID=$!
  cd "$ROOT"
  ready=""
  for _ in $(seq 1 3000); do
    if [[ "$(curl -s "http://127.0.0.1:$PORT/health/ready" || true)" == Healthy ]]; then ready=$(date +%s.%N); break; fi
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  [[ -n "$ready" ]] || { echo "the service on $STORE did not become ready" >&2; cat "$CACHE/stores-$STORE.log" >&2; exit 1; }
  startup=$(awk -v a="$launched" -v b="$ready" 'BEGIN { printf "%.1f", b - a }')
  rss_start=$(rss_mb "$SERVER_PID")
  echo "   ready after ${startup} s, RSS ${rss_start} MB"
  grep -E "rebuilt|Integrity" "$CACHE/stores-$STORE.log" | sed 's/^ */   /' || true

  for e in baseline rest; do echo "   warm-up $e ${WARMUP}s"; wrk_run "$e" "$WARMUP" >/dev/null; done
  base=() rest=() rest_db=()
  for r in $(seq 1 "$ROUNDS"); do
    read -r bs _ <<<"$(measure baseline)"; read -r ls ld <<<"$(measure rest)"
    base+=("$bs"); rest+=("$ls"); rest_db+=("$ld")
    echo "   round $r: baseline $bs µs, REST lookup $ls µs (database $ld µs)"
  done
  b=$(printf '%s ' "${base[@]}" | median); l=$(printf '%s ' "${rest[@]}" | median); ld=$(printf '%s ' "${rest_db[@]}" | median)

  echo "   $WRITERS writers for ${WRITE_SECONDS}s"
  python3 "$ROOT/tests/benchmarks/writers.py" "http://127.0.0.1:$PORT" "$LOGINS" "$WRITERS" 5 >/dev/null # warm-up
  before=$(cpu_ticks "$SERVER_PID"); db_before=$(db_ticks)
  w=$(python3 "$ROOT/tests/benchmarks/writers.py" "http://127.0.0.1:$PORT" "$LOGINS" "$WRITERS" "$WRITE_SECONDS")
  after=$(cpu_ticks "$SERVER_PID"); db_after=$(db_ticks)
  echo "   $w"
  read -r per_s p50 p99 refused writes <<<"$(python3 -c 'import json,sys; w=json.loads(sys.argv[1]); print(w["per_second"], w["p50_ms"], w["p99_ms"], w["refused"], w["writes"])' "$w")"
  cpu_write=$(awk -v t="$((after - before))" -v us="$TICK_US" -v n="$writes" 'BEGIN { printf "%.0f", t * us / n }')
  db_write=$(awk -v t="$((db_after - db_before))" -v us="$TICK_US" -v n="$writes" 'BEGIN { printf "%.0f", t * us / n }')
  rss_end=$(rss_mb "$SERVER_PID")
  RESULTS+=("$(printf '%-9s %9s %8s %8s %10s %9s %8s %9s %9s %9s %8s %9s %8s %9s' "$STORE" "${startup} s" "$rss_start" "$b" "$l" \
    "$(awk -v a="$l" -v b="$b" 'BEGIN{printf "%.1fx", a/b}')" "$ld" "$per_s" "${p50} ms" "${p99} ms" "$refused" "$cpu_write" "$db_write" "$rss_end")")
  cleanup; SERVER_PID=""
done

echo
echo "$SIZE professionals; server on core 0, load generators on core 1; CPU per request: median of $ROUNDS interleaved"
echo "${DURATION}s wrk rounds with $CONNECTIONS connections; writes: $WRITERS writers PATCHing their own profile for ${WRITE_SECONDS}s."
echo "CPU is the service process's; \"db\" is a local PostgreSQL server's processes for the same requests (0 on SQLite: in-process)."
printf '%-9s %9s %8s %8s %10s %9s %8s %9s %9s %9s %8s %9s %8s %9s\n' store "start-up" "RSS MB" "base µs" "lookup µs" "vs base" "db µs" "writes/s" "p50" "p99" "refused" "CPU µs/w" "db µs/w" "RSS after"
printf '%s\n' "${RESULTS[@]}"
