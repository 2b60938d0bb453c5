# Sourced by bench/sync/run.sh and profile.sh after bench/reception/start.sh: a commune official of the benchmark's
# province (personal data in clear, so every record sent is logged), its first download to a delta token, then 100
# changes in its commune made at database level. Leaves OFFICER, commune, records, first_download, before_changes (the
# token that answers the 100 changes) and after_changes (the token that answers nothing), and sql(), hex(), DBPID.
sql() { "$dir/data/mariadb/base/bin/mariadb" -h127.0.0.1 -P"$db_port" -uroot -N -B -e "$1" danvan; }
DBPID=$(pgrep -f -- "mariadbd.*$dir/" | head -n 1)
hex() { echo "$1" | tr -d '-'; }

# --- a commune official (personal data in clear, so every record sent is logged) -------------------------------
commune=$(echo "$communes" | head -n 1)
curl -s -o /dev/null -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench.canboxa\",\"fullName\":\"Cán bộ xã thử tải\",\"roles\":[\"OFFICER\"],\"organizationId\":\"$commune\",\"password\":\"Bench-Officer-2026\"}" \
    "$base/api/v1/users" || true
OFFICER=$(token bench.canboxa 'Bench-Officer-2026')
records=$(sql "select count(*) from reception where organization_id = unhex('$(hex "$commune")') and deleted_at is null")
log "the commune holds $records receptions"

# --- the first download, page by page, to its delta token --------------------------------------------------------
TOKEN=$OFFICER
started=$(date +%s.%N)
page=$(get "/api/v1/receptions/delta?pageSize=500")
pages=1
while next=$(echo "$page" | jq -r '.nextPageToken // empty') && [[ -n "$next" ]]; do
    page=$(get "/api/v1/receptions/delta?pageSize=500&pageToken=$next")
    pages=$((pages + 1))
done
before_changes=$(echo "$page" | jq -r '.deltaToken')
first_download="$records records in $pages pages of 500: $(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $started}") s"
log "first download: $first_download"

# --- 100 changes in the commune ------------------------------------------------------------------------------------
# Made at database level as a write through the service numbers them (the next numbers of the change sequence, taken
# under its row lock): what is measured is the read of the changes, not the edits.
sql "start transaction;
select value into @base from change_sequence where stream = 'global' for update;
update reception r join (select id, row_number() over (order by id) as n from reception
    where organization_id = unhex('$(hex "$commune")') and deleted_at is null order by id limit 100) t on r.id = t.id
    set r.change_seq = @base + t.n, r.updated_at = utc_timestamp(6);
update change_sequence set value = @base + 100 where stream = 'global';
commit;"
answer=$(get "/api/v1/receptions/delta?deltaToken=$before_changes&pageSize=100")
changes=$(echo "$answer" | jq '.changed | length')
[[ "$changes" == 100 ]] || die "the delta answered $changes changes, not 100"
after_changes=$(echo "$answer" | jq -r '.deltaToken')
[[ "$after_changes" != null ]] || die "the delta of 100 changes did not end with a delta token"
[[ $(get "/api/v1/receptions/delta?deltaToken=$after_changes" | jq '.changed | length') == 0 ]] || die "not empty"

