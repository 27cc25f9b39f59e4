"""Carriers that take long prose blocks (paragraphs)."""
from carrier_base import *  # noqa
from common import rfc2822, b64, HEXL, UP, ALNUM, B64URL


def _p(b, indent='    '):
    return b if isinstance(b, Raw) else f'{indent}<p>{esc(b)}</p>'


def html_page(d):
    R = d.R
    a = d.ppl[0][0]
    date = d.t.date().isoformat()
    nav = ''
    if R.random() < 0.6:
        nav = ('\n  <nav class="breadcrumbs"><a href="/">' + esc(d.co[0]) + '</a> / <a href="/' +
               R.choice(['news', 'blog', 'help', 'products', 'community']) + '/">…</a></nav>')
    body = '\n'.join(_p(b) for b in d.blocks)
    return f'''<!DOCTYPE html>
<html lang="{d.lang}">
<head>
  <meta charset="utf-8">
  <title>{esc(d.title)} | {esc(d.co[0])}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/assets/site.{d.hx(8)}.css">
</head>
<body>
  <header class="site-header"><a class="logo" href="/">{esc(d.co[0])}</a></header>{nav}
  <main>
  <article>
    <h1>{esc(d.title)}</h1>
    <p class="byline">{esc(a)} &middot; <time datetime="{date}">{date}</time></p>
{body}
  </article>
  </main>
  <footer><p>&copy; 2025 {esc(d.co[0])}</p></footer>
  <script src="/assets/app.{d.hx(8)}.js" defer></script>
</body>
</html>'''


def html_blog_post(d):
    R = d.R
    a = d.ppl[0]
    date = d.t.date().isoformat()
    body = '\n'.join(_p(b, '      ') for b in d.blocks)
    tags = ''.join(f'<li><a href="/tag/{t}/">{t}</a></li>' for t in R.sample(
        ['news', 'guide', 'update', 'community', 'review', 'howto', 'notes'], 2))
    return f'''<!doctype html>
<html lang="{d.lang}">
<head><meta charset="utf-8"><title>{esc(d.title)}</title>
<meta property="og:title" content="{attr(d.title)}">
<meta property="og:type" content="article">
<link rel="canonical" href="https://blog.{d.co[1]}/{d.t:%Y/%m}/{slug(d.title)}/">
</head>
<body class="post-template-default single">
  <div id="page" class="site">
    <article id="post-{R.randint(1000, 9999)}" class="post type-post status-publish">
      <header class="entry-header"><h1 class="entry-title">{esc(d.title)}</h1>
        <div class="entry-meta"><span class="author vcard">{esc(a[0])}</span> <time class="entry-date" datetime="{d.t.isoformat()}">{date}</time></div>
      </header>
      <div class="entry-content">
{body}
      </div>
      <footer class="entry-footer"><ul class="tags">{tags}</ul>
        <a href="#comments">{R.randint(0, 40)} comments</a></footer>
    </article>
  </div>
</body>
</html>'''


def newsletter_html(d):
    R = d.R
    rows = []
    for b in d.blocks:
        if isinstance(b, Raw):
            rows.append(b)
        else:
            rows.append(f'<tr><td style="padding:12px 24px;font-family:Arial,sans-serif;font-size:15px;line-height:22px;color:#333333;">{esc(b)}</td></tr>')
    rows = '\n'.join(rows)
    return f'''<!DOCTYPE html>
<html lang="{d.lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>{esc(d.title)}</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
<tr><td style="padding:8px 24px;font-size:11px;color:#888;"><a href="https://news.{d.co[1]}/view/{d.hx(12)}" style="color:#888;">View in browser</a></td></tr>
<tr><td style="padding:20px 24px;font-family:Georgia,serif;font-size:24px;color:#111;">{esc(d.title)}</td></tr>
{rows}
<tr><td style="padding:24px;font-size:11px;color:#999;">{esc(d.co[0])} &middot; <a href="https://news.{d.co[1]}/unsubscribe?u={d.hx(16)}" style="color:#999;">Unsubscribe</a></td></tr>
</table>
</td></tr>
</table>
<img src="https://news.{d.co[1]}/o/{d.hx(20)}.gif" width="1" height="1" alt="" style="display:block;border:0;">
</body></html>'''


