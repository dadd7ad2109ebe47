"""Suggestions an outside review (r18b, finding 7) found wrong: a source's figure with
a thousands comma read as the end of its clause ("The Chamber of Commerce said 3,000
small businesses had closed" was a fact, "... said 300 people" attribution), and a
stance adverb read across the hyphen of a compound ("after all-night session")."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def label(sentence: str) -> str:
    return str(suggest_label(sentence)[0])


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chamber of Commerce said 3,000 small businesses had closed since January.",
        "The chamber said 3,000 small businesses had closed since January.",
        "The Chamber of Commerce said more than 3,000 small businesses had closed since January.",
        "The association said 1.5 million people had signed the petition.",
    ],
)
def test_a_source_said_a_figure_with_a_thousands_comma(sentence: str) -> None:
    assert label(sentence) == "attribution"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Senate passes budget bill after all-night session", "fact"),
        ("Council holds all-night meeting on budget", "fact"),
        # Near misses: the adverbs themselves still judge.
        ("The deal was, after all, a bad one.", "opinion"),
        ("The plan will at best delay the inevitable.", "opinion"),
        # A figure with a thousands comma and no reporting verb: a fact.
        ("The company cut 3,000 jobs in 2019.", "fact"),
        ("The crowd said goodbye to 3,000 workers.", "fact"),
    ],
)
def test_a_compound_is_no_stance_adverb(sentence: str, expected: str) -> None:
    assert label(sentence) == expected


def test_the_judgement_of_a_source_who_voted_against_is_hers() -> None:
    """r18b: "Senator Rita Vance voted against the bill, saying it spent too much." was
    an opinion [too much] (already attribution on main since stop 18: a guard)."""
    assert (
        label("Senator Rita Vance voted against the bill, saying it spent too much.")
        == "attribution"
    )
