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
