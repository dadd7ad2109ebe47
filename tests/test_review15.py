"""Outside review r15 of the suggestions: each finding the guidelines uphold (GUIDE
section 3, README "Labels"), with the sentence that failed and a near plain-news
sentence that must keep its label."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def test_a_hearsay_adverb_between_a_source_and_its_verb_keeps_the_source() -> None:
    """ "Some experts reportedly believe ...": the experts carry the estimate (attribution
    wins over estimate), as without "reportedly"."""
    text = "Some experts reportedly believe the damage may reach 5 billion euros."
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The damage may reportedly reach 5 billion euros.",
        "Some experts reportedly left the meeting early.",
    ],
)
def test_hearsay_with_no_source_that_speaks_stays_an_estimate(text: str) -> None:
    """ "reportedly" with no verb of saying after a source is the writer's hearsay."""
    assert suggest_label(text)[0] == "estimate"


@pytest.mark.parametrize(
    "text", ["The verdict was a mistake.", "The scheme is a waste of taxpayers' money."]
)
def test_a_judging_noun_as_the_predicate_is_opinion(text: str) -> None:
    """ "was a mistake", "is a waste of": the writer's verdict, as "was a disaster"."""
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "The plant is a waste treatment facility.",
        "The company is a waste management firm.",
        "The fund is a disaster relief fund.",
    ],
)
def test_a_predicate_noun_that_names_a_kind_stays_fact(text: str) -> None:
    """ "a waste treatment facility": the noun before a noun names a kind."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "It seems the opposition has no plan of its own.",
        "It seems that the opposition has no plan of its own.",
    ],
)
def test_it_seems_is_the_writers_speculation(text: str) -> None:
    """ "It seems ..." is the speculative voice of "... seems to have ..." (issue 12)."""
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("It seems the damage may reach 5 billion euros.", "estimate"),
        ('"It seems the opposition has no plan of its own," the minister said.', "attribution"),
    ],
)
def test_it_seems_before_a_quantity_or_in_a_quote_keeps_its_label(text: str, label: str) -> None:
    """A hedged quantity stays an estimate; the quoted minister's "it seems" is his."""
    assert suggest_label(text)[0] == label


@pytest.mark.parametrize(
    "text",
    ["The results were disappointing for investors.", "The news was shocking to many residents."],
)
def test_a_feeling_caused_before_a_preposition_is_a_judgement(text: str) -> None:
    """ "were disappointing for investors" grades the results, as "has been
    disappointing" does: a verb of causing a feeling takes no preposition."""
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text", ["Police are appealing for witnesses.", "The charity is appealing to donors for help."]
)
def test_a_progressive_verb_before_a_preposition_stays_fact(text: str) -> None:
    """ "are appealing for witnesses": a verb under way, not a verdict."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The plan, which critics called reckless, passed 5-4.",
        "The law, which the opposition called a disgrace, took effect on Monday.",
    ],
)
def test_a_verdict_named_in_a_relative_clause_is_the_sources(text: str) -> None:
    """ "which critics called reckless": the critics' judgement, reported as "called the
    charges unsubstantiated" is (attribution wins)."""
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The election, which the president called early, was held on Sunday.",
        "The meeting, which the mayor called a week ago, was short.",
    ],
)
def test_a_relative_clause_that_summons_stays_fact(text: str) -> None:
    """ "which the president called early": called an election, no verdict."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The reform was hailed as a success by its supporters.",
        "Critics have slammed the decision.",
        "The ministry put the number of displaced at 40,000.",
        "The UN condemned the attack.",
    ],
)
def test_a_sources_verdict_or_figure_is_attribution(text: str) -> None:
    """A named source carries the judgement or the figure, as "called the decision a
    mistake" and "the agency estimated the damage at $2bn" do."""
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "He slammed the door.",
        "The car slammed into a wall.",
        "He put the box at the door.",
        "The company put the plant at risk of closure.",
        "The reform was hailed as a success.",
    ],
)
def test_a_physical_slam_a_place_or_no_source_stays_fact(text: str) -> None:
    """ "slammed the door", "put ... at the door" and a passive with no one behind it
    report no source's verdict or figure."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The measure is widely seen as a blow to the president.",
        "The vote is seen as a test of the government's strength.",
    ],
)
def test_seen_as_with_no_quantity_or_outcome_is_interpretation(text: str) -> None:
    """ "is widely seen as a blow": no quantity or outcome to estimate, and no source
    behind "widely": the writer's interpretation (GUIDE: opinion)."""
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text", ["Russia is seen withdrawing its troops.", "Growth is seen at 3% next year."]
)
def test_seen_before_an_outcome_or_a_figure_stays_an_estimate(text: str) -> None:
    """ "is seen withdrawing", "is seen at 3%": a perceived outcome or figure."""
    assert suggest_label(text)[0] == "estimate"


@pytest.mark.parametrize("text", ["Fire kills two.", "Police arrest three.", "Obama wins."])
def test_a_headline_style_sentence_with_a_verb_is_a_statement(text: str) -> None:
    """A short line ending in "." with a finite verb is a sentence (README: "Prices
    rose." gets fact): a verb before its count, or after a name."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize("text", ["Live updates.", "Key points.", "Weather updates."])
def test_a_heading_of_a_noun_and_a_plural_stays_without_a_label(text: str) -> None:
    """ "updates", "points" after a word WordNet knows are plurals: a heading."""
    assert suggest_label(text)[0] is None
