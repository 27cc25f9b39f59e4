"""Entity-recording context for PII rows."""
import common as C


class E:
    def __init__(self):
        self.items = []

    def add(self, t, v):
        self.items.append((t, v))
        return v

    def phone(self, country="US", style=None):
        return self.add("phone", C.phone(country, style))

    def email(self, first, last, domain=None, loc=None):
        return self.add("email", C.email(first, last, domain, loc))

    def wemail(self, first, last, domain):
        return self.add("email", C.work_email(first, last, domain))

    def mail(self, addr):
        return self.add("email", addr)

    def card(self, brand="visa", sep=" "):
        return self.add("credit_card", C.card(brand, sep))

    def ssn(self, sep="-"):
        return self.add("ssn", C.ssn(sep))

    def ip(self, kind="pub"):
        return self.add("ipv4", C.ip_public() if kind == "pub" else C.ip_private(kind if kind != "priv" else None))

    def iban(self, cc="DE", spaced=True):
        return self.add("iban", C.iban(cc, spaced))

    def entities(self):
        seen, outl = set(), []
        for t, v in self.items:
            if (t, v) not in seen:
                seen.add((t, v))
                outl.append({"type": t, "value": v})
        return outl


def out(fmt, cat, text, e):
    return {"format": fmt, "category": cat, "text": text, "entities": e.entities()}
