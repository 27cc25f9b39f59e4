def rep(fn, old, new):
    s = open(fn, encoding="utf-8").read()
    assert s.count(old) == 1, (fn, old)
    open(fn, "w", encoding="utf-8").write(s.replace(old, new))
rep("hn_ml.py", "都道府県別の詳細は解禁後に厚労省のウェブサイトで公開される。\n", "都道府県別の詳細は解禁後に厚労省のウェブサイトで公開される。婚姻件数も前年を下回った。\n")
rep("hn_ml.py", "后续报道将补充周边车位数据。\n", "后续报道将补充周边车位数据。文明评论，理性讨论。\n▸ 小周：支持追踪报道，希望也问问公交能不能加班次。\n")
