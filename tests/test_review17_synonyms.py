"""Opposites and names an outside review (r17a) found labelled synonym ("same
meaning"): WordNet puts "early" and "late" both beside "past", "weekly" and "monthly"
beside "periodic", "republican" (power in the citizens) beside "democratic"."""

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
        # r17a syn/s7, s28, s27: a time changed.
        ("The vote is expected in early June.", "The vote is expected in late June.", ("early", "late", ("number",))),
        ("The vote came earlier than expected.", "The vote came later than expected.", ("earlier", "later", ("number",))),
        ("The central bank publishes the data weekly.", "The central bank publishes the data monthly.", ("weekly", "monthly", ("number",))),
        ("The talks resume in mid 2025.", "The talks resume in late 2025.", ("mid", "late", ("number",))),
        # r17a attr/t24: two party names.
        ("The Republican senator voted for the bill.", "The Democratic senator voted for the bill.", ("Republican", "Democratic", ("rewording",))),
    ],
)  # fmt: skip
def test_opposites_and_names_are_no_synonyms(
    a: str, b: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    assert changes(a, b) == [expected]
    assert changes(b, a) == [(expected[1], expected[0], expected[2])]


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        # Synonyms stay so: a sentence's first word and a caption's are capitalised anyway.
        ("Huge areas were freed.", "Vast areas were freed.", ("Huge", "Vast")),
        ("Tanks were left (Picture: AP).", "Tanks were left (Image: AP).", ("Picture", "Image")),
        ("The troops were freed.", "The troops were liberated.", ("freed", "liberated")),
        # The same period said two ways is no other time.
        ("The report comes out yearly.", "The report comes out annually.", ("yearly", "annually")),
    ],
)
def test_synonyms_stay(a: str, b: str, pair: tuple[str, str]) -> None:
    assert changes(a, b) == [(*pair, ("synonym",))]


def test_early_without_a_date_is_no_number() -> None:
    """ "early" -> "late" without a date after it is no time of a calendar: not a
    number, and no synonym either (WordNet's antonyms)."""
    ((_a, _b, got),) = changes("He arrived early.", "He arrived late.")
    assert got not in (("number",), ("synonym",))
