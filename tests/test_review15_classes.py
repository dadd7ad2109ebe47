"""Outside review r15 of the change classes: a reporting verb only moved around its
source ("said Mayor Massimo Isola" -> "Mayor Massimo Isola said") read as an
attribution change; a negator against a verb that says the same not-doing ("did not
answer" -> "dodged") read as a negation. Each with the review's sentences."""

from __future__ import annotations

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
