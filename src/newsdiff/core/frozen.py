"""A frozen data class built quickly: its fields written straight into the instance.

A frozen data class's generated ``__init__`` sets each field through
``object.__setattr__`` (its own ``__setattr__`` refuses), a call of a slot wrapper
per field: making a four-field ``Sentence`` cost about 7,500 instructions, a
nine-field ``Row`` about 14,000, and a long pair makes thousands of sentences, links
and rows (issue 16). ``quick_init`` gives the class an ``__init__`` of the same
signature that writes the instance's dict instead (about 3,500 and 5,500): the class
stays frozen, hashed and compared as before.
"""

from __future__ import annotations

from dataclasses import MISSING, fields, is_dataclass
from typing import Any, TypeVar

from newsdiff.core.code_cache import compiled

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """``cls`` (a frozen data class of plain fields: each one set by ``__init__``, no
    default factory, no keyword-only field, no ``__post_init__``, no slots) with an
    ``__init__`` that takes what the generated one takes and writes the fields into
    ``__dict__`` in the same order."""
    if not is_dataclass(cls) or "__slots__" in vars(cls) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: not a data class of plain fields")
    env: dict[str, Any] = {}
    params: list[str] = []
    lines: list[str] = []
    for f in fields(cls):
        if not f.init or f.kw_only or f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: not a plain field")
        if f.default is MISSING:
            params.append(f.name)
        else:
            env[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        lines.append(f"    d[{f.name!r}] = {f.name}\n")
    source = f"def __init__(self, {', '.join(params)}):\n    d = self.__dict__\n{''.join(lines)}"
    made: dict[str, Any] = {}
    exec(compiled(source, "exec"), env, made)  # as ``dataclasses`` makes its methods
    init = made["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[method-assign]
    return cls
