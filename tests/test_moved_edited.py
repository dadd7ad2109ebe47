"""A moved row that was also edited: shown as "moved, edited" and counted (issue 11, item 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import Comparison, compare
from newsdiff.meaning.options import CompareOptions
from newsdiff.store import Store
from newsdiff.tui.detail import row_detail
from newsdiff.tui.layout import build_rows, rebuild_rows
from newsdiff.tui.session import TagSession
from newsdiff.tui.status import detail
from newsdiff.tui.widgets.header import figures

from .test_cli_meaning import run

# Two tellings of the woodman fable (the item 4): the sentence where Mercury
# appears moves to the end in B and is reworded on the way.
FABLE_A = (
    "As he stood wringing his hands and weeping, the god Mercury suddenly appeared and "
    "asked what the trouble was. On hearing what had happened, Mercury dived into the "
    "river and brought up a golden axe. Mercury asked the Woodman.\n"
)
FABLE_B = (
    "Mercury asked the Woodman whether the golden axe was his. To his surprise Mercury "
    "appeared and asked him what was the matter.\n"
)

# A news paragraph whose second sentence moves to the end unchanged but for its case.
NEWS = [
    "Russian forces abandoned huge numbers of tanks near the capital.",
    "The rapid retreat is a sign that morale has collapsed.",
    "Troops were accused of committing war crimes in Bucha.",
    "NATO estimates that between 7,000 and 15,000 soldiers were killed.",
    "The Kremlin acknowledged a significant loss of troops.",
]


def fable() -> Comparison:
    return compare(from_text(FABLE_A, "a.txt"), from_text(FABLE_B, "b.txt"))


def news(options: CompareOptions | None = None) -> Comparison:
    moved = NEWS[1].upper()
    b = [NEWS[0], *NEWS[2:], moved]
    return compare(from_text(" ".join(NEWS), "a"), from_text(" ".join(b), "b"), options)


@pytest.fixture
def fable_files(tmp_path: Path) -> tuple[str, str]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(FABLE_A, "utf-8")
    b.write_text(FABLE_B, "utf-8")
    return str(a), str(b)


def test_reworded_moved_row_is_edited() -> None:
    """The fable's moved, reworded sentence is moved and edited, and counted once as such."""
    cmp = fable()
    moved = [r for r in cmp.rows if r.kind == "moved"]
    assert [(r.a, r.b) for r in moved] == [((0,), (1,))]
    assert moved[0].edited and moved[0].changes
    assert cmp.counts()["moved"] == 1 and cmp.moved_edited() == 1
    assert cmp.stats()["moved_edited"] == 1


def test_unchanged_moved_row_is_not_edited_and_options_decide() -> None:
    """A moved row differing only in case is edited, unless case is ignored."""
    plain = news()
    (row,) = [r for r in plain.rows if r.kind == "moved"]
    assert row.edited and plain.moved_edited() == 1
    folded = plain.with_options(CompareOptions(ignore_case=True))
    (row,) = [r for r in folded.rows if r.kind == "moved"]
    assert not row.edited and folded.moved_edited() == 0
    assert [r.kind for r in folded.rows].count("changed") == 0


def test_json_rows_say_edited(
    capsys: pytest.CaptureFixture[str], fable_files: tuple[str, str]
) -> None:
    """diff --format json: a moved row has edited: true, other rows no such field; the
    stats count the moved, edited rows."""
    _code, out, _err = run(capsys, "diff", "--format", "json", *fable_files)
    data = json.loads(out)
    assert [(r["kind"], r.get("edited")) for r in data["rows"]] == [
        ("moved", True),
        ("removed", None),
        ("changed", None),
    ]
    assert data["stats"]["moved_edited"] == 1


def test_plain_and_rich_say_moved_edited(
    capsys: pytest.CaptureFixture[str], fable_files: tuple[str, str]
) -> None:
    """diff --format plain marks the moved row's changes and says 'moved, edited'; the
    rich footer counts '1 moved (1 edited)'."""
    _code, out, _err = run(capsys, "diff", "--format", "plain", *fable_files)
    first = out.splitlines()[0]
    assert first.startswith("> ") and "{+surprise+}" in first
    assert first.endswith("(moved, edited: A#1 <-> B#2)")
    _code, out, _err = run(capsys, "diff", "--width", "120", *fable_files)
    assert "1 moved (1 edited)" in out


def test_report_counts_moved_edited(
    capsys: pytest.CaptureFixture[str], fable_files: tuple[str, str]
) -> None:
    """report: the rows line says 'moved 1 (1 edited)', the JSON has moved_edited, and
    the moved row's change is in the changes by class."""
    _code, out, _err = run(capsys, "report", *fable_files)
    assert "Rows: equal 0, changed 1, added 0, removed 1, moved 1 (1 edited)" in out
    _code, out, _err = run(capsys, "report", "--format", "json", *fable_files)
    rep = json.loads(out)
    assert rep["moved_edited"] == 1
    # As the diff prints it: "the [-trouble was-]{+matter+}" (issue 11).
    assert {"a": "trouble was", "b": "matter", "count": 1} in rep["substitutions"]


def test_app_badge_header_and_status_say_edited() -> None:
    """The app: the moved badge says 'edited', the header counts it; the badge follows
    the options (ignoring case, the news row's badge loses 'edited')."""
    cmp = fable()
    models = build_rows(cmp)
    moved = next(m for m in models if m.row.kind == "moved")
    assert moved.a[0].text.startswith("⇄ B#2, edited ")
    assert moved.b[0].text.startswith("⇄ A#1, edited ")
    assert "1 moved (1 edited)" in figures(cmp).plain
    assert "⇄1 (1~)" in figures(cmp, short=True).plain
    plain = news()
    models = build_rows(plain)
    folded = plain.with_options(CompareOptions(ignore_case=True))
    again = rebuild_rows(models, folded)
    badge = next(m for m in again if m.row.kind == "moved").b[0].text
    assert badge.startswith("⇄ A#2 ") and "edited" not in badge
    assert "(1 edited)" not in figures(folded).plain


def test_status_and_panel_say_moved_edited(tmp_path: Path) -> None:
    """The status line and the detail panel of the moved row say 'moved, edited'."""
    cmp = fable()
    session = TagSession(
        Store(tmp_path / "store"),
        "ana",
        (cmp.a, cmp.b),
        (cmp.a_sentences, cmp.b_sentences),
        cmp.rows,
    )
    models = build_rows(cmp)
    moved = next(m for m in models if m.row.kind == "moved")
    assert "moved, edited" in detail(session, moved, "a", 0, suggestions=False).plain
    panel = row_detail(session, moved, len(models), "a", 0, suggestions=False).plain
    assert panel.splitlines()[0].startswith("Row 1 of 3 · moved, edited · similarity")
    changed = next(m for m in models if m.row.kind == "changed")
    assert "moved, edited" not in detail(session, changed, "a", 2, suggestions=False).plain
