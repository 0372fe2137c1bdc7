"""A topic whose cue words a unit uses is kept from a lower probability (issue 19: real
sentences carry two or three topics; a cue outvoted by a sentence's other n-grams is lost)."""
from __future__ import annotations

import numpy as np

from textmine.problems.classifier import CUED_TOPIC_THRESHOLD, TOPIC_THRESHOLD, choose_topics, cued_topics
from textmine.problems.features import encode
from textmine.problems.topics import TOPIC_LABELS

SUP = TOPIC_LABELS.index("supervision_assessment")
CAT = TOPIC_LABELS.index("catalogue_standardisation")
TIM = TOPIC_LABELS.index("timeliness")


def _row(**probs):
    row = np.full(len(TOPIC_LABELS), 0.01)
    for name, p in probs.items():
        row[TOPIC_LABELS.index(name)] = p
    return row


def test_a_cued_topic_is_kept_from_the_lower_threshold():
    assert CUED_TOPIC_THRESHOLD < TOPIC_THRESHOLD
    row = _row(timeliness=0.8, supervision_assessment=0.2)
    assert choose_topics(row) == [TIM]
    assert choose_topics(row, cued=frozenset({SUP})) == [TIM, SUP]
    # below the cued threshold a cue is not enough
    assert choose_topics(_row(timeliness=0.8, supervision_assessment=0.1), cued=frozenset({SUP})) == [TIM]


def test_cues_come_from_the_units_own_text_not_its_mirror():
    own = encode("problems", "一是", "考核机制不够健全,信息公开不够及时")
    assert SUP in cued_topics(own) and TIM in cued_topics(own)
    mirrored = encode("measures", "一是", "进一步丰富公开内容", "公开信息分类不准确")
    assert CAT not in cued_topics(mirrored)
