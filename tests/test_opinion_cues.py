"""The opinion rules that generalise beyond single judging words (issue 12, second
round): degree, attitude adverbs, a first person weighing in, judging predicate
nouns, VADER's judging adjectives, judgements inside quotation marks left to the
quoted person, and two more shapes of attribution. Each rule with the sentence that
showed it, and a false positive it must not make."""

from __future__ import annotations

import pytest

from newsdiff.meaning.cues.quotes import quoted_spans
from newsdiff.meaning.cues.stance import stance_cues
from newsdiff.meaning.cues.subjective import judging_words, lexicon
from newsdiff.meaning.cues.valence_words import ADJECTIVES, NOUNS
from newsdiff.meaning.suggest import suggest_label


def _cue_texts(text: str) -> list[str]:
    return [c.text for c in suggest_label(text)[1]]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Anne is a very warm actress.", "very warm"),
        ("It's so crowded.", "so crowded"),
        ("He was incredibly learned and a strong advocate for freedom.", "incredibly learned"),
        ("Ironically, the new rules raised the costs they were meant to cut.", "Ironically"),
        ("Of course, he showed ethical lapses in judgment.", "Of course"),
        ("So what I did now, I would say this isn't a bad thing.", "I would say"),
        ("The launch was a complete disaster.", "was a complete disaster"),
        ("What a shame the museum closed.", "What a shame"),
        ("Selena looked chic in a brown turtleneck.", "chic"),
        ("The ministry's figures are misleading.", "misleading"),
        ("Turnout was dismal across the north.", "dismal"),
        ("You have done exceptionally well in opinion polling.", "exceptionally well"),
        ("I understand the issues much better than the other candidates.", "much better"),
    ],
)
def test_judgement_without_a_listed_word_is_opinion(text: str, cue: str) -> None:
    """Degree, attitude adverbs, a first person weighing in, a judging predicate noun
    and VADER's judging adjectives make a sentence opinion, with the cue shown."""
    assert (suggest_label(text)[0], cue in _cue_texts(text)) == ("opinion", True), _cue_texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was the very first flight from the new airport.",
        "The talks have gone well so far.",
        "Too many trucks crossed the border on Monday.",
        "She wanted to do so quickly.",
        "The misery index rose in March.",
        "It is also encouraging citizens to report potholes.",
        "The Charming Shoppes chain reported a loss.",
        "Prices were much higher than last year.",
    ],
)
def test_no_judgement_where_the_words_only_look_like_one(text: str) -> None:
    """A degree word that counts or places ("very first", "so far", "too many"), "do
    so", a judging noun that is no predicate, an "-ing" verb in the progressive, a
    capitalised name and a comparative that measures ("much higher") are no opinion."""
    assert suggest_label(text)[0] != "opinion", _cue_texts(text)


def test_so_before_a_pronoun_is_no_degree() -> None:
    """ "So I" is no degree: WordNet's adjective "i" (one) is no gradable word."""
    assert stance_cues("So I went home and slept.") == []


@pytest.mark.parametrize(
    "text",
    [
        "He panned McConnell's argument that the aid was critical as “ludicrous”.",
        "In 2019 he had a role in a film which was labelled an 'empty, boring flop' by The Observer.",
        "Horrible choice.'",
    ],
)
def test_a_judgement_inside_quotation_marks_is_the_quoted_persons(text: str) -> None:
    """Judging words in quotation marks (scare quotes, quoted words, the end of a
    quotation begun earlier) are someone else's view: no opinion."""
    assert suggest_label(text)[0] != "opinion", _cue_texts(text)


def test_the_writers_own_judgement_beside_a_quote_still_counts() -> None:
    """Outside the quotation marks the writer's judging word still makes opinion."""
    text = "The disastrous plan was called 'a plan' by its authors."
    assert suggest_label(text)[0] == "opinion"


def test_quoted_spans_cover_pairs_and_run_on_ends() -> None:
    """Paired marks of any length and the tail of a quotation begun earlier are spans."""
    assert quoted_spans("He called it “ludicrous” today.") == [(13, 24)]
    assert quoted_spans("So I wanted more.'") == [(0, 18)]
    assert quoted_spans("The soldiers' morale fell.") == []


@pytest.mark.parametrize(
    "text",
    [
        "As Chappatte says, it solves two modern issues: loneliness and housing.",
        "Director Lone Scherfig told The Guardian ahead of the film's release: "
        "'It's definitely a warmer interpretation of Emma.'",
        "So I wanted more of it.'",
    ],
)
def test_more_shapes_of_attribution(text: str) -> None:
    """ "As X says," hands the words to a source; a speech verb whose quotation follows
    a colon further on reports; a sentence ending a quotation is attribution."""
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "She left the hall as the mayor arrived.",
        "As the company said goodbye to its founder, shares fell.",
        "The report had one aim: to count the trees.",
    ],
)
def test_as_and_colon_alone_do_not_report(text: str) -> None:
    """ "as" without a speech verb closing its clause, and a colon with no speech verb
    and no quotation, are no attribution."""
    assert suggest_label(text)[0] != "attribution"


def test_valence_table_adds_only_words_pattern_does_not_rate() -> None:
    """VADER's words come in only where Pattern has no judgement of its own, and the
    table's words are lower-case single words with a valence."""
    pattern = set(lexicon())
    for table in (ADJECTIVES, NOUNS):
        rows = [line.split() for line in table.splitlines() if line]
        assert rows
        for word, valence in rows:
            assert word == word.lower() and word not in pattern
            assert -4.0 <= float(valence) <= 4.0
    assert "chic" in judging_words() and "misleading" in judging_words()
