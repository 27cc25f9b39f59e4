import re


def T(template, **kw):
    """Fill <<name>> markers; every marker must be supplied."""
    def rep(m):
        k = m.group(1)
        if k not in kw:
            raise KeyError(k)
        return str(kw[k])
    out = re.sub(r"<<([a-zA-Z0-9_]+)>>", rep, template)
    return out


def ts_seq(start, n, step_ms=(1, 900)):
    """n increasing GitHub-Actions-style timestamps with 7 fractional digits."""
    import datetime
    from common import ri
    t = start
    out = []
    for _ in range(n):
        t = t + datetime.timedelta(microseconds=ri(step_ms[0], step_ms[1]) * 1000 + ri(0, 999))
        out.append(t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}{ri(0, 9)}Z")
    return out


def gha(lines, start=None):
    from common import rdate
    start = start or rdate()
    stamps = ts_seq(start, len(lines))
    return "\n".join(f"{s} {l}" for s, l in zip(stamps, lines))
