"""Review r24d finding 1: two quoted sentences joined into one quotation (or one split
in two) is no attribution change: the same speaker's words, still quoted. Without the
quotation marks the same join was a rewording already."""

from __future__ import annotations

from collections.abc import Callable

import pytest

MAYOR = "The mayor spoke on Monday. "
Diff = Callable[..., tuple[int, str]]


def test_two_quoted_sentences_joined_are_a_rewording(plain_diff: Diff) -> None:
    # The review's cases/merge/e.txt and f.txt: '[-." "-]{+, and +}{attribution}'.
    _code, out = plain_diff(
        MAYOR + '"The plant will close." "It employs 300 people."',
        MAYOR + '"The plant will close, and it employs 300 people."',
    )
    assert '"The plant will close[-." "-]{+, and +}{rewording}' in out
    assert "{attribution}" not in out


def test_the_split_and_a_named_speaker_are_one_too(plain_diff: Diff) -> None:
    # cases/merge/b.txt -> a.txt: the same quotation split in two.
    _code, out = plain_diff(
        'Colin Asplin said: "We have tried very hard." "Obviously we have failed in that, '
        'and I just hope Manchester can handle the crowds."',
        'Colin Asplin said: "We have tried very hard." "Obviously we have failed in that." '
        '"I just hope Manchester can handle the crowds."',
    )
    assert '[-, and -]{+." "+}{rewording}' in out
    assert "{attribution}" not in out


def test_without_quotation_marks_it_was_a_rewording_already(plain_diff: Diff) -> None:
    _code, out = plain_diff(
        MAYOR + "The plant will close. It employs 300 people.",
        MAYOR + "The plant will close, and it employs 300 people.",
    )
    assert "[-.-]{+, and+}{rewording}" in out


def test_a_change_beside_the_join_keeps_its_own_class(plain_diff: Diff) -> None:
    _code, out = plain_diff(
        '"The plant will close." "It employs 300 people."',
        '"The plant will close, and it employs 600 people."',
    )
    assert "{+, and +}{rewording}" in out
    assert "[-300-]{+600+}{number}" in out
    assert "{attribution}" not in out


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        # Near misses: who speaks, or whether it is quoted, still changes.
        (
            '"The plant will close," the mayor told reporters.',
            '"The plant will close," the mayor claimed.',
            "[-told reporters-]{+claimed+}{attribution}",
        ),
        (
            '"The plant will close soon." "It employs 300 people."',
            "The plant will close soon. It employs 300 people.",
            '[-"-]{attribution}The plant will close soon.[-"-]{attribution}',
        ),
        (
            '"The plant will close." "It employs 300 people."',
            '"The plant will close," and it employs 300 people.',
            '[-"-]{+and +}{attribution}',
        ),
        (
            '"The plant will close and it will employ nobody," he said.',
            "He said the plant would close and it would employ nobody.",
            'nobody[-," he said-]{attribution}',
        ),
    ],
)
def test_near_misses_stay_attribution(plain_diff: Diff, a: str, b: str, shown: str) -> None:
    _code, out = plain_diff(a, b)
    assert shown in out
