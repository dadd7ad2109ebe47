"""Review r25a (a new user on BBC News articles): the change classes of a courtesy
title, a currency written out beside other changes, "taken it up to" and a frame
replaced in place (findings 1, 3, 4 and 5)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdiff.meaning.suggest import suggest_label

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


# 3. A currency written out is one variant, whatever changes around it.

CUR_A = "Maternity pay is to rise by £1,400 as part of new proposals."
CUR_B = "Maternity pay will be raised by 1,400 pounds in the framework of new proposals."


def test_a_currency_written_out_is_one_variant_beside_a_rewording(plain_diff: Diff) -> None:
    """cur_a.txt / cur_b.txt showed `[-£-]{variant}` and `[-as part-]{+pounds in the
    framework+}{rewording}`, and --ignore-spelling kept the "£": the amount is one
    variant, the words after it a rewording, as "£1,400" -> "1,400 pounds" alone is."""
    code, out = plain_diff(CUR_A, CUR_B)
    assert code == 1
    assert (
        "by [-£1,400-]{+1,400 pounds+}{variant} [-as part-]{+in the framework+}{rewording} "
        "of new proposals." in out
    )
    code, out = plain_diff(CUR_A, CUR_B, "--ignore-spelling")
    assert "by £1,400 [-as part-]{+in the framework+}{rewording} of new proposals." in out


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        # alone (num_a/num_b): as before
        (
            "The firm paid £1,400 to each worker.",
            "The firm paid 1,400 pounds to each worker.",
            "~ The firm paid [-£1,400-]{+1,400 pounds+}{variant} to each worker.\n",
        ),
        # no currency moved: the figure's neighbours change, the figure stays out of it
        (
            "Prices rose by 1,400 as part of new proposals.",
            "Prices rose by 1,400 in the framework of new proposals.",
            "~ Prices rose by 1,400 [-as part-]{+in the framework+}{rewording} of new proposals.\n",
        ),
    ],
)
def test_an_amount_with_no_currency_moved_is_as_before(
    plain_diff: Diff, a: str, b: str, shown: str
) -> None:
    """Near misses."""
    assert plain_diff(a, b)[1] == shown


# 4. "taken it up to 26 weeks" raised a level: no hedge.


def test_taken_it_up_to_is_no_hedge(plain_diff: Diff) -> None:
    """upto_a.txt / upto_b.txt showed `[-up -]{hedge}`, and suggest labelled "The
    minister has actually taken it up to 26 weeks." estimate [up to]: "taken it up to"
    is "raised to", the level reached."""
    _code, out = plain_diff(
        "We have already taken it up to 26 weeks.", "We have already brought it to 26 weeks."
    )
    assert "[-up -]{rewording}to 26 weeks." in out and "{hedge}" not in out
    assert suggest_label("The minister has actually taken it up to 26 weeks.")[0] != "estimate"
    assert suggest_label("They pushed it up to 40%.")[0] != "estimate"


@pytest.mark.parametrize(
    "text",
    [
        "He faces a sentence of up to 26 weeks.",  # after a noun
        "Prices rose by up to 26 percent.",  # an amount
        "We will pay them up to $500.",  # a ceiling paid, no level reached
        "We can take it up to 30 weeks.",  # a level that may be reached
    ],
)
def test_up_to_an_amount_is_still_an_estimate(text: str) -> None:
    """Near misses: the ceiling of an amount stays a hedge."""
    assert suggest_label(text)[0] == "estimate"


# 5. A frame replaced in place, words kept inside it, is one change.

TOLD_A = (
    "It would mean paid leave would be increased to nine months by 2007, Ms Hewitt told "
    "GMTV's Sunday programme."
)
TOLD_B = (
    "This would signify that the paid leave would be extended to nine months until 2007, "
    "said Mrs Hewitt to the Sunday programme of GMTV."
)


def test_a_frame_replaced_round_kept_words_is_one_change(plain_diff: Diff) -> None:
    """told_a.txt / told_b.txt showed `[-Ms-]{+said Mrs+}{attribution}`, `[-told
    GMTV's-]{+to the+}{rewording}` and `{+ of GMTV+}{rewording}` (A's frame was not
    read: "told GMTV's Sunday programme"); README says a replaced frame is one change."""
    _code, out = plain_diff(TOLD_A, TOLD_B)
    assert out.endswith(
        "2007, [-Ms-]{+said Mrs+} Hewitt [-told GMTV's-]{+to the+} Sunday programme"
        "{+ of GMTV+}{attribution}.\n"
    )
    assert out.count("{attribution}") == 1
    _code, out = plain_diff(
        "Fire officials told reporters the blaze started in the kitchen.",
        "Fire chiefs told journalists the blaze started in the kitchen.",
    )
    assert out == (
        "~ Fire [-officials-]{+chiefs+} told [-reporters-]{+journalists+}{attribution} the "
        "blaze started in the kitchen.\n"
    )
    label, cues = suggest_label("Prices will rise, Ms Hewitt told GMTV's Sunday programme.")
    assert (label, [c.text for c in cues]) == ("attribution", ["told GMTV's Sunday programme"])


def test_changes_beside_a_frame_or_in_another_stay_apart(plain_diff: Diff) -> None:
    """Near misses: a figure changed before the frame, and two frames of one sentence."""
    _code, out = plain_diff(
        "It would cost £1,400 by 2007, Ms Hewitt told GMTV's Sunday programme.",
        "It would cost £1,500 by 2007, said Mrs Hewitt to the Sunday programme of GMTV.",
    )
    assert out.startswith("~ It would cost £[-1,400-]{+1,500+}{number} by 2007, [-Ms-]")
    _code, out = plain_diff(
        "Police said the fire was set, and officials told reporters it spread.",
        "Witnesses said the fire was set, and experts told reporters it spread.",
    )
    assert out == (
        "~ [-Police-]{+Witnesses+}{attribution} said the fire was set, and "
        "[-officials-]{+experts+}{attribution} told reporters it spread.\n"
    )
