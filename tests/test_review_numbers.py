"""The same quantity written another way is a variant (review: w2/r2 and pc4/pc5)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core.worddiff import diff_words
from newsdiff.meaning.classify import row_changes
from newsdiff.meaning.cues.numbers import numbers
from newsdiff.meaning.options import CompareOptions, loose_key


def changes(a: str, b: str) -> list[tuple[str, str, str]]:
    return [(c.a, c.b, c.cls) for c in row_changes(diff_words(a, b, key=loose_key))]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("rose by half a percentage point", 0.5),
        ("Profits rose to half a million.", 500_000.0),
        ("half a dozen eggs", 6.0),
        ("the highest level in four decades", 40.0),
        ("the highest level in forty years", 40.0),
        ("two centuries ago", 200.0),
    ],
)
def test_halves_decades_and_centuries_have_their_value(text: str, value: float) -> None:
    """'half a' is 0.5 and halves what follows; decades and centuries count years."""
    assert [n.value for n in numbers(text)] == [("n", value)]


def test_the_reviewers_quantities_are_variants() -> None:
    """'half a' -> '0.5' and 'four decades' -> 'forty years' were number changes."""
    found = changes(
        "It rose by half a percentage point, the highest in four decades.",
        "It rose by 0.5 percentage points, the highest in forty years.",
    )
    assert ("half a", "0.5", "variant") in found
    assert ("four decades", "forty years", "variant") in found
    assert all(cls != "number" for _a, _b, cls in found)


def test_another_quantity_is_still_a_number() -> None:
    """'four decades' -> 'four years' changes the quantity."""
    found = changes("the highest in four decades", "the highest in four years")
    assert [cls for _a, _b, cls in found] == ["number"]


def test_percent_and_half_a_million_in_one_row_are_variants() -> None:
    """pc4/pc5: '50 per cent' -> '50%' beside 'half a million' -> '500,000' was a hedge
    and a number; both are one quantity written another way, folded by --ignore-spelling."""
    a, b = "Profits rose 50 per cent to half a million.", "Profits rose 50% to 500,000."
    assert {cls for _a, _b, cls in changes(a, b)} == {"variant"}
    assert CompareOptions(ignore_spelling=True).ignores(a, b)


@pytest.mark.parametrize(
    ("a", "b", "old", "new"),
    [
        ("The war lasted a decade.", "The war lasted ten years.", "a decade", "ten years"),
        (
            "The meeting took half an hour.",
            "The meeting took 30 minutes.",
            "half an hour",
            "30 minutes",
        ),
        ("Police arrested a dozen people.", "Police arrested 12 people.", "a dozen", "12"),
        ("It took an hour.", "It took 60 minutes.", "an hour", "60 minutes"),
        ("It lasted a century.", "It lasted 100 years.", "a century", "100 years"),
    ],
)
def test_one_span_of_time_written_another_way_is_a_variant(
    a: str, b: str, old: str, new: str
) -> None:
    """Outside review: 'a decade' -> 'ten years', 'half an hour' -> '30 minutes' and
    'a dozen' -> '12' are one quantity written two ways, as 'four decades' -> 'forty
    years' is."""
    assert changes(a, b) == [(old, new, "variant")]


def test_minutes_and_years_are_not_one_quantity() -> None:
    """A count of minutes is no count of years: 'two decades' -> '20 minutes' and
    'half an hour' -> '40 minutes' change the quantity."""
    assert all(cls == "number" for _a, _b, cls in changes("two decades", "20 minutes"))
    assert changes("took half an hour", "took 40 minutes") == [
        ("half an hour", "40 minutes", "number")
    ]
    assert [n.value for n in numbers("half an hour")] == [("min", 30.0)]
    assert [n.value for n in numbers("a decade ago")] == [("n", 10.0)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("a dozen ten years", ["a dozen", "ten years"]),
        ("twelve ten times", ["twelve", "ten times"]),  # " times" counts, as "years" does
        ("a dozen twenty people", ["a dozen", "twenty"]),
        ("twenty five people", ["twenty five"]),
        ("three hundred and six", ["three hundred and six"]),
        ("two dozen eggs", ["two dozen"]),
        ("one thousand five hundred", ["one thousand five hundred"]),
    ],
)
def test_two_counts_side_by_side_are_two_numbers(text, found):
    """Number words join only into a number one could write ("twenty five", "two
    dozen"); "a dozen ten years" is two counts, not 22 (a change then took "a dozen"
    on one side only, and plain and JSON marked different text)."""
    assert [text[n.start : n.end] for n in numbers(text)] == found


_FIGURE_BITS = [
    *"0123456789 ,.:%$£€¥₹°-CFkmx",
    "US",
    "NZ",
    "HK",
    "A",
    "ſ",
    " per cent",
    " million",
    "EUR",
    "USD",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_FIGURE_BITS), min_size=1, max_size=14).map("".join))
def test_figures_are_those_the_scan_of_the_whole_text_finds(text: str) -> None:
    """The figures pattern resumes a few characters before the next digit instead of
    being tried at every character: the same matches as ``finditer`` from the first
    digit's currency span on."""
    from newsdiff.meaning.cues import numbers as mod

    first = mod._A_DIGIT.search(text)
    if first is None:
        return
    start = max(0, first.start() - mod.CURRENCY_SPAN)
    want = [(m.span(), m.groupdict()) for m in mod._DIGITS.finditer(text, start)]
    assert [(m.span(), m.groupdict()) for m in mod._figures(text, first.start())] == want
