"""An outside review of issue 12's examples: a name opening the reported clause, a verdict
named by "called", "conceded" as a speech verb, and two judging words joined by "and"."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


@pytest.mark.parametrize(
    "text",
    [
        "She said Republican Donald Trump favors higher tariffs.",
        "He said Trump favors tariffs.",
        "He said Prime Minister Keir Starmer wants a deal.",
        "Officials insist Ukraine holds the city.",
        "She said former president Donald Trump favors tariffs.",
        "She said the plan was dead.",
        "He conceded the plan had failed.",
        '"We lost," he conceded.',
    ],
)
def test_a_name_opening_the_reported_clause_is_attribution(text: str) -> None:
    """A reporting verb, then a clause whose subject is a name (with a title or a
    descriptor) and an "-s" verb, reports speech as "said the plan was dead" does."""
    label, cues = suggest_label(text)
    assert label == "attribution"
    assert cues


@pytest.mark.parametrize(
    "text",
    [
        "He said goodbye.",
        "She told reporters.",
        "He said Trump.",
        "He claimed the prize.",
        "He conceded defeat.",
        "The party conceded the election.",
        "The company announced Windows updates.",
    ],
)
def test_objects_of_speech_verbs_are_no_attribution(text: str) -> None:
    """An object, a bare name or a name and a noun after the verb is no reported clause;
    "conceded" reports speech only with a clause or a quotation."""
    assert suggest_label(text)[0] != "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "He called the charges unsubstantiated.",
        "He called the charges unsubstantiated and false.",
        "She called the allegations baseless.",
        "The minister called the report biased.",
        "Critics called the plan politically motivated.",
        "He called the decision a mistake.",
        "She called Trump a liar.",
        "He called it unacceptable.",
        "He called the charges “baseless”.",
        "The union branded the offer an insult.",
        "Officials labelled the report biased and inaccurate.",
        "She called the election rigged.",
        "He called the remarks racist.",
    ],
)
def test_a_verdict_named_by_called_is_attribution(text: str) -> None:
    """ "called X ADJ" or "called X a NOUN": the source's verdict, reported speech."""
    label, cues = suggest_label(text)
    assert label == "attribution"
    assert any(c.text.lower() in ("called", "branded", "labelled") for c in cues)


@pytest.mark.parametrize(
    "text",
    [
        "He called the police.",
        "She called a meeting.",
        "He called him at home.",
        "They called the baby Anna.",
        "They called the wounded.",
        "He called the company last week.",
        "He called him home.",
        "She called it a day.",
        "He called the police a second time.",
        "He called a special meeting.",
        "He called the meeting to order.",
        "She called the number listed.",
        "He called them both.",
        "They called the number above.",
        "He called the restaurant ahead.",
        "She called the vote open.",
    ],
)
def test_calling_someone_or_naming_is_no_attribution(text: str) -> None:
    """Phoning, summoning, convening or naming (a capitalised name, a time, a place)
    is no verdict."""
    assert suggest_label(text)[0] != "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The advertisement was misleading.",
        "The advertisement was misleading and insidious.",
        "The advertisement was misleading and false.",
        "The results are encouraging and welcome.",
    ],
)
def test_judging_words_joined_by_and_stay_opinion(text: str) -> None:
    """A judging "-ing" word before "and" is a predicate joined to another, not a
    progressive verb: a second predicate does not cancel the judgement."""
    label, cues = suggest_label(text)
    assert label == "opinion"
    assert any(c.text in ("misleading", "encouraging") for c in cues)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry is also encouraging citizens to report.",
        "The company is misleading and cheating its customers.",
    ],
)
def test_progressive_verbs_stay_verbs(text: str) -> None:
    """An "-ing" verb with an object after an auxiliary, alone or joined to another
    with an object, judges nothing."""
    assert suggest_label(text)[0] != "opinion"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Analysts at Barclays had predicted a smaller increase.", "attribution"),
        ("Police had suspected arson.", "attribution"),
        # review r16b: a past result measured against what analysts expected is the
        # article's fact (tests/test_review16b.py), not the analysts' claim
        ("Prices rose more than analysts had expected.", "fact"),
        ("They have said nothing.", "fact"),
    ],
)
def test_a_source_and_its_verb_may_have_a_perfect_between(text: str, label: str) -> None:
    """ "has", "have" or "had" between a source and its verb of estimating keeps the
    source ("Analysts at Barclays had predicted", from the outside review's r2.txt)."""
    assert suggest_label(text)[0] == label
