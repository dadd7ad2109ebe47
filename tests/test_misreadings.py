"""Known misreadings of the suggestion rules (issue 12, fifth round), each beside the plain
news that must keep its label: a measured comparison, a reported clause without "that"
after a pronoun's "said", a short shout closed by its speaker, a share of a group, a
judging plural noun, an uncertain event and a person's state."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


@pytest.mark.parametrize(
    "text",
    [
        "The new engine is more powerful than the old one.",
        "The new bridge is longer than the old one.",
        "The new reactor is more powerful than any built before.",
    ],
)
def test_a_measured_comparison_of_things_is_fact(text: str) -> None:
    """ "more powerful than the old one" compares what can be measured; no word judges."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Things look more precarious after that.",
        "The new plan is more dangerous than the old one.",
        "The reality is more complex.",
    ],
)
def test_a_judged_comparison_stays_opinion(text: str) -> None:
    """A comparison without "than", or of a quality the lexicons rate, still grades."""
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "He said the mayor favors the plan.",
        "She says the council wants a new road.",
        "They said the company owes them money.",
    ],
)
def test_said_and_a_clause_after_a_pronoun_is_attribution(text: str) -> None:
    """A pronoun's "said" before a noun and its "-s" verb reports a clause."""
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The company announced record profits.",
        "He said the words twice.",
        "She said goodbye to her colleagues.",
        "He told the story of his escape.",
    ],
)
def test_said_before_an_object_stays_fact(text: str) -> None:
    """What is said or told as an object ("the words", "goodbye") reports no claim."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "'Is anyone hurt?' a neighbour shouted.",
        "“Get out now!” he yelled.",
        "“Help us,” a woman screamed from the window.",
    ],
)
def test_a_short_quote_closed_by_its_speaker_is_attribution(text: str) -> None:
    """A quotation of any length handed to a speaker by a verb of speech is attribution."""
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "Fans shouted at the referee after the match.",
        "The crowd cried as the coffin passed.",
        "A neighbour shouted for help and called the police.",
    ],
)
def test_shouting_without_a_quotation_stays_fact(text: str) -> None:
    """A verb of shouting with no quotation before it reports an event, not speech."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Most of the victims are children.",
        "Many of the dead are women.",
        "The victims are women.",
        "Both candidates are lawyers.",
    ],
)
def test_a_share_of_a_group_classed_is_no_opinion(text: str) -> None:
    """ "Most of the victims are children" counts a share of a group (fact or estimate)."""
    assert suggest_label(text)[0] in ("fact", "estimate")


@pytest.mark.parametrize(
    "text",
    [
        "These politicians are liars.",
        "His ministers are crooks.",
        "They are cowards.",
    ],
)
def test_a_judging_plural_noun_as_predicate_is_opinion(text: str) -> None:
    """ "are liars", "are crooks": the writer names people by a verdict."""
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    ["Talks may resume.", "Talks may resume in June.", "The factory might reopen."],
)
def test_an_event_that_may_happen_is_an_estimate_dated_or_not(text: str) -> None:
    """GUIDE: an uncertain outcome in the writer's voice is an estimate, with or without
    a date ("may resume" names an event; the date only says when)."""
    assert suggest_label(text)[0] == "estimate"


@pytest.mark.parametrize(
    "text",
    [
        "She may know more about the plan.",
        "These attacks might be intended to drive a wedge between them.",
        "It might mean the end of the coalition.",
    ],
)
def test_a_state_that_may_be_stays_speculation(text: str) -> None:
    """ "may know", "might be intended", "might mean": speculation about what is the case."""
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "Smith is angry.",
        "Smith is angry about the decision.",
        "Residents are furious about the closure.",
        "She was upset after the hearing.",
        "The families are happy with the verdict.",
    ],
)
def test_a_persons_state_is_fact(text: str) -> None:
    """A person's feeling described in the writer's voice is a checkable state, not the
    writer's judgement (the same label with or without what it is about)."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The decision is shameful.",
        "It is a sad day for democracy.",
        "The news is sad.",
    ],
)
def test_a_feeling_word_about_a_thing_still_judges(text: str) -> None:
    """A word of feeling said of a thing or a day is the writer's judgement."""
    assert suggest_label(text)[0] == "opinion"
