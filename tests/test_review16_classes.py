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
from newsdiff.meaning.suggest import suggest_label

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


# 2. A unit of time swapped after a count.


@pytest.mark.parametrize(
    ("a", "b", "change"),
    [
        # unit/1, 2, 4, 5 and 7 of the review: were rewordings.
        ("He was sentenced to 10 years in prison.", "He was sentenced to 10 months in prison.",
         ("years", "months")),
        ("The talks lasted three weeks.", "The talks lasted three days.", ("weeks", "days")),
        ("The ban was extended for six months.", "The ban was extended for six years.",
         ("months", "years")),
        ("He was jailed for 10 years, the court said.", "He was jailed for 10 months, the court said.",
         ("years", "months")),
        ("The vote was delayed by a week.", "The vote was delayed by a month.", ("week", "month")),
        ("The work will take several months.", "The work will take several years.",
         ("months", "years")),
        ("The siege lasted a fortnight.", "The siege lasted a day.", ("fortnight", "day")),
        ("It ended 30 seconds later.", "It ended 30 minutes later.", ("seconds", "minutes")),
        # unit/0, 3 and 6: numbers already, and still.
        ("The road is 10 km long.", "The road is 10 miles long.", ("km", "miles")),
        ("The strike will last 48 hours.", "The strike will last 48 days.", ("hours", "days")),
        ("The project took two decades.", "The project took two years.", ("decades", "years")),
        ("It was the hottest day in a century.", "It was the hottest day in a decade.",
         ("century", "decade")),
    ],
)  # fmt: skip
def test_a_unit_of_time_swapped_after_a_count_is_a_number(
    a: str, b: str, change: tuple[str, str]
) -> None:
    assert row(a, b) == [(*change, ("number",))]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # The same span written another way stays a variant.
        ("He was jailed for 10 years.", "He was jailed for ten years.", [("10 years", "ten years", ("variant",))]),
        # A relative date was a number already.
        ("Talks were held last week.", "Talks were held last month.", [("week", "month", ("number",))]),
        # A unit that counts nothing is no quantity: "the week" is a date's word, not
        # a count of weeks.
        ("The week began badly.", "The month began badly.", [("week", "month", ("rewording",))]),
    ],
)  # fmt: skip
def test_units_of_time_elsewhere(
    a: str, b: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert row(a, b) == expected


# 3. A frame only moved, in a sentence whose clause also changed.

FRAME_A = "The closures will save about 2 million pounds a year, the council said."
FRAME_C = "The council said the closures will save as much as 2 million pounds a year."


def test_a_frame_moved_over_a_changed_clause_is_a_rewording_at_both_ends(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """frame_a/frame_c: both ends were `{attribution}` and --fail-on attribution
    exited 1, while the same move over an unchanged clause (frame_a/frame_b) is one
    rewording. The same source and verb: each end is a rewording, the hedge counts."""
    pa, pb = write_pair(tmp_path, FRAME_A + "\n", FRAME_C + "\n")
    code, out, _err = run_cli(capsys, "diff", "--format", "plain", pa, pb)
    assert out == (
        "~ The{+ council said the+}{rewording} closures will save [-about-]{+as much as+}"
        "{hedge} 2 million pounds a year[-, the council said-]{rewording}.\n"
    )
    assert run_cli(capsys, "diff", "--fail-on", "attribution", pa, pb)[0] == 0
    assert run_cli(capsys, "diff", "--fail-on", "hedge", pa, pb)[0] == 1


def test_a_frame_end_shared_with_a_date_is_cut_from_it() -> None:
    """wire6/reprint6 row 4: "Monday, the ministry said" -> "Tuesday" was one
    `{number}{attribution}` change and "The ministry said" an attribution change: the
    frame only moved (a rewording at both ends), the date changed (a number)."""
    found = row(
        "A vaccination campaign will begin on Monday, the ministry said.",
        "The ministry said a vaccination campaign would begin on Tuesday.",
    )
    assert ("", "The ministry said", ("rewording",)) in found
    assert ("Monday", "Tuesday", ("number",)) in found
    assert (", the ministry said", "", ("rewording",)) in found
    assert all("attribution" not in cls for _a, _b, cls in found)


@pytest.mark.parametrize(
    "b",
    [
        # Moved and changed: another verb, another source, still attribution.
        "The council claimed the closures will save as much as 2 million pounds a year.",
        "The mayor said the closures will save as much as 2 million pounds a year.",
    ],
)
def test_a_frame_moved_and_changed_stays_attribution(b: str) -> None:
    found = row(FRAME_A, b)
    assert ("about", "as much as", ("hedge",)) in found
    assert sum("attribution" in cls for _a, _b, cls in found) == 2


def test_a_frame_in_the_same_tense_or_another_is_the_same_frame() -> None:
    """ "the council says" -> "The council said": the verb in another tense."""
    found = row(FRAME_A.replace("said", "says"), FRAME_C)
    assert all("attribution" not in cls for _a, _b, cls in found)


# 4. A reporting frame added.


def test_an_added_source_with_an_aside_is_attribution() -> None:
    """corpus_dir/vaccine_trial -> excerpt_vaccine: "Oxford researchers say" added
    before a subject with an aside ("a new malaria vaccine, called R21, is") read as
    no reporting verb, so the change was a rewording."""
    tail = " vaccine, called R21, is the first to meet a World Health Organization target of 75% efficacy."
    assert changes("The" + tail, "Oxford researchers say a new malaria" + tail) == [
        ("The", "Oxford researchers say a new malaria", ("attribution",))
    ]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Oxford researchers say a new malaria vaccine, called R21, is the first of its kind.",
         "attribution"),
        ("Officials said the bridge, which opened in 2010, had cracks.", "attribution"),
        # No clause behind the aside: an object, not a claim.
        ("The company announced a new phone, called the X1, for children.", "fact"),
        ("The vaccine, called R21, is the first of its kind.", "fact"),
    ],
)  # fmt: skip
def test_an_aside_between_subject_and_verb(sentence: str, label: str) -> None:
    assert suggest_label(sentence)[0] == label
