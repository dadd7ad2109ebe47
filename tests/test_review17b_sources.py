"""Review r17b's attribution misses (probe_say_hedge, news.txt, all.txt): a plural
source's verb in the present before a clause whose own verb is a plural's present,
"point out" after a source, and findings that suggest; each beside a near sentence
that keeps its label."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def _label(text: str) -> str | None:
    return suggest_label(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Aid agencies say thousands of people need shelter.",
        "Aid agencies say thousands need shelter.",
        "Doctors say the patients need rest.",
        "Officials said prices remain high.",
    ],
)
def test_a_plural_subject_with_its_verb_in_the_present_is_the_reported_clause(text: str) -> None:
    """ "say thousands need shelter": "need" after the plural "thousands" is the verb of
    the reported clause (as "may need" was), so the claim is the agencies'."""
    assert _label(text) == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "Aid agencies need thousands of tents.",
        "Officials announced the arms deal.",
        "Officials said record profits.",
    ],
)
def test_a_base_form_after_a_noun_is_no_clause_without_a_verb_of_saying(text: str) -> None:
    """No verb of saying before the plural ("announced" takes a noun as object), or no
    plural before the base form: no reported clause."""
    assert _label(text) != "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "Critics point out that the scheme has already cost taxpayers £3bn.",
        "He pointed out the plan had failed.",
        "The scheme has cost £3bn, critics point out.",
    ],
)
def test_a_source_that_points_out_carries_the_claim(text: str) -> None:
    """ "point out" reports as "note" does, with its source and its content."""
    assert _label(text) == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "It is worth pointing out that the scheme has cost £3bn.",
        "The guide points out the best beaches.",
    ],
)
def test_pointing_out_without_a_source_or_a_claim_reports_nothing(text: str) -> None:
    """The writer's own "worth pointing out", or an object that is no claim."""
    assert _label(text) != "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The regulator's findings suggest the bank failed to monitor billions of dollars "
        "in transfers.",
        "The findings suggest the drug could slow cognitive decline by about a third.",
    ],
)
def test_findings_that_suggest_carry_the_claim(text: str) -> None:
    """A study's or a regulator's findings carry what they suggest, as a study that
    found does (GUIDE section 3: attribution before estimate); no writer's reading."""
    assert _label(text) == "attribution"


def test_the_writer_reading_what_was_told_still_speculates() -> None:
    """ "This suggests": no study, no source; the writer's interpretation."""
    assert _label("This suggests the bank failed to monitor its transfers.") == "opinion"
