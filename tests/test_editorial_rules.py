"""The opinion rules of issue 12's third round, written from the errors of the dev half
of the editorial argument units (bench/editorial_bench.py): likelihood with no quantity
and no outcome is speculation, boosters and "better"/"worse" are the writer's stance,
"tend to" generalises. Each rule with a sentence of its kind, and the estimates and
facts it must leave alone."""

from __future__ import annotations

import pytest

from newsdiff.meaning.cues.hedges import hedge_cues, speculation
from newsdiff.meaning.suggest import suggest_label


@pytest.mark.parametrize(
    "text",
    [
        "These attacks might be a way to drive a wedge between the government and its patrons.",
        "Different parts of the movement might be responsible for different attacks.",
        "The treaty might have been the first of its kind in the region.",
        "The best may be yet to come.",
        "She probably knew about the plan all along.",
    ],
)
def test_likelihood_with_no_quantity_and_no_outcome_is_speculation(text: str) -> None:
    """A modal or likelihood adverb that speculates about what is or was is opinion."""
    label, cues = suggest_label(text)
    assert label == "opinion"
    assert any(c.kind == "speculative" for c in cues)


@pytest.mark.parametrize(
    "text",
    [
        "Up to 300 people may have been killed in the town.",
        "The death toll could be 40 by Friday.",
        "Prices could rise sharply next year.",
        "The road may be closed for weeks.",
        "The bridge may have been damaged in the storm.",
        "The rebels may have crossed the river at night.",
        "Food shortages are likely to grow.",
        "Russia is believed to be withdrawing from the north.",
        "The minister reportedly resigned on Monday.",
    ],
)
def test_quantities_outcomes_and_hearsay_stay_estimates(text: str) -> None:
    """A number to soften, an outcome to come, or hearsay keeps the estimate."""
    assert suggest_label(text)[0] == "estimate"


def test_speculation_needs_every_hedge_to_speculate() -> None:
    """One hedge of hearsay beside a speculating modal keeps the sentence an estimate."""
    text = "The rebels might be behind it, reportedly."
    assert not speculation(text, hedge_cues(text))
    assert suggest_label(text)[0] == "estimate"


def test_a_year_or_an_ordinal_is_no_quantity() -> None:
    """ "In 2012" and "the first" count nothing, so the modal still speculates."""
    assert suggest_label("In 2012 the deal might have been the first real chance.")[0] == "opinion"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The insurgency is far from broken.", "far from"),
        ("The annual bill for the security forces is simply too high.", "simply"),
        ("The region can hardly afford another war.", "hardly"),
        ("It has certainly not been the last treaty of its kind.", "certainly"),
        ("Iran is in worse shape than its neighbours.", "worse"),
        ("Most producers are better prepared this time around.", "better"),
        ("Oil prices tend to be cyclical.", "tend to"),
    ],
)
def test_boosters_comparatives_and_generalising_are_stance(text: str, cue: str) -> None:
    """Boosters, "better"/"worse" and "tend to" in the writer's voice are opinion."""
    label, cues = suggest_label(text)
    assert label == "opinion"
    assert cue in [c.text for c in cues]


@pytest.mark.parametrize(
    "text",
    [
        "The better-known of the two candidates won the seat.",
        "Prices rose by 3% in March.",
        "The council met on Tuesday to discuss the budget.",
    ],
)
def test_no_stance_in_plain_statements(text: str) -> None:
    """A hyphenated "better-known" and plain reports stay facts."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Between 1982 and 2002 the exporters fared worse than their peers.",
        "Many abandoned their fiscal rules during the financial crisis of 2008-09.",
        "From 2010 to 2015 the plant stood idle.",
    ],
)
def test_a_span_of_years_is_no_range_estimate(text: str) -> None:
    """Two years joined by "and", "to" or a dash mark a span of time, not a ranged quantity."""
    assert suggest_label(text)[0] != "estimate"


def test_a_range_of_quantities_is_still_an_estimate() -> None:
    """Quantities joined into a range stay an estimate."""
    assert suggest_label("Between 7,000 and 15,000 people fled the city.")[0] == "estimate"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It is logical for Europe to reach out to its neighbours.", "It is logical"),
        ("It's hard to make money from social care.", "It's hard"),
        ("It is interesting that the debate has moved on.", "It is interesting"),
    ],
)
def test_the_it_is_adjective_frame_evaluates(text: str, cue: str) -> None:
    """ "It is ADJ that/to/for" in the writer's voice is an evaluation."""
    label, cues = suggest_label(text)
    assert label == "opinion"
    assert cue in [c.text for c in cues]


