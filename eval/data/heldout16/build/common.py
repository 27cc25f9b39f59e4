"""Shared helpers: deterministic RNG, JSONL writing, stock-phrase detection."""
import hashlib
import json
import random
import re
import datetime as _dt

OUT_DIR = __import__("os").path.dirname(__import__("os").path.dirname(__import__("os").path.abspath(__file__)))


def rng_for(*labels):
    """A random.Random seeded only from fixed string labels (never from time or hash())."""
    h = hashlib.sha256("|".join(str(x) for x in labels).encode("utf-8")).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def write_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def rand_dt(rng, start=(2024, 1, 1), days=600):
    base = _dt.datetime(*start, 8, 0, 0)
    return base + _dt.timedelta(minutes=rng.randrange(days * 24 * 60))


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"


def rstr(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


# Stock phrases of prompt injection (English + translations + chat-template tokens).
STOCK_PATTERNS = [
    r"ignore (all |any )?(of )?(the |your )?(previous|prior|above|earlier) (instructions|prompts|rules)",
    r"disregard (all |any )?(of )?(your |the )?(previous|prior|above|earlier) (instructions|prompts|rules)",
    r"\byou are now\b", r"\bnew instructions\b",
    r"<\|im_start\|>", r"<\|im_end\|>", r"\[INST\]", r"\[/INST\]", r"<\|start_header_id\|>", r"<\|eot_id\|>",
    r"<\|system\|>", r"^###\s*(system|sistema|système|system prompt)\s*:?", r"\bDAN\b.*Do Anything Now",
    r"ignora (todas )?las instrucciones anteriores", r"ahora eres", r"nuevas instrucciones",
    r"ignorez (toutes )?les instructions précédentes", r"tu es maintenant", r"nouvelles instructions",
    r"ignoriere (alle )?(vorherigen|bisherigen) anweisungen", r"du bist jetzt", r"neue anweisungen",
    r"ignora (tutte )?le istruzioni precedenti", r"sei ora\b", r"nuove istruzioni",
    r"ignore as instruções anteriores", r"você agora é", r"novas instruções",
    r"negeer (alle )?(vorige|eerdere) instructies", r"je bent nu",
    r"игнорируй(те)? (все )?предыдущие инструкции", r"теперь ты\b", r"новые инструкции",
    r"忽略(之前|以前|上面)的(所有)?(指令|指示)", r"你现在是", r"新的指令",
    r"(以前|これまで)の指示を無視", r"あなたは今から", r"新しい指示",
    r"이전 지시(를|사항을)? 무시", r"너는 이제", r"새로운 지시",
    r"تجاهل (جميع )?التعليمات السابقة", r"أنت الآن", r"تعليمات جديدة",
    r"पिछले (सभी )?निर्देशों को (अनदेखा|नज़रअंदाज़)", r"अब (तुम|आप) .{0,20}हो", r"नए निर्देश",
    r"önceki talimatları (yok say|görmezden gel)", r"artık sen", r"yeni talimatlar",
    r"zignoruj (wszystkie )?poprzednie instrukcje", r"nowe instrukcje",
    r"ignorera (alla )?tidigare instruktioner", r"du är nu", r"nya instruktioner",
    r"abaikan (semua )?instruksi sebelumnya", r"instruksi baru",
    r"bỏ qua (mọi|tất cả) hướng dẫn trước", r"hướng dẫn mới",
]
STOCK_RE = re.compile("|".join("(?:%s)" % p for p in STOCK_PATTERNS), re.I | re.M)


def has_stock(text):
    return bool(STOCK_RE.search(text))
