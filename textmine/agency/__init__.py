"""Agency identity: who wrote a report — its normalised name, level, region and parent
government — from the title and the text.

    identify_agency(doc, sections, metadata) -> AgencyIdentity     # the pipeline stage
    classify_name("清河县市场监督管理局") -> Shape(level="county_department", kind="县级政府工作部门", ...)
    name_key("洪泽区政府") == name_key("淮安市洪泽区人民政府")

The kinds of body and their levels are one declared table
(:data:`textmine.agency.shapes.NAME_SHAPES`), which the 规章 issuer rule reads too.
"""
from __future__ import annotations

from .identify import agency_relation, former_keys, identify_agency, shape_of
from .model import AgencyIdentity
from .names import clean_name, government_key, name_key, outer_places, same_places, split_name
from .shapes import LEVELS, NAME_SHAPES, Shape, classify_name, shape_of_level

__all__ = ["identify_agency", "former_keys", "shape_of", "agency_relation", "AgencyIdentity", "clean_name", "name_key", "government_key",
           "outer_places", "same_places", "split_name", "LEVELS", "NAME_SHAPES", "Shape", "classify_name",
           "shape_of_level"]
