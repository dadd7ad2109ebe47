"""Issue 12's tenth rules round: a claim by its grammatical form (``cues.claims``). An uncued
present claim that denies, or whose subject points back at what was said, is the
writer's opinion, read alone; a report keeps its past, its date or figure, its actor and
its standing state. The sentences are written here in the style of editorial argument
units, not taken from the corpus."""

from __future__ import annotations

import pytest

from newsdiff.meaning.cues.claims import argued, voiced
from newsdiff.meaning.suggest import suggest, suggest_label


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Armies cannot conquer science", "cannot"),
        ("These guys aren't in it for the money", "aren't"),
        ("There's nothing new in this budget", "nothing"),
        ("Critics of the scheme miss nothing", "nothing"),
        ("that wage rises alone can't fix productivity", "can't"),
        ("It rewards landlords over tenants", "It rewards"),
        ("victims will be in no further danger of revenge", "no"),
        ("But it's about money and nerve", "it's"),
        ("because they're the ones who pay for it", "they're"),
    ],
)
def test_an_uncued_present_claim_that_argues_by_its_form_is_opinion(text: str, shown: str) -> None:
    """A denial or a subject pointing back, with no word that judges: the writer's claim."""
    label, cues = suggest_label(text)
    assert label == "opinion"
    assert [c.text for c in cues] == [shown]


@pytest.mark.parametrize(
    "text",
    [
        # a figure, a date, a time word: a report
        "The bridge carries 40,000 cars a day.",
        "The company employs 300 people.",
        "The museum does not open on Mondays.",
        # a past or perfect, contracted or not
        "He didn't attend the meeting.",
        "The reservoir wasn't full.",
        "The council hasn't replied to the letter.",
        "Investigators found no trace of the boat.",
        # a negation that is no finite verb's
        "We apologise to readers for not contacting the firm before publication.",
        # what a person, a body or a name does not or cannot do
        "Police do not know the motive.",
        "Mr Okafor does not live in the town.",
        "Residents can't use the car park.",
        # a future denied: an announcement
        "The road won't reopen.",
        # a standing state
        "Donations don't cover the repairs.",
        "It belongs to the regional water board.",
        # a pronoun before a verb that may be its own past, "this" before its noun
        "They set up a relief fund.",
        "This interview features questions from our readers.",
    ],
)
def test_a_report_in_the_same_form_stays_fact(text: str) -> None:
    """Near misses: news facts in the present, denials of what an actor does, pasts."""
    assert argued(text) is None
    assert suggest_label(text)[0] == "fact"


def test_a_contracted_past_is_a_past() -> None:
    """ "wasn't", "didn't", "hasn't been" report as "was", "did", "has been" do, in a text's
    voice too; "isn't" and "don't" stay present."""
    assert not voiced("The minister wasn't at the summit")
    assert not voiced("The talks didn't resume")
    assert not voiced("The bill hasn't been debated")
    assert voiced("The plan doesn't add up")


def test_the_form_reads_alike_alone_and_in_a_text() -> None:
    """The form is in the sentence: a news text that reports keeps it opinion, and its
    reports facts."""
    texts = [
        "The council voted on Tuesday to close the library.",
        "The library opened in 1962.",
        "Officials said the building needed repairs costing £2m.",
        "It rewards landlords over tenants.",
    ]
    assert [s.label for s in suggest(texts, document=True)] == [
        "fact",
        "fact",
        "attribution",
        "opinion",
    ]
