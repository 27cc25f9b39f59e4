"""Carriers that take short message-like blocks (chat lines, comments, rows)."""
import csv
import io

from carrier_base import *  # noqa
from common import rfc2822, epoch, UP, UPNUM, ALNUM, LOWNUM


def _txt(b):
    return b[1] if isinstance(b, tuple) else str(b)


def slack_export_json(d):
    R = d.R
    users = {p[1]: 'U0' + rs(R, 8, UPNUM) for p in d.ppl}
    msgs = []
    for i, b in enumerate(d.blocks):
        p = d.ppl[(i + R.randint(0, 1)) % min(3, len(d.ppl))] if i else d.ppl[0]
        t = d.tick(20, 1500)
        msgs.append({'type': 'message', 'user': users[p[1]], 'text': _txt(b),
                     'ts': f'{int(epoch(t))}.{d.num(6)}',
                     'user_profile': {'real_name': p[0], 'display_name': p[1]},
                     **({'reactions': [{'name': R.choice(['+1', 'eyes', 'white_check_mark']), 'count': R.randint(1, 4)}]} if R.random() < 0.3 else {})})
    return jd(msgs)


def discord_export_json(d):
    R = d.R
    msgs = []
    for i, b in enumerate(d.blocks):
        p = d.ppl[i % min(3, len(d.ppl))]
        t = d.tick(10, 900)
        msgs.append({'id': str(R.randint(10 ** 17, 10 ** 18 - 1)), 'type': 'Default', 'timestamp': t.isoformat() + '+00:00',
                     'content': _txt(b), 'author': {'id': str(R.randint(10 ** 17, 10 ** 18 - 1)), 'name': p[1],
                                                    'nickname': d.short(p), 'isBot': False},
                     'attachments': [], 'reactions': []})
    return jd({'guild': {'id': str(R.randint(10 ** 17, 10 ** 18 - 1)), 'name': d.co[0] + ' community'},
               'channel': {'id': str(R.randint(10 ** 17, 10 ** 18 - 1)), 'type': 'GuildTextChat',
                           'name': R.choice(['general', 'help', 'random', 'announcements', 'support'])},
               'dateRange': {'after': None, 'before': None}, 'messages': msgs, 'messageCount': len(msgs)})


def teams_messages_json(d):
    R = d.R
    vals = []
    for i, b in enumerate(d.blocks):
        p = d.ppl[i % min(3, len(d.ppl))]
        t = d.tick(30, 1200)
        vals.append({'id': str(int(epoch(t) * 1000)), 'messageType': 'message', 'createdDateTime': iso(t, ms=True),
                     'from': {'user': {'id': f'{d.hx(8)}-{d.hx(4)}-{d.hx(4)}-{d.hx(4)}-{d.hx(12)}', 'displayName': p[0]}},
                     'body': {'contentType': 'html', 'content': f'<p>{esc(_txt(b))}</p>'}})
    return jd({'@odata.context': "https://graph.microsoft.example/v1.0/$metadata#chats('19%3Ameeting')/messages",
               '@odata.count': len(vals), 'value': vals})


def whatsapp_chat_txt(d):
    R = d.R
    out = []
    for i, b in enumerate(d.blocks):
        p = d.ppl[i % min(3, len(d.ppl))]
        t = d.tick(30, 3000)
        out.append(f'{t:%d/%m/%Y, %H:%M} - {d.short(p)}: {_txt(b)}')
    return '\n'.join(out)


def telegram_export_json(d):
    R = d.R
    msgs = []
    mid = R.randint(1000, 90000)
    for i, b in enumerate(d.blocks):
        p = d.ppl[i % min(3, len(d.ppl))]
        t = d.tick(30, 3000)
        mid += 1
        msgs.append({'id': mid, 'type': 'message', 'date': t.strftime('%Y-%m-%dT%H:%M:%S'),
                     'date_unixtime': str(int(epoch(t))), 'from': p[0], 'from_id': 'user' + d.num(9),
                     'text': _txt(b), 'text_entities': [{'type': 'plain', 'text': _txt(b)}]})
    return jd({'name': d.title, 'type': 'private_group', 'id': R.randint(10 ** 9, 10 ** 10), 'messages': msgs})


