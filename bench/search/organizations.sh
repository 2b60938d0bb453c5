#!/usr/bin/env bash
# The organisation search at national scale, at database level: the ~21,600 units of GenerateOrganizations --national
# in a table shaped as `organization`'s searched columns (same collation, the FULLTEXT index of V85), then each search
# term timed as today's LIKE scan and as the index's MATCH, repeated. Usage, on a server started by start-db.sh (with
# the full-text options): bench/search/organizations.sh COPY_DIR [RUNS]   — run it under flock /tmp/danvan-mvn.lock.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
copy=$(cd "$1" && pwd -P); runs=${2:-50}
mysql=("$copy/data/mariadb/base/bin/mariadb" --no-defaults -S "$copy/mariadbd.sock" -uroot --local-infile=1 -N --batch)
out="$copy/organizations"; rm -rf "$out"; mkdir -p "$out"
java "$repo/bench/GenerateOrganizations.java" "$out" --national >/dev/null
"${mysql[@]}" -e "set global local_infile=1; create database if not exists search_bench; use search_bench; drop table if exists unit;
  create table unit (id int auto_increment primary key, code varchar(32) character set utf8mb4 collate utf8mb4_bin,
  name varchar(255) not null, short_name varchar(100), key (code)) default charset utf8mb4 collate utf8mb4_unicode_520_ci;"
for f in "$out"/*.csv; do
  "${mysql[@]}" search_bench -e "load data local infile '$f' into table unit character set utf8mb4 fields terminated by ','
    optionally enclosed by '\"' ignore 1 lines (code, name, @type, @parent, @valid, @short, @address, @phone)
    set short_name = nullif(@short, '')"
done
start=$(date +%s.%N)
"${mysql[@]}" search_bench -e "alter table unit add fulltext index ft_unit_name (name, short_name); analyze table unit" >/dev/null
echo "units: $("${mysql[@]}" search_bench -e 'select count(*) from unit'), index built in $(echo "$(date +%s.%N) - $start" | bc) s"
bool() { local q="" w; for w in $1; do q="$q +$w"; done; echo "${q# }*"; }
like() { local c="" w; for w in $1; do c="$c and (name like '%$w%' or short_name like '%$w%')"; done; echo "${c# and }"; }
echo "| q | units found | LIKE per word, ms per query | MATCH, ms per query |"
echo "|---|---|---|---|"
for q in "tinh khe" "$(sed -n 20p "$out/search-terms.txt" | sed 's/%20/ /g')" "phuong" "xa" "uy ban nhan dan" "ho" "so tai nguyen va moi truong"; do
  m=$(bool "$q"); l=$(like "$q")
  found=$("${mysql[@]}" search_bench -e "select count(*) from unit where match(name, short_name) against('$m' in boolean mode)")
  # The list's page: the first 21 by name (the default order), repeated; the time is the server's, per query.
  t_like=$("${mysql[@]}" search_bench -e "set @t=now(6); $(for _ in $(seq "$runs"); do echo "do (select count(*) from (select id from unit where $l order by name limit 21) x);"; done) select timestampdiff(microsecond, @t, now(6)) / 1000 / $runs;")
  t_match=$("${mysql[@]}" search_bench -e "set @t=now(6); $(for _ in $(seq "$runs"); do echo "do (select count(*) from (select id from unit where match(name, short_name) against('$m' in boolean mode) order by name limit 21) x);"; done) select timestampdiff(microsecond, @t, now(6)) / 1000 / $runs;")
  echo "| $q | $found | $t_like | $t_match |"
done
