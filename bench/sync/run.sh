#!/usr/bin/env bash
# Mobile sync benchmark (issue 21), on the reception benchmark's data (a province of 100 communes, 1,000,000 receptions
# over three years: bench/reception/start.sh generates them on the first run and keeps them in BENCH_DIR):
#   1. a delta call that answers 100 changed receptions (a commune official's phone after a day of edits: each call
#      returns the same 100 records whole, personal data in clear, and logs those 100 reads with the purpose SYNC);
#   2. a delta call with nothing new (what every phone asks most of the time): its service CPU per request.
# Both under wrk at 16 connections (BENCH_CONNECTIONS) after a warm-up, with the CPU per request of the service and of
# its database. Targets (issue 21): p99 < 50 ms for 1; under 1 ms of service CPU for 2.
# Settings as for bench/reception/run.sh (BENCH_DIR, BENCH_PORT, BENCH_RECORDS, BENCH_JAR, BENCH_BUFFER_POOL, JAVA_OPTS),
# plus BENCH_DURATION [30s] and BENCH_WARMUP [120s] for each workload. Run on a quiet machine: bench/sync/run.sh
set -euo pipefail

source "$(cd "$(dirname "${BASH_SOURCE[0]}")/../reception" && pwd)/start.sh"
DURATION=${BENCH_DURATION:-30s}
WARMUP=${BENCH_WARMUP:-120s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
out="$BENCH_DIR/sync-results-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
source "$repo/bench/sync/prepare.sh"

# --- 1. a delta of 100 changes ------------------------------------------------------------------------------------
export BENCH_TOKEN=$OFFICER
echo "/api/v1/receptions/delta?deltaToken=$before_changes&pageSize=100" >"$out/hundred.paths"
echo "/api/v1/receptions/delta?deltaToken=$after_changes" >"$out/empty.paths"
log "warm-up $WARMUP, then the 100-change delta for $DURATION"
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$repo/bench/paths.lua" "$base" -- "$out/hundred.paths" >"$out/wrk-hundred-warmup.txt"
load_hundred=$(cut -d' ' -f1-3 /proc/loadavg)
PROFILE_WRK=$DURATION
wrk_c() { # like wrk_cpu (bench/lib/cpu.sh) at $CONNECTIONS connections
    local label=$1 paths=$2 file=$3 java0 db0 java1 db1 requests
    java0=$(cpu_s "$PID"); db0=$(cpu_s "$DBPID")
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$repo/bench/paths.lua" "$base" -- "$paths" >"$file"
    java1=$(cpu_s "$PID"); db1=$(cpu_s "$DBPID")
    requests=$(grep -o '[0-9]* requests in' "$file" | cut -d' ' -f1)
    echo "- $label (wrk -c$CONNECTIONS $DURATION): $(grep Requests/sec "$file" | tr -s ' '); latency $(grep -A4 'Latency Distribution' "$file" | tail -n 4 | tr -s ' ' | tr '\n' ' '); non-2xx: $(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$file" | grep -o '[0-9]*$' || echo 0)"
    echo "  CPU per request: service $(awk "BEGIN{printf \"%.3f\", ($java1-$java0)*1000/$requests}") ms, database $(awk "BEGIN{printf \"%.3f\", ($db1-$db0)*1000/$requests}") ms ($requests requests)"
}
hundred=$(wrk_c "delta of 100 changes" "$out/hundred.paths" "$out/wrk-hundred.txt")
echo "$hundred"

# --- 2. an empty delta --------------------------------------------------------------------------------------------
log "warm-up $WARMUP, then the empty delta for $DURATION"
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$repo/bench/paths.lua" "$base" -- "$out/empty.paths" >"$out/wrk-empty-warmup.txt"
load_empty=$(cut -d' ' -f1-3 /proc/loadavg)
empty=$(wrk_c "empty delta" "$out/empty.paths" "$out/wrk-empty.txt")
echo "$empty"
log_rows=$(sql "select count(*) from personal_data_read where purpose = 'SYNC'" 2>/dev/null || echo "?")

{
    echo "- machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc $(nproc); service $JAR; worktree at $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD || echo '+changes')"
    echo "- data: $(sql "select count(*) from reception") receptions; the commune's official syncs $records; buffer pool $BUFFER_POOL"
    echo "- first download: $first_download"
    echo "- load average before the 100-change run: $load_hundred; before the empty run: $load_empty"
    echo "$hundred"
    echo "$empty"
    echo "- personal-data reads logged with the purpose SYNC so far: $log_rows"
} | tee "$out/results.md"
