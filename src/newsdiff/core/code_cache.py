"""Functions that data classes and named tuples compile from source at import, kept
between runs, as Python keeps a module's bytecode.

``dataclasses`` writes each method it makes (``__init__``, ``__eq__``, ``__repr__``,
``__hash__``, a frozen class's ``__setattr__`` ...) as source text and compiles it with
``exec``; ``collections.namedtuple`` compiles its ``__new__`` with ``eval``. A plain diff
makes about 100 such functions, each parsed and compiled anew by every run: 54 M
instructions of the seed pair's 785 M (reading them from the file instead: about 9 M). What ``compile`` makes of a text depends only
on the text, the mode and the Python (its version and bytecode magic, its
optimisation level), so ``load`` reads the code objects a previous run compiled (in
``__pycache__`` beside the bytecode, the rules of ``core.regex_cache``) and gives the
two modules an ``exec`` and an ``eval`` of their own that look a text up there
before compiling it; the code runs as before, in the namespaces it was given. ``save``
writes the texts compiled since, once, when the command ends.

A file of another Python or format, or unreadable, is ignored. Only text both modules
hand over is looked up (a code object or anything else passes through untouched), and
compiled as ``exec`` and ``eval`` of those modules would compile it: no ``__future__``
flags, the interpreter's optimisation level.
"""

from __future__ import annotations

import builtins
import collections
import dataclasses
import marshal
import os
import sys
from importlib.util import MAGIC_NUMBER
from types import CodeType
from typing import Any

from newsdiff.core.regex_cache import read_entries, replace_file

__all__ = ["load", "save", "cache_path"]

#: Written into the file: a file of another format or Python is not read.
FORMAT = 1
#: Past this many texts in the file, ``save`` keeps only those this run used (texts a
#: command builds from its input would otherwise pile up).
MAX_TEXTS = 1024

#: (mode, text) -> its code object, as the file held it or as this run compiled it.
_codes: dict[tuple[str, str], CodeType] = {}
#: The texts of ``_codes`` the file did not hold.
_new: set[tuple[str, str]] = set()
#: The texts this run asked for.
_used: set[tuple[str, str]] = set()


def _header() -> tuple[object, ...]:
    return (FORMAT, sys.version, sys.hexversion, MAGIC_NUMBER, sys.flags.optimize)


def cache_path() -> str:
    """Where the code is kept: ``__pycache__`` beside newsdiff's package, as its bytecode
    (under ``sys.pycache_prefix`` when Python writes bytecode there)."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    folder = os.path.join(package, "__pycache__")
    if sys.pycache_prefix:
        folder = os.path.join(sys.pycache_prefix, package.lstrip(os.sep))
    return os.path.join(folder, f"code.{sys.implementation.cache_tag}.marshal")


def compiled(source: str, mode: str) -> CodeType:
    """``source`` compiled in ``mode`` ("exec" or "eval") as ``exec`` and ``eval``
    compile a text, from the file when a previous run compiled it."""
    key = (mode, source)
    _used.add(key)
    code = _codes.get(key)
    if code is None:
        # dont_inherit: as the calling modules compile it, without this module's
        # ``from __future__ import annotations``.
        code = compile(source, "<string>", mode, dont_inherit=True)
        _codes[key] = code
        _new.add(key)
    return code


def _exec(source: Any, scope: Any = None, names: Any = None, /) -> None:
    """``exec`` of a text compiled once for all runs (``scope``, ``names``: its globals
    and locals)."""
    if type(source) is str:
        source = compiled(source, "exec")
    if scope is None:  # the caller's namespaces, as the built-in takes them
        caller = sys._getframe(1)
        scope, names = caller.f_globals, caller.f_locals if names is None else names
    builtins.exec(source, scope, names)


def _eval(source: Any, scope: Any = None, names: Any = None, /) -> Any:
    """``eval`` of a text compiled once for all runs."""
    if type(source) is str:
        source = compiled(source, "eval")
    if scope is None:
        caller = sys._getframe(1)
        scope, names = caller.f_globals, caller.f_locals if names is None else names
    return builtins.eval(source, scope, names)


def load(path: str | None = None) -> int:
    """Read the file's code and hand ``dataclasses`` and ``collections`` the ``exec`` and
    ``eval`` that use it; how many texts the file held (0 when it is missing,
    unreadable or of another Python: they compile as they go, and ``save`` keeps them)."""
    vars(dataclasses)["exec"] = _exec
    vars(collections)["eval"] = _eval
    entries = read_entries(path or cache_path(), _header())
    if entries is None:
        return 0
    count = 0
    for key, code in entries.items():
        if isinstance(code, CodeType) and key not in _codes:
            _codes[key] = code
            count += 1
    return count


def save(path: str | None = None) -> bool:
    """Write the code compiled in this run that the file did not hold, with what it
    held; whether it wrote. Never under ``PYTHONDONTWRITEBYTECODE``; a file it cannot
    write is left as it is."""
    if not _new or (path is None and sys.dont_write_bytecode):
        return False
    entries = _codes if len(_codes) <= MAX_TEXTS else {k: _codes[k] for k in _used}
    try:
        content: Any = (_header(), entries)
        data = marshal.dumps(content)
    except ValueError:
        return False
    if not replace_file(path or cache_path(), data):
        return False
    _new.clear()
    return True


#: How many texts the file gave when this module was imported.
LOADED = load()
