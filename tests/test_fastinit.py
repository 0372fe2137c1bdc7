"""quick_init: the faster __init__ builds the same frozen objects the dataclass's own would."""
from __future__ import annotations

import copy
import dataclasses
import importlib
import inspect
import sys

import pytest

import textmine
from textmine.fastinit import quick_init


def _quick_classes() -> list[type]:
    """Every class with the quick __init__ in the modules an audit loads (importing every
    submodule instead would rebind names such as textmine.reconcile.frame)."""
    textmine.audit("一、总体情况\n2023年主动公开信息12条。\n五、存在的主要问题及改进情况\n下一步加强培训。")
    importlib.import_module("textmine.readers.pdf")  # and the PDF reader's (loaded with the first PDF)
    found = {}
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("textmine.") or module is None:
            continue
        for obj in vars(module).values():
            if isinstance(obj, type) and hasattr(obj.__init__, "dataclass_init"):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return [found[k] for k in sorted(found)]


QUICK = _quick_classes()


def _sample(cls: type) -> dict:
    valid = {"status": "PASS", "severity": "info"}  # Finding checks these in __post_init__
    return {f.name: valid.get(f.name, f"{f.name}-{k}") for k, f in enumerate(dataclasses.fields(cls))}


def test_the_hot_model_classes_have_it():
    names = {cls.__name__ for cls in QUICK}
    assert {"TableValue", "RawCell", "Finding", "Evidence", "Figure", "Sentence", "Line", "Judgement",
            "TextLine", "PdfCell"} <= names


@pytest.mark.parametrize("cls", QUICK, ids=lambda c: c.__qualname__)
def test_same_signature_same_object_still_frozen(cls):
    original = cls.__init__.dataclass_init
    assert inspect.signature(cls.__init__) == inspect.signature(original)
    values = _sample(cls)
    quick = cls(**values)
    reference = cls.__new__(cls)
    original(reference, **values)
    assert quick == reference and hash(quick) == hash(reference) and repr(quick) == repr(reference)
    required = [f for f in dataclasses.fields(cls) if f.default is dataclasses.MISSING]
    positional = cls(*[values[f.name] for f in required])  # defaults fill the rest
    for f in dataclasses.fields(cls):
        expected = values[f.name] if f.default is dataclasses.MISSING else f.default
        assert getattr(positional, f.name) == expected
    name = dataclasses.fields(cls)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(quick, name, "changed")
    assert dataclasses.replace(quick, **{name: "other"}) == dataclasses.replace(reference, **{name: "other"})
    assert copy.deepcopy(quick) == quick


def test_post_init_still_checks():
    from textmine.reconcile.model import Finding

    with pytest.raises(ValueError, match="unknown finding status"):
        Finding("rule", "MAYBE", "info", "message")


def test_refuses_what_it_cannot_do():
    @dataclasses.dataclass(slots=True)
    class Mutable:
        a: int

    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Factory:
        a: list = dataclasses.field(default_factory=list)

    for cls in (Mutable, NoSlots, Factory):
        with pytest.raises(TypeError, match="quick_init"):
            quick_init(cls)
