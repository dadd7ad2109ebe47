"""Review r25e: regressions of this session's commits outside the reviews that asked for
them (cases in /work/data/r25e_cases). Each test quotes the regression's example; the
original findings' tests (test_review25a_meaning, test_review25c_suggest) still pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsdiff.meaning.suggest import suggest_label

from .conftest import run_cli

Diff = Callable[..., tuple[int, str]]


# 1. (5045bb6) A threshold after "aged", "of", "with" or "over" is a rule's cut-off.


@pytest.mark.parametrize(
    "text",
    [
        "An applicant who is aged 65 or over at the date of application is exempt from the "
        "English language requirement.",
        "The free bus pass is available to people aged 60 or over.",
        "Fines of £1,000 or more will be referred to the court.",
        "The bill applies to firms with 250 or more employees.",
        "Children aged 16 and over will be able to vote in the referendum.",
    ],
)
def test_a_cut_off_is_a_fact(text: str) -> None:
    """bounds_real.txt / bounds_speech.txt were estimate [or over] / [or more] after
    5045bb6, fact before: a cut-off is exact."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Altogether 50,000 or more men will be thrown out of employment.",  # r25c finding D
        "Crowds of 50,000 or so gathered outside.",  # "or so" is rough wherever it stands
        "A dozen or so people came.",
    ],
)
def test_a_rough_amount_is_still_an_estimate(text: str) -> None:
    """Near misses: an open bound that sizes an amount stays an estimate."""
    assert suggest_label(text)[0] == "estimate"


# 2. (017563e) A title is a rewording only when the surname stays.


def test_a_title_before_another_surname_changes_with_it(
    plain_diff: Diff, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """titleA.txt / titleB.txt showed `[-Ms-]{+Mrs+}{rewording} [-Hewitt-]{+Thatcher+}
    {attribution}` and report said 2 changes; before 017563e one attribution change."""
    a = "The scheme will cost £1,400 per pupil, Ms Hewitt told GMTV."
    b = "The scheme will cost £1,400 per pupil, Mrs Thatcher told GMTV."
    _code, out = plain_diff(a, b)
    assert "[-Ms Hewitt-]{+Mrs Thatcher+}{attribution}" in out and "{rewording}" not in out
    _code, report, _err = run_cli(
        capsys, "report", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")
    )
    assert "What changed: 1 change" in report


def test_a_title_before_the_same_surname_is_still_a_rewording(plain_diff: Diff) -> None:
    """Near miss: review r25a finding 1, "Ms Hewitt" -> "Mrs Hewitt", stays a rewording."""
    _code, out = plain_diff(
        "The scheme will cost £1,400 per pupil, Ms Hewitt told GMTV.",
        "The scheme will cost £1,400 per pupil, Mrs Hewitt told GMTV.",
    )
    assert "[-Ms-]{+Mrs+}{rewording}" in out and "{attribution}" not in out


# 3. (3854d8f) "puts them up to 12 hours behind schedule": the ceiling of a gap.


def test_up_to_a_gap_behind_schedule_is_a_hedge(plain_diff: Diff) -> None:
    """uptoA.txt / uptoB.txt was {hedge} and suggest estimate before 3854d8f; after it a
    rewording and fact."""
    _code, out = plain_diff(
        "The strike puts them 12 hours behind schedule.",
        "The strike puts them up to 12 hours behind schedule.",
    )
    assert "{+up to +}{hedge}" in out
    assert suggest_label("The strike puts them up to 12 hours behind schedule.")[0] == "estimate"
    text = "The new contract puts them up to 12 hours a week behind schedule."
    assert suggest_label(text)[0] == "estimate"


@pytest.mark.parametrize(
    "text",
    ["The minister has actually taken it up to 26 weeks.", "The win puts them up to third place."],
)
def test_a_level_reached_is_still_no_hedge(text: str) -> None:
    """Near misses: review r25a finding 4's "taken it up to 26 weeks" stays no hedge."""
    assert suggest_label(text)[0] != "estimate"


# 4. (7d2fd97) A participle with no object after it describes: no report.


@pytest.mark.parametrize(
    "text",
    [
        "The binding of his own copy is falling apart, with passages including the Fourteenth "
        "Amendment highlighted and notes written in the margins.",
        "The Fourteenth Amendment highlighted.",
    ],
)
def test_a_participle_with_no_object_is_no_report(text: str) -> None:
    """highlighted.txt: attribution [Fourteenth Amendment highlighted] after 7d2fd97,
    fact before."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The OECD highlighted the risks.",
        "The OECD highlighted current depressed household expenditure in Germany.",
        "The committee recommended in its report a tax cut.",
    ],
)
def test_a_source_that_highlights_something_still_reports(text: str) -> None:
    """Near misses: a source's emphasis on its object stays attribution (r25c)."""
    assert suggest_label(text)[0] == "attribution"
