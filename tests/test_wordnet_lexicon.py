"""The subjectivity lexicons grown through WordNet's adjective relations (issue 12):
adjectives neither Pattern nor VADER rates inherit a judgement from neighbours they rate
clearly ("grotty" ~ nasty, "unenviable" ~ undesirable), never from or for adjectives
that describe (colours, sizes, temperatures, quantities, bodies)."""

from __future__ import annotations

import pytest

from newsdiff.meaning import lexicon as wordnet
from newsdiff.meaning.cues.subjective import judging_words, lexicon, rated_words
from newsdiff.meaning.cues.valence_words import ADJECTIVES
from newsdiff.meaning.cues.wordnet_words import TABLE
from newsdiff.meaning.suggest import suggest_label


def _inherited() -> dict[str, tuple[float, list[str]]]:
    out: dict[str, tuple[float, list[str]]] = {}
    for line in TABLE.splitlines():
        if line:
            word, polarity, near = line.split()
            out[word] = (float(polarity), near.split(","))
    return out


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The flat was grotty.", "grotty"),
        ("It faces an unenviable task.", "unenviable"),
        ("The plan is insidious.", "insidious"),
        ("Reeves endorsed an insidious fallacy.", "insidious"),
        ("The ruling was reprehensible.", "reprehensible"),
        ("The lawyers were remiss in their duties.", "remiss"),
    ],
)
def test_adjective_the_lexicons_miss_judges_through_its_neighbours(text: str, cue: str) -> None:
    """The issue's missed words (and two more of the expansion) are opinion, on the word."""
    label, cues = suggest_label(text)
    assert label == "opinion"
    assert cue in [c.text for c in cues]


@pytest.mark.parametrize(
    ("text", "word", "neighbour"),
    [
        ("The house has a multicoloured roof.", "multicoloured", "motley"),
        ("The piebald pony was sold at auction.", "piebald", "motley"),
        ("The firm made a sizable payment to the council.", "sizable", "tidy"),
        ("The town saw glacial temperatures overnight.", "glacial", "frigid"),
        ("The rotund figure of the mayor appeared at the window.", "rotund", "corpulent"),
        ("Fish were plentiful in the bay last summer.", "plentiful", "abundant"),
        ("An unidentified man was arrested.", "unidentified", "nameless"),
        ("The match ended in a goalless draw.", "goalless", "unsuccessful"),
    ],
)
def test_descriptive_adjective_inherits_nothing(text: str, word: str, neighbour: str) -> None:
    """A colour, size, temperature, quantity or body word stays fact although a WordNet
    neighbour of it is rated judging (an expansion without the descriptive filters
    took each of them)."""
    assert neighbour in rated_words()
    assert wordnet.are_synonyms(word, neighbour)
    assert word not in _inherited()
    assert suggest_label(text)[0] == "fact"


def test_inherited_words_are_adjectives_no_lexicon_rates() -> None:
    """Each inherited word is an adjective alone in WordNet, unrated by Pattern or VADER,
    and every neighbour it names is one the lexicons rate as judging, of one sign."""
    table = _inherited()
    vader = {line.split()[0] for line in ADJECTIVES.splitlines() if line}
    assert {"grotty", "insidious", "unenviable"} <= table.keys()
    for word, (polarity, near) in table.items():
        assert word not in lexicon() and word not in vader
        assert {pos for pos, _base in wordnet.base_forms(word)} == {"a"}, word
        assert near and set(near) <= rated_words(), word
        assert -1.0 <= polarity <= 1.0 and polarity != 0, word
    assert table.keys() <= judging_words()
