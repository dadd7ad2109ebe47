"""Review r20d: a closing source the writer measures a claim against carries no claim
("The death toll was far higher than officials said." was attribution: the claim is the
article's own and contradicts the source)."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


@pytest.mark.parametrize(
    "text",
    [
        "The death toll was far higher than officials said.",
        "The repairs took twice as long as engineers said.",
        "The plan failed just as critics said.",
    ],
)
def test_a_claim_set_against_a_closing_source_is_no_attribution(text: str) -> None:
    assert str(suggest_label(text)[0]) != "attribution"


def test_a_closing_source_with_its_comma_dropped_still_carries_the_claim() -> None:
    """Near miss: the archive's dropped comma, no word of comparison before the source."""
    text = "The emails could be relevant to the probe officials said."
    assert str(suggest_label(text)[0]) == "attribution"


@pytest.mark.parametrize(
    "text", ["The fine can go up to $10,000.", "Temperatures will climb up to 40C on Friday."]
)
def test_up_to_after_a_modal_is_a_ceiling_or_a_forecast(text: str) -> None:
    """Review r20d finding 5: a verb of change after a modal names a level that may be
    reached, an estimate, not the level reached."""
    assert str(suggest_label(text)[0]) == "estimate"


def test_up_to_after_a_verb_of_change_alone_is_the_level_reached() -> None:
    """Near miss (review r20c): the level reached is a fact."""
    assert str(suggest_label("Prices shot up to $90 a barrel on Monday.")[0]) == "fact"
