# Sourced by bench/reception/run.sh and bench/sync/run.sh: starts the service on the reception benchmark's data (a
# province of 100 communes, a coordinator, BENCH_RECORDS receptions generated over JDBC on the first run) and leaves
# repo, base, mgmt, PID, dir, out, db_port, province, communes, ADMIN, COORD and the helpers log, die, token, get and
# cpu_s (bench/lib/cpu.sh) to the script. Settings: see bench/reception/run.sh.
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$repo/bench/reception"
BENCH_DIR=${BENCH_DIR:-$repo/data/bench-reception}
PORT=${BENCH_PORT:-18081}
RECORDS=${BENCH_RECORDS:-1000000}
DURATION=${BENCH_DURATION:-30s}
WARMUP=${BENCH_WARMUP:-180s}
# Sized to hold the working set (the records, their citizens and the access log: about 3 GB here), as a database
# server for a province would be; with 1 GB every list request read about 8 pages from disk.
BUFFER_POOL=${BENCH_BUFFER_POOL:-4G}
JAR=${BENCH_JAR:-$repo/target/quarkus-app/quarkus-run.jar}
PROVINCE_CODE=98
base="http://127.0.0.1:$PORT"
# Health and metrics are served on the management interface, a port of their own.
MGMT_PORT=$((PORT + 1000))
mgmt="http://127.0.0.1:$MGMT_PORT"
log() { printf '[bench %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for tool in java curl wrk awk sort; do command -v "$tool" >/dev/null || die "$tool not found"; done
[[ -f "$JAR" ]] || (cd "$repo" && mvn -q package -DskipTests)
connector=$(ls ~/.m2/repository/com/mysql/mysql-connector-j/*/mysql-connector-j-*.jar | head -n 1)
mkdir -p "$BENCH_DIR/instance"
dir=$(cd "$BENCH_DIR/instance" && pwd -P)
out="$BENCH_DIR/results-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
load_at_start=$(cat /proc/loadavg)

(cd "$dir" && exec java -Ddanvan.embedded.buffer-pool-size="$BUFFER_POOL" ${JAVA_OPTS:-} -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -Dquarkus.management.host=127.0.0.1 -Dquarkus.management.port="$MGMT_PORT" -jar "$JAR") >>"$dir/service.log" 2>&1 &
PID=$!
trap 'kill -TERM $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
until curl -fs -o /dev/null --max-time 2 "$mgmt/q/health/ready"; do
    kill -0 "$PID" 2>/dev/null || die "the service exited; see $dir/service.log"
    sleep 0.2
done
log "service ready"

source "$repo/bench/lib/cpu.sh"
token() { # token USER PASSWORD
    curl -fsS -X POST "$base/api/v1/auth/token" --data-urlencode grant_type=password --data-urlencode "username=$1" \
        --data-urlencode "password=$2" | grep -o '"access_token":"[^"]*"' | cut -d'"' -f4
}
ADMIN=$(token admin 'DanVan@2026')
get() { curl -fsS --max-time 60 -H "Authorization: Bearer $TOKEN" "$base$1"; }

# --- the province: 100 communes, imported through the API ------------------------------------------
TOKEN=$ADMIN
province=$(get "/api/v1/organizations?q=Tinh%20Ben%20Thu&pageSize=5" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4 || true)
if [[ -z "$province" ]]; then
    {
        echo "code,name,type,parentCode,validFrom"
        echo "$PROVINCE_CODE,Ủy ban nhân dân Tỉnh Bến Thử,PROVINCIAL_PEOPLES_COMMITTEE,,2025-07-01"
        for i in $(seq 1 100); do
            printf '%s%03d,Ủy ban nhân dân xã Bến Thử %d,COMMUNE_PEOPLES_COMMITTEE,%s,2025-07-01\n' "$PROVINCE_CODE" "$i" "$i" "$PROVINCE_CODE"
        done
    } >"$out/province.csv"
    curl -fsS -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: text/csv' --data-binary @"$out/province.csv" \
        "$base/api/v1/organizations/imports" >/dev/null
    province=$(get "/api/v1/organizations?q=Tinh%20Ben%20Thu&pageSize=5" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4)
    log "imported the province $province"
fi
communes=$(get "/api/v1/organizations?parentId=$province&pageSize=200" | grep -o '"id":"[^"]*"' | cut -d'"' -f4)

# --- a coordinator of that province (sees personal data in clear: every read is logged) ------------
curl -s -o /dev/null -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench.dieuphoi\",\"fullName\":\"Cán bộ điều phối thử tải\",\"roles\":[\"COORDINATOR\"],\"organizationId\":\"$province\",\"password\":\"Bench-Coordinator-2026\"}" \
    "$base/api/v1/users" || true
COORD=$(token bench.dieuphoi 'Bench-Coordinator-2026')

# --- a million records, loaded over JDBC -------------------------------------------------------------
db_port=$(pgrep -af mariadbd | grep -- "$dir/" | grep -o -- '--port=[0-9]*' | head -n 1 | cut -d= -f2)
[[ -n "$db_port" ]] || die "cannot find the embedded MariaDB's port"
log "generating $RECORDS records (skipped when the province has records from an earlier run)"
java -cp "$connector" "$here/GenerateReceptions.java" "jdbc:mysql://127.0.0.1:$db_port/danvan" \
    "$dir/data/keys/personal-data.key" "$PROVINCE_CODE" "$RECORDS" | tee "$out/generator.txt"