def sms_backup_xml(d):
    R = d.R
    num = f'+1 555-01{R.randint(10, 99)}'
    out = [f"<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>", f'<smses count="{len(d.blocks)}" backup_set="{d.hx(8)}">']
    for i, b in enumerate(d.blocks):
        t = d.tick(60, 5000)
        typ = 1 if i % 2 == 0 else 2
        out.append(f'  <sms protocol="0" address="{num}" date="{int(epoch(t) * 1000)}" type="{typ}" '
                   f'body="{attr(_txt(b))}" read="1" status="-1" locked="0" contact_name="{attr(d.ppl[1][0])}" />')
    out.append('</smses>')
    return '\n'.join(out)


def meeting_transcript_vtt(d):
    R = d.R
    out = ['WEBVTT', '']
    s = R.randint(2, 40)
    for i, b in enumerate(d.blocks):
        p = d.ppl[i % min(3, len(d.ppl))]
        e = s + R.randint(4, 14)
        out.append(f'{d.hx(8)}-{d.hx(4)}-{i}')
        out.append(f'00:{s // 60:02d}:{s % 60:02d}.{R.randint(0, 999):03d} --> 00:{e // 60:02d}:{e % 60:02d}.{R.randint(0, 999):03d}')
        out.append(f'<v {p[0]}>{_txt(b)}</v>')
        out.append('')
        s = e + R.randint(1, 6)
    return '\n'.join(out)


def subtitles_srt(d):
    R = d.R
    out = []
    s = R.randint(30, 900)
    for i, b in enumerate(d.blocks, 1):
        e = s + R.randint(2, 6)
        f = lambda x: f'{x // 3600:02d}:{x // 60 % 60:02d}:{x % 60:02d},{R.randint(0, 999):03d}'
        out += [str(i), f'{f(s)} --> {f(e)}'] + wrap(_txt(b), 42) + ['']
        s = e + R.randint(1, 8)
    return '\n'.join(out)


def support_chat_transcript_txt(d):
    R = d.R
    cust, agent = d.ppl[0], d.ppl[1]
    out = [f'Chat transcript - {d.co[0]} Support', f'Conversation ID: {d.hx(10)}', f'Started: {d.t:%Y-%m-%d %H:%M} UTC',
           f'Topic: {d.title}', '']
    for i, b in enumerate(d.blocks):
        t = d.tick(20, 240)
        who = d.short(cust) if i % 2 == 0 else f'{d.short(agent)} ({d.co[0]})'
        out.append(f'[{t:%H:%M:%S}] {who}: {_txt(b)}')
    out += ['', f'Chat ended by {R.choice(["visitor", "agent"])} at {d.tick(30, 300):%H:%M}.']
    return '\n'.join(out)


def github_issue_md(d):
    R = d.R
    num = R.randint(200, 9000)
    out = [f'# {d.title} #{num}', '',
           f'**{d.ppl[0][1]}** opened this issue on {d.t:%b %d, %Y} · {len(d.blocks) - 1} comments', '',
           _txt(d.blocks[0]) if d.blocks else '', '']
    for i, b in enumerate(d.blocks[1:]):
        p = d.ppl[(i + 1) % min(4, len(d.ppl))]
        t = d.tick(600, 86400)
        out += ['---', f'**{p[1]}** commented on {t:%b %d, %Y}', '', _txt(b), '']
    out += ['---', f'Labels: `{R.choice(["bug", "question", "needs-triage", "enhancement"])}`']
    return '\n'.join(out)


def jira_issue_json(d):
    R = d.R
    key = R.choice(['OPS', 'PAY', 'SUP', 'WEB', 'DATA', 'HR', 'FIN']) + '-' + str(R.randint(100, 9999))
    comments = []
    for i, b in enumerate(d.blocks[1:]):
        p = d.ppl[(i + 1) % min(4, len(d.ppl))]
        comments.append({'id': d.num(6), 'author': {'displayName': p[0], 'accountId': d.hx(24)},
                         'body': _txt(b), 'created': d.tick(600, 86400).strftime('%Y-%m-%dT%H:%M:%S.000+0000')})
    obj = {'key': key, 'id': d.num(6), 'fields': {
        'summary': d.title, 'issuetype': {'name': R.choice(['Task', 'Bug', 'Story', 'Service Request'])},
        'status': {'name': R.choice(['To Do', 'In Progress', 'Waiting for customer', 'Done'])},
        'priority': {'name': R.choice(['Low', 'Medium', 'High'])},
        'reporter': {'displayName': d.ppl[0][0]}, 'created': d.t.strftime('%Y-%m-%dT%H:%M:%S.000+0000'),
        'description': _txt(d.blocks[0]) if d.blocks else '',
        'comment': {'comments': comments, 'total': len(comments)}}}
    return jd(obj)


