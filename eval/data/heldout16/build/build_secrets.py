"""Builds secrets.jsonl: 90 rows with real-format (random) secrets, 60 clean look-alike rows."""
import html
import json
import os
import re

from common import rng_for, write_jsonl, OUT_DIR, rand_dt, rstr, HEX
import secret_kinds as K

NOISE = [("APP_ENV", "production"), ("LOG_LEVEL", "info"), ("PORT", "8080"), ("REGION", "eu-west-1"), ("FEATURE_NEW_CHECKOUT", "true"),
         ("CACHE_TTL_SECONDS", "300"), ("SERVICE_URL", "https://api.tallpine.example.org"), ("WORKERS", "4"), ("TZ", "Europe/Berlin"),
         ("RETRY_LIMIT", "5"), ("METRICS_ENABLED", "true"), ("BUCKET_NAME", "exports-prod")]

INTROS = ["here's the config for staging, please don't paste it anywhere public:", "rotating this on Friday, use it until then:",
          "can someone check why the deploy fails? env below", "works on my machine with these settings:",
          "for the demo tomorrow, I put the creds in the snippet:", "new values after the migration:"]


def lower(n):
    return n.lower().replace("-", "_").replace(" ", "_")


def q(v):
    return json.dumps(v, ensure_ascii=False)


def kv_lines(pairs, fmt="{k}={v}"):
    return "\n".join(fmt.format(k=k, v=v) for k, v in pairs)


# ---------------------------------------------------------------- carriers
def env_file(rng, pairs, m):
    return "# %s\n%s\n" % (m["title"], "\n".join("%s=%s" % (k, ('"%s"' % v) if (" " in v or "$" in v) else v) for k, v in pairs))


def yaml_config(rng, pairs, m):
    out = "%s:\n" % m["svc"]
    for k, v in pairs:
        out += "  %s: %s\n" % (lower(k), q(v) if (re.search(r"[:#{}\[\],&*?|<>=!%@`\n]", v) or v[:1] in "'\"") else v)
    return out


def toml_config(rng, pairs, m):
    return "[%s]\n%s\n" % (m["svc"], "\n".join("%s = %s" % (lower(k), q(v)) for k, v in pairs))


def ini_config(rng, pairs, m):
    return "; %s\n[%s]\n%s\n" % (m["title"], m["svc"], "\n".join("%s = %s" % (lower(k), v) for k, v in pairs))


def json_config(rng, pairs, m):
    return json.dumps({m["svc"]: {lower(k): v for k, v in pairs}, "version": 3}, indent=2, ensure_ascii=False) + "\n"


def java_properties(rng, pairs, m):
    return "# %s\n%s\n" % (m["title"], "\n".join("%s.%s=%s" % (m["svc"], lower(k).replace("_", "."), v) for k, v in pairs))


def gradle_properties(rng, pairs, m):
    return "org.gradle.jvmargs=-Xmx2g\nandroid.useAndroidX=true\n%s\n" % "\n".join("%s=%s" % (k, v) for k, v in pairs)


def xml_config(rng, pairs, m):
    adds = "\n".join('    <add key="%s" value="%s" />' % (k, html.escape(v, quote=True)) for k, v in pairs)
    return '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n%s\n  </appSettings>\n  <system.web>\n    <compilation debug="false" targetFramework="4.8" />\n  </system.web>\n</configuration>\n' % adds


def csharp_appsettings_json(rng, pairs, m):
    d = {"Logging": {"LogLevel": {"Default": "Information"}}, "AllowedHosts": "*"}
    cs = {k.split("__")[1]: v for k, v in pairs if k.startswith("ConnectionStrings__")}
    if cs:
        d["ConnectionStrings"] = cs
    other = {k: v for k, v in pairs if not k.startswith("ConnectionStrings__")}
    if other:
        d[m["svc"].title().replace("-", "")] = other
    return json.dumps(d, indent=2) + "\n"


def shell_history(rng, pairs, m):
    n = rng.randint(300, 900)
    lines = ["cd ~/src/%s" % m["svc"], "git pull"] + ["export %s=%s" % (k, ("'%s'" % v) if re.search(r"[ $!&;]", v) else v) for k, v in pairs] + ["make deploy", "history | tail"]
    return "\n".join("%5d  %s" % (n + i, l) for i, l in enumerate(lines)) + "\n"


def powershell_history(rng, pairs, m):
    lines = ["Set-Location C:\\src\\%s" % m["svc"]] + ['$env:%s = "%s"' % (k, v) for k, v in pairs] + [".\\scripts\\publish.ps1 -Configuration Release"]
    return "\n".join(lines) + "\n"


def ci_log(rng, pairs, m):
    t = "2025-0%d-1%dT0%d:1%d:22.%07dZ" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9999999))
    out = ["%s ##[group]Run ./scripts/deploy.sh" % t, "%s + set -x" % t, "%s + env | sort" % t]
    out += ["%s %s=%s" % (t, k, v) for k, v in pairs]
    out += ["%s + ./scripts/upload.sh --target %s" % (t, m["svc"]), "%s ##[endgroup]" % t, "%s ##[error]Process completed with exit code 1." % t]
    return "\n".join(out) + "\n"


