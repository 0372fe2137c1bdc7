"""Imported once by the batch pool's fork server: every worker forked from it starts with
textmine imported, the jieba dictionary read whole and every stage's lazily loaded resources (the
section 五 classifier, lexicons) in memory, instead of paying for them per worker (seconds
each) or again after a worker is replaced."""
from __future__ import annotations

#: a tiny report that takes every stage through its first-use loading
_WARM_UP = """某县统计局2023年政府信息公开工作年度报告
一、总体情况
2023年，我局全年发布信息120条，其中政务动态80条、通知公告40条。
二、主动公开政府信息情况
信息内容\t本年制发件数\t本年废止件数\t现行有效件数
行政规范性文件\t0\t0\t3
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量\t2\t0\t0\t0\t0\t0\t2
四、政府信息公开行政复议、行政诉讼情况
0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
五、存在的主要问题及改进情况
（一）存在的问题。工作人员业务能力有待提高。
（二）改进情况。下一步，我局将加强业务培训。
六、其他需要报告的事项
无。
"""

try:
    import textmine.pipeline
    from textmine.segment import word_frequencies

    textmine.pipeline.audit(_WARM_UP)
    # the whole dictionary, not only the parts the warm-up read: workers share it
    word_frequencies().load_all()
except Exception:  # pragma: no cover - a worker will report the problem per file instead
    pass
