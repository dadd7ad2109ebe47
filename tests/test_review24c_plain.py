"""Review r24c findings 4 and 8: plain news given an opinion with a cue a reader cannot
follow, or no suggestion at all. Each example as the review quoted it (Wikinews, January
2019), and a near miss that must not change."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def label(text: str) -> str | None:
    return suggest_label(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        # "-ly" adverbs between the copula and its predicate, as "still" and "also" are:
        # "shut" places, as "is shut" does (was opinion [is currently partially])
        "The US government is currently partially shut down.",
        "Tickets are currently available online.",
        # a participle before the copula, a name after it: the name is the subject
        # (was opinion [is the Florida Highway])
        "Also investigating is the Florida Highway Patrol.",
        # a step of the law's procedure is a duty set by law (was opinion [must])
        "For the budget to pass, it must also be approved by the Senate.",
        # "the greatest number of" counts, as "the largest number of" does (was
        # opinion [greatest])
        "The 116th Congress has the greatest number of women in its history.",
        # a verb no noun is spelled as makes a short line a statement (was no label)
        "A major search continues.",
        "Fighting continues.",
    ],
)
def test_plain_news_is_fact(text: str) -> None:
    assert label(text) == "fact"


@pytest.mark.parametrize(
    ("text", "was"),
    [
        # near misses: the writer's duty, a greatest that grades, a claim, headings
        ("The government must act now.", "opinion"),
        ("The plan must be stopped by voters.", "opinion"),
        ("He is the greatest player of all time.", "opinion"),
        ("Also missing is the key question of funding.", "opinion"),
        ("The new Congress has the largest number of women in the country's history.", "fact"),
        ("Tickets are available online.", "fact"),
        ("The economy is deeply troubled.", "opinion"),
        ("Live updates.", None),
        ("Weather warnings.", None),
    ],
)
def test_plain_news_near_misses(text: str, was: str | None) -> None:
    assert label(text) == was


def test_thought_before_on_is_the_noun() -> None:
    # finding 7: "thought on" is the noun, no hedge (was estimate [thought]); no cue is
    # left, though r24c's gold calls the sentence opinion
    text = (
        "Today's opinion page was a smorgasbord of conservative thought on lessons to be "
        "drawn from 9/11."
    )
    assert label(text) != "estimate"


@pytest.mark.parametrize(
    ("text", "was"),
    [
        # near misses: "thought" as the hedge and as a source's belief
        ("He is thought to have fled.", "estimate"),
        ("Officials thought some 300 people died.", "attribution"),
    ],
)
def test_thought_that_hedges(text: str, was: str) -> None:
    assert label(text) == was


@pytest.mark.parametrize(
    "text",
    [
        # near misses of the "-ly" adverb: before an "-ing" form it weighs the action, a
        # claim as before (editorial dev units; a draft read them as actions reported)
        "the low price of oil is severely impacting the Russian economy",
        "international humanitarian support to help Afghanistan is actually declining",
    ],
)
def test_an_adverb_before_an_action_still_weighs_it(text: str) -> None:
    assert label(text) == "opinion"