def zendesk_ticket_json(d):
    R = d.R
    tid = R.randint(10000, 999999)
    comments = []
    for i, b in enumerate(d.blocks):
        p = d.ppl[0] if i % 2 == 0 else d.ppl[1]
        comments.append({'id': R.randint(10 ** 10, 10 ** 11), 'author_id': R.randint(10 ** 9, 10 ** 10), 'author_name': p[0],
                         'public': R.random() < 0.85, 'body': _txt(b), 'created_at': iso(d.tick(300, 40000))})
    return jd({'ticket': {'id': tid, 'subject': d.title, 'status': R.choice(['open', 'pending', 'new']),
                          'priority': R.choice(['normal', 'high', 'low']), 'channel': R.choice(['email', 'web', 'chat']),
                          'tags': R.sample(['billing', 'delivery', 'account', 'bug', 'feedback', 'vip'], 2),
                          'requester': {'name': d.ppl[0][0]}, 'created_at': iso(d.t)},
               'comments': comments})


def google_docs_comments_json(d):
    R = d.R
    cs = []
    for i, b in enumerate(d.blocks):
        p = d.ppl[i % min(3, len(d.ppl))]
        cs.append({'id': 'AAAA' + rs(R, 10, ALNUM), 'author': {'displayName': p[0], 'me': False},
                   'content': _txt(b), 'createdTime': iso(d.tick(300, 20000), ms=True), 'resolved': R.random() < 0.3,
                   'quotedFileContent': {'mimeType': 'text/html', 'value': headline(d.title, 40)}})
    return jd({'kind': 'drive#commentList', 'fileName': d.title, 'comments': cs})


def product_review_json(d):
    R = d.R
    revs = []
    for i, b in enumerate(d.blocks):
        rating, text = b if isinstance(b, tuple) else (R.choice([3, 4, 4, 5, 5, 2]), str(b))
        p = d.ppl[i % len(d.ppl)]
        revs.append({'review_id': 'R' + rs(R, 12, UPNUM), 'rating': rating, 'title': headline(text, 40),
                     'body': text, 'author': d.short(p), 'verified_purchase': R.random() < 0.8,
                     'helpful_votes': R.randint(0, 60), 'submitted_at': iso(d.tick(3600, 86400 * 3))})
    avg = round(sum(r['rating'] for r in revs) / len(revs), 1)
    return jd({'product': {'sku': rs(R, 3, UP) + '-' + d.num(5), 'name': d.title}, 'average_rating': avg,
               'page': 1, 'page_size': len(revs), 'reviews': revs})


def app_store_reviews_json(d):
    R = d.R
    entries = []
    for i, b in enumerate(d.blocks):
        rating, text = b if isinstance(b, tuple) else (R.choice([2, 3, 4, 5, 5]), str(b))
        p = d.ppl[i % len(d.ppl)]
        entries.append({'author': {'name': p[1] + d.num(2)}, 'im:rating': str(rating),
                        'im:version': R.choice(['4.1.2', '4.2.0', '4.2.1']), 'title': headline(text, 36),
                        'content': text, 'updated': d.tick(3600, 86400 * 2).isoformat() + '-07:00'})
    return jd({'feed': {'title': f'{d.title} - Customer Reviews', 'entry': entries}})