def forum_thread_html(d):
    R = d.R
    posts = []
    for i, b in enumerate(d.blocks):
        p = d.ppl[i % len(d.ppl)]
        t = d.tick(600, 30000)
        if isinstance(b, Raw):
            inner = b
        else:
            inner = f'<div class="post-body"><p>{esc(b)}</p></div>'
        posts.append(f'''<div class="post" id="p{R.randint(100000, 999999)}">
  <div class="post-author"><a href="/u/{p[1]}">{esc(p[1])}</a> <span class="rank">{R.choice(["Member", "Regular", "New member", "Moderator"]) if i else "Original poster"}</span></div>
  <div class="post-date">{t:%Y-%m-%d %H:%M}</div>
  {inner}
</div>''')
    return f'''<html lang="{d.lang}"><head><meta charset="utf-8"><title>{esc(d.title)} - Forum</title></head>
<body>
<div id="thread">
<h2 class="thread-title">{esc(d.title)}</h2>
{chr(10).join(posts)}
</div>
<div class="pagination">Page 1 of 1</div>
</body></html>'''


def qa_page_html(d):
    R = d.R
    q = d.blocks[0] if d.blocks else ''
    ans = []
    for i, b in enumerate(d.blocks[1:]):
        p = d.ppl[(i + 1) % len(d.ppl)]
        body = b if isinstance(b, Raw) else f'<p>{esc(b)}</p>'
        ans.append(f'''<div class="answer" data-answerid="{R.randint(10 ** 7, 10 ** 8)}" data-score="{R.randint(-1, 45)}">
  <div class="js-vote-count">{R.randint(0, 45)}</div>
  <div class="s-prose">{body}</div>
  <div class="user-details"><a href="/users/{R.randint(1000, 99999)}/{p[1]}">{esc(p[1])}</a></div>
</div>''')
    qb = q if isinstance(q, Raw) else f'<p>{esc(q)}</p>'
    return f'''<!DOCTYPE html><html lang="{d.lang}"><head><meta charset="utf-8"><title>{esc(d.title)}</title></head>
<body>
<div id="question-header"><h1 itemprop="name">{esc(d.title)}</h1></div>
<div class="question" data-questionid="{R.randint(10 ** 6, 10 ** 7)}">
  <div class="s-prose js-post-body">{qb}</div>
  <div class="post-taglist"><a class="post-tag">{R.choice(["general", "howto", "troubleshooting", "advice"])}</a></div>
</div>
<h2>{len(ans)} Answers</h2>
{chr(10).join(ans)}
</body></html>'''


def _mail_headers(d, sender, rcpt, subject, ctype):
    R = d.R
    t = d.t
    relay = f'198.51.100.{R.randint(2, 250)}'
    return [
        f'Return-Path: <{d.email(sender)}>',
        f'Received: from mail.{d.co[1]} (mail.{d.co[1]} [{relay}])',
        f'        by mx1.mail.example.net with ESMTPS id {rs(R, 10, ALNUM)}; {rfc2822(t)}',
        f'From: {sender[0]} <{d.email(sender)}>',
        f'To: {rcpt[0]} <{rcpt[1]}@mail.example.com>',
        f'Subject: {subject}',
        f'Date: {rfc2822(t)}',
        f'Message-ID: <{d.hx(16)}.{d.hx(8)}@{d.co[1]}>',
        'MIME-Version: 1.0',
        ctype,
    ]


def email_raw(d):
    s, r = d.ppl[0], d.ppl[1]
    hdr = _mail_headers(d, s, r, d.title, 'Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: 8bit')
    body = [d.greet(r), ''] + [str(b) + '\n' for b in d.blocks] + [d.regards(), s[0], d.co[0]]
    return '\n'.join(hdr) + '\n\n' + '\n'.join(body)


def email_mime_multipart(d):
    s, r = d.ppl[0], d.ppl[1]
    bnd = '----=_Part_' + d.num(6) + '_' + d.num(9)
    hdr = _mail_headers(d, s, r, d.title, f'Content-Type: multipart/alternative; boundary="{bnd}"')
    plain = [d.greet(r), ''] + [str(b) + '\n' for b in d.blocks if not isinstance(b, Raw)] + [d.regards(), s[0]]
    htmlp = [f'<p>{esc(d.greet(r))}</p>'] + [b if isinstance(b, Raw) else f'<p>{esc(b)}</p>' for b in d.blocks] + \
        [f'<p>{esc(d.regards())}<br>{esc(s[0])}</p>']
    return ('\n'.join(hdr) + '\n\nThis is a multi-part message in MIME format.\n\n'
            f'--{bnd}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n'
            + '\n'.join(plain) + f'\n\n--{bnd}\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n'
            '<html><body style="font-family:Arial,sans-serif">\n' + '\n'.join(htmlp) + '\n</body></html>\n'
            f'\n--{bnd}--\n')


