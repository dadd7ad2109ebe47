"""One value written one way: ``canonical_number`` gives each number's value a single
spelling ("Fifteen" and "15" -> "15"), which ``--ignore-spelling`` compares."""

from __future__ import annotations

from newsdiff.meaning.cues.base import Number
from newsdiff.meaning.cues.dates import period_word
from newsdiff.meaning.cues.number_words import CURRENCIES, MONTH_NAMES


def canonical_number(n: Number) -> str:
    """One way of writing ``n``'s value: "Fifteen", "15" -> "15"; "$5m", "$5 million" ->
    "$5000000"; "3rd of March", "March 3" -> "3 March"; "second", "2nd" -> "2nd"; "40
    pounds" -> "£40"; "10 kilometres" -> "10 km"; "past week" -> "last week"."""
    unit, v = n.value
    if n.written == "magnitude":
        return n.text
    if unit == "weekday":
        return n.text.capitalize()
    if unit == "month":
        return MONTH_NAMES[int(v)]
    if unit == "date":
        return f"{int(v) % 100} {MONTH_NAMES[int(v) // 100]}"
    if n.written in ("season", "multiplier"):
        return n.text.lower()
    if n.written == "relative":
        return f"{unit} {period_word(n.text.split()[-1].lower())}"
    figure = str(int(v)) if v.is_integer() else repr(v)
    if unit == "%":
        return figure + "%"
    if unit == "ord":
        return figure + ordinal_suffix(int(v))
    if unit == "n":
        return figure
    return unit + figure if unit in CURRENCIES else f"{figure} {unit}"


def ordinal_suffix(n: int) -> str:
    """The suffix of an ordinal figure: 1st, 2nd, 3rd, 11th, 21st."""
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
