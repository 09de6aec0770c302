#!/usr/bin/env bash
# Latency of the inbox (GET /api/tasks?scope=todo) for one user, against a running jixiao.
# Usage: tools/inbox-bench.sh [user] [requests] [base-url]      e.g. tools/inbox-bench.sh ks_reviewer 500
# Prints p50/p95/p99/max in milliseconds over the timed requests (after 50 warm-up requests).
# Only ever talks to the base URL given (default http://127.0.0.1:8080).
set -euo pipefail
user=${1:-ks_reviewer}
requests=${2:-500}
base=${3:-http://127.0.0.1:8080}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

curl -s -c "$jar" -b "$jar" "$base/api/auth/me" >/dev/null
token=$(awk '/XSRF-TOKEN/{print $7}' "$jar")
curl -sf -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $token" -H 'Content-Type: application/json' \
     -d "{\"username\":\"$user\",\"password\":\"${JIXIAO_BENCH_PASSWORD:-demo1234}\"}" "$base/api/auth/login" >/dev/null \
  || { echo "login of $user at $base failed (is jixiao running there?)" >&2; exit 1; }

url="$base/api/tasks?scope=todo&page=0&size=20"
total=$(curl -s -b "$jar" "$url" | sed -E 's/.*"total":([0-9]+).*/\1/')
for _ in $(seq 1 50); do curl -s -o /dev/null -b "$jar" "$url"; done
for _ in $(seq 1 "$requests"); do
  curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "$url"
done | sort -n | awk -v user="$user" -v total="$total" '
  { t[NR] = $1 * 1000 }
  END {
    printf "%s: %d requests, %s open tasks in scope; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
      user, NR, total, t[int(NR*0.50)], t[int(NR*0.95)], t[int(NR*0.99)], t[NR]
  }'
