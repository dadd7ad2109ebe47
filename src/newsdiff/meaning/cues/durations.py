"""Spans of time, halves and other fractions: "half a million" is 500,000, "four
decades" forty years, "a decade" ten years, "half an hour" thirty minutes, "a quarter of
a" 0.25, "three-quarters of an hour" 45 minutes (one quantity written two ways is a
variant, not a number change)."""

from __future__ import annotations

import re

from newsdiff.meaning.cues.base import Number
from newsdiff.meaning.cues.number_words import CARDINALS, MONTHS, PERIODS, WEEKDAYS


def may_count_time(text: str) -> bool:
    """Whether ``text`` has a word ``halves_and_decades`` reads (a test in C first:
    most sentences have none)."""
    return any(w in text for w in ("half", "Half", "decade", "centur", "years", "hour", "min"))


_HALF = re.compile(r"\b[Hh]alf an? ")
#: A span of time after a count, and what one of it is: so many years (unit "n", as a
#: count of years always was), or so many minutes (unit "min"; "30 minutes" is no 30
#: years). "years" is plural only: "one year" stays the number "one" it was.
_DURATIONS = {
    "decades": ("n", 10), "decade": ("n", 10), "centuries": ("n", 100),
    "century": ("n", 100), "years": ("n", 1), "hours": ("min", 60), "hour": ("min", 60),
    "hrs": ("min", 60), "hr": ("min", 60), "minutes": ("min", 1), "minute": ("min", 1),
    "mins": ("min", 1), "min": ("min", 1),
}  # fmt: skip
_DECADES = re.compile(r"\s(" + "|".join(sorted(_DURATIONS, key=len, reverse=True)) + r")\b")
#: One span of time written with "a" or "an": "a decade" is ten years, "an hour" sixty
#: minutes (and "half an hour" thirty). "a year" is left alone: a count of one year
#: would only rename the many "a year ago" of news copy.
ONE_SPAN = re.compile(r"\b[Aa]n? (decade|century|hour)\b")


def may_span_one(text: str) -> bool:
    """Whether ``ONE_SPAN`` can match: every match holds one of its three words, as
    written (the pattern is case-sensitive), found by a search in C where the pattern
    was tried at every character of most sentences."""
    return "decade" in text or "century" in text or "hour" in text


def halves_and_decades(text: str, out: list[Number]) -> list[Number]:
    """ "half a" is 0.5 ("half a percentage point" = "0.5 percentage points") and halves
    the number it comes before ("half a million" = "500,000", "half a dozen" = "6",
    "half an hour" = "30 minutes"); a count of decades or centuries is that many tens
    or hundreds of years, a count of years is that many, and one of hours is sixty
    times as many minutes ("four decades" = "forty years", "a decade" = "ten years",
    one quantity written two ways, so the stretch is one variant: the word "years" is
    part of it)."""
    for m in ONE_SPAN.finditer(text):
        if not any(n.start < m.end() and m.start() < n.end for n in out):
            unit, per = _DURATIONS[m.group(1)]
            one = (unit, float(per))
            out.append(Number(m.start(), m.end(), m.group(), one, "words"))
    starts = {n.start: n for n in out}
    for m in _HALF.finditer(text):
        nxt = starts.get(m.start() + len("half "))  # "a million" starts at its "a"
        if nxt is not None and nxt.value[0] in ("n", "min"):
            out.remove(nxt)
            half = (nxt.value[0], nxt.value[1] / 2)
            out.append(Number(m.start(), nxt.end, text[m.start() : nxt.end], half, "words"))
        elif nxt is None and not any(n.start <= m.start() < n.end for n in out):
            end = m.end() - 1
            out.append(Number(m.start(), end, text[m.start() : end], ("n", 0.5), "words"))
    for k, n in enumerate(out):
        d = _DECADES.match(text, n.end)
        if d is not None and n.value[0] == "n" and n.written in ("words", "digits"):
            unit, per = _DURATIONS[d.group(1)]
            span = (unit, n.value[1] * per)
            out[k] = Number(n.start, d.end(), text[n.start : d.end()], span, n.written)
    return out


#: The parts of a whole a fraction counts: "a quarter", "two-thirds", "one fifth".
_PARTS = {
    "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}  # fmt: skip
_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9}  # fmt: skip
#: A fraction is a count and a part before "of" ("a third of the vote", "three-quarters
#: of a point"); without "of", "a third term" and "a quarter" (the coin, the district)
#: count nothing.
_FRACTION = re.compile(
    r"\b(" + "|".join(_COUNT) + r")[ -](" + "|".join(_PARTS) + r")s?(?= of\b)", re.I
)
_OF_A = re.compile(r" of (?:an?\b)?")


