"""Laws of ``diff``'s options a user relies on (make fuzz, stop 21): an ``--ignore-*``
option only ever takes changes away, never adds one nor changes another's class;
``--only CLASS`` shows a subset of the rows the full diff shows; ``--fail-on CLASS``
exits 1 exactly when a change the diff shows has that class (or a row of that kind)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import cli_captured
from .test_user_laws import reprints

_SHM = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
_IGNORE = ["--ignore-case", "--ignore-punctuation", "--ignore-quotes", "--ignore-spelling"]
_CLASSES = ["negation", "number", "attribution", "hedge", "synonym", "variant", "rewording",
            "quote_altered", "removed", "added", "moved"]  # fmt: skip
#: What a copy respells: case, quote and dash styles, punctuation, spellings.
_RESPELL = [("Inflation", "inflation"), ("said", "Said"), ("“", '"'), ("”", '"'), ("’", "'"),
            (" — ", " - "), (",", ""), (".", ""), ("3%", "three percent"), ("Kyiv", "Kiev"),
            ("300", "three hundred"), ("Monday", "monday"), ("U.S.", "US"), ("May", "may"),
            ("defence", "defense"), ("co-operation", "cooperation"), ("12", "twelve")]  # fmt: skip
_EXTRA = ["Kyiv said the defence budget rose.", "The co-operation ended on March 3."]


@st.composite
def respelled_reprints(draw: st.DrawFn) -> tuple[str, str]:
    a, b = draw(reprints())
    if draw(st.booleans()):
        extra = draw(st.sampled_from(_EXTRA))
        a, b = f"{a} {extra}", f"{b} {extra}"
    for old, new in draw(st.lists(st.sampled_from(_RESPELL), max_size=4)):
        if old in b:
            at = draw(st.integers(0, b.count(old) - 1))
            parts = b.split(old)
            b = old.join(parts[: at + 1]) + new + old.join(parts[at + 1 :])
    return a, b


def _json(a: Path, b: Path, *options: str) -> tuple[int, dict]:
    code, out, err = cli_captured("diff", "--format", "json", *options, str(a), str(b))
    assert code in (0, 1), err
    return code, json.loads(out)


def _classes(change: dict) -> tuple[str, ...]:
    """A change's classes: its first, and ``also`` those of a change of several."""
    return (change["class"], *change.get("also", ()))


def _changes(row: dict) -> set[tuple]:
    return {(_classes(c), tuple(c["a_span"]), tuple(c["b_span"])) for c in row["changes"]}


@settings(max_examples=15, deadline=None)
@given(respelled_reprints(), st.lists(st.sampled_from(_IGNORE), min_size=1, unique=True),
       st.sampled_from(_CLASSES))  # fmt: skip
def test_options_only_take_changes_away_and_only_and_fail_on_agree_with_the_diff(
    pair: tuple[str, str], ignore: list[str], cls: str
) -> None:
    with tempfile.TemporaryDirectory(dir=_SHM) as tmp:
        a, b = Path(tmp) / "a.txt", Path(tmp) / "b.txt"
        a.write_text(pair[0], encoding="utf-8")
        b.write_text(pair[1], encoding="utf-8")
        _, plain = _json(a, b)
        for options in ([], ignore):
            _, full = _json(a, b, *options)
            # Ignoring takes away: the same rows, each change one the default shows.
            assert [(r["a"], r["b"]) for r in full["rows"]] == [
                (r["a"], r["b"]) for r in plain["rows"]
            ]
            for mine, theirs in zip(full["rows"], plain["rows"], strict=True):
                assert _changes(mine) <= _changes(theirs), (mine, theirs)
            _, only = _json(a, b, *options, "--only", cls)
            shown = [
                r for r in full["rows"]
                if r["kind"] == cls or any(cls in _classes(c) for c in r["changes"])
                or (cls == "quote_altered" and r["quote_altered"])
            ]  # fmt: skip
            assert only["rows"] == shown
            fail, _ = _json(a, b, *options, "--fail-on", cls)
            assert fail == (1 if shown else 0), (cls, shown)
