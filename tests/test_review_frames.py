"""Change classes an outside review found misread: a negator beside a privative
paraphrase ("lost power" -> "were left without electricity") and a source moved from
the front of a sentence to an "according to" tail, each with its sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare

from .conftest import run_cli, write_pair

run = run_cli


def pair(tmp_path: Path, a: str, b: str) -> tuple[str, str]:
    return write_pair(tmp_path, a + "\n", b + "\n")


def changes(a: str, b: str) -> list[tuple[str, str, tuple[str, ...]]]:
    (row,) = compare(from_text(a, "a"), from_text(b, "b")).rows
    return [(c.a, c.b, c.classes) for c in row.changes]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Thousands of homes lost power.", "Thousands of homes were left without electricity."),
        ("The town lacks clean water.", "The town has no clean water."),
        ("The water is free of lead.", "The water contains no lead."),
        ("The homes have no power.", "The homes lost power."),
        ("The party lost the election.", "The party did not win the election."),
        ("The minister did not attend the summit.", "The minister failed to attend the summit."),
        ("The suspect was not armed.", "The suspect was unarmed."),
        # Neighbours: a prefix that says the absence, "short of".
        ("The storm hit without warning.", "The storm hit unexpectedly."),
        ("The hospital is short of staff.", "The hospital does not have enough staff."),
    ],
)
def test_a_negator_beside_a_privative_paraphrase_is_no_negation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, a: str, b: str
) -> None:
    """ "lost" and "left without", "lacks" and "has no", "failed to" and "did not" say
    the same absence: the negator negates nothing the other side asserts. A rewording,
    and --fail-on negation exits 0."""
    found = changes(a, b)
    assert found and all("negation" not in cls for _a, _b, cls in found)
    pa, pb = pair(tmp_path, a, b)
    assert run(capsys, "diff", "--format", "plain", "--fail-on", "negation", pa, pb)[0] == 0


def test_lost_power_is_one_rewording() -> None:
    assert changes("Thousands of homes lost power.", "Thousands of homes were left without electricity.") == [
        ("lost power", "were left without electricity", ("rewording",))
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The homes have power.", "The homes have no power."),
        ("Thousands of homes were left without power.", "Thousands of homes were not left without power."),
        ("Homes lost power.", "Homes did not lose power."),
        ("The minister failed to attend.", "The minister did not fail to attend."),
        ("The town lacks clean water.", "The town does not lack clean water."),
        ("The region was unstable.", "The region was not unstable."),
        ("The results were clear.", "The results were unclear."),
        ("The suspect was armed.", "The suspect was not armed."),
    ],
)  # fmt: skip
def test_a_negation_beside_a_privative_that_reverses_is_still_a_negation(a: str, b: str) -> None:
    """A negator that negates the privative ("not left without", "did not lose") or
    a claim with none ("have power" -> "have no power") still reverses what is said."""
    assert any("negation" in cls for _a, _b, cls in changes(a, b))


def test_a_privative_alone_reverses_as_an_opposite_does() -> None:
    """ "has" -> "lacks" reverses the claim as any opposite in its slot does ("rose" ->
    "fell"), and those are negations since review r16 (``opposites.reversal``)."""
    assert changes("The town has clean water.", "The town lacks clean water.") == [
        ("has", "lacks", ("negation",))
    ]


@pytest.mark.parametrize(
    ("a", "b", "whole"),
    [
        (
            "Fire officials said the blaze started in the kitchen.",
            "According to firefighters the blaze started in the kitchen.",
            ("Fire officials said", "According to firefighters"),
        ),
        (
            "Police said the suspect fled on foot.",
            "Officials claimed the suspect fled on foot.",
            ("Police said", "Officials claimed"),
        ),
        (
            "The minister did not comment.",
            "The minister declined to comment.",
            ("did not", "declined to"),
        ),
        # Three changes side by side (the source's capital is one of them), one frame.
        (
            "Rescuers said no survivors were found.",
            "According to rescuers, no survivors were found.",
            ("Rescuers said", "According to rescuers,"),
        ),
    ],
)
def test_a_reporting_frame_replaced_in_place_is_one_attribution_change(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, a: str, b: str, whole: tuple[str, str]
) -> None:
    """ "Fire officials said" -> "According to firefighters" is one change of who says
    it (was "Fire" -> "According", "officials" -> "to", "said" -> "firefighters"): one
    change in JSON, one class mark in plain, counted once by report."""
    assert changes(a, b) == [(*whole, ("attribution",))]
    pa, pb = pair(tmp_path, a, b)
    _c, plain, _ = run(capsys, "diff", "--format", "plain", pa, pb)
    assert plain.count("{attribution}") == 1
    _c, out, _ = run(capsys, "report", "--format", "json", pa, pb)
    assert json.loads(out)["classes"]["attribution"] == 1


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # Only the source, or only the verb: one change, as before.
        (
            "Police said the suspect fled on foot.",
            "Authorities said the suspect fled on foot.",
            [("Police", "Authorities", ("attribution",))],
        ),
        (
            "Officials said the talks had failed.",
            "Officials claimed the talks had failed.",
            [("said", "claimed", ("attribution",))],
        ),
        (
            "The minister said the talks in Istanbul had failed completely.",
            "The minister claimed the talks in Istanbul had failed completely.",
            [("said", "claimed", ("attribution",))],
        ),
        # A spinner's word-for-word swap outside any frame stays word for word.
        (
            "Vast locations of the country were flooded by the river.",
            "Huge areas of the country were flooded by the river.",
            [("Vast", "Huge", ("synonym",)), ("locations", "areas", ("rewording",))],
        ),
    ],
)
def test_a_frame_joins_only_its_own_words(
    a: str, b: str, found: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert changes(a, b) == found


FRONT = "Fire officials said the blaze started in the kitchen."
TAIL = "The blaze started in the kitchen, according to firefighters."


def test_a_frame_moved_to_an_according_to_tail_is_one_attribution_change(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The reviewer's pair: one attribution change, drawn in two parts with the kept
    clause between (was "Fire officials said" deleted, "the" -> "The" a variant and
    ", according to firefighters" inserted): plain, JSON and report alike."""
    pa, pb = pair(tmp_path, FRONT, TAIL)
    _c, plain, _ = run(capsys, "diff", "--format", "plain", pa, pb)
    assert plain == (
        "~ [-Fire officials said the-]{+The+} blaze started in the kitchen"
        "{+, according to firefighters+}{attribution}.\n"
    )
    _c, out, _ = run(capsys, "diff", "--format", "json", pa, pb)
    (row,) = json.loads(out)["rows"]
    assert row["ops"] == [
        ["delete", "Fire officials said the"],
        ["insert", "The"],
        ["equal", " blaze started in the kitchen"],
        ["insert", ", according to firefighters"],
        ["equal", "."],
    ]
    (change,) = row["changes"]
    assert change["class"] == "attribution" and "also" not in change
    assert change["a"] == FRONT[:-1] and change["b"] == TAIL[:-1]
    assert change["parts"] == [[0, 23, 0, 3], [52, 52, 32, 59]]
    _c, out, _ = run(capsys, "report", "--format", "json", pa, pb)
    classes = json.loads(out)["classes"]
    assert classes["attribution"] == 1 and sum(classes.values()) == 1
    _c, text, _ = run(capsys, "report", pa, pb)
    assert '1   "Fire officials said the" -> "The … , according to firefighters"' in text
    assert run(capsys, "diff", "--format", "plain", "--only", "variant", pa, pb)[1] == ""
    assert run(capsys, "diff", "--format", "plain", "--only", "attribution", pa, pb)[1] == plain
    assert run(capsys, "diff", "--format", "plain", "--fail-on", "variant", pa, pb)[0] == 0
    assert run(capsys, "diff", "--format", "plain", "--fail-on", "attribution", pa, pb)[0] == 1


