"""Review r22a (findings 2, 3, 5a, 8 on real opinion-piece and news sentences): labels
the review found wrong, each with sentences of the same kind written here and near
misses the fixes must not fire on. The reviewer's own sentences are quoted in comments;
their data (CheckThat! 2023 train, MPQA) is an outside check and is not copied."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def label(sentence: str) -> str:
    return str(suggest_label(sentence)[0])


# Finding 2a: "said" that reports nobody. Reviewer: "...the Bill contains very little
# that can be said to 'Level Up'..." [said]; "The plan can be said to help the poor."
# -> attribution; "Consider, for example, what Olga Skabeyeva, one of the most
# energetically toxic, said on the government's Rossiya-1 channel." [said].
@pytest.mark.parametrize(
    "sentence",
    [
        "The plan can be said to help the poor.",
        "The reform could be said to favour landlords.",
        "It could be argued that the budget favours the rich.",
        "Little in the bill can be said to improve the lives of tenants.",
        "Consider, for example, what the minister said on the radio.",
        "Consider, for example, what Anna Petrova, one of the loudest hosts, said on air.",
        "Remember, above all, what the senator, a former judge, said in 2019.",
    ],
)
def test_said_of_no_one_is_no_attribution(sentence: str) -> None:
    assert label(sentence) != "attribution"


def test_what_can_be_said_is_the_writers_own_weighing() -> None:
    assert label("The plan can be said to help the poor.") == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: hearsay with no modal, a passive with its source, an aside
        # around a speaker who reports a clause
        "The man is said to be a spy.",
        "The deal could be confirmed by officials on Monday.",
        "The plan failed, Andriy Yermak, his chief of staff, said.",
        "Prices will rise, the minister, a former banker, said on Monday.",
        "What matters, he said, is that we win.",
        "The plan, which had failed, officials said, was dropped.",
    ],
)
def test_a_reported_claim_near_them_is_still_attribution(sentence: str) -> None:
    assert label(sentence) == "attribution"


# Finding 2b: "according to" meaning "in proportion to". Reviewer: "Each share is
# weighted according to the number of dollars invested." -> attribution.
@pytest.mark.parametrize(
    "sentence",
    [
        "Each share is weighted according to the number of dollars invested.",
        "Fees vary according to the size of the company.",
        "Votes are counted according to the amount of land each member owns.",
        "Premiums rise according to the level of risk.",
    ],
)
def test_according_to_a_measure_cites_no_source(sentence: str) -> None:
    assert label(sentence) != "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a part of those who say, a person of a body
        "Prices rose 5%, according to the majority of economists polled.",
        "Prices rose 5%, according to a number of experts.",
        "Prices rose 5%, according to the head of the central bank.",
        "The toll rose to 40, according to a count of the ministry.",
    ],
)
def test_according_to_a_source_of_a_body_is_still_attribution(sentence: str) -> None:
    assert label(sentence) == "attribution"


# Finding 2c: the noun "questions" (issue 12). Reviewer: "Those questions should be
# settled by voters." -> attribution [questions]; "...for those questions to be
# determined by the citizenry..." [questions].
@pytest.mark.parametrize(
    "sentence",
    [
        "Those questions should be settled by voters.",
        "It is for these questions to be answered by the courts.",
        "Such questions will decide the election.",
        "Three questions must be answered before the vote.",
        "Her questions were never answered by the board.",
    ],
)
def test_the_noun_questions_reports_nothing(sentence: str) -> None:
    assert label(sentence) != "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the verb, whose subject doubts a claim
        "The senator questions whether the plan will work.",
        "The mayor questions whether the budget adds up.",
        "He questions the wisdom of the plan.",
    ],
)
def test_the_verb_questions_is_still_attribution(sentence: str) -> None:
    assert label(sentence) == "attribution"


# Finding 2d: a comparison with what a source expected. Reviewer: "But that is both
# less than many analysts expected and less than required." [analysts expected], while
# "Growth was less than many analysts expected." -> fact.
@pytest.mark.parametrize(
    "sentence",
    [
        "But that is both less than many analysts expected and less than required.",
        "Growth is less than many analysts expected.",
        "The deficit is larger than most economists predicted.",
        "Growth was less than many analysts expected.",
    ],
)
def test_an_expectation_as_a_yardstick_is_no_source(sentence: str) -> None:
    assert label(sentence) != "attribution"


def test_the_yardstick_reads_alike_in_both_tenses() -> None:
    # the present reads as "Inflation is higher than expected" does (test_review16b)
    assert label("Growth is less than many analysts expected.") == label(
        "Inflation is higher than expected."
    )
    assert label("Growth was less than many analysts expected.") == "fact"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the source's own expectation, its content after the verb
        "Many analysts expected growth to slow.",
        "Analysts expect that growth will slow.",
        "Economists predicted the deficit would widen.",
    ],
)
def test_a_sources_expectation_is_still_attribution(sentence: str) -> None:
    assert label(sentence) == "attribution"


# Finding 3: a claim carried by a source read as the writer's. Reviewer: "Proponents of
# the deal say that the unions made limited gains." -> fact (while "Critics of the plan
# say that" -> attribution); "Thoughtful proponents argue that ..." -> opinion;
# "Proponents of this view, including the American economist Milton Friedman, worried
# that ..." -> opinion; "He added he would see a new variant this fall." -> fact;
# "..., reckons Goldman Sachs, another bank." -> estimate; "A recent study proves that
# the vaccine is effective." -> opinion; "Chart C shows that ..." -> fact.
@pytest.mark.parametrize(
    "sentence",
    [
        # a generic source, by WordNet's first sense of its noun: a person
        "Proponents of the deal say that the unions made limited gains.",
        "Opponents of the merger argue that prices will rise.",
        "Thoughtful proponents argue that the law missed an important point.",
        "Skeptics of the plan claim that it will cost more than promised.",
        "The economist believes the recession is over.",
        # a source before an aside
        "Supporters of the reform, including two former ministers, worried that the cuts "
        "would hurt the poor.",
        "Critics, including several senators, say the treaty is unenforceable.",
        # "added" before a clause with no "that"
        "He added he would see a new variant this fall.",
        "The minister added the talks had failed.",
        "She added she was not surprised by the result.",
        # the source after its verb
        "Growth could be 2% lower this year, reckons Goldman Sachs, another bank.",
        "Inflation will stay high for years, believes the central bank.",
        # a study or a chart that proves or shows a clause
        "A recent study proves that the vaccine is effective.",
        "Chart C shows that infected children kept their immunity.",
        "The trial demonstrated that the drug halves the risk of stroke.",
    ],
)
def test_a_claim_carried_by_a_source_is_attribution(sentence: str) -> None:
    assert label(sentence) == "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: no one before the verb ("no longer", a noun that is also a verb),
        # an aside with no source, "added" of a thing, a participle after a comma, a chart
        # or an experiment that shows or proves no clause, the writer's "This proves"
        "Some Russian forces no longer believe they can win.",
        "The plan, including its tax cuts, would cost billions.",
        "Investors worried about the debt.",
        "Moscow has added thousands of troops to the border.",
        "The company added 300 jobs last month.",
        "She added sugar to the tea.",
        "The verdict, expected next week, will be final.",
        "The chart shows the number of cases by month.",
        "This proves that the plan failed.",
        "The trial of the former president begins on Monday.",
    ],
)
def test_no_source_no_attribution(sentence: str) -> None:
    assert label(sentence) != "attribution"


# Finding 5a: a noun compound of a bodily state. Reviewer: "Workers would be granted only
# one single paid sick day." -> opinion [sick] (and four more "sick days").
@pytest.mark.parametrize(
    "sentence",
    [
        "Workers would be granted only one single paid sick day.",
        "The union won five more sick days for nurses.",
        "Workers get ten days of sick leave a year.",
        "The firm cut sick pay for new staff.",
        "Nurses on sick leave were paid in full.",
    ],
)
def test_sick_days_leave_and_pay_judge_nothing(sentence: str) -> None:
    assert label(sentence) == "fact"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: "sick" of a thing judged, a feeling, an injury's day
        "It was a sick joke.",
        "We live in a sick society.",
        "Voters are sick of austerity.",
        "The storm caused a traumatic day for the town.",
    ],
)
def test_a_sick_joke_still_judges(sentence: str) -> None:
    assert label(sentence) == "opinion"


# Finding 8: "declared" read both ways. Reviewer (MPQA): "Despite these negative
# reports, most observer groups have declared the election free and fair." -> fact,
# while "Boris Johnson declared 'levelling up' the 'defining mission' ..." -> attribution.
@pytest.mark.parametrize(
    "sentence",
    [
        "Despite the complaints, most monitoring groups have declared the vote free and fair.",
        "The court declared the law unconstitutional.",
        "Monitors pronounced the count credible.",
        "The health agency declared the outbreak a pandemic.",
    ],
)
def test_a_body_declaring_a_judgement_is_attribution(sentence: str) -> None:
    assert label(sentence) == "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a declaration that is an act, or a state of record
        "The government declared a state of emergency.",
        "Russia declared war on Georgia.",
        "The rebels declared victory.",
        "Doctors declared him dead at the scene.",
        "The president declared independence from Britain.",
    ],
)
def test_a_declared_act_is_no_attribution(sentence: str) -> None:
    assert label(sentence) == "fact"
