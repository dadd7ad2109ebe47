"""Outside review r17b (issue 12, findings 4 and 5): estimates where nothing was
estimated (the surname May, a change and its new level read as a range, an age band,
"over" meaning "about"), and estimates missed (a forecast, an amount without digits),
each beside near sentences that keep their label."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def label(text: str) -> str | None:
    return suggest_label(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Theresa May resigned as prime minister in 2019.",
        "The meeting was chaired by Theresa May.",
        "Queen guitarist Brian May played the national anthem from the palace roof.",
        "Theresa May cut taxes in her first year.",
    ],
)
def test_the_name_may_is_no_modal(text: str) -> None:
    """A capitalised "May" with no verb after it, or inside a name before a lower-case
    word, is a name: no hedge, no speculation."""
    assert suggest_label(text) == ("fact", ())


@pytest.mark.parametrize(
    "text",
    [
        "Prices May Rise Again Next Year",
        "Theresa May may resign next week.",
        "The road may be closed until Friday.",
    ],
)
def test_the_modal_may_still_hedges(text: str) -> None:
    assert label(text) == "estimate"


@pytest.mark.parametrize(
    "text",
    [
        "Initial claims for unemployment benefits fell by 12,000 to 219,000 last week.",
        "Payrolls rose by 199,000 to 158.6 million in November.",
        "The benchmark rate was raised from 5% to 5.25%.",
        "The unemployment rate fell from 4.1% to 3.9%.",
    ],
)
def test_a_change_and_its_level_is_no_range(text: str) -> None:
    """After a verb of change, "from X to Y" is two levels and "by X to Y" with Y far
    above X the change and the level reached: a measured figure, a fact."""
    assert suggest_label(text) == ("fact", ())


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 5 to 10 percent last year.",
        "Prices rose by 10 to 15% last year.",
        "Estimates range from 300 to 400 people.",
    ],
)
def test_a_range_after_a_verb_of_change_stays_a_range(text: str) -> None:
    assert label(text) == "estimate"


@pytest.mark.parametrize(
    "text",
    [
        "Children aged between 5 and 11 will be offered the vaccine from Monday.",
        "The offer is open to people aged 18 to 25.",
        "Residents aged over 65 can book the jab online.",
        "The scheme is open to 18- to 25-year-olds.",
    ],
)
def test_an_age_band_is_a_definition(text: str) -> None:
    assert suggest_label(text) == ("fact", ())


def test_an_approximate_age_stays_an_estimate() -> None:
    assert label("A man aged about 30 was arrested.") == "estimate"


@pytest.mark.parametrize(
    "text",
    [
        "Former charity boss jailed for 15 years over $4.2m fraud",
        "Teachers strike over 2% pay offer.",
        "The two firms are locked in a dispute over $3m in unpaid fees.",
        "Man charged over 2019 shooting of teenager.",
    ],
)
def test_over_meaning_about_is_no_hedge(text: str) -> None:
    """ "over" after a word of contention or blame, or before an amount that describes
    the noun after it, says what the story is about, not that a figure is exceeded."""
    assert suggest_label(text) == ("fact", ())


@pytest.mark.parametrize(
    "text",
    [
        "The company was fined over £5m.",
        "Over $5m was stolen from the vault.",
        "Over 200 people were killed in the blast.",
        "The protest drew over 5,000 people.",
        "He was jailed for over 15 years.",
        "Police arrested over 200 people after the match.",
        "The economy posted over 5% growth last year.",
        "Over $5m worth of drugs were seized.",
    ],
)
def test_over_before_a_quantity_still_hedges(text: str) -> None:
    assert label(text) == "estimate"


@pytest.mark.parametrize(
    "text",
    [
        "The economy is forecast to grow 1.2% next year.",
        "Revenue is forecast to top $10bn for the first time this year.",
        "The deficit is set to widen to 6% of GDP.",
        "Unemployment is set to rise this winter.",
    ],
)
def test_a_projection_is_an_estimate(text: str) -> None:
    """A projection given in the writer's voice without a hedge word ("is forecast to",
    "is set to" a change of level) is an estimate, as "is projected to" already was."""
    assert label(text) == "estimate"


@pytest.mark.parametrize(
    "text",
    [
        "The weather forecast for Monday is rain.",
        "The forecast was published on Monday.",
        "The trial is set to begin on Monday.",
        "The stage is set for a showdown.",
    ],
)
def test_a_forecast_noun_or_a_plan_is_no_projection(text: str) -> None:
    assert label(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Tens of thousands of people marched through the capital on Saturday.",
        "Dozens of flights were cancelled at Frankfurt airport.",
        "Hundreds of homes were flooded overnight.",
        "Scores of people were injured in the stampede.",
    ],
)
def test_an_amount_by_its_magnitude_is_an_estimate(text: str) -> None:
    """An amount known only by its order of magnitude, the sentence's subject, is an
    approximate quantity (GUIDE section 3)."""
    assert suggest_label(text) == ("estimate", suggest_label(text)[1])
    assert suggest_label(text)[1][0].text.split()[0] == text.split()[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scores were settled at the meeting.", "fact"),
        ("Two dozen eggs were sold at the market.", "fact"),
        ("Russia has occupied the region with thousands of troops.", "fact"),
        ("It is shameful that thousands of children go hungry.", "opinion"),
        ("Thousands of families face a shameful wait for housing.", "opinion"),
    ],
)
def test_a_magnitude_that_sizes_a_detail_is_no_estimate(text: str, expected: str) -> None:
    assert label(text) == expected
