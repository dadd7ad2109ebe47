"""Issue 12 (attribution precision): a count before a participle of believing and its
noun ("Two suspected militants were killed") was read as a source and its verb ("Two
suspected"). The count opens the noun phrase as "a" does, so the plural reads as "A
suspected militant was killed" does (estimate, a hedge). Each test quotes the
finding's example."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def shown(sentence: str) -> tuple[str, list[str]]:
    label, cues = suggest_label(sentence)
    return str(label), [c.text for c in cues]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two suspected militants were killed.",
        "Five suspected rebels died in the clash.",
        "A suspected militant was killed.",  # the singular they now agree with
    ],
)
def test_a_count_before_a_participle_and_its_noun_hedges(sentence: str) -> None:
    assert shown(sentence) == ("estimate", ["suspected"])


def test_a_hearsay_participle_after_a_count_attributes_as_after_the() -> None:
    # "Three alleged members" was already read as "The alleged ringleader" (README)
    assert shown("Three alleged members were arrested.") == ("attribution", ["alleged"])
    assert shown("The alleged ringleader was arrested.") == ("attribution", ["alleged"])


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # near misses: a source and its verb of believing or saying, no noun modified
        ("Police suspected he was lying.", "Police suspected"),
        ("Two suspected that he was lying.", "Two suspected"),
        ("Two suspected he was lying.", "Two suspected"),
        ("Two officials said the militants were killed.", "said"),
    ],
)
def test_a_source_and_its_verb_still_attribute(sentence: str, cue: str) -> None:
    assert shown(sentence) == ("attribution", [cue])
