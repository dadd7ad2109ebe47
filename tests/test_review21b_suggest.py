"""Review r21b (the suggestion findings: 1, 2, 4, 5, 8, 9, 10): labels the review found
wrong after this morning's commits, with near misses the fixes must not fire on."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def label(sentence: str) -> str:
    return str(suggest_label(sentence)[0])


@pytest.mark.parametrize(
    "sentence",
    [
        # Finding 1: a person, a body or a document whose phrase opens with a study's
        # noun found a clause out, or showed a result: reported content.
        "A research paper found that the drug cut deaths by a third.",
        "A research note from Goldman Sachs found that margins are shrinking.",
        "A research group at MIT found that the chips overheat.",
        "A research institute found that wages fell in real terms.",
        "A poll tracker shows Labour ahead by 20 points.",
        "Study authors found that the drug cut deaths by a third.",
        "Survey researchers found that most voters back the plan.",
        "Research scientists found that the ice is melting faster.",
        "Poll analysts found that support for the plan has fallen.",
        "Study leader Jane Smith found that the drug works.",
        "Survey takers found that prices rose 5%.",
    ],
)
def test_a_finder_who_found_a_clause_out_reports_it(sentence: str) -> None:
    assert label(sentence) == "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a finder of objects, a ship, an idiom
        "A survey crew found the body.",
        "A survey ship found the wreck.",
        "A survey team found the missing hikers.",
        "A poll taken at the stadium on Friday found its way online.",
        "A research vessel found that the wreck had moved.",
    ],
)
def test_a_finder_of_objects_reports_nothing(sentence: str) -> None:
    assert label(sentence) == "fact"
