#!/usr/bin/env python3
"""Database bytes per signed form, against a running jixiao (mysql,demo profiles) and its MariaDB schema.

Usage: tools/storage-per-form.py BASE_URL SCHEMA [FORMS]
   e.g. tools/storage-per-form.py http://127.0.0.1:18150 jixiao_size 300

Takes FORMS target forms (the real Kashgar 职工医疗 table, each under its own project name, year 2099 so that
no reminder or overdue timer fires while the script works on it) through a typical life: created, saved twice, submitted with its warnings explained, approved by the unit head and
the prefecture reviewer, signed by the leader (4 user tasks, 3 versions, a signed snapshot). Before and
after, it runs ANALYZE TABLE and sums data + index length per table from information_schema (mysql client,
root without password on 127.0.0.1). Prints the growth per form, in total and for the largest tables.
Only ever talks to BASE_URL and the local database server.
"""
import http.cookiejar
import json
import pathlib
import subprocess
import sys
import time
import urllib.error
import urllib.request

FIXTURE = pathlib.Path(__file__).resolve().parent.parent / \
    "backend/src/test/resources/fixtures/target/kashgar-pref-employee-medical-2021.json"


class Client:
    """One browser: cookies, and the XSRF-TOKEN cookie sent back as X-XSRF-TOKEN."""

    def __init__(self, base, user):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.call("GET", "/api/auth/me", expect=(401,))
        self.call("POST", "/api/auth/login", {"username": user, "password": "demo1234"})

    def call(self, method, path, body=None, expect=(200, 201)):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        token = next((c.value for c in self.jar if c.name == "XSRF-TOKEN"), None)
        if token:
            request.add_header("X-XSRF-TOKEN", token)
        try:
            with self.opener.open(request) as r:
                status, text = r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            status, text = e.code, e.read().decode()
        if status not in expect:
            raise SystemExit(f"{method} {path}: {status} {text[:300]}")
        return json.loads(text) if text else None

    def task(self, form_id, key):
        for item in self.call("GET", "/api/tasks?scope=todo&size=200")["items"]:
            if item["formId"] == form_id and item["key"] == key:
                return item["taskId"]
        raise SystemExit(f"no {key} task for form {form_id}")

    def complete(self, form_id, key, body):
        return self.call("POST", f"/api/tasks/{self.task(form_id, key)}/complete", body)


def acks(findings):
    return [{"code": f["code"], "path": f["path"], "note": "已核实"} for f in findings if f["severity"] == "WARNING"]


def sizes(schema):
    def sql(text):
        return subprocess.run(["mysql", "-h127.0.0.1", "-uroot", "-N", "-B", schema, "-e", text],
                              check=True, capture_output=True, text=True).stdout
    tables = sql("SHOW TABLES").split()
    sql("ANALYZE TABLE " + ", ".join(f"`{t}`" for t in tables))
    rows = sql(f"SELECT table_name, data_length + index_length FROM information_schema.tables "
               f"WHERE table_schema = '{schema}'")
    return {name: int(size) for name, size in (line.split("\t") for line in rows.splitlines())}


def main():
    base, schema = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    filer, head = Client(base, "ksyb2_filer"), Client(base, "ksyb2_head")
    reviewer, leader = Client(base, "ks_reviewer"), Client(base, "ks_leader")
    document = json.loads(FIXTURE.read_text(encoding="utf-8"))
    document["year"] = 2099
    before = sizes(schema)
    started = time.time()
    for i in range(count):
        document["project"] = f"存储测量 {i} {started}"
        created = filer.call("POST", "/api/forms", document)
        form_id, version = created["id"], created["version"]
        for _ in range(2):
            version = filer.call("PUT", f"/api/forms/{form_id}", {"version": version, "form": document})["version"]
        findings = filer.call("GET", f"/api/forms/{form_id}")["findings"]
        filer.complete(form_id, "draft", {"decision": "SUBMIT", "acknowledgedWarnings": acks(findings)})
        head.complete(form_id, "unitReview", {"decision": "APPROVE"})
        reviewer.complete(form_id, "prefectureReview", {"decision": "APPROVE"})
        signed = leader.complete(form_id, "signOff", {"decision": "SIGN"})
        if signed["status"] != "SIGNED":
            raise SystemExit(f"form {form_id} ended as {signed}")
    elapsed = time.time() - started
    after = sizes(schema)
    growth = {t: after.get(t, 0) - before.get(t, 0) for t in after}
    total = sum(growth.values())
    print(f"{count} forms signed in {elapsed:.0f} s; database grew {total / 1024 / 1024:.1f} MB, "
          f"{total / count / 1024:.1f} KB per form")
    for table, grown in sorted(growth.items(), key=lambda kv: -kv[1])[:12]:
        print(f"  {table:32} {grown / count / 1024:7.1f} KB per form")


if __name__ == "__main__":
    main()
