#!/usr/bin/env bash
# Three-node MariaDB Galera trial (issue 23): builds a cluster of three nodes on loopback from Debian's packages
# (mariadb-server, galera-4, mariadb-backup, socat: installed by apt-get when missing, as root), runs two instances
# of the service, instance A on node 1 and instance B on node 2, and tries what several instances on a cluster must
# survive:
#   1. a token issued by A is accepted by B (shared keys, one account table);
#   2. an If-Match race: 16 edits of one directive with the same ETag, half through each instance: one 200, fifteen 412;
#   3. idempotent creates: 8 Idempotency-Keys x 8 requests, half through each instance: one record per key, every
#      answer 201 (or 409 while the first is in flight), the same record for every 201 of a key;
#   4. real certification conflicts: 64 creates of different directives at once, half through each node. Every
#      write takes the next change number from one counter row (change_sequence), so concurrent writes on two nodes
#      conflict ("Deadlock found when trying to get lock"); the service retries them (ConflictRetryInterceptor):
#      the node counters wsrep_local_cert_failures and wsrep_local_bf_aborts show the conflicts that happened, the
#      answers how many the retries absorbed (201) and how many were left (503); every 201 must name a stored record;
#   5. the cluster's view: every node holds the same number of directives;
#   6. one writer: both instances restarted on Connector/J's fail-over URL (node 1, then 2, then 3) and the 64
#      creates again: no conflicts between nodes;
#   7. node 1 stops: creates through both instances right after and 6 s later (they move to node 2);
#   8. the remaining nodes agree.
# Results go to $GALERA_DIR/results-<time>/results.md; read bench/results/galera.md for the recorded runs.
# Settings: GALERA_DIR [data/galera], GALERA_PORT_BASE [33300] (MySQL 33301-3, Galera 33311-3, IST 33321-3,
# SST 33331-3), BENCH_JAR [target/quarkus-app/quarkus-run.jar], GALERA_KEEP=1 leaves the cluster running at the end.
# Heavy (three database servers and two JVMs on this machine): run it alone, e.g. under the build lock.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DIR=${GALERA_DIR:-$repo/data/galera}
BASE_PORT=${GALERA_PORT_BASE:-33300}
JAR=${BENCH_JAR:-$repo/target/quarkus-app/quarkus-run.jar}
log() { printf '[galera %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# --- packages -----------------------------------------------------------------------------------------------------
if ! command -v mariadbd >/dev/null || [[ ! -f /usr/lib/galera/libgalera_smm.so ]] || ! command -v mariabackup >/dev/null \
        || ! command -v socat >/dev/null; then
    [[ $(id -u) == 0 ]] || die "install mariadb-server galera-4 mariadb-backup socat (apt-get, as root) first"
    log "installing mariadb-server galera-4 mariadb-backup socat"
    # The packages would start a MariaDB of their own on port 3306: keep services from starting while installing.
    guard=""
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && guard=yes
    fi
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server galera-4 mariadb-backup socat
    [[ -z "$guard" ]] || rm -f /usr/sbin/policy-rc.d
fi
for tool in java curl openssl python3; do command -v "$tool" >/dev/null || die "$tool not found"; done
[[ -f "$JAR" ]] || (cd "$repo" && mvn -q package -DskipTests)

# --- the cluster --------------------------------------------------------------------------------------------------
mysql_port() { echo $((BASE_PORT + $1)); }
gcomm_port() { echo $((BASE_PORT + 10 + $1)); }
cluster="gcomm://127.0.0.1:$(gcomm_port 1),127.0.0.1:$(gcomm_port 2),127.0.0.1:$(gcomm_port 3)"
pids=()
cleanup() {
    [[ "${GALERA_KEEP:-0}" == 1 ]] && { log "left running: ${pids[*]}"; return; }
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
# A joiner's SST listener (socat, under a 300 s timeout) can outlive a run that stopped early and hold its port.
for n in 1 2 3; do pkill -f "socat -u TCP-LISTEN:$((BASE_PORT + 30 + n))," 2>/dev/null || true; done
rm -rf "$DIR/node1" "$DIR/node2" "$DIR/node3" "$DIR/instance-a" "$DIR/instance-b"
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd -P)
out="$DIR/results-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"

node_config() { # node_config N: the node's option file
    local n=$1 d="$DIR/node$1"
    cat >"$d/my.cnf" <<EOF
[mariadbd]
datadir=$d/data
port=$(mysql_port "$n")
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
log-error=$d/error.log
bind-address=127.0.0.1
user=root
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_520_ci
innodb_buffer_pool_size=256M
innodb_autoinc_lock_mode=2
binlog_format=ROW
log_bin=$d/binlog
# Creating triggers without SUPER on a server with binary logging (docs/operations.md).
log_bin_trust_function_creators=1
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=danvan
wsrep_node_name=node$n
wsrep_cluster_address=$cluster
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$((BASE_PORT + 20 + n))"
wsrep_sst_receive_address=127.0.0.1:$((BASE_PORT + 30 + n))
# rsync drops to nobody and cannot write the datadir as root; mariabackup can (../shared/STACK-NOTES.md).
wsrep_sst_method=mariabackup
wsrep_sst_auth=root:
EOF
}
sql_on() { mariadb -S "$DIR/node$1/mysqld.sock" -uroot -N -B -e "$2"; }
wait_synced() { # wait_synced N SIZE PID
    local i
    for i in $(seq 1 240); do
        kill -0 "$3" 2>/dev/null || die "node $1 stopped; see $DIR/node$1/error.log"
        if [[ "$(sql_on "$1" "show status like 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" == Synced ]] \
                && [[ "$(sql_on "$1" "show status like 'wsrep_cluster_size'" | cut -f2)" -ge "$2" ]]; then
            return 0
        fi
        sleep 0.5
    done
    die "node $1 did not join; see $DIR/node$1/error.log"
}
for n in 1 2 3; do
    mkdir -p "$DIR/node$n/data"
    node_config "$n"
    mariadb-install-db --no-defaults --datadir="$DIR/node$n/data" --auth-root-authentication-method=normal \
        --user=root >"$DIR/node$n/install.log" 2>&1
    args=(--defaults-file="$DIR/node$n/my.cnf")
    [[ $n == 1 ]] && args+=(--wsrep-new-cluster)
    mariadbd "${args[@]}" >>"$DIR/node$n/console.log" 2>&1 &
    pids+=($!)
    wait_synced "$n" "$n" "$!"
    log "node $n synced (cluster size $(sql_on "$n" "show status like 'wsrep_cluster_size'" | cut -f2))"
done
# A user without SUPER, as production has.
sql_on 1 "CREATE DATABASE danvan CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
          CREATE USER 'danvan'@'127.0.0.1' IDENTIFIED BY 'danvan-galera';
          GRANT ALL PRIVILEGES ON danvan.* TO 'danvan'@'127.0.0.1';"

# --- two instances, shared keys -----------------------------------------------------------------------------------
keys="$DIR/keys"
mkdir -p "$keys"
[[ -f "$keys/private.pem" ]] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/private.pem" 2>/dev/null
openssl pkey -in "$keys/private.pem" -pubout -out "$keys/public.pem"
[[ -f "$keys/personal-data.key" ]] || openssl rand -base64 32 >"$keys/personal-data.key"
node_url() { echo "jdbc:mysql://127.0.0.1:$(mysql_port "$1")/danvan"; }
# Connector/J's fail-over URL: every connection goes to the first node that answers, in this order. Every Galera node
# takes writes, so the connections that failed over must not be made read-only (the driver's default).
one_writer_url="jdbc:mysql://127.0.0.1:$(mysql_port 1),127.0.0.1:$(mysql_port 2),127.0.0.1:$(mysql_port 3)/danvan?failOverReadOnly=false"
start_instance() { # start_instance NAME JDBC_URL PORT DEMO: starts it, echoes its PID
    local name=$1 url=$2 port=$3 demo=$4 d="$DIR/instance-$1"
    mkdir -p "$d/files"
    (cd "$d" && exec env \
        QUARKUS_DATASOURCE_JDBC_URL="$url" \
        QUARKUS_DATASOURCE_USERNAME=danvan QUARKUS_DATASOURCE_PASSWORD=danvan-galera \
        QUARKUS_HIBERNATE_ORM_DATABASE_VERSION_CHECK_ENABLED=false \
        DANVAN_SECURITY_PRIVATE_KEY_LOCATION="$keys/private.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$keys/public.pem" \
        DANVAN_PERSONAL_DATA_KEY_FILE="$keys/personal-data.key" DANVAN_FILES_DIR="$d/files" \
        DANVAN_DEMO_ENABLED="$demo" DANVAN_SECURITY_BOOTSTRAP_ADMIN_PASSWORD='DanVan@2026' \
        QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
        QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=$((port + 1000)) \
        java -Xmx512m '-Dquarkus.log.category."vn.danvan.platform.cluster".level=DEBUG' -jar "$JAR") >>"$d/service.log" 2>&1 &
    echo $!
}
wait_ready() { # wait_ready PID PORT NAME
    until curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$(($2 + 1000))/q/health/ready"; do
        kill -0 "$1" 2>/dev/null || die "instance $3 exited; see $DIR/instance-$3/service.log"
        sleep 0.5
    done
}
A=http://127.0.0.1:18201
B=http://127.0.0.1:18202
# A alone migrates and loads the demo first, as the Kubernetes migration job does (Flyway's GET_LOCK does not
# exclude across nodes); then B starts on the migrated schema.
pid_a=$(start_instance a "$(node_url 1)" 18201 true); pids+=("$pid_a")
wait_ready "$pid_a" 18201 a
log "instance A ready on node 1"
pid_b=$(start_instance b "$(node_url 2)" 18202 false); pids+=("$pid_b")
wait_ready "$pid_b" 18202 b
log "instance B ready on node 2"

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
token() { # token BASE USER
    curl -fsS -X POST "$1/api/v1/auth/token" --data-urlencode grant_type=password --data-urlencode "username=$2" \
        --data-urlencode 'password=DanVan@2026' | json 'd["access_token"]'
}
{
    echo "- run: $(date -u '+%Y-%m-%d %H:%M UTC'); jar $JAR; worktree at $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD || echo '+changes')"
    echo "- cluster: MariaDB $(sql_on 1 'select version()'), Galera $(sql_on 1 "show status like 'wsrep_provider_version'" | cut -f2), size $(sql_on 1 "show status like 'wsrep_cluster_size'" | cut -f2); instance A on node 1, B on node 2"
} >"$out/results.md"

# 1. A token issued by A, used on B.
TOKEN=$(token "$A" dieuphoi.snv)
me=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$B/api/v1/users/me")
issuer=$(echo "$me" | json 'd["organizationId"]')
echo "- 1. token from A accepted by B: yes (GET /users/me on B answered the coordinator of $issuer)" >>"$out/results.md"

today=$(TZ=Asia/Ho_Chi_Minh date +%F)
create_body() { # create_body ID NUMBER
    printf '{"id":"%s","type":"OFFICIAL_LETTER","issuerOrganizationId":"%s","numberSymbol":"%s","issueDate":"%s","subject":"Thử cụm Galera %s"}' \
        "$1" "$issuer" "$2" "$today" "$2"
}
post() { # post BASE KEY BODY: prints the status and the record's id
    local answer code id
    answer=$(curl -s -w '\n%{http_code}' -X POST "$1/api/v1/directives" -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' -H "Idempotency-Key: $2" -d "$3")
    code=${answer##*$'\n'}
    id=$(printf '%s' "${answer%$'\n'*}" | json 'd.get("id","-")' 2>/dev/null || echo -)
    echo "$code $id"
}
export -f post json create_body
export TOKEN issuer today

# 2. The If-Match race.
target=$(curl -fsS -X POST "$A/api/v1/directives" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "$(create_body "$(cat /proc/sys/kernel/random/uuid)" "RACE-$(date +%s)/UBND")" | json 'd["id"]')
sleep 1 # Galera applies asynchronously on the other nodes; B reads node 2
etag=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $TOKEN" "$B/api/v1/directives/$target" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
race() { # race BASE I
    curl -s -o /dev/null -w '%{http_code}\n' -X PUT "$1/api/v1/directives/$TARGET" -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' -H "If-Match: $ETAG" \
        -d "{\"type\":\"OFFICIAL_LETTER\",\"issuerOrganizationId\":\"$issuer\",\"numberSymbol\":\"RACE-$2/UBND\",\"issueDate\":\"$today\",\"subject\":\"Sửa lần $2\"}"
}
export -f race
export TARGET=$target ETAG=$etag A B
race_codes=$(for i in $(seq 1 16); do if ((i % 2)); then echo "$A $i"; else echo "$B $i"; fi; done \
    | xargs -P 16 -L 1 bash -c 'race "$0" "$1"' | sort | uniq -c | awk '{printf "%s x %s, ", $2, $1}')
echo "- 2. If-Match race, 16 edits with one ETag through A and B at once: ${race_codes%, }" >>"$out/results.md"

# 3. Idempotent creates: 8 keys x 8 requests.
stamp=$(date +%s)
for k in $(seq 1 8); do
    id=$(cat /proc/sys/kernel/random/uuid)
    for r in $(seq 1 8); do
        if ((r % 2)); then base=$A; else base=$B; fi
        echo "$base idem-$stamp-$k $id IDEM-$stamp-$k/UBND"
    done
done >"$out/idempotent.args"
xargs -P 64 -L 1 bash -c 'echo "$1 $(post "$0" "$1" "$(create_body "$2" "$3")")"' <"$out/idempotent.args" >"$out/idempotent.answers"
idem_codes=$(awk '{print $2}' "$out/idempotent.answers" | sort | uniq -c | awk '{printf "%s x %s, ", $2, $1}')
idem_distinct=$(awk '$2==201 {print $1, $3}' "$out/idempotent.answers" | sort -u | wc -l)
sleep 1
idem_rows=$(sql_on 3 "select count(*) from danvan.directive where number_symbol like 'IDEM-$stamp-%'")
echo "- 3. idempotent creates, 8 keys x 8 through A and B at once: ${idem_codes%, }; distinct (key, record) among the 201s: $idem_distinct; rows on node 3: $idem_rows (expected 8)" >>"$out/results.md"

# 4. Certification conflicts: 64 different creates at once, half through each instance.
counter() { # counter NAME: the sum of a wsrep status counter over the three nodes
    for n in 1 2 3; do sql_on "$n" "show status like '$1'" 2>/dev/null | cut -f2; done | awk '{s+=$1} END {print s+0}'
}
creates() { # creates LABEL COUNT: COUNT different creates at once through A and B; appends a line to the results
    local label=$1 count=$2 tag cert0 bf0 elapsed start_ns codes rows lost retried0 retried
    tag="$label-$(date +%s)"
    cert0=$(counter wsrep_local_cert_failures); bf0=$(counter wsrep_local_bf_aborts)
    retried0=$(cat "$DIR"/instance-?/service.log | grep -c 'Certification conflict or deadlock' || true)
    for i in $(seq 1 "$count"); do
        if ((i % 2)); then base=$A; else base=$B; fi
        echo "$base $tag-$i $(cat /proc/sys/kernel/random/uuid) ${tag^^}-$i/UBND"
    done >"$out/$label.args"
    start_ns=$(date +%s%N)
    xargs -P "$count" -L 1 bash -c 'echo "$1 $(post "$0" "$1" "$(create_body "$2" "$3")")"' <"$out/$label.args" >"$out/$label.answers"
    elapsed=$((($(date +%s%N) - start_ns) / 1000000))
    codes=$(awk '{print $2}' "$out/$label.answers" | sort | uniq -c | awk '{printf "%s x %s, ", $2, $1}')
    sleep 1
    rows=$(sql_on 3 "select count(*) from danvan.directive where number_symbol like '${tag^^}-%'")
    # Every 201 must name a record that exists (a partial commit answered 201 once: bench/results/galera.md).
    lost=0
    for id in $(awk '$2 == 201 {print $3}' "$out/$label.answers"); do
        [[ "$(sql_on 3 "select count(*) from danvan.directive where id = unhex('${id//-/}')")" == 1 ]] || lost=$((lost + 1))
    done
    retried=$(( $(cat "$DIR"/instance-?/service.log | grep -c 'Certification conflict or deadlock' || true) - retried0 ))
    # The share of time the cluster stood still waiting for its slowest node to apply (flow control), since the last read.
    fc=$(for n in 1 2 3; do sql_on "$n" "show status like 'wsrep_flow_control_paused'" 2>/dev/null | cut -f2; done | paste -sd/)
    echo "- $label: $count different creates at once, half through each instance, in $elapsed ms: ${codes%, }; rows on node 3: $rows; answered 201 without their record: $lost; certification failures $(( $(counter wsrep_local_cert_failures) - cert0 )), brute-force aborts $(( $(counter wsrep_local_bf_aborts) - bf0 )); retries by the instances: $retried; flow control paused (nodes 1/2/3): $fc" >>"$out/results.md"
}
creates split 64

# 5. The nodes agree.
counts=$(for n in 1 2 3; do echo "node $n: $(sql_on "$n" 'select count(*) from danvan.directive')"; done | paste -sd, | sed 's/,/, /g')
echo "- 5. directives per node: $counts" >>"$out/results.md"

# 6. One writer: both instances on the fail-over URL (node 1, then 2, then 3), the recommended setup.
for pid in "$pid_a" "$pid_b"; do kill -TERM "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; done
pid_a=$(start_instance a "$one_writer_url" 18201 false); pids+=("$pid_a")
pid_b=$(start_instance b "$one_writer_url" 18202 false); pids+=("$pid_b")
wait_ready "$pid_a" 18201 a; wait_ready "$pid_b" 18202 b
log "both instances on the fail-over URL"
TOKEN=$(token "$A" dieuphoi.snv); export TOKEN
creates one-writer-cold 64 # the instances' first writes since their start
creates one-writer 64

# 7. Node 1 stops: the instances move to node 2.
kill -TERM "${pids[0]}"; while kill -0 "${pids[0]}" 2>/dev/null; do sleep 0.2; done
log "node 1 stopped"
sleep 2
creates after-node-1-stopped 16
sleep 6 # past the pool's 5 s idle validation: dead connections are dropped before they are handed out
creates node-1-stopped-6s-later 16
counts=$(for n in 2 3; do echo "node $n: $(sql_on "$n" 'select count(*) from danvan.directive')"; done | paste -sd, | sed 's/,/, /g')
echo "- 8. directives per node after node 1 stopped: $counts (cluster size $(sql_on 2 "show status like 'wsrep_cluster_size'" | cut -f2))" >>"$out/results.md"
cat "$out/results.md"
