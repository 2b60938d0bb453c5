#!/usr/bin/env bash
# wrk on the showcase list and on the statistics of one province, against a running service whose database
# holds the organisations of bench/run.sh and the models of generate-models.sql. Run on demand:
#
#   BASE=http://127.0.0.1:18080 ADMIN_PASSWORD=DanVan@2026 bench/mobilization/run.sh
#
# The showcase limit must be lifted for the run (one source address sends everything):
# start the service with -Ddanvan.mobilization.showcase-requests-per-source=100000000.
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:18080}
ADMIN=${ADMIN:-admin}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-DanVan@2026}
DURATION=${DURATION:-25s}
CONNECTIONS=${CONNECTIONS:-16}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

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
    curl -sf "${header[@]}" "$BASE$path" | head -c 300; echo
    wrk -t2 -c"$CONNECTIONS" -d10s "${header[@]}" "$BASE$path" >/dev/null
    echo "### $path ($CONNECTIONS connections, $DURATION; load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "${header[@]}" "$BASE$path"
done
