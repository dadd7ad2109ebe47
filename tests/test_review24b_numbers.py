"""Review r24b finding A: three changes classed ``number`` that change no quantity, so
``--fail-on number`` exited 1 and filter 2 showed the row: a water spring read as the
season after "the" ("rolled into the [-well-]{+spring+}"), the generic pronoun "one"
("As one is accustomed to say") read as a count, and "At first" (at the start) read as
a rank. Each rule is fixed, not the words: "the" is no time word before a season word
that names other things too, "one" opening a clause before its verb is the pronoun,
an ordinal right after "at" ranks nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdiff.meaning.cues.numbers import numbers

PlainDiff = Callable[..., tuple[int, str]]


@pytest.mark.parametrize(
    ("a", "b", "row"),
    [
        # The reviewer's min/w1.txt, w2.txt; o1.txt, o2.txt; w5.txt, w6.txt.
        (
            "The golden ball rolled into the well and sank.",
            "The golden ball rolled into the spring and sank.",
            "~ The golden ball rolled into the [-well-]{+spring+}{rewording} and sank.\n",
        ),
        (
            "As people say of any king, he is in council.",
            "As one is accustomed to say of any king, he is in council.",
            "~ As [-people-]{+one is accustomed to+}{rewording} say of any king, he is in"
            " council.\n",
        ),
        (
            "At first she said nothing.",
            "She said nothing.",
            "~ [-At first -]{rewording}[-she-]{+She+}{variant} said nothing.\n",
        ),
    ],
)
def test_no_quantity_changed_is_no_number(plain_diff: PlainDiff, a: str, b: str, row: str) -> None:
    """The reviewer's three rows are no number change, and --fail-on number passes."""
    assert plain_diff(a, b)[1] == row
    assert plain_diff(a, b, "--fail-on", "number")[0] == 0


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The golden ball rolled into the spring and sank.", []),
        ("He lifted the ball out of the spring.", []),
        ("As one is accustomed to say of any king, he is in council.", []),
        ("If one looks closely, the seam shows.", []),
        ("At first she said nothing.", []),
        ("At first light the boats left.", []),
    ],
)
def test_the_examples_hold_no_number(text: str, found: list[str]) -> None:
    """A water spring, the generic "one" and "at first" are no number-like expression."""
    assert [n.text for n in numbers(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Near misses: a season after a time word, or with "the" where the word names
        # only a time; "one" counting; a rank.
        ("The talks were put off until the spring.", ["spring"]),
        ("Prices rose in the spring.", ["spring"]),
        ("Prices rose in spring.", ["spring"]),
        ("The spring of 1850 was cold.", ["spring", "1850"]),
        ("The talks dragged on into the summer.", ["summer"]),
        ("Tourism officials said bookings for the summer had not been affected.", ["summer"]),
        ("As one official said, the vote was over.", ["one"]),
        ("One is dead and two are hurt.", ["One", "two"]),
        ("More than one is needed.", ["one"]),
        ("She came first in the race.", ["first"]),
        ("He won at the first attempt.", ["first"]),
    ],
)
def test_near_misses_keep_their_numbers(text: str, found: list[str]) -> None:
    """A season after a time word, a counting "one" and a rank are found as before."""
    assert [n.text for n in numbers(text)] == found


def test_a_season_or_a_count_changed_is_still_a_number(plain_diff: PlainDiff) -> None:
    """Near misses in a pair: the season and the count change as before."""
    _code, out = plain_diff("Talks resume in the spring.", "Talks resume in the autumn.")
    assert out == "~ Talks resume in the [-spring-]{+autumn+}{number}.\n"
    _code, out = plain_diff("One is dead.", "Two are dead.")
    assert "{number}" in out
    _code, out = plain_diff("She came first.", "She came second.")
    assert out == "~ She came [-first-]{+second+}{number}.\n"
