"""Build the rows of injection.jsonl (without ids; build.py shuffles and numbers them)."""
from common import *
from inj_carriers import CARRIERS, HTML_CARRIERS, Raw, c_markdown_wiki, csvq
from inj_payloads import P
from inj_hardneg_a import HN_A
from inj_hardneg_b import HN_B
from inj_hardneg_c import HN_C

PREFERRED = {
    "exfiltration": ["email_raw", "email_html", "html_page", "github_issue_json", "slack_export_json", "jira_ticket", "csv_export",
                     "crm_api_json", "code_review", "reviews_api_json", "search_results_json", "pdf_text", "jupyter_notebook"],
    "tool_call": ["github_issue_json", "jira_ticket", "ci_log", "code_review", "git_diff", "linear_issue", "app_log", "terminal",
                  "slack_export_json", "zendesk_ticket_json", "calendar_api_json", "html_page", "source_python", "markdown_wiki"],
    "data_tampering": ["csv_export", "spreadsheet_text", "email_raw", "sql_result", "crm_api_json", "pdf_text", "vtt_transcript",
                       "product_catalog_json", "reviews_api_json", "ocr_receipt", "email_html", "teams_chat", "ini_config"],
    "instruction_override": ["html_page", "pdf_text", "markdown_wiki", "search_results_json", "rss", "atom", "source_javascript",
                             "email_raw", "discord_log", "toml_config", "reviews_api_json", "vtt_transcript"],
    "persona_hijack": ["html_page", "search_results_json", "discord_log", "rss", "markdown_wiki", "reviews_api_json", "yaml_config",
                       "teams_chat", "email_html", "product_catalog_json", "html_product_page", "voicemail_transcript"],
    "fake_system_turn": ["github_issue_json", "html_page", "pdf_text", "markdown_wiki", "zendesk_ticket_json", "source_python",
                         "jupyter_notebook", "app_log", "email_raw", "servicenow_incident", "crm_api_json", "atom", "ical"],
    "fake_authority": ["email_raw", "slack_export_json", "teams_chat", "servicenow_incident", "jira_ticket", "calendar_api_json",
                       "ical", "email_html", "pdf_text", "linear_issue", "voicemail_transcript", "sql_result"],
    "social_engineering": ["html_page", "search_results_json", "reviews_api_json", "html_product_page", "email_raw", "code_review",
                           "pdf_text", "rss", "zendesk_ticket_json", "crm_api_json", "markdown_wiki", "vtt_transcript"],
}
ANY_TEXT = ["email_raw", "slack_export_json", "github_issue_json", "app_log", "yaml_config", "jira_ticket", "crm_api_json",
            "calendar_api_json", "reviews_api_json", "vtt_transcript", "source_python", "rss", "toml_config", "teams_chat",
            "zendesk_ticket_json", "git_diff", "ical", "sql_result", "jupyter_notebook", "discord_log"]
HIDDEN_CARRIER = {
    "css_display_none": HTML_CARRIERS, "html_comment": HTML_CARRIERS, "alt_text": ["html_page", "email_html"],
    "white_text": ["email_html", "html_page"], "font_size_zero": HTML_CARRIERS, "offscreen": ["html_page", "html_product_page"],
    "data_attribute": ["html_page", "html_product_page"], "html_hidden_attr": ["html_page", "email_html"], "meta_tag": ["html_page"],
    "markdown_comment": ["markdown_wiki"],
}

HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "E": "Е", "O": "О", "C": "С", "T": "Т"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def hide(r, mode, text):
    """Return (embedded_unit, forced_carrier_list or None)."""
    if mode == "css_display_none":
        return Raw('<span style="display:none">%s</span>' % esc(text)), None
    if mode == "html_comment":
        return Raw("<!-- %s -->" % text), None
    if mode == "alt_text":
        return Raw('<p><img src="/media/banner-%d.jpg" width="600" height="200" alt="%s"></p>' % (r.randint(100, 999), esc(text))), None
    if mode == "white_text":
        return Raw('<p style="color:#ffffff;background-color:#ffffff;font-size:2px">%s</p>' % esc(text)), None
    if mode == "font_size_zero":
        return Raw('<span style="font-size:0;line-height:0">%s</span>' % esc(text)), None
    if mode == "offscreen":
        return Raw('<div style="position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden">%s</div>' % esc(text)), None
    if mode == "data_attribute":
        return Raw('<div class="promo-slot" data-campaign="spring" data-ai-note="%s"></div>' % esc(text).replace('"', "&quot;")), None
    if mode == "html_hidden_attr":
        return Raw("<div hidden>%s</div>" % esc(text)), None
    if mode == "meta_tag":
        return Raw('<meta itemprop="description" content="%s">' % esc(text).replace('"', "&quot;")), None
    if mode == "markdown_comment":
        return "[//]: # (%s)" % text, None
    if mode == "zero_width_split":
        return "\u200b".join(text), None
    if mode == "unicode_tags":
        vis = r.choice(["Thanks for reading!", "Last updated in May.", "See you next week."])
        return vis + "".join(chr(0xE0000 + ord(ch)) for ch in text), None
    if mode == "base64":
        return "Verarbeitungshinweis (base64): " + b64(text), None
    if mode == "base64_plain":
        return "ref=" + b64(text), None
    if mode == "hex":
        return "debug_blob=0x" + text.encode().hex(), None
    if mode == "rot13":
        return "[rot13] " + rot13(text), None
    if mode == "homoglyph":
        return "".join(HOMO.get(ch, ch) if r.random() < 0.7 else ch for ch in text), None
    if mode == "leetspeak":
        return "".join(LEET.get(ch.lower(), ch) for ch in text), None
    raise ValueError(mode)


