"""The opinion rules of issue 12's fourth round, written from the errors of the dev half of
the editorial argument units (bench/editorial_bench.py): forecasts of consequence in the
writer's voice. Each rule with sentences of its kind, and the plain news it must leave
a fact or an estimate."""

from __future__ import annotations

import pytest

from newsdiff.meaning.cues.prediction import prediction_cues
from newsdiff.meaning.suggest import suggest_label


def _assert_opinion(text: str, kind: str) -> None:
    label, cues = suggest_label(text)
    assert (label, kind) == ("opinion", next((c.kind for c in cues if c.kind == kind), None))


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions will hurt more.",
        "Net importers will benefit from the oil price decline.",
        "The regime will outlive them as well.",
        "The economy would still suffer from the cuts in imports.",
        "Exporters with prudent policies will also be affected by the adjustment.",
        "The government will have to find the money elsewhere.",
        "Such a plan will be disastrous for the region.",
        "The coalition won't survive another scandal.",
    ],
)
def test_a_forecast_of_consequence_is_opinion(text: str) -> None:
    """ "will"/"would" before a verb of effect, success or lasting is the writer's forecast."""
    _assert_opinion(text, "speculative")


@pytest.mark.parametrize(
    "text",
    [
        "Buses will run on a modified timetable.",
        "Parliament will vote on the bill.",
        "The council will meet to discuss the budget.",
        "The museum will be closed to visitors.",
        "Residents will be able to apply for the grants online.",
        "The service will continue until March.",
        "The strike will affect 300 schools.",
        "Talks will continue next week in Geneva.",
        "The minister will visit the flooded towns.",
    ],
)
def test_announcements_and_counted_futures_are_no_forecast(text: str) -> None:
    """A planned action, a date, a time word or a quantity keeps a future a fact or estimate."""
    assert prediction_cues(text) == []
    assert suggest_label(text)[0] in ("fact", "estimate")


def test_a_forecast_inside_a_quotation_is_the_speakers() -> None:
    """A forecast in quotation marks belongs to the quoted source: attribution."""
    text = 'The minister said: "The sanctions will hurt them more than us."'
    assert suggest_label(text)[0] == "attribution"


def test_a_contracted_had_is_no_forecast() -> None:
    """ "He'd hurt his knee" is a past perfect, not "would hurt"."""
    assert prediction_cues("He'd hurt his knee in the first half.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The first victims of violent jihadism are, after all, to be found in the Arab world.",
        "They have written laws that literally permit agents to do what the law forbids.",
        "We hear all too often that schools are facing closure.",
        "Oil abundance is not necessarily a curse.",
        "The economy is belatedly picking up steam.",
        "The new rules merely shift the cost to the tenants.",
        "The reform is at best a first step.",
    ],
)
def test_the_writers_comment_on_a_claim_is_opinion(text: str) -> None:
    """Stance adverbials ("after all", "literally", "merely", "at best") judge the claim."""
    _assert_opinion(text, "speculative")


@pytest.mark.parametrize(
    "text",
    [
        "He stepped into a leading role once again in the spring.",
        "Russian forces are no longer in the town.",
        "She explained why the lottery win changed her life.",
    ],
)
def test_plain_adverbs_of_time_and_repetition_stay_fact(text: str) -> None:
    """ "once again", "no longer" tell when, not what the writer thinks of it."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "Limit your spending and you have limited your income too.",
        "No, Mr President, you didn't build that.",
        "Care homes have become places you end up in when all hope is gone.",
        "Your pension is only as safe as the company behind it.",
    ],
)
def test_the_reader_addressed_is_opinion(text: str) -> None:
    """Second person outside quotation marks is the writer talking to the reader."""
    _assert_opinion(text, "speculative")


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 he had a role in the film Berlin, I Love You, which opened in May.",
        'The sign read "Thank you for visiting the old town hall".',
    ],
)
def test_a_you_in_a_title_or_a_quotation_is_no_address(text: str) -> None:
    """A capitalised "You" in a title, or "you" inside quotation marks, addresses no reader."""
    assert suggest_label(text)[0] != "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "Things look more precarious after that.",
        "This is still one of the most anemic recoveries.",
        "The reality is more complex.",
        "The country had a less prudent economic policy.",
    ],
)
def test_a_quality_compared_is_opinion(text: str) -> None:
    """ "more/most/less" before an adjective of quality grades what a fact would state."""
    _assert_opinion(text, "evaluative")


@pytest.mark.parametrize(
    "text",
    [
        "The most recent figures were published on Monday.",
        "Floods were more common in the south than in the north.",
        "The candidate won the most votes in the district.",
        "Shares were more widely held after the sale.",
        "The party spent more on advertising this year.",
        "He is the most senior officer in the force.",
    ],
)
def test_a_comparison_that_measures_or_counts_stays_fact(text: str) -> None:
    """A comparison of cost, time, rank or amount measures and judges nothing."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "We all know what Putin did.",
        "The law allows domestic spying on all of us.",
        "We have no excuses.",
        "This shows that our political leaders do not believe in it.",
        "Most of us know that the country needs immigrants.",
    ],
)
def test_the_inclusive_we_of_an_editorial_is_opinion(text: str) -> None:
    """The writer speaking for the public ("we all", "all of us", "our nation") is a view."""
    _assert_opinion(text, "speculative")


