"""Helpers for the heldout37 generator. All texts are written by hand for this set."""
import json, random

def J(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2)

def ticket(tid, player, subject, body, channel="web_form", status="open", extra=None, lang="en"):
    head = {"ticket_id": tid, "requester": player, "channel": channel, "status": status,
            "language": lang, "subject": subject}
    if extra:
        head.update(extra)
    lines = [f"{k}: {v}" for k, v in head.items()]
    return "=== HELPDESK TICKET ===\n" + "\n".join(lines) + "\n--- body ---\n" + body.strip() + "\n=== END ==="

def email(frm, to, subject, body, date="Mon, 07 Dec 2026 14:02:11 +0000"):
    return f"From: {frm}\nTo: {to}\nDate: {date}\nSubject: {subject}\nContent-Type: text/plain; charset=utf-8\n\n{body.strip()}\n"

def chat(channel, rows, source="ingame_chat_export"):
    out = [f"# {source} | channel={channel} | rows={len(rows)}"]
    for t, u, m in rows:
        out.append(f"[{t}] <{u}> {m}")
    return "\n".join(out)

def discord(server, channel, rows):
    out = [f"Discord export — server: {server} — channel: #{channel}", "-" * 48]
    for t, u, m in rows:
        out.append(f"{u} — {t}\n{m}\n")
    return "\n".join(out)

def forum(title, board, posts):
    out = [f"Thread: {title}", f"Board: {board}", ""]
    for i, (u, d, m) in enumerate(posts, 1):
        out.append(f"#{i} {u} · {d}\n{m.strip()}\n")
    return "\n".join(out)

FILL_CHAT = [
    "anyone up for ranked?", "lag spike again on EU-West", "gg wp", "who took the blue buff",
    "need 1 more for the raid, ilvl 540+", "brb food", "that patch nerfed my main so hard",
    "lol the boss just walked into the wall", "selling nothing, just flexing my mount",
    "is the event shop reset tonight or tomorrow?", "queue times are wild today", "rip",
    "does anyone know how to unlock the glacier map", "pls stop spamming emotes", "ok ok I'll tank",
    "my controller died mid-fight", "wait the healer disconnected", "see you at 9 for the dungeon",
    "the new skin looks better in game than in the trailer", "can someone explain the crafting tree",
    "which server has the shortest queue", "nice clutch!", "report the AFK guy pls", "ty for the carry",
]

def fill_chat(n, seed, start_min=0, users=None):
    r = random.Random(seed)
    users = users or ["Mirelle", "kodiakk", "xPaleRider", "Sunny_Tam", "vexlord", "Ottoline", "bramble7", "NeonHusk"]
    rows = []
    for i in range(n):
        m = start_min + i * 2 + r.randint(0, 1)
        rows.append((f"20:{m % 60:02d}:{r.randint(10,59)}", r.choice(users), r.choice(FILL_CHAT)))
    return rows

FILL_LOG = [
    "INFO  net.session: heartbeat ok rtt=41ms",
    "INFO  render.vk: swapchain recreated 2560x1440",
    "DEBUG asset.stream: loaded bundle env_glacier_03 (12.4 MB)",
    "WARN  audio.fmod: voice limit reached, culling 3 sources",
    "INFO  match.client: state=IN_ROUND round=4",
    "DEBUG input.pad: device reconnect id=2",
    "INFO  ui.hud: minimap texture streamed",
    "WARN  net.session: packet loss 3.1% over last 10s",
    "INFO  physics: ragdoll pool 18/64",
    "DEBUG save.local: autosave slot=2 bytes=88123",
]

def fill_log(n, seed, t0=12):
    r = random.Random(seed)
    return [f"2026-12-06T21:{t0 + i // 6:02d}:{r.randint(10,59)}.{r.randint(100,999)}Z {r.choice(FILL_LOG)}" for i in range(n)]
