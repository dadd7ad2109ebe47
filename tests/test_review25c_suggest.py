"""Review r25c (issue 12): tag suggestions on BBC News stories (2004-05), American
Sentinel editorials (1900) and two letters to the editor (2022). Each finding's example
as the review quoted it, run as its own file as the review ran it, and a near miss that
must not change. The review's set (/work/data/r25c_cases) is a tune set since its errors
were read."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_text


def alone(text: str) -> str | None:
    """The label of a one-sentence file, as ``newsdiff suggest FILE`` gives it."""
    [suggestion] = suggest_text(text)
    return suggestion.label


@pytest.mark.parametrize(
    "text",
    [
        # finding A: opinion read from a word's look, not from what the sentence does
        "It's raining in Leeds.",
        "They're building a new bridge in Leeds.",
        "Honour for UK games maker",
        "Praise for new bridge",
        "Anger over the war has grown.",
        "TimeWarner is to restate its accounts.",
        "The event is not far from the city centre.",
        "Issues that voters should consider are to be debated on Tuesday.",
        "Time Warner's fourth quarter profits were slightly better than analysts' expectations.",
        "The company is to close its plant in Leeds.",
    ],
)
def test_a_word_that_looks_like_opinion_is_fact(text: str) -> None:
    assert alone(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the writer still judges, commands or points
        "It's a disgrace.",
        "It's a mess.",
        "They're in it for the money.",
        "Vote for change.",
        "Pray for peace",
        "Stand up for someone else",
        "The answer is to cut taxes.",
        "The outcome is far from clear.",
        "That is far from the truth.",
        "Voters should consider the issues.",
        "The new plan is better than the old one.",
        "Profits will be better than analysts' expectations.",
    ],
)
def test_a_near_misses_stay_opinion(text: str) -> None:
    assert alone(text) == "opinion"


def test_a_plain_forms_that_were_fact_stay_fact() -> None:
    assert alone("It is raining in Leeds.") == "fact"
    assert alone("Profits were better than expected.") == "fact"
