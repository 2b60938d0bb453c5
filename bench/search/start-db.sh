#!/usr/bin/env bash
# Starts a mariadbd of its own on a COPY of the reception benchmark's data directory (never on the original), with the
# two options the full-text search needs, and waits until it answers. Usage: bench/search/start-db.sh COPY_DIR PORT
# (COPY_DIR is the instance folder: COPY_DIR/data/mariadb/{base,data,tmp}). Stop it with kill $(cat COPY_DIR/mariadbd.pid).
set -euo pipefail
copy=$(cd "$1" && pwd -P); port=$2
db="$copy/data/mariadb"
user_arg=(); [[ $(id -un) == root ]] && user_arg=(--user=root)
"$db/base/bin/mariadbd" --no-defaults --basedir="$db/base" --datadir="$db/data" --tmpdir="$db/tmp" \
    --port="$port" --socket="$copy/mariadbd.sock" --pid-file="$copy/mariadbd.pid" --bind-address=127.0.0.1 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_520_ci --innodb-buffer-pool-size="${BUFFER_POOL:-2G}" \
    --innodb-ft-min-token-size=1 --innodb-ft-enable-stopword=0 "${user_arg[@]}" >>"$copy/mariadbd.log" 2>&1 &
for _ in $(seq 1 120); do
    "$db/base/bin/mariadb" --no-defaults -S "$copy/mariadbd.sock" -uroot -e 'select 1' >/dev/null 2>&1 && exit 0
    sleep 0.5
done
echo "mariadbd did not answer; see $copy/mariadbd.log" >&2; exit 1
