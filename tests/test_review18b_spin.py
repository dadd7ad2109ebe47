"""Changes an outside review (r18b) found classed wrong on spun and fact-edited
reprints: a multiplier verb in its base form ("would double" -> "would triple") read
as a synonym, spinner synonyms read as factual classes, a quote's cut clause read as a
negation, and common synonyms WordNet's lookup missed."""

from __future__ import annotations

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare


def changes(a: str, b: str) -> list[tuple[str, str, tuple[str, ...]]]:
    (row,) = compare(from_text(a, "a"), from_text(b, "b")).rows
    return [(c.a, c.b, c.classes) for c in row.changes]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # r18b finding 1 (double_*, extra_*): the base form after a modal or "to".
        ("The company expects profits to double next year.", "The company expects profits to triple next year.", ("double", "triple", ("number",))),
        ("Sales will double by 2027.", "Sales will triple by 2027.", ("double", "triple", ("number",))),
        ("The company said profits would double next year.", "The company said profits would triple next year.", ("double", "triple", ("number",))),
        ("Costs could more than double.", "Costs could more than halve.", ("double", "halve", ("number",))),
        ("The price halves every year.", "The price doubles every year.", ("halves", "doubles", ("number",))),
        ("Exports rose twofold.", "Exports rose threefold.", ("twofold", "threefold", ("number",))),
        ("Exports saw a two-fold rise.", "Exports saw a three-fold rise.", ("two-fold", "three-fold", ("number",))),
        # The same multiple written another way is one value.
        ("Exports rose twofold.", "Exports rose two-fold.", ("twofold", "two-fold", ("variant",))),
    ],
)  # fmt: skip
def test_any_form_of_a_multiplier_is_a_number(
    a: str, b: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert changes(a, b) == [expected]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # Near misses: "double" as an adjective or "halves" as a noun counts nothing.
        ("It was a double blow for the team.", "It was a twin blow for the team.", ("double", "twin", ("rewording",))),
        ("The two halves of the city were cut off.", "The two parts of the city were cut off.", ("halves", "parts", ("rewording",))),
    ],
)  # fmt: skip
def test_a_multiplier_word_that_is_no_verb_counts_nothing(
    a: str, b: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert changes(a, b) == [expected]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # r18b finding 5a (disaster_spun, spin_cases): a "-less" adjective WordNet glosses
        # as an absence ("having no home", "lacking power") against "without" and its
        # noun: both sides assert the same absence.
        ("Flash floods left thousands homeless.", "Flash floods left thousands without homes.", ("homeless", "without homes", ("rewording",))),
        ("The storm left thousands without power.", "The storm left thousands powerless.", ("without power", "powerless", ("rewording",))),
        ("The troops were without weapons.", "The troops were weaponless.", ("without weapons", "weaponless", ("rewording",))),
    ],
)  # fmt: skip
def test_a_privative_adjective_says_what_without_says(
    a: str, b: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert changes(a, b) == [expected]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # Near misses: a negator put before the privative still reverses it, and a
        # "-less" word that says no absence ("too numerous to be counted", "having
        # incalculable worth") says nothing "without" says.
        ("Residents were left powerless.", "Residents were not left powerless.", ("", "not", ("negation",))),
        ("The painting was priceless.", "The painting was without a price.", ("priceless", "without a price", ("negation",))),
    ],
)  # fmt: skip
def test_a_negator_against_no_privative_still_negates(
    a: str, b: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert changes(a, b) == [expected]
