"""Change classes of review r23a (a new user on real news): findings 2-4."""

from __future__ import annotations

from collections.abc import Callable

import pytest


def test_the_means_of_telling_between_who_was_told_and_the_content(
    plain_diff: Callable[..., tuple[int, str]],
) -> None:
    """Finding 2: "told Reuters by phone" -> "told the BBC by phone" was rewording
    (``--fail-on attribution`` exited 0), as "told Reuters on Monday" -> "told the BBC"
    was not; so was the reprint's "... told Reuters by telephone." -> "... told the
    Associated Press by telephone."."""
    code, out = plain_diff(
        "The officer told Reuters by phone that the town was flooded.",
        "The officer told the BBC by phone that the town was flooded.",
        "--fail-on",
        "attribution",
    )
    assert code == 1 and "{+the BBC+}{attribution}" in out
    _code, out = plain_diff(
        "“It was very strong,” police officer Pedro Ramon Moreno told Reuters by telephone.",
        "“It was very strong,” police officer Pedro Ramon Moreno told the Associated Press "
        "by telephone.",
    )
    assert "{+the Associated Press+}{attribution}" in out


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The officer told Reuters by phone that the town was flooded.",
            "The officer told Reuters by email that the town was flooded.",
        ),
        (
            "The town was cut off by floods on Monday.",
            "The town was cut off by landslides on Monday.",
        ),
    ],
)
def test_near_miss_the_means_changed_and_not_who_was_told(
    plain_diff: Callable[..., tuple[int, str]], a: str, b: str
) -> None:
    """The same source told by other means, and "by" as an agent: no attribution."""
    code, out = plain_diff(a, b, "--fail-on", "attribution")
    assert code == 0 and "{attribution}" not in out
