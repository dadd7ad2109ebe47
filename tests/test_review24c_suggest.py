"""Review r24c (issue 12): tag suggestions on real news (Wikinews, January 2019). Each
finding's example as the review quoted it, and a near miss that must not change."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def label(text: str) -> str | None:
    return suggest_label(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        # finding 1: "her" and a noun that is a verb too, then an auxiliary, opens the
        # reported clause
        "Pelosi said her party would win.",
        "She said her plans will begin in January.",
    ],
)
def test_said_her_noun_and_auxiliary_reports(text: str) -> None:
    assert label(text) == "attribution"


@pytest.mark.parametrize(
    ("text", "was"),
    [
        # near misses: what was said, no clause after it; and the forms that worked
        ("He said her name.", "fact"),
        ("She said her goodbyes to the staff.", "fact"),
        ("He said her plans.", "fact"),
        ("She said the plans will begin in January.", "attribution"),
        ("She said that her plans will begin in January.", "attribution"),
        ("He said his office would respond.", "attribution"),
    ],
)
def test_said_her_near_misses(text: str, was: str) -> None:
    assert label(text) == was


@pytest.mark.parametrize(
    "text",
    [
        # finding 2: reporting verbs the lists missed
        "Officials indicated that 68 people were missing.",
        "Health Minister Veronika Skvortsova indicated on Monday the chances of survival "
        "were diminishing.",
        "Reports indicate this vehicle may have struck victims.",
        "Kosiec revealed police have been unable to question him.",
        'Schiff called it "a non-starter".',
        "Schiff called the plan a non-starter.",
        "The Internal Revenue Service website advises citizens to continue paying their taxes.",
    ],
)
def test_reporting_verbs_missed(text: str) -> None:
    assert label(text) == "attribution"


@pytest.mark.parametrize(
    ("text", "was"),
    [
        # near misses: an object, no content; a naming that times; the writer's inference
        ("He indicated his support for the plan.", "fact"),
        ("She advised the company on the merger.", "fact"),
        ("Residents are advised to stay indoors.", "fact"),
        ("They called it a day.", "fact"),
        ('They call it the "Big Apple."', "fact"),
        ("This indicates that prices will rise.", "opinion"),
    ],
)
def test_reporting_verbs_near_misses(text: str, was: str) -> None:
    assert label(text) == was


def test_page_furniture_with_a_reporting_verb_stays_furniture() -> None:
    # the gold set's advertisement, once "revealed" reported (a draft read it as
    # attribution): page furniture is no statement, its reporting verb neither
    assert label("Revealed: The Secrets our Clients Used to Earn $3 Billion") is None


def test_a_reporting_verb_before_a_colon_still_reports() -> None:
    # near miss: no furniture, the verb and its colon report as before
    assert label("Confirmed: Apple will launch a new phone in May.") == "attribution"
