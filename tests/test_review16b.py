"""Review r16b's wrong suggestions on plain news sentences (suggest_wrong.txt), each
beside near sentences that keep their label."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


@pytest.mark.parametrize(
    "text",
    [
        "Sales were better than expected in the third quarter.",
        "Profits were worse than analysts had predicted.",
        "The storm was stronger than forecasters had expected.",
        "Turnout was higher than many had feared.",
        "The deficit was larger than initially estimated.",
        "Sales rose more than expected.",
    ],
)
def test_a_past_result_against_expectations_is_a_fact(text: str) -> None:
    """ "better than expected": the expectation is the yardstick of a measured result,
    neither a hedge, nor anyone's claim, nor a judgement."""
    assert suggest_label(text) == ("fact", ())


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Sales are expected to rise in the third quarter.", "estimate"),
        ("The toll could be higher than feared.", "estimate"),
        ("Inflation is higher than expected.", "estimate"),
        ("More than 300 people are expected to attend.", "estimate"),
        ("More than 300 were feared dead.", "estimate"),
        ("Results were as expected.", "estimate"),
        ("Analysts had predicted a loss in the third quarter.", "attribution"),
        ("Sales were better this year.", "opinion"),
        ("The new plan is better than the old one.", "opinion"),
        ("The storm will be worse than forecast.", "opinion"),
    ],
)
def test_expectations_of_what_is_to_come_still_hedge(text: str, label: str) -> None:
    """What is expected to come, a result with a modal or in the present, a prediction
    as the clause's verb, and "better" with no yardstick keep their labels."""
    assert suggest_label(text)[0] == label


@pytest.mark.parametrize(
    "text",
    [
        "Astronomers detected water vapour in the atmosphere of a distant exoplanet.",
        "US intelligence detected troops moving away.",
        "Doctors detected cancer in her lungs.",
        "Scientists discovered a new species of frog in Ecuador.",
        "Police found a body in the river.",
        "Researchers observed the comet for three nights.",
    ],
)
def test_detecting_is_an_act_not_speech(text: str) -> None:
    """What was detected, discovered or observed is the finding, in the article's own
    voice: a fact, not the finder's claim."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The study found that coffee lowers the risk.", "study found"),
        ("The study showed that the drug works.", "study showed"),
        ("John Kirby said US intelligence detected troops moving away.", "said"),
        ("Police suspect arson.", "Police suspect"),
    ],
)
def test_a_study_that_found_still_reports(text: str, cue: str) -> None:
    """A study that found or showed carries its finding (the project's rule), and so
    does a source's saying or suspecting."""
    label, cues = suggest_label(text)
    assert label == "attribution"
    assert cue in [c.text for c in cues]


@pytest.mark.parametrize(
    "text",
    [
        "Passengers with tickets can rebook without charge.",
        "Customers with a receipt can claim a refund.",
        "Voters in the district can register online until Friday.",
        "All passengers with tickets can rebook without charge.",
        "Residents can collect sandbags from the fire station.",
    ],
)
def test_can_and_a_practical_act_is_a_permission_or_a_service(text: str) -> None:
    """ "can" before rebooking, collecting, applying, registering, voting or claiming
    tells what one is allowed or offered to do: a fact, whatever noun comes before it
    ("tickets" is no kind the writer generalises about)."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "It can also backfire",
        "Even those prohibitions can be gotten around",
        "Even tax cuts can pay for themselves.",
        "Higher tariffs can hurt exporters.",
        "This can vote nobody out of office.",
    ],
)
def test_can_of_what_is_possible_stays_the_writers(text: str) -> None:
    """What is possible in general, said of a kind or of what the writer pointed at,
    stays opinion, a practical verb after a pointing pronoun included."""
    label, cues = suggest_label(text)
    assert label == "opinion"
    assert "can" in [c.text.lower() for c in cues]
