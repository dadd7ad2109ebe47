"""Issue 12's ninth round: opinion without a judging word, from the errors of the editorial
tune sets (bench/editorial_bench.py --split dev|dev2): advice as an imperative, the pointing
identification, a degree that weighs, the arguer's set phrases, and forecasts of what a
thing will cause. Each rule's editorial unit, and plain news it must leave a fact."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


@pytest.mark.parametrize(
    "text",
    [
        # advice (dev2 foxnews/025, foxnews/054)
        "Schedule an initial psychotherapy session",
        "take a lesson from history",
        # pointing (dev2 guardian/028, guardian/013)
        "This is the march of the makers promised by Osborne",
        "That was the boom-time option",
        # degree (dev2 aljazeera/018, aljazeera/043)
        "And with the Turkish refusal to recognise the Armenian genocide, this threat "
        "perception is only magnified",
        "as the world has become ever more globalised",
        # set phrases (dev2 foxnews/050)
        "Folks, this was nothing short of an old-fashioned witch hunt led by the mayor",
        # the writer vouching or weighing (dev2 aljazeera/043, guardian/023)
        "which has been rightly seen by many across the region as essentially colonialism "
        "dressed in new clothes",
        "so few perpetrators are held to account by the courts",
        # a verb forbidden (dev2 foxnews/025)
        "Don't delay",
        # what a thing will cause (dev2 foxnews/054)
        "Public release of this report will do immeasurable harm",
        "It will encourage terrorists around the world to launch revenge attacks",
    ],
)
def test_the_arguers_moves_are_opinion(text: str) -> None:
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        # a noun that is also a verb opens a report; so does a preposition
        "Fire crews tackled the blaze on Monday.",
        "Back in 2010, the council approved the plan.",
        # a record or a count identified is checked, not judged
        "It was the first attack on the city since 2015.",
        "This is the third time the bridge has closed this year.",
        # "only" before a plain verb of an event
        "The bridge was only completed in 1984.",
        "No one was injured in the fire.",
        # "actually" and "at all" correct or stress a report; "don't" after a subject
        "Troops have actually withdrawn from the town.",
        "The ferry did not sail at all on Monday.",
        "Donations don't cover the cost of the repairs.",
        # what someone will do, and a passive of a plan
        "The mayor will lead a delegation to Brussels.",
        "The minister will act on the report.",
        "The council will do the work itself.",
        "The old stock will be destroyed.",
    ],
)
def test_plain_news_stays_fact(text: str) -> None:
    assert suggest_label(text)[0] == "fact"