def _psql_table(cols, rows):
    w = [max(len(str(c)), *(len(str(r[i])) for r in rows)) for i, c in enumerate(cols)]
    head = '|'.join(f' {c:^{w[i]}} ' for i, c in enumerate(cols)).rstrip()
    sep = '+'.join('-' * (w[i] + 2) for i in range(len(cols)))
    lines = [head, sep]
    for r in rows:
        lines.append('|'.join(f' {str(v):<{w[i]}} ' if i == len(cols) - 1 or not str(v).isdigit() else f' {str(v):>{w[i]}} '
                              for i, v in enumerate(r)).rstrip())
    lines.append(f'({len(rows)} row{"s" if len(rows) != 1 else ""})')
    return '\n'.join(lines)


def sql_result_psql(d):
    R = d.R
    tbl = R.choice(['ticket_notes', 'customer_feedback', 'order_comments', 'case_activity'])
    fk = R.randint(1000, 9999)
    rows = []
    base = R.randint(10000, 90000)
    for i, b in enumerate(d.blocks):
        rows.append((base + i * R.randint(1, 9), d.tick(60, 20000).strftime('%Y-%m-%d %H:%M:%S'), d.ppl[i % len(d.ppl)][1], _txt(b)))
    q = f'{R.choice(["app", "prod", "analytics"])}=> SELECT id, created_at, author, body FROM {tbl} WHERE parent_id = {fk} ORDER BY created_at;'
    return q + '\n' + _psql_table(['id', 'created_at', 'author', 'body'], rows)


def sql_result_mysql(d):
    R = d.R
    out = [f'mysql> SELECT id, submitted_at, user_login, message FROM {R.choice(["feedback", "notes", "tickets"])} WHERE batch = {R.randint(10, 99)}\\G']
    base = R.randint(100, 9000)
    for i, b in enumerate(d.blocks, 1):
        out += [f'*************************** {i}. row ***************************',
                f'          id: {base + i}', f'submitted_at: {d.tick(60, 20000):%Y-%m-%d %H:%M:%S}',
                f'  user_login: {d.ppl[i % len(d.ppl)][1]}', f'     message: {_txt(b)}']
    out.append(f'{len(d.blocks)} rows in set (0.0{R.randint(1, 9)} sec)')
    return '\n'.join(out)


def _csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def csv_export(d):
    R = d.R
    rows = [['id', 'created_at', 'owner', 'status', 'comment']]
    base = R.randint(1000, 9000)
    for i, b in enumerate(d.blocks):
        rows.append([base + i, d.tick(60, 20000).strftime('%Y-%m-%d %H:%M'), d.ppl[i % len(d.ppl)][1],
                     R.choice(['open', 'closed', 'pending', 'done']), _txt(b)])
    return _csv(rows)


def survey_responses_csv(d):
    R = d.R
    rows = [['respondent_id', 'submitted_at', 'score_1_to_5', 'would_recommend', 'comment']]
    for b in d.blocks:
        sc = b[0] if isinstance(b, tuple) else R.choice([2, 3, 4, 4, 5])
        rows.append(['r_' + rs(R, 8, LOWNUM), d.tick(60, 20000).strftime('%Y-%m-%dT%H:%M:%S'), sc,
                     'yes' if sc >= 4 else 'no', _txt(b)])
    return _csv(rows)


def mongodb_export_json(d):
    R = d.R
    lines = []
    for i, b in enumerate(d.blocks):
        lines.append(jl({'_id': {'$oid': d.hx(24)}, 'threadId': d.hx(12), 'author': d.ppl[i % len(d.ppl)][1],
                         'text': _txt(b), 'createdAt': {'$date': iso(d.tick(60, 20000), ms=True)},
                         'flags': {'edited': R.random() < 0.2}}))
    return '\n'.join(lines)


def kafka_message_json(d):
    R = d.R
    out = []
    off = R.randint(10000, 900000)
    topic = R.choice(['customer-events', 'support.messages', 'crm.updates', 'orders.notes'])
    for i, b in enumerate(d.blocks):
        payload = {'event_id': d.hx(32), 'type': 'note.created', 'author': d.ppl[i % len(d.ppl)][1],
                   'note': _txt(b), 'ts': iso(d.tick(5, 400), ms=True)}
        out.append(jl({'topic': topic, 'partition': R.randint(0, 11), 'offset': off + i, 'tstype': 'create',
                       'ts': int(epoch(d.t) * 1000), 'key': d.hx(12), 'payload': jl(payload)}))
    return '\n'.join(out)


