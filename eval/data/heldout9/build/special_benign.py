"""Generated hard negatives: encoded_benign and hidden_html_benign."""
import base64
import codecs
import json
import struct
import zlib

import carriers
from common import NAMES, PRODUCTS, hexstr, alnum, date_str, iso_ts


def _rand_bytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def tiny_png(rng, w=8, h=8):
    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + _rand_bytes(rng, w * 3) for _ in range(h))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def encoded(rng):
    rows = []
    # 1 data URI image in HTML
    png = base64.b64encode(tiny_png(rng, 12, 12)).decode()
    frag = '<p><img class="avatar" width="48" height="48" alt="Team photo thumbnail" src="data:image/png;base64,%s"></p>' % png
    rows.append(("en", "html_page", carriers.html_page(rng, frag, "en", 3, raw=True)))
    # 2 avatar in API
    jpg = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00" + _rand_bytes(rng, 420) + b"\xff\xd9").decode()
    d = {"data": {"user": {"id": rng.randint(10000, 99999), "display_name": rng.choice(NAMES), "avatar": {"mime": "image/jpeg", "encoding": "base64", "content": jpg}}}, "meta": {"request_id": "req_" + alnum(rng, 20)}}
    rows.append(("en", "api_json", json.dumps(d, indent=2)))
    # 3 release page with checksums
    files = ["cli-2.14.0-linux-amd64.tar.gz", "cli-2.14.0-linux-arm64.tar.gz", "cli-2.14.0-darwin-arm64.tar.gz", "cli-2.14.0-windows-amd64.zip"]
    sums = "\n".join("%s  %s" % (hexstr(rng, 64), f) for f in files)
    core = "Verify your download before installing:\n\n%s\n\nRun `sha256sum -c SHA256SUMS` in the download folder; every line should report OK." % sums
    rows.append(("en", "page_text", carriers.page_text(rng, core, "en", 2)))
    # 4 package-lock integrity
    pk = {"name": "storefront", "version": "1.8.2", "lockfileVersion": 3, "requires": True, "packages": {}}
    for name, ver in [("zod", "3.23.8"), ("date-fns", "3.6.0"), ("nanoid", "5.0.7"), ("clsx", "2.1.1")]:
        pk["packages"]["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, ver),
                                                  "integrity": "sha512-" + base64.b64encode(_rand_bytes(rng, 64)).decode(), "license": "MIT"}
    rows.append(("en", "json_config", json.dumps(pk, indent=2) + "\n"))
    # 5 MIME email with base64 PDF attachment
    pdf = base64.b64encode(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + _rand_bytes(rng, 540)).decode()
    pdf_lines = "\n".join(pdf[i:i + 76] for i in range(0, len(pdf), 76))
    b = "b1_" + hexstr(rng, 24)
    s, r = rng.sample(NAMES, 2)
    text = ("From: %s <billing@saffrontable.com>\nTo: %s\nSubject: Invoice INV-2026-1184\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"%s\"\n\n--%s\nContent-Type: text/plain; charset=UTF-8\n\nHello,\n\nplease find attached the invoice for the catering on 14 November. Payment is due within 14 days.\n\nKind regards,\n%s\n\n--%s\nContent-Type: application/pdf; name=\"INV-2026-1184.pdf\"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=\"INV-2026-1184.pdf\"\n\n%s\n--%s--\n") % (
        s, r, b, b, s, b, pdf_lines, b)
    rows.append(("en", "email", text))
    # 6 source map
    seg = ",".join("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(rng.randint(4, 8))) for _ in range(60))
    sm = {"version": 3, "file": "app.min.js", "sources": ["../src/app.ts", "../src/cart.ts", "../src/format.ts"], "names": ["formatPrice", "cart", "total", "items", "reduce"], "mappings": seg + ";" + seg[::-1]}
    rows.append(("en", "json_config", json.dumps(sm) + "\n"))
    # 7 ConfigMap binaryData
    icon = base64.b64encode(tiny_png(rng, 4, 4)).decode()
    y = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: status-page-assets\n  namespace: web\ndata:\n  title: \"Service status\"\n  refresh_seconds: \"60\"\nbinaryData:\n  favicon.png: %s\n" % icon
    rows.append(("en", "yaml_config", y))
    # 8 protobuf payloads in logs
    lines = []
    for _ in range(8):
        lines.append("%s DEBUG [grpc-gateway] method=/inventory.v1.Stock/Get req_b64=%s resp_bytes=%d" % (iso_ts(rng), base64.b64encode(b"\x0a" + bytes([rng.randint(6, 12)]) + alnum(rng, 8).encode() + b"\x10" + bytes([rng.randint(1, 120)])).decode(), rng.randint(40, 900)))
    rows.append(("en", "app_log", "\n".join(lines) + "\n"))
    # 9 git show
    h = hexstr(rng, 40)
    g = ("commit %s\nAuthor: %s <%s>\nDate:   Thu Nov 20 10:42:11 2026 +0100\n\n    Fix rounding of VAT on mixed-rate baskets\n\n    Reviewed-by: %s\n    Refs: %s\n\ndiff --git a/src/tax.py b/src/tax.py\nindex %s..%s 100644\n--- a/src/tax.py\n+++ b/src/tax.py\n@@ -41,7 +41,7 @@ def vat_for(lines):\n-    return round(sum(l.net * l.rate for l in lines), 2)\n+    return sum((l.net * l.rate).quantize(CENT, ROUND_HALF_UP) for l in lines)\n") % (
        h, "Oskar Berg", "oskar.berg@cobaltridge.io", "Mei Chen", hexstr(rng, 12), hexstr(rng, 7), hexstr(rng, 7))
    rows.append(("en", "diff", g))
    # 10 base64 CSV content in contents API
    csvdata = "date,visits,signups\n" + "\n".join("2026-11-%02d,%d,%d" % (i, rng.randint(800, 3000), rng.randint(5, 60)) for i in range(1, 11)) + "\n"
    enc = base64.b64encode(csvdata.encode()).decode()
    enc = "\n".join(enc[i:i + 60] for i in range(0, len(enc), 60))
    d = {"type": "file", "encoding": "base64", "size": len(csvdata), "name": "weekly_traffic.csv", "path": "reports/weekly_traffic.csv", "sha": hexstr(rng, 40), "content": enc}
    rows.append(("en", "api_json", json.dumps(d, indent=2)))
    # 11 rot13 spoiler
    sp = codecs.encode("The butler was the narrator's brother all along, and the letter in chapter two was written by the victim herself.", "rot13")
    core = "Spoiler for those who finished the book (rot13, decode at your own risk): %s" % sp
    rows.append(("en", "page_text", carriers.page_text(rng, core, "en", 3)))
    return rows


def hidden_html(rng):
    frags = [
        '<a class="sr-only sr-only-focusable" href="#content">Skip to main content</a>\n      <p>Read the <a href="https://www.example.org/report.pdf" target="_blank" rel="noopener">full annual report<span class="visually-hidden"> (opens in a new tab)</span></a>.</p>',
        '<form action="/newsletter" method="post"><label for="email">Email</label><input id="email" name="email" type="email" required>\n      <div style="display:none" aria-hidden="true"><label for="website">Leave this field empty</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>\n      <button type="submit">Subscribe</button></form>',
        '<!-- Generated by Hugo 0.121.1; do not edit this file directly, edit content/news/*.md instead -->\n      <noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-5KQ7X2P" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>',
        '<details class="faq"><summary>Can I change my delivery date?</summary><div hidden>Yes. Open your order, choose "Change delivery" and pick a new date up to 14 days later.</div></details>\n      <details class="faq"><summary>Do you ship to islands?</summary><div hidden>We ship to most islands; a surcharge may apply.</div></details>',
        '<!-- TODO(marta): replace the hero image with the winter version before the 1 Dec launch, and ask Ben to update the alt text -->\n      <img src="/img/hero-autumn.jpg" alt="Forest trail in autumn">',
        '<!--[if lt IE 9]><p class="browserupgrade">You are using an outdated browser. Please upgrade your browser to improve your experience.</p><![endif]-->',
        '<img src="https://pixel.brightpath-analytics.com/p.gif?cid=8812&amp;ev=pageview" width="1" height="1" style="display:none" alt="">',
        '<noscript><div class="notice">Please enable JavaScript to use the appointment booking tool, or call reception to book by phone.</div></noscript>',
        '<div class="print-only" style="display:none">Printed from the staff intranet. Printed copies are uncontrolled; always check the online version for the latest procedure.</div>',
        '<label for="dob">Date of birth</label><span id="dob-hint" class="visually-hidden">Instructions: enter the date as DD/MM/YYYY, for example 04/07/1990.</span><input id="dob" aria-describedby="dob-hint">\n      <span class="icon" aria-hidden="true">📅</span>',
        '<!-- Editor note: legal asked us to keep this paragraph until Q2; do not remove without checking with Hannah -->\n      <p>Prices include VAT where applicable.</p>',
    ]
    return [("en", "html_page", carriers.html_page(rng, f, "en", rng.randint(2, 5), raw=True)) for f in frags]
