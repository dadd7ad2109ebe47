"""Review r20d (the text findings: 3, 8, 9, 10, 11, 12, 13): suggestions, change classes,
sentence ends and the rich diff's cuts the review found wrong, with near misses."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def label(sentence: str) -> str:
    return str(suggest_label(sentence)[0])


@pytest.mark.parametrize(
    "sentence",
    [
        # Finding 3: a noun phrase that only opens with study/survey/poll/research: its
        # head is the finder, and it found a thing.
        "A survey crew working for the county found the body on Tuesday.",
        "A poll worker found 300 uncounted ballots in a box.",
        "A survey ship found the wreck in 2019.",
        "A research vessel found the wreck off the coast.",
        "The poll station in the village found itself without power.",
        # "found its way" finds nothing out
        "A poll taken at the stadium on Friday found its way online.",
    ],
)
def test_a_phrase_that_only_opens_with_a_study_is_no_finding(sentence: str) -> None:
    assert label(sentence) == "fact"


@pytest.mark.parametrize(
    "sentence",
    [
        "A survey of 2,000 voters found that most back the plan.",
        "The study found higher rates of asthma.",
        "A Reuters poll found support at 40%.",
        "Poll results showed support at 40%.",
        "The poll last week found support at 40%.",
    ],
)
def test_a_study_that_found_still_carries_its_finding(sentence: str) -> None:
    """Near misses: the study is the head of its phrase ("of 2,000 voters", "last
    week" are no head), or what it yields is ("Poll results")."""
    assert label(sentence) == "attribution"


def test_implying_with_no_source_is_the_writers_inference() -> None:
    """Finding 3: ", implying that" after a fact and no one who says it is the writer's
    reading (as ", suggesting that" is), not attribution."""
    assert label("Prices fell 5%, implying that demand weakened.") == "opinion"


def test_implying_after_one_who_can_say_it_reports() -> None:
    """Near miss (r20c): a person implies it."""
    text = "The preacher discouraged viewers from taking the vaccine, implying that it was a plot."
    assert label(text) == "attribution"
