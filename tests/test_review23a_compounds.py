"""Review r23a finding 4: ``--ignore-spelling`` drops a compound written in parts with a
space, as README says it does.

``newsdiff diff --ignore-spelling compound_a.txt compound_b.txt`` kept "fire fighter ->
firefighter" ({synonym}) and "high speed -> high-speed" ({variant}): only a hyphen was
closed up ("co-operation"). Now both are spelling (``variant``; no change when ignored).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdiff.meaning.options import EVERY, CompareOptions

FIRE = (
    "A fire fighter was hurt when the roof collapsed.",
    "A firefighter was hurt when the roof collapsed.",
)
SPEED = (
    "The high speed rail line will open in 2027.",
    "The high-speed rail line will open in 2027.",
)
SPELLING = CompareOptions(ignore_spelling=True)


@pytest.mark.parametrize("pair", [FIRE, SPEED])
def test_compound_in_parts_is_no_change_ignoring_spelling(
    plain_diff: Callable[..., tuple[int, str]], pair: tuple[str, str]
) -> None:
    """The review's two rows are equal under --ignore-spelling, and a variant without it
    ("fire fighter -> firefighter" was a synonym)."""
    code, out = plain_diff(*pair, "--ignore-spelling")
    assert (code, out) == (0, f"  {pair[0]}\n")
    code, out = plain_diff(*pair)
    assert code == 1 and out.count("{variant}") == 1 and "{synonym}" not in out, out


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It fell a part of the way.", "It fell apart of the way."),  # "a part" is no "apart"
        ("The co op opened.", "The coop opened."),  # a cooperative is no pen
        ("It may be late.", "It maybe late."),
        ("The fire fighter was hurt.", "The fire fighters were hurt."),
        ("It cost $0.01 then.", "It cost -$0.01 then."),
    ],
)
def test_near_misses_stay_changes(a: str, b: str) -> None:
    """Near misses: words run together that WordNet does not have as one word, another
    word beside the compound, a sign read as a space: still a change ignoring spelling."""
    assert not any(o.ignores(a, b) for o in EVERY)


def test_hyphen_compound_still_closed() -> None:
    """Near miss: the hyphen compounds dropped before are still dropped."""
    assert SPELLING.ignores("co-operation", "cooperation")
    assert not SPELLING.ignores("co-op", "coop")