def webhook_payload_json(d):
    R = d.R
    fields = [{'id': 'q' + str(i + 1), 'label': R.choice(['Message', 'Details', 'Comments', 'Anything else?']), 'value': _txt(b)}
              for i, b in enumerate(d.blocks)]
    return jd({'event': 'form.submitted', 'delivery_id': d.hx(8) + '-' + d.hx(4), 'created_at': iso(d.t),
               'form': {'id': d.hx(10), 'title': d.title},
               'submission': {'id': R.randint(10 ** 6, 10 ** 7), 'respondent': d.ppl[0][0], 'fields': fields}})


def crm_record_json(d):
    R = d.R
    notes = [{'id': d.hx(18), 'createdBy': d.ppl[i % len(d.ppl)][0], 'createdDate': iso(d.tick(3600, 86400 * 5)),
              'body': _txt(b)} for i, b in enumerate(d.blocks)]
    return jd({'attributes': {'type': 'Account', 'url': f'/services/data/v59.0/sobjects/Account/001{rs(R, 15, ALNUM)}'},
               'Name': R.choice(COMPANIES)[0], 'Industry': R.choice(['Retail', 'Logistics', 'Healthcare', 'Finance']),
               'OwnerName': d.ppl[0][0], 'Rating': R.choice(['Hot', 'Warm', 'Cold']),
               'Subject': d.title, 'Notes': notes})


def _ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out = []
    cur = ''
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode('utf-8')) > lim:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def calendar_ics(d):
    R = d.R
    st = d.t.replace(minute=0, second=0)
    desc = '\\n\\n'.join(_txt(b).replace('\\', '\\\\').replace(',', '\\,').replace(';', '\\;').replace('\n', '\\n')
                         for b in d.blocks)
    org = d.ppl[0]
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', f'PRODID:-//{d.co[0]}//Calendar 3.1//EN', 'METHOD:REQUEST', 'BEGIN:VEVENT',
             f'UID:{d.hx(16)}@{d.co[1]}', f'DTSTAMP:{d.t:%Y%m%dT%H%M%SZ}', f'DTSTART:{st:%Y%m%dT%H%M%SZ}',
             f'DTEND:{(st + TD(minutes=R.choice([30, 45, 60]))):%Y%m%dT%H%M%SZ}', f'SUMMARY:{d.title}',
             f'ORGANIZER;CN={org[0]}:mailto:{d.email(org)}',
             f'ATTENDEE;CN={d.ppl[1][0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{d.email(d.ppl[1])}',
             f'LOCATION:{R.choice(["Room 4.12", "Video call", "Main office, 2nd floor", "Online"])}',
             f'DESCRIPTION:{desc}', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'


def vcard(d):
    p = d.ppl[0]
    note = '\\n'.join(_txt(b).replace(',', '\\,').replace(';', '\\;') for b in d.blocks)
    fam = p[0].split(' ')[-1]
    giv = ' '.join(p[0].split(' ')[:-1]) or p[0]
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{fam};{giv};;;', f'FN:{p[0]}', f'ORG:{d.co[0]}',
             f'TITLE:{d.R.choice(["Account Manager", "Operations Lead", "Buyer", "Consultant"])}',
             f'EMAIL;TYPE=INTERNET;TYPE=WORK:{d.email(p)}', f'URL:https://www.{d.co[1]}/',
             f'NOTE:{note}', f'REV:{d.t:%Y%m%dT%H%M%SZ}', 'END:VCARD']
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'


def voicemail_transcript_json(d):
    R = d.R
    text = ' '.join(_txt(b) for b in d.blocks)
    return jd({'voicemail_id': 'VM' + d.hx(30), 'mailbox': R.randint(100, 999), 'received_at': iso(d.t),
               'caller_name': d.ppl[0][0], 'duration_seconds': R.randint(20, 140),
               'transcription': {'status': 'completed', 'confidence': round(R.uniform(0.78, 0.97), 2), 'text': text}})


