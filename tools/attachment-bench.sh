#!/usr/bin/env bash
# For docs/benchmarks.md ("Attachments"): upload and download of one 20 MB attachment, and the heap meanwhile.
# The file goes into the database in 1 MB chunks and comes back out chunk by chunk, so neither direction should
# hold the file in the heap, and a MariaDB with its default max_allowed_packet (16 MB) takes it.
#
# Usage (from the repository root, after ./mvnw -B -DskipTests package):
#   tools/attachment-bench.sh [--port 8080] [--jar backend/target/jixiao.jar] [--mb 20] [--rounds 3]
#                             [--jvm-flags "-Xmx256m"] [--mariadb DBNAME]
# --mariadb: on that scratch database of the MariaDB at 127.0.0.1:3306 (root, no password; dropped and created),
# profile mysql,demo; else the embedded H2 in a temp directory. Starts and stops its own jixiao (only that process).
set -euo pipefail
cd "$(dirname "$0")/.."

port=8080
jar=$PWD/backend/target/jixiao.jar
mb=20
rounds=3
jvm_flags=
mariadb=
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --jar) jar=$(realpath "$2"); shift 2 ;;
    --mb) mb=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --jvm-flags) jvm_flags=$2; shift 2 ;;
    --mariadb) mariadb=$2; shift 2 ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done
[ -f "$jar" ] || { echo "no $jar: build first (./mvnw -B -DskipTests package)" >&2; exit 1; }
. tools/bench-lib.sh

db_args=()
if [ -n "$mariadb" ]; then
  mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS \`$mariadb\`; CREATE DATABASE \`$mariadb\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  db_args=(--spring.profiles.active=mysql,demo
    "--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/$mariadb?sendFractionalSeconds=false&serverTimezone=Asia/Shanghai"
    --spring.datasource.username=root --spring.datasource.password=)
fi
start_jixiao "${db_args[@]}"

login_as ks_filer
form=$(python3 -c '
import json; d = json.load(open("backend/src/test/resources/fixtures/monitoring/kashgar-pref-employee-medical-2020-09.json"))
d["project"] = "附件测量"; print(json.dumps(d, ensure_ascii=False))' \
  | curl -s -b "$cookies" -H "X-XSRF-TOKEN: $(token)" -H 'Content-Type: application/json' --data-binary @- "$base/api/forms" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

# a PDF header and then random bytes: $mb MB exactly (the limit is 20 MB)
python3 - "$work/file.pdf" "$mb" <<'PY'
import os, sys
with open(sys.argv[1], "wb") as f:
    f.write(b"%PDF-1.7\n")
    f.write(os.urandom(int(sys.argv[2]) * 1024 * 1024 - 9))
PY
sha=$(sha256sum "$work/file.pdf" | cut -d' ' -f1)

measure() { # name, command…: runs the command with the heap sampled every 50 ms; prints "seconds peak-MB"
  local name=$1; shift
  jcmd "$server_pid" GC.run >/dev/null
  jstat -gc "$server_pid" 50 >"$work/samples-$name" &
  sampler=$!
  for _ in $(seq 1 100); do [ "$(wc -l <"$work/samples-$name")" -ge 2 ] && break; sleep 0.05; done # jstat attached
  local start; start=$(date +%s.%N)
  "$@"
  local end; end=$(date +%s.%N)
  sleep 0.2
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true; sampler=
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}') $(peak_heap_mb "$work/samples-$name")"
}
upload() {
  curl -s -o "$work/uploaded.json" -w '%{http_code}' -b "$cookies" -H "X-XSRF-TOKEN: $(token)" \
    -F "file=@$work/file.pdf;type=application/octet-stream" -F kind=EVIDENCE "$base/api/forms/$form/attachments" >"$work/status"
}
download() {
  curl -s -o "$work/downloaded.pdf" -w '%{http_code}' -b "$cookies" "$base/api/attachments/$attachment" >"$work/status"
}

jcmd "$server_pid" GC.run >/dev/null
if [ -n "$mariadb" ]; then
  where="MariaDB $(mysql -h127.0.0.1 -uroot -N -e 'SELECT CONCAT(VERSION(), ", max_allowed_packet ", @@max_allowed_packet)')"
else
  where="H2 (embedded)"
fi
echo "- jar: $jar on $where; $(jvm_summary)"
echo "- file: $(stat -c %s "$work/file.pdf") bytes; heap in use after a full GC before the rounds: $(heap_mb) MB"
for round in $(seq 1 "$rounds"); do
  read -r up_s up_peak < <(measure "up$round" upload)
  [ "$(cat "$work/status")" = 201 ] || { echo "upload answered $(cat "$work/status"): $(cat "$work/uploaded.json")" >&2; exit 1; }
  attachment=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$work/uploaded.json")
  read -r down_s down_peak < <(measure "down$round" download)
  [ "$(cat "$work/status")" = 200 ] || { echo "download answered $(cat "$work/status")" >&2; exit 1; }
  same=$([ "$(sha256sum "$work/downloaded.pdf" | cut -d' ' -f1)" = "$sha" ] && echo "same SHA-256" || echo "DIFFERENT CONTENT")
  echo "- round $round: upload ${up_s} s, heap at most ${up_peak} MB; download ${down_s} s, heap at most ${down_peak} MB; $same"
done
echo "- after: $(jcmd "$server_pid" GC.run >/dev/null; heap_mb) MB after a full GC"
