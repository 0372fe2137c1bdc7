"""A faster ``__init__`` for the frozen, slotted dataclasses made by the hundred per report.

A frozen dataclass's own ``__init__`` sets each field with ``object.__setattr__`` (the class
refuses plain assignment), which looks the field up on the class every time. The
``__init__`` :func:`quick_init` writes instead calls each field's slot descriptor, looked up
once when the class is made: the same object, the same signature, the instance as frozen as
before, in a little over half the time. Table cells, raw cells, findings and figures are
made ~1,000 times a report, so this is ~3 % of an audit.
"""
from __future__ import annotations

import dataclasses

__all__ = ["quick_init"]


def quick_init(cls: type) -> type:
    """Give ``cls`` (``@dataclass(frozen=True, slots=True)``, fields all set by ``__init__``
    with plain defaults, no init-only variables; a ``__post_init__`` is called as the
    dataclass would) the faster ``__init__``; anything else is a programming error, refused
    when the class is made."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"quick_init: {cls.__name__} is not a frozen, slotted dataclass")
    if len(dataclasses.fields(cls)) != len(cls.__dataclass_fields__):
        raise TypeError(f"quick_init: {cls.__name__} has init-only or class variables")
    namespace: dict = {}
    parameters: list[str] = []
    body: list[str] = []
    for f in dataclasses.fields(cls):
        if not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING:
            raise TypeError(f"quick_init: {cls.__name__}.{f.name} is not a plain init field")
        namespace[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        if f.default is dataclasses.MISSING:
            parameters.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            parameters.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = f"def __init__(self, {', '.join(parameters)}):\n" + ("\n".join(body) or "    pass") + "\n"
    exec(source, namespace)  # as dataclasses itself writes __init__
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__
    init.__annotations__ = dict(cls.__init__.__annotations__)
    init.dataclass_init = cls.__init__  # the one dataclasses wrote (tests compare the two)
    cls.__init__ = init
    return cls
