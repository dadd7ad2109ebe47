"""Review r22c's suggestion findings (regressions of 7257ab8): a perfect that judges
how a thing went is no bare report (finding 1), with near misses the fixes must not
fire on. Each test quotes the reviewer's example."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest

from .test_review21b_leftovers import in_argued_text, label

# The reviewer's argued text (review-inputs/r22c/editorial_backfired.txt), copied.
EDITORIAL = (
    "The mayor's housing plan is a shameful retreat.",
    "The city must do better.",
    "Residents should not have to wait another decade for homes.",
    "It is absurd to pretend the market will fix this on its own.",
    "This council has failed its poorest tenants.",
    "The plan was announced in March.",
    "Critics say it is too timid.",
    "The council approved the budget last week.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        # Finding 1: a perfect whose verb judges how the thing went
        "The strategy has backfired.",
        "The scheme has flopped.",
        "The situation has worsened.",
        "The tide has turned.",
        "The plan has worked.",
        "The market has spoken.",
        "The policy has succeeded.",
        "The reforms have failed.",
        "The ceasefire will have held.",
    ],
)
def test_a_perfect_that_judges_leans_opinion_in_an_argued_text(sentence: str) -> None:
    assert label(sentence) == "fact"  # alone, no cue: GUIDE 3's fact
    assert in_argued_text(sentence) == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: an event's course (an end, a start, a state kept), said or denied
        "The ceasefire has held.",
        "The ceasefire has not held.",
        "The ceasefire hasn't held.",
        "The war has ended.",
        "Talks have begun.",
        "The school has closed.",
        "The old bridge has reopened.",
    ],
)
def test_a_perfect_of_an_events_course_stays_a_report(sentence: str) -> None:
    assert in_argued_text(sentence) == "fact"


def test_the_reviewers_editorial_reads_the_backfire_as_opinion() -> None:
    rows = suggest(
        [*EDITORIAL, "The strategy has backfired.", "The ceasefire has not held."],
        document=True,
    )
    assert [str(r.label) for r in rows[-2:]] == ["opinion", "fact"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Finding 2: an offence's instrument or a period's name, not a judgement
        "A man was jailed for four years on Tuesday for arranging sham marriages in Leeds.",
        "Police uncovered a sham company used to move the money.",
        "A sham marriage was used to obtain a visa.",
        "The Phoney War ended in May 1940.",
        "Historians call it the Phoney War.",
    ],
)
def test_sham_and_phony_name_a_fraud_or_a_period_in_a_report(sentence: str) -> None:
    assert label(sentence) == "fact"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a process or a feeling judged, a predicate, a noun
        "It was a sham election.",
        "The regime held a sham election in March.",
        "It was a sham company run for its donors.",
        "The phony outrage of the opposition benches is unearned.",
        "The vote was a sham.",
        "Voters see the two-party system for the sham it has become.",
    ],
)
def test_sham_and_phony_still_judge_a_process_or_as_a_predicate(sentence: str) -> None:
    assert label(sentence) == "opinion"


@pytest.mark.parametrize(
    "sentence",
    [
        # Finding 3: a participle that hedges the noun's truth carries a source's claim
        "The alleged ringleader was arrested in May.",
        "The reported death toll rose to 40.",
        "His reported remarks angered allies.",
        "The alleged attack took place on Friday.",
        "The claimed savings never appeared in the accounts.",
    ],
)
def test_a_hearsay_participle_before_a_noun_still_attributes(sentence: str) -> None:
    assert label(sentence) == "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: participles that do not hedge truth, and the legal "the said X"
        # (finding 11)
        "The suggested solutions were tried in May.",
        "The stated aim of the reform was lower prices.",
        "The said agreement was signed in 1990.",
    ],
)
def test_a_participle_that_hedges_nothing_reports_nothing(sentence: str) -> None:
    assert label(sentence) != "attribution"


def test_the_said_of_a_speaker_still_reports() -> None:
    assert label("The minister said agreement was near.") == "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        # Finding 5: a will followed after a verb, no comma (README): one reading for both
        "The house goes to the church according to the will.",
        "Property is passed on according to the will.",
        "The money goes to his nephew according to the will.",
        "The estate was handed over according to the will.",
    ],
)
def test_a_will_followed_after_a_verb_and_its_particle_or_place_is_no_source(
    sentence: str,
) -> None:
    assert label(sentence) == "fact"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a will cited after a comma or first; a source after a place
        "The farm goes to his son, according to the will.",
        "According to the will, the farm goes to his son.",
        "The house goes to the church according to the report.",
        "Aid goes to the rebels according to the Pentagon.",
    ],
)
def test_a_will_cited_or_a_source_after_a_place_still_attributes(sentence: str) -> None:
    assert label(sentence) == "attribution"
