"""Shared helpers: system randomness, alphabets, fictional institution, people."""
import secrets as _sec, string, zlib, base64, uuid, hashlib, datetime

R = _sec.SystemRandom()          # system randomness for every value
UP = string.ascii_uppercase; LO = string.ascii_lowercase; DG = string.digits
B62 = DG + UP + LO
ALNUM = UP + LO + DG
HEX = "0123456789abcdef"
B64 = UP + LO + DG + "+/"
B64URL = UP + LO + DG + "-_"
B32 = UP + "234567"

def rstr(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))
def hexs(n): return rstr(n, HEX)
def HEXs(n): return rstr(n, HEX.upper())
def digits(n): return rstr(n, DG)
def b64bytes(n): return base64.b64encode(_sec.token_bytes(n)).decode()
def b64url_bytes(n): return base64.urlsafe_b64encode(_sec.token_bytes(n)).decode().rstrip("=")
def uid(): return str(uuid.UUID(bytes=_sec.token_bytes(16), version=4))
def sha256(): return hashlib.sha256(_sec.token_bytes(32)).hexdigest()
def sha1(): return hashlib.sha1(_sec.token_bytes(32)).hexdigest()
def md5(): return hashlib.md5(_sec.token_bytes(32)).hexdigest()
def pick(seq): return R.choice(seq)
def rint(a, b): return R.randint(a, b)

def base62(n):
    s = ""
    while n:
        n, r = divmod(n, 62); s = B62[r] + s
    return s or "0"

def crc_token(prefix, n=30):
    body = rstr(n, B62)
    return prefix + body + base62(zlib.crc32(body.encode())).rjust(6, "0")

def ts(days_back=400):
    base = datetime.datetime(2026, 11, 30, 12, 0, 0)
    d = base - datetime.timedelta(seconds=R.randint(0, days_back * 86400))
    return d
def iso(d=None): return (d or ts()).strftime("%Y-%m-%dT%H:%M:%SZ")
def sqlts(d=None): return (d or ts()).strftime("%Y-%m-%d %H:%M:%S")

# ---- fictional institution --------------------------------------------------
UNI = "Aldermoor University"
INST = "Aldermoor Institute for Advanced Research"
DOM = "aldermoor.example"
CAMPUSES = {
    "DE": ("Freiburg", "fr.aldermoor.example"), "UK": ("Leeds", "lds.aldermoor.example"),
    "US": ("Pittsburgh", "pgh.aldermoor.example"), "CA": ("Halifax", "hfx.aldermoor.example"),
    "AU": ("Adelaide", "adl.aldermoor.example"), "IN": ("Pune", "pnq.aldermoor.example"),
    "BR": ("Campinas", "cps.aldermoor.example"), "JP": ("Sendai", "sdj.aldermoor.example"),
}
PARTNERS = ["Universidad del Pacífico Sur (Valparaíso)", "Nairobi Highlands University",
            "Hanbit Institute of Science (Daejeon)", "Politechnika Nadwiślańska (Toruń)",
            "Université Laurentine (Lyon)", "Istanbul Boğaziçi Teknik Akademi",
            "Universidad Tecnológica del Bajío (León)", "Lagos Lagoon University"]
HOSTS = ["login1.hpc.aldermoor.example", "login2.hpc.aldermoor.example", "slurmctld01.hpc.aldermoor.example",
         "jhub.hpc.aldermoor.example", "s3.data.aldermoor.example", "ldap1.idm.aldermoor.example",
         "grafana.ops.aldermoor.example", "gitlab.aldermoor.example", "vault.ops.aldermoor.example",
         "k8s-api.ops.aldermoor.example", "registrar-app01.sis.aldermoor.example",
         "lib-proxy.library.aldermoor.example", "clinic-ehr01.health.aldermoor.example"]

