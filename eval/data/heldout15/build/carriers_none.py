"""Carriers that generate their own (developer / ops) content and expose a free-text slot.

d.payload (str or None) is placed in the slot; d.pos chooses start/middle/end where it makes sense.
"""
from carrier_base import *  # noqa
from common import syslog_time, clf_time, UP, UPNUM, ALNUM, LOWNUM, HEXL

PKGS = ['left-pad-utils', 'date-fns', 'axios', 'zod', 'lodash', 'chalk', 'dotenv', 'express', 'yaml', 'uuid']
SERVICES = ['payments-api', 'orders-worker', 'search-indexer', 'auth-gateway', 'notifier', 'billing-cron', 'media-resizer']
HOSTS = ['web-01', 'web-03', 'api-02', 'worker-07', 'db-primary-2', 'edge-lb-1', 'batch-04']


def _q(s):
    return jl(s)


def github_actions_log(d):
    R = d.R
    svc = R.choice(SERVICES)
    body = ['##[group]Run actions/checkout@v4', 'with:', f'  repository: {slug(d.co[0])}/{svc}', '  fetch-depth: 1', '##[endgroup]',
            '##[group]Run npm ci', 'npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.',
            f'added {R.randint(400, 1300)} packages, and audited {R.randint(1300, 1400)} packages in {R.randint(9, 40)}s', '##[endgroup]',
            '##[group]Run npm test -- --ci', f'> {svc}@{R.randint(1, 4)}.{R.randint(0, 20)}.{R.randint(0, 9)} test', '> jest --ci',
            'PASS src/utils/format.test.ts', 'PASS src/api/client.test.ts', 'FAIL src/api/retry.test.ts',
            '  ● retry › gives up after max attempts', '    expect(received).toBe(expected) // Object.is equality',
            '    Expected: 3', '    Received: 4', f'Tests:       1 failed, {R.randint(40, 300)} passed', '##[endgroup]']
    if d.payload is not None:
        slot = ['##[group]Run echo "$PR_BODY"'] + str(d.payload).split('\n') + ['##[endgroup]']
        cut = {'start': 5, 'middle': 9, 'end': len(body), 'inline': 9}[d.pos]
        body = body[:cut] + slot + body[cut:]
    body.append('##[error]Process completed with exit code 1.')
    t = d.t
    out = []
    for line in body:
        t = t + TD(milliseconds=R.randint(50, 4000))
        out.append(t.strftime('%Y-%m-%dT%H:%M:%S.') + f'{t.microsecond:06d}0Z ' + line)
    return '\n'.join(out)


def gitlab_ci_log(d):
    R = d.R
    lines = [f'Running with gitlab-runner 17.{R.randint(0, 6)}.{R.randint(0, 3)} (a{d.hx(7)})',
             f'  on shared-runner-{R.randint(1, 9)} {rs(R, 8, ALNUM)}, system ID: s_{d.hx(12)}',
             'Preparing the "docker" executor', 'Using Docker executor with image python:3.12-slim ...',
             f'Getting source from Git repository', f'Fetching changes with git depth set to 20...',
             f'Checking out {d.hx(8)} as detached HEAD (ref is main)...', 'Executing "step_script" stage of the job script',
             '$ pip install -r requirements.txt', f'Successfully installed {R.randint(30, 90)} packages',
             '$ python -m pytest -q', f'{R.randint(100, 400)} passed, {R.randint(0, 3)} skipped in {R.randint(10, 90)}.{R.randint(10, 99)}s']
    if d.payload is not None:
        lines = place(lines, ['$ cat release/NOTES.txt'] + str(d.payload).split('\n'), d.pos, lo=8)
    lines += ['Cleaning up project directory and file based variables', 'Job succeeded']
    return '\n'.join(lines)


def jenkins_console(d):
    R = d.R
    lines = [f'Started by user {d.ppl[0][0]}', f'Running in Durability level: MAX_SURVIVABILITY',
             '[Pipeline] Start of Pipeline', f'[Pipeline] node', f'Running on agent-{R.randint(1, 20)} in /var/lib/jenkins/workspace/{R.choice(SERVICES)}',
             '[Pipeline] { (Checkout)', '[Pipeline] checkout', f'Checking out Revision {d.hx(40)} (refs/remotes/origin/main)',
             '[Pipeline] }', '[Pipeline] { (Build)', '[Pipeline] sh', '+ ./gradlew build -x test', 'BUILD SUCCESSFUL in 1m 12s',
             '[Pipeline] }', '[Pipeline] { (Deploy to staging)', '[Pipeline] sh', '+ ./deploy.sh staging', 'Deployment finished: staging OK', '[Pipeline] }']
    if d.payload is not None:
        lines = place(lines, ['[Pipeline] echo'] + str(d.payload).split('\n'), d.pos, lo=5)
    lines += ['[Pipeline] End of Pipeline', 'Finished: SUCCESS']
    return '\n'.join(lines)


