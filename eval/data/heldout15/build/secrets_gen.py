"""secrets.jsonl: 90 rows with random secrets in vendor formats, 60 clean look-alike rows."""
import base64
import json

from common import (epoch, rng, rs, DIG, UP, LOW, ALNUM, LOWNUM, UPNUM, HEXL, B64, B64URL, B32, rdt, iso, syslog_time,
                    NAMES, COMPANIES)

# ====================================================================== secret kinds
# each returns a list of (name, value); name is the conventional variable / key


def _pem(label, der, width=64):
    body = base64.b64encode(der).decode()
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f'-----BEGIN {label}-----\n' + '\n'.join(lines) + f'\n-----END {label}-----'


def _rb(R, n):
    return bytes(R.randrange(256) for _ in range(n))


def _b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def _jwt(R, payload):
    h = _b64url(json.dumps({'alg': 'HS256', 'typ': 'JWT'}, separators=(',', ':')).encode())
    p = _b64url(json.dumps(payload, separators=(',', ':')).encode())
    return f'{h}.{p}.{_b64url(_rb(R, 32))}'


def _pw(R, n=None):
    n = n or R.randint(14, 22)
    while True:
        s = rs(R, n, ALNUM + '!#%*+-_.@')
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


KINDS = {
    'aws_access_key': lambda R: [('AWS_ACCESS_KEY_ID', 'AKIA' + rs(R, 16, UP + '234567')),
                                 ('AWS_SECRET_ACCESS_KEY', rs(R, 40, ALNUM + '+/'))],
    'aws_session_credentials': lambda R: [('AWS_ACCESS_KEY_ID', 'ASIA' + rs(R, 16, UP + '234567')),
                                          ('AWS_SECRET_ACCESS_KEY', rs(R, 40, ALNUM + '+/')),
                                          ('AWS_SESSION_TOKEN', 'IQoJb3JpZ2luX2VjE' + rs(R, 290, ALNUM + '+/') + '==')],
    'gcp_api_key': lambda R: [('GOOGLE_API_KEY', 'AIza' + rs(R, 35, ALNUM + '-_'))],
    'azure_storage_key': lambda R: [('AZURE_STORAGE_KEY', base64.b64encode(_rb(R, 64)).decode())],
    'azure_ad_client_secret': lambda R: [('AZURE_CLIENT_SECRET', rs(R, 3, ALNUM) + '8Q~' + rs(R, 34, ALNUM + '_.~-'))],
    'azure_sas_token': lambda R: [('AZURE_SAS_TOKEN', 'sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupiytfx&se=2025-12-31T23:59:59Z&st=2025-01-01T00:00:00Z&spr=https&sig='
                                   + base64.b64encode(_rb(R, 32)).decode().replace('+', '%2B').replace('/', '%2F').replace('=', '%3D'))],
    'github_pat_classic': lambda R: [('GITHUB_TOKEN', 'ghp_' + rs(R, 36))],
    'github_pat_fine_grained': lambda R: [('GH_TOKEN', 'github_pat_11' + rs(R, 20, UPNUM) + '_' + rs(R, 59))],
    'github_oauth_token': lambda R: [('GITHUB_OAUTH_TOKEN', 'gho_' + rs(R, 36))],
    'github_app_token': lambda R: [('GITHUB_APP_TOKEN', 'ghs_' + rs(R, 36))],
    'gitlab_pat': lambda R: [('GITLAB_TOKEN', 'glpat-' + rs(R, 20, ALNUM + '-_'))],
    'gitlab_runner_token': lambda R: [('RUNNER_TOKEN', 'glrt-' + rs(R, 20, ALNUM + '-_'))],
    'bitbucket_app_password': lambda R: [('BITBUCKET_APP_PASSWORD', 'ATBB' + rs(R, 32))],
    'stripe_secret_key': lambda R: [('STRIPE_SECRET_KEY', 'sk_live_' + rs(R, R.choice([24, 99])))],
    'stripe_restricted_key': lambda R: [('STRIPE_RESTRICTED_KEY', 'rk_live_' + rs(R, 24))],
    'stripe_webhook_secret': lambda R: [('STRIPE_WEBHOOK_SECRET', 'whsec_' + rs(R, 32))],
    'square_access_token': lambda R: [('SQUARE_ACCESS_TOKEN', 'EAAA' + rs(R, 60, ALNUM + '-_'))],
    'braintree_access_token': lambda R: [('BRAINTREE_ACCESS_TOKEN', 'access_token$production$' + rs(R, 16, LOWNUM) + '$' + rs(R, 32, HEXL))],
    'razorpay_key_secret': lambda R: [('RAZORPAY_KEY_SECRET', rs(R, 24))],
    'slack_bot_token': lambda R: [('SLACK_BOT_TOKEN', f'xoxb-{rs(R, 12, DIG)}-{rs(R, 13, DIG)}-{rs(R, 24)}')],
    'slack_user_token': lambda R: [('SLACK_USER_TOKEN', f'xoxp-{rs(R, 12, DIG)}-{rs(R, 12, DIG)}-{rs(R, 13, DIG)}-{rs(R, 32, HEXL)}')],
    'slack_webhook_url': lambda R: [('SLACK_WEBHOOK_URL', f'https://hooks.slack.com/services/T{rs(R, 10, UPNUM)}/B{rs(R, 10, UPNUM)}/{rs(R, 24)}')],
    'slack_app_token': lambda R: [('SLACK_APP_TOKEN', f'xapp-1-A{rs(R, 10, UPNUM)}-{rs(R, 13, DIG)}-{rs(R, 64, HEXL)}')],
    'discord_bot_token': lambda R: [('DISCORD_TOKEN', 'M' + rs(R, 25) + '.' + rs(R, 6, ALNUM + '-_') + '.' + rs(R, 38, ALNUM + '-_'))],
    'discord_webhook_url': lambda R: [('DISCORD_WEBHOOK', f'https://discord.com/api/webhooks/{rs(R, 19, DIG)}/{rs(R, 68, ALNUM + "-_")}')],
    'telegram_bot_token': lambda R: [('TELEGRAM_BOT_TOKEN', f'{R.randint(1000000000, 7999999999)}:AA{rs(R, 33, ALNUM + "-_")}')],
    'twilio_auth_token': lambda R: [('TWILIO_AUTH_TOKEN', rs(R, 32, HEXL))],
    'sendgrid_api_key': lambda R: [('SENDGRID_API_KEY', 'SG.' + rs(R, 22, ALNUM + '-_') + '.' + rs(R, 43, ALNUM + '-_'))],
    'mailgun_api_key': lambda R: [('MAILGUN_API_KEY', 'key-' + rs(R, 32, HEXL))],
    'mailchimp_api_key': lambda R: [('MAILCHIMP_API_KEY', rs(R, 32, HEXL) + '-us' + str(R.randint(1, 21)))],
    'openai_api_key': lambda R: [('OPENAI_API_KEY', 'sk-proj-' + rs(R, 64, ALNUM + '-_') + 'T3BlbkFJ' + rs(R, 64, ALNUM + '-_'))],
    'anthropic_api_key': lambda R: [('ANTHROPIC_API_KEY', 'sk-ant-api03-' + rs(R, 93, ALNUM + '-_') + 'AA')],
    'huggingface_token': lambda R: [('HF_TOKEN', 'hf_' + rs(R, 34, UP + LOW))],
    'replicate_api_token': lambda R: [('REPLICATE_API_TOKEN', 'r8_' + rs(R, 37))],
    'groq_api_key': lambda R: [('GROQ_API_KEY', 'gsk_' + rs(R, 52))],
    'xai_api_key': lambda R: [('XAI_API_KEY', 'xai-' + rs(R, 80))],
    'perplexity_api_key': lambda R: [('PPLX_API_KEY', 'pplx-' + rs(R, 48))],
    'cohere_api_key': lambda R: [('COHERE_API_KEY', rs(R, 40))],
    'langsmith_api_key': lambda R: [('LANGSMITH_API_KEY', 'lsv2_pt_' + rs(R, 32, HEXL) + '_' + rs(R, 10, HEXL))],
    'pinecone_api_key': lambda R: [('PINECONE_API_KEY', 'pcsk_' + rs(R, 6) + '_' + rs(R, 62))],
    'wandb_api_key': lambda R: [('WANDB_API_KEY', rs(R, 40, HEXL))],
    'elevenlabs_api_key': lambda R: [('ELEVENLABS_API_KEY', 'sk_' + rs(R, 48, HEXL))],
    'deepseek_api_key': lambda R: [('DEEPSEEK_API_KEY', 'sk-' + rs(R, 32, HEXL))],
    'npm_token': lambda R: [('NPM_TOKEN', 'npm_' + rs(R, 36))],
    'pypi_token': lambda R: [('PYPI_TOKEN', 'pypi-AgEIcHlwaS5vcmc' + rs(R, 150, ALNUM + '-_'))],
    'docker_hub_pat': lambda R: [('DOCKERHUB_TOKEN', 'dckr_pat_' + rs(R, 27, ALNUM + '-_'))],
    'digitalocean_token': lambda R: [('DIGITALOCEAN_TOKEN', 'dop_v1_' + rs(R, 64, HEXL))],
    'shopify_access_token': lambda R: [('SHOPIFY_ACCESS_TOKEN', 'shpat_' + rs(R, 32, HEXL))],
    'atlassian_api_token': lambda R: [('JIRA_API_TOKEN', 'ATATT3xFfGF0' + rs(R, 180, ALNUM + '-_') + '=' + rs(R, 8, HEXL.upper()))],
    'linear_api_key': lambda R: [('LINEAR_API_KEY', 'lin_api_' + rs(R, 40))],
    'notion_token': lambda R: [('NOTION_TOKEN', 'ntn_' + rs(R, 11, DIG) + rs(R, 35))],
    'datadog_api_key': lambda R: [('DD_API_KEY', rs(R, 32, HEXL))],
    'newrelic_user_key': lambda R: [('NEW_RELIC_API_KEY', 'NRAK-' + rs(R, 27, UPNUM))],
    'sentry_auth_token': lambda R: [('SENTRY_AUTH_TOKEN', 'sntrys_' + _b64url(json.dumps(
        {'iat': R.randint(1700000000, 1740000000), 'url': 'https://sentry.tidewater-analytics.example', 'region_url': 'https://sentry.tidewater-analytics.example', 'org': 'tidewater'},
        separators=(',', ':')).encode()) + '_' + rs(R, 43, ALNUM + '+/'))],
    'postman_api_key': lambda R: [('POSTMAN_API_KEY', 'PMAK-' + rs(R, 24, HEXL) + '-' + rs(R, 34, HEXL))],
    'terraform_cloud_token': lambda R: [('TFE_TOKEN', rs(R, 14) + '.atlasv1.' + rs(R, 67))],
    'vault_token': lambda R: [('VAULT_TOKEN', 'hvs.CAESI' + rs(R, 86, ALNUM + '-_'))],
    'doppler_token': lambda R: [('DOPPLER_TOKEN', 'dp.pt.' + rs(R, 43))],
    'grafana_service_account_token': lambda R: [('GRAFANA_TOKEN', 'glsa_' + rs(R, 32) + '_' + rs(R, 8, HEXL))],
    'okta_api_token': lambda R: [('OKTA_API_TOKEN', '00' + rs(R, 40, ALNUM + '-_'))],
    'auth0_client_secret': lambda R: [('AUTH0_CLIENT_SECRET', rs(R, 64, ALNUM + '-_'))],
    'firebase_fcm_server_key': lambda R: [('FCM_SERVER_KEY', 'AAAA' + rs(R, 7, ALNUM + '-_') + ':APA91b' + rs(R, 134, ALNUM + '-_'))],
    'mapbox_secret_token': lambda R: [('MAPBOX_SECRET_TOKEN', 'sk.' + _b64url(json.dumps({'u': 'maptiles-' + rs(R, 4, LOW), 'a': 'cl' + rs(R, 23, LOWNUM)}, separators=(',', ':')).encode()) + '.' + rs(R, 22, ALNUM + '-_'))],
    'cloudflare_api_token': lambda R: [('CLOUDFLARE_API_TOKEN', rs(R, 40, ALNUM + '-_'))],
    'age_secret_key': lambda R: [('AGE_SECRET_KEY', 'AGE-SECRET-KEY-1' + rs(R, 58, 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'))],
    'alibaba_access_key': lambda R: [('ALIBABA_CLOUD_ACCESS_KEY_ID', 'LTAI' + rs(R, 20)), ('ALIBABA_CLOUD_ACCESS_KEY_SECRET', rs(R, 30))],
    'tencent_secret_key': lambda R: [('TENCENTCLOUD_SECRET_ID', 'AKID' + rs(R, 32)), ('TENCENTCLOUD_SECRET_KEY', rs(R, 32))],
    'databricks_token': lambda R: [('DATABRICKS_TOKEN', 'dapi' + rs(R, 32, HEXL))],
    'planetscale_password': lambda R: [('PLANETSCALE_PASSWORD', 'pscale_pw_' + rs(R, 43, ALNUM + '-_'))],
    'flyio_token': lambda R: [('FLY_API_TOKEN', 'fo1_' + rs(R, 43, ALNUM + '-_'))],
    'circleci_token': lambda R: [('CIRCLECI_TOKEN', 'CCIPAT_' + rs(R, 22) + '_' + rs(R, 40, HEXL))],
    'flutterwave_secret_key': lambda R: [('FLW_SECRET_KEY', 'FLWSECK-' + rs(R, 32, HEXL) + '-X')],
    'twitter_bearer_token': lambda R: [('TWITTER_BEARER_TOKEN', 'A' * 22 + rs(R, 18) + '%3D' + rs(R, 50))],
    'dropbox_access_token': lambda R: [('DROPBOX_ACCESS_TOKEN', 'sl.B' + rs(R, 134, ALNUM + '-_'))],
    'django_secret_key': lambda R: [('SECRET_KEY', rs(R, 50, LOW + DIG + '!@#%^&*(-_=+)'))],
    'rails_master_key': lambda R: [('RAILS_MASTER_KEY', rs(R, 32, HEXL))],
    'jwt_signing_secret': lambda R: [('JWT_SECRET', rs(R, 64, HEXL))],
    'encryption_key': lambda R: [('ENCRYPTION_KEY', base64.b64encode(_rb(R, 32)).decode())],
    'wireguard_private_key': lambda R: [('PrivateKey', base64.b64encode(_rb(R, 32)).decode())],
    'jwt_token': lambda R: [('ACCESS_TOKEN', _jwt(R, {'sub': 'usr_' + rs(R, 10, LOWNUM), 'scope': 'orders:write admin',
                                                     'iat': R.randint(1720000000, 1740000000), 'exp': R.randint(1740000000, 1750000000)}))],
    'supabase_service_role_key': lambda R: [('SUPABASE_SERVICE_ROLE_KEY', _jwt(R, {'iss': 'supabase', 'ref': rs(R, 20, LOW),
                                                                                 'role': 'service_role', 'iat': R.randint(1700000000, 1730000000),
                                                                                 'exp': R.randint(2000000000, 2100000000)}))],
    'generic_api_key': lambda R: [('api_key', rs(R, R.choice([32, 40, 48])))],
    'generic_password': lambda R: [('password', _pw(R))],
    'smtp_password': lambda R: [('SMTP_PASSWORD', _pw(R))],
    'ldap_bind_password': lambda R: [('bind_password', _pw(R))],
    'bearer_token': lambda R: [('Authorization', rs(R, 48, ALNUM + '-_.'))],
}

PEM_KINDS = {
    'rsa_private_key': lambda R: _pem('RSA PRIVATE KEY', b'\x30\x82\x02\x5c\x02\x01\x00\x02\x81\x81\x00' + _rb(R, 597)),
    'ec_private_key': lambda R: _pem('EC PRIVATE KEY', b'\x30\x77\x02\x01\x01\x04\x20' + _rb(R, 32) +
                                     b'\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04' + _rb(R, 64)),
    'openssh_private_key': lambda R: _pem('OPENSSH PRIVATE KEY', b'openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20' + _rb(R, 300), 70),
    'pkcs8_private_key': lambda R: _pem('PRIVATE KEY', b'\x30\x82\x02\x76\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x04\x82\x02\x60' + _rb(R, 608)),
    'pgp_private_key_block': lambda R: ('-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n' + '\n'.join(
        (lambda s: [s[i:i + 64] for i in range(0, len(s), 64)])(base64.b64encode(b'\x95\x03\xc6\x04' + _rb(R, 420)).decode()))
        + '\n=' + rs(R, 4, ALNUM + '+/') + '\n-----END PGP PRIVATE KEY BLOCK-----'),
}

URI_KINDS = {  # (scheme builder) -> (full uri, password)
    'postgres_uri_password': lambda R, pw: f'postgresql://app_rw:{pw}@db-{rs(R, 4, LOWNUM)}.internal.example:5432/orders?sslmode=require',
    'mysql_uri_password': lambda R, pw: f'mysql://shop:{pw}@mysql-primary.corp.example:3306/shop',
    'mongodb_uri_password': lambda R, pw: f'mongodb+srv://analytics:{pw}@cluster0.{rs(R, 5, LOWNUM)}.mongo.example/reporting?retryWrites=true&w=majority',
    'redis_uri_password': lambda R, pw: f'rediss://default:{pw}@cache-{rs(R, 4, LOWNUM)}.internal.example:6380/0',
    'amqp_uri_password': lambda R, pw: f'amqps://events:{pw}@mq.internal.example:5671/prod',
    'ftp_url_password': lambda R, pw: f'ftp://exports:{pw}@ftp.partner.example/outbound/',
}


def _uri_pw(R):
    return rs(R, R.randint(16, 24), ALNUM + '-_.~')


# ====================================================================== carriers for named secrets
def _who(R):
    return R.choice(NAMES['en'])


def c_env_file(R, pairs, kind):
    other = [('APP_ENV', 'production'), ('LOG_LEVEL', R.choice(['info', 'warn'])), ('PORT', str(R.choice([3000, 8080, 8000]))),
             ('SERVICE_NAME', R.choice(['billing-api', 'notifier', 'ingest-worker'])), ('FEATURE_NEW_CHECKOUT', 'true'),
             ('REQUEST_TIMEOUT_MS', '15000'), ('DB_POOL_SIZE', str(R.choice([10, 20, 30]))), ('CACHE_TTL_SECONDS', '300'),
             ('SENTRY_ENVIRONMENT', 'production'), ('CORS_ORIGINS', 'https://app.example.com,https://admin.example.com'),
             ('TZ', 'UTC'), ('MAX_UPLOAD_MB', '25')]
    R.shuffle(other)
    lines = [f'# .env.{R.choice(["production", "prod", "live"])} - do not commit'] + [f'{k}={v}' for k, v in other[:3]]
    lines += ['', '# third-party integrations'] + [f'{k}={v}' for k, v in pairs] + [''] + [f'{k}={v}' for k, v in other[3:]]
    return 'env_file', '\n'.join(lines) + '\n'


def c_yaml_config(R, pairs, kind):
    svc = R.choice(['billing', 'notifications', 'exporter', 'sync'])
    lines = [f'# config/{svc}.yaml', f'service: {svc}', 'environment: production', 'http:', '  port: 8080', '  timeout_s: 30',
             'integrations:', f'  {kind.split("_")[0]}:']
    for k, v in pairs:
        lines.append(f'    {k.lower()}: "{v}"')
    lines += ['    retries: 3', '    timeout_s: 20', 'database:', '  host: db.internal.example', '  port: 5432', '  pool: 20',
              'metrics:', '  enabled: true', '  prefix: ' + svc, 'logging:', '  level: info', '  format: json']
    return 'yaml_config', '\n'.join(lines) + '\n'


def c_json_config(R, pairs, kind):
    obj = {'name': R.choice(['reporting-job', 'webhook-relay', 'crm-sync']), 'region': R.choice(['eu-west-1', 'eu-central-1', 'us-east-2']),
           'credentials': {k.lower(): v for k, v in pairs}, 'schedule': '0 */4 * * *', 'enabled': True}
    return 'json_config', json.dumps(obj, indent=2) + '\n'


def c_shell_history(R, pairs, kind):
    pre = ['cd ~/src/deploy-tools', 'git pull', 'ls -la', 'source .venv/bin/activate']
    post = ['python scripts/sync.py --dry-run', 'python scripts/sync.py', 'history | tail -20', 'clear']
    lines = pre[:R.randint(2, 4)] + [f'export {k}={v}' for k, v in pairs] + post[:R.randint(2, 4)]
    n = R.randint(300, 900)
    return 'shell_history', '\n'.join(f'{n + i:5d}  {l}' for i, l in enumerate(lines)) + '\n'


def c_python_source(R, pairs, kind):
    lines = ['"""Quick script to pull last month\'s data. TODO: move creds to the vault."""', 'import os', 'import requests', '']
    lines += [f'{k.upper()} = "{v}"' for k, v in pairs]
    lines += ['', 'def main():', '    session = requests.Session()', f'    session.headers["User-Agent"] = "monthly-pull/1.2"',
              '    resp = session.get("https://api.partner.example/v2/reports?month=last", timeout=30)', '    resp.raise_for_status()',
              '    print(len(resp.json()["rows"]), "rows")', '', '', 'if __name__ == "__main__":', '    main()']
    return 'python_source', '\n'.join(lines) + '\n'


def c_javascript_source(R, pairs, kind):
    lines = ["// config.js - TEMP: hardcoded until the secrets manager migration is done", "module.exports = {",
             "  env: 'production',", "  port: process.env.PORT || 3000,"]
    lines += [f"  {k[0].lower() + k[1:].lower().replace('_', '')}: '{v}'," for k, v in pairs]
    lines += ["  retry: { attempts: 3, backoffMs: 500 },", "};"]
    return 'javascript_source', '\n'.join(lines) + '\n'


def c_github_actions_yaml(R, pairs, kind):
    lines = ['name: deploy', 'on:', '  push:', '    branches: [main]', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest',
             '    env:', '      NODE_ENV: production']
    lines += [f'      {k}: {v}' for k, v in pairs]
    lines += ['    steps:', '      - uses: actions/checkout@v4', '      - uses: actions/setup-node@v4', '        with:',
              '          node-version: 20', '      - run: npm ci', '      - run: npm test', '      - run: npm run deploy']
    return 'github_actions_yaml', '\n'.join(lines) + '\n'


def c_toml_config(R, pairs, kind):
    lines = ['[app]', 'name = "ingest-worker"', 'workers = 4', '', '[upstream]', 'base_url = "https://api.partner.example"']
    lines += [f'{k.lower()} = "{v}"' for k, v in pairs]
    lines += ['timeout = 20', '', '[queue]', 'url = "amqp://mq.internal.example:5672/ingest"', 'prefetch = 50', '',
              '[logging]', 'level = "info"', 'json = true']
    return 'toml_config', '\n'.join(lines) + '\n'


def c_ini_config(R, pairs, kind):
    lines = ['[general]', 'environment = production', 'log_file = /var/log/exporter.log', '', '[credentials]']
    lines += [f'{k.lower()} = {v}' for k, v in pairs]
    lines += ['', '[schedule]', 'cron = 15 3 * * *', 'max_runtime_minutes = 45', '', '[output]', 'format = csv',
              'path = /data/exports/{date}.csv', 'compress = gzip', 'notify_on_failure = ops-alerts']
    return 'ini_config', '\n'.join(lines) + '\n'


def c_docker_compose(R, pairs, kind):
    lines = ['services:', '  worker:', f'    image: registry.example.com/worker:{R.randint(1, 4)}.{R.randint(0, 20)}', '    restart: unless-stopped',
             '    environment:', '      - LOG_LEVEL=info']
    lines += [f'      - {k}={v}' for k, v in pairs]
    lines += ['    depends_on:', '      - redis', '    deploy:', '      resources:', '        limits:', '          memory: 512M',
              '  redis:', '    image: redis:7-alpine', '    volumes:', '      - redis-data:/data', 'volumes:', '  redis-data:']
    return 'docker_compose_yaml', '\n'.join(lines) + '\n'


def c_properties(R, pairs, kind):
    lines = ['# application-prod.properties', 'server.port=8080', 'spring.jpa.hibernate.ddl-auto=validate', 'management.endpoints.web.exposure.include=health,info']
    lines += [f'integration.{k.lower().replace("_", "-")}={v}' for k, v in pairs]
    lines += ['integration.timeout-ms=10000', 'logging.level.root=INFO', 'logging.level.com.example.integration=DEBUG']
    return 'properties_file', '\n'.join(lines) + '\n'


def c_helm_values(R, pairs, kind):
    lines = ['replicaCount: 2', 'image:', '  repository: registry.example.com/api', '  tag: "2.8.1"', 'env:']
    lines += [f'  {k}: "{v}"' for k, v in pairs]
    lines += ['service:', '  type: ClusterIP', '  port: 80', 'resources:', '  requests:', '    cpu: 250m', '    memory: 256Mi',
              '  limits:', '    memory: 512Mi', 'ingress:', '  enabled: true', '  host: api.example.com']
    return 'helm_values_yaml', '\n'.join(lines) + '\n'


def c_terraform(R, pairs, kind):
    lines = ['provider "partner" {', '  endpoint = "https://api.partner.example"']
    lines += [f'  {k.lower()} = "{v}"' for k, v in pairs]
    lines += ['}', '', 'resource "partner_webhook" "orders" {', '  url    = "https://hooks.example.com/orders"', '  events = ["order.created", "order.paid"]', '}']
    return 'terraform_hcl', '\n'.join(lines) + '\n'


def c_powershell_history(R, pairs, kind):
    lines = ['Set-Location C:\\src\\reporting', 'git status'] + [f'$env:{k} = "{v}"' for k, v in pairs] + \
        ['.\\run-report.ps1 -Month 2025-02', 'Get-ChildItem .\\out', 'Compress-Archive .\\out\\* report-2025-02.zip',
         'Send-MailMessage -To finance@corp.example -Subject "Feb report" -Attachments report-2025-02.zip', 'exit']
    return 'powershell_history', '\n'.join(lines) + '\n'


def c_php_source(R, pairs, kind):
    lines = ['<?php', '// wp-content/plugins/shop-sync/config.php', "defined('ABSPATH') || exit;", '']
    lines += [f"define('{k.upper()}', '{v}');" for k, v in pairs]
    lines += ["define('SHOP_SYNC_INTERVAL', 900);", "define('SHOP_SYNC_BATCH', 200);", '',
              "add_action('shop_sync_cron', function () {", "    (new ShopSync\\Runner())->run(SHOP_SYNC_BATCH);", '});']
    return 'php_source', '\n'.join(lines) + '\n'


def c_go_source(R, pairs, kind):
    lines = ['package config', '', '// Defaults used by the CLI when no flag is given.', 'const (', '\tDefaultRegion = "eu-west-1"']
    lines += [f'\t{"".join(p.capitalize() for p in k.lower().split("_"))} = "{v}"' for k, v in pairs]
    lines += [')', '', '// Load reads overrides from the environment.', 'func Load() Config {',
              '\treturn Config{Region: getenv("REGION", DefaultRegion), Timeout: 30 * time.Second}', '}']
    return 'go_source', '\n'.join(lines) + '\n'


def c_systemd(R, pairs, kind):
    lines = ['[Unit]', 'Description=Report exporter', 'After=network-online.target', '', '[Service]', 'User=exporter']
    lines += [f'Environment="{k}={v}"' for k, v in pairs]
    lines += ['ExecStart=/opt/exporter/bin/exporter --config /etc/exporter.yml', 'Restart=on-failure', '', '[Install]', 'WantedBy=multi-user.target']
    return 'systemd_unit', '\n'.join(lines) + '\n'


def c_xml_config(R, pairs, kind):
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<configuration>', '  <appSettings>', '    <add key="Environment" value="Production" />']
    lines += [f'    <add key="{k}" value="{v}" />' for k, v in pairs]
    lines += ['  </appSettings>', '  <system.web>', '    <compilation debug="false" targetFramework="4.8" />',
              '    <httpRuntime maxRequestLength="20480" />', '  </system.web>', '</configuration>']
    return 'xml_config', '\n'.join(lines) + '\n'


def c_k8s_secret(R, pairs, kind):
    lines = ['apiVersion: v1', 'kind: Secret', 'metadata:', f'  name: {R.choice(["api-credentials", "partner-keys", "app-secrets"])}',
             '  namespace: prod', '  labels:', '    app.kubernetes.io/name: partner-sync', '    app.kubernetes.io/part-of: integrations',
             '  annotations:', '    owner: platform-team', 'type: Opaque', 'stringData:']
    lines += [f'  {k}: "{v}"' for k, v in pairs]
    lines += ['---', '# mounted by deploy/partner-sync as env vars (envFrom.secretRef)']
    return 'k8s_secret_yaml', '\n'.join(lines) + '\n'


NAMED = [c_env_file, c_yaml_config, c_json_config, c_shell_history, c_python_source, c_javascript_source, c_github_actions_yaml,
         c_toml_config, c_ini_config, c_docker_compose, c_properties, c_helm_values, c_terraform, c_powershell_history,
         c_php_source, c_go_source, c_systemd, c_xml_config, c_k8s_secret]


# ====================================================================== carriers for bare secrets (value only)
def b_app_log(R, vals, kind):
    t = rdt(R)
    lines = [f'{iso(t, ms=True)} INFO  [main] starting sync worker v2.{R.randint(0, 9)}.{R.randint(0, 9)}',
             f'{iso(t, ms=True)} DEBUG [http] GET https://api.partner.example/v1/accounts -> 200 ({R.randint(40, 300)} ms)']
    for v in vals:
        lines.append(f'{iso(t, ms=True)} DEBUG [auth] using credential {v} for upstream partner-api')
    lines.append(f'{iso(t, ms=True)} WARN  [http] retrying request id={rs(R, 8, HEXL)}-{rs(R, 4, HEXL)} after 429')
    lines.append(f'{iso(t, ms=True)} INFO  [main] sync finished: {R.randint(100, 5000)} records')
    return 'app_log', '\n'.join(lines) + '\n'


def b_ci_log(R, vals, kind):
    lines = ['Run ./scripts/publish.sh', '+ set -x', '+ echo "Publishing build $GITHUB_RUN_NUMBER"', f'Publishing build {R.randint(100, 3000)}']
    for v in vals:
        lines.append(f'+ ./bin/uploader --token {v} --target production')
    lines += [f'uploaded {R.randint(3, 40)} artifacts', 'Done in 12.4s']
    return 'ci_log', '\n'.join(lines) + '\n'


def b_slack_message(R, vals, kind):
    a, b = R.sample(NAMES['en'], 2)
    t = rdt(R)
    msgs = [{'user': 'U0' + rs(R, 8, UPNUM), 'user_name': a[1], 'ts': f'{int(epoch(t))}.000200',
             'text': 'is the staging integration still broken? I need it for the demo'},
            {'user': 'U0' + rs(R, 8, UPNUM), 'user_name': b[1], 'ts': f'{int(epoch(t)) + 60}.000300',
             'text': 'should work now, try with this one: ' + ' / '.join(vals)},
            {'user': 'U0' + rs(R, 8, UPNUM), 'user_name': a[1], 'ts': f'{int(epoch(t)) + 150}.000100',
             'text': 'works, thanks!'}]
    return 'slack_message_json', json.dumps(msgs, indent=2) + '\n'


def b_email(R, vals, kind):
    a, b = R.sample(NAMES['en'], 2)
    co = R.choice(COMPANIES)
    body = (f'Hi {b[0].split()[0]},\n\nAs discussed, here is what you need to get the integration running on your side:\n\n'
            + '\n'.join(vals) + '\n\nPlease keep it somewhere safe; I\'ll rotate it after the pilot.\n\nThanks,\n' + a[0] + '\n')
    return 'email_raw', (f'From: {a[0]} <{a[1]}@{co[1]}>\nTo: {b[0]} <{b[1]}@partner.example>\nSubject: Access for the pilot\n'
                         f'Date: {rdt(R):%a, %d %b %Y %H:%M:%S} +0000\nContent-Type: text/plain; charset=utf-8\n\n' + body)


def b_jira_comment(R, vals, kind):
    a = R.choice(NAMES['en'])
    return 'jira_comment_json', json.dumps({'issue': f'OPS-{R.randint(100, 999)}', 'comment': {
        'author': {'displayName': a[0]}, 'created': iso(rdt(R)),
        'body': 'Reproduced with the prod account. For whoever picks this up tomorrow, I tested with ' + ' and '.join(vals) + ' - same 403 both times.'}}, indent=2) + '\n'


def b_markdown_notes(R, vals, kind):
    lines = ['# Integration notes', '', 'Setup steps for the partner sandbox (copied from the onboarding call):', '',
             '1. Install the CLI: `pip install partner-cli`', '2. Log in once with the key below', '']
    lines += ['```', *vals, '```', '', '3. Run `partner-cli sync --since 7d`', '', '_Last updated by the data team._']
    return 'markdown_doc', '\n'.join(lines) + '\n'


def b_chat_transcript(R, vals, kind):
    a, b = R.sample(NAMES['en'], 2)
    t = rdt(R)
    lines = [f'[{t:%H:%M}] {a[0]}: can you send me the credential for the reporting box? mine expired',
             f'[{t:%H:%M}] {b[0]}: here you go'] + [f'[{t:%H:%M}] {b[0]}: {v}' for v in vals] + \
        [f'[{t:%H:%M}] {a[0]}: got it, thanks', f'[{t:%H:%M}] {b[0]}: delete this message after you copy it pls']
    return 'chat_transcript_txt', '\n'.join(lines) + '\n'


def b_jupyter_output(R, vals, kind):
    cells = {'cells': [{'cell_type': 'code', 'execution_count': 3, 'source': ['import os\n', 'print(os.environ)'],
                        'outputs': [{'output_type': 'stream', 'name': 'stdout',
                                     'text': ["environ({'HOME': '/home/jovyan', 'LANG': 'C.UTF-8', 'CREDENTIAL': '" + "', 'CREDENTIAL_2': '".join(vals) + "', 'PATH': '/opt/conda/bin:/usr/bin'})\n"]}]}],
             'nbformat': 4, 'nbformat_minor': 5}
    return 'jupyter_notebook_json', json.dumps(cells, indent=1) + '\n'


BARE = [b_app_log, b_ci_log, b_slack_message, b_email, b_jira_comment, b_markdown_notes, b_chat_transcript, b_jupyter_output]


# ====================================================================== special carriers
def s_pem_file(R, pem, kind):
    return 'pem_file', pem + '\n', [pem]


def s_pem_in_json(R, pem, kind):
    esc = pem.replace('\n', '\\n') + '\\n'
    proj = 'reporting-' + rs(R, 6, LOWNUM)
    obj = ('{\n  "type": "service_account",\n  "project_id": "' + proj + '",\n  "private_key_id": "' + rs(R, 40, HEXL) + '",\n'
           '  "private_key": "' + esc + '",\n  "client_email": "exporter@' + proj + '.iam.gserviceaccount.example",\n'
           '  "client_id": "' + rs(R, 21, DIG) + '",\n  "token_uri": "https://oauth2.googleapis.example/token"\n}\n')
    return 'json_config', obj, [esc]


def s_pem_in_k8s(R, pem, kind):
    body = '\n'.join('    ' + l for l in pem.split('\n'))
    text = ('apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-client\n  namespace: payments\ntype: Opaque\nstringData:\n  client.key: |\n'
            + body + '\n')
    return 'k8s_secret_yaml', text, [body]


def s_pem_in_chat(R, pem, kind):
    a, b = R.sample(NAMES['en'], 2)
    text = (f'{a[0]}: the deploy box rejects my key again\n{b[0]}: use the shared one for now, pasting it here:\n{pem}\n'
            f'{a[0]}: that worked, thanks\n{b[0]}: I will rotate it on Monday\n')
    return 'chat_transcript_txt', text, [pem]


def s_pem_in_terraform(R, pem, kind):
    text = ('resource "tls_locally_signed_cert" "client" {\n  cert_request_pem   = file("client.csr")\n'
            '  ca_private_key_pem = <<-EOT\n' + pem + '\n  EOT\n  ca_cert_pem        = file("ca.crt")\n'
            '  validity_period_hours = 8760\n  allowed_uses = ["client_auth"]\n}\n')
    return 'terraform_hcl', text, [pem]


def s_uri_env(R, uri, pw, kind):
    return 'env_file', f'APP_ENV=production\nDATABASE_URL={uri}\nPOOL_SIZE=20\nSTATEMENT_TIMEOUT_MS=5000\n', [pw]


def s_uri_log(R, uri, pw, kind):
    t = rdt(R)
    return 'app_log', (f'{iso(t, ms=True)} INFO  connecting to {uri}\n'
                       f'{iso(t, ms=True)} ERROR connection failed: timeout after 10000 ms\n'
                       f'{iso(t, ms=True)} INFO  retry 1/5 in 2s\n'), [pw]


def s_uri_trace(R, uri, pw, kind):
    return 'stack_trace_txt', ('Traceback (most recent call last):\n  File "/app/worker/db.py", line 41, in connect\n'
                               '    engine = create_engine(settings.DB_URL, pool_pre_ping=True)\n'
                               '  File "/usr/local/lib/python3.12/site-packages/sqlalchemy/engine/create.py", line 612, in create_engine\n'
                               f'    raise exc.ArgumentError(f"Could not parse URL from string {uri!r}")\n'
                               f"sqlalchemy.exc.OperationalError: could not connect to server at {uri}\n"), [pw]


def s_uri_compose(R, uri, pw, kind):
    return 'docker_compose_yaml', ('services:\n  api:\n    image: registry.example.com/api:3.1\n    environment:\n'
                                   f'      CACHE_URL: "{uri}"\n      LOG_LEVEL: info\n    ports:\n      - "8080:8080"\n'), [pw]


def s_uri_yaml(R, uri, pw, kind):
    return 'yaml_config', f'# config/database.yml\nproduction:\n  url: {uri}\n  pool: 15\n  prepared_statements: false\n', [pw]


def s_jdbc(R, pw, kind):
    return 'properties_file', ('spring.datasource.url=jdbc:postgresql://pg-prod.internal.example:5432/ledger\n'
                               'spring.datasource.username=ledger_app\n' f'spring.datasource.password={pw}\n'
                               'spring.datasource.hikari.maximum-pool-size=20\n'), [pw]


def s_mssql(R, pw, kind):
    cs = f'Server=tcp:sql-prod.corp.example,1433;Database=Billing;User ID=billing_svc;Password={pw};Encrypt=True;TrustServerCertificate=False;'
    return 'json_config', json.dumps({'ConnectionStrings': {'Billing': cs}, 'Logging': {'LogLevel': {'Default': 'Information'}}}, indent=2) + '\n', [pw]


def s_basic_auth(R, kind):
    user = R.choice(['svc-export', 'admin', 'reporting', 'deploy'])
    pw = _pw(R)
    tok = base64.b64encode(f'{user}:{pw}'.encode()).decode()
    return 'http_request_raw', (f'POST /api/v1/import HTTP/1.1\nHost: erp.corp.example\nAuthorization: Basic {tok}\n'
                                'Content-Type: application/json\nContent-Length: 48\n\n{"source": "warehouse", "batch": "2025-03-04"}\n'), [tok]


def s_bearer_curl(R, val, kind):
    return 'curl_command', (f'$ curl -s https://api.partner.example/v2/orders?status=open \\\n  -H "Authorization: Bearer {val}" \\\n'
                            '  -H "Accept: application/json" | jq \'.data | length\'\n42\n'), [val]


def s_k8s_b64(R, kind):
    pw = _pw(R)
    enc = base64.b64encode(pw.encode()).decode()
    return 'k8s_secret_yaml', ('apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\n  namespace: orders\ntype: Opaque\ndata:\n'
                               f'  username: {base64.b64encode(b"orders_app").decode()}\n  password: {enc}\n'), [enc]


def s_docker_auth(R, kind):
    tok = 'dckr_pat_' + rs(R, 27, ALNUM + '-_')
    auth = base64.b64encode(f'ci-bot:{tok}'.encode()).decode()
    return 'docker_config_json', json.dumps({'auths': {'https://index.docker.io/v1/': {'auth': auth}, 'registry.example.com': {}},
                                             'credsStore': '', 'currentContext': 'default',
                                             'HttpHeaders': {'User-Agent': 'Docker-Client/26.1.0 (linux)'}}, indent=2) + '\n', [auth]


def s_netrc(R, kind):
    pw = _pw(R)
    return 'netrc_file', (f'# ~/.netrc (used by curl -n and the sync scripts)\nmachine api.partner.example\n  login svc-sync\n  password {pw}\n'
                          f'machine files.internal.example login backup password {_pw(R)}\ndefault login anonymous password guest@\n'), None


def s_pgpass(R, kind):
    pw = _pw(R)
    return 'pgpass_file', (f'# ~/.pgpass  (chmod 0600, read by psql and pg_dump)\n# hostname:port:database:username:password\n'
                           f'pg-prod.internal.example:5432:ledger:ledger_app:{pw}\n*:5432:*:readonly:{_pw(R)}\n'), None


def s_git_credentials(R, kind):
    tok = 'ghp_' + rs(R, 36)
    return 'gitconfig', ('[core]\n\trepositoryformatversion = 0\n\tbare = false\n[remote "origin"]\n'
                         f'\turl = https://ci-bot:{tok}@github.tidewater-analytics.example/reporting/dashboards.git\n'
                         '\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch "main"]\n\tremote = origin\n'), [tok]


def s_sshpass(R, kind):
    pw = _pw(R)
    return 'shell_history', (f'  501  ssh-keygen -R 10.20.4.17\n  502  sshpass -p \'{pw}\' ssh deploy@10.20.4.17 "sudo systemctl restart app"\n'
                             '  503  exit\n'), [pw]


def s_ldap(R, pw, kind):
    return 'yaml_config', ('# sssd / app ldap settings\nldap:\n  url: ldaps://ldap.corp.example:636\n'
                           '  bind_dn: "cn=svc-portal,ou=service,dc=corp,dc=example"\n' f'  bind_password: "{pw}"\n'
                           '  user_base: "ou=people,dc=corp,dc=example"\n'), [pw]


def s_smtp(R, pw, kind):
    return 'ini_config', ('[mail]\nhost = smtp.mail.example.net\nport = 587\nstarttls = true\nusername = notifications@ledgerly.example\n'
                          f'password = {pw}\nfrom = Ledgerly <notifications@ledgerly.example>\n'), [pw]


def s_wireguard(R, val, kind):
    pub = base64.b64encode(_rb(R, 32)).decode()
    return 'wireguard_conf', (f'[Interface]\nPrivateKey = {val}\nAddress = 10.8.0.5/24\nDNS = 10.8.0.1\n\n[Peer]\n'
                              f'PublicKey = {pub}\nEndpoint = vpn.corp.example:51820\nAllowedIPs = 10.8.0.0/24, 10.20.0.0/16\n'
                              'PersistentKeepalive = 25\n'), [val]


def s_rails_key(R, val, kind):
    return 'shell_history', (f'  88  cd ~/apps/shop\n  89  echo "{val}" > config/master.key\n  90  bin/rails credentials:edit\n'), [val]


# ====================================================================== plan of the 90 secret rows
# (kind, carrier) ; carrier None = rotate through NAMED / BARE lists
PLAN = [
    ('aws_access_key', c_env_file), ('aws_access_key', b_app_log), ('aws_session_credentials', c_shell_history),
    ('gcp_api_key', c_javascript_source), ('gcp_api_key', b_markdown_notes), ('gcp_service_account_key', s_pem_in_json),
    ('azure_storage_key', c_xml_config), ('azure_ad_client_secret', c_terraform), ('azure_sas_token', b_email),
    ('github_pat_classic', b_chat_transcript), ('github_pat_classic', c_github_actions_yaml), ('github_pat_fine_grained', c_shell_history),
    ('github_oauth_token', c_json_config), ('github_app_token', b_ci_log), ('git_credentials_url', s_git_credentials),
    ('gitlab_pat', c_env_file), ('gitlab_runner_token', c_toml_config), ('bitbucket_app_password', c_yaml_config),
    ('stripe_secret_key', c_php_source), ('stripe_secret_key', b_slack_message), ('stripe_restricted_key', c_helm_values),
    ('stripe_webhook_secret', c_env_file), ('square_access_token', c_properties), ('braintree_access_token', c_yaml_config),
    ('razorpay_key_secret', c_python_source), ('slack_bot_token', c_k8s_secret), ('slack_bot_token', b_jira_comment),
    ('slack_user_token', c_powershell_history), ('slack_webhook_url', c_json_config), ('slack_webhook_url', b_ci_log),
    ('slack_app_token', c_docker_compose), ('discord_bot_token', c_python_source), ('discord_webhook_url', b_markdown_notes),
    ('telegram_bot_token', c_go_source), ('telegram_bot_token', b_app_log), ('twilio_auth_token', c_env_file),
    ('sendgrid_api_key', c_systemd), ('sendgrid_api_key', b_email), ('mailgun_api_key', c_ini_config), ('mailchimp_api_key', c_json_config),
    ('openai_api_key', c_env_file), ('openai_api_key', b_jupyter_output), ('openai_api_key', b_slack_message),
    ('anthropic_api_key', c_shell_history), ('anthropic_api_key', b_chat_transcript), ('huggingface_token', c_yaml_config),
    ('replicate_api_token', c_javascript_source), ('groq_api_key', c_toml_config), ('xai_api_key', c_docker_compose),
    ('perplexity_api_key', b_app_log), ('cohere_api_key', c_python_source), ('langsmith_api_key', c_env_file),
    ('pinecone_api_key', c_helm_values), ('wandb_api_key', c_shell_history), ('elevenlabs_api_key', c_json_config),
    ('deepseek_api_key', c_env_file), ('npm_token', None), ('pypi_token', None),
    ('docker_hub_pat', s_docker_auth), ('digitalocean_token', c_terraform), ('shopify_access_token', c_php_source),
    ('atlassian_api_token', b_jira_comment), ('linear_api_key', c_env_file), ('notion_token', c_github_actions_yaml),
    ('datadog_api_key', c_helm_values), ('newrelic_user_key', c_systemd), ('sentry_auth_token', c_ini_config),
    ('postman_api_key', c_json_config), ('terraform_cloud_token', None), ('vault_token', c_shell_history),
    ('doppler_token', b_ci_log), ('grafana_service_account_token', c_k8s_secret), ('okta_api_token', c_xml_config),
    ('auth0_client_secret', c_env_file), ('firebase_fcm_server_key', c_properties), ('mapbox_secret_token', c_javascript_source),
    ('cloudflare_api_token', c_terraform), ('age_secret_key', None), ('alibaba_access_key', c_ini_config),
    ('tencent_secret_key', c_yaml_config), ('databricks_token', c_python_source), ('planetscale_password', c_env_file),
    ('flyio_token', c_github_actions_yaml), ('circleci_token', c_powershell_history), ('flutterwave_secret_key', c_php_source),
    ('twitter_bearer_token', c_python_source), ('dropbox_access_token', b_slack_message), ('django_secret_key', None),
    ('rails_master_key', s_rails_key), ('jwt_signing_secret', c_env_file), ('encryption_key', c_k8s_secret),
    ('wireguard_private_key', s_wireguard), ('jwt_token', s_bearer_curl), ('jwt_token', b_app_log),
    ('supabase_service_role_key', c_env_file), ('generic_api_key', c_yaml_config), ('generic_api_key', b_email),
    ('generic_password', c_docker_compose), ('generic_password', b_chat_transcript), ('smtp_password', s_smtp),
    ('ldap_bind_password', s_ldap), ('bearer_token', s_bearer_curl), ('basic_auth_header', s_basic_auth),
    ('k8s_secret_base64', s_k8s_b64), ('netrc_password', s_netrc), ('pgpass_password', s_pgpass), ('ssh_password_cli', s_sshpass),
    ('rsa_private_key', s_pem_file), ('ec_private_key', s_pem_in_k8s), ('openssh_private_key', s_pem_in_chat),
    ('pkcs8_private_key', s_pem_in_terraform), ('pgp_private_key_block', s_pem_file),
    ('postgres_uri_password', s_uri_env), ('postgres_uri_password', s_uri_trace), ('mysql_uri_password', s_uri_log),
    ('mongodb_uri_password', s_uri_yaml), ('redis_uri_password', s_uri_compose), ('amqp_uri_password', s_uri_env),
    ('ftp_url_password', s_uri_log), ('jdbc_password', s_jdbc), ('mssql_password', s_mssql),
]


_DROP_KINDS = {'github_oauth_token', 'gitlab_runner_token', 'stripe_restricted_key', 'slack_app_token', 'mailchimp_api_key',
               'xai_api_key', 'pinecone_api_key', 'linear_api_key', 'postman_api_key', 'okta_api_token', 'circleci_token',
               'flutterwave_secret_key', 'planetscale_password', 'flyio_token', 'newrelic_user_key', 'rails_master_key',
               'ftp_url_password', 'amqp_uri_password'}
_DROP_ROWS = {('telegram_bot_token', 'b_app_log'), ('slack_webhook_url', 'b_ci_log'), ('github_pat_classic', 'c_github_actions_yaml'),
              ('generic_password', 'c_docker_compose'), ('generic_api_key', 'c_yaml_config'), ('jwt_token', 'b_app_log'),
              ('stripe_secret_key', 'c_php_source'), ('anthropic_api_key', 'c_shell_history'), ('gcp_api_key', 'c_javascript_source'),
              ('openai_api_key', 'c_env_file'), ('sendgrid_api_key', 'c_systemd'), ('slack_bot_token', 'c_k8s_secret'),
              ('postgres_uri_password', 's_uri_env')}
PLAN = [(k, c) for k, c in PLAN if k not in _DROP_KINDS and (k, getattr(c, '__name__', None)) not in _DROP_ROWS]


def _special(R, kind):
    """Rows whose carrier needs bespoke handling. Returns (format, text, secrets)."""
    if kind == 'npm_token':
        v = KINDS['npm_token'](R)[0][1]
        return 'npmrc', (f'# ~/.npmrc on the release runner\nregistry=https://registry.npmjs.org/\n@tidewater:registry=https://npm.pkg.example.com/\n'
                         f'//registry.npmjs.org/:_authToken={v}\nalways-auth=true\nsave-exact=true\nfund=false\naudit-level=high\n'), [v]
    if kind == 'pypi_token':
        v = KINDS['pypi_token'](R)[0][1]
        return 'pypirc', f'[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = {v}\n', [v]
    if kind == 'terraform_cloud_token':
        v = KINDS['terraform_cloud_token'](R)[0][1]
        return 'terraformrc', (f'# ~/.terraformrc\ncredentials "tfe.corp.example" {{\n  token = "{v}"\n}}\n\nplugin_cache_dir = "$HOME/.terraform.d/plugin-cache"\n'
                               'disable_checkpoint = true\n\nprovider_installation {\n  direct {}\n}\n'), [v]
    if kind == 'age_secret_key':
        v = KINDS['age_secret_key'](R)[0][1]
        pub = 'age1' + rs(R, 58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')
        return 'age_key_file', (f'$ cat ~/.config/sops/age/keys.txt\n# created: {iso(rdt(R))}\n# public key: {pub}\n{v}\n'
                                f'$ sops --decrypt secrets/prod.enc.yaml | head -3\napiVersion: v1\nkind: Secret\n'), [v]
    if kind == 'django_secret_key':
        v = KINDS['django_secret_key'](R)[0][1]
        return 'python_source', ('"""Production settings."""\nfrom .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = ["shop.example.com"]\n'
                                 f"SECRET_KEY = '{v}'\n" 'SESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\n'), [v]
    raise KeyError(kind)


def build_secret_rows():
    rows = []
    ni = bi = 0
    for i, (kind, carrier) in enumerate(PLAN):
        R = rng('secret', i, kind)
        if carrier is None:
            fmt, text, secs = _special(R, kind)
        elif kind in PEM_KINDS or kind == 'gcp_service_account_key':
            pem = PEM_KINDS.get(kind, PEM_KINDS['pkcs8_private_key'])(R)
            fmt, text, secs = carrier(R, pem, kind)
        elif kind in URI_KINDS:
            pw = _uri_pw(R)
            fmt, text, secs = carrier(R, URI_KINDS[kind](R, pw), pw, kind)
        elif carrier in (s_jdbc, s_mssql, s_ldap, s_smtp):
            pw = _pw(R)
            fmt, text, secs = carrier(R, pw, kind)
        elif carrier in (s_bearer_curl, s_wireguard, s_rails_key):
            v = KINDS[kind](R)[0][1]
            fmt, text, secs = carrier(R, v, kind)
        elif carrier in (s_basic_auth, s_k8s_b64, s_docker_auth, s_netrc, s_pgpass, s_git_credentials, s_sshpass):
            fmt, text, secs = carrier(R, kind)
            if secs is None:  # netrc / pgpass: every password in the file
                import re as _re
                if fmt == 'netrc_file':
                    secs = [x for x in _re.findall(r'password (\S+)', text) if x != 'guest@']
                else:
                    secs = [l.rsplit(':', 1)[1] for l in text.splitlines() if l and not l.startswith('#')]
        elif carrier in NAMED:
            pairs = KINDS[kind](R)
            fmt, text = carrier(R, pairs, kind)
            secs = [v for _, v in pairs]
        else:
            pairs = KINDS[kind](R)
            fmt, text = carrier(R, [v for _, v in pairs], kind)
            secs = [v for _, v in pairs]
        rows.append({'format': fmt, 'label': 'secret', 'category': kind, 'secrets': secs, 'text': text})
    return rows


# ====================================================================== clean look-alikes (60)
def _uuid(R):
    h = rs(R, 32, HEXL)
    return f'{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice("89ab")}{h[17:20]}-{h[20:]}'


def _ulid(R):
    return rs(R, 26, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')


def cl_sha256(R):
    files = ['ledgerly-4.2.0-linux-amd64.tar.gz', 'ledgerly-4.2.0-darwin-arm64.tar.gz', 'ledgerly-4.2.0-windows-amd64.zip', 'ledgerly-4.2.0.sbom.json']
    return 'release_checksums', '# SHA256SUMS for ledgerly 4.2.0\n' + '\n'.join(f'{rs(R, 64, HEXL)}  {f}' for f in files) + '\n'


def cl_git_log(R):
    lines = []
    for s in ['Fix pagination cursor', 'Bump zod to 3.23.8', 'Add retry to webhook sender', 'Docs: local setup', 'Refactor export streaming']:
        lines.append(f'{rs(R, 40, HEXL)} {s}')
    return 'git_log', '$ git log --format="%H %s" -5\n' + '\n'.join(lines) + '\n'


def cl_md5(R):
    files = [('invoice_2025-03.pdf', R.randint(40000, 300000)), ('logo.png', R.randint(5000, 90000)), ('backup.tar', R.randint(10 ** 6, 10 ** 8))]
    return 'file_manifest_txt', ('MD5 checksums (verify after download)\n' + '\n'.join(f'MD5 ({f}) = {rs(R, 32, HEXL)}    {n} bytes' for f, n in files)
                                 + '\n\nOn macOS run `md5 <file>`, on Linux `md5sum <file>`, and compare with the values above.\n'
                                 'MD5 is only used to detect transfer errors; signatures are in SIGNATURES.asc.\n')


def cl_sri(R):
    pk = {}
    for p in ['node_modules/zod', 'node_modules/axios', 'node_modules/date-fns']:
        pk[p] = {'version': f'{R.randint(1, 4)}.{R.randint(0, 30)}.{R.randint(0, 9)}', 'resolved': f'https://registry.npmjs.org/{p.split("/")[1]}/-/{p.split("/")[1]}-1.0.0.tgz',
                 'integrity': 'sha512-' + base64.b64encode(_rb(R, 64)).decode(), 'license': 'MIT'}
    return 'package_lock_json', json.dumps({'name': 'web', 'lockfileVersion': 3, 'packages': pk}, indent=2) + '\n'


def cl_docker_digest(R):
    return 'k8s_manifest_yaml', ('apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n'
                                 f'        - name: api\n          image: registry.example.com/api@sha256:{rs(R, 64, HEXL)}\n'
                                 f'        - name: sidecar\n          image: registry.example.com/envoy@sha256:{rs(R, 64, HEXL)}\n')


def cl_uuid(R):
    t = rdt(R)
    lines = [f'{iso(t, ms=True)} INFO request_id={_uuid(R)} method=GET path=/api/orders status=200' for _ in range(4)]
    lines.append(f'{iso(t, ms=True)} INFO session={_uuid(R)} user_id={_uuid(R)} action=logout')
    return 'app_log', '\n'.join(lines) + '\n'


def cl_ulid(R):
    return 'json_api_response', json.dumps({'data': [{'id': _ulid(R), 'type': 'event', 'name': n} for n in ['order.created', 'order.paid', 'order.shipped']],
                                           'next_cursor': _ulid(R)}, indent=2) + '\n'


def cl_placeholder(R):
    v = R.j % 3
    if v == 0:
        return 'env_example', (f'# .env.example for {R.choice(["billing-api", "shop-web", "notifier", "ingest-worker"])} - copy to .env and fill in your own values\n'
                               'STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\n'
                               'OPENAI_API_KEY=<your-openai-key>\nSLACK_BOT_TOKEN=xoxb-your-token-here\nDATABASE_URL=postgresql://user:password@localhost:5432/app\n'
                               f'# optional\nSENTRY_DSN=\nLOG_LEVEL=debug\nPORT={R.choice([3000, 4000, 8000, 8080])}\n')
    if v == 1:
        return 'markdown_doc', ('## Configuration\n\nSet your key before running the examples:\n\n```bash\nexport API_KEY="YOUR_API_KEY"\n'
                                'export GITHUB_TOKEN="ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n```\n\nNever commit real keys. The test suite uses '
                                'recorded HTTP fixtures, so you only need a key to run the live examples in `examples/`.\n')
    return 'yaml_config', ('# values.example.yaml\nauth:\n  clientId: "<client-id>"\n  clientSecret: "CHANGE_ME"\n  apiToken: "REPLACE_WITH_TOKEN"\n'
                           'aws:\n  accessKeyId: "AKIA................"\n  secretAccessKey: "<fill-in>"\nreplicas: 1\n'
                           'ingress:\n  host: app.local.example\n')


def cl_masked(R):
    return 'app_log', (f'{iso(rdt(R))} INFO loaded credentials: STRIPE_SECRET_KEY=sk_live_************************{rs(R, 4, ALNUM)}\n'
                       f'{iso(rdt(R))} INFO loaded credentials: AWS_ACCESS_KEY_ID=AKIA************{rs(R, 4, UP)}\n'
                       f'{iso(rdt(R))} INFO loaded credentials: GITHUB_TOKEN=ghp_...{rs(R, 4, ALNUM)} (masked)\n'
                       f'{iso(rdt(R))} INFO db password: [REDACTED]\n')


def cl_publishable(R):
    return 'javascript_source', ("// checkout.js\nimport { loadStripe } from '@stripe/stripe-js';\n// Stripe publishable key - safe to expose in the browser\n"
                                 f"const stripe = Stripe('pk_live_{rs(R, 99)}');\n"
                                 "const elements = stripe.elements({ appearance: { theme: 'stripe' } });\n"
                                 "const card = elements.create('payment');\ncard.mount('#payment-element');\n")


def cl_secret_ref(R):
    v = R.randrange(3)
    if v == 0:
        return 'github_actions_yaml', ('name: publish\non: [release]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n'
                                       '      - uses: actions/checkout@v4\n      - run: npm publish\n        env:\n'
                                       '          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK_URL }}\n')
    if v == 1:
        return 'k8s_manifest_yaml', ('env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password\n'
                                     '  - name: API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: partner-keys\n        key: api_key\n'
                                     '  - name: LOG_LEVEL\n    value: info\n  - name: DB_HOST\n    value: pg-prod.internal.example\n')
    return 'terraform_hcl', ('data "aws_secretsmanager_secret_version" "db" {\n'
                             f'  secret_id = "arn:aws:secretsmanager:eu-west-1:{rs(R, 12, DIG)}:secret:prod/orders/db-{rs(R, 6)}"\n}}\n\n'
                             'locals {\n  db_password = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]\n}\n\n'
                             'resource "aws_db_instance" "orders" {\n  identifier = "orders-prod"\n  password   = local.db_password\n}\n')


def cl_vault_ref(R):
    svc = R.choice(['orders', 'billing', 'catalog', 'search'])
    return 'yaml_config', ('# secrets are resolved at deploy time, nothing sensitive in this file\nsecrets:\n'
                           f'  db_password: vault:secret/data/{svc}/db#password\n  stripe_key: vault:secret/data/payments/stripe#secret_key\n'
                           '  smtp_password: ${SMTP_PASSWORD}\n  gcp_key: projects/reporting/secrets/exporter-key/versions/latest\n')


def cl_cert(R):
    der = b'\x30\x82\x03\x5a\x30\x82\x02\x42\xa0\x03\x02\x01\x02' + _rb(R, 600)
    body = base64.b64encode(der).decode()
    pem = '-----BEGIN CERTIFICATE-----\n' + '\n'.join(body[i:i + 64] for i in range(0, len(body), 64)) + '\n-----END CERTIFICATE-----'
    return 'pem_file', f'# ca.crt - public root certificate for the internal CA (safe to distribute)\n{pem}\n'


def cl_ssh_pub(R):
    lines = [f'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(R, 43, ALNUM + "+/")} {R.choice(NAMES["en"])[1]}@laptop' for _ in range(3)]
    lines.append('ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ' + rs(R, 340, ALNUM + '+/') + ' deploy@ci')
    return 'authorized_keys', '# ~/.ssh/authorized_keys on bastion-1\n' + '\n'.join(lines) + '\n'


def cl_pgp_pub(R):
    body = base64.b64encode(b'\x99\x01\x0d\x04' + _rb(R, 300)).decode()
    return 'pgp_public_key', ('Our security team\'s public key for encrypted reports:\n\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n'
                              + '\n'.join(body[i:i + 64] for i in range(0, len(body), 64)) + '\n=' + rs(R, 4, ALNUM) + '\n-----END PGP PUBLIC KEY BLOCK-----\n')


def cl_data_uri(R):
    img = base64.b64encode(b"\x89PNG\r\n\x1a\n" + _rb(R, 150)).decode()
    return 'html_page', (f'<img alt="logo" width="32" height="32" src="data:image/png;base64,{img}">\n'
                         '<p>Logo embedded inline to save a request.</p>\n')


def cl_versions(R):
    deps = ['django==5.0.4', 'psycopg[binary]==3.1.18', 'celery==5.3.6', 'redis==5.0.3', 'boto3==1.34.84', 'sentry-sdk==1.45.0', 'gunicorn==22.0.0',
            'djangorestframework==3.15.1', 'django-storages==1.14.2', 'pydantic==2.7.0', 'httpx==0.27.0', 'structlog==24.1.0',
            'python-dateutil==2.9.0.post0', 'pytest==8.2.0  # dev']
    deps = deps[:R.randint(9, len(deps))]
    return 'requirements_txt', f'# requirements.txt (pinned, build 2025.{R.randint(1, 12):02d}.{R.randint(1, 28):02d}.{R.randint(1000, 9999)})\n' + '\n'.join(deps) + '\n'


def cl_lfs(R):
    return 'git_lfs_pointer', f'version https://git-lfs.github.com/spec/v1\noid sha256:{rs(R, 64, HEXL)}\nsize {R.randint(10 ** 5, 10 ** 9)}\n'


def cl_wallet(R):
    return 'markdown_doc', ('## Donations\n\nThe project accepts donations to the following public addresses:\n\n'
                            f'- ETH: `0x{rs(R, 40, "0123456789abcdefABCDEF")}`\n- BTC: `bc1q{rs(R, 38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`\n\n'
                            'Thank you for supporting open source!\n')


def cl_arn(R):
    acct = rs(R, 12, DIG)
    return 'json_config', json.dumps({'Version': '2012-10-17', 'Statement': [{'Sid': 'ReportingRead', 'Effect': 'Allow', 'Action': ['s3:GetObject', 's3:ListBucket'],
                                      'Resource': f'arn:aws:s3:::exports-{acct}/*', 'Principal': {'AWS': f'arn:aws:iam::{acct}:role/reporting-reader'}}]}, indent=2) + '\n'


def cl_trace(R):
    lines = [f'traceparent: 00-{rs(R, 32, HEXL)}-{rs(R, 16, HEXL)}-01' for _ in range(2)]
    lines.append(f'x-request-id: {rs(R, 8, HEXL)}{rs(R, 24, HEXL)}')
    lines.append(f'x-amzn-trace-id: Root=1-{rs(R, 8, HEXL)}-{rs(R, 24, HEXL)}')
    return 'http_headers', ('HTTP/1.1 200 OK\ncontent-type: application/json\ncache-control: no-store\nvary: Accept-Encoding\n'
                            + '\n'.join(lines) + f'\nserver-timing: db;dur={R.randint(2, 90)}, app;dur={R.randint(5, 200)}\ndate: {rdt(R):%a, %d %b %Y %H:%M:%S} GMT\n')


def cl_doc_example(R):
    return 'markdown_doc', ('## Using the CLI with temporary credentials\n\nThe AWS documentation uses these example values, which are not valid keys:\n\n'
                            '```\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\n\n'
                            'Replace them with values from your own identity provider.\n')


def cl_wg_pub(R):
    return 'wireguard_conf', (f'# wg0 peers on vpn-gw-1 (public keys only; private keys never leave the laptops)\n[Interface]\nListenPort = 51820\nAddress = 10.8.0.1/24\n\n# peer list\n[Peer]\n# laptop-maya\nPublicKey = {base64.b64encode(_rb(R, 32)).decode()}\n'
                              f'AllowedIPs = 10.8.0.5/32\n\n[Peer]\n# laptop-noah\nPublicKey = {base64.b64encode(_rb(R, 32)).decode()}\nAllowedIPs = 10.8.0.6/32\n')


def cl_jwks(R):
    return 'jwks_json', json.dumps({'keys': [{'kty': 'RSA', 'use': 'sig', 'kid': rs(R, 16, HEXL), 'alg': 'RS256', 'e': 'AQAB',
                                              'n': _b64url(_rb(R, 256))}]}, indent=2) + '\n'


def cl_assets(R):
    return 'html_page', (f'<link rel="stylesheet" href="/static/css/main.{rs(R, 8, HEXL)}.css">\n'
                         f'<script src="/static/js/runtime.{rs(R, 20, HEXL)}.js" defer></script>\n'
                         f'<script src="/static/js/vendor.{rs(R, 20, HEXL)}.js" defer></script>\n'
                         f'<link rel="preload" href="/fonts/inter.{rs(R, 10, HEXL)}.woff2" as="font" crossorigin>\n')


def cl_ipfs(R):
    return 'markdown_doc', (f'Dataset snapshot pinned on IPFS:\n\n- CID: `bafybei{rs(R, 52, "abcdefghijklmnopqrstuvwxyz234567")}`\n'
                            f'- Legacy CID: `Qm{rs(R, 44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")}`\n')


def cl_client_id(R):
    return 'javascript_source', ('// OAuth client IDs are public identifiers; the secret lives on the server\n'
                                 f"export const GOOGLE_CLIENT_ID = '{rs(R, 12, DIG)}-{rs(R, 32, LOWNUM)}.apps.googleusercontent.com';\n"
                                 f"export const GA_MEASUREMENT_ID = 'G-{rs(R, 10, UPNUM)}';\n"
                                 "export const OAUTH_REDIRECT = 'https://app.example.com/auth/callback';\nexport const SCOPES = ['openid', 'email', 'profile'];\n")


def cl_fingerprint(R):
    return 'terminal_output', (f'The authenticity of host \'bastion-1.corp.example (203.0.113.10)\' can\'t be established.\n'
                               f'ED25519 key fingerprint is SHA256:{rs(R, 43, ALNUM + "+/")}.\nThis key is not known by any other names.\n'
                               'Are you sure you want to continue connecting (yes/no/[fingerprint])? yes\n'
                               "Warning: Permanently added 'bastion-1.corp.example' (ED25519) to the list of known hosts.\n"
                               f'Last login: {rdt(R):%a %b %d %H:%M:%S %Y} from 10.20.4.17\n')


def cl_redacted(R):
    return 'jira_comment_json', json.dumps({'comment': {'body': 'Customer pasted their API key in the ticket; I have removed it and asked them to rotate it. '
                                                        'Original text now reads: "my key is [REDACTED] and it fails with 401". Token rotated on their side 14:02.',
                                                        'author': {'displayName': 'Hannah Lee'}, 'visibility': {'type': 'role', 'value': 'Support'}},
                                            'issue': f'SUP-{R.randint(1000, 9999)}'}, indent=2) + '\n'


def cl_policy(R):
    return 'markdown_doc', ('# Password and key policy\n\n- Passwords: at least 14 characters, checked against known-breached lists.\n'
                            '- API keys: rotated every 90 days; stored only in the vault.\n- Never paste a key into chat or tickets. If you do, rotate it immediately.\n'
                            '- Example of a strong passphrase format: four random words plus a number (do not reuse the example).\n')


def cl_csp(R):
    return 'http_headers', (f"content-security-policy: default-src 'self'; script-src 'self' 'sha256-{base64.b64encode(_rb(R, 32)).decode()}' "
                            f"'nonce-{base64.b64encode(_rb(R, 16)).decode()}'; style-src 'self'\nstrict-transport-security: max-age=63072000\n")


def cl_webhook_sig(R):
    return 'http_request_raw', ('POST /webhooks/github HTTP/1.1\nHost: ci.example.com\nX-GitHub-Event: push\n'
                                f'X-GitHub-Delivery: {_uuid(R)}\nX-Hub-Signature-256: sha256={rs(R, 64, HEXL)}\nContent-Type: application/json\n\n'
                                '{"ref": "refs/heads/main", "after": "' + rs(R, 40, HEXL) + '"}\n')


def cl_configmap(R):
    conf = 'log_level = info\nworkers = 4\nregion = eu-west-1\n'
    return 'k8s_manifest_yaml', ('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: worker-config\nbinaryData:\n'
                                 f'  worker.conf: {base64.b64encode(conf.encode()).decode()}\n  banner.txt: {base64.b64encode(b"Welcome to the reporting cluster").decode()}\n')


def cl_tx_hash(R):
    return 'json_api_response', json.dumps({'tx_hash': '0x' + rs(R, 64, HEXL), 'block': R.randint(19000000, 21000000), 'status': 'confirmed',
                                           'from': '0x' + rs(R, 40, HEXL), 'to': '0x' + rs(R, 40, HEXL)}, indent=2) + '\n'


def cl_key_metadata(R):
    return 'json_api_response', json.dumps({'api_keys': [{'id': 'key_' + rs(R, 10, LOWNUM), 'name': n, 'prefix': 'sk_live_' + rs(R, 4, ALNUM) + '…',
                                                          'created': iso(rdt(R)), 'last_used': iso(rdt(R))} for n in ['ci-deploy', 'reporting']]}, indent=2) + '\n'


CLEAN = [
    ('sha256_checksum', cl_sha256, 3), ('git_commit_sha', cl_git_log, 3), ('md5_checksum', cl_md5, 2), ('sri_integrity_hash', cl_sri, 2),
    ('docker_image_digest', cl_docker_digest, 2), ('uuid', cl_uuid, 3), ('ulid', cl_ulid, 2), ('placeholder_value', cl_placeholder, 4),
    ('masked_value', cl_masked, 2), ('stripe_publishable_key', cl_publishable, 2), ('ci_secret_reference', cl_secret_ref, 3),
    ('secret_store_reference', cl_vault_ref, 2), ('public_certificate', cl_cert, 2), ('ssh_public_key', cl_ssh_pub, 2),
    ('pgp_public_key', cl_pgp_pub, 2), ('base64_image_data', cl_data_uri, 2), ('version_strings', cl_versions, 2),
    ('git_lfs_oid', cl_lfs, 1), ('crypto_wallet_address', cl_wallet, 1), ('aws_arn_account_id', cl_arn, 2), ('trace_ids', cl_trace, 1),
    ('documented_example_key', cl_doc_example, 1), ('wireguard_public_key', cl_wg_pub, 1), ('jwks_public_key', cl_jwks, 2),
    ('hashed_asset_filename', cl_assets, 1), ('ipfs_cid', cl_ipfs, 1), ('oauth_client_id', cl_client_id, 1),
    ('ssh_host_fingerprint', cl_fingerprint, 1), ('redacted_value', cl_redacted, 1), ('password_policy_text', cl_policy, 1),
    ('csp_hash_nonce', cl_csp, 1), ('webhook_signature', cl_webhook_sig, 1), ('configmap_base64', cl_configmap, 1),
    ('transaction_hash', cl_tx_hash, 1), ('key_metadata', cl_key_metadata, 1),
]


def build_clean_rows():
    rows = []
    for kind, fn, n in CLEAN:
        for j in range(n):
            R = rng('clean', kind, j)
            R.j = j
            fmt, text = fn(R)
            rows.append({'format': fmt, 'label': 'clean', 'category': kind, 'secrets': [], 'text': text})
    return rows