@pytest.mark.parametrize(
    "text",
    [
        "It is due to open in March.",
        "It is set to become the largest port in the region.",
        "It was scheduled to land at noon.",
    ],
)
def test_the_frame_leaves_schedules_and_participles_alone(text: str) -> None:
    """Words of time, readiness and participles in the frame evaluate nothing."""
    assert suggest_label(text)[0] == "fact"


def test_opine_reports_content() -> None:
    """ "opine that" reports a claim as "argue that" does."""
    text = "He went on to opine that the government is no longer a protector of freedoms."
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The conference will convene on Thursday.",
        "The new bridge will open in March 2027.",
        "A force of 12,000 troops will stay behind.",
        "The minister will visit Paris next week.",
        "The people's will prevailed in the end.",
        "Buses will run on a modified timetable.",
        "The council will meet to discuss the budget.",
        "Parliament will vote on the bill.",
        "The chief executive will step down at the end of the year.",
        "The road won't reopen.",
    ],
)
def test_an_announced_future_is_no_opinion(text: str) -> None:
    """A future tense alone is no judgement: schedules and announcements, dated or not,
    are what news reports (an outside review found undated ones all called opinion)."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "It is illegal to drive without insurance.",
        "It is free to enter the museum.",
        "It is legal to fish in the lake with a permit.",
    ],
)
def test_what_a_rule_makes_so_is_no_evaluating_frame(text: str) -> None:
    """ "It is illegal/free/legal to" states what a law or rule says, not a judgement."""
    assert suggest_label(text)[0] == "fact"


def test_far_from_a_place_or_figure_is_no_booster() -> None:
    """ "far from the 2019 peak" is a distance; "far from broken" stays a booster."""
    assert suggest_label("The price is far from the 2019 peak.")[0] == "fact"
    assert suggest_label("The insurgency is far from broken.")[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "Liverpool beat Chelsea 2-1 at Anfield on Saturday.",
        "The Lakers won 112-104 in overtime.",
        "The match ended 1-1.",
    ],
)
def test_a_score_is_no_range(text: str) -> None:
    """Two numbers joined by a dash that do not run upwards are a score, not a range."""
    assert suggest_label(text)[0] == "fact"


def test_an_upward_range_is_still_an_estimate() -> None:
    """ "10-15 people" runs upwards: a range, so an estimate."""
    assert suggest_label("Between 10-15 people were hurt in the crash.")[0] == "estimate"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The plan is flawed from the start.", "flawed"),
        ("It was a good decision by the council.", "good"),
        ("The report makes a blatant error about the costs.", "blatant"),
    ],
)
def test_strongly_polar_words_of_the_lexicon_judge(text: str, cue: str) -> None:
    """A lexicon word from 0.5 subjectivity with strong polarity is a judgement."""
    label, cues = suggest_label(text)
    assert label == "opinion"
    assert cue in [c.text for c in cues]


@pytest.mark.parametrize(
    "text",
    [
        "Many residents left the town in March.",
        "The top official resigned on Friday.",
        "Crossing the border without papers is illegal there.",
        "The water was warm enough for swimming.",
    ],
)
def test_polar_words_that_count_or_describe_stay_facts(text: str) -> None:
    """ "many", "top", "illegal", "warm" count or describe: no judgement."""
    assert suggest_label(text)[0] == "fact"