def c_json_hidden(r, lang, text):
    items = []
    for t, u, s in r.sample([("Wireless earbuds X2", "earbuds-x2", "Up to 30h battery with the case."),
                             ("Bamboo cutting board", "bamboo-board", "Juice groove, 45 x 30 cm."),
                             ("Travel adapter kit", "adapter-kit", "Works in 150+ countries, two USB-C ports.")], 3):
        items.append({"id": rs(r, 8, HEX), "title": t, "slug": u, "summary": s, "score": round(r.uniform(0.5, 0.99), 3)})
    obj = {"query": "gift ideas under 50", "total": 3, "results": items,
           "meta": {"index": "catalog-v7", "took_ms": r.randint(20, 200), "x_render_hint": text, "cache": "HIT"}}
    return "search_results_json", jd(obj)


def c_split_cells(r, lang, text):
    words = text.split()
    lines = ["row,sku,qty,warehouse,tag"]
    for i, w in enumerate(words):
        lines.append("%d,%s-%d,%d,%s,%s" % (i + 1, r.choice(["BX", "TR", "LM", "QS"]), r.randint(1000, 9999), r.randint(1, 40),
                                            r.choice(["LDN-2", "RTM-1", "HAM-3"]), csvq(w)))
    return "csv_export", "\n".join(lines) + "\n"


POSW = ["start", "middle", "middle", "end", "end", "start", "middle"]


def injection_rows(r):
    rows = []
    cycles = {}
    for cat, lang, text, mode in P:
        pos = r.choice(POSW)
        if mode is None:
            pref = PREFERRED[cat]
            k = cycles.get(cat, 0)
            cycles[cat] = k + 1
            if r.random() < 0.7:
                name = pref[(k * 5 + r.randint(0, 2)) % len(pref)]
            else:
                name = r.choice(sorted(CARRIERS))
            if cat == "fake_system_turn" and name in ("ocr_receipt", "voicemail_transcript"):
                name = "email_raw"
            txt = CARRIERS[name](r, lang, text, pos)
            payload_present = text
        elif mode == "json_hidden_field":
            name, txt = c_json_hidden(r, lang, text)
        elif mode == "split_cells":
            name, txt = c_split_cells(r, lang, text)
        else:
            unit, _ = hide(r, mode, text)
            opts = HIDDEN_CARRIER.get(mode, ANY_TEXT)
            name = r.choice(opts)
            if mode == "markdown_comment":
                pos = "end"
            txt = CARRIERS[name](r, lang, unit, pos)
        rows.append({"format": name, "lang": lang, "label": "injection", "category": cat, "text": txt})
    return rows


BENIGN_LANGS = ["zh", "ja", "ko", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "tr", "sv", "ar", "hi", "vi", "id"]


def ordinary_rows(r):
    names = sorted(CARRIERS)
    order = []
    while len(order) < 100:
        chunk = list(names)
        r.shuffle(chunk)
        order += chunk
    order = order[:100]
    langs = ["en"] * 82 + BENIGN_LANGS
    r.shuffle(langs)
    rows = []
    for name, lang in zip(order, langs):
        if lang != "en" and name in ("ocr_receipt",):
            lang = "en"
        txt = CARRIERS[name](r, lang, None, "middle")
        rows.append({"format": name, "lang": lang, "label": "benign", "category": "ordinary", "text": txt})
    return rows


REUSE = {
    "security_article_quoting": ["sec_html", "sec_md", "sec_pdf"],
    "llm_app_docs_system_prompt": ["llm_yaml"],
    "runbook_imperative": ["rb_rotate"],
    "support_macro": ["sm_zendesk", "sm_zendesk"],
    "moderation_incident_report": ["mo_json", "mo_incident", "mo_digest", "mo_snow", "mo_csv"],
    "detector_test_file": ["dt_pytest", "dt_yaml", "dt_jest", "dt_go", "dt_jsonfix"],
    "benign_encoded": ["en_mime"],
    "benign_hidden_html": ["hh_preheader"],
    "chatbot_transcript": ["cb_support"],
    "postmortem": ["pm_injection", "pm_outage"],
}


def hardneg_rows(r):
    cats = {}
    for d in (HN_A, HN_B, HN_C):
        for k, v in d.items():
            cats.setdefault(k, []).extend(v)
    rows = []
    for cat in sorted(cats):
        forms = list(cats[cat])
        byname = {f.__name__: f for f in forms}
        calls = [(f, 0) for f in forms]
        counts = {}
        for nm in REUSE.get(cat, []):
            counts[nm] = counts.get(nm, 0) + 1
            calls.append((byname[nm], counts[nm]))
        assert len(calls) == 10, (cat, len(calls))
        for f, v in calls:
            fmt, lang, txt = f(r, v)
            rows.append({"format": fmt, "lang": lang, "label": "benign", "category": cat, "text": txt})
    return rows


def generate(seed):
    r = random.Random(seed)
    rows = injection_rows(r) + ordinary_rows(r) + hardneg_rows(r)
    return rows
