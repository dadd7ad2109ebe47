"""Issue 12 (attribution precision): a participle of a verb of confirming or announcing
after a count and before its noun ("Five confirmed cases were found.") was read as a
reporting verb. The count opens the noun phrase as "the" does ("the confirmed cases"):
verified cases, no one reported as saying anything. Hearsay participles still attribute
("the alleged ringleader", README; review r22c). Each test quotes the finding's example."""

from __future__ import annotations

import pytest

from .test_fix24g_counted_participle import shown


@pytest.mark.parametrize(
    "sentence",
    [
        "Five confirmed cases were found.",
        "There are 12 confirmed cases in the city.",
        "Three announced projects were cancelled.",
    ],
)
def test_a_count_before_a_participle_and_its_noun_is_no_report(sentence: str) -> None:
    assert shown(sentence) == ("fact", [])


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        # near misses: a source and its reporting verb, or a passive with its agent
        ("Officials confirmed five cases.", "confirmed"),
        ("The ministry confirmed that five cases were found.", "confirmed"),
        ("Two reported that prices rose.", "reported"),
        ("Five cases were confirmed by the ministry.", "confirmed"),
        ("Two announced they would resign.", "announced"),
        # hearsay participles after a count or "the" still attribute (README, r22c)
        ("Three reported deaths were counted.", "reported"),
        ("Three alleged members were arrested.", "alleged"),
        ("The alleged ringleader was arrested.", "alleged"),
    ],
)
def test_a_source_and_its_verb_or_hearsay_still_attribute(sentence: str, cue: str) -> None:
    assert shown(sentence) == ("attribution", [cue])


def test_a_date_or_no_one_before_the_verb_is_no_count() -> None:
    # the day of a date and "no one" are no count opening a noun phrase
    assert shown("The ministry on March 12 confirmed reports of fraud.")[0] == "attribution"
    assert shown("No one confirmed reports of fraud.")[0] == "attribution"
