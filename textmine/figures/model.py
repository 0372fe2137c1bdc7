"""A figure stated in the narrative: metric, value, unit, qualifier, where it was said."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Figure:
    metric: str
    value: int | float
    unit: str | None
    start: int
    end: int
    text: str
    qualifier: str | None = None  # None | "approx" | "more_than" | "less_than"
    channel: str | None = None
    category: str | None = None
    section: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"metric": self.metric, "value": self.value, "unit": self.unit,
                "qualifier": self.qualifier, "channel": self.channel, "category": self.category,
                "section": self.section, "start": self.start, "end": self.end, "text": self.text}
