#!/usr/bin/env bash
# National-scale data (issue 23) in one embedded database, for the benchmarks to run on: the whole country's tree
# (34 provinces, 3,321 communes and wards, 21,637 units, imported through the API), then at database level (the API
# would take hours): NATIONAL_OFFICIALS officials [100,000] (bench/national/GenerateOfficials.java), NATIONAL_TASKS
# tasks [200,000] (bench/tasks/GenerateTasks.java), 100,000 models (bench/mobilization/generate-models.sql) and
# NATIONAL_RECEPTIONS receptions [1,000,000] with their citizens (bench/reception/GenerateReceptions.java, province by
# province: a share proportional to the province's communes, doubled for the two largest cities, so a few provinces
# and their communes are busy). Each generator is deterministic and skips what an earlier run wrote, so a run that
# stopped can be started again. Leaves the service stopped and the data in NATIONAL_DIR [data/bench-national]; point
# a benchmark at it with BENCH_DIR=$NATIONAL_DIR (it starts the service on that folder's embedded database).
# Settings: NATIONAL_DIR, NATIONAL_PORT [18301], BENCH_JAR [target/quarkus-app/quarkus-run.jar], BENCH_BUFFER_POOL [4G],
# NATIONAL_OFFICIALS, NATIONAL_TASKS, NATIONAL_RECEPTIONS. Heavy: run it alone.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DIR=${NATIONAL_DIR:-$repo/data/bench-national}
PORT=${NATIONAL_PORT:-18301}
MGMT_PORT=$((PORT + 1000))
JAR=${BENCH_JAR:-$repo/target/quarkus-app/quarkus-run.jar}
BUFFER_POOL=${BENCH_BUFFER_POOL:-4G}
OFFICIALS=${NATIONAL_OFFICIALS:-100000}
TASKS=${NATIONAL_TASKS:-200000}
RECEPTIONS=${NATIONAL_RECEPTIONS:-1000000}
base="http://127.0.0.1:$PORT"
log() { printf '[national %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for tool in java curl awk; do command -v "$tool" >/dev/null || die "$tool not found"; done
[[ -f "$JAR" ]] || (cd "$repo" && mvn -q package -DskipTests)
JAR=$(cd "$(dirname "$JAR")" && pwd -P)/$(basename "$JAR")
connector=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | tail -n 1)
mkdir -p "$DIR/instance" "$DIR/csv"
dir=$(cd "$DIR/instance" && pwd -P)

(cd "$dir" && exec java -Ddanvan.embedded.buffer-pool-size="$BUFFER_POOL" ${JAVA_OPTS:-} -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.http.port="$PORT" -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="$MGMT_PORT" \
    -jar "$JAR") >>"$dir/service.log" 2>&1 &
PID=$!
trap 'kill -TERM $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$MGMT_PORT/q/health/ready"; do
    kill -0 "$PID" 2>/dev/null || die "the service exited; see $dir/service.log"
    sleep 0.5
done
db_port=$(pgrep -af mariadbd | grep -- "$dir/" | grep -o -- '--port=[0-9]*' | head -n 1 | cut -d= -f2)
[[ -n "$db_port" ]] || die "cannot find the embedded MariaDB's port"
jdbc="jdbc:mysql://127.0.0.1:$db_port/danvan"
sql() { "$dir/data/mariadb/base/bin/mariadb" -h127.0.0.1 -P"$db_port" -uroot -N -B -e "$1" danvan; }
log "service ready; database on port $db_port"

# --- the tree, through the API -----------------------------------------------------------------------------------
TOKEN=$(curl -fsS -X POST "$base/api/v1/auth/token" --data-urlencode grant_type=password --data-urlencode username=admin \
    --data-urlencode 'password=DanVan@2026' | grep -o '"access_token":"[^"]*"' | cut -d'"' -f4)
if [[ "$(sql "select count(*) from organization where official_code = '01' and deleted_at is null")" == 0 ]]; then
    java "$repo/bench/GenerateOrganizations.java" "$DIR/csv" --national >"$DIR/csv/generator.txt"
    for f in "$DIR"/csv/organizations-*.csv; do
        code=$(curl -s -o "$DIR/csv/import-response.json" -w '%{http_code}' --max-time 300 -X POST \
            -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' --data-binary "@$f" "$base/api/v1/organizations/imports")
        [[ "$code" == 200 ]] || die "import of $f answered $code: $(head -c 2000 "$DIR/csv/import-response.json")"
        log "imported $(basename "$f")"
    done
else
    log "kept the tree of an earlier run"
fi

# --- officials, tasks, models, receptions, at database level -----------------------------------------------------
java -cp "$connector" "$repo/bench/national/GenerateOfficials.java" "$jdbc" root "$OFFICIALS" admin
if [[ "$(sql "select count(*) from task where demo = false")" -lt "$TASKS" ]]; then
    java -cp "$connector" "$repo/bench/tasks/GenerateTasks.java" "$jdbc" root "$TASKS"
else
    log "kept the tasks of an earlier run"
fi
if [[ "$(sql "select count(*) from mobilization_model where demo = false")" -lt 100000 ]]; then
    "$dir/data/mariadb/base/bin/mariadb" -h127.0.0.1 -P"$db_port" -uroot danvan <"$repo/bench/mobilization/generate-models.sql"
else
    log "kept the models of an earlier run"
fi
key_file="$dir/data/keys/personal-data.key"
[[ -f "$key_file" ]] || die "no personal-data key at $key_file"
# Each province's share: its communes, the two largest cities twice over.
sql "select p.official_code, count(c.id) * (case when p.official_code in ('01', '79') then 2 else 1 end)
     from organization p join organization c on c.parent_id = p.id
     where p.parent_id is null and p.official_code regexp '^[0-9]{2}$' and length(c.official_code) = 5
     group by p.official_code order by p.official_code" >"$DIR/csv/reception-shares.tsv"
total=$(awk '{s += $2} END {print s}' "$DIR/csv/reception-shares.tsv")
while read -r province share; do
    count=$((RECEPTIONS * share / total))
    java -cp "$connector" "$repo/bench/reception/GenerateReceptions.java" "$jdbc" "$key_file" "$province" "$count" \
        "$((20260701 + 1000 * 10#$province))" \
        | sed "s/^/province $province: /"
done <"$DIR/csv/reception-shares.tsv"

{
    echo "- national data in $DIR ($(date -u '+%Y-%m-%d %H:%M UTC'), worktree at $(git -C "$repo" rev-parse --short HEAD))"
    echo "- organisations: $(sql "select count(*) from organization where deleted_at is null"), of them communes and wards: $(sql "select count(*) from organization where type in ('COMMUNE_PEOPLES_COMMITTEE', 'WARD_PEOPLES_COMMITTEE') and deleted_at is null")"
    echo "- officials: $(sql "select count(*) from user_account where deleted_at is null")"
    echo "- tasks: $(sql "select count(*) from task")"
    echo "- models: $(sql "select count(*) from mobilization_model")"
    echo "- receptions: $(sql "select count(*) from reception"), citizens: $(sql "select count(*) from reception_citizen"); the busiest commune: $(sql "select count(*) from reception group by organization_id order by 1 desc limit 1")"
} | tee "$DIR/national.md"
