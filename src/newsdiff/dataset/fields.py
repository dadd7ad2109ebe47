"""Records to import, read and checked field by field: a JSONL or CSV line becomes a
record or the reason it cannot be one, and a field the record sets must hold what
that field holds (nothing is coerced; ``dataset.importing`` places what passes).
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from newsdiff.dataset.export import CSV_TEXT, unprotect_cell
from newsdiff.store import SOURCES, stored_path


def read_records(
    path: Path, stream: IO[str] | None = None
) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number, record or the reason it is unusable) for a JSONL or CSV file, or
    for JSON Lines read from ``stream`` (standard input) when it is given.

    Raises OSError or UnicodeDecodeError when the file itself cannot be read.
    """
    if stream is not None:
        yield from _json_lines(stream)
        return
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for n, row in enumerate(csv.DictReader(fh), start=2):
                rec: dict[str, Any] = dict(row)
                for name in CSV_TEXT:
                    if isinstance(rec.get(name), str):
                        rec[name] = unprotect_cell(rec[name])
                yield n, rec
        return
    with path.open(encoding="utf-8-sig") as fh:
        yield from _json_lines(fh)


def _json_lines(fh: IO[str]) -> Iterator[tuple[int, dict[str, Any] | str]]:
    for n, line in enumerate(fh, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            yield n, "not a JSON line"
            continue
        except RecursionError:  # [[[[... nested thousands deep
            yield n, "JSON nested too deeply"
            continue
        except ValueError:  # an integer of over 4,300 digits (int's own limit)
            yield n, "a number too long to read"
            continue
        yield n, rec if isinstance(rec, dict) else "not a JSON object"


def labels_of(rec: dict[str, Any]) -> list[str] | str:
    """The labels a record gives, or the reason it gives none we can use."""
    answer = rec.get("answer")
    if isinstance(answer, str) and answer != "accept":
        return f"Prodigy answer is {answer!r}, not 'accept'"
    if isinstance(rec.get("accept"), list):  # Prodigy choice interface
        return [str(x) for x in rec["accept"]]
    label = rec.get("label", rec.get("labels"))  # doccano 1.x wrote "labels"
    if isinstance(label, list):  # newsdiff export, doccano text classification
        if any(isinstance(x, list) for x in label):
            return "span labels (sequence labelling), not a sentence label"
        return [str(x) for x in label]
    if isinstance(label, str):  # Prodigy binary, or newsdiff CSV
        return [label] if label.strip() else []
    cats = rec.get("cats")
    if isinstance(cats, dict):  # spaCy / Prodigy textcat scores
        return [k for k, v in cats.items() if isinstance(v, int | float) and v >= 0.5]
    return "no label field (label, accept or cats)"


_TRUE, _FALSE = ("true", "1", "yes"), ("false", "0", "no", "")

#: Above this no sentence index or offset is real: the largest article newsdiff reads
#: is 1 GB (``sentence: 10**100`` would otherwise be stored as it is).
_MAX_INDEX = 2**31


def flag(value: Any) -> bool | None:
    """A flag: JSON's true/false, or a CSV cell's true/false (1/0, yes/no); None if neither."""
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE + _FALSE:
        return value.strip().lower() in _TRUE
    return None


def whole(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 10:
        value = int(value)
    if isinstance(value, int) and 0 <= value < _MAX_INDEX:
        return value
    return None


def _given(rec: dict[str, Any], name: str) -> bool:
    """Whether the record sets ``name`` (an empty CSV cell or null sets nothing)."""
    return rec.get(name) not in (None, "")


def _timestamp(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def field_problem(rec: dict[str, Any]) -> str | None:
    """Why a field the record sets cannot be stored as it is, or None.

    Nothing is coerced: a value that is not what the field holds skips the record with
    its reason, rather than being stored changed (``created: 5`` as "5", ``unsure:
    "maybe"`` as false) or as given (``created`` of ``=HYPERLINK(...)`` into a CSV).
    """
    for name in ("sentence", "start", "end"):
        if _given(rec, name) and whole(rec[name]) is None:
            return f"{name!r} is not a whole number from 0"
    for name in ("created", "updated"):
        if _given(rec, name) and not _timestamp(rec[name]):
            return f"{name!r} is not a timestamp (ISO 8601, as export writes)"
    if flag(rec.get("unsure")) is None:
        return "'unsure' is not true or false"
    if _given(rec, "note") and not isinstance(rec["note"], str):
        return "'note' is not text"
    if _given(rec, "source") and rec["source"] not in SOURCES:
        return f"'source' is not one of {', '.join(SOURCES)}"
    return None


def stored_article(value: Any) -> str | None:
    """The ``article`` a record stores as given: an absolute path, or stdin's name."""
    if value in (None, ""):
        return ""
    if isinstance(value, str) and (os.path.isabs(value) or stored_path(value) == value):
        return value
    return None
