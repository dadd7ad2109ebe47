"""False attributions of issue 12's fifth round, read from the errors of the editorial
dev half (bench/editorial_bench.py): a quoted term in the writer's own sentence, a
passive reporting verb with no one to report, a one-word line. Each beside the plain
news that must stay attribution."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


@pytest.mark.parametrize(
    "text",
    [
        'The two countries signed a treaty on "alliance and strategic partnership".',
        'The treaty created a "common security and defense space" between them.',
        'Georgia kept its "non-use of force" pledge throughout the year.',
    ],
)
def test_a_quoted_term_in_the_writers_sentence_is_no_attribution(text: str) -> None:
    """A quoted noun phrase after a determiner or "on"/"of", no one saying it, names a term."""
    assert suggest_label(text)[0] != "attribution"


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild the bridge," the mayor said.',
        'He had one message for the crowd: "We are not going anywhere."',
        'Police described the scene as "like something from a war film".',
        'The sign on the door read "No entry for unauthorised persons".',
        'It is "the worst flooding we have seen in a generation".',
        'The leaflet promised a "better future for all of you and your families".',
        'The group called the decision a "grave and historic mistake".',
    ],
)
def test_quoted_speech_stays_attribution(text: str) -> None:
    """Speech quoted with its speaker, after a colon or a verb, or with a person in it."""
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "Nothing has been confirmed at this point.",
        "The wave of attacks might be explained in several ways.",
        "The cause of the fire was not disclosed.",
    ],
)
def test_a_passive_reporting_verb_with_no_one_to_report_is_no_attribution(text: str) -> None:
    """ "has been confirmed", "be explained in": nobody reports and nothing is reported."""
    assert suggest_label(text)[0] != "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "It was announced that the plant would close.",
        "The deaths were confirmed by police on Monday.",
        "The minister is said to be furious.",
        "The attack was described as a turning point.",
        "Three deaths have been confirmed, the ministry said.",
    ],
)
def test_a_passive_that_reports_stays_attribution(text: str) -> None:
    """A passive with "that", "by", "to" or "as" after it, or a source elsewhere, reports."""
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize("text", ["confirmed", "Denied.", "Said."])
def test_one_word_states_nothing(text: str) -> None:
    """A one-word line is no statement, even a reporting verb."""
    assert suggest_label(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "The country was running deficits of 15%-20% of GDP.",
        "Around half of Russians did not want to see him as president again.",
        "More than half of the victims were children.",
        "Nearly two-thirds of the budget goes on salaries.",
    ],
)
def test_a_range_of_percentages_or_a_softened_share_is_an_estimate(text: str) -> None:
    """ "15%-20%" is a range (no minus sign), "around half" a softened share."""
    assert suggest_label(text)[0] == "estimate"


@pytest.mark.parametrize(
    "text",
    [
        "Half of the staff left the company in 2019.",
        "The temperature fell from 5% to -3% over the year.",
        "A third of the homes were flooded.",
    ],
)
def test_an_exact_share_or_a_signed_figure_stays_fact(text: str) -> None:
    """A share without a softener is exact; a minus after a space is a sign, no range."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "It was a new idea, or so they thought.",
        "It was a new idea, or so they thought",
        "The law protects freedoms like thought, speech and worship.",
        "She thought about the offer for a week.",
    ],
)
def test_thought_as_a_belief_or_a_noun_is_no_hedge(text: str) -> None:
    """ "so they thought", "freedom of thought": no hedge of a quantity or an outcome."""
    assert suggest_label(text)[0] != "estimate"


@pytest.mark.parametrize(
    "text",
    ["The suspect is thought to have fled the country.", "Two men are thought to be missing."],
)
def test_thought_to_still_hedges(text: str) -> None:
    """ "is thought to have fled": hearsay of an outcome, an estimate."""
    assert suggest_label(text)[0] == "estimate"


@pytest.mark.parametrize(
    "text",
    [
        "The fire appears to have started in the kitchen.",
        "The victim appeared to have been shot.",
        "Prices appear to be rising.",
    ],
)
def test_appears_to_before_an_outcome_is_an_estimate(text: str) -> None:
    """ "appears to" before an event is an uncertain outcome, like "may"."""
    assert suggest_label(text)[0] == "estimate"


