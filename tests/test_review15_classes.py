"""Outside review r15 of the change classes: a reporting verb only moved around its
source ("said Mayor Massimo Isola" -> "Mayor Massimo Isola said") read as an
attribution change; a negator against a verb that says the same not-doing ("did not
answer" -> "dodged") read as a negation; and a weak link, told twice, still classed,
filtered and failed on (issue 11, item 3). Each with the review's sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare

from .conftest import run_cli, write_pair

QUOTE = '"We have never seen anything like this,"'


def pair(tmp_path: Path, a: str, b: str) -> tuple[str, str]:
    return write_pair(tmp_path, a + "\n", b + "\n")


def changes(a: str, b: str) -> list[tuple[str, str, tuple[str, ...]]]:
    (row,) = compare(from_text(a, "a"), from_text(b, "b")).rows
    return [(c.a, c.b, c.classes) for c in row.changes]


# 1. A reporting frame only reordered.


def test_a_verb_moved_round_its_source_is_a_rewording(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """inv1_a/inv1_b: `"…," said Mayor Massimo Isola.` -> `"…," Mayor Massimo Isola
    said.` was `[-said -]Mayor Massimo Isola{+ said+}{attribution}`, report counted
    `attribution 1 "said" -> "said"` and --fail-on attribution exited 1. The same
    source and verb, only reordered: a rewording, as "X, officials said." is."""
    pa, pb = pair(
        tmp_path, f"{QUOTE} said Mayor Massimo Isola.", f"{QUOTE} Mayor Massimo Isola said."
    )
    code, out, _err = run_cli(capsys, "diff", "--format", "plain", pa, pb)
    assert out == f"~ {QUOTE} [-said -]Mayor Massimo Isola{{+ said+}}{{rewording}}.\n"
    assert code == 1
    _code, out, _err = run_cli(capsys, "report", pa, pb)
    assert "attribution" not in out and '  rewording       1   "said" -> "said"' in out
    assert run_cli(capsys, "diff", "--fail-on", "attribution", pa, pb)[0] == 0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (f"{QUOTE} says Mayor Massimo Isola.", f"{QUOTE} Mayor Massimo Isola says."),
        (f"{QUOTE} said Mayor Massimo Isola.", f"{QUOTE} Mayor Massimo Isola says."),
        ('"It is over," said the mayor.', '"It is over," the mayor said.'),
        ("The bridge will close on Friday, said officials.", "The bridge will close on Friday, officials said."),
    ],
)  # fmt: skip
def test_the_same_verb_moved_within_its_frame_is_no_attribution_change(a: str, b: str) -> None:
    """said X / X said, says X / X says (and the tense, as ever, a rewording)."""
    assert [cls for _a, _b, cls in changes(a, b)] == [("rewording",)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (f"{QUOTE} said Mayor Massimo Isola.", f"{QUOTE} Mayor Massimo Isola claimed."),
        (f"{QUOTE} said Mayor Massimo Isola.", f"{QUOTE} Massimo Isola said."),
        ("The bridge will close on Friday, said officials.", "The bridge will close on Friday, police said."),
        ("Fire officials said the blaze started in the kitchen.", "The blaze started in the kitchen, according to firefighters."),
    ],
)  # fmt: skip
def test_a_frame_moved_and_changed_stays_an_attribution_change(a: str, b: str) -> None:
    """Another verb or another source as the frame moves is still who says it."""
    assert [cls for _a, _b, cls in changes(a, b)] == [("attribution",)]


# 2. A verb that says the same absence as a negator.

NEG_A = [
    "The senator did not attend the hearing.",
    "The company did not pay its taxes.",
    "The minister did not answer the question.",
]
NEG_B = [
    "The senator missed the hearing.",
    "The company avoided paying its taxes.",
    "The minister dodged the question.",
]


def test_a_verb_of_not_doing_against_a_negator_is_no_negation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """neg_a/neg_b: "did not pay" -> "avoided paying" and "did not answer" -> "dodged"
    were {negation}: each side says the action was not done."""
    pa, pb = write_pair(tmp_path, "\n\n".join(NEG_A) + "\n", "\n\n".join(NEG_B) + "\n")
    _code, out, _err = run_cli(capsys, "diff", "--format", "plain", pa, pb)
    assert out.splitlines() == [
        "~ The senator [-did not attend-]{+missed+}{rewording} the hearing.",
        "~ The company [-did not pay-]{+avoided paying+}{rewording} its taxes.",
        "~ The minister [-did not answer-]{+dodged+}{rewording} the question.",
    ]
    assert run_cli(capsys, "diff", "--fail-on", "negation", pa, pb)[0] == 0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The senator did not attend the hearing.", "The senator skipped the hearing."),
        ("The senators do not attend the hearings.", "The senators skip the hearings."),
        ("He is not attending the hearings.", "He is skipping the hearings."),
        ("The company does not pay its taxes.", "The company evades its taxes."),
        ("The minister did not answer the question.", "The minister ducked the question."),
        ("The minister did not answer the question.", "The minister sidestepped the question."),
        ("The minister did not answer the question.", "The minister ignored the question."),
        ("The party did not take part in the vote.", "The party boycotted the vote."),
        ("The party did not vote.", "The party abstained from voting."),
        ("The party did not vote.", "The party refrained from voting."),
        ("She did not mention the deficit.", "She omitted the deficit."),
        ("She did not mention the deficit.", "She forgot to mention the deficit."),
        ("He did not take his bonus.", "He forgoes his bonus."),
        ("They did not pay the grant.", "They withheld the grant."),
        ("They did not meet the minister.", "They shunned the minister."),
        ("They did not meet the minister.", "They snubbed the minister."),
    ],
)
def test_every_inflection_of_a_verb_of_not_doing_is_a_privative(a: str, b: str) -> None:
    assert "negation" not in {k for _a, _b, cls in changes(a, b) for k in cls}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The senator attended the hearing.", "The senator did not attend the hearing."),
        ("The senator missed the hearing.", "The senator did not miss the hearing."),
        ("He skipped the hearing.", "He did not skip the hearing."),
        ("He dodged the question.", "He did not dodge the question."),
    ],
)
def test_a_negator_added_to_either_still_is_a_negation(a: str, b: str) -> None:
    """ "attended" -> "did not attend" reverses it; so does "missed" -> "did not miss"
    (the privative on one side, privative and negator on the other)."""
    assert [cls for _a, _b, cls in changes(a, b)] == [("negation",)]


# 3. A weak link is drawn, in no class.

WIRE = """Flood waters force thousands from homes in northern Italy

