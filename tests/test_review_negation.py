"""A negation that moves with its clause between the sentences of a row is no negation
added or removed (review: w2/r2, "could not be ruled out" -> "could not be excluded")."""

from __future__ import annotations

from newsdiff.core.article import from_text
from newsdiff.core.worddiff import diff_words
from newsdiff.meaning.classify import row_changes
from newsdiff.meaning.compare import compare
from newsdiff.meaning.options import loose_key

WIRE = (
    "Governor Maria Lopez said further rises could not be ruled out.\n"
    '"We will do whatever it takes to bring prices down," she told reporters in Madrid.\n'
)
REPRINT = (
    "“We will do whatever it takes to bring prices down,” Governor Maria Lopez told "
    "journalists in Madrid, adding that more rises could not be excluded.\n"
)


def classes(a: str, b: str) -> list[str]:
    return [c.cls for c in row_changes(diff_words(a, b, key=loose_key))]


def test_a_negation_moved_with_its_clause_is_no_negation_change() -> None:
    """The reviewer's pair: 'not' is on both sides of the 2-1 row, no negation change."""
    cmp = compare(from_text(WIRE), from_text(REPRINT))
    assert [(r.a, r.b) for r in cmp.rows] == [((0, 1), (0,))]
    found = {c.cls for c in cmp.rows[0].changes}
    assert "negation" not in found and "attribution" in found


def test_a_negation_that_moves_to_another_clause_is_still_a_negation() -> None:
    """'Prices did not fall' and 'could be ruled out' -> 'could not be ruled out' and
    'prices fell': one 'not' on each side, but it negates another thing."""
    a = "Prices did not fall. Lopez said rises could be ruled out."
    b = "Lopez said rises could not be ruled out, and prices fell."
    assert "negation" in classes(a, b)


def test_a_negation_removed_from_a_moved_clause_still_counts() -> None:
    """The clause moves and loses its 'not': still a negation change."""
    a = "Lopez said rises could not be ruled out. Prices fell."
    b = "Prices fell, and Lopez added that rises could be ruled out."
    assert "negation" in classes(a, b)
