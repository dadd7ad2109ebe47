"""Outside review r16 of the change classes: a word replaced by its opposite ("rose" ->
"fell", "voted for" -> "voted against") read as a rewording; a unit of time swapped
after a count ("10 years" -> "10 months") read as a rewording; a reporting frame only
moved, in a row whose clause also changed, counted as two attribution changes; an
added reporting frame ("Oxford researchers say") read as a rewording. Each with the
review's sentences, and guards that the nearby readings stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.article import from_text
from newsdiff.core.worddiff import diff_words
from newsdiff.meaning.classify import row_changes
from newsdiff.meaning.compare import compare
from newsdiff.meaning.options import loose_key

from .conftest import run_cli, write_pair


def changes(a: str, b: str) -> list[tuple[str, str, tuple[str, ...]]]:
    (row,) = compare(from_text(a, "a"), from_text(b, "b")).rows
    return [(c.a, c.b, c.classes) for c in row.changes]


def row(a: str, b: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """The changes of one row, its two sides given (short sentences the aligner might
    not pair)."""
    return [(c.a, c.b, c.classes) for c in row_changes(diff_words(a, b, key=loose_key))]


# 1. A reversal.

FLIP_A = (
    "Unemployment rose to 4.2% in June, the statistics office said.\n\n"
    "The senator voted for the bill on Tuesday.\n\n"
    "The former mayor was convicted of fraud on Monday.\n\n"
    "Prices increased by 3 per cent last year.\n"
)
FLIP_B = (
    "Unemployment fell to 4.2% in June, the statistics office said.\n\n"
    "The senator voted against the bill on Tuesday.\n\n"
    "The former mayor was acquitted of fraud on Monday.\n\n"
    "Prices decreased by 3 per cent last year.\n"
)


def test_a_word_for_its_opposite_is_a_negation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """flip_a/flip_b: each reversal was `{rewording}` and `--fail-on
    number,attribution,negation` exited 0. A direction of change next to a figure
    turns the figure's sign too: negation and number."""
    pa, pb = write_pair(tmp_path, FLIP_A, FLIP_B)
    code, out, _err = run_cli(capsys, "diff", "--format", "plain", pa, pb)
    assert out == (
        "~ Unemployment [-rose-]{+fell+}{negation}{number} to 4.2% in June, the "
        "statistics office said.\n"
        "~ The senator voted [-for-]{+against+}{negation} the bill on Tuesday.\n"
        "~ The former mayor was [-convicted-]{+acquitted+}{negation} of fraud on Monday.\n"
        "~ Prices [-increased-]{+decreased+}{negation}{number} by 3 per cent last year.\n"
    )
    assert run_cli(capsys, "diff", "--fail-on", "number,attribution,negation", pa, pb)[0] == 1
    assert run_cli(capsys, "diff", "--fail-on", "negation", pa, pb)[0] == 1


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # cls/30 and cls/33 of the review.
        ("The government rejected the proposal.", "The government accepted the proposal.",
         ("negation",)),
        ("He was arrested on Friday.", "He was released on Friday.", ("negation",)),
        ("Shares were up 3% on Monday.", "Shares were down 3% on Monday.",
         ("negation", "number")),
        ("The company gained 200 points.", "The company lost 200 points.",
         ("negation", "number")),
        ("Shares closed 3% higher.", "Shares closed 3% lower.", ("negation", "number")),
        ("The talks ended before the vote.", "The talks ended after the vote.",
         ("negation",)),
        # A direction of change beside a date, not a figure: no number.
        ("Prices rose in June.", "Prices fell in June.", ("negation",)),
        # A privative for its positive in the same slot reverses the claim too.
        ("The town has clean water.", "The town lacks clean water.", ("negation",)),
        ("The minister admitted taking the money.", "The minister denied taking the money.",
         ("negation", "attribution")),
    ],
)  # fmt: skip
def test_reversals(a: str, b: str, expected: tuple[str, ...]) -> None:
    (change,) = changes(a, b)
    assert change[2] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # Both sides assert the same: no reversal.
        ("The council did not approve the plan.", "The council rejected the plan.",
         ("rewording",)),
        ("He was not guilty.", "He was innocent.", ("synonym",)),
        ("The town lost power.", "The town was left without electricity.", ("rewording",)),
        ("The town lacks clean water.", "The town has no clean water.", ("rewording",)),
        # Spin by synonyms stays a synonym.
        ("The massacred soldiers were buried.", "The slaughtered soldiers were buried.",
         ("synonym",)),
        # WordNet opposes the postures and the sexes, not what news says with them.
        ("Peru sits on the Pacific Ring of Fire.", "Peru lies on the Pacific Ring of Fire.",
         ("rewording",)),
        ("The victim was a boy.", "The victim was a girl.", ("rewording",)),
        # An ordinal is a number's change, not a reversal ("first" -> "second").
        ("It was the first attack.", "It was the second attack.", ("number",)),
        # A negator added still is one.
        ("The council approved the plan.", "The council did not approve the plan.",
         ("negation",)),
    ],
)  # fmt: skip
def test_no_reversal(a: str, b: str, expected: tuple[str, ...]) -> None:
    (change,) = row(a, b)
    assert change[2] == expected