def graphql_response_json(d):
    R = d.R
    nodes = [{'author': {'login': d.ppl[(i + 1) % len(d.ppl)][1]}, 'createdAt': iso(d.tick(600, 40000)), 'body': _txt(b)}
             for i, b in enumerate(d.blocks[1:])]
    return jd({'data': {'repository': {'issue': {'number': R.randint(10, 3000), 'title': d.title, 'state': 'OPEN',
                                                  'author': {'login': d.ppl[0][1]},
                                                  'body': _txt(d.blocks[0]) if d.blocks else '',
                                                  'comments': {'totalCount': len(nodes), 'nodes': nodes}}}}})


def image_exif_json(d):
    R = d.R
    txt = [_txt(b) for b in d.blocks]
    return jd([{'SourceFile': f'uploads/{d.t:%Y/%m}/IMG_{R.randint(1000, 9999)}.jpg', 'ExifTool:ExifToolVersion': 12.76,
                'File:FileSize': f'{R.randint(900, 6000)} kB', 'File:MIMEType': 'image/jpeg',
                'EXIF:Make': R.choice(['Canon', 'FUJIFILM', 'SONY', 'Apple']),
                'EXIF:ImageDescription': txt[0] if txt else '', 'EXIF:Artist': d.ppl[0][0],
                'EXIF:DateTimeOriginal': d.t.strftime('%Y:%m:%d %H:%M:%S'),
                'EXIF:UserComment': ' '.join(txt[1:]),
                'XMP:Title': d.title, 'Composite:ImageSize': f'{R.choice([4000, 6000, 4032])}x{R.choice([3000, 4000, 3024])}'}])


def har_entry_json(d):
    R = d.R
    body = jl({'thread': d.title, 'messages': [{'from': d.ppl[i % len(d.ppl)][1], 'text': _txt(b)} for i, b in enumerate(d.blocks)]})
    return jd({'log': {'version': '1.2', 'creator': {'name': 'WebInspector', 'version': '537.36'},
                       'entries': [{'startedDateTime': iso(d.t, ms=True), 'time': round(R.uniform(40, 400), 3),
                                    'request': {'method': 'GET', 'url': f'https://app.{d.co[1]}/api/v2/threads/{d.num(6)}/messages',
                                                'httpVersion': 'HTTP/2', 'headers': [{'name': 'accept', 'value': 'application/json'}]},
                                    'response': {'status': 200, 'statusText': '', 'httpVersion': 'HTTP/2',
                                                 'headers': [{'name': 'content-type', 'value': 'application/json; charset=utf-8'}],
                                                 'content': {'size': len(body.encode('utf-8')), 'mimeType': 'application/json', 'text': body}},
                                    'timings': {'send': 0.2, 'wait': round(R.uniform(30, 300), 2), 'receive': 1.1}}]}})


SHORT = {
    'slack_export_json': slack_export_json, 'discord_export_json': discord_export_json,
    'teams_messages_json': teams_messages_json, 'whatsapp_chat_txt': whatsapp_chat_txt,
    'telegram_export_json': telegram_export_json, 'sms_backup_xml': sms_backup_xml,
    'meeting_transcript_vtt': meeting_transcript_vtt, 'subtitles_srt': subtitles_srt,
    'support_chat_transcript_txt': support_chat_transcript_txt, 'github_issue_md': github_issue_md,
    'jira_issue_json': jira_issue_json, 'zendesk_ticket_json': zendesk_ticket_json,
    'google_docs_comments_json': google_docs_comments_json, 'product_review_json': product_review_json,
    'app_store_reviews_json': app_store_reviews_json, 'sql_result_psql': sql_result_psql,
    'sql_result_mysql': sql_result_mysql, 'csv_export': csv_export, 'survey_responses_csv': survey_responses_csv,
    'mongodb_export_json': mongodb_export_json, 'kafka_message_json': kafka_message_json,
    'webhook_payload_json': webhook_payload_json, 'crm_record_json': crm_record_json, 'calendar_ics': calendar_ics,
    'vcard': vcard, 'voicemail_transcript_json': voicemail_transcript_json,
    'graphql_response_json': graphql_response_json, 'image_exif_json': image_exif_json,
    'har_entry_json': har_entry_json,
}
SHORT_TAGS = {'product_review_json': ('product',), 'app_store_reviews_json': ('product',),
              'survey_responses_csv': ('product', 'public')}