def mbox(d):
    R = d.R
    half = max(1, len(d.blocks) // 2)
    parts = [d.blocks[:half], d.blocks[half:]]
    out = []
    for i, blk in enumerate(parts):
        if not blk:
            continue
        s, r = (d.ppl[0], d.ppl[1]) if i == 0 else (d.ppl[1], d.ppl[0])
        t = d.tick(1800, 40000)
        subj = d.title if i == 0 else 'Re: ' + d.title
        out.append(f'From {d.email(s)} {t:%a %b %d %H:%M:%S %Y}\n'
                   f'From: {s[0]} <{d.email(s)}>\nTo: {r[0]} <{d.email(r)}>\nSubject: {subj}\n'
                   f'Date: {rfc2822(t)}\nMessage-ID: <{d.hx(12)}@{d.co[1]}>\n'
                   'Content-Type: text/plain; charset=utf-8\n\n'
                   + d.greet(r) + '\n\n' + '\n\n'.join(str(b) for b in blk) + f'\n\n{d.regards()}\n{s[0]}\n')
    return '\n'.join(out)


def markdown_doc(d):
    a = d.ppl[0][0]
    out = [f'# {d.title}', '', f'_{a} · {d.t:%Y-%m-%d}_', '']
    for b in d.blocks:
        out += [str(b), '']
    return '\n'.join(out).rstrip() + '\n'


def readme_md(d):
    R = d.R
    name = slug(d.co[0]) + '-' + R.choice(['toolkit', 'sync', 'cli', 'docs', 'service'])
    out = [f'# {name}', '',
           f'[![build](https://ci.{d.co[1]}/{name}/badge.svg)](https://ci.{d.co[1]}/{name}) '
           f'[![license](https://img.shields.example/badge/license-MIT-blue.svg)](LICENSE)', '',
           f'> {d.title}', '']
    for b in d.blocks:
        out += [str(b), '']
    out += ['## Install', '', '```bash', f'git clone https://git.{d.co[1]}/{slug(d.co[0])}/{name}.git',
            f'cd {name} && make install', '```', '', '## License', '', 'MIT']
    return '\n'.join(out) + '\n'


def wiki_mediawiki(d):
    R = d.R
    out = ['{{Infobox article', f'| name = {d.title}', f'| updated = {d.t:%Y-%m-%d}', '}}',
           f"'''{d.title}'''", '']
    for i, b in enumerate(d.blocks):
        if i == 1:
            out += ['== ' + headline(str(b), 40).rstrip('…') + ' ==', '']
        out += [str(b), '']
    out += ['== References ==', '<references />', '',
            f'[[Category:{R.choice(["Projects", "Guides", "Operations", "Community"])}]]']
    return '\n'.join(out)


def confluence_storage_xml(d):
    parts = []
    for i, b in enumerate(d.blocks):
        if isinstance(b, Raw):
            parts.append(b)
        elif i == 0:
            parts.append('<ac:structured-macro ac:name="info" ac:schema-version="1"><ac:rich-text-body>'
                         f'<p>{esc(b)}</p></ac:rich-text-body></ac:structured-macro>')
        else:
            parts.append(f'<p>{esc(b)}</p>')
    return (f'<ac:layout><ac:layout-section ac:type="single"><ac:layout-cell>\n'
            f'<h1>{esc(d.title)}</h1>\n'
            f'<p><ac:link><ri:user ri:username="{d.ppl[0][1]}" /></ac:link> · <time datetime="{d.t:%Y-%m-%d}" /></p>\n'
            + '\n'.join(parts) +
            '\n<ac:structured-macro ac:name="toc" ac:schema-version="1" />\n'
            '</ac:layout-cell></ac:layout-section></ac:layout>')


def notion_export_md(d):
    R = d.R
    out = [f'# {d.title}', '', f'Owner: {d.ppl[0][0]}', f'Status: {R.choice(["Draft", "In review", "Published", "Done"])}',
           f'Last edited: {d.t:%B %d, %Y %I:%M %p}', f'Tags: {R.choice(["ops", "team", "planning", "notes"])}', '']
    for i, b in enumerate(d.blocks):
        if i == 0 and not isinstance(b, Raw) and R.random() < 0.5:
            out += [f'> 💡 {b}', '']
        else:
            out += [str(b), '']
    return '\n'.join(out).rstrip() + '\n'


def pdf_extracted_text(d):
    R = d.R
    lines = [d.title, '']
    for b in d.blocks:
        lines += wrap(b, 84) + ['']
    per = R.randint(18, 30)
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for i, pg in enumerate(pages, 1):
        head = f'scan_{d.hx(8)}.pdf'
        out.append('\n'.join([head + ' ' * max(2, 74 - len(head)) + f'{d.t:%d.%m.%Y}', ''] + pg +
                             ['', f'{i} / {len(pages)}']))
    return '\n\f'.join(out)


def docx_document_xml(d):
    ps = [f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>{esc(d.title)}</w:t></w:r></w:p>']
    for b in d.blocks:
        if isinstance(b, Raw):
            ps.append(b)
        else:
            ps.append(f'<w:p><w:r><w:t xml:space="preserve">{esc(b)}</w:t></w:r></w:p>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\n<w:body>\n'
            + '\n'.join(ps) +
            '\n<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>\n'
            '</w:body>\n</w:document>')


def _rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}':
            out.append('\\' + ch)
        elif ch == '\n':
            out.append('\\line ')
        elif o > 127:
            out.append(f'\\u{o if o < 32768 else o - 65536}?')
        else:
            out.append(ch)
    return ''.join(out)


def rtf_document(d):
    body = '\n'.join(f'\\pard\\sa200\\sl276\\slmult1 {_rtf_escape(str(b))}\\par' for b in d.blocks)
    return ('{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\n'
            '{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\n'
            f'\\pard\\sa200\\sl276\\slmult1\\b\\f0\\fs28 {_rtf_escape(d.title)}\\b0\\fs22\\par\n' + body + '\n}')


def _tex(s):
    rep = {'\\': r'\textbackslash{}', '&': r'\&', '%': r'\%', '$': r'\$', '#': r'\#', '_': r'\_',
           '{': r'\{', '}': r'\}', '~': r'\textasciitilde{}', '^': r'\textasciicircum{}'}
    return ''.join(rep.get(c, c) for c in s)


def latex_source(d):
    body = []
    for i, b in enumerate(d.blocks):
        if i == 1:
            body.append('\\section{Discussion}')
        body.append(b if isinstance(b, Raw) else _tex(b))
        body.append('')
    return ('\\documentclass[11pt]{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage{hyperref}\n'
            f'\\title{{{_tex(d.title)}}}\n\\author{{{_tex(d.ppl[0][0])} \\and {_tex(d.ppl[1][0])}}}\n'
            f'\\date{{{d.t:%B %Y}}}\n\\begin{{document}}\n\\maketitle\n\\section{{Introduction}}\n'
            + '\n'.join(body) + '\\bibliographystyle{plain}\n\\end{document}\n')


def rss_feed_xml(d):
    items = []
    for b in d.blocks:
        t = d.tick(3600, 86400 * 4)
        items.append(f'''  <item>
    <title>{esc(headline(str(b)))}</title>
    <link>https://www.{d.co[1]}/news/{d.hx(6)}</link>
    <guid isPermaLink="false">{d.hx(8)}-{d.hx(4)}</guid>
    <pubDate>{rfc2822(t)}</pubDate>
    <description>{esc(str(b)) if not isinstance(b, Raw) else b}</description>
  </item>''')
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>{esc(d.title)}</title>
  <link>https://www.{d.co[1]}/</link>
  <description>{esc(d.co[0])} updates</description>
  <language>{d.lang}</language>
{chr(10).join(items)}
</channel>
</rss>'''


def atom_feed_xml(d):
    entries = []
    for b in d.blocks:
        t = d.tick(3600, 86400 * 4)
        entries.append(f'''  <entry>
    <title>{esc(headline(str(b)))}</title>
    <id>urn:uuid:{d.hx(8)}-{d.hx(4)}-4{d.hx(3)}-a{d.hx(3)}-{d.hx(12)}</id>
    <updated>{iso(t)}</updated>
    <author><name>{esc(d.ppl[0][0])}</name></author>
    <content type="text">{esc(str(b))}</content>
  </entry>''')
    return f'''<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{d.lang}">
  <title>{esc(d.title)}</title>
  <link href="https://www.{d.co[1]}/feed.atom" rel="self"/>
  <updated>{iso(d.t)}</updated>
{chr(10).join(entries)}
</feed>'''


def epub_xhtml(d):
    R = d.R
    body = '\n'.join(_p(b, '  ') for b in d.blocks)
    return f'''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="{d.lang}">
<head><title>{esc(d.title)}</title><link rel="stylesheet" type="text/css" href="../Styles/stylesheet.css"/></head>
<body>
<section epub:type="chapter" id="ch{R.randint(1, 30)}">
  <h2 class="chapter-title">{esc(d.title)}</h2>
{body}
</section>
</body>
</html>'''


def web_scrape_markdown(d):
    out = [f'Title: {d.title}', '', f'URL Source: https://www.{d.co[1]}/{slug(d.title)}', '',
           f'Published Time: {d.t.isoformat()}Z', '', 'Markdown Content:', '', d.title,
           '=' * min(60, max(8, len(d.title))), '']
    for b in d.blocks:
        out += [str(b), '']
    out += [f'[Home](https://www.{d.co[1]}/) | [Contact](https://www.{d.co[1]}/contact)']
    return '\n'.join(out)


def ocr_text(d):
    R = d.R
    out = [f'[ocr] engine=tesseract 5.3.4 lang={d.lang} page=1 dpi=300 mean_conf={R.randint(86, 97)}', '',
           d.title.upper() if d.lang == 'en' else d.title, '']
    for b in d.blocks:
        for line in wrap(b, R.randint(58, 76)):
            out.append(line)
        out.append('')
    out.append(f'-- {R.randint(1, 4)} --')
    return '\n'.join(out)


def hugo_frontmatter_md(d):
    R = d.R
    out = ['---', f'title: {jl(d.title)}', f'date: {d.t.isoformat()}+00:00', 'draft: false',
           f'author: {jl(d.ppl[0][0])}', f'tags: [{R.choice(["news", "guide", "notes"])}, {R.choice(["2025", "community", "update"])}]',
           '---', '']
    for b in d.blocks:
        out += [str(b), '']
    return '\n'.join(out)


def podcast_transcript_txt(d):
    R = d.R
    hosts = d.ppl[:2]
    sec = R.randint(5, 60)
    out = [f'{d.title}', f'Episode {R.randint(12, 240)} · transcript (auto-generated, lightly edited)', '']
    for i, b in enumerate(d.blocks):
        h = hosts[i % 2]
        out.append(f'[{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}] {d.short(h)}: {b}')
        out.append('')
        sec += R.randint(40, 200)
    return '\n'.join(out)


def http_response_raw(d):
    R = d.R
    body = '<html><head><meta charset="utf-8"><title>' + esc(d.title) + '</title></head><body>\n<h1>' + esc(d.title) + '</h1>\n' + \
        '\n'.join(b if isinstance(b, Raw) else f'<p>{esc(b)}</p>' for b in d.blocks) + '\n</body></html>'
    return (f'HTTP/1.1 200 OK\nDate: {rfc2822(d.t).replace("+0000", "GMT")}\nContent-Type: text/html; charset=utf-8\n'
            f'Content-Length: {len(body.encode("utf-8"))}\nCache-Control: max-age=300\n'
            f'ETag: "{d.hx(16)}"\nX-Request-Id: {d.hx(8)}-{d.hx(4)}-{d.hx(4)}-{d.hx(4)}-{d.hx(12)}\nVary: Accept-Encoding\n\n' + body)


def rest_api_json(d):
    R = d.R
    obj = {'data': {'id': str(R.randint(1000, 99999)), 'type': 'article',
                    'attributes': {'title': d.title, 'slug': slug(d.title), 'locale': d.lang,
                                   'body': '\n\n'.join(str(b) for b in d.blocks),
                                   'author': d.ppl[0][0], 'published_at': iso(d.t),
                                   'word_count': sum(len(str(b).split()) for b in d.blocks)},
                    'relationships': {'category': {'data': {'type': 'category', 'id': str(R.randint(1, 40))}}}},
           'meta': {'request_id': d.hx(16), 'api_version': '2024-11-01'}}
    return jd(obj)


def search_results_json(d):
    R = d.R
    res = []
    for i, b in enumerate(d.blocks):
        dom = R.choice(COMPANIES)[1]
        res.append({'position': i + 1, 'title': headline(str(b), 70), 'url': f'https://www.{dom}/{slug(headline(str(b), 30))}',
                    'snippet': str(b), 'date': f'{d.tick(86400, 86400 * 30):%Y-%m-%d}'})
    return jd({'query': d.title, 'engine': 'web', 'total_results': R.randint(1000, 900000),
               'results': res, 'search_time_ms': R.randint(80, 900)})


def elasticsearch_hits_json(d):
    R = d.R
    hits = []
    for b in d.blocks:
        hits.append({'_index': f'docs-{d.t:%Y.%m}', '_id': rs(R, 20, ALNUM), '_score': round(R.uniform(2, 14), 4),
                     '_source': {'title': headline(str(b), 60), 'content': str(b), 'lang': d.lang,
                                 'created': iso(d.tick(600, 86400))}})
    return jd({'took': R.randint(2, 60), 'timed_out': False,
               '_shards': {'total': 3, 'successful': 3, 'skipped': 0, 'failed': 0},
               'hits': {'total': {'value': len(hits), 'relation': 'eq'}, 'max_score': max(h['_score'] for h in hits),
                        'hits': hits}})


def xml_soap_response(d):
    items = '\n'.join(f'        <ns2:Section index="{i + 1}"><ns2:Text>{esc(str(b))}</ns2:Text></ns2:Section>'
                      for i, b in enumerate(d.blocks))
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <ns2:GetDocumentResponse xmlns:ns2="urn:{d.co[1]}:docs:v2">
      <ns2:Document id="{d.num(7)}" lang="{d.lang}">
        <ns2:Title>{esc(d.title)}</ns2:Title>
        <ns2:Modified>{iso(d.t)}</ns2:Modified>
{items}
      </ns2:Document>
    </ns2:GetDocumentResponse>
  </soap:Body>
</soap:Envelope>'''


def browser_accessibility_tree(d):
    R = d.R
    n = 1
    out = [f'[{n}] RootWebArea "{d.title}" focused: true']
    n += 1
    out.append(f'  [{n}] banner ""')
    n += 1
    out.append(f'    [{n}] link "{d.co[0]}" url: https://www.{d.co[1]}/')
    n += 1
    out.append(f'  [{n}] main ""')
    n += 1
    out.append(f'    [{n}] heading "{d.title}" level: 1')
    for b in d.blocks:
        n += 1
        out.append(f'    [{n}] StaticText "{str(b)}"')
    n += 1
    out.append(f'    [{n}] button "{R.choice(["Share", "Save", "Print", "Subscribe"])}"')
    n += 1
    out.append(f'  [{n}] contentinfo ""')
    return '\n'.join(out)


def google_docs_export_txt(d):
    out = [d.title, '', f'Owner: {d.ppl[0][0]}    Last modified: {d.t:%b %d, %Y}', '']
    for b in d.blocks:
        out += [str(b), '']
    return '\ufeff' + '\n'.join(out)


def plain_text(d):
    out = [d.title, '=' * min(70, max(6, len(d.title))), '']
    for b in d.blocks:
        out += [str(b), '']
    return '\n'.join(out)


def resume_txt(d):
    p = d.ppl[0]
    out = [p[0].upper() if d.lang == 'en' else p[0], d.title, f'{d.email(p, "mail.example.com")} · linkedin.example/in/{p[1]}', '']
    for b in d.blocks:
        out += [str(b), '']
    return '\n'.join(out)


LONG = {
    'html_page': html_page, 'html_blog_post': html_blog_post, 'newsletter_html': newsletter_html,
    'forum_thread_html': forum_thread_html, 'qa_page_html': qa_page_html, 'email_raw': email_raw,
    'email_mime_multipart': email_mime_multipart, 'mbox': mbox, 'markdown_doc': markdown_doc,
    'readme_md': readme_md, 'wiki_mediawiki': wiki_mediawiki, 'confluence_storage_xml': confluence_storage_xml,
    'notion_export_md': notion_export_md, 'pdf_extracted_text': pdf_extracted_text,
    'docx_document_xml': docx_document_xml, 'rtf_document': rtf_document, 'latex_source': latex_source,
    'rss_feed_xml': rss_feed_xml, 'atom_feed_xml': atom_feed_xml, 'epub_xhtml': epub_xhtml,
    'web_scrape_markdown': web_scrape_markdown, 'ocr_text': ocr_text, 'hugo_frontmatter_md': hugo_frontmatter_md,
    'podcast_transcript_txt': podcast_transcript_txt, 'http_response_raw': http_response_raw,
    'rest_api_json': rest_api_json, 'search_results_json': search_results_json,
    'elasticsearch_hits_json': elasticsearch_hits_json, 'xml_soap_response': xml_soap_response,
    'browser_accessibility_tree': browser_accessibility_tree, 'google_docs_export_txt': google_docs_export_txt,
    'plain_text': plain_text, 'resume_txt': resume_txt,
}
