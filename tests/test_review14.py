"""Outside review r14: reporting clauses, ranges, suggestions' attribution and plain
news, each with the review's sentences and guards."""

from __future__ import annotations

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare
from newsdiff.meaning.cues.hedges import number_hedges
from newsdiff.meaning.suggest import suggest_label


def classes(a: str, b: str) -> list[str]:
    (row,) = compare(from_text(a, "a"), from_text(b, "b")).rows
    return sorted(row.classes())


# 1. A verb of its own spelled as another's irregular past ("fell" of fall, "found" of
#    find), and a subject modified by "to" ("repairs to the flood wall"), open a clause.
FELL = [
    "The bank {} profits fell 10 percent.",
    "The ministry {} prices fell.",
    "The ministry {} exports fell sharply.",
    "The ministry {} the building fell.",
    "Officials {} the suspect found the money.",
    "The agency {} repairs to the flood wall would cost 4.5 million pounds.",
]


@pytest.mark.parametrize("frame", FELL)
def test_said_to_claimed_before_an_irregular_past_is_attribution(frame: str) -> None:
    assert "attribution" in classes(frame.format("said"), frame.format("claimed"))


@pytest.mark.parametrize(
    "text",
    [
        "He said prices fell.",
        "He said the price fell.",
        "She said exports fell.",
        "The minister said unemployment fell to 4 percent.",
        "The Environment Agency said repairs to the flood wall would cost 4.5 million pounds.",
        "The agency said repairs to the wall would cost 4.5 million pounds.",
        "The Environment Agency said repairs to the flood wall would take a year.",
        "The mayor announced repairs to the bridge would begin in May.",
    ],
)
def test_a_reported_clause_with_fell_or_to_is_attribution(text: str) -> None:
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "He said goodbye to the crowd.",
        "He said goodbye to the crowd gathered outside.",
        "The minister announced changes to the law passed last year.",
        "She told a story to the class.",
        "The minister announced a new ground offensive.",
        "The company announced a new found confidence.",
        "The minister announced a tax cut.",
    ],
)
def test_an_object_with_to_or_a_noun_homograph_is_no_clause(text: str) -> None:
    assert suggest_label(text)[0] != "attribution"


# 2. "fell 4.5% to $12.40" is a change and a level; a range has one unit at both ends.
def test_a_change_and_a_level_is_no_range() -> None:
    a = "Shares fell 4.5% to $12.40 on Monday."
    b = "Shares fell 4.8% to $12.40 on Monday."
    assert classes(a, b) == ["number"]
    assert suggest_label(a) == ("fact", ())


@pytest.mark.parametrize(
    "text",
    [
        "Shares fell 4.5% to $12.40 on Monday.",
        "Shares fell by 4.5% to $12.40.",
        "The population rose 50% to 500,000.",
        "Unemployment fell 0.5% to 4%.",
        "The figure was between 50% and 500,000.",
    ],
)
def test_numbers_of_two_units_or_a_change_and_a_level_are_no_range(text: str) -> None:
    assert not [c for c in number_hedges(text) if c.kind == "range"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It costs 5% to 10% more.", "5% to 10%"),
        ("Tickets cost $10 to $12.", "$10 to $12"),
        ("Tickets cost $10-12.", "$10-12"),
        ("Prices rose 5 to 10 percent.", "5 to 10 percent"),
        ("Between 300 and 400 people died.", "Between 300 and 400"),
        ("The bill is 3 to 4 million dollars.", "3 to 4 million dollars"),
    ],
)
def test_a_range_of_one_unit_stays_a_range(text: str, cue: str) -> None:
    assert [c.text for c in number_hedges(text) if c.kind == "range"] == [cue]


# 3. One list of speech verbs for the suggestions and the change classes; a worry or a
#    judgement inside what a source said is the source's.
@pytest.mark.parametrize(
    "text",
    [
        "Residents complained that the water smelled of chlorine.",
        "Residents complained that the noise kept them awake at night.",
        "The minister stressed that no decision had been taken.",
        "The minister emphasised that no decision had been taken.",
        "She writes that the war is lost.",
        '"Is this fair?" the farmer asked reporters.',
        "Parents have raised concerns that the building is unsafe.",
        "The mayor expressed hope that the road would reopen.",
    ],
)
def test_speech_verbs_and_voiced_concerns_are_attribution(text: str) -> None:
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The plan, despite protests, went ahead.",
        "The coach stressed the importance of defence.",
        "He complained of chest pains.",
        "Toyota recalled 1 million cars.",
        "The crowd observed a minute's silence.",
        "The company posted a loss of $3 million.",
        "The dish, as it is called, is served cold.",
        "He writes a column for the paper.",
        "The paper, which writes the issue and then has an editor, is old.",
    ],
)
def test_the_same_verbs_with_an_object_are_no_attribution(text: str) -> None:
    assert suggest_label(text)[0] != "attribution"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Residents said that the water smelled.", "Residents complained that the water smelled."),
        (
            "The minister noted that no decision was taken.",
            "The minister stressed that no decision was taken.",
        ),
        (
            "Residents complained that the water smelled.",
            "Residents stressed that the water smelled.",
        ),
    ],
)
def test_a_speech_verb_changed_is_attribution(a: str, b: str) -> None:
    assert "attribution" in classes(a, b)


