"""An acronym on one side whose letters are the initials of a run of words on the
other is one term: for the alignment's similarity, and a variant in the word diff
(review r19a: "OOP" / "object-oriented programming")."""

from __future__ import annotations

import pytest

from newsdiff.core.acronyms import runs, same_term, spelled_terms
from newsdiff.core.align import align
from newsdiff.core.article import from_text, normalize
from newsdiff.core.words import stems, stems_and_acronyms
from newsdiff.meaning.compare import compare
from tests.test_edge_partners import EDGE_A, EDGE_B


def test_the_reviewers_oop_sentence_links_its_source_not_a_moved_one() -> None:
    """min/edge_a against min/edge_b2: B#1 "The idea of inheritance in OOP ..." is A#1
    "In object-oriented programming, inheritance ..." (0.33 with the term; 0.22
    without, below A#3's 0.28, and B#1 was drawn moved beside A#3)."""
    links = [(lk.kind, lk.a, lk.b) for lk in align(EDGE_A, EDGE_B[:2])]
    assert links == [
        ("changed", (0,), (0,)),
        ("changed", (1,), (1,)),
        ("removed", (2,), ()),
    ]
    assert next(lk for lk in align(EDGE_A, EDGE_B[:2]) if lk.a == (0,)).similarity >= 0.3


def _changes(a: str, b: str) -> list[tuple[str, str, str]]:
    cmp = compare(from_text(a, "a"), from_text(b, "b"))
    return [(c.a, c.b, c.cls) for row in cmp.rows for c in row.changes]


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("UN", "United Nations"),
        ("NHS", "National Health Service"),
        ("CEO", "chief executive officer"),
        ("FBI", "Federal Bureau of Investigation"),
        ("DOJ", "Department of Justice"),
    ],
)
def test_an_acronym_for_its_words_is_a_variant(short: str, long: str) -> None:
    """Either way round, and before a reporting verb too: the same source."""
    a = f"Inheritance in {short} forms new classes, the {short} said."
    b = f"Inheritance in {long} forms new classes, the {long} said."
    assert _changes(a, b) == [(short, long, "variant"), (short, long, "variant")]
    assert _changes(b, a) == [(long, short, "variant"), (long, short, "variant")]


def test_common_words_for_an_acronym_are_a_variant_where_no_one_speaks() -> None:
    a, b = (
        "Inheritance in OOP forms new classes.",
        "Inheritance in object-oriented programming forms new classes.",
    )
    assert _changes(a, b) == [("OOP", "object-oriented programming", "variant")]


@pytest.mark.parametrize(
    ("short", "long"),
    [("PM", "party members"), ("DA", "defence attorney"), ("DOJ", "defence of Jones")],
)
def test_common_words_that_spell_a_speaker_by_chance_are_another_speaker(
    short: str, long: str
) -> None:
    """Review r20d finding 1: "The PM said" -> "The party members said" was a variant,
    so --fail-on attribution passed a changed speaker. Words that name the acronym's
    bearer (capitals, or WordNet's expansion: "prime minister") stay a variant."""
    assert _changes(
        f"The {short} said taxes would rise.", f"The {long} said taxes would rise."
    ) == [(short, long, "attribution")]
    assert _changes(
        "The PM said taxes would rise.", "The prime minister said taxes would rise."
    ) == [("PM", "prime minister", "variant")]


@pytest.mark.parametrize(
    ("a", "b"),
    [("US", "us"), ("IT", "it"), ("UN", "the United Nations"), ("NHS", "National Service")],
)
def test_no_run_of_words_spells_a_lone_word_or_other_letters(a: str, b: str) -> None:
    """Near misses: one word is no run ("US" is not "us"), and a run must be the whole
    change and spell every letter."""
    assert not same_term(a, b)
    assert not same_term(b, a)


def test_a_run_is_words_standing_together() -> None:
    """A comma between two words ends a run; a connector inside one may count or not."""
    assert runs("In programming, inheritance is", ["PI"]) == []
    assert runs("the Institute for the Study of War said", ["ISW"]) == [("ISW", 4, 34)]
    assert runs("under new management", ["UN"]) == []  # "under" is a stop word


def test_acronyms_are_capitals_in_a_text_that_is_not() -> None:
    assert stems_and_acronyms("The NHS and CEOs met.")[1] == ("CEO", "NHS")
    assert stems_and_acronyms("THE NHS AND CEOS MET.")[1] == ()  # a line in capitals
    assert stems_and_acronyms("World War II ended.")[1] == ()  # a Roman numeral
    # The similarity's words are what they were: an acronym that is a stop word stays out.
    assert stems_and_acronyms("The IT staff met.")[0] == stems("the it staff met.")


def test_initials_spelled_by_chance_in_another_sentence_change_nothing() -> None:
    """Near miss: "a new hospital site" spells NHS, but its sentence is the builders'
    sentence's partner, not the NHS sentence's: both keep their words."""
    a = ["The NHS said waiting lists grew in March.", "Builders began work near the river."]
    b = [
        "Waiting lists grew in March, officials said.",
        "Builders began work near a new hospital site.",
    ]
    na, nb = [normalize(t) for t in a], [normalize(t) for t in b]
    sa, sb = [stems(t) for t in na], [stems(t) for t in nb]
    named = ([stems_and_acronyms(t)[1] for t in na], [stems_and_acronyms(t)[1] for t in nb])
    assert runs(nb[1], ["NHS"])  # the letters are there
    assert spelled_terms((na, nb), (sa, sb), named) == (sa, sb)
    assert [(lk.a, lk.b) for lk in align(a, b)] == [((0,), (0,)), ((1,), (1,))]
