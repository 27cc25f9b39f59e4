import json, random, re, collections, importlib
import common
for m in ["inj_en_a", "inj_en_b", "inj_intl", "hn_en_a", "hn_en_b", "hn_intl", "ordinary"]:
    importlib.import_module(m)
FORMAT_MAP = {
    "incident_report": "plain_text_doc", "policy_doc": "plain_text_doc", "research_notes": "plain_text_doc",
    "training_doc": "plain_text_doc", "quiz_export": "plain_text_doc", "poster_text": "plain_text_doc",
    "lms_module": "plain_text_doc", "call_script": "plain_text_doc", "red_team_report": "plain_text_doc",
    "news_article": "web_page_text", "status_page": "web_page_text", "book_excerpt": "shared_document",
    "detection_rule": "yaml_config", "spreadsheet_csv": "csv", "gitignore_readme": "markdown_doc",
    "postmortem_markdown": "markdown_doc", "runbook_markdown": "markdown_doc", "notebook_markdown": "markdown_doc",
    "issue_markdown": "markdown_doc", "slide_deck_text": "presentation_text", "code_file": "source_code",
    "sql_snippet": "source_code", "siem_alert_json": "api_json", "macro_json": "api_json",
    "faq_html": "html_page", "terms_html": "html_page", "teams_message": "chat_export",
    "chat_transcript": "chat_export", "webinar_transcript": "transcript", "code_review_comment": "pr_comment",
    "it_ticket": "ticket", "email_newsletter": "email", "file_listing_json": "file_listing",
    "social_message": "email", "rss_xml": "rss_feed", "product_docs": "markdown_doc",
    "release_notes": "markdown_doc", "kb_article": "kb_article", "json_config": "json_config",
}
for r in common.ROWS:
    r["format"] = FORMAT_MAP.get(r["format"], r["format"])
rows = list(common.ROWS)
random.Random(2611).shuffle(rows)
out = []
for i, r in enumerate(rows, 1):
    out.append({"id": f"p26a-{i:04d}", "format": r["format"], "lang": r["lang"],
                "label": r["label"], "category": r["category"], "text": r["text"]})
with open("injection.jsonl", "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
