"""What every report shares, which a copy check must not count: the format's fixed wording
(declared below) and, learnt from the batch itself, the shingles present in a large share of
its reports (the county's notice quoted by all its townships, the slogans of the year).

The batch's share is counted on a sample of its reports (the :data:`COMMON_SAMPLE` with the
smallest report ids: the same reports whatever order they arrived in), so memory stays flat
at any batch size; a shingle counts as common when at least :data:`COMMON_SHARE` of the sample
and at least :data:`COMMON_MIN_REPORTS` reports have it — in a batch too small for that, a
quarter of it (:data:`SMALL_BATCH_SHARE`, and never fewer than 3 reports). A group of copies
larger than that is taken for the template, which is why the floor is a count, not a share,
once the batch is large enough.
"""
from __future__ import annotations

from typing import Iterable

import numpy as np

from .shingles import shingle_hashes
from .texts import compact

#: reports whose shingles are counted to learn the common text
COMMON_SAMPLE = 2000
#: share of the sampled reports, and the fewest reports, that make a shingle common
COMMON_SHARE = 0.05
COMMON_MIN_REPORTS = 20
SMALL_BATCH_SHARE = 0.25

#: the format's fixed wording and the phrases of the year every report repeats (written as
#: the format and the policy documents state them; numbers are masked as in the reports)
TEMPLATE_PHRASES: tuple[str, ...] = (
    # the six parts and the 2021 format's sub-headings of 一 and 五
    "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
    "政府信息公开行政复议、行政诉讼情况", "政府信息公开工作存在的主要问题及改进情况", "其他需要报告的事项",
    "主动公开", "依申请公开", "政府信息管理", "政府信息公开平台建设", "平台建设", "监督保障",
    "存在的主要问题", "改进情况", "改进措施",
    # the regulations and notices every report cites
    "《中华人民共和国政府信息公开条例》", "《中华人民共和国政府信息公开工作年度报告格式》",
    "《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》",
    "(国办公开办函〔2021〕30号)", "《政府信息公开信息处理费管理办法》", "(国办函〔2020〕109号)",
    "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止",
    "如对本报告有任何疑问", "未收取信息处理费", "没有收取信息处理费",
    # slogans of the years
    "以公开为常态、不公开为例外", "坚持以公开为常态、不公开为例外",
    "以习近平新时代中国特色社会主义思想为指导", "深入贯彻党的二十大精神", "全面贯彻党的二十大精神",
    "深入贯彻党的十九大和十九届历次全会精神", "坚持以人民为中心的发展思想",
    "公开、公平、公正", "便民、高效", "进一步提高政府信息公开工作水平",
)


def template_hashes() -> np.ndarray:
    """Sorted unique shingle hashes of :data:`TEMPLATE_PHRASES`, compacted as reports are."""
    parts = [shingle_hashes(compact("", 0, phrase).chars) for phrase in TEMPLATE_PHRASES]
    return np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.uint32)


def common_floor(n: int) -> int:
    """How many of ``n`` sampled reports must have a shingle for it to be common."""
    small = min(COMMON_MIN_REPORTS, int(np.ceil(SMALL_BATCH_SHARE * n)))
    return max(3, int(np.ceil(COMMON_SHARE * n)), small)


def learn_common(sample: Iterable[np.ndarray], template: np.ndarray | None = None) -> np.ndarray:
    """Sorted unique hashes that are common: each item of ``sample`` is one report's
    shingle hashes (any order, repeats allowed); ``template`` is added as it is."""
    per_report = [np.unique(h) for h in sample]
    common = template if template is not None else np.zeros(0, dtype=np.uint32)
    if per_report:
        values, counts = np.unique(np.concatenate(per_report), return_counts=True)
        needed = common_floor(len(per_report))
        common = np.union1d(common, values[counts >= needed])
    return common.astype(np.uint32)


__all__ = ["COMMON_SAMPLE", "COMMON_SHARE", "COMMON_MIN_REPORTS", "SMALL_BATCH_SHARE", "common_floor", "TEMPLATE_PHRASES", "template_hashes",
           "learn_common"]
