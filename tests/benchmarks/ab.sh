#!/usr/bin/env bash
# A/B of the REST lookup's server CPU per request between two published builds on the same synthetic network:
# both run at once (on core 0, one loaded at a time), wrk on core 1, interleaved rounds, median. For changes that must
# not slow the lookup down (e.g. the incremental directory against main).
#
#   git worktree add /tmp/main-src main && dotnet publish /tmp/main-src/src/Network.Api -c Release -o /tmp/build-main
#   dotnet publish src/Network.Api -c Release -o /tmp/build-this
#   A=/tmp/build-main B=/tmp/build-this SIZE=100000 tests/benchmarks/ab.sh
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CACHE="${CACHE:-/tmp/network-bench}"
SIZE="${SIZE:-100000}"
ROUNDS="${ROUNDS:-4}"
WARMUP="${WARMUP:-40}"
DURATION="${DURATION:-8}"
CONNECTIONS="${CONNECTIONS:-16}"
CONCERN="${CONCERN:-radicalisation}"
PORT_A="${PORT_A:-5241}"
PORT_B="${PORT_B:-5242}"
export Auth__SigningKey="${Auth__SigningKey:-benchmark-only-signing-key-0123456789-abcdefghij}"
export Auth__Issuer="network-dev" Auth__Audience="network-api"
DB="$CACHE/synthetic-$SIZE.db"
[[ -f "$DB.logins.json" ]] || { echo "no $DB: generate it first (tests/benchmarks/run.sh does)" >&2; exit 1; }
export TOKENS
TOKENS=$(grep -o '"token": *"[^"]*"' "$DB.logins.json" | sed 's/.*"\([^"]*\)"$/\1/' | tr '\n' ' ')

PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
start() { # start BUILD PORT NAME
  cd "$1"
  ASPNETCORE_ENVIRONMENT=Benchmark Benchmark__Enabled=true Mail__Enabled=false Reminders__Enabled=false \
    Mail__PublicBaseUrl=https://network.example ConnectionStrings__Network="Data Source=$DB" \
    ASPNETCORE_URLS="http://127.0.0.1:$2" RateLimiting__Enabled=false Lookup__RefreshSeconds=3600 \
    taskset -c 0 dotnet "$1/Network.Api.dll" >"$CACHE/ab-$3.log" 2>&1 &
  PIDS+=("$!")
  cd "$ROOT"
  for _ in $(seq 1 1200); do [[ "$(curl -s "http://127.0.0.1:$2/health/ready" || true)" == Healthy ]] && return; sleep 0.5; done
  echo "$3 did not become ready" >&2; exit 1
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICK_US=$((1000000 / $(getconf CLK_TCK)))
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END { if (NR%2) print a[(NR+1)/2]; else printf "%.1f", (a[NR/2]+a[NR/2+1])/2 }'; }
wrk_rest() { # wrk_rest PORT SECONDS -> requests
  local out
  out=$(BODY="{\"concernType\":\"$CONCERN\"}" taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"${2}s" -s "$ROOT/tests/benchmarks/lookup.lua" "http://127.0.0.1:$1/api/v1/lookups")
  if grep -q "Non-2xx" <<<"$out"; then echo "!! non-2xx answers" >&2; echo "$out" >&2; exit 1; fi
  awk '/requests in/ {print $1}' <<<"$out"
}
measure() { # measure PID PORT -> µs/req
  local before after n
  before=$(cpu_ticks "$1"); n=$(wrk_rest "$2" "$DURATION"); after=$(cpu_ticks "$1")
  awk -v t="$((after - before))" -v us="$TICK_US" -v n="$n" 'BEGIN { printf "%.1f", t * us / n }'
}

echo "== A: $A"; start "$A" "$PORT_A" a; PID_A=${PIDS[-1]}
echo "== B: $B"; start "$B" "$PORT_B" b; PID_B=${PIDS[-1]}
echo "   warm-up ${WARMUP}s each"
wrk_rest "$PORT_A" "$WARMUP" >/dev/null; wrk_rest "$PORT_B" "$WARMUP" >/dev/null
ra=() rb=()
for r in $(seq 1 "$ROUNDS"); do
  ra+=("$(measure "$PID_A" "$PORT_A")"); rb+=("$(measure "$PID_B" "$PORT_B")")
  echo "   round $r: A ${ra[-1]}  B ${rb[-1]} µs/req"
done
ma=$(printf '%s ' "${ra[@]}" | median); mb=$(printf '%s ' "${rb[@]}" | median)
echo "REST lookup server CPU µs/req at $SIZE (median of $ROUNDS interleaved ${DURATION}s rounds): A $ma, B $mb ($(awk -v a="$ma" -v b="$mb" 'BEGIN { printf "%+.1f%%", (b / a - 1) * 100 }'))"
