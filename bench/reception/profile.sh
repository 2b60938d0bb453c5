#!/usr/bin/env bash
# Where the reception endpoints spend their time, on the data that run.sh generated (run run.sh first): single requests
# timed with curl, ANALYZE FORMAT=JSON of the list's SQL for each filter combination the list offers, and a JFR sampling
# of the service under the list's wrk load (top frames). Run under the bench lock:
#   flock /tmp/danvan-bench.lock bash bench/reception/profile.sh
# Settings as run.sh (BENCH_DIR, BENCH_PORT, BENCH_JAR); PROFILE_WRK wrk duration [20s], PROFILE_WARMUP [20s];
# PROFILE_SINGLE=0 skips the single requests and EXPLAIN, PROFILE_JFR=0 the JFR run.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$repo/bench/reception"
BENCH_DIR=${BENCH_DIR:-$repo/data/bench-reception}
PORT=${BENCH_PORT:-18081}
JAR=${BENCH_JAR:-$repo/target/quarkus-app/quarkus-run.jar}
base="http://127.0.0.1:$PORT"
# Health and metrics are served on the management interface, a port of their own.
MGMT_PORT=$((PORT + 1000))
mgmt="http://127.0.0.1:$MGMT_PORT"
dir=$(cd "$BENCH_DIR/instance" && pwd -P)
out="$BENCH_DIR/profile-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
connector=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | head -n 1)
echo "load before: $(cat /proc/loadavg)" | tee "$out/summary.txt"
(cd "$dir" && exec java -Ddanvan.embedded.buffer-pool-size=1G ${JAVA_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="$MGMT_PORT" -jar "$JAR") >>"$dir/service.log" 2>&1 &
PID=$!
trap 'kill -TERM $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
until curl -fs -o /dev/null --max-time 2 "$mgmt/q/health/ready"; do kill -0 "$PID" 2>/dev/null || exit 1; sleep 0.2; done
token() { curl -fsS -X POST "$base/api/v1/auth/token" --data-urlencode grant_type=password --data-urlencode "username=$1" \
    --data-urlencode "password=$2" | grep -o '"access_token":"[^"]*"' | cut -d'"' -f4; }
ADMIN=$(token admin 'DanVan@2026'); COORD=$(token bench.dieuphoi 'Bench-Coordinator-2026')
get() { curl -fsS --max-time 60 -H "Authorization: Bearer $ADMIN" "$base$1"; }
province=$(get "/api/v1/organizations?q=Tinh%20Ben%20Thu&pageSize=5" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4)
communes=$(get "/api/v1/organizations?parentId=$province&pageSize=200" | grep -o '"id":"[^"]*"' | cut -d'"' -f4)
c1=$(echo "$communes" | head -n 1); c2=$(echo "$communes" | sed -n 50p)
from=$(date -d "$(date +%Y-%m-%d) -4 months" +%Y-%m-01); to=$(date -d "$from +1 month -1 day" +%Y-%m-%d)
source "$repo/bench/lib/cpu.sh"
time_it() { # NAME PATH: 6 requests, the first one cold
    local t; t=$(for i in 1 2 3 4 5 6; do curl -fsS -o /dev/null -w '%{time_total} ' -H "Authorization: Bearer $COORD" "$base$2"; done)
    echo "- $1: $t" | tee -a "$out/summary.txt"
}
if [[ "${PROFILE_SINGLE:-1}" == 1 ]]; then
echo "single requests (s; 6 in a row):" | tee -a "$out/summary.txt"
time_it "commune book-month, kind" "/api/v1/receptions?organizationId=$c1&from=$from&to=$to&kind=COMPLAINT&pageSize=20"
time_it "records concerning a commune-month" "/api/v1/receptions?communeId=$c2&from=$from&to=$to&pageSize=20"
time_it "province, no filter" "/api/v1/receptions?pageSize=20"
time_it "province, month" "/api/v1/receptions?from=$from&to=$to&pageSize=20"
time_it "province, kind+domain" "/api/v1/receptions?kind=DENUNCIATION&domain=RELIGION&pageSize=20"
time_it "province, flag" "/api/v1/receptions?flag=LEVEL_SKIPPING&pageSize=20"
time_it "province, handling+month" "/api/v1/receptions?handling=TRANSFERRED&from=$from&to=$to&pageSize=20"
time_it "commune, q" "/api/v1/receptions?organizationId=$c1&q=nguyen%20van%20an&pageSize=20"
time_it "page size 200" "/api/v1/receptions?from=$from&to=$to&pageSize=200"
time_it "book export commune-month" "/api/v1/receptions/book?organizationId=$c1&from=$from&to=$to"
time_it "hot spots of the province" "/api/v1/hotspots?organizationId=$province"

# The SQL of the list as Hibernate sends it, for each filter combination (units as the scope list binds them).
hex() { echo "X'${1//-/}'"; }
units=$(for u in $province $communes; do printf '%s,' "$(hex "$u")"; done); units=${units%,}
cols="r.id, r.received_on"
{
  echo "-- commune book-month + kind"; echo "SELECT $cols FROM reception r WHERE r.deleted_at IS NULL AND r.organization_id IN ($(hex "$c1")) AND r.received_on >= '$from' AND r.received_on <= '$to' AND r.kind = 'COMPLAINT' ORDER BY r.received_on DESC, r.id LIMIT 21"; echo ";"
  echo "-- concerning a commune-month (province scope)"; echo "SELECT $cols FROM reception r WHERE r.deleted_at IS NULL AND r.organization_id IN ($units) AND r.concerned_commune_id = $(hex "$c2") AND r.received_on >= '$from' AND r.received_on <= '$to' ORDER BY r.received_on DESC, r.id LIMIT 21"; echo ";"
  echo "-- province scope, no filter"; echo "SELECT $cols FROM reception r WHERE r.deleted_at IS NULL AND r.organization_id IN ($units) ORDER BY r.received_on DESC, r.id LIMIT 21"; echo ";"
  echo "-- province scope, kind + domain"; echo "SELECT $cols FROM reception r WHERE r.deleted_at IS NULL AND r.organization_id IN ($units) AND r.kind = 'DENUNCIATION' AND r.domain = 'RELIGION' ORDER BY r.received_on DESC, r.id LIMIT 21"; echo ";"
  echo "-- province scope, flag"; echo "SELECT $cols FROM reception r WHERE r.deleted_at IS NULL AND r.organization_id IN ($units) AND r.flag_level_skipping = TRUE ORDER BY r.received_on DESC, r.id LIMIT 21"; echo ";"
  echo "-- one commune's scope (its unit only), no filter"; echo "SELECT $cols FROM reception r WHERE r.deleted_at IS NULL AND r.organization_id IN ($(hex "$c1")) ORDER BY r.received_on DESC, r.id LIMIT 21"; echo ";"
  echo "-- one commune's scope, flag"; echo "SELECT $cols FROM reception r WHERE r.deleted_at IS NULL AND r.organization_id IN ($(hex "$c1")) AND r.flag_level_skipping = TRUE ORDER BY r.received_on DESC, r.id LIMIT 21"; echo ";"
  echo "-- hot spot records (commune, domain, window, flags)"; echo "SELECT $cols FROM reception r WHERE r.deleted_at IS NULL AND r.organization_id IN ($units) AND r.concerned_commune_id = $(hex "$c2") AND r.domain = 'LAND' AND r.received_on >= '$from' AND r.received_on <= '$to' AND (r.flag_mass OR r.flag_repeated OR r.flag_level_skipping OR r.flag_prolonged) ORDER BY r.received_on DESC, r.id LIMIT 21"; echo ";"
  echo "-- hot spots grouped (90 days)"; echo "SELECT r.concerned_commune_id, r.domain, COUNT(*), SUM(r.flag_mass), SUM(r.people_count), MIN(r.received_on), MAX(r.received_on) FROM reception r WHERE r.deleted_at IS NULL AND r.received_on BETWEEN CURDATE() - INTERVAL 89 DAY AND CURDATE() AND r.concerned_commune_id IS NOT NULL AND (r.flag_mass OR r.flag_level_skipping OR r.flag_repeated OR r.flag_prolonged) AND r.organization_id IN ($units) GROUP BY r.concerned_commune_id, r.domain HAVING COUNT(*) >= 3 OR SUM(r.flag_mass) >= 2 ORDER BY COUNT(*) DESC LIMIT 100"; echo ";"
  echo "-- hot spots' samples (newest five per place and subject)"; echo "SELECT id, concerned_commune_id, domain FROM (SELECT id, concerned_commune_id, domain, ROW_NUMBER() OVER (PARTITION BY concerned_commune_id, domain ORDER BY received_on DESC, id) AS n FROM reception WHERE deleted_at IS NULL AND received_on BETWEEN CURDATE() - INTERVAL 89 DAY AND CURDATE() AND concerned_commune_id IS NOT NULL AND (flag_mass OR flag_level_skipping OR flag_repeated OR flag_prolonged) AND organization_id IN ($units)) numbered WHERE n <= 5 ORDER BY n"; echo ";"
} >"$out/list.sql"
db_port=$(pgrep -af mariadbd | grep -- "$dir/" | grep -o -- '--port=[0-9]*' | head -n 1 | cut -d= -f2)
java -cp "$connector" "$here/Explain.java" "jdbc:mysql://127.0.0.1:$db_port/danvan" "$out/list.sql" >"$out/explain.txt"
grep '^===' "$out/explain.txt" | tee -a "$out/summary.txt"

fi

# JFR sampling under the list's load.
today=$(date +%Y-%m-%d); : >"$out/list.paths"
for c in $communes; do for m in 1 4 7 10 13 16 19 22 25 28 31 34; do
    f=$(date -d "$today -$m months" +%Y-%m-01); t=$(date -d "$f +1 month -1 day" +%Y-%m-%d)
    echo "/api/v1/receptions?organizationId=$c&from=$f&to=$t&kind=COMPLAINT&pageSize=20" >>"$out/list.paths"
    echo "/api/v1/receptions?communeId=$c&from=$f&to=$t&pageSize=20" >>"$out/list.paths"
done; done
export BENCH_TOKEN=$COORD
DBPID=$(pgrep -f -- "mariadbd.*$dir/" | head -n 1)
profile_under_load "list" "$out/list.paths" "$out"