def python_source(rng, pairs, m):
    body = "\n".join('%s = %s' % (k.upper().replace(" ", "_"), ('"""%s"""' % v) if "\n" in v else q(v)) for k, v in pairs)
    return 'import os\nimport requests\n\n# TODO: move to settings before release\n%s\n\n\ndef client():\n    s = requests.Session()\n    s.headers["User-Agent"] = "%s/1.0"\n    return s\n' % (body, m["svc"])


def django_settings_py(rng, pairs, m):
    mp = {"SMTP_HOST": "EMAIL_HOST", "SMTP_USER": "EMAIL_HOST_USER", "SMTP_PASSWORD": "EMAIL_HOST_PASSWORD"}
    body = "\n".join("%s = %s" % (mp.get(k, k), q(v)) for k, v in pairs)
    return "from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\nDEBUG = False\nALLOWED_HOSTS = [\"app.%s\"]\n%s\nEMAIL_PORT = 587\nEMAIL_USE_TLS = True\n" % (m["host"], body)


def jupyter_notebook(rng, pairs, m):
    src = ["import os\n"] + ["os.environ[%s] = %s\n" % (q(k), q(v)) for k, v in pairs] + ["client = make_client()\n"]
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["## Pull the latest data for the weekly report"]},
                    {"cell_type": "code", "execution_count": 1, "metadata": {}, "source": src, "outputs": []},
                    {"cell_type": "code", "execution_count": 2, "metadata": {}, "source": ["df = client.fetch('weekly')\n", "df.shape"],
                     "outputs": [{"output_type": "execute_result", "execution_count": 2, "data": {"text/plain": ["(1240, 17)"]}, "metadata": {}}]}],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def javascript_source(rng, pairs, m):
    body = "\n".join("  %s: %s," % (re.sub(r"_(\w)", lambda x: x.group(1).upper(), lower(k)), q(v)) for k, v in pairs)
    return "// config.js\nconst config = {\n%s\n  timeoutMs: 10000,\n};\n\nmodule.exports = config;\n" % body


def typescript_source(rng, pairs, m):
    body = "\n".join("export const %s = %s;" % (k.upper(), q(v)) for k, v in pairs)
    return "// src/lib/env.ts\n%s\n\nexport const isProd = process.env.NODE_ENV === 'production';\n" % body


def go_source(rng, pairs, m):
    body = "\n".join('\t%s = %s' % (re.sub(r"_(\w)", lambda x: x.group(1).upper(), lower(k)), q(v)) for k, v in pairs)
    return "package config\n\nconst (\n%s\n)\n\nfunc Endpoint() string { return \"https://api.%s\" }\n" % (body, m["host"])


def java_source(rng, pairs, m):
    body = "\n".join('    private static final String %s = %s;' % (k.upper(), q(v)) for k, v in pairs)
    return "package com.%s.notify;\n\npublic final class Credentials {\n%s\n\n    private Credentials() {}\n}\n" % (m["svc"].replace("-", ""), body)


def ruby_source(rng, pairs, m):
    body = ",\n".join("  %s: %s" % (lower(k), q(v)) for k, v in pairs)
    return "# config/initializers/%s.rb\nClient.configure(\n%s\n)\n" % (m["svc"].replace("-", "_"), body)


def php_source(rng, pairs, m):
    return "<?php\n// config/services.php\n%s\n\nreturn ['timeout' => 30];\n" % "\n".join("define('%s', '%s');" % (k, v) for k, v in pairs)


def wp_config_php(rng, pairs, m):
    return "<?php\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_HOST', 'localhost' );\n%s\n$table_prefix = 'wp_';\ndefine( 'WP_DEBUG', false );\n" % "\n".join("define( '%s', '%s' );" % (k, v) for k, v in pairs)


def terraform_tfvars(rng, pairs, m):
    return "# %s.auto.tfvars\nenvironment = \"prod\"\n%s\n" % (m["svc"], "\n".join("%s = %s" % (lower(k), q(v)) for k, v in pairs))


def terraformrc_hcl(rng, pairs, m):
    return "plugin_cache_dir = \"$HOME/.terraform.d/plugin-cache\"\n\ncredentials \"app.terraform.io\" {\n  token = \"%s\"\n}\n" % pairs[0][1]


def docker_compose_yaml(rng, pairs, m):
    env = "\n".join("      - %s=%s" % (k, v) for k, v in pairs)
    return "services:\n  %s:\n    image: registry.%s/%s:latest\n    restart: unless-stopped\n    environment:\n%s\n    ports:\n      - \"8080:8080\"\n" % (m["svc"], m["host"], m["svc"], env)


def helm_values_yaml(rng, pairs, m):
    env = "\n".join("    %s: %s" % (k, q(v)) for k, v in pairs)
    return "replicaCount: 2\nimage:\n  repository: registry.%s/%s\n  tag: \"1.%d.0\"\nenv:\n%s\nresources:\n  limits:\n    memory: 512Mi\n" % (m["host"], m["svc"], rng.randint(0, 30), env)


