#!/usr/bin/env python3
"""Fills a running jixiao (the previous release, demo accounts) over its API with forms in every state, for the
upgrade test's dump (tools/upgrade-dump.sh). Prints the forms made, one "state id" a line.

usage: upgrade-fill.py BASE_URL FIXTURE_JSON
"""
import http.cookiejar
import json
import sys
import urllib.error
import urllib.request


class Client:
    def __init__(self, base, username):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.http = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.call("GET", "/api/auth/me", expect=(401,))
        self.call("POST", "/api/auth/login", {"username": username, "password": "demo1234"})

    def call(self, method, path, body=None, expect=(200, 201, 204)):
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        token = next((c.value for c in self.jar if c.name == "XSRF-TOKEN"), None)
        if token and method != "GET":
            headers["X-XSRF-TOKEN"] = token
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with self.http.open(request) as r:
                status, text = r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            status, text = e.code, e.read().decode()
        if status not in expect:
            raise SystemExit(f"{method} {path}: {status} {text}")
        return json.loads(text) if text else None

    def serves(self, path):
        try:
            self.call("GET", path)
            return True
        except SystemExit:
            return False

    def task(self, form, key):
        for item in self.call("GET", "/api/tasks?scope=todo&size=200")["items"]:
            if item["formId"] == form and item["key"] == key:
                return item["taskId"]
        raise SystemExit(f"no task {key} for form {form}")

    def complete(self, form, key, **decision):
        return self.call("POST", f"/api/tasks/{self.task(form, key)}/complete", decision)

    def submit(self, form, key="draft"):
        findings = self.call("GET", f"/api/forms/{form}")["findings"]
        acks = [{"code": f["code"], "path": f["path"], "note": "已核实"} for f in findings if f["severity"] == "WARNING"]
        return self.complete(form, key, decision="SUBMIT", acknowledgedWarnings=acks)


def main():
    base, fixture = sys.argv[1], sys.argv[2]
    with open(fixture, encoding="utf-8") as f:
        template = json.load(f)
    filer, head = Client(base, "ks_filer"), Client(base, "ks_head")
    reviewer, leader = Client(base, "ks_reviewer"), Client(base, "ks_leader")

    def new(name, year=2099):
        doc = dict(template, project=f"升级测试 {name}", year=year)
        return filer.call("POST", "/api/forms", doc)["id"]

    made = []

    def to_unit_review(name, **kw):
        form = new(name, **kw)
        filer.submit(form)
        return form

    def to_prefecture_review(name, **kw):
        form = to_unit_review(name, **kw)
        head.complete(form, "unitReview", decision="APPROVE")
        return form

    def to_sign_off(name):
        form = to_prefecture_review(name)
        reviewer.call("POST", f"/api/tasks/{reviewer.task(form, 'prefectureReview')}/claim", {})
        reviewer.complete(form, "prefectureReview", decision="APPROVE")
        return form

    made.append(("DRAFT", new("草稿")))
    made.append(("UNIT_REVIEW", to_unit_review("单位审核")))
    made.append(("PREFECTURE_REVIEW_UNCLAIMED", to_prefecture_review("地区审核未领取")))
    claimed = to_prefecture_review("地区审核已领取")
    reviewer.call("POST", f"/api/tasks/{reviewer.task(claimed, 'prefectureReview')}/claim", {})
    made.append(("PREFECTURE_REVIEW_CLAIMED", claimed))
    made.append(("SIGN_OFF", to_sign_off("领导签发")))
    signed = to_sign_off("已签发")
    leader.complete(signed, "signOff", decision="SIGN")
    made.append(("SIGNED", signed))
    returned = to_prefecture_review("退回修改")
    reviewer.complete(returned, "prefectureReview", decision="RETURN", comment="请核实执行数",
                      fieldComments=[{"path": "budget.executed", "comment": "与财务报表不一致"}])
    made.append(("RETURNED", returned))
    recalled = to_unit_review("撤回")
    filer.call("POST", f"/api/forms/{recalled}/recall", {})
    made.append(("RECALLED", recalled))
    # 2020: due on 2020-10-10, long past — its overdue and reminder timers fire as soon as the job executor runs
    made.append(("OVERDUE", to_unit_review("逾期", year=2020)))
    if reviewer.serves("/api/campaigns"):  # a release with 整改 and 填报任务 (dc467bc on)
        rectified = to_sign_off("整改中")
        leader.complete(rectified, "signOff", decision="SIGN")
        order = reviewer.call("POST", f"/api/forms/{rectified}/rectifications",
                              {"requirements": "补充享受待遇人次的核实材料", "due": "2099-12-31"}, expect=(201,))
        filer.call("PUT", f"/api/rectifications/{order['id']}", {"report": "已补充核实材料，人次按累计口径更正。"})
        filer.complete(rectified, "rectify", decision="SUBMIT")  # waits in 整改单位审核
        made.append(("RECTIFYING", rectified))
        campaign = reviewer.call("POST", "/api/campaigns",
                                 {"type": "MONITORING", "year": 2098, "monitorMonth": 9, "due": "2098-10-10"},
                                 expect=(201,))
        made.append(("CAMPAIGN", campaign["id"]))
    for state, form in made:
        print(state, form)


if __name__ == "__main__":
    main()
