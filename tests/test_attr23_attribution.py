"""Issue 12, thirteenth round: attribution kinds read from the PolNeAR tune half's misses
(bench/attribution_bench.py --errors), each with the sentence it was read from and a
near miss that must not change."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def label(text: str) -> str | None:
    return suggest_label(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        # the sentence read (nyt_2015-12-01): a participle says which people
        "People briefed on the situation say that Gov. Alejandro García Padilla, who must "
        "make the final decision, has revealed almost nothing about his intentions.",
        "Economists surveyed in the spring say growth will slow this year.",
    ],
)
def test_source_with_a_participle_phrase_says(text: str) -> None:
    assert label(text) == "attribution"


def test_no_source_before_the_participle_phrase() -> None:
    # near miss: "Laws" is no one who says; the writer's own claim stays as it was
    assert label("Laws passed in the state say that every driver must carry a license.") == (
        "opinion"
    )


@pytest.mark.parametrize(
    "text",
    [
        # the sentences read (wash-post_2016-06-01, wash-post_2015-12-04): a reported
        # clause with no "that", opened by "her" that owns a noun, or by a pronoun
        # with a short aside before its verb
        "Axelrod said her suite of proposals addresses people's unrest - but she needs "
        "to project more empathy.",
        "Democratic presidential candidate Hillary Clinton said Wednesday she, too, wants "
        "a Justice Department inquiry, as have other prominent Democrats including Senate "
        "Minority Whip Richard J. Durbin of Illinois.",
    ],
)
def test_reported_clause_without_that(text: str) -> None:
    assert label(text) == "attribution"


@pytest.mark.parametrize(
    ("text", "was"),
    [
        # near misses: "her" owns no noun, no verb after the aside
        ("He said her name twice.", "fact"),
        ("She said her goodbyes to the staff.", "fact"),
        ("He said it, too, loudly.", "fact"),
        ("He said the magic words.", "opinion"),
    ],
)
def test_no_clause_after_said(text: str, was: str) -> None:
    assert label(text) == was


@pytest.mark.parametrize(
    "text",
    [
        # the headlines read (breitbart_2015-12-02, breitbart_2016-06-04): a speaker,
        # a colon, what they said
        "John McCain: Republican Populist Anger Appeals to ‘Bad Angels Of Our Nature.’",
        "Darrell Scott: ‘You Find Me an Aberration Because I’m Black and I Support Trump!’",
        # a place speaks for its government (the gold set's label)
        "Ukraine: Russian forces desert tanks in ‘rash’ withdrawal from Kyiv",
    ],
)
def test_headline_with_its_speaker(text: str) -> None:
    assert label(text) == "attribution"


@pytest.mark.parametrize(
    ("text", "was"),
    [
        # near misses: a label before the colon, not a speaker
        ("The Latest: Sanders wins Minnesota Democratic caucuses.", "fact"),
        ("Update: The road is closed until noon.", "fact"),
        ("Mandatory Credit: Photo by Laurel Chor/SOPA Images/REX/Shutterstock", None),
    ],
)
def test_headline_label_is_no_speaker(text: str, was: str | None) -> None:
    assert label(text) == was


@pytest.mark.parametrize(
    "text",
    [
        # the sentences read (west-journal_2016-06-04, politico_2015-12-01,
        # wash-post_2015-12-04): reporting verbs and a source of findings missing
        # from the lists
        "The pollster even hypothesized Clinton could easily be replaced by Vice "
        "President Joe Biden.",
        "Rep. Brad Sherman (D-Calif.) last month joked to Federal Reserve Chair Janet "
        "Yellen that God did not want her to boost rates before next year.",
        "A 2014 examination by the nonpartisan Better Government Association found that "
        "the city had spent more than $500 million in the previous decade on "
        "police-related court judgments, settlements and legal fees.",
    ],
)
def test_reporting_words_missing_from_the_lists(text: str) -> None:
    assert label(text) == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no content reported, a finding noun that only modifies its head
        "He joked about the weather.",
        "She elaborated on the plan.",
        "An investigation team found the car near the river.",
    ],
)
def test_no_content_no_attribution(text: str) -> None:
    assert label(text) == "fact"


def test_verb_of_manner_opens_a_quotation() -> None:
    # the sentence read (wash-post_2015-12-04): "shouted" before the words it reports,
    # a quotation too short to count by itself
    assert (
        label(
            "Others, reacting to the gap between the Van Dyke shooting and the video's "
            'release, shouted, "Stop the coverup!"'
        )
        == "attribution"
    )


@pytest.mark.parametrize("text", ["Fans shouted at the referee.", "He shouted, then ran off."])
def test_verb_of_manner_without_a_quotation(text: str) -> None:
    # near misses: an event, no words reported
    assert label(text) == "fact"


def test_quoted_name_a_source_gives() -> None:
    # the sentence read (usa-today_2016-06-03): the source's own name for a thing,
    # in quotation marks after a naming verb
    assert label('Bernie Sanders calls it the "big enchilada."') == "attribution"


@pytest.mark.parametrize("text", ["They called the baby Anna.", 'They call it the "Big Apple."'])
def test_a_name_is_no_verdict(text: str) -> None:
    # near misses: a name, quoted or not, names; it judges nothing
    assert label(text) == "fact"


def test_a_demand_in_the_progressive() -> None:
    # the sentence read (wash-post_2015-12-04): "called on" was a demand reported,
    # "are calling on" was not
    assert (
        label(
            "But politicians and ordinary voters alike are calling on Emanuel to remake a "
            "police department whose history of brutality is made plain by court documents."
        )
        == "attribution"
    )


@pytest.mark.parametrize(
    "text", ["She found her calling in medicine.", "Residents are calling the hotline all night."]
)
def test_calling_without_a_demand(text: str) -> None:
    # near misses: a vocation, a telephone call
    assert label(text) == "fact"
