"""Review r21b finding 13: two words run together into no word ("next week" ->
"nextweek", or joined by a zero-width space) are a variant, as ac0beee made
"next\\tw\\u00adeek" one, not a number change; words that join into another word stay
changes."""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The reviewer's ($R/seg/ws_*3, ws_*6, ws_b2): each was {number}.
        ("Talks resume next week.", "Talks resume nextweek."),
        ("Talks resume next month.", "Talks resume nextmonth."),
        ("Talks resume next week.", "Talks resume next\u200bweek."),
        ("The ministers will meet again next Tuesday in Brussels.",
         "The ministers will meet again nextTuesday in Brussels."),
    ],
)  # fmt: skip
def test_a_space_lost_is_a_variant(
    plain_diff: Callable[..., tuple[int, str]], a: str, b: str
) -> None:
    code, out = plain_diff(a, b)
    assert code == 1 and "{variant}" in out and "{number}" not in out, out
    assert plain_diff(a, b, "--fail-on", "number")[0] == 0


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # Joined into a word of its own: another word, no spacing.
        ("The plan is a part of the broader deal signed in Geneva on Friday.",
         "The plan is apart of the broader deal signed in Geneva on Friday.", "rewording"),
        ("Talks may be held in Geneva next week, officials said on Friday.",
         "Talks maybe held in Geneva next week, officials said on Friday.", "synonym"),
        # Figures run together are another figure.
        ("The vote was 5 0 in favour of the plan, officials said.",
         "The vote was 50 in favour of the plan, officials said.", "number"),
        # A letter more, not a space less.
        ("Talks resume next week, officials said.", "Talks resume next weeks, officials said.",
         "number"),
    ],
)  # fmt: skip
def test_words_joined_into_a_word_stay_a_change(
    plain_diff: Callable[..., tuple[int, str]], a: str, b: str, kind: str
) -> None:
    code, out = plain_diff(a, b)
    assert code == 1 and f"{{{kind}}}" in out and "{variant}" not in out, out
