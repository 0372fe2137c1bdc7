"""The narrative view's span test: the merged, bisected spans answer as a scan does."""
from __future__ import annotations

import random

from textmine.figures.narrative import _inside


def test_inside_is_a_scan_of_the_spans_however_they_overlap():
    rnd = random.Random(5)
    for _ in range(300):
        spans = []
        for _ in range(rnd.randint(0, 6)):  # overlapping, touching, empty and reversed spans
            a = rnd.randint(0, 60)
            spans.append((a, a + rnd.randint(-3, 15)))
        inside = _inside(spans)
        for pos in range(-2, 80):
            assert inside(pos) == any(s <= pos < e for s, e in spans), (spans, pos)