def test_the_app_marks_the_parts_of_a_moved_frame_not_the_kept_clause() -> None:
    from newsdiff.tui.layout import _side_spans

    (row,) = compare(from_text(FRONT, "a"), from_text(TAIL, "b")).rows
    marked_a = [(FRONT[x:y], cls) for x, y, cls in _side_spans(row, "a")]
    marked_b = [(TAIL[x:y], cls) for x, y, cls in _side_spans(row, "b")]
    assert marked_a == [("Fire officials said the", "attribution")]
    assert marked_b == [("The", "attribution"), (", according to firefighters", "attribution")]


@pytest.mark.parametrize(
    ("a", "b", "cls"),
    [
        # The tail moved to the front, the source changed.
        (
            "The blaze started in the kitchen, fire officials said.",
            "According to firefighters, the blaze started in the kitchen.",
            ("attribution",),
        ),
        (
            "Police said the suspect fled on foot.",
            "The suspect fled on foot, authorities said.",
            ("attribution",),
        ),
        (
            "Police said the suspect fled on foot.",
            "The suspect fled on foot, according to police.",
            ("attribution",),
        ),
        # A frame that drops a date too: one change of both classes.
        (
            "Fire officials said on Monday the blaze started in the kitchen.",
            "The blaze started in the kitchen, according to firefighters.",
            ("number", "attribution"),
        ),
        # The same source and verb, only moved: word order, no change of who says it.
        (
            "Officials said the blaze started in the kitchen.",
            "The blaze started in the kitchen, officials said.",
            ("rewording",),
        ),
        (
            "According to police, the suspect fled on foot.",
            "The suspect fled on foot, according to police.",
            ("rewording",),
        ),
        (
            '"The talks have failed," the minister said.',
            'The minister said: "The talks have failed."',
            ("rewording",),
        ),
    ],
)
def test_a_moved_frame_is_one_change(a: str, b: str, cls: tuple[str, ...]) -> None:
    (change,) = compare(from_text(a, "a"), from_text(b, "b")).rows[0].changes
    assert change.classes == cls and len(change.parts) == 2


