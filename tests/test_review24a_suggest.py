"""Review r24a (issue 12, a new user on 40 ABC news items of Dec 2001): reported speech
lost to a short adverb after the pronoun ("said he too had quit"), to a subject's
"against" phrase ("said further raids against the two groups were likely"), to an
audience the rules did not know ("told a stunned nation that"); and "denied bail", a
decision reported as if someone denied a claim."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def label(sentence: str) -> str:
    return str(suggest_label(sentence)[0])


@pytest.mark.parametrize(
    "sentence",
    [
        # said_he_too.txt, claimed_likely.txt
        "The spokesman said he too had quit.",
        "Police said he also fled the scene.",
        "The company said it too would cut jobs.",
        "The government claimed he too had quit.",
        # abc_003 A#4
        "After announcing that the senate leader, Ramon Puerta, would assume the "
        "presidency until congress appoints a new caretaker president, the government "
        "said he too had quit and another senior lawmaker would act in the role.",
        # claimed_likely.txt: attribution before estimate, as README orders them
        "Police said further raids against the two groups were likely.",
        "Police in Karachi claimed further raids against the two groups were likely.",
        # suggest_misc.txt
        "Aldolfo Rodregiuez Saa told a stunned nation that he could not rescue Argentina.",
    ],
)
def test_reported_speech_is_attribution(sentence: str) -> None:
    assert label(sentence) == "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses that reported before and still do
        "The government said he had quit.",
        "The minister said she, too, would resign.",
        "Police said further raids were likely.",
        "He denied the charges.",
        "The company denied that it had cut jobs.",
        "He denied bail was ever discussed.",
        "The minister told reporters that he would resign.",
    ],
)
def test_near_misses_still_report(sentence: str) -> None:
    assert label(sentence) == "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        # suggest_misc.txt: a court's decision, no claim denied
        "Shoe bomb suspect denied bail",
        "The court denied bail to the suspect.",
        "She was denied entry to the country.",
    ],
)
def test_denied_bail_is_no_report(sentence: str) -> None:
    assert label(sentence) == "fact"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # near misses: a story told, not an audience; the writer's own estimate
        ("He told a story that his father had told him.", "fact"),
        ("Further raids against the two groups are likely.", "estimate"),
    ],
)
def test_no_source_no_attribution(sentence: str, expected: str) -> None:
    assert label(sentence) == expected
