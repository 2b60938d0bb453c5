# Sourced by the benchmark scripts. CPU per request of the service and of its database: CPU time does not grow with
# the queueing that other work on a shared machine causes, so it tells a slow run on a busy host from a slower service.

# cpu_s PID: CPU seconds (user + system) the process has used so far.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }

# wrk_cpu LABEL PATHS OUTFILE SUMMARY: wrk (2 threads, 16 connections, PROFILE_WRK [20s]) over the paths in PATHS with
# BENCH_TOKEN, the service being $PID and its database $DBPID at $base; prints and appends to SUMMARY the throughput,
# p50, p99 and the CPU per request of both.
wrk_cpu() {
    local label=$1 paths=$2 file=$3 summary=$4 java0 db0 java1 db1 requests
    java0=$(cpu_s "$PID"); db0=$(cpu_s "$DBPID")
    wrk -t2 -c16 -d"${PROFILE_WRK:-20s}" --latency -s "$repo/bench/paths.lua" "$base" -- "$paths" >"$file"
    java1=$(cpu_s "$PID"); db1=$(cpu_s "$DBPID")
    requests=$(grep -o '[0-9]* requests in' "$file" | cut -d' ' -f1)
    echo "$label: $(grep Requests/sec "$file"); $(grep -E '^ +(50|99)%' "$file" | tr -s ' ' | tr '\n' ' ')" | tee -a "$summary"
    echo "  CPU per request: service $(awk "BEGIN{printf \"%.2f\", ($java1-$java0)*1000/$requests}") ms, database $(awk "BEGIN{printf \"%.2f\", ($db1-$db0)*1000/$requests}") ms ($requests requests; load after: $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$summary"
}

# profile_under_load LABEL PATHS OUTDIR: warm-up (PROFILE_WARMUP [20s]), then wrk_cpu without a profiler (the costs),
# then, unless PROFILE_JFR=0, wrk_cpu under JFR's profile settings (which slow the service down two to four times) and
# a summary of its samples by top frames and first application frames (the shares). Writes OUTDIR/summary.txt.
profile_under_load() {
    local label=$1 paths=$2 dir=$3
    wrk -t2 -c16 -d"${PROFILE_WARMUP:-20s}" -s "$repo/bench/paths.lua" "$base" -- "$paths" >/dev/null
    wrk_cpu "$label, plain" "$paths" "$dir/wrk-plain.txt" "$dir/summary.txt"
    [[ "${PROFILE_JFR:-1}" == 1 ]] || return 0
    jcmd "$PID" JFR.start name=profile settings=profile >/dev/null
    wrk_cpu "$label, jfr" "$paths" "$dir/wrk-jfr.txt" "$dir/summary.txt"
    jcmd "$PID" JFR.dump name=profile filename="$dir/profile.jfr" >/dev/null
    jfr print --events jdk.ExecutionSample --stack-depth 64 "$dir/profile.jfr" >"$dir/samples.txt"
    python3 "$repo/bench/lib/top-frames.py" "$dir/samples.txt" | tee -a "$dir/summary.txt"
}
