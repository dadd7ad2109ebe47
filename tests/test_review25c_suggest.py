"""Review r25c (issue 12): tag suggestions on BBC News stories (2004-05), American
Sentinel editorials (1900) and two letters to the editor (2022). Each finding's example
as the review quoted it, run as its own file as the review ran it, and a near miss that
must not change. The review's set (/work/data/r25c_cases) is a tune set since its errors
were read."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_text


def alone(text: str) -> str | None:
    """The label of a one-sentence file, as ``newsdiff suggest FILE`` gives it."""
    [suggestion] = suggest_text(text)
    return suggestion.label


@pytest.mark.parametrize(
    "text",
    [
        # finding A: opinion read from a word's look, not from what the sentence does
        "It's raining in Leeds.",
        "They're building a new bridge in Leeds.",
        "Honour for UK games maker",
        "Praise for new bridge",
        "Anger over the war has grown.",
        "TimeWarner is to restate its accounts.",
        "The event is not far from the city centre.",
        "Issues that voters should consider are to be debated on Tuesday.",
        "Time Warner's fourth quarter profits were slightly better than analysts' expectations.",
        "The company is to close its plant in Leeds.",
    ],
)
def test_a_word_that_looks_like_opinion_is_fact(text: str) -> None:
    assert alone(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the writer still judges, commands or points
        "It's a disgrace.",
        "It's a mess.",
        "They're in it for the money.",
        "Vote for change.",
        "Pray for peace",
        "Stand up for someone else",
        "The answer is to cut taxes.",
        "The outcome is far from clear.",
        "That is far from the truth.",
        "Voters should consider the issues.",
        "The new plan is better than the old one.",
        "Profits will be better than analysts' expectations.",
    ],
)
def test_a_near_misses_stay_opinion(text: str) -> None:
    assert alone(text) == "opinion"


def test_a_plain_forms_that_were_fact_stay_fact() -> None:
    assert alone("It is raining in Leeds.") == "fact"
    assert alone("Profits were better than expected.") == "fact"


@pytest.mark.parametrize(
    "text",
    [
        # finding B: reporting verbs and forms the rules missed
        "The tobacco companies deny that they illegally conspired to promote smoking and "
        "defraud the public.",
        "The court in Washington found that the case could not be brought under federal "
        "anti racketeering laws.",
        "But the Court of Appeals for the District of Columbia ruled that the US government "
        "could not sue the firms.",
        "It also points out that in 1970 the G8 of top industrialised nations agreed to spend "
        "0.7% of their incomes on aid.",
        "The OECD highlighted current depressed household expenditure in Germany.",
        "The report recommends more funding for schools.",
        "A British terror suspect held in Guantanamo Bay for 33 months plans to sue the "
        "government, it is reported.",
        "He called these folks criminals.",
        "Guantanamo man 'suing government'",
        "Soaring oil 'hits world economy'",
    ],
)
def test_b_reporting_missed_is_attribution(text: str) -> None:
    assert alone(text) == "attribution"


@pytest.mark.parametrize(
    ("text", "was"),
    [
        # near misses: the forms that worked, and acts that report no one
        ("The tobacco companies denied that they conspired.", "attribution"),
        (
            "It is reported that a British terror suspect plans to sue the government.",
            "attribution",
        ),
        ("He called the charges unsubstantiated.", "attribution"),
        ("He said he would resign.", "attribution"),
        ("The jury found him guilty.", "fact"),
        ("The court ruled out a retrial.", "fact"),
        ("The arrow points out to sea.", "fact"),
        ("Highlighted items are on sale.", "fact"),
        ("The recommended dose is two tablets.", "fact"),
        ("He urged caution.", "fact"),
        # left by review r17b's decision: a passive instruction carries no claim
        (
            "Tony Blair is being urged to use all his negotiating powers to end poor "
            "countries' debt and double aid.",
            "fact",
        ),
        ("Sales rose 5%, it is true.", "fact"),
        ("He called the children home.", "fact"),
        ("They called the police.", "fact"),
        ('"The Crown" returns for a final series', "fact"),
        ('Russia needed to "modernize and diversify,"', "fact"),
    ],
)
def test_b_near_misses(text: str, was: str) -> None:
    assert alone(text) == was


@pytest.mark.parametrize(
    ("text", "now"),
    [
        # finding C: a speech verb denied with a modal, a future or a perfect and no
        # content, or a free relative as its object, carries no source's claim
        # (GUIDE section 3: the claim is carried by a source; here no one says it)
        (
            "That has obviously no bearing upon the poor workingman's right to rest; nor can "
            "it be said that it is immoral, or that it interferes with anybody's Sunday rest.",
            "opinion",
        ),
        ("They won't report that violent crime is down.", "opinion"),
        ("The governors hadn't even warned local officials about the arrival.", "fact"),
        (
            "Perhaps whatever the senior senator from Massachusetts says is so utterly "
            "contemptible that it is amply sufficient for purposes of public information to "
            "report the fact that he spoke, without alluding to anything that he said, but the "
            "time is not far back when it was assumed that whatever he said deserved the "
            "attention of his countrymen.",
            "opinion",
        ),
    ],
)
def test_c_nothing_said_is_no_attribution(text: str, now: str) -> None:
    assert alone(text) == now


@pytest.mark.parametrize(
    "text",
    [
        # near misses: said, or denied with what was not said after it
        "He said he would resign.",
        "He did not say whether he would resign.",
        "Police have not said what caused the fire.",
        'She never said "I quit."',
        "Reports that the firm will close are false.",
        "The museum, Mr. Obama said, would open in May.",
        "The deal, the officials added, was signed on Monday.",
        "Whatever happens, he said, the plan will go ahead.",
    ],
)
def test_c_near_misses_stay_attribution(text: str) -> None:
    assert alone(text) == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        # finding D: an amount known only as a floor, and hearsay, are estimates (GUIDE
        # section 3: an approximate quantity; "is believed to", "is widely seen")
        "Altogether 50,000 or more men will be thrown out of employment.",
        "A dozen or so people gathered outside.",
        "He is widely credited with helping to create the genre.",
    ],
)
def test_d_vague_amounts_and_hearsay_are_estimates(text: str) -> None:
    assert alone(text) == "estimate"


@pytest.mark.parametrize(
    ("text", "was"),
    [
        # near misses: the forms that worked, a choice between two, a sum credited
        ("More than 50,000 men will be thrown out of employment.", "estimate"),
        ("The money was credited to his account.", "fact"),
        ("He chose one or the other.", "fact"),
        # left by decision: a magnitude further in sizes a detail as often (docs/meaning.md)
        ("Billionaires get a permanent cut of hundreds of millions of dollars.", "fact"),
    ],
)
def test_d_near_misses(text: str, was: str) -> None:
    assert alone(text) == was


def test_b_which_after_a_name_is_the_source() -> None:
    # finding B: "which" after a comma and a name believes as the name does
    assert (
        alone(
            "The event is being held by the Muslim Association of Britain (MAB), which "
            "believes Muslim voters could influence the result in up to 50 constituencies."
        )
        == "attribution"
    )
    assert alone("The MAB believes voters could influence the result.") == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a relative of a thing, or with no content
        "The river, which runs through Leeds, flooded.",
        "He thanked his friend, who believes in him.",
        "He bought a car, which says a lot about him.",
    ],
)
def test_b_which_near_misses(text: str) -> None:
    assert alone(text) == "fact"


def test_a_a_name_with_a_possessive_is_no_imperative() -> None:
    # finding A (BBC news, "11 opinion suggestions, 1 right"): "Get On" is a scheme's name
    text = (
        "Get On's participation target has been set at 2.25 million by 2010, with an "
        "interim figure of 1.5 million by 2007."
    )
    assert alone(text) == "fact"
    assert alone("Get on with it.") == "opinion"  # near miss: still advice
