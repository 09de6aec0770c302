#!/usr/bin/env bash
# For docs/benchmarks.md ("Input limits"):
# 1. heap under oversized request bodies: 12 clients at once each send a 16 MB form document (a 16 MB 年度预期目标)
#    to POST /api/forms/validate, chunked and as "Application/JSON", the two ways past the old limit; each
#    answer's status and the heap in use, sampled every 100 ms;
# 2. with --caps: how long the exports of a form at the text caps take (an evaluation form whose 年度预期目标 has
#    2,000 characters, or --goal N, and each of the six report sections 20,000), three times each.
#
# Usage (from the repository root, after ./mvnw -B -DskipTests package):
#   tools/input-limits-bench.sh [--port 8080] [--jar backend/target/jixiao.jar] [--clients 12] [--mb 16]
#                               [--jvm-flags "-Xmx512m"] [--caps [--goal 2000]]
#
# Starts and stops its own jixiao (embedded H2 in a temp directory, only the process it started).
set -euo pipefail
cd "$(dirname "$0")/.."

port=8080
jar=$PWD/backend/target/jixiao.jar
clients=12
mb=16
jvm_flags=
caps=
goal=2000
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --jar) jar=$(realpath "$2"); shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --mb) mb=$2; shift 2 ;;
    --jvm-flags) jvm_flags=$2; shift 2 ;;
    --caps) caps=1; shift ;;
    --goal) goal=$2; shift 2 ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done
[ -f "$jar" ] || { echo "no $jar: build first (./mvnw -B -DskipTests package)" >&2; exit 1; }
. tools/bench-lib.sh

start_jixiao

# a valid monitoring document whose 年度预期目标 makes it $mb MB
python3 - "$work/body.json" "$mb" <<'EOF'
import json, sys
path, mb = sys.argv[1], int(sys.argv[2])
doc = json.load(open("backend/src/test/resources/fixtures/monitoring/kashgar-pref-employee-medical-2020-09.json"))
doc["goal"]["expected"] = ""
base = len(json.dumps(doc, ensure_ascii=False).encode())
doc["goal"]["expected"] = "目" * ((mb * 1024 * 1024 - base) // 3)
open(path, "w").write(json.dumps(doc, ensure_ascii=False))
EOF

login_as ks_filer

jcmd "$server_pid" GC.run >/dev/null
before=$(heap_mb)
jstat -gc "$server_pid" 100 >"$work/samples" &
sampler=$!
start=$(date +%s.%N)
pids=()
for i in $(seq 1 "$clients"); do
  curl -s -o "$work/answer-$i" -w '%{http_code}\n' -b "$cookies" -H "X-XSRF-TOKEN: $(token)" \
    -H 'Content-Type: Application/JSON' -H 'Transfer-Encoding: chunked' --data-binary "@$work/body.json" \
    "$base/api/forms/validate" >"$work/status-$i" 2>/dev/null &
  pids+=($!)
done
wait "${pids[@]}" || true
elapsed=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
sleep 0.5
kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true; sampler=
peak=$(peak_heap_mb "$work/samples")

echo "- jar: $jar; $(jvm_summary)"
echo "- $clients × $(stat -c %s "$work/body.json") bytes, chunked, Content-Type: Application/JSON, to POST /api/forms/validate"
echo "- answers: $(cat "$work"/status-* | sort | uniq -c | awk '{printf "%s× %s  ", $1, $2}')($(head -c 160 "$work/answer-1"))"
echo "- heap in use: ${before} MB before (after a full GC), at most ${peak} MB while the requests ran ($(wc -l <"$work/samples") samples), all answered in ${elapsed} s"
echo "- after: $(jcmd "$server_pid" GC.run >/dev/null; heap_mb) MB after a full GC; server alive: $(kill -0 "$server_pid" 2>/dev/null && echo yes || echo no)"

[ -z "$caps" ] && exit 0
python3 - "$work/caps.json" "$goal" <<'EOF'
import json, sys
doc = json.load(open("backend/src/test/resources/fixtures/evaluation/kashgar-city-resident-pension-2020.json"))
doc["project"] = "封顶测量"
doc["goal"]["expected"] = "目" * int(sys.argv[2])
for k in doc["report"]["sections"]:
    doc["report"]["sections"][k] = "报" * 20000
open(sys.argv[1], "w").write(json.dumps(doc, ensure_ascii=False))
EOF
id=$(curl -s -b "$cookies" -H "X-XSRF-TOKEN: $(token)" -H 'Content-Type: application/json' \
  --data-binary "@$work/caps.json" "$base/api/forms" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
for format in xlsx pdf; do
  times=()
  for _ in 1 2 3; do
    times+=("$(curl -s -o "$work/export.$format" -w '%{time_total}' -b "$cookies" \
      "$base/api/forms/$id/export?format=$format")")
  done
  echo "- export of a form with a $goal-character 年度预期目标 and six 20,000-character report sections as $format: ${times[*]} s ($(stat -c %s "$work/export.$format") bytes)"
done