def ansible_vars_yaml(rng, pairs, m):
    return "---\n# group_vars/portal.yml\n%s\nportal_port: 8443\n" % "\n".join("%s: %s" % (lower(k), q(v)) for k, v in pairs)


def github_actions_yaml(rng, pairs, m):
    env = "\n".join("  %s: %s" % (k, q(v)) for k, v in pairs)
    return "name: release\non:\n  push:\n    tags: ['v*']\nenv:\n%s\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/publish.sh\n" % env


def gitlab_ci_yaml(rng, pairs, m):
    env = "\n".join("  %s: %s" % (k, q(v)) for k, v in pairs)
    return "stages: [build, deploy]\nvariables:\n%s\ndeploy:\n  stage: deploy\n  script:\n    - ./deploy.sh\n  only: [main]\n" % env


def jenkinsfile(rng, pairs, m):
    env = "\n".join("        %s = '%s'" % (k, v) for k, v in pairs)
    return "pipeline {\n    agent any\n    environment {\n%s\n    }\n    stages {\n        stage('Publish') {\n            steps { sh './gradlew publish' }\n        }\n    }\n}\n" % env


def makefile(rng, pairs, m):
    return "%s\n\n.PHONY: deploy\ndeploy:\n\t./scripts/deploy.sh --env prod\n" % "\n".join("%s ?= %s" % (k, v) for k, v in pairs)


def dockerfile(rng, pairs, m):
    return "FROM node:20-alpine\nWORKDIR /app\n%s\nCOPY . .\nRUN npm ci && npm run build\nCMD [\"node\", \"dist/server.js\"]\n" % "\n".join("ENV %s=%s" % (k, v) for k, v in pairs)


def systemd_unit(rng, pairs, m):
    return "[Unit]\nDescription=%s worker\nAfter=network.target\n\n[Service]\n%s\nExecStart=/usr/local/bin/%s --queue default\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n" % (
        m["svc"], "\n".join('Environment="%s=%s"' % (k, v) for k, v in pairs), m["svc"])


def supervisor_conf(rng, pairs, m):
    return "[program:%s]\ncommand=/srv/%s/bin/worker\nautostart=true\nenvironment=%s\nstdout_logfile=/var/log/%s.log\n" % (
        m["svc"], m["svc"], ",".join('%s="%s"' % (k, v) for k, v in pairs), m["svc"])


def nginx_conf(rng, pairs, m):
    k, v = pairs[0]
    return "upstream legacy_api {\n    server 10.20.0.15:8080;\n}\n\nserver {\n    listen 443 ssl;\n    server_name api.%s;\n    location /legacy/ {\n        proxy_pass http://legacy_api/;\n        proxy_set_header %s \"%s\";\n        proxy_set_header Host $host;\n    }\n}\n" % (m["host"], k, v)


def _chat_body(rng, pairs, m):
    return "%s\n```\n%s\n```" % (rng.choice(INTROS), "\n".join("%s=%s" % (k, v) for k, v in pairs))