def test_the_patterns_draw_on_the_one_list_of_speech_verbs() -> None:
    """A verb the clause rules know reports in a parenthesis and after "as" too."""
    assert suggest_label("The deal, the minister stressed, was never signed.")[0] == "attribution"
    assert suggest_label("As the minister stressed, the deal was never signed.")[0] == "attribution"


# 4. Plain news: words that judge elsewhere describe a reported event.
@pytest.mark.parametrize(
    "text",
    [
        "A massive fire destroyed a warehouse in the port on Tuesday.",
        "The devastating floods killed 14 people.",
        "Talks collapsed on Friday.",
        "Talks collapse in Geneva",
        "Flood defences collapse as river bursts banks in northern town",
        "The striking workers returned to their jobs.",
        "The plan has drawn fierce criticism from environmental groups.",
        "Residents need to register before Friday.",
        "The council must publish its accounts by law.",
    ],
)
def test_a_plain_report_of_an_event_is_no_opinion(text: str) -> None:
    assert suggest_label(text)[0] != "opinion"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The government must act now.", "must"),
        ("This was a devastating failure of leadership.", "devastating"),
        ("Morale has collapsed in the army.", "collapsed"),
        ("The collapse of the talks was a blow.", "collapse"),
        ("We must act before it is too late.", "must"),
        ("The singer gave a striking performance.", "striking"),
    ],
)
def test_the_writers_judgement_stays_opinion(text: str, cue: str) -> None:
    label, cues = suggest_label(text)
    assert label == "opinion" and cue in [c.text for c in cues]


# 5. A hedge phrase swapped word for word is one change; a dropped agency credit is an
#    attribution change.
def test_a_hedge_phrase_replaced_is_one_hedge_change() -> None:
    (row,) = compare(
        from_text("At least 120 homes were flooded.", "a"),
        from_text("More than 100 homes were flooded.", "b"),
    ).rows
    hedges = [c for c in row.changes if "hedge" in c.classes]
    assert [(c.a, c.b) for c in hedges] == [("At least", "More than")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "LEEDSWORTH, March 4 (Reuters) - At least 120 homes were flooded.",
            "LEEDSWORTH - At least 120 homes were flooded.",
        ),
        ("LONDON (Reuters) - Prices rose.", "LONDON - Prices rose."),
        ("LONDON (Reuters) - Prices rose.", "LONDON (AP) - Prices rose."),
        ("PARIS (AFP) - Prices rose.", "PARIS - Prices rose."),
    ],
)
def test_a_dropped_or_swapped_agency_credit_is_attribution(a: str, b: str) -> None:
    assert "attribution" in classes(a, b)


def test_a_pictures_credit_and_a_plain_word_are_no_credit() -> None:
    assert "attribution" not in classes(
        "Crowds gathered in the square (AP Photo).", "Crowds gathered in the square."
    )
    assert "attribution" not in classes("The PA system failed.", "The system failed.")


# 1, continued: a verb whose past is spelled as its base, before its object.
@pytest.mark.parametrize(
    "frame",
    [
        "Officials {} prices hit a record.",
        "The ministry {} the river burst its banks.",
        "The bank {} repairs cost 4.5 million pounds.",
        # A verb of motion before its preposition: "spread to", "spread across".
        "Officials {} the fire spread to the roof.",
        "Health officials {} the virus spread across the region.",
    ],
)
def test_said_to_claimed_before_an_unmarked_past_is_attribution(frame: str) -> None:
    assert "attribution" in classes(frame.format("said"), frame.format("claimed"))
    assert suggest_label(frame.format("said"))[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The minister announced a tax cut for families.",
        "The company announced a budget cut of 5 percent.",
        "The minister announced a new set of rules.",
        "The council announced a tax cut to business rates.",
    ],
)
def test_a_noun_spelled_as_an_unmarked_past_is_no_clause(text: str) -> None:
    assert suggest_label(text)[0] != "attribution"
