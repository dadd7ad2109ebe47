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


@pytest.mark.parametrize(
    "text",
    [
        # finding 3: "crude" is the oil in a sentence of the oil trade
        "Brent crude rose 2% to $80 a barrel on Monday.",
        "Oil prices fell, with US crude down 3%.",
        "Crude oil prices fell on Tuesday.",
    ],
)
def test_crude_oil_judges_nothing(text: str) -> None:
    assert label(text) == "fact"


def test_crude_still_judges_an_attempt() -> None:
    # near miss: no word of the oil trade, "crude" judges
    got, cues = suggest_label("It was a crude attempt to smear him.")
    assert (got, [c.text for c in cues]) == ("opinion", ["crude"])


@pytest.mark.parametrize(
    "text",
    [
        # finding 5: a change from a level to a level, the object between the verb and
        # "from", is no range (README: "raised from 5% to 5.25%" is no range)
        "The bank raised its rate from 5% to 5.25% on Thursday.",
        "Bodies were found, raising the toll from 14 to 31.",
        "Rescue work resumed, increasing the confirmed death toll from fourteen to 31.",
        # near misses that were already fact
        "Rates were raised from 5% to 5.25%.",
        "The toll increased from 14 to 31.",
    ],
)
def test_change_from_level_to_level_is_fact(text: str) -> None:
    assert label(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no verb of change before "from", a range stays an estimate
        "Temperatures ranged from 10 to 20 degrees.",
        "From 300 to 400 people were killed.",
        "The storm raised fears, with from 10 to 20 people missing.",
        "Prices rose 5 to 10 percent.",
    ],
)
def test_range_without_a_change_stays_estimate(text: str) -> None:
    assert label(text) == "estimate"


def test_page_furniture_with_a_reporting_verb_stays_furniture() -> None:
    # the gold set's advertisement, once "revealed" reported (a draft read it as
    # attribution): page furniture is no statement, its reporting verb neither
    assert label("Revealed: The Secrets our Clients Used to Earn $3 Billion") is None


def test_a_reporting_verb_before_a_colon_still_reports() -> None:
    # near miss: no furniture, the verb and its colon report as before
    assert label("Confirmed: Apple will launch a new phone in May.") == "attribution"