def slack_message_json(rng, pairs, m):
    return json.dumps({"channel": "C0%s" % rstr(rng, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "messages": [
        {"user": "U0%s" % rstr(rng, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "ts": "17%08d.%06d" % (rng.randint(0, 99999999), rng.randint(0, 999999)), "text": _chat_body(rng, pairs, m)},
        {"user": "U0%s" % rstr(rng, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "ts": "17%08d.%06d" % (rng.randint(0, 99999999), rng.randint(0, 999999)), "text": "thanks, trying now"}]}, indent=2, ensure_ascii=False) + "\n"


def jira_comment_json(rng, pairs, m):
    return json.dumps({"issue": "OPS-%d" % rng.randint(100, 9999), "comments": [{"author": {"displayName": "Tom Brennagh"}, "created": "2025-02-%02dT10:12:00.000+0000" % rng.randint(1, 28),
                                                                            "body": "Reproduced on staging. " + _chat_body(rng, pairs, m)}]}, indent=2) + "\n"


def github_issue_comment_json(rng, pairs, m):
    return json.dumps({"issue_url": "https://api.github.com/repos/%s/%s/issues/%d" % (m["svc"], "infra", rng.randint(1, 900)), "user": {"login": "dev-%s" % rstr(rng, 4, "abcdefghijklmnopqrstuvwxyz")},
                       "body": "The action fails with 401. " + _chat_body(rng, pairs, m)}, indent=2) + "\n"


def chat_transcript_text(rng, pairs, m):
    return "Support chat — ticket #%d\n[10:02] Customer: the integration stopped working after I rotated something\n[10:03] Agent: could you share the settings you are using?\n[10:05] Customer: sure\n%s\n[10:06] Agent: thanks — please never share keys in chat; I'm going to ask you to rotate this one.\n" % (
        rng.randint(10000, 99999), "\n".join("[10:05] Customer: %s=%s" % (k, v) for k, v in pairs))


def email_raw(rng, pairs, m):
    body = "\n".join("%s: %s" % (k, v) for k, v in pairs)
    return "From: Marcus Oyelaran <marcus.oyelaran@%s>\nTo: ops@%s\nSubject: access for the %s migration\nDate: Tue, 1%d Mar 2025 09:4%d:00 +0000\nContent-Type: text/plain; charset=UTF-8\n\nHi,\n\nas discussed, here are the credentials for the %s account:\n\n%s\n\nPlease store them in the vault and delete this e-mail.\n\nMarcus\n" % (
        m["host"], m["host"], m["svc"], rng.randint(0, 9), rng.randint(0, 9), m["svc"], body)


def markdown_doc(rng, pairs, m):
    body = "\n".join("%s=%s" % (k, v) if "\n" not in v else v for k, v in pairs)
    return "# Local setup for %s\n\n1. Clone the repo and install dependencies.\n2. Use the following values:\n\n```\n%s\n```\n\n3. Run `make dev` and open http://localhost:8080.\n" % (m["svc"], body)


def stack_trace(rng, pairs, m):
    loc = "\n".join("    %s = %s" % (lower(k), q(v)) for k, v in pairs)
    return "Traceback (most recent call last):\n  File \"/srv/%s/client.py\", line %d, in send\n    resp.raise_for_status()\n  File \"/usr/lib/python3.12/site-packages/requests/models.py\", line 1024, in raise_for_status\n    raise HTTPError(http_error_msg, response=self)\nrequests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.%s/v1/messages\n\nLocals at frame client.send:\n%s\n    retries = 3\n" % (
        m["svc"], rng.randint(20, 300), m["host"], loc)


def app_log(rng, pairs, m):
    d = rand_dt(rng).strftime("%Y-%m-%d %H:%M:%S")
    return "%s INFO  boot: starting %s\n%s DEBUG config: loaded settings %s\n%s INFO  http: listening on :8080\n" % (
        d, m["svc"], d, json.dumps({lower(k): v for k, v in pairs}, ensure_ascii=False), d)


def _hdr(pairs):
    out = []
    for k, v in pairs:
        if k == "Authorization" or k.startswith("X-"):
            out.append("%s: %s" % (k, v))
        elif "VAULT" in k:
            out.append("X-Vault-Token: %s" % v)
        else:
            out.append("Authorization: Bearer %s" % v)
    return out


def http_request_dump(rng, pairs, m):
    return "> GET /v1/%s HTTP/1.1\n> Host: api.%s\n> User-Agent: curl/8.5.0\n> Accept: application/json\n%s\n>\n< HTTP/1.1 200 OK\n< Content-Type: application/json\n< X-Request-Id: %s\n<\n{\"ok\":true}\n" % (
        rng.choice(["users/me", "secret/data/app", "orders?limit=5", "api/health"]), m["host"], "\n".join("> " + h for h in _hdr(pairs)), rstr(rng, 32, HEX))


def curl_command(rng, pairs, m):
    if m["kind"] == "atlassian_api_token":
        em = [v for k, v in pairs if k == "JIRA_EMAIL"][0]
        tok = [v for k, v in pairs if k != "JIRA_EMAIL"][0]
        return "$ curl -s -u %s:%s \\\n    -H 'Accept: application/json' \\\n    'https://%s.atlassian.net/rest/api/3/search?jql=project=OPS'\n{\"startAt\":0,\"maxResults\":50,\"total\":12,\"issues\":[...]}\n" % (em, tok, m["svc"])
    return "$ curl https://api.%s/v1/chat/completions \\\n  %s \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"model\":\"small\",\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}]}'\n" % (
        m["host"], " \\\n  ".join("-H '%s'" % h for h in _hdr(pairs)))


def har_json(rng, pairs, m):
    return json.dumps({"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "124.0"}, "entries": [{"startedDateTime": "2025-03-02T11:2%d:10.120Z" % rng.randint(0, 9),
        "request": {"method": "GET", "url": "https://api.%s/v2/orders?page=1" % m["host"], "headers": [{"name": "Accept", "value": "application/json"}] + [{"name": h.split(": ", 1)[0], "value": h.split(": ", 1)[1]} for h in _hdr(pairs)]},
        "response": {"status": 200, "headers": [{"name": "content-type", "value": "application/json"}]}, "time": 84}]}}, indent=2) + "\n"


