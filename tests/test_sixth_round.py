"""Issue 12's sixth rules round: each rule beside the plain news it must leave alone
(wire sentences that stay fact, attribution or estimate)."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


@pytest.mark.parametrize(
    "text",
    [
        "Police did confirm that two men had been arrested.",
        "The company does admit that the software was faulty.",
        "Officials did not say whether anyone had been hurt.",
    ],
)
def test_a_bare_reporting_verb_after_an_auxiliary_reports(text: str) -> None:
    """ "did confirm that", "does admit that": the bare form reports as "confirmed"."""
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry will confirm the death toll later.",
        "The company will announce its results on Monday.",
        "They did say goodbye before the ship left.",
        "The minister will state the case to parliament.",
        "The ministry will confirm that the border is closed.",
    ],
)
def test_a_bare_reporting_verb_with_nothing_reported_stays_fact(text: str) -> None:
    """A future report, a farewell: nothing is reported yet (after a modal the verb is as
    often the writer's stance: "we must acknowledge that")."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "They set up a disaster relief fund.",
        "The disaster zone was sealed off on Monday.",
        "Massacre survivors gathered at the memorial.",
        "The disaster area covers three counties.",
    ],
)
def test_a_judging_noun_that_names_a_kind_is_no_judgement(text: str) -> None:
    """ "disaster relief", "massacre survivors": the noun before a noun names a kind."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The evacuation was a disaster.",
        "The chaos continues.",
        "The tragedy unfolded slowly.",
    ],
)
def test_a_judging_noun_alone_still_judges(text: str) -> None:
    """The same nouns as a predicate, a subject before its verb: the writer's word."""
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "Reuters broke the news that the chief executive had resigned.",
        "The ministry issued a statement that the border would stay closed.",
        "Officials rejected the claim that troops had fired first.",
    ],
)
def test_a_source_and_a_noun_of_saying_with_that_report(text: str) -> None:
    """ "broke the news that", "issued a statement that": the source's words follow."""
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The government took the decision that schools would close.",
        "The news that the plant would close spread quickly through the town.",
        "A statement that the border would reopen was posted on the door.",
    ],
)
def test_a_noun_of_saying_with_no_source_before_its_verb_is_no_attribution(text: str) -> None:
    """No source and verb before the noun, or a noun that says nothing: no report."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Higher wages attract workers from abroad.",
        "High taxes discourage investment.",
        "Both parties support the surveillance programme.",
    ],
)
def test_a_kind_in_the_simple_present_states_a_general_claim(text: str) -> None:
    """A bare plural subject and a present verb: what the writer holds true in general."""
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters battle the blaze",
        "Police seek a man in his 30s.",
        "Hamas rejects the proposal.",
        "The storm batters the coast.",
        "The search continues.",
        "The company makes cars in Detroit.",
        "He lives in Leeds.",
        "The museum opens at nine.",
        "The bill gives nurses a pay rise.",
        "Some Russian forces no longer believe they can win.",
        "Rebels control most of the north.",
    ],
)
def test_a_report_in_the_present_stays_fact(text: str) -> None:
    """A caption's or headline's present, a standing state, a schedule: no claim."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Voters have not forgotten this betrayal.",
        "Such cruelty has no place in a modern army.",
    ],
)
def test_this_or_such_before_a_judging_noun_is_a_verdict(text: str) -> None:
    """ "this betrayal", "such cruelty": the writer names what happened by a verdict."""
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "This crisis has left two million people without power.",
        "The country faced such destruction in 1945.",
        "The town has known this depression since the mine closed.",
    ],
)
def test_this_before_a_noun_that_names_an_event_stays_fact(text: str) -> None:
    """ "this crisis", "such destruction": an event named, no verdict."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The minister declared his readiness to help European partners.",
        "It was the choice he made five years ago, confirmed on his re-election in 2012.",
        "The deal, announced in June, was signed in Brussels.",
    ],
)
def test_no_one_reports_here(text: str) -> None:
    """A capital after a preposition is an object's ("to help European partners"), not
    a name and its verb; a participle after a comma and before a preposition describes
    the noun before it ("..., confirmed on his re-election")."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "She said former president Donald Trump favors tariffs.",
        "He said the Kremlin wants a deal.",
        "The toll rose to 12, confirmed on Monday by officials.",
        "Three people died, police confirmed on Monday.",
        "The plant will close, the company announced on Friday.",
    ],
)
def test_a_name_and_its_verb_and_a_closing_report_stay_attribution(text: str) -> None:
    """A name that opens the reported clause; a participle with its agent; a source."""
    assert suggest_label(text)[0] == "attribution"
