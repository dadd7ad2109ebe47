"""Issue 12's eighth rules round: each rule with the editorial dev sentence it reads,
beside the plain news it must leave alone (wire sentences that keep their label)."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


@pytest.mark.parametrize(
    "text",
    [
        "It can also backfire",
        "Even those prohibitions can be gotten around",
        "it can only regulate behavior or spend money when the Constitution authorizes it",
        "there can be no quick fix for war",
    ],
)
def test_can_after_a_pointing_pronoun_is_the_writers_claim(text: str) -> None:
    """ "It can also backfire": what is possible in general, said of what the writer
    pointed at, is the writer's claim (opinion), as "is"/"are" of a general claim is."""
    label, cues = suggest_label(text)
    assert label == "opinion"
    assert [c.text.lower() for c in cues] == ["can"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Residents can apply online.", "fact"),
        ("Police can hold him for 24 hours.", "fact"),
        ("You can watch the match live on BBC One.", "fact"),
        ("Passengers can claim a refund.", "fact"),
        ("The council can appeal the ruling.", "fact"),
        ("Smith can play on Saturday.", "fact"),
        ("The vaccine can cause mild side effects.", "fact"),
        ("The ship can carry cars and trucks.", "fact"),
        ("The bridge can carry 40 tonnes.", "fact"),
        ("There can be delays on the line.", "fact"),
        ("It can take up to six weeks to process an application.", "estimate"),
        ("The law can be challenged in court.", "fact"),
    ],
)
def test_can_of_a_person_a_body_or_one_thing_stays_a_report(text: str, label: str) -> None:
    """What a person or a body may do, what one definite thing can do, with a date or a
    figure: plain news, unchanged."""
    assert suggest_label(text)[0] == label


@pytest.mark.parametrize(
    "text",
    [
        'to do so, the country first and foremost had to "improve the investment climate."',
        'The plan aims to "make the city safer for everyone".',
    ],
)
def test_a_quotation_that_finishes_the_writers_infinitive_is_no_speech(text: str) -> None:
    """A quoted phrase after "to" with no one in the sentence to have said it finishes the
    writer's own clause (a mixed quotation, as 'a treaty on "alliance and strategic
    partnership"' names a term): no attribution."""
    assert suggest_label(text)[0] != "attribution"


@pytest.mark.parametrize(
    "text",
    [
        'He urged residents to "stay indoors and keep calm".',
        'Voters want leaders to "get on with the job".',
        'The government asked Britain to "respect the will of the people".',
        'The minister promised to "fight for every single job".',
        'Officials told reporters to "expect more delays this week".',
    ],
)
def test_a_quotation_after_to_with_a_speaker_is_still_speech(text: str) -> None:
    """A person, a source or a name before the quotation is the one quoted."""
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "At the end of October, British forces lowered the flag at Camp Bastion - from where "
        "they had engaged in the most intense fighting the British army had seen since the "
        "Falklands War- and handed over the base to Afghan forces",
        "The city saw the worst flooding in 50 years.",
        "The region suffered its worst drought on record.",
        "Residents faced the fiercest winds in a decade.",
    ],
)
def test_a_record_bounded_in_time_is_measured(text: str) -> None:
    """A superlative of size or severity before a disaster, a reaction or a physical
    quantity, bounded by "since", "in 50 years" or "on record", is checked against the
    record: a fact."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The city saw the worst flooding.",
        "This is the worst government in history.",
        "The government made the worst decision since Suez.",
    ],
)
def test_an_unbounded_superlative_or_one_of_a_deed_still_judges(text: str) -> None:
    """Without a bound, or of a decision rather than an event one can measure, the
    superlative is the writer's verdict."""
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "Why? Because of the choice Vladimir Putin made five years ago, confirmed on his "
        "reelection in 2012 - and is continuing to make",
        "The result? A city without water.",
    ],
)
def test_a_question_asked_and_answered_in_one_line_is_the_writers(text: str) -> None:
    """A unit or a line given whole may hold the writer's question and its answer: the
    question is the writer's voice, as one at the end is."""
    label, cues = suggest_label(text)
    assert label == "opinion"
    assert cues[0].text.rstrip().endswith("?")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ('"Is anyone hurt?" a neighbour shouted.', "attribution"),
        ('He asked: "Is anyone hurt?" Nobody answered.', "attribution"),
        ("The minister resigned on Monday.", "fact"),
    ],
)
def test_a_quoted_question_stays_the_speakers(text: str, label: str) -> None:
    """A question inside quotation marks is the quoted person's."""
    assert suggest_label(text)[0] == label


@pytest.mark.parametrize(
    "text",
    [
        "Police said the man, 34, was arrested.",
        "Officials said the building, which dates from 1900, was unsafe.",
        "Police said the suspect, a former soldier, had fled.",
        "The US State Department said John Kerry, the Secretary of State, contacted "
        "Thailand's foreign minister over temporary housing for the Rohingya out at sea.",
    ],
)
def test_an_aside_in_the_reported_subject_still_reports(text: str) -> None:
    """An age, a relative clause or an appositive between commas after the reported
    clause's subject: the clause's verb comes after it, and the sentence reports."""
    label, cues = suggest_label(text)
    assert label == "attribution"
    assert cues[0].text == "said"


@pytest.mark.parametrize(
    "text",
    [
        "She thanked the crowd, a large one, and left.",
        "He said goodbye, which surprised nobody, and left the room.",
        "The firm announced the results, a record, on Monday.",
    ],
)
def test_an_aside_after_an_object_reports_nothing(text: str) -> None:
    """After the aside no finite verb: what was said or announced is an object."""
    assert suggest_label(text)[0] != "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "the insurgents failed to seriously disrupt either round of this year's Afghan "
        "elections, as they had vowed to do, leaving their credibility somewhat tarnished",
        "The government cut taxes, as it had promised to.",
    ],
)
def test_a_comparison_with_what_was_vowed_reports_nothing(text: str) -> None:
    """ "as they had vowed to do": the source's words are left out; the clause it
    qualifies is the writer's."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "As the minister said, the economy is recovering.",
        "The rebels vowed to fight on.",
        "He promised he would resign, as he had vowed to do.",
    ],
)
def test_what_a_source_vowed_or_said_still_reports(text: str) -> None:
    """With the content given, or "as the minister said," before the claim: attribution."""
    assert suggest_label(text)[0] == "attribution"


def test_a_verb_that_is_also_a_noun_before_an_adjective_is_the_verb() -> None:
    """ "Both parties support perpetual war": a kind's simple present (a general claim,
    as "Both parties support the act"), the verb known by the adjective after it."""
    assert suggest_label("Both parties support perpetual war and perpetual debt")[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "Many voters support local candidates.",
        "The party support remains strong.",
        "Firefighters battle fierce flames.",
    ],
)
def test_people_or_one_thing_before_the_verb_stay_a_report(text: str) -> None:
    """People who act, one definite thing: their present reports, as before."""
    assert suggest_label(text)[0] == "fact"


def test_a_body_in_the_plural_fears_as_in_the_singular() -> None:
    """ "Opposition parties fear early elections": no opinion (the adjective rule above
    leaves it), and the parties' fear is theirs as "The opposition party fears" is."""
    plural = suggest_label("Opposition parties fear early elections.")[0]
    assert plural == suggest_label("The opposition party fears early elections.")[0]
    assert plural != "opinion"


def test_a_counting_word_after_a_noun_opens_no_object() -> None:
    """ "Residents claim benefits every month": "every" opens a time phrase, so
    "benefits" is the object, not a verb."""
    assert suggest_label("Residents claim benefits every month.")[0] == "fact"
