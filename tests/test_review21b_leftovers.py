"""Review r21b's leftovers (stop 22): a bare perfect of a named thing in a judging text
(finding 2: "The ceasefire has held."), a will followed ("divided according to the
will"), "phony" and "sham" (judging words no shipped lexicon rates), and the deontic
voice of desert ("No voter deserves ..."), with near misses the changes must not fire on."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest, suggest_label

from .test_genre import ARGUED  # an argued text: five of its eight statements judge


def label(sentence: str) -> str:
    return str(suggest_label(sentence)[0])


def in_argued_text(sentence: str) -> str:
    return str(suggest([*ARGUED, sentence], document=True)[-1].label)


@pytest.mark.parametrize(
    "sentence",
    [
        # Finding 2: a thing named and what happened to it, nothing after the verb
        "The ceasefire has held.",
        "The truce has held.",
        "Talks have stalled.",
        "The old bridge has reopened.",
        "Their strike has ended.",
    ],
)
def test_a_bare_perfect_of_a_named_thing_stays_a_report(sentence: str) -> None:
    assert label(sentence) == "fact"
    assert in_argued_text(sentence) == "fact"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a subject that points back sums up; a perfect that says more
        "This has worked.",
        "Now this time has arrived.",
        "The crisis has exposed the limits of the old model.",
        "The well has run dry.",
    ],
)
def test_a_perfect_that_sums_up_or_says_more_still_leans_opinion(sentence: str) -> None:
    assert in_argued_text(sentence) == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        "The land was divided according to the will.",
        "The estate was shared out according to his will.",
    ],
)
def test_a_will_followed_after_the_verb_is_no_source(sentence: str) -> None:
    assert label(sentence) == "fact"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the will cited after a comma or at the start; a document that states
        "According to the will, the farm goes to his son.",
        "The farm goes to his son, according to the will.",
        "The man was killed according to the report.",
    ],
)
def test_a_will_cited_is_still_a_source(sentence: str) -> None:
    assert label(sentence) == "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        "The phony outrage of the opposition benches is unearned.",
        "It was a sham election.",
        "The vote was a sham.",
        "The phoney war over the budget goes on.",
    ],
)
def test_phony_and_sham_judge(sentence: str) -> None:
    assert label(sentence) == "opinion"


def test_a_phone_is_no_phony() -> None:
    assert label("The phone company sent the bill.") == "fact"


@pytest.mark.parametrize(
    "sentence",
    [
        # the deontic voice of desert, and "need" split from "to" by an adverb
        "No voter deserves to be misled by a minister.",
        "No patient deserves to wait two years for surgery",
        "Nurses will finally get a well-deserved pay rise",
        "we need also to keep defending the right to protest",
    ],
)
def test_desert_and_need_are_the_writers_voice(sentence: str) -> None:
    assert label(sentence) == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a news text of present-tense facts and plain needs stays fact
        "The museum is closed on Mondays.",
        "The council needs the money by Friday.",
        "The bridge carries 40,000 cars a day.",
    ],
)
def test_plain_present_facts_stay_facts(sentence: str) -> None:
    assert label(sentence) == "fact"


@pytest.mark.parametrize(
    "sentence",
    [
        # a reporting verb's word as another part of speech (issue 12's false positives)
        "The council refused to answer my questions.",
        "The minister would not take your questions on the budget.",
        "The suggested remedies are usually rest and fluids.",
        "The stated aim of the reform was lower prices.",
    ],
)
def test_a_reporting_word_as_a_noun_or_an_adjective_reports_nothing(sentence: str) -> None:
    assert label(sentence) != "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the verbs still report
        "He questions whether the plan works.",
        "The report suggested cuts to the budget.",
        "A study that suggested fewer deaths was retracted.",
        "The suggested cuts, the minister said, are needed.",
    ],
)
def test_reporting_verbs_still_report(sentence: str) -> None:
    assert label(sentence) == "attribution"
