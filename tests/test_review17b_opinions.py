"""Outside review r17b (issue 12, finding 6): opinion read into breaking news (what is
not yet known, a superlative measured against a population or the record) and
likelihood labelled two ways ("The bill is likely to pass" an estimate, "Donors are
likely to recover most of the money" an opinion), each beside near sentences that keep
their label."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label, suggest_text


def label(text: str) -> str | None:
    return suggest_label(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "The cause of the collapse of a hospital wing in Malatya is not yet known.",
        "The cause of the fire is still unknown.",
        "The motive is unclear.",
    ],
)
def test_what_is_not_yet_known_is_a_fact(text: str) -> None:
    """The state of an inquiry ("is not yet known", "is unclear") is reported, not a
    general claim of the writer."""
    assert suggest_label(text) == ("fact", ())


@pytest.mark.parametrize(
    "text",
    ["The message is clear.", "The answer is not yet obvious to anyone."],
)
def test_a_judged_predicate_stays_opinion(text: str) -> None:
    assert label(text) == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "The region sits on the East Anatolian Fault, one of the most active in the world.",
        "It was the worst drought in the region for 40 years.",
        "The shooting was the deadliest in the country's history.",
    ],
)
def test_a_superlative_measured_against_a_population_or_the_record_is_a_fact(
    text: str,
) -> None:
    assert suggest_label(text) == ("fact", ())


@pytest.mark.parametrize(
    "text",
    [
        "Paris is the most beautiful city in the world.",
        "The plan is the most reckless in the world.",
        "It was the worst government for 40 years.",
    ],
)
def test_a_judging_superlative_stays_opinion(text: str) -> None:
    """A word the lexicons rate as judging, or a record of something that is no
    measured event, keeps its judgement whatever frame follows."""
    assert label(text) == "opinion"


def test_the_quake_report_has_no_opinion() -> None:
    """The reviewer's article: sentences 2 and 5 were opinion."""
    text = "\n\n".join(
        [
            "A magnitude 6.1 earthquake struck eastern Turkey early on Monday, killing at "
            "least 12 people.",
            "The cause of the collapse of a hospital wing in Malatya is not yet known.",
            "It is not clear how many people remain trapped.",
            "The region sits on the East Anatolian Fault, one of the most active in the world.",
            "Schools in the province will stay closed until Friday.",
        ]
    )
    assert [s.label for s in suggest_text(text)] == [
        "estimate", "fact", "fact", "fact", "fact"
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The bill is likely to pass the Senate next week.",
        "Donors are likely to recover most of the money.",
        "Donors are unlikely to recover most of the money.",
        "Donors are likely to recover the money.",
    ],
)
def test_likely_to_and_an_event_is_an_estimate(text: str) -> None:
    """GUIDE section 3: an uncertain outcome in the writer's voice is an estimate, dated
    or not."""
    assert label(text) == "estimate"


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions might embolden Assad.",
        "He may have been the first to know.",
        "Donors are likely to be angry.",
    ],
)
def test_likelihood_of_a_state_stays_speculation(text: str) -> None:
    assert label(text) == "opinion"
