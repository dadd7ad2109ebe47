"""False attributions of issue 12's fifth round, read from the errors of the editorial
dev half (bench/editorial_bench.py): a quoted term in the writer's own sentence, a
passive reporting verb with no one to report, a one-word line. Each beside the plain
news that must stay attribution."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


@pytest.mark.parametrize(
    "text",
    [
        'The two countries signed a treaty on "alliance and strategic partnership".',
        'The treaty created a "common security and defense space" between them.',
        'Georgia kept its "non-use of force" pledge throughout the year.',
    ],
)
def test_a_quoted_term_in_the_writers_sentence_is_no_attribution(text: str) -> None:
    """A quoted noun phrase after a determiner or "on"/"of", no one saying it, names a term."""
    assert suggest_label(text)[0] != "attribution"


@pytest.mark.parametrize(
    "text",
    [
        '"We will rebuild the bridge," the mayor said.',
        'He had one message for the crowd: "We are not going anywhere."',
        'Police described the scene as "like something from a war film".',
        'The sign on the door read "No entry for unauthorised persons".',
        'It is "the worst flooding we have seen in a generation".',
        'The leaflet promised a "better future for all of you and your families".',
        'The group called the decision a "grave and historic mistake".',
    ],
)
def test_quoted_speech_stays_attribution(text: str) -> None:
    """Speech quoted with its speaker, after a colon or a verb, or with a person in it."""
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "Nothing has been confirmed at this point.",
        "The wave of attacks might be explained in several ways.",
        "The cause of the fire was not disclosed.",
    ],
)
def test_a_passive_reporting_verb_with_no_one_to_report_is_no_attribution(text: str) -> None:
    """ "has been confirmed", "be explained in": nobody reports and nothing is reported."""
    assert suggest_label(text)[0] != "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "It was announced that the plant would close.",
        "The deaths were confirmed by police on Monday.",
        "The minister is said to be furious.",
        "The attack was described as a turning point.",
        "Three deaths have been confirmed, the ministry said.",
    ],
)
def test_a_passive_that_reports_stays_attribution(text: str) -> None:
    """A passive with "that", "by", "to" or "as" after it, or a source elsewhere, reports."""
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize("text", ["confirmed", "Denied.", "Said."])
def test_one_word_states_nothing(text: str) -> None:
    """A one-word line is no statement, even a reporting verb."""
    assert suggest_label(text)[0] is None
