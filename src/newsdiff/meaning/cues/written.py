"""One value written one way: ``canonical_number`` gives each number's value a single
spelling ("Fifteen" and "15" -> "15"), which ``--ignore-spelling`` compares; and a time
of day read by its value ("3 p.m." = "1500 GMT" = "15:00", not "3 a.m.")."""

from __future__ import annotations

import re

from newsdiff.meaning.cues.base import Number
from newsdiff.meaning.cues.dates import AMBIGUOUS_DATE, period_word
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
        day, month, year = int(v) % 100, int(v) // 100 % 100, int(v) // 10_000
        return f"{day} {MONTH_NAMES[month]}" + (f" {year}" if year else "")
    if unit == "time":
        return f"{int(v) // 60:02d}:{int(v) % 60:02d}"
    if unit == AMBIGUOUS_DATE:
        return n.text
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


#: "a.m.", "am", "p.m.", "PM" after an hour: the half of the day (the final dot of
#: "p.m." is its own, that after "pm" the sentence's).
_AM_PM = re.compile(r"\s?([AaPp])(?:\.[Mm]\b\.?|[Mm]\b)")
#: The part of the day said in words: "2 in the morning" is 2 a.m., "8 in the evening"
#: 8 p.m.
_DAY_PART = re.compile(r"(?:\s+o['’]clock)?\s+(?:in|of)\s+the\s+(morning|afternoon|evening)\b")
#: A time zone after a time in four figures or with a colon: "1500 GMT", "09:30 ET".
_ZONE = re.compile(
    r"\s+(?:GMT|UTC|BST|CET|CEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|JST|AEST|AEDT"
    r"|local time)\b"
)
_HOUR_MINUTES = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?|(\d{2})(\d{2})")


def clock_time(text: str, start: int, digits: str) -> tuple[int, float] | None:
    """The end and the value (minutes after midnight) of a time of day whose figures
    ``digits`` start at ``start``: an hour of twelve with "a.m." or "p.m." ("3 p.m.",
    "10.30am") or the part of the day in words ("2 in the morning"), one of twenty-four before a time zone ("1500 GMT", "15:00 UTC"), or
    with a colon alone ("15:00"); None for any other figure ("1500 people", "10.30",
    "3:1")."""
    m = _HOUR_MINUTES.fullmatch(digits)
    if m is None:
        return None
    end = start + len(digits)
    half = _AM_PM.match(text, end) or _DAY_PART.match(text, end)
    if m.group(1) is not None:
        hour, minutes = int(m.group(1)), int(m.group(2) or 0)
        if half is not None and 1 <= hour <= 12 and minutes < 60:
            pm = half.group(1).lower() in ("p", "afternoon", "evening")
            return half.end(), float((hour % 12 + 12 * pm) * 60 + minutes)
        if ":" not in digits and not _ZONE.match(text, end):
            return None
    else:
        if not _ZONE.match(text, end):
            return None
        hour, minutes = int(m.group(3)), int(m.group(4))
    return (end, float(hour * 60 + minutes)) if hour < 24 and minutes < 60 else None
