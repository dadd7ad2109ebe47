"""Compiled regular expressions kept between runs, as Python keeps compiled modules.

A command compiles about 160 patterns (the cue families', segmenting's, the word
diff's, argparse's) before it reads its input: ``re`` parses each and writes its
programme in Python: about 200 M instructions, a fifth of the seed pair's plain diff.
The programme ``re`` hands to ``_sre.compile`` depends only on the pattern, its flags
and the Python that compiled it, so ``load`` reads the programmes a previous run wrote
beside the bytecode (``__pycache__``, the same rules: not under
``PYTHONDONTWRITEBYTECODE``, under ``sys.pycache_prefix`` if set) and puts the patterns
they make in ``re``'s own cache: ``re.compile`` and ``re.search`` then find them as
they find a pattern compiled earlier in the process. ``save`` writes the programmes of
the patterns compiled since, once, at exit.

The file holds nothing ``re`` would not have made: ``_sre.compile`` checks every
programme it is given, and a file written by another Python (version, ``_sre`` magic,
code size) or unreadable is ignored. Importing this module loads the file:
``newsdiff.main`` imports it before any module that compiles a pattern, and saves when
the command ends. Where ``re`` keeps no ``_cache`` dictionary it does nothing.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from array import array
from typing import Any

__all__ = ["load", "save", "cache_path"]

#: Written into the file: a file of another format, Python or ``_sre`` is not read.
FORMAT = 2
#: Array type codes, one of which has ``_sre.CODESIZE`` bytes: a programme is kept as
#: its bytes, which ``marshal`` reads in one piece (a list of ints, one object each,
#: took 60% more to load).
_CODES = "HILQ"
#: Past this many patterns in the file, ``save`` keeps only those of this run (patterns
#: a command builds from its input would otherwise pile up).
MAX_PATTERNS = 512

#: (pattern, flags) -> the arguments ``_sre.compile`` takes for it, the programme as
#: bytes, as the file holds them.
_loaded: dict[tuple[str, int], tuple[Any, ...]] = {}


def _compiler() -> Any:
    """``re``'s compiler (``re._compiler``, which holds ``_sre``): private, so typed Any."""
    return vars(re)["_compiler"]


def _code_type() -> str:
    """The array type code of a programme's words (``_sre.CODESIZE`` bytes each)."""
    size = _compiler()._sre.CODESIZE
    return next(t for t in _CODES if array(t).itemsize == size)


def _header() -> tuple[object, ...]:
    _sre = _compiler()._sre
    return (FORMAT, sys.version, sys.hexversion, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode)


def cache_path() -> str:
    """Where the programmes are kept: ``__pycache__`` beside newsdiff's package, as its
    bytecode (under ``sys.pycache_prefix`` when Python writes bytecode there)."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    folder = os.path.join(package, "__pycache__")
    if sys.pycache_prefix:
        folder = os.path.join(sys.pycache_prefix, package.lstrip(os.sep))
    return os.path.join(folder, f"regex.{sys.implementation.cache_tag}.marshal")


def _re_cache() -> dict[Any, Any] | None:
    """``re``'s cache of compiled patterns, keyed (type, pattern, flags), or None if this
    Python's ``re`` keeps it otherwise."""
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict) or "_compiler" not in vars(re):
        return None
    return cache


def load(path: str | None = None) -> int:
    """Put the patterns the file holds into ``re``'s cache; how many. Nothing (0) when
    the file is missing, unreadable or of another Python."""
    cache = _re_cache()
    if cache is None:
        return 0
    entries = read_entries(path or cache_path(), _header())
    if entries is None:
        return 0
    _sre = _compiler()._sre
    code_type = _code_type()
    room = getattr(re, "_MAXCACHE", MAX_PATTERNS) - len(cache)
    count = 0
    for (pattern, flags), args in list(entries.items())[: max(0, room)]:
        try:
            sre_flags, code, *rest = args
            # _sre checks the programme: one it would not run is refused.
            compiled = _sre.compile(pattern, sre_flags, array(code_type, code).tolist(), *rest)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            continue
        cache.setdefault((str, pattern, flags), compiled)
        _loaded[pattern, flags] = args
        count += 1
    return count


def _programme(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` passes ``_sre.compile`` after the pattern itself,
    the programme as bytes."""
    compiler = _compiler()
    parsed = compiler._parser.parse(pattern, flags)
    code = array(_code_type(), compiler._code(parsed, flags)).tobytes()
    state = parsed.state
    groupindex = dict(state.groupdict)
    indexgroup = [None] * state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | state.flags), code, state.groups - 1, groupindex, tuple(indexgroup))


def save(path: str | None = None) -> bool:
    """Write the programmes of this run's patterns that the file did not hold, with
    those it held; whether it wrote. Never under ``PYTHONDONTWRITEBYTECODE``; a file
    it cannot write is left as it is."""
    cache = _re_cache()
    if cache is None or (path is None and sys.dont_write_bytecode):
        return False
    ours = [
        (key[1], key[2])
        for key in list(cache)
        if key[0] is str and not key[2] & (re.DEBUG | getattr(re, "TEMPLATE", 0))
    ]
    new = [key for key in ours if key not in _loaded]
    if not new:
        return False
    entries = dict(_loaded)
    if len(entries) + len(new) > MAX_PATTERNS:
        entries = {key: args for key, args in entries.items() if key in set(ours)}
    try:
        for pattern, flags in new:
            entries[pattern, flags] = _programme(pattern, flags)
        content: Any = (_header(), entries)
        data = marshal.dumps(content)
    except Exception:  # re's internals of another Python: no cache
        return False
    if not replace_file(path or cache_path(), data):
        return False
    _loaded.update((key, entries[key]) for key in new)
    return True


def read_entries(target: str, header: tuple[object, ...]) -> dict[Any, Any] | None:
    """The entries of a cache file written under ``header`` (this Python, this format),
    or None when it is missing, unreadable, damaged or another's."""
    try:
        with open(target, "rb") as f:
            written, entries = marshal.loads(f.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if written != header or not isinstance(entries, dict):
        return None
    return entries


def replace_file(target: str, data: bytes) -> bool:
    """Write ``data`` to ``target`` whole or not at all; whether it wrote (a folder or
    file it cannot write is left as it is)."""
    tmp = f"{target}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, target)  # readers see the old file or the new, never half
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False
    return True


#: How many patterns the file gave ``re`` when this module was imported.
LOADED = load()
