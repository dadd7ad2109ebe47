"""Review r20b finding 2: plain news facts read as opinion by their form (2817a47,
``cues.claims``). What a rule, a drug or a ban does not do, a count to none and "this"
or "that" summing up the fact before are reported in news as often as argued in an
editorial; the form cannot tell them apart, so they no longer argue. A denial with a
modal or "be", a negative pronoun, "no" before a state or an act, and "it"/"they"
pointing back still do."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest, suggest_label

#: The reviewer's claims_news2.txt, a news text (its first 13 lines): 2817a47 called
#: the denials opinion, and with them a quarter of the text, so the article's voice
#: turned "They deny the charges." and the rest opinion too.
NEWS = [
    "These figures do not include Scotland.",
    "The drug does not cure the disease.",
    "Ryanair does not operate the route.",
    "The figures exclude Northern Ireland.",
    "The vaccine does not prevent infection.",
    "The tax does not apply to food.",
    "These rules do not cover freelancers.",
    "The service does not run on weekends.",
    "The ban does not affect existing licences.",
    "It does not affect flights from Heathrow.",
    "The report does not name the officers.",
    "The policy covers only new customers.",
    "They deny the charges.",
]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ban does not affect existing cars.",
        "It does not apply to vans or lorries either.",
        "The drug does not cure the disease.",
        "The vaccine does not prevent infection.",
        "It does not expire.",
        "That puts the company in breach of its licence.",
        "This makes it the largest bank in Europe.",
        "It has no roof.",
        "None of the passengers speaks English.",
    ],
)
def test_a_plain_news_fact_in_an_arguing_form_is_fact(sentence: str) -> None:
    assert suggest_label(sentence)[0] == "fact"


def test_a_news_text_of_such_facts_keeps_its_voice() -> None:
    labels = [s.label for s in suggest(NEWS, document=True)]
    assert labels == ["fact"] * len(NEWS)


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        # Near misses: the forms that still argue.
        ("Armies cannot conquer science.", "cannot"),
        ("They shrink from nothing.", "nothing"),
        ("Victims will be in no further danger of revenge.", "no"),
        ("It distorts the record.", "It distorts"),
    ],
)
def test_the_forms_that_argue_stay_opinion(sentence: str, shown: str) -> None:
    label, cues = suggest_label(sentence)
    assert label == "opinion"
    assert [c.text for c in cues] == [shown]
