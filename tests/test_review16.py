"""Outside review r16 of the suggestions on plain news: each finding the guidelines
uphold (README "Labels"), with the reviewer's sentence and near sentences that must keep
their label."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


@pytest.mark.parametrize(
    "text",
    [
        'Peru sits on the Pacific "Ring of Fire", an area of intense seismic activity.',
        "Firefighters battled intense heat to reach the building.",
        "The town came under intense shelling overnight.",
        "Europe is bracing for extreme heat this week.",
        "The storm brought extreme winds.",
        "The town came under fierce shelling overnight.",
        "Rebels seized control of the strategic town after fierce fighting.",
        "Severe storms brought heavy rain and strong winds to much of Texas on Monday.",
    ],
)
def test_a_size_word_before_a_physical_quantity_is_a_fact(text: str) -> None:
    """ "intense heat", "intense seismic activity", "extreme cold": the degree of a
    quantity one can measure, as "heavy rain" and "strong winds" are, not a judgement."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The intense criticism was unfair.",
        "He is an intense man.",
        "The match was intense.",
        "The film is an intense experience.",
        "The party holds extreme views on immigration.",
    ],
)
def test_a_size_word_of_a_person_or_an_experience_still_judges(text: str) -> None:
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "The company posted a significant loss for the quarter.",
        "The company posted a huge loss for the quarter.",
        "Prices saw a significant rise last year.",
        "The storm caused significant damage to homes.",
    ],
)
def test_a_size_word_before_an_amount_grades_it(text: str) -> None:
    """ "a significant loss", "a huge rise": the size of a figure, as "a substantial
    loss" and "a steep rise" already were."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The decision marks a significant step forward.",
        "This is a significant moment for the country.",
        "It was a huge victory for the party.",
    ],
)
def test_a_size_word_before_no_amount_still_judges(text: str) -> None:
    assert suggest_label(text)[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "Shares fell sharply after the company reported a significant loss for the quarter.",
        "The company reported a net profit of $4.1 billion for the quarter.",
        "The company reported a 20% rise in profits.",
        "The company reported record sales in December.",
    ],
)
def test_a_business_result_reported_is_a_fact(text: str) -> None:
    """ "reported a loss", "reported a net profit of ...": a figure of the accounts, not
    speech; the sentence's claim is that shares fell."""
    assert suggest_label(text) == ("fact", ())


@pytest.mark.parametrize(
    "text",
    [
        "The company reported that sales had doubled.",
        "The company reported sales had doubled.",
        "The company reported profits rose 20% in the quarter.",
        "The health ministry reported 1,204 new cases of measles in the past week.",
        "Russia launched 40 drones overnight, Ukraine's air force reported.",
        "The army reported heavy losses among the rebels.",
        "The Guardian reported a loss of confidence in the government.",
    ],
)
def test_reported_with_content_or_a_count_still_attributes(text: str) -> None:
    """What follows "reported" is a clause, a count or a loss that is no figure of the
    accounts: a source carries it."""
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The study, published in Nature, found no link between the vaccine and autism.",
        "The report, published in Nature, found no link between the vaccine and autism.",
        "The study (published in Nature) found no link between the vaccine and autism.",
        "The survey, which covered 2,000 adults, found that most were happy.",
        "The poll of 1,000 voters found a lead for the opposition.",
    ],
)
def test_a_finding_sees_through_an_appositive(text: str) -> None:
    """ "The study found that ..." is attribution; an appositive or a parenthesis
    between the study and "found" hides nothing, as "X, a spokesman, said" does not."""
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "After reading the report, police found a body.",
        "In the report, published Monday, police found a body.",
        "Police, acting on a tip, found a body in the river.",
    ],
)
def test_a_finder_that_is_no_study_stays_a_fact(text: str) -> None:
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "It was the worst attack on the city since 2015.",
        "It was the worst flooding in 50 years.",
        "The region suffered its worst drought on record.",
        "It was the worst terrorist attack in Europe in a decade.",
    ],
)
def test_a_record_of_harm_with_a_time_bound_is_a_fact(text: str) -> None:
    """ "the worst attack on the city since 2015": a record one checks by the toll, as
    "the deadliest attack since 2015" is (``events._a_record``)."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "It was the worst film of the year.",
        "This is the worst government since the war.",
        "It was the worst decision in the party's history.",
        "It was the worst attack imaginable.",
    ],
)
def test_worst_of_no_event_or_with_no_time_bound_still_judges(text: str) -> None:
    assert suggest_label(text)[0] == "opinion"


def test_tough_questions_someone_faced_are_a_reaction() -> None:
    """ "faced tough questions from MPs": the force of a reaction, as "faced fierce
    criticism" and "faced intense scrutiny" already were a fact."""
    text = "The prime minister faced tough questions from MPs over the scandal."
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Tough questions remain about the plan.",
        "The new rules are tough.",
        "It was a tough decision for the family.",
        "The controversial law was passed by parliament on Wednesday by 312 votes to 290.",
    ],
)
def test_tough_of_no_reaction_and_controversial_still_judge(text: str) -> None:
    """ "Tough questions remain" is the writer's reading; "controversial" characterises
    the law in the writer's voice (the reviewer's borderline case, kept as opinion)."""
    assert suggest_label(text)[0] == "opinion"
