"""Outside review r17a of the attribution change class (``--fail-on attribution`` must
mean that who says what changed): a speaker swapped before "added" read as a
rewording; attribution raised where nobody's words or source changed (a capital
only, a quote turned into reported speech counted twice, a split or merge that keeps
the same source and verb). Each with the review's sentences, and a near miss that
must keep its reading."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.worddiff import diff_words
from newsdiff.meaning.classify import row_changes
from newsdiff.meaning.options import loose_key

from .conftest import run_cli, write_pair


def row(a: str, b: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """The changes of one row, its two sides given."""
    return [(c.a, c.b, c.classes) for c in row_changes(diff_words(a, b, key=loose_key))]


# 6. A speaker swapped before "added".

ADDED_A = 'He added: "History settles every account."'
ADDED_B = 'Schumer added: "History settles every account."'


@pytest.mark.parametrize(
    ("a", "b", "was", "now"),
    [
        (ADDED_A, ADDED_B, "He", "Schumer"),  # attr/t20, p7
        ('McConnell added: "History settles every account."', ADDED_B, "McConnell", "Schumer"),
        ("He added that the plan had failed.", "Schumer added that the plan had failed.", "He", "Schumer"),
        ('He continued: "The plan failed."', 'Schumer continued: "The plan failed."', "He", "Schumer"),
    ],
)  # fmt: skip
def test_a_speaker_swapped_before_added_is_attribution(a: str, b: str, was: str, now: str) -> None:
    """attr/t20, attr/t42: 'He added: "..."' -> 'Schumer added: "..."' was
    `{rewording}`; '"...," he added' and 'He warned:' already were attribution. The
    source before a verb that a pattern finds ("added:", a colon's quotation) is part
    of its cue, as it is of every other reporting verb's."""
    assert row(a, b) == [(was, now, ("attribution",))]


def test_a_speaker_swapped_before_added_fails_the_diff(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`--fail-on attribution` exited 0 on attr/t20."""
    pa, pb = write_pair(tmp_path, ADDED_A + "\n", ADDED_B + "\n")
    code, out, _err = run_cli(
        capsys, "diff", "--format", "plain", "--lang", "en", "--fail-on", "attribution", pa, pb
    )
    assert (code, out) == (
        1,
        '~ [-He-]{+Schumer+}{attribution} added: "History settles every account."\n',
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (ADDED_A, 'He also added: "History settles every account."'),
        ("He said the plan had failed.", "He also said the plan had failed."),
        ("Moscow has added thousands of troops.", "Kyiv has added thousands of troops."),
    ],
)
def test_the_same_speaker_or_no_speech_is_no_attribution(a: str, b: str) -> None:
    """Near misses: an adverb between the same source and its verb ("He also added")
    changes nobody, and "added" that adds troops reports nothing."""
    assert [c for _a, _b, c in row(a, b)] == [("rewording",)]
