"""Review r24e findings 1 and 2, regressions of ddaa90c: "at first" and the generic
"one" count nothing in their sentence, so "at [-first-]{+second+} reading" and "if
[-one-]{+two+} are released" were ``synonym`` and ``--fail-on number`` exited 0. A
number put in the place of another, each alone in its side of the change, is a count
changed; one written another way ("first" -> "1st") is the same count."""

from __future__ import annotations

from collections.abc import Callable

import pytest

PlainDiff = Callable[..., tuple[int, str]]


@pytest.mark.parametrize(
    ("a", "b", "row"),
    [
        # The reviewer's cases/first_reading_a.txt, _b.txt (novinite.com, 2019-04-04).
        (
            "The European Parliament adopted at first reading changes to the Mobility"
            " package, reported NOVA TV.",
            "The European Parliament adopted at second reading changes to the Mobility"
            " package, reported NOVA TV.",
            "~ The European Parliament adopted at [-first-]{+second+}{number} reading changes"
            " to the Mobility package, reported NOVA TV.\n",
        ),
        (
            "At first glance the figures look good.",
            "At second glance the figures look good.",
            "~ At [-first-]{+second+}{number} glance the figures look good.\n",
        ),
        (
            "He ranked at first in the world in 2019.",
            "He ranked at third in the world in 2019.",
            "~ He ranked at [-first-]{+third+}{number} in the world in 2019.\n",
        ),
        # cases/n5a.txt, n5b.txt: "one" replaced by a number word is a count.
        (
            "Of the two hostages, if one is released, talks will resume.",
            "Of the three hostages, if two are released, talks will resume.",
            "~ Of the [-two-]{+three+}{number} hostages, if [-one-]{+two+}{number}"
            " [-is-]{+are+}{rewording} released, talks will resume.\n",
        ),
    ],
)
def test_a_number_for_another_is_a_number_change(
    plain_diff: PlainDiff, a: str, b: str, row: str
) -> None:
    """An ordinal for an ordinal, "one" for "two": a number change, and --fail-on fails."""
    assert plain_diff(a, b)[1] == row
    assert plain_diff(a, b, "--fail-on", "number")[0] == 1


@pytest.mark.parametrize(
    ("a", "b", "row"),
    [
        # Near misses (ddaa90c's own): "at first" and the generic "one" changed by other
        # words still count nothing.
        (
            "At first she said nothing.",
            "She said nothing.",
            "~ [-At first -]{rewording}[-she-]{+She+}{variant} said nothing.\n",
        ),
        (
            "At first she said nothing.",
            "At first he said nothing.",
            "~ At first [-she-]{+he+}{rewording} said nothing.\n",
        ),
        (
            "As people say of any king, he is in council.",
            "As one is accustomed to say of any king, he is in council.",
            "~ As [-people-]{+one is accustomed to+}{rewording} say of any king, he is in"
            " council.\n",
        ),
    ],
)
def test_uncounted_words_changed_otherwise_stay_uncounted(
    plain_diff: PlainDiff, a: str, b: str, row: str
) -> None:
    assert plain_diff(a, b)[1] == row
    assert plain_diff(a, b, "--fail-on", "number")[0] == 0


def test_first_for_1st_is_still_the_same_rank(plain_diff: PlainDiff) -> None:
    """The same rank written another way is no count changed: "at first" counted
    nothing and "at 1st" did, so ddaa90c made this a number change (was variant)."""
    _code, out = plain_diff("He finished at first place.", "He finished at 1st place.")
    assert out == "~ He finished at [-first-]{+1st+}{variant} place.\n"
