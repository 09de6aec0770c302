# shellcheck shell=bash
# Sourced by the tools/*-bench.sh scripts: start a jixiao of their own and wait for it, stop it on exit, log a demo
# user in, read the server's heap. Uses the caller's variables port, jar, jvm_flags and sets work, server_pid,
# sampler (a background jstat, killed on exit), base and cookies.

work=$(mktemp -d)
server_pid=
sampler=
bench_cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap bench_cleanup EXIT

# await_started LOG PID: until Spring Boot's "Started" line is in LOG; exits with the log's tail if PID died
await_started() {
  for _ in $(seq 1 600); do
    grep -q "Started JixiaoApplication in" "$1" && return 0
    kill -0 "$2" 2>/dev/null || { echo "jixiao did not start, see its log:" >&2; tail -30 "$1" >&2; exit 1; }
    sleep 0.5
  done
  echo "jixiao did not start within 5 minutes: $1" >&2
  exit 1
}

# start_jixiao [ARG…]: $jar with $jvm_flags on $port, working directory $work (so the embedded H2 is a fresh one)
start_jixiao() {
  # shellcheck disable=SC2086
  (cd "$work" && JIXIAO_PORT=$port exec java $jvm_flags -jar "$jar" "$@" >"$work/server.log" 2>&1) &
  server_pid=$!
  await_started "$work/server.log" "$server_pid"
  base=http://127.0.0.1:$port
}

# login_as USER: a session of that demo user (password demo1234) in $cookies; `token` prints its XSRF token
login_as() {
  cookies=$work/cookies
  curl -s -c "$cookies" -b "$cookies" "$base/api/auth/me" >/dev/null
  curl -s -c "$cookies" -b "$cookies" -H "X-XSRF-TOKEN: $(token)" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"demo1234\"}" "$base/api/auth/login" >/dev/null
}
token() { awk '/XSRF-TOKEN/ {print $7}' "$cookies"; }

# heap_mb: the server's heap in use now (MB)
heap_mb() {
  jcmd "$server_pid" GC.heap_info | sed -nE 's/.*heap +total ([0-9]+)K, used ([0-9]+)K.*/\2/p' | head -1 \
    | awk '{printf "%.0f", $1/1024}'
}

# peak_heap_mb FILE: the largest heap in use in a `jstat -gc` sample file
# (columns S0C S1C S0U S1U EC EU OC OU …; in use = S0U + S1U + EU + OU, KB)
peak_heap_mb() { awk '$1 ~ /^[0-9.]+$/ {printf "%.0f\n", ($3 + $4 + $6 + $8) / 1024}' "$1" | sort -n | tail -1; }

# jvm_summary: the JVM flags, the max heap they give and the machine's load, for the report's first line
jvm_summary() {
  # shellcheck disable=SC2086
  echo "JVM flags: ${jvm_flags:-none}; max heap $(java $jvm_flags -XX:+PrintFlagsFinal -version 2>/dev/null \
    | awk '/ MaxHeapSize /{printf "%.0f MB", $4/1024/1024}'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
