"""A quicker ``__init__`` for the frozen dataclasses made by the hundred thousand.

``@dataclass(frozen=True)`` writes an ``__init__`` that sets every field through
``object.__setattr__`` (the class's own ``__setattr__`` refuses), which costs about three times
what a plain ``__init__`` costs; a run over many answers makes hundreds of thousands of cells,
placements, hits and findings. :func:`quick_init` gives such a class an ``__init__`` with the
same parameters and defaults that writes the fields straight into the new instance's
``__dict__``: the same values, in the same order. Everything else — immutability, equality,
hashing, pickling, ``repr`` — stays dataclasses' own::

    @quick_init
    @dataclass(frozen=True)
    class Cell: ...

:func:`replace` is ``dataclasses.replace`` for such a class at a third of its cost: a copy of
the instance's fields with the changes written over them — what ``dataclasses.replace`` makes
(it gives every field to that ``__init__``), without its look at every field's kind. Any
other class, or a change that names no field, goes to ``dataclasses.replace`` itself.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T", bound=type)
D = TypeVar("D")

class _Factory:
    """The default of a field whose value its default factory makes (shown as dataclasses do)."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def quick_init(cls: T) -> T:
    """Give the frozen dataclass `cls` the quicker ``__init__`` (see the module docstring).

    Only plain fields: a class with ``__post_init__``, an ``InitVar``, a field kept out of
    ``__init__`` or keyword-only, or ``__slots__`` is refused (TypeError)."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or not params.init:
        raise TypeError(f"{cls.__name__} is not a frozen dataclass with an __init__")
    fields = dataclasses.fields(cls)
    code = cls.__init__.__code__  # type: ignore[misc]
    taken = code.co_varnames[1:code.co_argcount + code.co_kwonlyargcount]
    if (hasattr(cls, "__post_init__") or "__slots__" in cls.__dict__ or code.co_kwonlyargcount
            or list(taken) != [f.name for f in fields] or any(f.name.startswith("_quick") for f in fields)):
        raise TypeError(f"{cls.__name__} has more than plain fields")
    namespace: dict[str, object] = {"_quick_factory": _FACTORY}
    parameters, body = [], []
    for f in fields:
        value = f.name
        if f.default is not dataclasses.MISSING:
            namespace[f"_quick_{f.name}"] = f.default
            parameters.append(f"{f.name}=_quick_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"_quick_{f.name}"] = f.default_factory
            parameters.append(f"{f.name}=_quick_factory")
            value = f"_quick_{f.name}() if {f.name} is _quick_factory else {f.name}"
        else:
            parameters.append(f.name)
        body.append(f"    _quick_fields[{f.name!r}] = {value}\n")
    source = f"def __init__(self, {', '.join(parameters)}):\n    _quick_fields = self.__dict__\n" + "".join(body)
    exec(source, namespace)  # noqa: S102 - made here from the class's own field names
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init.__module__ = cls.__module__
    init.__doc__ = cls.__init__.__doc__  # type: ignore[misc]
    init.__annotations__ = cls.__init__.__annotations__  # type: ignore[misc]
    cls.__init__ = init  # type: ignore[misc]
    names = tuple(f.name for f in fields)
    cls._quick_names = (names, frozenset(names))  # type: ignore[attr-defined]  # (for :func:`replace`)
    return cls


def replace(obj: D, /, **changes: Any) -> D:
    """``dataclasses.replace(obj, **changes)``, quicker for a class given :func:`quick_init`
    (see the module docstring)."""
    cls = type(obj)
    quick = cls.__dict__.get("_quick_names")  # (the class's own: a subclass may add fields)
    if quick is None or not changes.keys() <= quick[1]:
        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    names = quick[0]
    old = obj.__dict__
    new = object.__new__(cls)
    fields = new.__dict__
    for name in names:  # (in the fields' order, as its __init__ writes them)
        fields[name] = old[name]
    fields.update(changes)
    return new
