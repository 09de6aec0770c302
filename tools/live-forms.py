#!/usr/bin/env python3
"""Creates forms in process through the API of a running jixiao, for benchmarks that need real process instances
(docs/benchmarks.md, consistency check). Usage: tools/live-forms.py [forms-per-filer] [base-url]
Each demo filer creates that many monitoring forms from the fixture; every other one is submitted. Python 3 stdlib only;
only ever talks to the base URL given (default http://127.0.0.1:8080)."""
import http.cookiejar
import json
import pathlib
import sys
import time
import urllib.error
import urllib.request

per_filer = int(sys.argv[1]) if len(sys.argv) > 1 else 150
base = sys.argv[2] if len(sys.argv) > 2 else 'http://127.0.0.1:8080'
fixture = pathlib.Path(__file__).resolve().parent.parent / \
    'backend/src/test/resources/fixtures/monitoring/kashgar-pref-employee-medical-2020-09.json'
document = json.loads(fixture.read_text(encoding='utf-8'))


class Client:
    def __init__(self, user):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.call('GET', '/api/auth/me')  # hands out the XSRF-TOKEN cookie
        status, body = self.call('POST', '/api/auth/login', {'username': user, 'password': 'demo1234'})
        if status != 200:
            sys.exit('login of %s failed: %s %s' % (user, status, body))

    def call(self, method, path, body=None):
        request = urllib.request.Request(base + path, method=method,
                                         data=None if body is None else json.dumps(body).encode())
        request.add_header('Content-Type', 'application/json')
        request.add_header('X-XSRF-TOKEN', next((c.value for c in self.jar if c.name == 'XSRF-TOKEN'), ''))
        try:
            with self.opener.open(request) as response:
                return response.status, json.loads(response.read() or b'null')
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()


started, made = time.time(), 0
for filer in ['ks_filer', 'ksyb_filer', 'kssi_filer', 'ksyb2_filer', 'ksrs_filer', 'hj_filer']:
    client = Client(filer)
    for i in range(per_filer):
        status, form = client.call('POST', '/api/forms', dict(document, project='%s 压测表单 %d %d' % (filer, i, time.time_ns())))
        if status != 201:
            sys.exit('create failed: %s %s' % (status, form))
        made += 1
        if i % 2:
            continue
        acks = [{'code': f['code'], 'path': f['path'], 'note': '压测'} for f in form['findings'] if f['severity'] == 'WARNING']
        for attempt in range(5):  # the form's due timers (dates of 2020) may run at this moment: 409, try again
            status, answer = client.call('POST', '/api/tasks/%s/complete' % form['task']['id'],
                                         {'decision': 'SUBMIT', 'acknowledgedWarnings': acks})
            if status != 409:
                break
            time.sleep(0.5)
        if status != 200:
            print('submit of form %s failed: %s %s' % (form['id'], status, str(answer)[:200]))
print('created %d forms in %d s' % (made, time.time() - started))