@pytest.mark.parametrize(
    "text",
    ["Escalation appears to be his only tactic.", "The strategy seems to be working."],
)
def test_appears_to_be_a_state_is_speculation(text: str) -> None:
    """ "appears to be his only tactic": the writer's reading of a state, as "seems to"."""
    assert suggest_label(text)[0] == "opinion"


def test_appeared_in_court_is_no_hedge() -> None:
    """ "appeared in court" is being seen, a fact."""
    assert suggest_label("He appeared in court on Monday.")[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "NATO commanders accuse their Afghan counterparts of exaggerating.",
        "Critics accused the government of lying about the cost.",
        "Israeli officials would neither confirm nor deny the attacks.",
    ],
)
def test_an_accusation_or_a_source_keeping_back_is_attribution(text: str) -> None:
    """A source that accuses or would not confirm a claim is reported."""
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the ministry declined to comment.",
        "The company did not comment on the report.",
    ],
)
def test_declining_to_comment_carries_no_claim(text: str) -> None:
    """Review r17b (probe_attr line 21): "declined to comment" carries no claim, a fact
    as "did not respond to a request for comment" is."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "He was accused of fraud in 2019.",
        "The accused was found guilty of murder.",
        "Visitors can comment on the plans until Friday.",
    ],
)
def test_an_accused_person_or_a_plain_comment_is_no_attribution(text: str) -> None:
    """ "was accused of" names no accuser, "the accused" is a person, "can comment" a fact."""
    assert suggest_label(text)[0] != "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "Oil prices collapsed in the 1980s.",
        "Oman compensated for the price collapse by increasing production.",
        "The collapse in investment lasted two years.",
    ],
)
def test_a_measured_fall_is_no_judgement(text: str) -> None:
    """Prices, investment or a currency that collapse report a fall, not a verdict."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text", ["Morale has collapsed in the army.", "The collapse of the talks was a blow."]
)
def test_morale_collapsing_still_judges(text: str) -> None:
    """What collapses in a figure of speech is still the writer's judgement (talks that
    collapsed are an event, outside review r14: ``test_review14``)."""
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    ["Religiously they are Orthodox Christian.", "They are members of the local council."],
)
def test_they_are_describes_a_group(text: str) -> None:
    """ "they are" introduces who a group is, as "she is" does a person."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    ["The novel became a fan favourite.", "It was a dishonourable act."],
)
def test_british_spellings_are_looked_up_in_the_lexicons(text: str) -> None:
    """The lexicons spell American; "meagre", "sceptical" are found as "meager", "skeptical"."""
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "I, too, believe that Afghans possess the ingenuity to prosper.",
        "They do point to a simple, stark fact.",
        "Sanctions do work.",
    ],
)
def test_the_writer_insisting_is_opinion(text: str) -> None:
    """ "I, too, believe" weighs in; an emphatic "do" insists on a claim."""
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "He did not go to the meeting.",
        "The council did nothing about the complaints.",
        "The firm does business in 40 countries.",
        "People do things differently in the north.",
        "If they do, the vote will be held in May.",
        "The minister did meet the protesters on Friday.",
        "The rain did stop by noon.",
    ],
)
def test_do_as_an_auxiliary_or_a_main_verb_stays_fact(text: str) -> None:
    """ "did not", "did nothing", "does business", an ellipsis: no emphasis."""
    assert suggest_label(text)[0] in ("fact", "estimate")


@pytest.mark.parametrize(
    "text",
    ["Yet the problem is a deep one.", "It is a slow march, but a steady one."],
)
def test_an_adjective_and_one_grades_rather_than_counts(text: str) -> None:
    """ "a deep one" stands for a noun said before: no number, and a grade, no class."""
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "The storm killed one man on Monday.",
        "An estimated one million people live in the valley.",
        "He bought a new one on Monday.",
        "The suspect is a former soldier.",
    ],
)
def test_one_that_counts_or_a_plain_class_stays_fact(text: str) -> None:
    """ "one man", "one million" count; "a new one" dated, "a former soldier" classes."""
    assert suggest_label(text)[0] in ("fact", "estimate")
