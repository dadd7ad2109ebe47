"""Issue 12, fifteenth round (editorial units, rules alone): an appearance hedge before
an adjective is the writer's reading of a quality, not an estimate ("the seemingly
immovable object"); a list of numbers is no range; and the writer's stance in frames a
news writer uses too: a feeling warranted ("room for optimism", "cause for concern"),
a limit of degree ("To some extent"), a comparison against the received view ("than
people think"), a weighing opener ("Significantly, ..."), a counterfactual ("Had he
..., he would have ..."), "came as little surprise", "could ever be called". Near
misses keep their labels."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def label(sentence: str) -> str:
    return str(suggest_label(sentence)[0])


@pytest.mark.parametrize(
    "sentence",
    [
        # editorial dev2 split (aljazeera/020): a figure elsewhere in the sentence is not
        # what "seemingly" softens
        "Syria has become a stage for a plethora of violent actors and at the centre is "
        "the seemingly immovable object of President Bashar al-Assad, the 49-year-old who "
        "has been in power since 2000 following three decades of his father's rule",
        # dev2 (foxnews/031, foxnews/055): scorn in the writer's voice
        "his emails will leave you shaking your head in disbelief that someone so supposedly "
        '"learned" could be so seemingly insufferable',
        "As for those supposedly horrendous actions taken by CIA personnel, they may have "
        "been harsh",
        # news (PolNeAR's Washington Post text): the reporter's reading of the margin
        "Although the senator from Vermont trails Clinton in the overall delegate count by "
        "a seemingly insurmountable margin, Sanders has been barnstorming California.",
    ],
)
def test_an_appearance_hedge_before_an_adjective_judges(sentence: str) -> None:
    assert label(sentence) == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: before a verb, or hearsay, the hedge still estimates
        "The regime released grainy photographs supposedly showing the trails of Israeli aircraft.",
        "The brutality of the conflict has seemingly made the country ungovernable.",
        "Government forces are supposedly in control of some 50 percent of the territory.",
        "The allegedly corrupt mayor was arrested on Monday.",
        "The driver was apparently unharmed.",
        "Around 300 people were seemingly killed in the blast.",
    ],
)
def test_an_appearance_hedge_before_a_verb_or_hearsay_still_estimates(sentence: str) -> None:
    assert label(sentence) == "estimate"


@pytest.mark.parametrize(
    "sentence",
    [
        # dev2 (aljazeera/036), dev (aljazeera/229): a feeling weighed as due
        "there is room for optimism",
        "Considering Russia's illegal annexation of Crimea, Georgians have cause for concern",
        "There is no cause for alarm.",
        "There is every reason for cautious hope.",
        # test_genre's uncued claim until this round: now a cue of its own
        "There is room for hope in the north.",
    ],
)
def test_a_feeling_warranted_is_the_writers_judgement(sentence: str) -> None:
    assert label(sentence) == "opinion"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # near misses: a thing's cause, space, a feeling someone has, a source's warrant
        ("The reason for the delay was not given.", "fact"),
        ("The hall has room for 300 people.", "fact"),
        ("Police did not explain the reason for his anger.", "fact"),
        ("There are grounds for appeal.", "fact"),
        ("Doctors said there was no cause for alarm.", "attribution"),
    ],
)
def test_a_cause_that_is_no_warranted_feeling_keeps_its_label(sentence: str, expected: str) -> None:
    assert label(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # dev (aljazeera/006): the writer's limit on how far a claim holds
        "To some extent, this has worked",
        "By and large the protests were peaceful.",
        # dev (foxnews/269): the writer knows better than the received view
        "government spending has fallen a lot more than people think",
        "The cost is higher than you might think.",
        # dev2 (guardian/015): a sentence opened by the writer's weighing
        "Significantly, the study itself does not claim to prove a causation",
        # dev2 (guardian/028): what would have been
        "Had he wanted financing to open a franchise of McDonald's he would have had fewer "
        "hurdles to jump",
        "If the dam had failed, thousands would have died.",
        # dev (guardian/104): the writer's verdict that it was to be expected
        "It came as little surprise that the Arab League secretary general immediately "
        "declared his organisation's readiness to cooperate",
        # dev2 (guardian/013): what nothing could ever be called
        "Not one of these fears could ever be called unreasonable",
        # dev2 (aljazeera/043): "21st, 15th or 57th" lists centuries, no range to estimate
        "But in the 21st, 15th or 57th century - whatever your religion, calendar, or "
        "country- there is no excuse or justification for responding to art with murder",
    ],
)
def test_the_writers_stance_in_a_frame_is_opinion(sentence: str) -> None:
    assert label(sentence) == "opinion"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # near misses: a manner, a named source's expectation, a measure, "had" a verb, a
        # reaction reported
        ("She spoke in a way that calmed the crowd.", "fact"),
        ("Profits rose more than analysts expected.", "fact"),
        ("The storm was stronger than forecasters thought.", "fact"),
        ("The cost rose significantly last year.", "fact"),
        ("Had dinner with the mayor.", "fact"),
        ("The resignation came as a surprise to investors.", "fact"),
        ("The attack was described as a massacre.", "attribution"),
    ],
)
def test_the_same_words_outside_the_frame_keep_their_label(sentence: str, expected: str) -> None:
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list of three numbers, the unit said once, is no range (the editorial's "21st,
        # 15th or 57th century" above); two numbers and "or" still are
        ("Flights last 2, 4 or 6 hours.", "fact"),
        ("The trip takes 4 or 6 hours.", "estimate"),
        ("Between 10 and 20 people died.", "estimate"),
    ],
)
def test_a_list_of_numbers_is_no_range(sentence: str, expected: str) -> None:
    assert label(sentence) == expected
