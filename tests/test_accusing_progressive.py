"""An accuser in the progressive is still an accuser: "Navalny has been accusing the
Kremlin of poisoning him." was a fact, because the guard against the passive ("has
been accused of", no accuser) also caught "been accusing" (stop 20 leftover)."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


@pytest.mark.parametrize(
    "text",
    [
        "Navalny has been accusing the Kremlin of poisoning him.",
        "The opposition is accusing the government of lying.",
        "Rebels were accusing the army of shelling the town.",
        "Unions accuse the firm of cutting corners.",
    ],
)
def test_an_accuser_is_a_source(text: str) -> None:
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "He has been accused of fraud.",
        "He is being accused of theft.",
        "The accusing finger of history points at the regime.",
    ],
)
def test_the_accused_names_no_accuser(text: str) -> None:
    assert suggest_label(text)[0] != "attribution"
