"""Outside review r19a (real human-labelled text): sentences cut inside Reuters
instrument codes, plural possessives read as quotation marks, hyphenated spellings and
compounds, currencies with a country prefix, "no" -> "neither ... nor", and what scan's
``--min-reuse`` means."""

from __future__ import annotations

import pytest

from newsdiff.core.sentences import split_sentences

# 1. A full stop with a capital right after it (no space) ends no sentence.

# The review's ric.txt, quoted.
RIC = [
    "The broader Standard & Poor's 500 Index .SPX gained 3 points, or 0.39 percent, at 924.",
    "The Dow Jones industrial average .DJI ended up 64.64 points, or 0.71 percent, at "
    "9,191.09, according to the latest available data.",
    "SSE will sell the assets to fellow British utility International Power Plc IPR.L for "
    "21 million pounds.",
    "Other algorithms include the HITS algorithm (used by Teoma and now Ask.com), the IBM "
    "CLEVER project, and TrustRank.",
    "Shares of Vodafone VOD.L fell 2 percent.",
]


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_instrument_codes_stay_inside_their_sentence() -> None:
    assert _texts("\n\n".join(RIC)) == RIC
    assert _texts(" ".join(RIC)) == RIC


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Near misses: a space after the full stop still ends the sentence.
        (
            "He moved to the U.S.A. The next day he left.",
            ["He moved to the U.S.A.", "The next day he left."],
        ),
        (
            "Shares of Vodafone fell. VOD shares led.",
            ["Shares of Vodafone fell.", "VOD shares led."],
        ),
    ],
)
def test_a_full_stop_before_a_space_still_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected
