#!/usr/bin/env bash
# Task monitoring benchmark: 200,000 tasks over about 5,000 organisations; wrk against the
# per-lead-unit summary and the overdue list, as a province's coordinator and as the system
# administrator. Run on demand:
#
#   bench/tasks/run.sh
#
# Prints a Markdown table (also in $BENCH_DIR/tasks-<time>/results.md). Settings (environment):
#   BENCH_DIR [<repo>/bench/work]  BENCH_PORT [18091]  BENCH_TASKS [200000]
#   BENCH_DURATION [20s]  BENCH_WARMUP [15s]  BENCH_CONNECTIONS ["16"]  BENCH_THREADS [2]
#   BENCH_JAR [<repo>/target/quarkus-app/quarkus-run.jar] (a copy lets you build while it runs)
# The embedded database gets a 1 GB buffer pool (the ~400 MB of tasks and indexes stay in memory, as on a
# sized production server); set -Ddanvan.embedded.buffer-pool-size otherwise.
#   BENCH_REUSE [0] 1 keeps the database of the previous run (same organisations and tasks) instead of
#   generating them again; the service still starts anew, so the first requests meet a cold JVM.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bench="$repo/bench"
BENCH_DIR=${BENCH_DIR:-$bench/work}
PORT=${BENCH_PORT:-18091}
TASKS=${BENCH_TASKS:-200000}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-15s}
CONNECTIONS=${BENCH_CONNECTIONS:-"16"}
THREADS=${BENCH_THREADS:-2}
JAR=${BENCH_JAR:-$repo/target/quarkus-app/quarkus-run.jar}
base="http://127.0.0.1:$PORT"
# Health and metrics are served on the management interface, a port of their own.
MGMT_PORT=$((PORT + 1000))
mgmt="http://127.0.0.1:$MGMT_PORT"
log() { printf '[bench-tasks %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for tool in java curl wrk awk; do command -v "$tool" >/dev/null || die "$tool not found (wrk: apt-get install -y wrk)"; done

[[ -f "$JAR" ]] || (cd "$repo" && mvn -q package -DskipTests)
connector=$(ls "$HOME"/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | grep -v sources | tail -n 1)
[[ -f "$connector" ]] || die "mysql-connector-j not in ~/.m2 (build the project once)"

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then die "port $PORT is in use; set BENCH_PORT"; fi
mkdir -p "$BENCH_DIR"
BENCH_DIR=$(cd "$BENCH_DIR" && pwd -P)
out="$BENCH_DIR/tasks-$(date +%Y%m%d-%H%M%S)"
dir="$BENCH_DIR/tasks-instance"
reuse=${BENCH_REUSE:-0}
[[ "$reuse" == 1 && -f "$dir/generated" ]] || { reuse=0; rm -rf "$dir"; }
mkdir -p "$out" "$dir"

(cd "$dir" && exec java -Ddanvan.embedded.buffer-pool-size=1G -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="$MGMT_PORT" -Ddanvan.reminders.enabled=false \
    ${JAVA_OPTS:-} -jar "$JAR") >>"$dir/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
until curl -fs -o /dev/null --max-time 2 "$mgmt/q/health/ready"; do
    kill -0 $PID 2>/dev/null || die "service died: $(tail -n 20 "$dir/service.log")"
    sleep 0.5
done
log "service ready"

token() {
    curl -fsS -X POST "$base/api/v1/auth/token" --data-urlencode grant_type=password \
        --data-urlencode "username=$1" --data-urlencode "password=$2" | grep -o '"access_token":"[^"]*"' | cut -d'"' -f4
}
ADMIN=$(token admin 'DanVan@2026')

csv="$out/csv"
java "$bench/GenerateOrganizations.java" "$csv" >"$out/generator.txt"
if [[ "$reuse" == 0 ]]; then
    for f in "$csv"/organizations-*.csv; do
        curl -fsS -o /dev/null --max-time 300 -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: text/csv' \
            --data-binary "@$f" "$base/api/v1/organizations/imports" || die "import of $f failed"
    done
    log "organisations imported"
    jdbc=$(grep -o 'Embedded MariaDB ready at [^ ]*' "$dir/service.log" | head -n 1 | awk '{print $NF}')
    [[ -n "$jdbc" ]] || die "no JDBC URL in the service log"
    t0=$(date +%s)
    java -cp "$connector" "$bench/tasks/GenerateTasks.java" "$jdbc" root "$TASKS" "$(TZ=Asia/Ho_Chi_Minh date +%F)" 2>"$out/tasks-generator.txt"
    log "$TASKS tasks written in $(($(date +%s) - t0)) s"
    touch "$dir/generated"
else
    log "reusing the organisations and tasks of the previous run"
fi

# A coordinator of the largest province (Hồ Chí Minh, code 79): its scope is that province's subtree.
province=$(curl -fsS -H "Authorization: Bearer $ADMIN" "$base/api/v1/organizations?type=PROVINCIAL_PEOPLES_COMMITTEE&q=Ho%20Chi%20Minh" \
    | grep -o '"id":"[0-9a-f-]*"' | head -n 1 | cut -d'"' -f4)
department=$(curl -fsS -H "Authorization: Bearer $ADMIN" "$base/api/v1/organizations?parentId=$province&type=DEPARTMENT&pageSize=1" \
    | grep -o '"id":"[0-9a-f-]*"' | head -n 1 | cut -d'"' -f4)
curl -sS -o /dev/null -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench.coordinator\",\"fullName\":\"Điều phối\",\"roles\":[\"COORDINATOR\"],\"organizationId\":\"$department\",\"password\":\"Bench-Password-2026\"}" \
    "$base/api/v1/users"
COORDINATOR=$(token bench.coordinator Bench-Password-2026)

# Request mixes: several periods and units, so that runs do not read one cached answer.
leads=$(curl -fsS -H "Authorization: Bearer $ADMIN" "$base/api/v1/organizations?parentId=$province&pageSize=40" \
    | grep -o '"id":"[0-9a-f-]*"' | cut -d'"' -f4)
{
    echo "/api/v1/tasks/summary"
    for y in 2024 2025 2026 2027; do echo "/api/v1/tasks/summary?dueFrom=$y-01-01&dueTo=$y-12-31"; done
    echo "/api/v1/tasks/summary?assigningOrganizationId=$province"
    echo "/api/v1/tasks/summary?sort=-overdue&pageSize=50"
    echo "/api/v1/tasks/summary?sort=onTimeRate&pageSize=50&dueFrom=2026-01-01&dueTo=2026-12-31"
} >"$out/summary.paths"
{
    echo "/api/v1/tasks?overdue=true&pageSize=50"
    for id in $leads; do echo "/api/v1/tasks?overdue=true&leadOrganizationId=$id&pageSize=50"; done
} >"$out/overdue.paths"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
source "$repo/bench/lib/cpu.sh"
DBPID=$(pgrep -f -- "mariadbd.*$dir/" | head -n 1)
results="$out/results.md"
{
    echo "| caller | endpoint | connections | req/s | p50 | p99 | CPU ms per request: service + database | errors |"
    echo "|---|---|---|---|---|---|---|---|"
} >"$results"
for who in COORDINATOR ADMIN; do
    export BENCH_TOKEN=${!who}
    for name in summary overdue; do
        wrk -t"$THREADS" -c16 -d"$WARMUP" -s "$bench/paths.lua" "$base" -- "$out/$name.paths" >/dev/null
        for c in $CONNECTIONS; do
            file="$out/wrk-$who-$name-c$c.txt"
            java0=$(cpu_s "$PID"); db0=$(cpu_s "$DBPID")
            wrk -t"$THREADS" -c"$c" -d"$DURATION" --timeout 10s --latency -s "$bench/paths.lua" "$base" \
                -- "$out/$name.paths" >"$file"
            java1=$(cpu_s "$PID"); db1=$(cpu_s "$DBPID")
            requests=$(grep -o '[0-9]* requests in' "$file" | cut -d' ' -f1)
            cpu=$(awk "BEGIN{printf \"%.2f + %.2f\", ($java1-$java0)*1000/$requests, ($db1-$db0)*1000/$requests}")
            rps=$(awk '/Requests\/sec/ {print $2}' "$file")
            p50=$(awk '/^ +50%/ {print $2}' "$file")
            p99=$(awk '/^ +99%/ {print $2}' "$file")
            errors=$(awk '/Non-2xx|Socket errors/ {print}' "$file" | tr '\n' ' ')
            echo "| $who | $name | $c | $rps | $p50 | $p99 | $cpu | ${errors:-none} |" >>"$results"
            log "$who $name c$c: $rps req/s, p50 $p50, p99 $p99, CPU $cpu ms ${errors}"
        done
    done
done
echo
cat "$results"
echo
echo "- tasks: $TASKS; organisations: $(grep -c . "$out/csv"/organizations-*.csv | awk -F: '{s+=$2-1} END {print s}')"
echo "- machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc $(nproc); load before the first wrk: $load_before; after the last: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- commit: $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown) (jar: $JAR)"
