#!/usr/bin/env bash
# wrk on the showcase list and on the statistics of one province, against a running service whose database
# holds the organisations of bench/run.sh and the models of generate-models.sql. Run on demand:
#
#   BASE=http://127.0.0.1:18080 ADMIN_PASSWORD=DanVan@2026 bench/mobilization/run.sh
#
# SERVICE_PID and DB_PID (optional): the service's JVM and its mariadbd, to split the CPU used during each
# measurement into service / database / everything else (other processes on a shared machine).
# The showcase limit must be lifted for the run (one source address sends everything):
# start the service with -Ddanvan.mobilization.showcase-requests-per-source=100000000.
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:18080}
ADMIN=${ADMIN:-admin}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-DanVan@2026}
DURATION=${DURATION:-25s}
CONNECTIONS=${CONNECTIONS:-16}
clk=$(getconf CLK_TCK)
cpu_busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
proc_ticks() { [[ -n "${1:-}" ]] && awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
cores() { awk -v t="$1" -v clk="$clk" -v s="$2" 'BEGIN {printf "%.2f", t / clk / s}'; }

token() {
    curl -sf -X POST "$BASE/api/v1/auth/token" -H 'Content-Type: application/x-www-form-urlencoded' \
        --data-urlencode grant_type=password --data-urlencode "username=$1" --data-urlencode "password=$2" \
        --data-urlencode client_id=bench | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
admin=$(token "$ADMIN" "$ADMIN_PASSWORD")
# The largest province of the benchmark tree (Hồ Chí Minh, code 79) and a coordinator there: its scope is the province.
province=$(curl -sf "$BASE/api/v1/organizations?q=${PROVINCE_CODE:-79}&type=PROVINCIAL_PEOPLES_COMMITTEE" \
    -H "Authorization: Bearer $admin" | grep -o '"id":"[0-9a-f-]*"' | head -n 1 | cut -d'"' -f4)
user="bench.coordinator.$RANDOM"
curl -sf -X POST "$BASE/api/v1/users" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$user\",\"fullName\":\"Điều phối benchmark\",\"roles\":[\"COORDINATOR\"],\"organizationId\":\"$province\",\"password\":\"Bench-Password-2026\"}" >/dev/null
coordinator=$(token "$user" "Bench-Password-2026")

for endpoint in "/api/v1/public/mobilization-models|" "/api/v1/mobilization-models/statistics|$coordinator" \
                "/api/v1/mobilization-models/statistics?year=2027|$coordinator"; do
    path=${endpoint%%|*}; bearer=${endpoint#*|}
    header=(); [[ -n "$bearer" ]] && header=(-H "Authorization: Bearer $bearer")
    { curl -sf "${header[@]}" "$BASE$path" || true; } | head -c 300 || true; echo
    wrk -t2 -c"$CONNECTIONS" -d10s "${header[@]}" "$BASE$path" >/dev/null
    echo "### $path ($CONNECTIONS connections, $DURATION; load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
    busy0=$(cpu_busy); svc0=$(proc_ticks "${SERVICE_PID:-}"); db0=$(proc_ticks "${DB_PID:-}"); t0=$SECONDS
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "${header[@]}" "$BASE$path"
    secs=$((SECONDS - t0)); busy=$(($(cpu_busy) - busy0))
    svc=$(($(proc_ticks "${SERVICE_PID:-}") - svc0)); db=$(($(proc_ticks "${DB_PID:-}") - db0))
    echo "CPU cores during the run: all $(cores "$busy" "$secs"), service $(cores "$svc" "$secs"), database $(cores "$db" "$secs")"
done
