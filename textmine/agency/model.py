"""The agency identity record (one per report)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class AgencyIdentity:
    """Who wrote a report, as its title and text say.

    ``name``: the agency as the report names itself, cleaned of page labels and spam
    (淮安市洪泽区人民政府); ``key``: the name normalised for matching (``洪泽区|人民政府``, see
    :func:`textmine.agency.names.name_key`); ``level``: one of
    :data:`textmine.agency.shapes.LEVELS`; ``kind``: the issuer kind of the shapes table
    (乡镇街道, 县区政府, …); ``region``: the places the name or the text gives, outermost
    first (江苏省淮安市洪泽区); ``parent``: the government above it (a department's own
    government, a township's county) where the name or the text gives it; ``former_names``:
    names the text says it had (原…更名为…); ``coverage``: ``departments`` when the report
    says its figures take in its departments (汇总各部门, 全县共收到申请…), ``own`` when it says
    it covers itself only (本级), None when it does not say. ``name_source`` / ``level_source``
    say where each came from; ``span`` locates the name in the text."""

    name: str | None = None
    key: str | None = None
    level: str = "unknown"
    kind: str | None = None
    region: str | None = None
    parent: str | None = None
    former_names: tuple[str, ...] = ()
    coverage: str | None = None
    name_source: str | None = None  # metadata | compiled_by | publishes | subject | index
    level_source: str | None = None  # name | self_reference | text
    span: tuple[int, int] | None = None
    coverage_span: tuple[int, int] | None = None
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "key": self.key, "level": self.level, "kind": self.kind,
                "region": self.region, "parent": self.parent, "former_names": list(self.former_names),
                "coverage": self.coverage, "name_source": self.name_source, "level_source": self.level_source,
                "start": self.span[0] if self.span else None, "end": self.span[1] if self.span else None,
                "notes": list(self.notes)}


__all__ = ["AgencyIdentity"]
