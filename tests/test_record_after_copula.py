"""A record bounded in time is checked, not judged, also where the superlative stands
for its subject's noun (review r21a finding 4: "The flooding is the worst in the
county since 1998, when the river crested at 5.1 metres." was opinion [worst], while
"the worst flooding in 50 years" was already fact)."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


@pytest.mark.parametrize(
    "text",
    [
        "The flooding is the worst in the county since 1998, when the river crested at 5.1 metres.",
        "The storm was the worst in 50 years.",
        "The drought is the worst on record.",
    ],
)
def test_a_record_of_a_disaster_is_a_fact(text: str) -> None:
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The government is the worst in history.",
        "The team is the worst in the league since 2001.",
        "The flooding is the worst I have seen.",
        "It was the worst decision the council has made.",
    ],
)
def test_an_unbounded_or_judged_superlative_is_opinion(text: str) -> None:
    assert suggest_label(text)[0] == "opinion"
