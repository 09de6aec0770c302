#!/usr/bin/env bash
# Time of the consistency check (GET /api/admin/consistency) against a running jixiao, as ADMIN.
# Usage: tools/consistency-bench.sh [runs] [base-url]      e.g. tools/consistency-bench.sh 5
# Prints whether the data is consistent, then each run's time and the median in seconds.
# Only ever talks to the base URL given (default http://127.0.0.1:8080).
set -euo pipefail
runs=${1:-5}
base=${2:-http://127.0.0.1:8080}
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

curl -s -c "$jar" -b "$jar" "$base/api/auth/me" >/dev/null
token=$(awk '/XSRF-TOKEN/{print $7}' "$jar")
curl -sf -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $token" -H 'Content-Type: application/json' \
     -d "{\"username\":\"admin\",\"password\":\"${JIXIAO_BENCH_PASSWORD:-demo1234}\"}" "$base/api/auth/login" >/dev/null \
  || { echo "login of admin at $base failed (is jixiao running there?)" >&2; exit 1; }

curl -sf -b "$jar" "$base/api/admin/consistency" | grep -o '"consistent":[a-z]*'
for _ in $(seq 1 "$runs"); do
  curl -sf -o /dev/null -b "$jar" -w '%{time_total}\n' "$base/api/admin/consistency"
done | sort -n | awk '{ t[NR] = $1; printf "run: %.2f s\n", $1 } END { printf "median of %d: %.2f s\n", NR, t[int((NR+1)/2)] }'
