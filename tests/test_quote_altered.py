"""Quotations altered: words changed inside quotation marks on both sides, flagged in
JSON, the report, plain output, --only and the app (issue 14, item 8)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare
from newsdiff.meaning.quoting import altered_quotes, quote_altered
from newsdiff.tui.app import create_app
from newsdiff.tui.widgets.diff_view.paint import QUOTE_MARK

from .tui_helpers import ready, screen_line

QUOTED_A = (
    "The analyst was asked about the troops. "
    "She said: “It's plausible that they're basically trying to regroup.” "
    "Prices rose by 5 per cent on Monday.\n"
)
QUOTED_B = (
    "The analyst was asked about the troops. "
    "She said: “It's clear that they're trying to regroup.” "
    "Prices rose by 5 per cent on Monday.\n"
)


def _rows(a: str, b: str):  # type: ignore[no-untyped-def]
    return compare(from_text(a, "a.txt"), from_text(b, "b.txt")).rows


def test_words_changed_inside_a_quotation_alter_it() -> None:
    """plausible -> clear and a dropped 'basically', both inside the marks on both sides,
    alter the quotation; the same words outside quotation marks, or only the marks'
    style changed, do not."""
    rows = _rows(QUOTED_A, QUOTED_B)
    flagged = [r for r in rows if quote_altered(r)]
    assert len(flagged) == 1
    assert [(c.a, c.b) for c in altered_quotes(flagged[0])] == [
        ("plausible", "clear"),
        ("basically", ""),
    ]
    plain = _rows("It is plausible that they regroup.", "It is clear that they regroup.")
    assert not any(quote_altered(r) for r in plain)
    style = _rows("They left in a ‘hasty’ withdrawal.", "They left in a “hasty” withdrawal.")
    assert not any(quote_altered(r) for r in style)
    scare = _rows("They left in a ‘hasty’ withdrawal.", "They left in a ‘hurried’ withdrawal.")
    assert any(quote_altered(r) for r in scare)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[str, str]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(QUOTED_A, encoding="utf-8")
    b.write_text(QUOTED_B, encoding="utf-8")
    return str(a), str(b)


def test_cli_flags_the_altered_quotation(
    pair: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """diff JSON has quote_altered on every row, true on the quotation's; plain notes it;
    --only and --fail-on take it; report lists it."""
    assert main(["diff", "--format", "json", *pair]) == 1
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert [r["quote_altered"] for r in rows] == [False, True, False]
    assert main(["diff", "--format", "plain", *pair]) == 1
    assert "(quote altered)" in capsys.readouterr().out
    assert main(["diff", "--format", "json", "--only", "quote_altered", *pair]) == 1
    assert len(json.loads(capsys.readouterr().out)["rows"]) == 1
    assert main(["diff", "--fail-on", "quote_altered", *pair]) == 1
    capsys.readouterr()
    assert main(["report", "--format", "json", *pair]) == 1
    rep = json.loads(capsys.readouterr().out)
    assert rep["quote_altered"] == [
        {"a": [1], "b": [1], "changes": ["plausible -> clear", "basically -> ∅"]}
    ]
    assert main(["report", *pair]) == 1
    assert "Quotations altered (words changed inside quotation marks): 1 row\n" in (
        capsys.readouterr().out
    )


async def test_app_marks_the_row_and_8_filters_it(pair: tuple[str, str], tmp_path: Path) -> None:
    """The rule carries ❝ beside the altered quotation's row; 8 shows only such rows,
    and the header says so."""
    from newsdiff.tui.widgets.header import PairHeader

    app = create_app(*pair, store=tmp_path / "s.json", annotator="ana", advance=False)
    async with app.run_test(size=(100, 30)) as pilot:
        view = await ready(pilot)
        first, _ = view.sentence_lines("a", 1)
        # The row's first line carries the kind's mark, the second the quotation's.
        assert QUOTE_MARK not in screen_line(view, first)
        assert QUOTE_MARK in screen_line(view, first + 1)
        other, _ = view.sentence_lines("a", 2)
        assert QUOTE_MARK not in screen_line(view, other) + screen_line(view, other + 1)
        await pilot.press("8")
        assert [m.index for m in view.rows] == [1]
        assert "only altered quotes (1 row)" in app.query_one(PairHeader).mode


async def test_one_line_row_shows_the_mark_and_says_quote_altered(
    pair: tuple[str, str], tmp_path: Path
) -> None:
    """On a row one line high (a wide terminal) ❝ sits beside the kind's mark, where it
    would otherwise have no line; the status line and the detail panel say "quote
    altered" for that row and not for the next."""
    from newsdiff.tui.widgets.detail_panel import DetailPanel
    from newsdiff.tui.widgets.header import StatusLine

    app = create_app(*pair, store=tmp_path / "s.json", annotator="ana", advance=False)
    async with app.run_test(size=(200, 30)) as pilot:
        view = await ready(pilot)
        first, count = view.sentence_lines("a", 1)
        assert count == 1 and view.line_map is not None
        assert view.line_map.row_height(1) == 2  # the row's one line and the gap
        assert "~" + QUOTE_MARK in screen_line(view, first)
        other, _ = view.sentence_lines("a", 2)
        assert QUOTE_MARK not in screen_line(view, other)
        await pilot.press("j", "v")
        await pilot.pause()
        status = app.query_one(StatusLine)
        panel = str(app.query_one(DetailPanel).query_one("#detail-text").render())
        assert "quote altered" in str(status.detail) and "quote altered" in panel
        await pilot.press("j")
        await pilot.pause()
        panel = str(app.query_one(DetailPanel).query_one("#detail-text").render())
        assert "quote altered" not in str(status.detail) + panel
