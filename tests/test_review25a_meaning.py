"""Review r25a (a new user on BBC News articles): the change classes of a courtesy
title, a currency written out beside other changes, "taken it up to" and a frame
replaced in place (findings 1, 3, 4 and 5)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Diff = Callable[..., tuple[int, str]]

# 1. A courtesy title ("Ms" -> "Mrs") names the same source.

MS = "Ms Hewitt told GMTV it would cost £1,400."


def test_ms_for_mrs_is_no_attribution_change(plain_diff: Diff) -> None:
    """ms_a.txt against ms_b.txt printed `[-Ms-]{+Mrs+}{attribution}` and `--fail-on
    attribution` exited 1: the same woman is quoted, so it is a rewording."""
    code, out = plain_diff(MS, MS.replace("Ms", "Mrs"), "--fail-on", "attribution")
    assert (code, out) == (0, "~ [-Ms-]{+Mrs+}{rewording} Hewitt told GMTV it would cost £1,400.\n")
    code, out = plain_diff(MS, MS.replace("Ms", "Miss"), "--fail-on", "attribution")
    assert code == 0 and "{+Miss+}{rewording}" in out


@pytest.mark.parametrize(
    ("b", "shown"),
    [
        ("Mr Hewitt told GMTV it would cost £1,400.", "[-Ms-]{+Mr+}{attribution}"),
        ("Ms Jowell told GMTV it would cost £1,400.", "[-Hewitt-]{+Jowell+}{attribution}"),
    ],
)
def test_another_person_is_still_attribution(plain_diff: Diff, b: str, shown: str) -> None:
    """Near miss: "Mr" may be her husband, "Ms Jowell" is someone else."""
    code, out = plain_diff(MS, b, "--fail-on", "attribution")
    assert code == 1 and shown in out
