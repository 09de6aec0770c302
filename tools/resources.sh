#!/usr/bin/env bash
# Resource figures for docs/benchmarks.md ("Resources"): jar size, startup time (H2; MariaDB fresh and warm),
# heap after startup, and heap while the deadline-day load runs.
#
# Usage (from the repository root, after ./mvnw -B -DskipTests package):
#   tools/resources.sh [--port 8080] [--db jixiao_resources] [--runs 3] [--skip-startup] [--skip-load]
#                      [--jvm-flags "-Xmx512m"]
#                      [-- options for the load program, e.g. --workers 32]
#
# Starts and stops its own jixiao (only on 127.0.0.1:PORT, only the process it started). Drops and recreates
# the MariaDB databases DB and DB_baseline (root@127.0.0.1:3306, no password; their names must start with jixiao_).
set -euo pipefail
cd "$(dirname "$0")/.."

port=8080
db=jixiao_resources
runs=3
skip_load=
skip_startup=
jvm_flags=
load_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --skip-load) skip_load=1; shift ;;
    --skip-startup) skip_startup=1; shift ;;
    --jvm-flags) jvm_flags=$2; shift 2 ;;
    --) shift; load_args=("$@"); break ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done
case "$db" in jixiao_*) ;; *) echo "--db must start with jixiao_ (it is dropped and recreated)" >&2; exit 2 ;; esac

jar=$PWD/backend/target/jixiao.jar
load_jar=$PWD/tools/target/jixiao-load.jar
[ -f "$jar" ] || { echo "no $jar: build first (./mvnw -B -DskipTests package)" >&2; exit 1; }
work=$(mktemp -d)
server_pid=
trap 'stop_server; rm -rf "$work"' EXIT

sql() { mysql --protocol=tcp -h127.0.0.1 -uroot -e "$1"; }
fresh_db() { sql "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"; }
db_url() { echo "jdbc:mysql://127.0.0.1:3306/$1?useUnicode=true&characterEncoding=utf8&sendFractionalSeconds=false&serverTimezone=Asia/Shanghai"; }

# start_server DIR PROFILES [DB]: starts jixiao in DIR, waits for "Started … in X seconds", sets server_pid and
# started_in (seconds). DB empty = H2 under DIR/data.
start_server() {
  local dir=$1 profiles=$2 database=${3:-} log=$1/server.log
  (
    cd "$dir"
    if [ -n "$database" ]; then
      export JIXIAO_DB_URL; JIXIAO_DB_URL=$(db_url "$database")
      export JIXIAO_DB_USER=root JIXIAO_DB_PASSWORD=
    fi
    # shellcheck disable=SC2086
    JIXIAO_PORT=$port exec java $jvm_flags -jar "$jar" ${profiles:+--spring.profiles.active=$profiles} >"$log" 2>&1
  ) &
  server_pid=$!
  for _ in $(seq 1 600); do
    if grep -q "Started JixiaoApplication in" "$log"; then
      started_in=$(sed -nE 's/.*Started JixiaoApplication in ([0-9.]+) seconds.*/\1/p' "$log" | head -1)
      started_cpu=$(cpu_s "$server_pid")
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || { echo "jixiao did not start, see its log:" >&2; tail -30 "$log" >&2; exit 1; }
    sleep 0.5
  done
  echo "jixiao did not start within 5 minutes" >&2; exit 1
}

stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=
  fi
}

# heap in use (MB) as `jcmd GC.heap_info` reports it; with --gc first a full GC, so it is the live heap
heap_mb() {
  [ "${2:-}" = --gc ] && jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | sed -nE 's/.*heap +total ([0-9]+)K, used ([0-9]+)K.*/\2/p' | head -1 | awk '{printf "%.0f", $1/1024}'
}
# CPU seconds (user + system) the process has used so far: unlike the wall time, hardly moved by other load
cpu_s() { awk -v tck="$(getconf CLK_TCK)" '{printf "%.1f\n", ($14 + $15) / tck}' "/proc/$1/stat"; }
rss_mb() { awk '/VmRSS/ {printf "%.0f\n", $2/1024}' "/proc/$1/status"; }
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

echo "# Resources ($(date -u '+%Y-%m-%d %H:%M UTC'))"
echo
echo "- machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1024/1024}' /proc/meminfo) RAM, $(java -version 2>&1 | head -1), MariaDB $(mysql --protocol=tcp -h127.0.0.1 -uroot -N -e 'SELECT VERSION()')"
echo "- JVM flags: ${jvm_flags:-none (defaults)}; default max heap here: $(java $jvm_flags -XX:+PrintFlagsFinal -version 2>/dev/null | awk '/ MaxHeapSize /{printf "%.0f MB", $4/1024/1024}'), GC: $(java $jvm_flags -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 ~ /^Use(G1|Serial|Parallel|Z|Shenandoah)GC$/ && $4=="true" {print $2}')"
echo "- load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- jar: backend/target/jixiao.jar $(du -m "$jar" | cut -f1) MB ($(stat -c %s "$jar") bytes)"
echo

