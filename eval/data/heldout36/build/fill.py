"""Placeholder filling: ⟨key⟩ -> cached random filler per row."""
import re, datetime
from common import *

APPS = ["benefits-portal", "paye-recon", "cb-claims-api", "taxpayer-ledger", "xborder-worker-svc", "refund-engine",
        "vat-returns", "child-benefit-batch", "pension-credit", "debt-mgmt", "case-hub", "payments-gw", "fraud-analytics",
        "ident-verify", "correspondence-svc", "hr-selfservice", "contact-centre-crm", "esocial-bridge"]
HOSTS = ["db-prd-07.core.taxagency.example", "mq01.int.revenue-benefits.example", "sftp.payments.hacienda-ops.example",
         "kafka-b2.stream.taxagency.example", "ora-ledger-01.dc2.taxagency.example", "sapprd-ci.erp.taxagency.example",
         "jenkins.build.northgate-it.example", "ghe.code.taxagency.example", "vault.sec.taxagency.example",
         "pvwa.cyberark.taxagency.example", "smtp-relay.mail.taxagency.example", "db2p.zos.taxagency.example",
         "pg-claims-02.benefits.example", "redis-sess-01.cache.taxagency.example", "artifactory.tools.northgate-it.example",
         "bacs-gw.payments.taxagency.example", "ldap.dir.taxagency.example", "crm-db.contact.taxagency.example"]
USERS = ["svc_claims", "svc_paye_batch", "app_ledger", "batchusr", "TAXB01", "RFCUSER_FI", "jenkins-deploy", "ansible",
         "svc-sftp-bacs", "db2inst1", "cb_reader", "etl_loader", "svc_correspondence", "kafka-benefits-producer", "mqclient01"]
PEOPLE = ["Aoife Ní Bhriain", "Jan-Hendrik Vos", "Małgorzata Wójcik", "Siddharth Iyer", "Thandiwe Mokoena", "Lucía Ortega Ruiz",
          "Mateus Figueiredo", "Grace Tan Wei Ling", "Tane Parata", "Oskar Lindqvist", "Chiara Bonetti", "Rohan D'Souza",
          "Camille Lefèvre", "Ximena Gutiérrez", "Jasper Vandenberghe", "Ngozi Adeyemi", "Liam O'Sullivan", "Reto Brunner",
          "Maria Clara dos Santos", "Kiri Waititi", "Anjali Raghunathan", "Joaquín Herrera", "Freya Holm", "Dmitri Volkov"]

def filler(key):
    base = re.sub(r"\d+$", "", key) if not re.fullmatch(r"(hex|num|b64|alnum|upper)\d+(_\d+)?", key) else key.split("_")[0]
    if key.startswith("hex"):
        return hx(int(re.match(r"hex(\d+)", key).group(1)))
    if key.startswith("num"):
        n = int(re.match(r"num(\d+)", key).group(1))
        return str(R.randrange(1, 10)) + "".join(R.choice("0123456789") for _ in range(n - 1))
    if key.startswith("alnum"):
        return rs(int(re.match(r"alnum(\d+)", key).group(1)))
    if key.startswith("upper"):
        return rs(int(re.match(r"upper(\d+)", key).group(1)), string.ascii_uppercase + string.digits)
    if key.startswith("b64_"):
        return b64bytes(int(re.match(r"b64_(\d+)", key).group(1)))
    if key.startswith("lower"):
        return rs(int(re.match(r"lower(\d+)", key).group(1)), string.ascii_lowercase + string.digits)
    if key.startswith("HEX"):
        return hx(int(re.match(r"HEX(\d+)", key).group(1))).upper()
    b = re.sub(r"\d+$", "", key)
    if b == "uuid": return uid()
    if b == "app": return R.choice(APPS)
    if b == "host": return R.choice(HOSTS)
    if b == "user": return R.choice(USERS)
    if b == "person": return R.choice(PEOPLE)
    if b == "port": return str(R.choice([8080, 8443, 5432, 1521, 50000, 9092, 1414, 443, 3306, 6379]))
    if b == "date": return rdate().isoformat()
    if b == "ts": return rts().strftime("%Y-%m-%dT%H:%M:%SZ")
    if b == "tslog": return rts().strftime("%Y-%m-%d %H:%M:%S")
    if b == "time": return f"{R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d}"
    if b == "jobid": return f"JOB{R.randrange(10000, 99999)}"
    if b == "build": return str(R.randrange(100, 9999))
    if b == "acct": return str(R.randrange(10**11, 10**12))
    if b == "ip": return f"10.{R.randrange(1,250)}.{R.randrange(1,250)}.{R.randrange(2,250)}"
    raise KeyError(key)

PH = re.compile(r"⟨([^⟩]+)⟩")

def fill(tpl, fixed=None):
    cache = dict(fixed or {})
    def rep(m):
        k = m.group(1)
        if k not in cache:
            cache[k] = filler(k)
        return cache[k]
    return PH.sub(rep, tpl), cache
