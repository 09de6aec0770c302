#!/usr/bin/env python3
"""For docs/benchmarks.md: a JFR recording's execution samples (optionally only those between FROM and TO, HH:MM:SS UTC)
by innermost layer (driver, MyBatis, engine, Spring, jixiao …), by controller on the stack, by method (self) and by jixiao
frame (inclusive).   tools/jfr-summary.py FILE.jfr [FROM TO]   (record with -XX:FlightRecorderOptions:stackdepth=256)"""
import subprocess, sys, re, collections
f = sys.argv[1]
lo, hi = (sys.argv[2], sys.argv[3]) if len(sys.argv) > 3 else (None, None)
out = subprocess.run(['jfr', 'print', '--stack-depth', '256', '--events', 'jdk.ExecutionSample', f],
                     capture_output=True, text=True).stdout
samples = out.split('jdk.ExecutionSample {')[1:]
LAYERS = [('com.mysql', 'JDBC driver'), ('com.zaxxer', 'Hikari'), ('org.apache.ibatis', 'MyBatis'),
          ('org.mybatis', 'MyBatis'), ('org.camunda.bpm.engine.impl.db', 'engine: persistence'),
          ('org.camunda.bpm.engine.impl.persistence', 'engine: persistence'), ('org.camunda', 'engine: other'),
          ('com.fasterxml', 'Jackson'), ('cn.jixiao', 'jixiao code'), ('org.springframework.session', 'Spring Session'),
          ('org.springframework.security', 'Spring Security'), ('org.springframework.web', 'Spring MVC'),
          ('org.springframework.transaction', 'Spring tx'), ('org.springframework', 'Spring other'),
          ('org.apache.catalina', 'Tomcat'), ('org.apache.coyote', 'Tomcat'), ('org.apache.tomcat', 'Tomcat'),
          ('ch.qos.logback', 'logging'), ('org.slf4j', 'logging'), ('io.micrometer', 'micrometer'),
          ('org.h2', 'H2'), ('jdk.jfr', 'JFR'), ('org.flywaydb', 'flyway')]
by_layer = collections.Counter(); by_ctrl = collections.Counter(); self_m = collections.Counter(); n = 0
by_jx = collections.Counter()
for s in samples:
    m = re.search(r'startTime = (\d\d:\d\d:\d\d)', s)
    if lo and m and not (lo <= m.group(1) <= hi):
        continue
    frames = re.findall(r'^\s+([\w$.<>]+)\(', s.split('stackTrace = [', 1)[-1], re.M)
    if not frames:
        continue
    n += 1
    self_m[frames[0]] += 1
    layer = 'JDK/other'
    for fr in frames:
        hit = next((name for p, name in LAYERS if fr.startswith(p)), None)
        if hit:
            layer = hit; break
    by_layer[layer] += 1
    ctrl = next((fr for fr in frames if fr.startswith('cn.jixiao') and 'Controller.' in fr), None)
    by_ctrl[ctrl or ('(engine job)' if any('JobExecutor' in x or 'ExecuteJobs' in x for x in frames) else '(no controller)')] += 1
    seen = set()
    for fr in frames:
        if fr.startswith('cn.jixiao') and fr not in seen:
            seen.add(fr); by_jx[fr] += 1
print(f'{n} samples')
for title, c, k in [('innermost layer', by_layer, 30), ('controller on the stack', by_ctrl, 25), ('self method', self_m, 25), ('jixiao frame on the stack (inclusive)', by_jx, 40)]:
    print(f'\n## {title}')
    for name, v in c.most_common(k):
        print(f'{100*v/n:5.1f} %  {name}')