@pytest.mark.parametrize(
    "text",
    [
        "We've seen mass strikes around the world this year.",
        "We raised prices in three markets.",
        "Our reporters visited the camp on Tuesday.",
    ],
)
def test_the_we_of_a_company_or_newsroom_stays_fact(text: str) -> None:
    """A "we" of a company, team or newsroom states what it did: no editorial voice."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The two sides are close to striking a deal.",
        "Insurgents attacked the city, striking at diplomats and contractors.",
        "After accepting the award, she thanked her family.",
    ],
)
def test_an_ing_verb_before_its_object_is_no_judgement(text: str) -> None:
    """ "striking a deal", "accepting the award": a verb with its object, plain news."""
    assert suggest_label(text)[0] == "fact"


@pytest.mark.parametrize("text", ["The results were striking.", "It was a striking result."])
def test_an_ing_adjective_still_judges(text: str) -> None:
    """ "striking" before a noun or as the predicate is the writer's judgement."""
    _assert_opinion(text, "evaluative")


@pytest.mark.parametrize(
    "text",
    [
        "The rule was used to explain strikes in January and May of 2013.",
        "The plant closed between April and May.",
    ],
)
def test_may_in_a_list_of_months_or_before_of_a_year_is_the_month(text: str) -> None:
    """ "January and May", "May of 2013" name a month, no modal of speculation."""
    assert suggest_label(text)[0] == "fact"


def test_may_the_modal_still_hedges() -> None:
    """A lower-case "may" before a verb of outcome stays a hedge beside a month name."""
    assert suggest_label("Prices may rise, and May is a busy month.")[0] == "estimate"


@pytest.mark.parametrize(
    "text",
    [
        "Talks may resume in June.",
        "The factory might reopen next week.",
        "The strike might spread to 40 depots.",
    ],
)
def test_a_dated_or_counted_event_that_may_happen_is_an_estimate(text: str) -> None:
    """A modal before an event with a date, time word or quantity is an uncertain outcome."""
    assert suggest_label(text)[0] == "estimate"


def test_a_dated_state_that_may_be_stays_speculation() -> None:
    """ "may know" speculates about what is the case, dated or not."""
    assert suggest_label("She may know more about the plan since May 2020.")[0] == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "The ruble is down.",
        "Angola is also vulnerable.",
        "The problem is structural.",
        "The insurgency is not a monolith.",
        "There are few checks and balances.",
        "There is no military solution to either conflict.",
        "Prices are still above historical standards.",
        "Putin is unwilling to change course.",
        "The reform is the best hope for the region.",
        "This is a gamble.",
        "This is a time of dramatic change.",
    ],
)
def test_a_general_claim_in_the_present_is_opinion(text: str) -> None:
    """ "is"/"are" with no past form, date or figure is the writer's claim."""
    _assert_opinion(text, "speculative")


@pytest.mark.parametrize(
    "text",
    [
        "The museum is open daily.",
        "The town is in the north of the province.",
        "Tickets are available online.",
        "The region is home to most of the farms.",
        "The bridge is part of the main road.",
        "There is a bus stop outside the hall.",
        "The road is closed after the crash.",
        "The mayor is in Brussels for the talks.",
        "The new hospital is the largest in Europe.",
        "The toll is 40 after the night's fighting.",
        "Officials say the water is safe to drink.",
        "Buses will run on a modified timetable.",
        "Firefighters battle the blaze near the station.",
        "She is a nurse at the school.",
        "Noam Chomsky is a professor emeritus at the Massachusetts Institute of Technology.",
        "The Tories are the largest party in the council.",
        "Parliament is in recess until the autumn.",
        "The council is expanding its recycling programme.",
        "It is illegal to drive without insurance.",
        "Crossing the border without papers is banned.",
        "Schools are shut across the region.",
        "The bridge is built of steel.",
        "Tickets are sold out.",
        "Prices are higher than a year ago.",
        "The suspect is a former soldier.",
        "Both men are residents of the town.",
        "Harmful algae were found in the lake on Monday.",
        "Flights were cancelled on Friday because of inclement weather.",
        "The unit was unprofitable in 2023.",
        "The 1,200 productive wells in the field were sold in 2019.",
        "The hospital is run by the state.",
        "The virus is spread by mosquitoes.",
        "The drug is sold under the brand name Zyrtec.",
        "Both candidates are lawyers.",
        "The victims are women.",
        "The team is top of the league.",
        "The minister is also responsible for housing.",
        "If you see the suspect, call 999.",
        "You can watch the match live on BBC One.",
        "You can register online at the council's website.",
    ],
)
def test_a_place_a_schedule_a_profile_or_a_figure_keeps_the_present_a_fact(text: str) -> None:
    """Where something is, when it opens, who someone is, a number or a source: plain news."""
    assert suggest_label(text)[0] in ("fact", "estimate", "attribution")


@pytest.mark.parametrize(
    "text",
    ["The flat was grotty.", "It faces an unenviable task.", "You can afford them."],
)
def test_undated_judgements_and_the_reader_addressed_still_judge(text: str) -> None:
    """The guards above leave an undated judgement and a view put to the reader alone."""
    assert suggest_label(text)[0] == "opinion"
