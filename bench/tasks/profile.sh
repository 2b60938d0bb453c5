#!/usr/bin/env bash
# Where the task monitoring endpoints spend their time, on the database that run.sh left (run run.sh first): CPU per
# request of the service and of the database under wrk (a measure that other work on a shared machine inflates less
# than latencies), and a JFR sampling summarised by top frames. Run under the bench lock:
#   flock /tmp/danvan-bench.lock bash bench/tasks/profile.sh [summary|overdue] [COORDINATOR|ADMIN]
# Settings as run.sh (BENCH_DIR, BENCH_PORT, BENCH_JAR); PROFILE_WRK wrk duration [20s], PROFILE_WARMUP [20s];
# PROFILE_JFR=0 skips the JFR run.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_DIR=${BENCH_DIR:-$repo/bench/work}
PORT=${BENCH_PORT:-18091}
JAR=${BENCH_JAR:-$repo/target/quarkus-app/quarkus-run.jar}
name=${1:-overdue}; who=${2:-COORDINATOR}
base="http://127.0.0.1:$PORT"
# Health and metrics are served on the management interface, a port of their own.
MGMT_PORT=$((PORT + 1000))
mgmt="http://127.0.0.1:$MGMT_PORT"
dir=$(cd "$BENCH_DIR/tasks-instance" && pwd -P)
last=$(ls -d "$BENCH_DIR"/tasks-2* | tail -n 1)
[[ -f "$last/$name.paths" ]] || { echo "no $name.paths in $last: run bench/tasks/run.sh first" >&2; exit 1; }
out="$BENCH_DIR/profile-tasks-$(date +%Y%m%d-%H%M%S)"; mkdir -p "$out"
echo "load before: $(cat /proc/loadavg)" | tee "$out/summary.txt"
(cd "$dir" && exec java -Ddanvan.embedded.buffer-pool-size=1G -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="$MGMT_PORT" \
    -Ddanvan.reminders.enabled=false ${JAVA_OPTS:-} -jar "$JAR") >>"$dir/service.log" 2>&1 &
PID=$!
trap 'kill -TERM $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
until curl -fs -o /dev/null --max-time 2 "$mgmt/q/health/ready"; do kill -0 "$PID" 2>/dev/null || exit 1; sleep 0.2; done
token() { curl -fsS -X POST "$base/api/v1/auth/token" --data-urlencode grant_type=password --data-urlencode "username=$1" \
    --data-urlencode "password=$2" | grep -o '"access_token":"[^"]*"' | cut -d'"' -f4; }
if [[ "$who" == ADMIN ]]; then BENCH_TOKEN=$(token admin 'DanVan@2026'); else BENCH_TOKEN=$(token bench.coordinator Bench-Password-2026); fi
export BENCH_TOKEN
source "$repo/bench/lib/cpu.sh"
DBPID=$(pgrep -f -- "mariadbd.*$dir/" | head -n 1)
profile_under_load "$who $name" "$last/$name.paths" "$out"
