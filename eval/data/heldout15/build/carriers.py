"""Registry of carrier formats and the generic render() used by all injection-file rows."""
from carrier_base import Doc, insert_payload
from carriers_long import LONG
from carriers_short import SHORT, SHORT_TAGS
from carriers_none import NONE
from topics import TOPICS

FORMATS = {}
for k, f in LONG.items():
    FORMATS[k] = ('long', f)
for k, f in SHORT.items():
    FORMATS[k] = ('short', f)
for k, f in NONE.items():
    FORMATS[k] = ('none', f)


def pick_topic(R, lang, fmt, topic=None):
    pool = TOPICS[lang]
    if topic is not None:
        for t in pool:
            if t['title'].startswith(topic):
                return t
        raise KeyError(topic)
    tags = SHORT_TAGS.get(fmt)
    cand = [t for t in pool if tags is None or t['tag'] in tags] or pool
    return R.choice(cand)


def render(R, fmt, lang, payload=None, pos='end', title=None, blocks=None, topic=None):
    mode, fn = FORMATS[fmt]
    if mode == 'none':
        d = Doc(R, lang, title or '', [], payload, pos, name_lang='en')
        return fn(d)
    if blocks is None:
        t = pick_topic(R, lang, fmt, topic)
        blocks = list(t['paras'] if mode == 'long' else t['notes'])
        if mode == 'short' and len(blocks) > 4 and R.random() < 0.4:
            blocks = blocks[:4]
        title = title or t['title']
    blocks = insert_payload(blocks, payload, pos, lang)
    d = Doc(R, lang, title or '', blocks, payload, pos)
    return fn(d)
