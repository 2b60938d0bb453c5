#!/usr/bin/env bash
# Where a 100-change delta call spends its time, on the data of bench/sync/run.sh (run it first):
#   1. every statement the calls send to the database: MariaDB's slow log with long_query_time=0 over PROFILE_CALLS
#      [200] calls made one at a time, summed by statement (literals folded) in ms per call;
#   2. unless PROFILE_JFR=0, a JFR sampling of the service under the wrk load (bench/lib/cpu.sh's profile_under_load).
# Settings as run.sh. Run alone, under the machine's build lock: flock /tmp/danvan-mvn.lock bench/sync/profile.sh
set -euo pipefail

source "$(cd "$(dirname "${BASH_SOURCE[0]}")/../reception" && pwd)/start.sh"
out="$BENCH_DIR/sync-profile-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
source "$repo/bench/sync/prepare.sh"
source "$repo/bench/lib/cpu.sh"
TOKEN=$OFFICER
export BENCH_TOKEN=$OFFICER
path="/api/v1/receptions/delta?deltaToken=$before_changes&pageSize=100"
calls=${PROFILE_CALLS:-200}

# --- 1. the statements ---------------------------------------------------------------------------------------------
for i in $(seq 1 20); do get "$path" >/dev/null; done
statements="$out/statements.log"
sql "set global slow_query_log_file = '$statements'; set global long_query_time = 0; set global slow_query_log = 1;"
for i in $(seq 1 "$calls"); do get "$path" >/dev/null; done
sql "set global slow_query_log = 0; set global long_query_time = 10;"
python3 - "$statements" "$calls" <<'PY' | tee "$out/summary.txt"
import re, sys
from collections import defaultdict
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
calls = int(sys.argv[2])
entries = re.findall(r"# Query_time: ([\d.]+)\s+Lock_time: [\d.]+\s+Rows_sent: (\d+)\s+Rows_examined: (\d+).*?\n(?:#.*\n)*((?:(?!# ).*\n)+)", text)
total = defaultdict(lambda: [0, 0.0, 0, 0])
for seconds, sent, examined, statement in entries:
    statement = re.sub(r"^(SET timestamp=\d+;|use \w+;)\n", "", statement.strip(), flags=re.M).strip()
    key = re.sub(r"X'[0-9A-Fa-f]*'|_binary'.*?'|'(?:[^'\\]|\\.)*'|\b\d+\b", "?", statement)
    key = re.sub(r"(\?\s*,\s*)+\?", "?…", key)
    t = total[key[:220]]
    t[0] += 1; t[1] += float(seconds); t[2] += int(sent); t[3] += int(examined)
print(f"statements of {calls} calls, one at a time (database time per call, ms; count, rows sent and examined per call):")
for key, (count, seconds, sent, examined) in sorted(total.items(), key=lambda kv: -kv[1][1]):
    print(f"{seconds * 1000 / calls:7.3f} ms  x{count / calls:5.2f}  sent {sent / calls:7.1f}  examined {examined / calls:8.1f}  {key}")
print(f"{sum(t[1] for t in total.values()) * 1000 / calls:7.3f} ms in all")
PY

# --- 2. the service under load -------------------------------------------------------------------------------------
echo "$path" >"$out/hundred.paths"
profile_under_load "delta100" "$out/hundred.paths" "$out"
log "profile in $out"
