"""Tags out of the store as a dataset (JSONL, CSV).

An exported record is a doccano text-classification record (``text`` and ``label`` as a
list) with newsdiff's own fields beside it, so the same file feeds doccano, Prodigy
(``label`` is mapped from ``accept``/``answer`` on the way back) or a spreadsheet, and
imports back into newsdiff unchanged (``dataset.importing``).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Collection, Iterable
from typing import IO, Any

from newsdiff.store import OWN_SOURCES, Tag

from .propagate import current

FIELDS = (
    "text",
    "label",
    "annotator",
    "article",
    "article_id",
    "sentence",
    "start",
    "end",
    "note",
    "unsure",
    "source",
    "created",
    "updated",
)


def record(tag: Tag) -> dict[str, Any]:
    """One exported record; ``label`` is a list, as doccano's import expects. A sentence
    skipped as not a claim has ``label`` null and ``skipped`` true (only skipped records
    carry that field: the records of a labelled dataset stay as they were)."""
    if tag.skipped:
        return {**_fields(tag), "label": None, "skipped": True}
    return _fields(tag)


def _fields(tag: Tag) -> dict[str, Any]:
    return {
        "text": tag.text,
        "label": [tag.label] if tag.label else [],
        "annotator": tag.annotator,
        "article": tag.article,
        "article_id": tag.article_id,
        "sentence": tag.sentence,
        "start": tag.start,
        "end": tag.end,
        "note": tag.note,
        "unsure": tag.unsure,
        "source": tag.source,
        "created": tag.created,
        "updated": tag.updated,
    }


def select(
    tags: Iterable[Tag],
    annotator: str | None = None,
    sources: Collection[str] | None = OWN_SOURCES,
    skipped: bool = False,
    replaced: Collection[str] = (),
) -> list[Tag]:
    """The tags to export: one annotator's or all; of ``sources`` (None: every source);
    sentences skipped as not a claim only with ``skipped``. Pass every tag of the store
    (and its ``replaced_versions``): a carried label whose origin no longer carries it
    is left out (``current``)."""
    return [
        t
        for t in current(tags, replaced)
        if (annotator is None or t.annotator == annotator)
        and (sources is None or t.source in sources)
        and (skipped or not t.skipped)
    ]


def write_jsonl(tags: Iterable[Tag], out: IO[str]) -> int:
    n = 0
    for t in tags:
        out.write(json.dumps(record(t), ensure_ascii=False) + "\n")
        n += 1
    return n


#: CSV columns holding text, protected against formulas: every one, not only those
#: someone typed, since an import can bring any value into a record (``created`` of
#: ``=HYPERLINK(...)`` before import checked it).
CSV_TEXT = tuple(f for f in FIELDS if f not in ("sentence", "start", "end", "unsure"))
# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(..)",
# "+44 people", "-", "@"); a leading apostrophe makes it text. A cell that already starts
# with apostrophes before such a character gets one more, so import can always strip one.
_FORMULA = re.compile(r"'*[=+\-@\t\r]")


def protect_cell(value: str) -> str:
    """The CSV cell for a text value: an apostrophe first if a spreadsheet would compute it."""
    return "'" + value if _FORMULA.match(value) else value


def unprotect_cell(value: str) -> str:
    """The text value of a cell written by ``protect_cell`` (the inverse, exactly)."""
    return value[1:] if value.startswith("'") and _FORMULA.match(value) else value


def write_csv(tags: Iterable[Tag], out: IO[str], skipped: bool = False) -> int:
    """CSV for a spreadsheet: the label as a plain string, booleans as true/false.

    The caller opens ``out`` with encoding ``utf-8-sig``: Excel reads a UTF-8 file
    without a byte-order mark as the local code page and garbles curly quotes. Text
    cells go through ``protect_cell``; ``read_records`` undoes it.
    """
    w = csv.writer(out, lineterminator="\r\n")
    # ``skipped`` (--include-skipped): one more column, true for a skipped sentence.
    columns = (*FIELDS, "skipped") if skipped else FIELDS
    w.writerow(columns)
    n = 0
    for t in tags:
        rec = record(t)
        rec["label"] = t.label
        rec["unsure"] = "true" if t.unsure else "false"
        rec["skipped"] = "true" if t.skipped else "false"
        for name in CSV_TEXT:
            rec[name] = protect_cell(rec[name])
        w.writerow([rec[f] for f in columns])
        n += 1
    return n
