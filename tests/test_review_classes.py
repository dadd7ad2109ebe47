"""Change classes the thirteenth outside review found wrong, each with its sentences."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare

from .conftest import run_cli, write_pair

run = run_cli


def pair(tmp_path: Path, a: str, b: str) -> tuple[str, str]:
    return write_pair(tmp_path, a + "\n", b + "\n")


def assert_changed_but_not(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, a: str, b: str, cls: str
) -> None:
    """The one row of the pair changed, with no change of class ``cls``, and
    ``--fail-on cls`` exits 0."""
    (row,) = compare(from_text(a, "a"), from_text(b, "b")).rows
    assert row.changes and cls not in row.classes()
    pa, pb = pair(tmp_path, a, b)
    assert run(capsys, "diff", "--format", "plain", "--fail-on", cls, pa, pb)[0] == 0


SOURCE_AND_DATE = [
    (
        "The defence ministry said on Monday that 300 soldiers had been killed.",
        "Opposition activists claimed that 300 soldiers had been killed.",
    ),
    (
        "Officials in the capital confirmed on Tuesday that the budget will rise.",
        "According to a government spokesman, the budget will rise.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SOURCE_AND_DATE)
def test_a_new_source_with_a_dropped_date_is_attribution_and_number(a: str, b: str) -> None:
    """A change that drops a date and changes who speaks carries both classes: the
    date does not outrank the attribution (filter 3 and --fail-on attribution)."""
    (row,) = compare(from_text(a, "a"), from_text(b, "b")).rows
    (change,) = row.changes
    assert change.classes == ("number", "attribution")
    assert change.label == "number, attribution"  # the app's status line and detail
    assert row.classes() == {"number", "attribution"}


@pytest.mark.parametrize(("a", "b"), SOURCE_AND_DATE)
def test_fail_on_and_only_see_every_class_of_a_change(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, a: str, b: str
) -> None:
    """--fail-on attribution exits 1, --fail-on number too; --only attribution keeps
    the row; plain writes both classes, JSON adds "also", report counts it in both."""
    pa, pb = pair(tmp_path, a, b)
    assert run(capsys, "diff", "--format", "plain", "--fail-on", "attribution", pa, pb)[0] == 1
    assert run(capsys, "diff", "--format", "plain", "--fail-on", "number", pa, pb)[0] == 1
    assert run(capsys, "diff", "--format", "plain", "--fail-on", "hedge", pa, pb)[0] == 0
    code, out, _ = run(capsys, "diff", "--format", "plain", "--only", "attribution", pa, pb)
    assert "+}{number}{attribution} " in out
    _c, out, _ = run(capsys, "diff", "--format", "json", pa, pb)
    (change,) = json.loads(out)["rows"][0]["changes"]
    assert (change["class"], change["also"]) == ("number", ["attribution"])
    _c, out, _ = run(capsys, "report", "--format", "json", pa, pb)
    rep = json.loads(out)
    assert rep["classes"]["number"] == rep["classes"]["attribution"] == 1
    assert [s["class"] for s in rep["spin"]] == ["number", "attribution"]
    _c, out, _ = run(capsys, "report", pa, pb)
    assert "What changed: 1 change, most significant first (a change of several" in out


def test_a_reporting_verb_that_is_a_hedge_word_is_one_attribution() -> None:
    """ "thinks" -> "believed that" changes the verb: attribution, not a hedge as well."""
    a = "They said the United States thinks Russia has lost."
    b = "They said the United States believed that Russia had lost."
    row = compare(from_text(a, "a"), from_text(b, "b")).rows[0]
    verb = next(c for c in row.changes if c.a == "thinks")
    assert verb.classes == ("attribution",)


MOVED_NUMBERS = [
    (
        "Some analysts said the figures made a rate cut in June less likely.",
        "Some analysts said the figures made a June rate cut less likely.",
    ),
    (
        "The region recorded 42,200 cases in 2023.",
        "There were 42,200 cases in the region in 2023.",
    ),
]


@pytest.mark.parametrize(("a", "b"), MOVED_NUMBERS)
def test_a_number_moved_within_the_row_is_no_number_change(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, a: str, b: str
) -> None:
    """The same value on both sides of the row, only in another place: not a number
    change (the README: "another value, sign, unit or date"), so --fail-on number is 0."""
    assert_changed_but_not(capsys, tmp_path, a, b, "number")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Rates may be cut in June.", "A June cut in July is possible."),
        ("Talks began in June and ended in June.", "Talks began in June and ended."),
    ],
)
def test_a_value_written_more_or_fewer_times_is_still_a_number_change(a: str, b: str) -> None:
    """Only a value the other side has as often is moved: a new month, or a date said
    once where it was said twice, is a number change."""
    rows = compare(from_text(a, "a"), from_text(b, "b")).rows
    assert any("number" in r.classes() for r in rows)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Dealers will replace the sensor free of charge.",
            "Dealers will replace the sensor at no cost.",
        ),
        ("There is no doubt the deal will pass.", "The deal will surely pass."),
        ("The strike hit not only buses but trains.", "The strike hit buses and trains."),
        ("Prices rose, no matter what the bank did.", "Prices rose, whatever the bank did."),
    ],
)
def test_a_negator_in_a_phrase_of_positive_sense_is_no_negation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, a: str, b: str
) -> None:
    """ "at no cost", "no doubt", "not only", "no matter" reverse nothing: the change is
    another wording, and --fail-on negation exits 0."""
    assert_changed_but_not(capsys, tmp_path, a, b, "negation")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The plant is no longer in use.", "The plant is in use."),
        ("The deal will not pass.", "The deal will pass."),
        ("There is no question of a deal.", "There is a question of a deal."),
        ("Repairs are free of charge.", "Repairs are not free of charge."),
        ("Dealers will replace it at no cost.", "Dealers will replace it at a cost."),
    ],
)
def test_a_negation_that_denies_is_still_a_negation(a: str, b: str) -> None:
    """A negator outside those phrases ("no longer" = not now, "no question of" = it
    will not happen), or one dropped from "at no cost", still reverses the sentence."""
    (row,) = compare(from_text(a, "a"), from_text(b, "b")).rows
    assert "negation" in row.classes()


@pytest.mark.parametrize(
    ("a", "b", "ops"),
    [
        (
            "Measles cases in Europe rose more than 30-fold last year.",
            "Measles cases in Europe rose more than 30 times last year.",
            [["equal", "Measles cases in Europe rose more than 30"], ["delete", "-fold"],
             ["insert", " times"], ["equal", " last year."]],
        ),
        (
            "While in March, a Russian leader was killed.",
            "In March, a Russian leader was killed.",
            [["delete", "While "], ["delete", "in"], ["insert", "In"],
             ["equal", " March, a Russian leader was killed."]],
        ),
    ],
)  # fmt: skip
def test_json_ops_are_the_plain_pieces(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, a: str, b: str, ops: list[list[str]]
) -> None:
    """The JSON ops cut the row where plain does, spaces included: "30[--fold-]{+ times+}"
    is a delete "-fold" and an insert " times" (was an insert " ", a delete and an
    insert "times"), and two changes side by side stay two."""
    pa, pb = pair(tmp_path, a, b)
    _c, out, _ = run(capsys, "diff", "--format", "json", pa, pb)
    assert json.loads(out)["rows"][0]["ops"] == ops
    _c, plain, _ = run(capsys, "diff", "--format", "plain", pa, pb)
    marks = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}
    written = "".join(marks[op].format(t) for op, t in ops)
    assert re.sub(r"\{[a-z]+\}", "", plain) == f"~ {written}\n"


async def test_filter_3_in_the_app_shows_a_source_changed_with_a_date(tmp_path: Path) -> None:
    """In the app, 3 (attribution) keeps the row whose change drops a date and changes
    the source, 2 (number) keeps it too, and the status line names both classes."""
    from newsdiff.tui.app import create_app
    from newsdiff.tui.widgets.header import StatusLine

    from .tui_helpers import ready

    a, b = SOURCE_AND_DATE[0]
    pa, pb = pair(tmp_path, f"{a} The toll rose to 300.", f"{b} The toll rose to 400.")
    app = create_app(pa, pb, store=tmp_path / "s.json", annotator="tester", advance=False)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await ready(pilot)
        await pilot.press("3")
        assert view.class_filter == "attribution"
        assert [m.row.a for m in view.rows] == [(0,)]
        await pilot.pause()
        status = app.query_one(StatusLine).changes
        assert status[0].startswith("number, attribution: The defence ministry said")
        await pilot.press("2")
        assert view.class_filter == "number" and len(view.rows) == 2
