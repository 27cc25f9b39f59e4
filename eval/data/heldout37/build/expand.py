"""Deterministic context expansion so that length does not track the label.
Applied to a seeded random subset of rows of every label, by carrier format."""
import random
from common import fill_chat, fill_log

FORUM_REPLIES = [
    ("lanternfish", "Same here, I noticed it after the last patch too."),
    ("crowbell", "Bumping this, would like an answer from the devs."),
    ("vexlord", "Not sure it's related but I also saw longer queues on EU."),
    ("ottoline", "Thanks for posting, saved me a ticket."),
    ("tidepool", "Anyone tried verifying game files? Fixed a similar thing for me once."),
    ("hollyhock", "+1, happens to my whole guild."),
    ("brine", "Can confirm on console as well."),
    ("Greyhaven (mod)", "Reminder to keep replies on topic, thanks everyone."),
]
DISCORD_MSGS = [
    ("lanternfish", "gm everyone"), ("crowbell", "queue is 2 min for me"), ("tidepool", "did the shop reset yet?"),
    ("hollyhock", "new patch notes are up btw"), ("brine", "lf1 for ranked, plat+"), ("vexlord", "that raid was rough lol"),
    ("kodiakk", "anyone got the glider yet?"), ("pebblemint", "my wifi hates me today"),
]
ACCOUNT_CTX = [
    "Account age: {y} years · Region: {r} · Platform: {p}",
    "Lifetime purchases: {n} · Last purchase: {d} days ago",
    "Previous tickets: {t} (last one solved, CSAT 4/5)",
    "2FA: {fa} · E-mail verified: yes",
    "Open reports against account: none",
    "Linked accounts: {p}",
    "Language preference detected from client: see ticket header",
]

def _ticket_ctx(r):
    lines = ["--- account context (auto-attached by helpdesk, read-only) ---"]
    for t in ACCOUNT_CTX[: r.randint(4, len(ACCOUNT_CTX))]:
        lines.append(t.format(y=r.randint(1, 6), r=r.choice(["EU", "NA", "LATAM", "SEA"]), p=r.choice(["PC", "PS5", "Xbox", "Switch", "Android"]),
                              n=r.randint(0, 40), d=r.randint(1, 200), t=r.randint(0, 6), fa=r.choice(["on", "off"])))
    lines.append("--- recent client events ---")
    lines += fill_log(r.randint(4, 12), r.randint(0, 10**6))
    return "\n".join(lines)

def expand(row, seed):
    r = random.Random(seed)
    fmt, text = row["format"], row["text"]
    if fmt in ("ingame_chat_log", "stream_chat"):
        head, _, rest = text.partition("\n")
        before = "\n".join(f"[{t}] <{u}> {m}" for t, u, m in fill_chat(r.randint(6, 16), r.randint(0, 10**6), 0))
        after = "\n".join(f"[{t}] <{u}> {m}" for t, u, m in fill_chat(r.randint(6, 16), r.randint(0, 10**6), 30))
        body = before + "\n" + rest + "\n" + after
        import re as _re
        head = _re.sub(r"rows=\d+", f"rows={body.count(chr(10)) + 1}", head)
        return head + "\n" + body
    if fmt in ("bug_report", "crash_log"):
        return text + "\n\n-- additional client.log (attached) --\n" + "\n".join(fill_log(r.randint(8, 22), r.randint(0, 10**6), 30))
    if fmt in ("support_ticket", "ban_appeal"):
        if text.endswith("=== END ==="):
            return text[: -len("=== END ===")] + _ticket_ctx(r) + "\n=== END ==="
        return text + "\n" + _ticket_ctx(r)
    if fmt == "discord_export":
        lines = text.split("\n")
        head, body = lines[:2], lines[2:]
        extra_b = [f"{u} — 12/06/2026 1{r.randint(0,5)}:{r.randint(10,59)}\n{m}\n" for u, m in r.sample(DISCORD_MSGS, r.randint(3, 6))]
        extra_a = [f"{u} — 12/06/2026 2{r.randint(2,3)}:{r.randint(10,59)}\n{m}\n" for u, m in r.sample(DISCORD_MSGS, r.randint(2, 5))]
        return "\n".join(head + extra_b + body + extra_a)
    if fmt == "forum_thread":
        n0 = text.count("\n#")
        extra = r.sample(FORUM_REPLIES, r.randint(3, 7))
        add = "\n".join(f"#{n0 + 1 + i} {u} · Dec 7\n{m}\n" for i, (u, m) in enumerate(extra))
        return text.rstrip("\n") + "\n\n" + add
    return None
