"""Review r21b (the suggestion findings: 1, 2, 4, 5, 8, 9, 10): labels the review found
wrong after this morning's commits, with near misses the fixes must not fire on."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest, suggest_label

from .test_genre import ARGUED  # an argued text: five of its eight statements judge


def label(sentence: str) -> str:
    return str(suggest_label(sentence)[0])


@pytest.mark.parametrize(
    "sentence",
    [
        # Finding 1: a person, a body or a document whose phrase opens with a study's
        # noun found a clause out, or showed a result: reported content.
        "A research paper found that the drug cut deaths by a third.",
        "A research note from Goldman Sachs found that margins are shrinking.",
        "A research group at MIT found that the chips overheat.",
        "A research institute found that wages fell in real terms.",
        "A poll tracker shows Labour ahead by 20 points.",
        "Study authors found that the drug cut deaths by a third.",
        "Survey researchers found that most voters back the plan.",
        "Research scientists found that the ice is melting faster.",
        "Poll analysts found that support for the plan has fallen.",
        "Study leader Jane Smith found that the drug works.",
        "Survey takers found that prices rose 5%.",
    ],
)
def test_a_finder_who_found_a_clause_out_reports_it(sentence: str) -> None:
    assert label(sentence) == "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a finder of objects, a ship, an idiom
        "A survey crew found the body.",
        "A survey ship found the wreck.",
        "A survey team found the missing hikers.",
        "A poll taken at the stadium on Friday found its way online.",
        "A research vessel found that the wreck had moved.",
    ],
)
def test_a_finder_of_objects_reports_nothing(sentence: str) -> None:
    assert label(sentence) == "fact"


def in_argued_text(sentence: str) -> str:
    return str(suggest([*ARGUED, sentence], document=True)[-1].label)


@pytest.mark.parametrize(
    "sentence",
    [
        # Finding 2: a passive present perfect is a deed with its doer left out
        "The road has been reopened.",
        "The vaccine has been approved in the European Union.",
        "The reactor has been shut down.",
        "The decision has been appealed.",
        # a span of time is a time word, as a date is
        "The bridge to the island has been closed for weeks.",
        "The strait has been a flashpoint for decades.",
        "The harvest has failed for the third year.",
    ],
)
def test_a_reported_event_keeps_its_fact_in_an_argued_text(sentence: str) -> None:
    assert in_argued_text(sentence) == "fact"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: an active perfect of a thing, no time span, still argues
        "The crisis has exposed the limits of the old model.",
        "It has been a hard winter for the poorest families.",
        "Years of neglect have left the railways in a poor state.",
        "The reforms are starting to pay off for the poorest families.",
    ],
)
def test_an_uncued_claim_still_takes_the_argued_voice(sentence: str) -> None:
    assert in_argued_text(sentence) == "opinion"


#: Review r21b finding 8: a quoteless news explainer ($R/news_explainer.txt), whose
#: judging sentences judge by weak cues alone (a lexicon word, "are high", "It links").
EXPLAINER = [
    "What is the Strait of Hormuz and why does it matter?",
    "The Strait of Hormuz is a narrow waterway between Oman and Iran.",
    "It links the Persian Gulf with the Gulf of Oman and the Arabian Sea.",
    "The strait is 33 km wide at its narrowest point.",
    "The shipping lanes are only 3 km wide in each direction.",
    "About a fifth of the world's oil passes through the strait every day.",
    "Saudi Arabia, Iraq, Kuwait and the United Arab Emirates ship most of their crude through it.",
    "Qatar is the world's largest exporter of liquefied natural gas.",
    "Almost all of its exports pass through the strait.",
    "Iran has threatened to close the strait several times.",
    "Tankers are vulnerable to mines and fast attack boats.",
    "Insurance costs for ships in the Gulf are high.",
    "Some pipelines bypass the strait.",
    "Saudi Arabia has a pipeline to the Red Sea port of Yanbu.",
    "These pipelines are not big enough to replace the strait.",
    "Oil prices are sensitive to any threat to shipping.",
    "The strait is also important for trade in other goods.",
    "Iran's navy is small, but its Revolutionary Guards have many speedboats.",
    "Oman and Iran share control of the waters.",
]


def test_a_voice_of_weak_cues_alone_does_not_judge() -> None:
    got = suggest(EXPLAINER, document=True)
    assert not any(c.kind == "voice" for s in got for c in s.cues)
    assert got[-2].label == "fact"  # "Iran's navy is small, but ..."
    assert got[-1].label == "fact"  # "Oman and Iran share control of the waters."


def test_a_voice_with_strong_cues_still_judges() -> None:
    # near miss: the same explainer with the argued text's strong cues in it judges
    got = suggest([*ARGUED, *EXPLAINER], document=True)
    assert got[-1].label == "opinion"
    assert got[-1].cues[0].kind == "voice"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Finding 9: a defect shows, as "signs of injury" do (a state first, a quality
        # only in a rarer sense)
        ("The engine showed no obvious defect.", "fact"),
        ("The engine had no obvious defects.", "fact"),
        ("He had no obvious signs of injury.", "fact"),
        # near misses: a worth or a way to solve is weighed
        ("The policy offers no obvious solution.", "opinion"),
        ("The plan is without any obvious merit.", "opinion"),
        ("The scheme has no obvious advantage.", "opinion"),
    ],
)
def test_what_shows_is_no_judgement(sentence: str, expected: str) -> None:
    assert label(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Finding 10: a bodily state said of one who has a body, "sick" and a degree too
        "The soldier is sick.",
        "Two passengers are sick.",
        "The soldier is seriously sick.",
        "The patient is very ill.",
    ],
)
def test_a_bodily_state_is_reported(sentence: str) -> None:
    assert label(sentence) == "fact"
    assert in_argued_text(sentence) == "fact"


def test_a_bodily_state_keeps_its_fact_in_an_argued_text() -> None:
    assert in_argued_text("The patient is critically ill in hospital.") == "fact"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a feeling, a figure of speech
        "Voters are sick of austerity.",
        "The economy is sick.",
        "The banking system is seriously ill.",
    ],
)
def test_sick_of_a_thing_or_of_no_body_still_judges(sentence: str) -> None:
    assert label(sentence) == "opinion"
    assert in_argued_text(sentence) == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        # Finding 5: ", implying that" after a deed: the writer infers from it
        "The minister resigned on Friday, implying that the coalition is in trouble.",
        "Analysts cut their forecasts, implying that growth will slow.",
        "The central bank cut rates, implying that it sees inflation slowing.",
    ],
)
def test_implying_after_a_deed_is_the_writers_inference(sentence: str) -> None:
    assert label(sentence) == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: after a telling, the teller implies it
        "The preacher discouraged viewers from taking the vaccine, implying that it was a plot.",
        "The minister told reporters the plan was dead, implying that the coalition is in trouble.",
        "The senator posted a message on Friday, implying that he would run.",
        "Merkel says the deal is done, implying that talks are over.",
    ],
)
def test_implying_after_a_telling_reports(sentence: str) -> None:
    assert label(sentence) == "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        # Finding 4: right after the verb, a law, a policy, a list to go by, a treaty
        "The vote was held according to the constitution.",
        "The children were placed according to the statute.",
        "The pilots acted according to the checklist.",
        "Refugees are housed according to a quota.",
        "The suspects were treated according to the Geneva Conventions.",
    ],
)
def test_a_norm_followed_after_the_verb_is_no_source(sentence: str) -> None:
    assert label(sentence) == "fact"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: sources, a document that states, after a comma
        "The hostages were released according to Hamas.",
        "The troops were deployed according to the Pentagon.",
        "The man was killed according to the report.",
        "Prices rose according to the index.",
        "Five people were killed, according to the list.",
    ],
)
def test_a_source_after_the_verb_is_still_cited(sentence: str) -> None:
    assert label(sentence) == "attribution"