def test_a_moved_frame_keeps_a_change_inside_the_clause_apart() -> None:
    """A number changed in the framed clause is its own change: the frame does not
    swallow it (and, with a change between them, the two frame edits stay two)."""
    found = changes(
        "Police said 300 people fled the town.",
        "The 400 people fled the town, according to police.",
    )
    assert [c for _a, _b, c in found] == [("number", "attribution"), ("attribution",)]
    found = changes(
        "Fire officials said the blaze may have started in the kitchen.",
        "The blaze started in the kitchen, according to firefighters.",
    )
    assert [c for _a, _b, c in found] == [
        ("attribution",), ("variant",), ("hedge",), ("attribution",)
    ]  # fmt: skip


async def test_the_app_counts_and_shows_a_moved_frame_once(tmp_path: Path) -> None:
    """In the app, 3 (attribution) keeps the row, 5 (variant) finds no row (the
    capital that moved is part of the frame), and the status line shows the one
    change by its parts."""
    from newsdiff.tui.app import create_app
    from newsdiff.tui.widgets.header import StatusLine

    from .tui_helpers import ready

    pa, pb = pair(tmp_path, f"{FRONT} The toll rose to 300.", f"{TAIL} The toll rose to 400.")
    app = create_app(pa, pb, store=tmp_path / "s.json", annotator="tester", advance=False)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await ready(pilot)
        await pilot.press("3")
        assert view.class_filter == "attribution"
        assert [m.row.a for m in view.rows] == [(0,)]
        await pilot.pause()
        status = app.query_one(StatusLine).changes
        assert status == (
            "attribution: Fire officials said the → The … , according to firefighters",
        )
        await pilot.press("5")  # no row has a variant: the filter stays on 3
        assert view.class_filter == "attribution"


# A negated word against its antonym on the other side says the same thing: no negation.
def classes(a: str, b: str) -> set[str]:
    return {kind for _a, _b, cls in changes(a, b) for kind in cls}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The council did not approve the plan.", "The council rejected the plan."),
        ("The jury found he was not guilty.", "The jury found he was innocent."),
        ("The court did not accept the appeal.", "The court refused the appeal."),
        ("He was not alive when found.", "He was dead when found."),
        ("The council approved the plan.", "The council did not reject the plan."),
    ],
)
def test_a_negated_word_against_its_antonym_is_no_negation(a: str, b: str) -> None:
    assert "negation" not in classes(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The council approved the plan.", "The council did not approve the plan."),
        ("He was alive when found.", "He was not alive when found."),
        ("The council rejected the plan.", "The council did not reject the plan."),
    ],
)
def test_a_negation_of_the_same_word_still_is_negation(a: str, b: str) -> None:
    assert "negation" in classes(a, b)