BOLOGNA, Italy (AP) — Torrential rain sent rivers over their banks across the Emilia-Romagna region on Tuesday, forcing more than 13,000 people to leave their homes, officials said.

At least nine people have died, the regional civil protection agency said in a statement. Rescuers were still searching for two missing farmers near Faenza.

"We have never seen anything like this," said Mayor Massimo Isola. "The water came up in minutes."

Prime Minister Giorgia Meloni said the government would declare a state of emergency. She said the cabinet would meet on Thursday to approve 20 million euros in aid.

Experts said the damage could reach 5 billion euros. The Formula One race in Imola, scheduled for Sunday, was cancelled.

Dr. Paola Ricci of the University of Bologna said climate change made such storms more likely. Snap! went the levee near Lugo, one witness told reporters.

The region had been in drought for months before the rain began.
"""  # noqa: E501
WEAK_A = "Experts said the damage could reach 5 billion euros."
WEAK_B = "Insurers said claims had already topped 300 million euros, officials told Reuters."
WK_B = WIRE.replace(WEAK_A, WEAK_B).replace(
    "The region had been in drought for months before the rain began.",
    "Tourism officials said bookings for the summer had not been affected.",
)
WEAK_LINE = (
    "~ [-Experts-]{+Insurers+} said [-the damage could reach 5 billion-]{+claims had already "
    "topped 300 million+} euros{+, officials told Reuters+}.  (weak link: not classed)"
)


def test_a_weak_link_carries_no_class_in_any_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """wire.txt / wk_b.txt: row A#9 (similarity 0.125, "sure": false) was classed
    attribution, number + hedge and attribution, and --only attribution showed it. It
    is drawn as before, its ops kept, but no class, filter or count sees it."""
    pa, pb = write_pair(tmp_path, WIRE, WK_B)
    _code, out, _err = run_cli(capsys, "diff", "--format", "json", pa, pb)
    (row,) = [r for r in json.loads(out)["rows"] if r["a"] == [8]]
    assert row["similarity"] == 0.125 and row["sure"] is False
    assert row["changes"] == [] and row["quote_altered"] is False
    assert ["delete", "Experts"] in row["ops"] and ["insert", "Insurers"] in row["ops"]
    _code, out, _err = run_cli(capsys, "diff", "--format", "plain", pa, pb)
    assert WEAK_LINE in out.splitlines() and "{" + "attribution}" not in out
    _code, out, _err = run_cli(
        capsys, "diff", "--color", "never", "--width", "160", "--format", "rich", pa, pb
    )
    assert "[-Experts-]" in out and "(weak link: not classed)" in out
    assert "{attribution}" not in out and "{number}" not in out
    for cls in ("attribution", "number", "hedge"):
        code, out, _err = run_cli(capsys, "diff", "--format", "plain", "--only", cls, pa, pb)
        assert out == ""
        assert run_cli(capsys, "diff", "--fail-on", cls, pa, pb)[0] == 0
        assert run_cli(capsys, "report", "--fail-on", cls, pa, pb)[0] == 0
    _code, out, _err = run_cli(capsys, "report", "--format", "json", pa, pb)
    rep = json.loads(out)
    assert set(rep["classes"].values()) == {0} and rep["spin"] == []
    # Counted on its own (review r22b finding 2), not among the changed rows.
    assert rep["substitutions"] == [] and rep["rows"]["changed"] == 0
    assert rep["rows"]["weak"] == 1
    _code, out, _err = run_cli(capsys, "report", pa, pb)
    assert "What changed: 0 changes" in out


def test_a_weak_row_is_drawn_in_no_class_in_the_app() -> None:
    """The app's marks: the weak row's changed words are marked, with no class (its
    colour and its filter), and the status line says it is not classed."""
    from newsdiff.tui.layout import build_rows, piece_spans
    from newsdiff.tui.status import WEAK, change_texts

    cmp = compare(from_text(WIRE, "a"), from_text(WK_B, "b"))
    (model,) = [m for m in build_rows(cmp) if m.row.a == (8,)]
    assert not model.row.sure and model.row.classes() == set() and model.row.drawn
    marks = [s for spans in piece_spans(model, "b") for s in spans]
    assert marks and all(mark == "insert" and cls is None for _s, _e, mark, cls in marks)
    assert change_texts(model) == (WEAK,)
    assert not any(r.classes() for r in cmp.rows)


async def test_the_apps_class_filters_find_no_weak_row(tmp_path: Path) -> None:
    """Filters 1 to 7 count no weak link: with only a weak row changed, none turns on."""
    from newsdiff.tui.app import create_app

    from .tui_helpers import ready

    pa, pb = write_pair(tmp_path, WIRE, WK_B)
    app = create_app(pa, pb, store=tmp_path / "s.json", annotator="tester", advance=False)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await ready(pilot)
        for key in "1234567":
            await pilot.press(key)
            assert view.class_filter is None


def test_a_sure_row_keeps_its_classes() -> None:
    """The same rewrite with a run of three words shared is a sure link, classed."""
    a = "Experts said the damage could reach 5 billion euros in the region."
    b = "Insurers said the damage could reach 300 million euros in the region."
    (row,) = compare(from_text(a, "a"), from_text(b, "b")).rows
    assert row.sure and {"attribution", "number"} <= row.classes()