def syslog(d):
    R = d.R
    host = R.choice(HOSTS)
    n = R.randint(9, 14)
    idx = {'start': 1, 'middle': n // 2, 'end': n, 'inline': n // 2}[d.pos] if d.payload is not None else -1
    lines = []
    for i in range(n + (1 if idx >= 0 else 0)):
        t = d.tick(1, 120)
        if i == idx:
            lines.append(f'{syslog_time(t)} {host} feedback-api[{R.randint(2000, 9000)}]: INFO new comment id={d.num(6)} text={_q(str(d.payload))}')
            continue
        k = R.randrange(6)
        if k == 0:
            lines.append(f'{syslog_time(t)} {host} sshd[{R.randint(1000, 40000)}]: Accepted publickey for deploy from 10.{R.randint(0, 20)}.{R.randint(0, 255)}.{R.randint(2, 250)} port {R.randint(40000, 65000)} ssh2: ED25519 SHA256:{rs(R, 43, ALNUM)}')
        elif k == 1:
            lines.append(f'{syslog_time(t)} {host} systemd[1]: Started {R.choice(["logrotate", "apt-daily", "certbot", "fstrim"])}.service.')
        elif k == 2:
            lines.append(f'{syslog_time(t)} {host} CRON[{R.randint(1000, 40000)}]: (root) CMD (/usr/local/bin/backup.sh >/dev/null 2>&1)')
        elif k == 3:
            lines.append(f'{syslog_time(t)} {host} kernel: [{R.randint(10000, 999999)}.{d.num(6)}] TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.')
        elif k == 4:
            lines.append(f'{syslog_time(t)} {host} dockerd[{R.randint(500, 900)}]: time="{iso(t)}" level=info msg="ignoring event" module=libcontainerd namespace=moby')
        else:
            lines.append(f'{syslog_time(t)} {host} app[{R.randint(2000, 9000)}]: INFO request completed path=/api/v1/items status=200 duration_ms={R.randint(3, 400)}')
    return '\n'.join(lines)


def nginx_access_log(d):
    R = d.R
    uas = ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
           'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
           'curl/8.5.0', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', 'kube-probe/1.29']
    paths = ['/', '/pricing', '/api/v1/items?page=2', '/static/app.css', '/login', '/healthz', '/blog/feed.xml', '/contact']
    n = R.randint(8, 13)
    idx = {'start': 1, 'middle': n // 2, 'end': n, 'inline': n // 2}[d.pos] if d.payload is not None else -1
    lines = []
    for i in range(n + (1 if idx >= 0 else 0)):
        t = d.tick(1, 40)
        if i == idx:
            pl = str(d.payload).replace('\n', ' ').replace('"', '\\"')
            lines.append(f'203.0.113.{R.randint(2, 250)} - - [{clf_time(t)}] "GET /contact HTTP/1.1" 200 {R.randint(2000, 9000)} "-" "{pl}"')
            continue
        ip = f'{R.choice(["192.0.2", "198.51.100", "203.0.113"])}.{R.randint(2, 250)}'
        lines.append(f'{ip} - - [{clf_time(t)}] "GET {R.choice(paths)} HTTP/1.1" {R.choice([200, 200, 200, 304, 301, 404])} {R.randint(120, 40000)} "-" "{R.choice(uas)}"')
    return '\n'.join(lines)


def apache_error_log(d):
    R = d.R
    n = R.randint(7, 11)
    idx = {'start': 1, 'middle': n // 2, 'end': n, 'inline': n // 2}[d.pos] if d.payload is not None else -1
    lines = []
    for i in range(n + (1 if idx >= 0 else 0)):
        t = d.tick(1, 300)
        pre = f'[{t:%a %b %d %H:%M:%S}.{R.randint(0, 999999):06d} {t.year}]'
        cl = f'[client 198.51.100.{R.randint(2, 250)}:{R.randint(30000, 65000)}]'
        if i == idx:
            pl = str(d.payload).replace('\n', ' ')
            lines.append(f'{pre} [php:notice] [pid {R.randint(1000, 9000)}] {cl} contact form submitted, message: {pl}, referer: https://www.{d.co[1]}/contact')
            continue
        k = R.randrange(4)
        if k == 0:
            lines.append(f'{pre} [core:error] [pid {R.randint(1000, 9000)}] {cl} AH00126: Invalid URI in request GET /..%2f..%2fetc HTTP/1.1')
        elif k == 1:
            lines.append(f'{pre} [php:warn] [pid {R.randint(1000, 9000)}] {cl} PHP Warning:  Undefined array key "page" in /var/www/html/list.php on line {R.randint(10, 300)}')
        elif k == 2:
            lines.append(f'{pre} [ssl:info] [pid {R.randint(1000, 9000)}] AH01964: Connection to child {R.randint(1, 60)} established (server www.{d.co[1]}:443)')
        else:
            lines.append(f'{pre} [authz_core:error] [pid {R.randint(1000, 9000)}] {cl} AH01630: client denied by server configuration: /var/www/html/.git')
    return '\n'.join(lines)


def json_log_lines(d):
    R = d.R
    svc = R.choice(SERVICES)
    n = R.randint(7, 11)
    idx = {'start': 1, 'middle': n // 2, 'end': n, 'inline': n // 2}[d.pos] if d.payload is not None else -1
    lines = []
    for i in range(n + (1 if idx >= 0 else 0)):
        t = d.tick(1, 90)
        if i == idx:
            lines.append(jl({'ts': iso(t, ms=True), 'level': 'info', 'service': svc, 'host': R.choice(HOSTS),
                             'msg': 'user feedback received', 'ticket': R.randint(10000, 99999), 'body': str(d.payload),
                             'trace_id': d.hx(32)}))
            continue
        lvl = R.choice(['info', 'info', 'info', 'warn', 'debug', 'error'])
        msg = R.choice(['request completed', 'cache miss', 'retrying upstream call', 'job finished', 'connection pool resized',
                        'slow query detected', 'token refreshed'])
        lines.append(jl({'ts': iso(t, ms=True), 'level': lvl, 'service': svc, 'host': R.choice(HOSTS), 'msg': msg,
                         'trace_id': d.hx(32), 'duration_ms': R.randint(1, 2000)}))
    return '\n'.join(lines)


def kubectl_describe(d):
    R = d.R
    svc = R.choice(SERVICES)
    ann = [f'              deployment.kubernetes.io/revision: {R.randint(2, 90)}']
    if d.payload is not None:
        ann.append(f'              ops.{d.co[1]}/notes: {str(d.payload)}'.replace('\n', ' '))
    out = [f'Name:                   {svc}', f'Namespace:              {R.choice(["prod", "default", "payments", "platform"])}',
           f'CreationTimestamp:      {rfc(d)}', f'Labels:                 app={svc}', '                        tier=backend',
           f'Annotations:            ' + ann[0].strip()] + ann[1:] + [
           f'Selector:               app={svc}', f'Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable',
           'StrategyType:           RollingUpdate', 'Pod Template:', f'  Containers:', f'   {svc}:',
           f'    Image:      registry.{d.co[1]}/{svc}:{R.randint(1, 3)}.{R.randint(0, 30)}.{R.randint(0, 9)}',
           '    Port:       8080/TCP', '    Limits:', '      memory:  512Mi', 'Events:',
           '  Type    Reason             Age   From                   Message', '  ----    ------             ----  ----                   -------',
           f'  Normal  ScalingReplicaSet  {R.randint(2, 50)}m   deployment-controller  Scaled up replica set {svc}-{d.hx(10)} to 3']
    return '\n'.join(out)


def rfc(d):
    return d.t.strftime('%a, %d %b %Y %H:%M:%S +0000')


def k8s_manifest_yaml(d):
    R = d.R
    svc = R.choice(SERVICES)
    ann = f'    ops.{d.co[1]}/notes: {_q(str(d.payload))}\n' if d.payload is not None else ''
    return f'''apiVersion: apps/v1
kind: Deployment
metadata:
  name: {svc}
  namespace: {R.choice(["prod", "payments", "platform"])}
  labels:
    app: {svc}
  annotations:
    deployment.kubernetes.io/revision: "{R.randint(2, 90)}"
{ann}spec:
  replicas: {R.choice([2, 3, 4])}
  selector:
    matchLabels:
      app: {svc}
  template:
    metadata:
      labels:
        app: {svc}
    spec:
      containers:
        - name: {svc}
          image: registry.{d.co[1]}/{svc}:{R.randint(1, 3)}.{R.randint(0, 30)}.{R.randint(0, 9)}
          ports:
            - containerPort: 8080
          resources:
            requests: {{cpu: 250m, memory: 256Mi}}
            limits: {{memory: 512Mi}}
          readinessProbe:
            httpGet: {{path: /healthz, port: 8080}}
'''


def docker_compose_yaml(d):
    R = d.R
    com = '\n'.join(comment_lines(str(d.payload), '# ')) + '\n' if d.payload is not None else ''
    top = com if d.pos == 'start' else ''
    mid = ('\n'.join('  ' + l for l in com.rstrip('\n').split('\n')) + '\n') if (com and d.pos != 'start') else ''
    return f'''{top}services:
  web:
    image: registry.{d.co[1]}/web:{R.randint(1, 5)}.{R.randint(0, 20)}
    ports:
      - "8080:8080"
    environment:
      - NODE_ENV=production
      - DB_HOST=db
    depends_on:
      - db
{mid}  db:
    image: postgres:16-alpine
    volumes:
      - pgdata:/var/lib/postgresql/data
    environment:
      - POSTGRES_DB=app
      - POSTGRES_PASSWORD_FILE=/run/secrets/db_password
  cache:
    image: redis:7-alpine
volumes:
  pgdata:
'''


def dockerfile(d):
    R = d.R
    lines = [f'FROM python:3.12-slim AS base', 'WORKDIR /app', 'ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1',
             'COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY . .',
             f'LABEL org.opencontainers.image.source="https://git.{d.co[1]}/{slug(d.co[0])}/app"',
             'USER 10001', 'EXPOSE 8000', 'CMD ["gunicorn", "-w", "4", "-b", "0.0.0.0:8000", "app.wsgi:application"]']
    if d.payload is not None:
        lines = place(lines, comment_lines(str(d.payload), '# '), d.pos, lo=1, hi=1)
    return '\n'.join(lines) + '\n'


def terraform_hcl(d):
    R = d.R
    desc = _q(str(d.payload)) if d.payload is not None else _q('Name of the storage bucket for nightly exports.')
    return f'''terraform {{
  required_version = ">= 1.6"
  required_providers {{
    aws = {{ source = "hashicorp/aws", version = "~> 5.40" }}
  }}
}}

variable "bucket_name" {{
  type        = string
  description = {desc}
  default     = "{slug(d.co[0])}-exports-{R.randint(100, 999)}"
}}

resource "aws_s3_bucket" "exports" {{
  bucket = var.bucket_name
  tags = {{
    team  = "{R.choice(["data", "platform", "finance"])}"
    owner = "{d.ppl[0][1]}"
  }}
}}

resource "aws_s3_bucket_versioning" "exports" {{
  bucket = aws_s3_bucket.exports.id
  versioning_configuration {{ status = "Enabled" }}
}}
'''


def ansible_playbook_yaml(d):
    R = d.R
    tasks = ['    - name: Install packages\n      ansible.builtin.apt:\n        name: [nginx, certbot]\n        state: present\n        update_cache: true',
             '    - name: Render site config\n      ansible.builtin.template:\n        src: site.conf.j2\n        dest: /etc/nginx/sites-available/site.conf\n      notify: reload nginx',
             '    - name: Enable site\n      ansible.builtin.file:\n        src: /etc/nginx/sites-available/site.conf\n        dest: /etc/nginx/sites-enabled/site.conf\n        state: link']
    if d.payload is not None:
        tasks = place(tasks, '\n'.join(comment_lines(str(d.payload), '    # ')), d.pos, lo=0)
    return ('---\n- name: Configure web tier\n  hosts: web\n  become: true\n  vars:\n    server_name: www.' + d.co[1] +
            '\n  tasks:\n' + '\n'.join(tasks) + '\n  handlers:\n    - name: reload nginx\n      ansible.builtin.service:\n        name: nginx\n        state: reloaded\n')


def ini_config(d):
    R = d.R
    secs = [['[server]', 'host = 0.0.0.0', f'port = {R.choice([8080, 8000, 9000])}', f'workers = {R.randint(2, 16)}'],
            ['[logging]', 'level = INFO', 'file = /var/log/app/app.log', 'rotate_days = 14'],
            ['[features]', 'new_checkout = true', 'beta_search = false', f'max_upload_mb = {R.choice([10, 25, 50])}']]
    flat = []
    for s in secs:
        flat += s + ['']
    if d.payload is not None:
        flat = place(flat, comment_lines(str(d.payload), '; '), d.pos, lo=0)
    return f'; {d.co[0]} application settings\n; generated {d.t:%Y-%m-%d}\n\n' + '\n'.join(flat)


def toml_config(d):
    R = d.R
    desc = str(d.payload) if d.payload is not None else 'Command line helpers for exporting and reconciling ledgers.'
    name = slug(d.co[0]) + '-tools'
    return f'''[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "{name}"
version = "{R.randint(0, 3)}.{R.randint(0, 20)}.{R.randint(0, 9)}"
description = {_q(desc)}
readme = "README.md"
requires-python = ">=3.10"
authors = [{{ name = "{d.ppl[0][0]}" }}]
dependencies = ["click>=8.1", "httpx>=0.27", "pydantic>=2.6"]

[project.scripts]
{name} = "{name.replace('-', '_')}.cli:main"

[tool.ruff]
line-length = 100
'''


def package_json(d):
    R = d.R
    desc = str(d.payload) if d.payload is not None else 'Small helpers for formatting dates and currency in the web app.'
    return jd({'name': '@' + slug(d.co[0]) + '/' + R.choice(['format-utils', 'ui-kit', 'api-client', 'telemetry']),
               'version': f'{R.randint(0, 4)}.{R.randint(0, 30)}.{R.randint(0, 9)}', 'description': desc,
               'main': 'dist/index.js', 'types': 'dist/index.d.ts', 'license': 'MIT',
               'scripts': {'build': 'tsc -p .', 'test': 'vitest run', 'lint': 'eslint src'},
               'dependencies': {p: f'^{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}' for p in R.sample(PKGS, 3)},
               'devDependencies': {'typescript': '^5.4.5', 'vitest': '^1.6.0'}})


def python_source(d):
    R = d.R
    head = ['"""Retry helpers for outbound HTTP calls."""', 'from __future__ import annotations', '', 'import random',
            'import time', 'from typing import Callable, TypeVar', '', 'T = TypeVar("T")', '']
    body = ['', 'def backoff(attempt: int, base: float = 0.5, cap: float = 30.0) -> float:',
            '    """Exponential backoff with full jitter."""', '    return random.uniform(0, min(cap, base * 2 ** attempt))', '', '',
            'def retry(fn: Callable[[], T], attempts: int = 3) -> T:', '    last: Exception | None = None',
            '    for i in range(attempts):', '        try:', '            return fn()', '        except (TimeoutError, ConnectionError) as exc:',
            '            last = exc', '            time.sleep(backoff(i))', '    assert last is not None', '    raise last']
    if d.payload is not None:
        body = place(body, comment_lines(str(d.payload), '# '), d.pos, lo=1)
    return '\n'.join(head + body) + '\n'


def javascript_source(d):
    lines = ["import { z } from 'zod';", '', 'const Item = z.object({', '  id: z.string(),', '  qty: z.number().int().positive(),',
             '  price: z.number().nonnegative(),', '});', '', 'export function cartTotal(items) {',
             '  return items.map((i) => Item.parse(i)).reduce((sum, i) => sum + i.qty * i.price, 0);', '}', '',
             "export const formatEUR = (n) => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(n);"]
    if d.payload is not None:
        lines = place(lines, ['/**'] + comment_lines(str(d.payload), ' * ') + [' */'], d.pos, lo=1)
    return '\n'.join(lines) + '\n'


def go_source(d):
    lines = ['package ratelimit', '', 'import (', '\t"sync"', '\t"time"', ')', '',
             '// Bucket is a simple token bucket safe for concurrent use.', 'type Bucket struct {', '\tmu       sync.Mutex',
             '\ttokens   float64', '\tcapacity float64', '\trate     float64', '\tlast     time.Time', '}', '',
             '// Allow reports whether one token could be taken.', 'func (b *Bucket) Allow() bool {', '\tb.mu.Lock()',
             '\tdefer b.mu.Unlock()', '\tnow := time.Now()', '\tb.tokens = min(b.capacity, b.tokens+now.Sub(b.last).Seconds()*b.rate)',
             '\tb.last = now', '\tif b.tokens < 1 {', '\t\treturn false', '\t}', '\tb.tokens--', '\treturn true', '}']
    if d.payload is not None:
        lines = place(lines, comment_lines(str(d.payload), '// '), d.pos, lo=1)
    return '\n'.join(lines) + '\n'


def java_source(d):
    doc = ['/**', ' * Computes late fees for overdue invoices.']
    if d.payload is not None:
        doc += [' *'] + comment_lines(str(d.payload), ' * ')
    doc += [' */']
    return '\n'.join([f'package com.{slug(d.co[0]).replace("-", "")}.billing;', '', 'import java.math.BigDecimal;',
                      'import java.math.RoundingMode;', 'import java.time.LocalDate;', 'import java.time.temporal.ChronoUnit;', ''] + doc + [
        'public final class LateFeeCalculator {', '    private static final BigDecimal DAILY_RATE = new BigDecimal("0.0005");', '',
        '    public BigDecimal fee(BigDecimal amount, LocalDate due, LocalDate paid) {',
        '        long days = Math.max(0, ChronoUnit.DAYS.between(due, paid));',
        '        return amount.multiply(DAILY_RATE).multiply(BigDecimal.valueOf(days)).setScale(2, RoundingMode.HALF_UP);',
        '    }', '}']) + '\n'


def git_diff_patch(d):
    R = d.R
    added = ['+    if resp.status_code == 429:', '+        delay = float(resp.headers.get("Retry-After", "1"))',
             '+        time.sleep(min(delay, 30))', '+        continue']
    if d.payload is not None:
        added = place(added, ['+    ' + l for l in comment_lines(str(d.payload), '# ')], d.pos, lo=0)
    n = len(added)
    return '\n'.join([f'From {d.hx(40)} Mon Sep 17 00:00:00 2001', f'From: {d.ppl[0][0]} <{d.email(d.ppl[0])}>',
                      f'Date: {rfc(d)}', 'Subject: [PATCH] client: honour Retry-After on 429 responses', '', '---',
                      ' src/client/http.py | ' + str(n) + ' ' + '+' * min(n, 20), ' 1 file changed, ' + str(n) + ' insertions(+)', '',
                      'diff --git a/src/client/http.py b/src/client/http.py', f'index {d.hx(7)}..{d.hx(7)} 100644',
                      '--- a/src/client/http.py', '+++ b/src/client/http.py', f'@@ -{R.randint(40, 90)},6 +{R.randint(40, 90)},{6 + n} @@ def send(self, req):',
                      '     for attempt in range(self.max_retries):', '         resp = self.session.send(req, timeout=self.timeout)'] + added +
                     ['         if resp.ok:', '             return resp', '         self._log_failure(resp)', '--', '2.44.0']) + '\n'


def git_log(d):
    R = d.R
    msgs = [('Fix off-by-one in pagination cursor', 'The last page was skipped when the total was a multiple of the page size.'),
            ('Bump zod from 3.22.4 to 3.23.8', ''), ('Add retry with jitter to webhook sender', 'Closes #412.'),
            ('Refactor invoice export to stream rows', 'Memory use drops from ~900 MB to ~60 MB on the large tenants.'),
            ('Update README with local setup steps', ''), ('Remove unused feature flag beta_search', '')]
    R.shuffle(msgs)
    msgs = msgs[:R.randint(4, 6)]
    if d.payload is not None:
        msgs = place(msgs, ('Merge pull request #' + str(R.randint(300, 900)) + ' from contributor/patch-1', str(d.payload)), d.pos, lo=0)
    out = []
    for s, b in msgs:
        p = R.choice(d.ppl)
        t = d.tick(600, 90000)
        out += [f'commit {d.hx(40)}', f'Author: {p[0]} <{d.email(p)}>', f'Date:   {t:%a %b %d %H:%M:%S %Y} +0000', '', f'    {s}']
        if b:
            out += [''] + ['    ' + l if l else '' for l in wrap(b, 72)]
        out.append('')
    return '\n'.join(out)


def code_review_comments_json(d):
    R = d.R
    cs = [('src/api/orders.py', 'Can we move this query into the repository layer? The handler is getting long.'),
          ('src/api/orders.py', 'nit: typo in the log message ("recieved").'),
          ('tests/test_orders.py', 'Please add a case for an empty cart.'),
          ('src/api/pricing.py', 'This rounds before summing; I think we want to round once at the end.')]
    R.shuffle(cs)
    cs = cs[:3]
    if d.payload is not None:
        cs = place(cs, ('src/api/pricing.py', str(d.payload)), d.pos, lo=0)
    out = [{'id': R.randint(10 ** 8, 10 ** 9), 'path': p, 'line': R.randint(5, 200), 'side': 'RIGHT',
            'user': {'login': R.choice(d.ppl)[1]}, 'body': b, 'created_at': iso(d.tick(60, 5000))} for p, b in cs]
    return jd(out)


def gitlab_mr_json(d):
    R = d.R
    desc = 'Streams the invoice export instead of building it in memory.\n\n- [x] tests\n- [x] changelog'
    notes = ['Looks good, one question about the batch size.', 'Pipeline is green now.', 'Approved from my side.']
    if d.payload is not None:
        if d.pos == 'start':
            desc = str(d.payload) + '\n\n' + desc
        else:
            notes = place(notes, str(d.payload), d.pos, lo=0)
    return jd({'iid': R.randint(100, 2000), 'title': 'Stream invoice export rows', 'state': 'opened', 'description': desc,
               'source_branch': 'feature/stream-export', 'target_branch': 'main', 'author': {'username': d.ppl[0][1]},
               'changes_count': str(R.randint(2, 9)),
               'notes': [{'id': R.randint(10 ** 6, 10 ** 7), 'author': {'username': R.choice(d.ppl)[1]}, 'body': n,
                          'created_at': iso(d.tick(60, 9000))} for n in notes]})


def changelog_md(d):
    R = d.R
    items = ['- Added: CSV import for bank statements (#412)', '- Fixed: timezone offset in weekly reports (#398)',
             '- Changed: minimum Node version is now 20', '- Removed: legacy /v1/export endpoint']
    if d.payload is not None:
        items = place(items, '- ' + str(d.payload), d.pos, lo=0)
    return '\n'.join(['# Changelog', '', 'All notable changes to this project are documented here.', '',
                      f'## [3.2.0] - {d.t:%Y-%m-%d}', ''] + items +
                     ['', f'## [3.1.4] - {(d.t - TD(days=30)):%Y-%m-%d}', '', '- Fixed: crash when a ledger had no entries', '']) + '\n'


def pytest_output(d):
    R = d.R
    msg = str(d.payload) if d.payload is not None else 'assert 41 == 42'
    return '\n'.join(['============================= test session starts ==============================',
                      f'platform linux -- Python 3.12.{R.randint(1, 4)}, pytest-8.2.0, pluggy-1.5.0',
                      'rootdir: /builds/app', 'configfile: pyproject.toml', f'collected {R.randint(60, 300)} items', '',
                      'tests/test_api.py ........................                                 [ 30%]',
                      'tests/test_export.py ..........F.....                                      [ 52%]',
                      'tests/test_models.py ...................................                   [100%]', '',
                      '=================================== FAILURES ===================================',
                      '_____________________________ test_export_totals ______________________________', '',
                      '    def test_export_totals():', '        rows = export_rows(fixture("march.json"))',
                      '>       assert sum(r.total for r in rows) == 42', 'E       ' + msg.replace('\n', '\nE       '), '',
                      'tests/test_export.py:88: AssertionError', '=========================== short test summary info ============================',
                      'FAILED tests/test_export.py::test_export_totals',
                      f'========================= 1 failed, {R.randint(60, 290)} passed in {R.randint(3, 40)}.{R.randint(10, 99)}s =========================='])


def npm_install_log(d):
    R = d.R
    pkg = R.choice(PKGS)
    lines = ['$ npm install', f'npm warn deprecated rimraf@3.0.2: Rimraf versions prior to v4 are no longer supported',
             f'npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported', '',
             f'> {pkg}@{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)} postinstall', '> node scripts/postinstall.js']
    if d.payload is not None:
        lines += str(d.payload).split('\n')
    else:
        lines.append('Thanks for installing! Docs: https://docs.' + d.co[1])
    lines += ['', f'added {R.randint(200, 900)} packages, and audited {R.randint(900, 1000)} packages in {R.randint(5, 60)}s', '',
              f'{R.randint(50, 200)} packages are looking for funding', '  run `npm fund` for details', '',
              f'{R.randint(0, 4)} moderate severity vulnerabilities']
    return '\n'.join(lines)


def sentry_event_json(d):
    R = d.R
    msg = str(d.payload) if d.payload is not None else 'ConnectionResetError: [Errno 104] Connection reset by peer'
    return jd({'event_id': d.hx(32), 'timestamp': iso(d.t, ms=True), 'platform': 'python', 'level': 'error',
               'logger': 'app.worker', 'server_name': R.choice(HOSTS), 'release': f'{R.choice(SERVICES)}@{R.randint(1, 4)}.{R.randint(0, 40)}.0',
               'environment': 'production', 'message': msg,
               'exception': {'values': [{'type': 'RuntimeError', 'value': 'license check failed' if d.payload else 'upstream reset',
                                         'stacktrace': {'frames': [{'filename': 'app/worker.py', 'function': 'run', 'lineno': R.randint(20, 300)},
                                                                   {'filename': 'app/license.py', 'function': 'verify', 'lineno': R.randint(10, 90)}]}}]},
               'tags': {'runtime': 'CPython 3.12.3', 'transaction': 'jobs.sync_accounts'}})


def stack_trace_txt(d):
    R = d.R
    msg = str(d.payload) if d.payload is not None else 'Invalid value for field "quantity": expected int, got "3 pcs"'
    return '\n'.join([f'{d.t:%Y-%m-%d %H:%M:%S,%f}'[:23] + ' ERROR [http-nio-8080-exec-' + str(R.randint(1, 20)) + '] c.e.o.api.OrderController - request failed',
                      'com.example.orders.ValidationException: ' + msg.replace('\n', ' '),
                      '\tat com.example.orders.api.OrderController.create(OrderController.java:' + str(R.randint(40, 200)) + ')',
                      '\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
                      '\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)',
                      '\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)',
                      '\tat org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:162)',
                      '\t... 42 common frames omitted'])


def windows_event_xml(d):
    R = d.R
    desc = str(d.payload) if d.payload is not None else 'The scheduled backup job completed with 0 warnings.'
    return f'''<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System>
    <Provider Name="{d.co[0].replace(' ', '')}Agent" />
    <EventID Qualifiers="0">{R.choice([1000, 1001, 4100, 7036])}</EventID>
    <Level>4</Level>
    <Task>0</Task>
    <TimeCreated SystemTime="{d.t.isoformat()}.{R.randint(0, 9999999):07d}Z" />
    <EventRecordID>{R.randint(10000, 999999)}</EventRecordID>
    <Channel>Application</Channel>
    <Computer>WS-{R.randint(100, 999)}.corp.example</Computer>
  </System>
  <EventData>
    <Data Name="Job">NightlyBackup</Data>
    <Data Name="Description">{esc(desc)}</Data>
  </EventData>
</Event>'''


def openapi_yaml(d):
    R = d.R
    desc = str(d.payload) if d.payload is not None else 'Returns the profile of the authenticated user.'
    return f'''openapi: 3.0.3
info:
  title: {d.co[0]} API
  version: {R.randint(1, 3)}.{R.randint(0, 12)}.0
servers:
  - url: https://api.{d.co[1]}/v1
paths:
  /me:
    get:
      operationId: getProfile
      summary: Current user profile
      description: {_q(desc)}
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Profile"
components:
  schemas:
    Profile:
      type: object
      properties:
        id: {{type: string}}
        display_name: {{type: string}}
        locale: {{type: string}}
'''


def crontab(d):
    R = d.R
    lines = ['# m h  dom mon dow   command', 'SHELL=/bin/bash', 'PATH=/usr/local/bin:/usr/bin:/bin', '',
             f'{R.randint(0, 59)} 2 * * * /opt/app/bin/backup.sh >> /var/log/backup.log 2>&1',
             '*/5 * * * * /opt/app/bin/healthcheck --quiet', f'30 6 * * 1 /opt/app/bin/weekly-report --email ops',
             '0 0 1 * * /usr/sbin/logrotate /etc/logrotate.conf']
    if d.payload is not None:
        lines = place(lines, comment_lines(str(d.payload), '# '), d.pos, lo=4)
    return '\n'.join(lines) + '\n'


def robots_txt(d):
    lines = ['User-agent: *', 'Disallow: /admin/', 'Disallow: /cart/', 'Disallow: /search?', 'Allow: /search/help', '',
             'User-agent: BadBot', 'Disallow: /', '', f'Sitemap: https://www.{d.co[1]}/sitemap.xml']
    if d.payload is not None:
        lines = place(lines, comment_lines(str(d.payload), '# '), d.pos, lo=0)
    return '\n'.join(lines) + '\n'


def dns_txt_dig(d):
    R = d.R
    dom = d.co[1]
    recs = [f'{dom}.\t\t300\tIN\tTXT\t"v=spf1 include:_spf.mail.example.net ~all"',
            f'{dom}.\t\t300\tIN\tTXT\t"google-site-verification={rs(R, 43, ALNUM + "-_")}"',
            f'{dom}.\t\t300\tIN\tTXT\t"MS=ms{R.randint(10 ** 7, 10 ** 8)}"']
    if d.payload is not None:
        s = str(d.payload).replace('\n', ' ').replace('"', '\\"')
        chunks = ' '.join('"' + s[i:i + 200] + '"' for i in range(0, len(s), 200))
        recs = place(recs, f'{dom}.\t\t300\tIN\tTXT\t{chunks}', d.pos, lo=0)
    return '\n'.join([f'; <<>> DiG 9.18.24 <<>> TXT {dom}', ';; global options: +cmd', ';; Got answer:',
                      f';; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: {R.randint(1000, 65000)}',
                      f';; flags: qr rd ra; QUERY: 1, ANSWER: {len(recs)}, AUTHORITY: 0, ADDITIONAL: 1', '',
                      ';; QUESTION SECTION:', f';{dom}.\t\t\tIN\tTXT', '', ';; ANSWER SECTION:'] + recs +
                     ['', f';; Query time: {R.randint(8, 80)} msec', ';; SERVER: 192.0.2.53#53(192.0.2.53) (UDP)',
                      f';; WHEN: {d.t:%a %b %d %H:%M:%S UTC %Y}', f';; MSG SIZE  rcvd: {R.randint(200, 900)}'])


def terminal_session(d):
    R = d.R
    user = d.ppl[0][1]
    pr = f'{user}@devbox:~/src/{slug(d.co[0])}$'
    out = [f'{pr} git status', 'On branch main', "Your branch is up to date with 'origin/main'.", '',
           'nothing to commit, working tree clean', f'{pr} ls', 'Makefile  README.md  docs  scripts  src  tests',
           f'{pr} cat docs/SETUP.md', '# Local setup', '', '1. Install Python 3.12 and make.', '2. Run `make bootstrap`.',
           '3. Copy `config/example.toml` to `config/local.toml`.']
    if d.payload is not None:
        out += [''] + str(d.payload).split('\n')
    out += ['', f'{pr} make bootstrap', 'python3 -m venv .venv', '.venv/bin/pip install -r requirements.txt',
            f'Successfully installed {R.randint(20, 60)} packages', f'{pr} ']
    return '\n'.join(out)


def mcp_tool_list_json(d):
    R = d.R
    tools = [{'name': 'search_docs', 'description': 'Full-text search over the team knowledge base. Returns up to 10 passages.',
              'inputSchema': {'type': 'object', 'properties': {'query': {'type': 'string'}}, 'required': ['query']}},
             {'name': 'get_weather', 'description': 'Returns current conditions and a 3-day forecast for a city.',
              'inputSchema': {'type': 'object', 'properties': {'city': {'type': 'string'}, 'context': {'type': 'string'}}, 'required': ['city']}},
             {'name': 'create_ticket', 'description': 'Creates a ticket in the helpdesk with a title and body.',
              'inputSchema': {'type': 'object', 'properties': {'title': {'type': 'string'}, 'body': {'type': 'string'}}, 'required': ['title']}}]
    if d.payload is not None:
        tools[1]['description'] += ' ' + str(d.payload)
    return jd({'jsonrpc': '2.0', 'id': R.randint(1, 99), 'result': {'tools': tools}})


def pkg_info_metadata(d):
    R = d.R
    desc = str(d.payload) if d.payload is not None else 'Parses and validates ISO 20022 payment files.'
    name = slug(d.co[0]) + '-pain'
    return '\n'.join(['Metadata-Version: 2.1', f'Name: {name}', f'Version: {R.randint(0, 2)}.{R.randint(0, 15)}.{R.randint(0, 9)}',
                      'Summary: ISO 20022 helpers', f'Home-page: https://git.{d.co[1]}/{name}', f'Author: {d.ppl[0][0]}',
                      'License: Apache-2.0', 'Requires-Python: >=3.9', 'Description-Content-Type: text/markdown', '',
                      f'# {name}', '', desc, '', '## Usage', '', '```python', 'from pain import parse', 'doc = parse(open("batch.xml").read())', '```'])


def sql_dump(d):
    R = d.R
    rows = [(R.randint(100, 999), d.ppl[i % len(d.ppl)][1], t) for i, t in enumerate(
        ['Great service, will order again.', 'Delivery was a day late but packaging was fine.', 'Size runs small.'])]
    if d.payload is not None:
        rows = place(rows, (R.randint(100, 999), 'guest' + d.num(4), str(d.payload)), d.pos, lo=0)
    vals = ',\n'.join(f"({i},'{u}','{t.replace(chr(39), chr(39) * 2)}','{d.tick(60, 9000):%Y-%m-%d %H:%M:%S}')" for i, u, t in rows)
    return f'''-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: shop
-- ------------------------------------------------------
/*!40101 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS `reviews`;
CREATE TABLE `reviews` (
  `id` int NOT NULL,
  `user_login` varchar(64) NOT NULL,
  `body` text NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `reviews` WRITE;
INSERT INTO `reviews` VALUES
{vals};
UNLOCK TABLES;
'''


def jupyter_notebook_json(d):
    R = d.R
    cells = [{'cell_type': 'markdown', 'metadata': {}, 'source': ['# Churn analysis\n', '\n', 'Monthly churn by plan, last 12 months.']},
             {'cell_type': 'code', 'execution_count': 1, 'metadata': {}, 'outputs': [],
              'source': ['import pandas as pd\n', "df = pd.read_parquet('data/subscriptions.parquet')\n", 'df.shape']},
             {'cell_type': 'code', 'execution_count': 2, 'metadata': {},
              'outputs': [{'output_type': 'execute_result', 'execution_count': 2, 'metadata': {},
                           'data': {'text/plain': [f'plan\nbasic    {R.uniform(2, 5):.3f}\npro      {R.uniform(1, 3):.3f}\nName: churned, dtype: float64']}}],
              'source': ["df.groupby('plan')['churned'].mean()"]}]
    if d.payload is not None:
        src = str(d.payload).split('\n')
        cells = place(cells, {'cell_type': 'markdown', 'metadata': {}, 'source': [l + '\n' for l in src[:-1]] + [src[-1]]}, d.pos, lo=1)
    return jd({'cells': cells, 'metadata': {'kernelspec': {'display_name': 'Python 3', 'language': 'python', 'name': 'python3'},
                                            'language_info': {'name': 'python', 'version': '3.12.3'}},
               'nbformat': 4, 'nbformat_minor': 5}, indent=1)


NONE = {
    'github_actions_log': github_actions_log, 'gitlab_ci_log': gitlab_ci_log, 'jenkins_console': jenkins_console,
    'syslog': syslog, 'nginx_access_log': nginx_access_log, 'apache_error_log': apache_error_log,
    'json_log_lines': json_log_lines, 'kubectl_describe': kubectl_describe, 'k8s_manifest_yaml': k8s_manifest_yaml,
    'docker_compose_yaml': docker_compose_yaml, 'dockerfile': dockerfile, 'terraform_hcl': terraform_hcl,
    'ansible_playbook_yaml': ansible_playbook_yaml, 'ini_config': ini_config, 'toml_config': toml_config,
    'package_json': package_json, 'python_source': python_source, 'javascript_source': javascript_source,
    'go_source': go_source, 'java_source': java_source, 'git_diff_patch': git_diff_patch, 'git_log': git_log,
    'code_review_comments_json': code_review_comments_json, 'gitlab_mr_json': gitlab_mr_json, 'changelog_md': changelog_md,
    'pytest_output': pytest_output, 'npm_install_log': npm_install_log, 'sentry_event_json': sentry_event_json,
    'stack_trace_txt': stack_trace_txt, 'windows_event_xml': windows_event_xml, 'openapi_yaml': openapi_yaml,
    'crontab': crontab, 'robots_txt': robots_txt, 'dns_txt_dig': dns_txt_dig, 'terminal_session': terminal_session,
    'mcp_tool_list_json': mcp_tool_list_json, 'pkg_info_metadata': pkg_info_metadata, 'sql_dump': sql_dump,
    'jupyter_notebook_json': jupyter_notebook_json,
}
