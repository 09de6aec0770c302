#!/usr/bin/env bash
# Regenerates one of the upgrade test's databases (backend/src/test/resources/upgrade/NAME.sql.gz, read by
# cn.jixiao.upgrade.UpgradeMariaDbTest): builds a previous release in a temporary worktree, starts its jar with the demo accounts on a fresh MariaDB database, fills it
# over its API with forms in every state (tools/upgrade-fill.py), stops it and dumps the database.
#
#   tools/upgrade-dump.sh [COMMIT [NAME]]
#
# release-1 is 75070ce (the last release before the 等保 work, at V7; the default), release-2 is dc467bc (the
# release with rectification, campaigns and collaboration, at V36): tools/upgrade-dump.sh dc467bc release-2
#
# Needs a MariaDB/MySQL at 127.0.0.1:3306 (root, no password; JIXIAO_TEST_DB_USER / _PASSWORD otherwise),
# mysqldump and python3. Database: ${JIXIAO_TEST_DB_NAME:-jixiao_test}_release (dropped and created).
set -euo pipefail

commit=${1:-75070ce}
name=${2:-release-1}
root=$(git rev-parse --show-toplevel)
out="$root/backend/src/test/resources/upgrade/$name.sql.gz"
db="${JIXIAO_TEST_DB_NAME:-jixiao_test}_release"
user=${JIXIAO_TEST_DB_USER:-root}
password=${JIXIAO_TEST_DB_PASSWORD:-}
port=${JIXIAO_UPGRADE_PORT:-18999}
work=$(mktemp -d)
app=""

cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
    git -C "$root" worktree remove --force "$work/src" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "building release $commit in $work/src"
git -C "$root" worktree add --detach "$work/src" "$commit" >/dev/null
(cd "$work/src" && ./mvnw -B -q -DskipTests package)

mysql -h127.0.0.1 -u"$user" ${password:+-p"$password"} -e \
    "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

echo "starting it on database $db, port $port"
JIXIAO_DB_URL="jdbc:mysql://127.0.0.1:3306/$db?useUnicode=true&characterEncoding=utf8&sendFractionalSeconds=false&serverTimezone=Asia/Shanghai&allowPublicKeyRetrieval=true&useSSL=false" \
JIXIAO_DB_USER="$user" JIXIAO_DB_PASSWORD="$password" JIXIAO_PORT="$port" TZ=Asia/Shanghai \
    java -Xmx768m -jar "$work/src/backend/target/jixiao.jar" --spring.profiles.active=mysql,demo \
    > "$work/release.log" 2>&1 &
app=$!
for _ in $(seq 1 180); do
    curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$app" 2>/dev/null || { tail -50 "$work/release.log"; exit 1; }
    sleep 1
done

python3 "$root/tools/upgrade-fill.py" "http://localhost:$port" \
    "$root/backend/src/test/resources/fixtures/monitoring/kashgar-pref-employee-medical-2020-09.json"
sleep 10 # the job executor fires the overdue form's timers
kill "$app"; wait "$app" 2>/dev/null || true; app=""

# (V8 drops the sessions of the old release; they are dumped like every other table)
mysqldump -h127.0.0.1 -u"$user" ${password:+-p"$password"} --single-transaction --skip-comments --skip-dump-date --hex-blob \
    "$db" | gzip -9 -n > "$out"
echo "wrote $out ($(du -h "$out" | cut -f1))"