FIRST = {
 "de": ["Jonas", "Lena", "Matthias", "Friederike", "Lukas", "Annika", "Henrik", "Sophie"],
 "uk": ["Oliver", "Imogen", "Callum", "Harriet", "Rhys", "Siobhan", "Alistair", "Niamh"],
 "us": ["Tyler", "Madison", "DeShawn", "Brittany", "Marcus", "Kayla", "Ethan", "Jasmine"],
 "fr": ["Émilie", "Mathieu", "Geneviève", "Étienne", "Chloé", "Benoît"],
 "in": ["Priya", "Arjun", "Ananya", "Vikram", "Lakshmi", "Rohan", "Meera", "Siddharth"],
 "br": ["João", "Ana Beatriz", "Thiago", "Larissa", "Gustavo", "Camila"],
 "jp": ["Haruto", "Yui", "Sota", "Aoi", "Kenji", "Sakura", "Ren", "Mei"],
 "cn": ["Wei", "Xiaoling", "Jun", "Yuting", "Hao", "Mingzhu"],
 "kr": ["Ji-woo", "Min-jun", "Seo-yeon", "Do-hyun", "Ha-eun"],
 "ng": ["Chinedu", "Adaeze", "Oluwaseun", "Ngozi", "Emeka", "Funmilayo"],
 "ke": ["Wanjiru", "Otieno", "Achieng", "Kiprono", "Njeri"],
 "ar": ["Layla", "Omar", "Yasmin", "Karim", "Nour", "Tariq"],
 "tr": ["Elif", "Emre", "Zeynep", "Burak", "Ayşe"],
 "pl": ["Katarzyna", "Tomasz", "Agnieszka", "Paweł", "Zofia"],
 "es": ["Alejandro", "Lucía", "Javier", "Marisol", "Diego", "Valentina"],
 "vn": ["Lan", "Minh", "Thảo", "Quang"],
 "id": ["Siti", "Budi", "Dewi", "Agus"],
 "se": ["Astrid", "Erik", "Linnea", "Gustav"],
 "au": ["Lachlan", "Matilda", "Hamish", "Isla"],
 "gh": ["Kwame", "Ama", "Kofi", "Akosua"],
}
LAST = {
 "de": ["Schäfer", "Hoffmann", "Brandt", "Köhler", "Weißenberger", "Vogt", "Lindemann"],
 "uk": ["Bennett", "Ashworth", "Pemberton", "Holloway", "Fairclough", "Davies", "MacLeod"],
 "us": ["Whitaker", "Johnson", "Ramirez", "Coleman", "Sullivan", "Brooks", "Nguyen"],
 "fr": ["Tremblay", "Gagnon", "Bouchard", "Lefebvre", "Côté", "Roy"],
 "in": ["Raghunathan", "Deshpande", "Iyer", "Chatterjee", "Kulkarni", "Reddy", "Menon"],
 "br": ["Carvalho", "Souza", "Oliveira", "Pereira", "Nascimento", "Ferreira"],
 "jp": ["Sato", "Takahashi", "Nakamura", "Kobayashi", "Watanabe", "Yamamoto"],
 "cn": ["Zhang", "Liu", "Chen", "Wang", "Huang", "Zhou"],
 "kr": ["Park", "Kim", "Lee", "Choi", "Jung"],
 "ng": ["Okafor", "Adeyemi", "Eze", "Balogun", "Nwosu"],
 "ke": ["Kamau", "Odhiambo", "Mutua", "Chebet", "Wambui"],
 "ar": ["Haddad", "Al-Masri", "Khalil", "Nasser", "Farouk"],
 "tr": ["Yılmaz", "Demir", "Kaya", "Şahin", "Öztürk"],
 "pl": ["Nowak", "Wiśniewski", "Kowalczyk", "Zielińska", "Lewandowski"],
 "es": ["Hernández", "García", "Morales", "Castillo", "Ortega", "Ruiz"],
 "vn": ["Nguyễn", "Trần", "Phạm", "Lê"],
 "id": ["Rahmawati", "Santoso", "Wijaya", "Pratama"],
 "se": ["Lindqvist", "Bergström", "Sandberg", "Holm"],
 "au": ["McAllister", "Fitzgerald", "O'Brien", "Kowalski"],
 "gh": ["Mensah", "Asante", "Owusu", "Boateng"],
}
import unicodedata
def person(culture=None):
    c = culture or pick(list(FIRST))
    return pick(FIRST[c]), pick(LAST[c]), c
def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum() or ch in "-")
def username(f, l):
    return (ascii_slug(f)[:1] + ascii_slug(l).replace("-", ""))[:12] + (str(rint(1, 99)) if R.random() < 0.4 else "")
def fullname(f, l): return f"{f} {l}"
