"""Issue 12, eleventh round: a text's genre. In a text whose voice judges (an editorial),
an uncued claim with "is"/"are" or in the present perfect is the writer's opinion; in a
text that reports, and read alone, it stays a fact; what an editorial tells of events
(the past, a date, a figure, what a person or a body has done) stays a fact in any text.
The sentences are written for the tests, in the style of editorials' argument units."""

from __future__ import annotations

import pytest

from newsdiff.core.sentences import line_units
from newsdiff.meaning.cues.genre import leans_opinion
from newsdiff.meaning.suggest import suggest, suggest_label
from newsdiff.meaning.voice import MIN_STATEMENTS, READ_STATEMENTS, article_voice

#: An argued text: five of its eight statements judge by a cue of their own.
ARGUED = [
    "The new levy is a cynical mistake.",
    "Ministers must think again.",
    "We should stop pretending that the old plan works.",
    "Nobody ought to be surprised by the result.",
    "This approach is reckless.",
    "The levy was introduced in 2021.",
    "Opponents say the scheme is unfair.",
    "The council raised the charge after a long dispute.",
]

#: A news report: it dates, counts and quotes, and judges nowhere.
NEWS = [
    "The council voted on Tuesday to raise the levy.",
    "The bridge carries 40,000 cars a day.",
    "The company employs 300 people.",
    "Officials said the work would start in March.",
    "A spokesman said talks would continue next week.",
    "Police closed the road for two hours on Monday.",
    "The mayor told reporters the decision was final.",
    "The plant opened in 1987.",
]


@pytest.mark.parametrize(
    "text",
    [
        "The reforms are starting to pay off.",  # "is"/"are": read alone, a fact
        "There is room for growth in the north.",
        "The housing market is changing fast.",
        "The crisis has exposed the limits of the old model.",  # a present perfect
        "Years of neglect have left the railways in a poor state.",
        "It has been a hard winter for the poorest families.",
    ],
)
def test_an_uncued_claim_takes_an_argued_texts_voice(text: str) -> None:
    assert suggest_label(text) == ("fact", ())
    got = suggest([*ARGUED, text], document=True)[-1]
    assert got.label == "opinion"
    assert [c.kind for c in got.cues] == ["voice"]
    assert leans_opinion(text)


@pytest.mark.parametrize(
    "text",
    [
        "The reforms are starting to pay off.",
        "The crisis has exposed the limits of the old model.",
    ],
)
def test_the_same_claim_in_a_news_report_stays_a_fact(text: str) -> None:
    assert not article_voice(suggest_label(t)[0] for t in [*NEWS, text]).judges
    assert suggest([*NEWS, text], document=True)[-1].label == "fact"


def test_a_news_text_of_present_tense_facts_keeps_them() -> None:
    got = [s.label for s in suggest(NEWS, document=True)]
    assert got == [s.label for s in suggest(NEWS)]
    assert got[1] == got[2] == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The bridge carries 40,000 cars a day.",  # counted
        "The company employs 300 people.",
        "In 2019 the minister closed the mine.",  # a dated anecdote
        "The minister closed the mine after a long strike.",  # the past
        "The mayor has resigned.",  # what a person has done
        "Brussels has approved the merger.",  # what a name has done
        "Unions have won a pay rise.",  # what a body has done
        "Lisbon is the capital of Portugal.",  # a name defined
        "I am a nurse at the hospital.",  # a profile
        "The museum is open daily.",  # a schedule
        "The ferry is in the harbour.",  # a place
        "Residents describe the noise as constant.",  # a verb of saying
    ],
)
def test_what_an_argued_text_reports_stays_a_fact(text: str) -> None:
    assert suggest([*ARGUED, text], document=True)[-1].label == "fact"


def test_a_file_of_many_texts_is_read_whole() -> None:
    """A ``--lines`` file of units from many texts: its voice is read from all of it
    (up to ``READ_STATEMENTS``), not from the first 80 statements, which here report."""
    labels = ["attribution"] * 40 + ["fact"] * 40 + ["opinion"] * 120
    assert READ_STATEMENTS >= len(labels)
    voice = article_voice(labels)
    assert (voice.statements, voice.judging, voice.reporting) == (200, 120, 40)
    assert voice.judges
    assert not article_voice(labels[:80]).judges
    assert article_voice(["opinion"] * (READ_STATEMENTS + 50)).statements == READ_STATEMENTS
    assert MIN_STATEMENTS <= 80


def test_units_given_one_a_line_are_read_as_one_text() -> None:
    units = [u.rstrip(".") for u in [*ARGUED, "The reforms are starting to pay off."]]
    got = suggest(line_units("\n".join(units) + "\n"), document=True)
    assert got[-1].label == "opinion"