def may_hold_fraction(text: str) -> bool:
    """Whether ``fractions`` can find one (a test in C before the pattern)."""
    return any(p in text for p in _PARTS)


def fractions(text: str, out: list[Number]) -> list[Number]:
    """A fraction before "of" is its value: "a quarter of a percentage point" is 0.25
    of a point, as "half a" is 0.5 (the "of a" is part of it, as the "a" of "half a");
    a count of one after it is so many of it, "a quarter of a million" 250,000,
    "three-quarters of an hour" 45 minutes; "a third of the vote" is 1/3 of it. The
    count and the part read alone ("three", "third") are no numbers then."""
    for m in _FRACTION.finditer(text):
        value = _COUNT[m.group(1).lower()] / _PARTS[m.group(2).lower()]
        of = _OF_A.match(text, m.end())
        assert of is not None  # the pattern looked ahead for " of"
        end, unit = m.end(), "n"
        whole = next((n for n in out if n.start == m.end() + 4), None)
        if (
            whole is not None
            and of.group().endswith(("a", "an"))
            and whole.value[0] in ("n", "min")
        ):
            end, unit, value = whole.end, whole.value[0], value * whole.value[1]
        elif of.group() != " of ":
            end = of.end()
        out = [n for n in out if not (n.start < end and m.start() < n.end)]
        out.append(Number(m.start(), end, text[m.start() : end], (unit, value), "words"))
    return out


#: Every unit of time, each to one form: "weeks" -> "week", "hrs" -> "hour".
_TIME_UNITS = {
    **{w: w for w in "second minute hour day week fortnight month year decade".split()},
    **{w + "s": w for w in "second minute hour day week fortnight month year decade".split()},
    "century": "century", "centuries": "century", "sec": "second", "secs": "second",
    "min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour",
}  # fmt: skip
#: What counts a unit of time besides a figure or a number word: "a week", "several
#: months", "a few days".
_COUNTS = frozenset("a an one several few many couple dozen".split())
_LAST_WORD = re.compile(r"([\w.,]+)\s+$")


def time_unit_swapped(text_a: str, a0: int, a1: int, text_b: str, b0: int, b1: int) -> bool:
    """Whether one unit of time replaces another after a count on both sides: "10
    years" -> "10 months", "three weeks" -> "three days", "a week" -> "a month",
    "several months" -> "several years". The count may be the same on both sides and
    its value alone unchanged; the quantity is not."""
    wa, wb = text_a[a0:a1].strip().lower(), text_b[b0:b1].strip().lower()
    ua, ub = _TIME_UNITS.get(wa), _TIME_UNITS.get(wb)
    if ua is not None and ub is not None:
        return ua != ub and _counted(text_a, a0) and _counted(text_b, b0)
    return _time_swapped(wa, wb) or (
        wa in _PART and wb in _PART and wa != wb and _dated(text_a, a1) and _dated(text_b, b1)
    )


#: How often, by the period: "weekly" -> "monthly" is another time, not a synonym
#: (WordNet puts both beside "periodic"). "earlier" -> "later" moves a time.
_FREQUENCIES = {
    "hourly": "hour", "daily": "day", "nightly": "day", "weekly": "week",
    "fortnightly": "fortnight", "biweekly": "fortnight", "monthly": "month",
    "quarterly": "quarter", "yearly": "year", "annual": "year", "annually": "year",
    "biannual": "half-year", "semiannual": "half-year", "biennial": "two years",
    "earlier": "before", "later": "after", "sooner": "before",
}  # fmt: skip
#: The part of a period a date names ("early June" -> "late June", "early next week"
#: -> "later this week").
_PART = frozenset("early mid late middle end start beginning earlier later".split())
_NEXT_WORD = re.compile(r"[\s-]*(?:(?:the|of|this|next|last|coming)\s+)*([\w']+)", re.I)


def _time_swapped(wa: str, wb: str) -> bool:
    fa, fb = _FREQUENCIES.get(wa), _FREQUENCIES.get(wb)
    return fa is not None and fb is not None and fa != fb


def _dated(text: str, end: int) -> bool:
    """Whether a date or a period follows ``end``: a month, weekday, season, year."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    w = m.group(1).lower()
    return w in MONTHS or w in WEEKDAYS or w in PERIODS or (len(w) >= 4 and w[:4].isdigit())


def _counted(text: str, start: int) -> bool:
    m = _LAST_WORD.search(text, max(0, start - 24), start)
    if m is None:
        return False
    w = m.group(1).lower()
    return w in _COUNTS or w in CARDINALS or w[:1].isdigit()