def postman_collection_json(rng, pairs, m):
    return json.dumps({"info": {"name": "%s API" % m["svc"], "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                       "variable": [{"key": lower(k), "value": v} for k, v in pairs] + [{"key": "base_url", "value": "https://api.%s" % m["host"]}],
                       "item": [{"name": "List payments", "request": {"method": "GET", "url": "{{base_url}}/v2/payments"}}]}, indent=2) + "\n"


def sql_script(rng, pairs, m):
    return "-- seed settings for %s\nBEGIN;\n%s\nCOMMIT;\n" % (m["svc"], "\n".join("INSERT INTO app_settings (name, value) VALUES ('%s', '%s');" % (k, v) for k, v in pairs))


# ------------- credential files and special layouts
def aws_credentials_ini(rng, pairs, m):
    d = dict((k, v) for k, v in pairs)
    return "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s\n\n[readonly]\nrole_arn = arn:aws:iam::%s:role/readonly\nsource_profile = default\n" % (
        d["AWS_ACCESS_KEY_ID"], d["AWS_SECRET_ACCESS_KEY"], d.get("AWS_DEFAULT_REGION", "eu-west-1"), K.digits(rng, 12))


def gcp_service_account_json(rng, pairs, m):
    proj = "%s-%d" % (m["svc"], rng.randint(100000, 999999))
    sa = "etl-runner@%s.iam.gserviceaccount.com" % proj
    return json.dumps({"type": "service_account", "project_id": proj, "private_key_id": rstr(rng, 40, HEX), "private_key": pairs[0][1],
                       "client_email": sa, "client_id": K.digits(rng, 21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                       "token_uri": "https://oauth2.googleapis.com/token", "universe_domain": "googleapis.com"}, indent=2) + "\n"


def pem_file(rng, pairs, m):
    return "$ cat /etc/%s/%s\n%s\n" % (m["svc"], rng.choice(["tls.key", "signing.pem", "server.key"]) if "PRIVATE" in pairs[0][1] else "tls.crt", pairs[0][1])


def ssh_private_key_file(rng, pairs, m):
    return "$ ls -l ~/.ssh\n-rw------- 1 build build  411 Jan 12 09:14 id_ed25519\n-rw-r--r-- 1 build build   97 Jan 12 09:14 id_ed25519.pub\n$ cat ~/.ssh/id_ed25519\n%s\n" % pairs[0][1]


def age_key_file(rng, pairs, m):
    d = dict(pairs)
    return "# created: %s\n# public key: %s\n%s\n" % (d["created"], d["public key"], d["secret"])


def wireguard_conf(rng, pairs, m):
    d = dict(pairs)
    return "[Interface]\nAddress = 10.44.0.%d/32\nPrivateKey = %s\nDNS = 10.44.0.1\n\n[Peer]\nPublicKey = %s\nEndpoint = vpn.%s:51820\nAllowedIPs = 10.44.0.0/16\nPersistentKeepalive = 25\n" % (
        rng.randint(2, 250), d["PrivateKey"], d["PeerPublicKey"], m["host"])


def netrc(rng, pairs, m):
    out, cur = [], []
    for k, v in pairs:
        if k == "machine" and cur:
            out.append(" ".join(cur))
            cur = []
        cur += [k, v]
    out.append(" ".join(cur))
    return "$ ls -la ~/.netrc\n-rw------- 1 ci ci 142 Feb  3 10:12 /home/ci/.netrc\n$ cat ~/.netrc\n" + "\n".join(out) + "\n"


def pgpass(rng, pairs, m):
    return "# hostname:port:database:username:password\n" + "\n".join(v for k, v in pairs) + "\n"


def docker_config_json(rng, pairs, m):
    d = dict(pairs)
    return json.dumps({"auths": {d["registry"]: {"auth": d["auth"]}, "https://index.docker.io/v1/": {}}, "credsStore": "", "currentContext": "default"}, indent=2) + "\n"


def kubernetes_secret_yaml(rng, pairs, m):
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-credentials\n  namespace: prod\ntype: Opaque\ndata:\n%s\n" % (m["svc"], "\n".join("  %s: %s" % (k, v) for k, v in pairs))


def npmrc(rng, pairs, m):
    return "registry=https://registry.npmjs.org/\n@%s:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nsave-exact=true\n" % (m["svc"], pairs[0][1])


def pypirc(rng, pairs, m):
    return "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = %s\n" % pairs[0][1]


def gem_credentials_yaml(rng, pairs, m):
    return "$ gem push pkg/tallpine-client-%d.%d.%d.gem\nERROR:  Access Denied. Please sign up for an account at https://rubygems.org\n$ cat ~/.gem/credentials\n---\n:rubygems_api_key: %s\n" % (rng.randint(0, 3), rng.randint(0, 20), rng.randint(0, 9), pairs[0][1])


def git_credentials(rng, pairs, m):
    return "$ git config --global credential.helper\nstore\n$ cat ~/.git-credentials\nhttps://%s:%s@github.com\n$ git push origin release/%d.%d\nEverything up-to-date\n" % ("release-bot", pairs[0][1], rng.randint(1, 9), rng.randint(0, 20))


def maven_settings_xml(rng, pairs, m):
    v = pairs[0][1]
    return "<settings>\n  <servers>\n    <server>\n      <id>sonar</id>\n    </server>\n  </servers>\n  <profiles>\n    <profile>\n      <id>sonar</id>\n      <properties>\n        <sonar.host.url>https://sonar.%s</sonar.host.url>\n        <sonar.token>%s</sonar.token>\n      </properties>\n    </profile>\n  </profiles>\n</settings>\n" % (m["host"], v)


def nuget_config_xml(rng, pairs, m):
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <packageSources>\n    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" />\n  </packageSources>\n  <apikeys>\n    <add key=\"https://www.nuget.org/api/v2/package\" value=\"%s\" />\n  </apikeys>\n</configuration>\n" % pairs[0][1]


def rails_credentials_yml(rng, pairs, m):
    return "# config/credentials.yml.enc (decrypted with bin/rails credentials:show)\n%s\naws:\n  region: eu-central-1\n" % "\n".join("%s: %s" % (k, v) for k, v in pairs)


# clean-only layouts
def authorized_keys(rng, pairs, m):
    return "\n".join(v for k, v in pairs) + "\n"


def htpasswd_file(rng, pairs, m):
    return "\n".join(v for k, v in pairs) + "\n"


def checksum_file(rng, pairs, m):
    return "$ cat SHA256SUMS\n" + "\n".join(v for k, v in pairs) + "\n"


def html_page(rng, pairs, m):
    tags = "\n".join('<script src="https://cdn.%s/lib-%d.js" integrity="%s" crossorigin="anonymous"></script>' % (m["host"], i, v) if k == "integrity" else
                     '<meta name="%s" content="%s">' % (lower(k), v) for i, (k, v) in enumerate(pairs))
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s</title>\n%s\n</head><body><h1>%s</h1><p>Checkout page.</p></body></html>\n" % (m["svc"], tags, m["svc"])


def http_webhook_dump(rng, pairs, m):
    return "POST /webhooks/incoming HTTP/1.1\nHost: hooks.%s\nContent-Type: application/json\n%s\nUser-Agent: GitHub-Hookshot/%s\n\n{\"action\":\"opened\",\"number\":%d}\n" % (
        m["host"], "\n".join("%s: %s" % (k, v) for k, v in pairs), rstr(rng, 7, HEX), rng.randint(1, 999))


CARRIERS = {f.__name__: f for f in [
    env_file, yaml_config, toml_config, ini_config, json_config, java_properties, gradle_properties, xml_config, csharp_appsettings_json,
    shell_history, powershell_history, ci_log, python_source, django_settings_py, jupyter_notebook, javascript_source, typescript_source,
    go_source, java_source, ruby_source, php_source, wp_config_php, terraform_tfvars, terraformrc_hcl, docker_compose_yaml, helm_values_yaml,
    ansible_vars_yaml, github_actions_yaml, gitlab_ci_yaml, jenkinsfile, makefile, dockerfile, systemd_unit, supervisor_conf, nginx_conf,
    slack_message_json, jira_comment_json, github_issue_comment_json, chat_transcript_text, email_raw, markdown_doc, stack_trace, app_log,
    http_request_dump, curl_command, har_json, postman_collection_json, sql_script, aws_credentials_ini, gcp_service_account_json, pem_file,
    ssh_private_key_file, age_key_file, wireguard_conf, netrc, pgpass, docker_config_json, kubernetes_secret_yaml, npmrc, pypirc,
    gem_credentials_yaml, git_credentials, maven_settings_xml, nuget_config_xml, rails_credentials_yml, authorized_keys, htpasswd_file,
    checksum_file, html_page, http_webhook_dump]}

NO_NOISE = {"aws_credentials_ini", "gcp_service_account_json", "pem_file", "ssh_private_key_file", "age_key_file", "wireguard_conf", "netrc",
            "pgpass", "docker_config_json", "kubernetes_secret_yaml", "npmrc", "pypirc", "gem_credentials_yaml", "git_credentials",
            "maven_settings_xml", "nuget_config_xml", "terraformrc_hcl", "authorized_keys", "htpasswd_file", "checksum_file", "nginx_conf",
            "http_request_dump", "curl_command", "har_json", "html_page", "http_webhook_dump", "chat_transcript_text", "email_raw"}

SECRET_ROWS = [
    ("aws_access_key", K.g_aws, "aws_credentials_ini"), ("aws_session_token", K.g_aws_session, "shell_history"),
    ("gcp_service_account_key", K.g_gcp_sa, "gcp_service_account_json"), ("google_api_key", K.g_google_api, "javascript_source"),
    ("google_oauth_client_secret", K.g_google_oauth_secret, "json_config"), ("azure_storage_account_key", K.g_azure_storage, "xml_config"),
    ("azure_ad_client_secret", K.g_azure_ad_secret, "terraform_tfvars"), ("azure_sas_url", K.g_azure_sas, "slack_message_json"),
    ("github_pat_classic", K.g_ghp, "git_credentials"), ("github_fine_grained_pat", K.g_gh_fine, "github_issue_comment_json"),
    ("github_oauth_token", K.g_gho, "http_request_dump"), ("github_app_installation_token", K.g_ghs, "ci_log"),
    ("gitlab_pat", K.g_glpat, "gitlab_ci_yaml"), ("gitlab_runner_token", K.g_gitlab_runner, "toml_config"),
    ("bitbucket_app_password", K.g_bitbucket, "jenkinsfile"), ("azure_devops_pat", K.g_azdo, "powershell_history"),
    ("slack_bot_token", K.g_slack_bot, "python_source"), ("slack_user_token", K.g_slack_user, "jupyter_notebook"),
    ("slack_app_token", K.g_slack_app, "env_file"), ("slack_webhook_url", K.g_slack_webhook, "github_actions_yaml"),
    ("discord_bot_token", K.g_discord_bot, "env_file"), ("discord_webhook_url", K.g_discord_webhook, "typescript_source"),
    ("telegram_bot_token", K.g_telegram, "go_source"), ("teams_webhook_url", K.g_teams_webhook, "yaml_config"),
    ("google_chat_webhook_url", K.g_gchat_webhook, "json_config"), ("stripe_secret_key", K.g_stripe_sk, "php_source"),
    ("stripe_restricted_key", K.g_stripe_rk, "stack_trace"), ("stripe_webhook_secret", K.g_stripe_whsec, "docker_compose_yaml"),
    ("braintree_access_token", K.g_braintree, "ruby_source"), ("square_access_token", K.g_square, "postman_collection_json"),
    ("razorpay_key_secret", K.g_razorpay, "java_properties"), ("paystack_secret_key", K.g_paystack, "email_raw"),
    ("flutterwave_secret_key", K.g_flutterwave, "jira_comment_json"), 
    ("openai_api_key", K.g_openai, "chat_transcript_text"), ("anthropic_api_key", K.g_anthropic, "env_file"),
    ("huggingface_token", K.g_hf, "shell_history"), ("replicate_api_token", K.g_replicate, "python_source"),
    ("groq_api_key", K.g_groq, "toml_config"),  ("xai_api_key", K.g_xai, "stack_trace"),
    ("twilio_auth_token", K.g_twilio_auth, "java_source"), ("twilio_api_key", K.g_twilio_api, "csharp_appsettings_json"),
    ("sendgrid_api_key", K.g_sendgrid, "helm_values_yaml"), ("mailgun_api_key", K.g_mailgun, "makefile"),
     ("brevo_api_key", K.g_brevo, "wp_config_php"),
    ("npm_token", K.g_npm, "npmrc"), ("pypi_token", K.g_pypi, "pypirc"), ("rubygems_api_key", K.g_rubygems, "gem_credentials_yaml"),
    ("nuget_api_key", K.g_nuget, "nuget_config_xml"), ("docker_hub_pat", K.g_dockerhub, "github_actions_yaml"),
    ("docker_config_auth", K.g_docker_auth, "docker_config_json"), ("jfrog_api_key", K.g_jfrog, "gradle_properties"),
    ("sonarqube_token", K.g_sonar, "maven_settings_xml"), ("databricks_token", K.g_databricks, "ini_config"),
    ("snowflake_password", K.g_snowflake, "yaml_config"), ("postgres_password", K.g_postgres, "env_file"),
    ("mysql_password", K.g_mysql, "docker_compose_yaml"), ("mongodb_password", K.g_mongo, "app_log"),
    ("redis_password", K.g_redis, "systemd_unit"), ("amqp_password", K.g_amqp, "supervisor_conf"),
    ("mssql_password", K.g_mssql, "csharp_appsettings_json"), ("ldap_bind_password", K.g_ldap, "ansible_vars_yaml"),
    ("smtp_password", K.g_smtp, "django_settings_py"), ("netrc_credentials", K.g_netrc, "netrc"), ("pgpass_credentials", K.g_pgpass, "pgpass"),
    ("http_basic_auth", K.g_basic, "nginx_conf"), ("kubernetes_secret_data", K.g_k8s, "kubernetes_secret_yaml"),
    ("jwt_access_token", K.g_jwt, "har_json"), ("jwt_signing_secret", K.g_jwt_secret, "yaml_config"),
    ("django_secret_key", K.g_django, "django_settings_py"), ("rails_secret_key_base", K.g_rails, "rails_credentials_yml"),
    ("laravel_app_key", K.g_laravel, "env_file"), ("rsa_private_key", K.g_rsa, "pem_file"),
    ("openssh_private_key", K.g_openssh, "ssh_private_key_file"), ("pgp_private_key", K.g_pgp, "markdown_doc"),
    ("age_secret_key", K.g_age, "age_key_file"), ("wireguard_private_key", K.g_wg, "wireguard_conf"),
    ("hashicorp_vault_token", K.g_vault, "http_request_dump"), ("terraform_cloud_token", K.g_tfc, "terraformrc_hcl"),
    ("digitalocean_token", K.g_do, "terraform_tfvars"), ("linear_api_key", K.g_linear, "slack_message_json"),
    ("atlassian_api_token", K.g_atlassian, "curl_command"), ("sentry_auth_token", K.g_sentry, "ini_config"),
    ("grafana_service_account_token", K.g_grafana, "har_json"), ("datadog_api_key", K.g_datadog, "helm_values_yaml"),
    ("alibaba_cloud_access_key", K.g_alibaba, "yaml_config"), ("tencent_cloud_secret", K.g_tencent, "go_source"),
    ("dynatrace_token", K.g_dynatrace, "dockerfile"), ("fly_io_token", K.g_fly, "github_actions_yaml"),
    ("asana_pat", K.g_asana, "jira_comment_json"), ("hubspot_private_app_token", K.g_hubspot, "sql_script"),
]

CLEAN_ROWS = [
    ("stripe_publishable_key", K.c_pk, ["env_file", "javascript_source"]), ("aws_published_example_key", K.c_aws_example, ["markdown_doc", "aws_credentials_ini"]),
    ("aws_account_id_and_arn", K.c_arn, ["terraform_tfvars", "github_actions_yaml"]), ("kms_key_id", K.c_kms, ["yaml_config", "json_config"]),
    ("google_oauth_client_id", K.c_google_client_id, ["typescript_source", "env_file"]), ("github_app_client_id", K.c_gh_client_id, ["docker_compose_yaml", "ini_config"]),
    ("ssh_public_key", K.c_ssh_pub, ["authorized_keys", "slack_message_json"]), ("x509_certificate", K.c_cert, ["pem_file", "email_raw"]),
    ("pgp_public_key", K.c_pgp_pub, ["markdown_doc", "email_raw"]), ("age_public_key", K.c_age_pub, ["yaml_config", "shell_history"]),
    ("wireguard_public_key", K.c_wg_pub, ["ini_config", "jira_comment_json"]), ("jwks_public_key", K.c_jwks, ["app_log", "python_source"]),
    ("git_and_image_digests", K.c_digest, ["ci_log", "helm_values_yaml"]), ("password_hash", K.c_pwhash, ["sql_script", "stack_trace"]),
    ("htpasswd_hash", K.c_htpasswd, ["htpasswd_file", "github_issue_comment_json"]), ("webhook_signature_header", K.c_sig, ["http_webhook_dump", "har_json"]),
    ("uuid_identifiers", K.c_uuid, ["app_log", "json_config"]), ("placeholder_values", K.c_placeholder, ["env_file", "markdown_doc"]),
    ("masked_values", K.c_masked, ["ci_log", "chat_transcript_text"]), ("secret_store_reference", K.c_store_ref, ["helm_values_yaml", "yaml_config"]),
    ("ci_variable_reference", K.c_ci_ref, ["gitlab_ci_yaml", "shell_history"]), ("mapbox_public_token", K.c_mapbox_pk, ["env_file", "javascript_source"]),
    ("sentry_dsn", K.c_sentry_dsn, ["python_source", "helm_values_yaml"]), ("algolia_search_only_key", K.c_algolia_search, ["typescript_source", "java_properties"]),
    ("stripe_object_ids", K.c_stripe_ids, ["app_log", "stack_trace"]), ("twilio_account_sid", K.c_twilio_sid, ["java_source", "toml_config"]),
    ("recaptcha_site_key", K.c_recaptcha, ["html_page", "php_source"]), ("sri_integrity_hash", K.c_sri, ["html_page", "markdown_doc"]),
    ("checksum_list", K.c_checksums, ["checksum_file", "dockerfile"]), ("azure_tenant_subscription_ids", K.c_azure_ids, ["terraform_tfvars", "csharp_appsettings_json"]),
]


def json_esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def resolve_secrets(triples):
    out = []
    for name, value, sec in triples:
        if sec is None:
            sec = [value]
        elif sec == "last":
            sec = [value.rsplit(":", 1)[1]]
        out.append((name, value, sec))
    return out


def make_row(cat, gen, fmt, label, idx):
    rng = rng_for("secrets", label, cat, fmt, idx)
    triples = resolve_secrets(gen(rng))
    pairs = [(n, v) for n, v, _ in triples]
    if fmt not in NO_NOISE:
        noise = rng.sample(NOISE, rng.randint(2, 4))
        pos = rng.randint(0, len(pairs))
        pairs = pairs[:pos] + noise[:2] + pairs[pos:] + noise[2:]
    meta = {"title": rng.choice(["production settings", "staging overrides", "local development", "do not commit"]),
            "svc": rng.choice(["orders-api", "billing", "notifier", "reports", "ingest", "checkout"]), "host": rng.choice(K.HOSTS), "kind": cat}
    text = CARRIERS[fmt](rng, pairs, meta)
    listed = []
    for _, _, secs in triples:
        for s in secs:
            if s in text:
                v = s
            elif json_esc(s) in text:
                v = json_esc(s)
            else:
                raise AssertionError("secret not found verbatim: %s %s" % (cat, fmt))
            if v not in listed:
                listed.append(v)
    return {"format": fmt, "label": label, "category": cat, "secrets": listed, "text": text}


def build():
    rows = []
    for i, (cat, gen, fmt) in enumerate(SECRET_ROWS):
        rows.append(make_row(cat, gen, fmt, "secret", i))
    for i, (cat, gen, fmts) in enumerate(CLEAN_ROWS):
        for j, fmt in enumerate(fmts):
            rows.append(make_row(cat, gen, fmt, "clean", "%d-%d" % (i, j)))
    rng = rng_for("shuffle", "secrets")
    rng.shuffle(rows)
    out = [{"id": "sec-%04d" % k, "format": r["format"], "label": r["label"], "category": r["category"], "secrets": r["secrets"], "text": r["text"]}
           for k, r in enumerate(rows, 1)]
    write_jsonl(os.path.join(OUT_DIR, "secrets.jsonl"), out)
    return out


if __name__ == "__main__":
    rows = build()
    import collections
    print(len(rows), collections.Counter(r["label"] for r in rows), len(set(r["category"] for r in rows if r["label"] == "secret")), len(set(r["format"] for r in rows)))