# measure LABEL PROFILES DBMODE: DBMODE h2 | fresh | warm; prints one table row (medians over $runs starts)
measure() {
  local label=$1 profiles=$2 mode=$3 times=() cpus=() heaps=() rsss=()
  [ "$mode" = warm ] && { fresh_db "$db"; start_server "$work" "$profiles" "$db"; stop_server; }
  for i in $(seq 1 "$runs"); do
    local dir=$work/$mode-$i
    mkdir -p "$dir"
    case "$mode" in
      h2) start_server "$dir" "$profiles" ;;
      fresh) fresh_db "$db"; start_server "$dir" "$profiles" "$db" ;;
      warm) start_server "$dir" "$profiles" "$db" ;;
    esac
    times+=("$started_in")
    cpus+=("$started_cpu")
    heaps+=("$(heap_mb "$server_pid" --gc)")
    rsss+=("$(rss_mb "$server_pid")")
    stop_server
  done
  echo "| $label | ${times[*]} | $(printf '%s\n' "${times[@]}" | median) s | $(printf '%s\n' "${cpus[@]}" | median) s | $(printf '%s\n' "${heaps[@]}" | median) MB | $(printf '%s\n' "${rsss[@]}" | median) MB | $(cut -d' ' -f1 /proc/loadavg) |"
}

if [ -z "$skip_startup" ]; then
  echo "| start | \"Started … in X seconds\" (each run) | median | CPU time used until then (median) | heap used after a full GC (median) | RSS (median) | load average (1 min) after |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
  measure "H2 (default profile, fresh ./data)" "" h2
  measure "MariaDB, mysql profile, fresh database" mysql fresh
  measure "MariaDB, mysql profile, warm database" mysql warm
fi

[ -n "$skip_load" ] && exit 0
[ -f "$load_jar" ] || { echo "no $load_jar: build first" >&2; exit 1; }

# the deadline-day load against a fresh mysql,demo server, sampling its heap every 2 s (no forced GC)
fresh_db "$db"
start_server "$work" mysql,demo "$db"
echo
echo "Under the deadline-day load (server started fresh with mysql,demo; heap sampled every 2 s with jstat -gc, RSS from /proc):"
echo
echo "- after startup: $(heap_mb "$server_pid") MB in use, $(heap_mb "$server_pid" --gc) MB live after a full GC, RSS $(rss_mb "$server_pid") MB"
# one jstat for the whole run (a jcmd per sample would start a JVM every time), RSS from /proc
samples=$work/heap-samples
jstat -gc "$server_pid" 2000 >"$samples" &
sampler=$!
(while kill -0 "$server_pid" 2>/dev/null; do rss_mb "$server_pid" >>"$work/rss-samples"; sleep 2; done) &
rss_sampler=$!
set +e
java -jar "$load_jar" --url "http://127.0.0.1:$port" --baseline-db "${db}_baseline" --server-pid "$server_pid" \
  --mariadb-pid "$(pgrep -xo mariadbd || pgrep -xo mysqld || echo 0)" --report "$work/load-report.md" "${load_args[@]}" \
  >"$work/load.out" 2>"$work/load.err"
load_rc=$?
set -e
kill "$sampler" "$rss_sampler" 2>/dev/null || true
wait "$sampler" "$rss_sampler" 2>/dev/null || true
# jstat -gc columns: S0C S1C S0U S1U EC EU OC OU …; in use = S0U + S1U + EU + OU (KB)
awk '$1 ~ /^[0-9.]+$/ {printf "%.0f\n", ($3 + $4 + $6 + $8) / 1024}' "$samples" >"$work/heap-used"
echo "- during the load: heap in use at most $(sort -n "$work/heap-used" | tail -1) MB (median of $(wc -l <"$work/heap-used") samples: $(median <"$work/heap-used") MB), RSS at most $(sort -n "$work/rss-samples" | tail -1) MB"
echo "- right after the load: $(heap_mb "$server_pid" --gc) MB live after a full GC, RSS $(rss_mb "$server_pid") MB"
echo "- load program exit code $load_rc; its report:"
echo
sed 's/^/    /' "$work/load-report.md" 2>/dev/null || tail -20 "$work/load.err"
