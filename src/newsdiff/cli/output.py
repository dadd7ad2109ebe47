"""Text output of the commands: article and store text with its control characters shown.

Every command that prints what an article or a store holds (sentences, tags, notes,
annotator names, paths) writes it through ``out``, so that ``ESC [ 2 J`` in a hostile
article is shown as a picture instead of clearing the screen. JSON output needs none of
this into a file or a pipe, where the exact text is wanted; on a terminal ``json_out``
and ``data_out`` also escape what ``json.dump`` lets through (C1 controls, bidi overrides).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from typing import Any

from newsdiff.core.visible import visible


def shown(text: str) -> str:
    """``text`` ready for a terminal: newlines and tabs kept, other controls shown."""
    return visible(text, keep="\t\n")


def out(text: str) -> None:
    """Write ``text`` to standard output with its control characters shown."""
    sys.stdout.write(shown(text))


def say(text: str) -> None:
    """One line on standard output (as ``print``), its control characters shown."""
    # The line is checked without its newline: ``isprintable`` refuses a newline, and
    # with it every line (a diff prints thousands) was scanned and copied three times.
    sys.stdout.write(shown(text) + "\n")


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``1 record``, ``2 records``: a count with its noun in the right number."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"


def plural(n: int, noun: str) -> str:
    """``1 item``, ``1234 items``: as ``counted``, for counts printed without a
    thousands separator (as they always were)."""
    return f"{n} {noun if n == 1 else noun + 's'}"


def note(text: str) -> None:
    """One ``newsdiff: ...`` line on standard error, its control characters shown."""
    print(f"newsdiff: {shown(text)}", file=sys.stderr)


#: What ``json.dumps(ensure_ascii=False)`` writes raw and a terminal would obey: C1
#: controls (U+009B is an 8-bit CSI) and the bidi embeddings, overrides and isolates.
_OBEYED = re.compile("[\u0080-\u009f\u202a-\u202e\u2066-\u2069]")


def json_out(obj: Any, indent: int | None = 1) -> None:
    """``obj`` as JSON on standard output. On a terminal the characters it would obey
    are written as JSON escapes (``\\u009b``): the same JSON, and harmless to read."""
    import json  # here: a plain or rich diff writes no JSON

    data_out(json.dumps(obj, ensure_ascii=False, indent=indent) + "\n", json_lines=True)


def json_rows_out(obj: dict[str, Any], key: str, items: Iterable[Any]) -> None:
    """``json_out(obj)`` with ``obj[key]`` (held as ``[]``) the list of ``items``, each
    dumped and written in turn: the same bytes, without the whole document as Python
    objects and then as one string (hundreds of MB on a multi-MB pair's rows)."""
    import json

    assert obj[key] == []
    text = json.dumps(obj, ensure_ascii=False, indent=1) + "\n"
    # A JSON string escapes its newlines, so this line is the top-level key's alone.
    head, sep, tail = text.partition(f"\n {json.dumps(key)}: [],\n")
    if not sep:  # the key is last: no comma after it
        head, sep, tail = text.partition(f"\n {json.dumps(key)}: []\n")
        tail = "\n" + tail
    else:
        tail = ",\n" + tail
    data_out(f"{head}\n {json.dumps(key)}: [", json_lines=True)
    first = True
    for item in items:
        # Each item sits two levels deep: each of its lines is indented two more.
        shown = json.dumps(item, ensure_ascii=False, indent=1).replace("\n", "\n  ")
        data_out(("\n  " if first else ",\n  ") + shown, json_lines=True)
        first = False
    data_out(("]" if first else "\n ]") + tail, json_lines=True)


def data_out(text: str, json_lines: bool = False) -> None:
    """A file format's text (CSV, JSON Lines) on standard output: exact into a file or a
    pipe; on a terminal, escaped (JSON Lines) or with its controls shown (CSV)."""
    if sys.stdout.isatty():
        if json_lines:
            text = _OBEYED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)  # still JSON
        else:
            text = visible(text, keep="\t\n\r")
    sys.stdout.write(text)
