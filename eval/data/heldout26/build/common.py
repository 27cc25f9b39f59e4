ROWS = []
def add(fmt, lang, label, category, text, kind=None):
    r = {"format": fmt, "lang": lang, "label": label, "category": category}
    if label == "benign":
        assert kind, "benign needs kind"
        r["kind"] = kind
    r["text"] = text.strip("\n")
    ROWS.append(r)
def inj(fmt, lang, goal, text):
    add(fmt, lang, "injection", goal, text)
def hn(fmt, lang, kind, text):
    add(fmt, lang, "benign", "hard_negative", text, kind)
def ok(fmt, lang, kind, text):
    add(fmt, lang, "benign", "ordinary", text, kind)
