"""Dates among the numbers: months that are months (not "may" or "march"), seasons that
are times of year, relative dates ("last week"), a month and day joined into one date
("March 3", "3rd of March", with its year: "Jan. 1, 2025"), and dates in figures
("1/1/2025", "2025-01-01")."""

from __future__ import annotations

import re
from functools import lru_cache

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.base import Number, Word
from newsdiff.meaning.cues.number_words import (
    MONTH_ABBR,
    MONTHS,
    PERIODS,
    SEASON_BEFORE,
    TIME_BEFORE_THE,
)


def _date_value(month: int, day: int, year: int = 0) -> tuple[str, float]:
    return ("date", float(10_000 * year + 100 * month + day))


#: The unit of a date in figures that reads as two dates, day first or month first
#: ("3/4/2025": 3 April or March 4): equal only to the same figures, so that a reprint
#: that writes it out names a date this one may not (a number change, not a variant).
AMBIGUOUS_DATE = "date d/m or m/d"
_FIGURE_DATE = re.compile(
    r"(?<![\d/.,-])(?:(\d{1,2})/(\d{1,2})/(\d{4})|(\d{4})-(\d{2})-(\d{2}))(?![\d/-]|\.\d)"
)


def figure_dates(text: str, out: list[Number]) -> list[Number]:
    """A date in figures is one date, not three numbers: "1/1/2025" and "2025-01-01"
    are "Jan. 1, 2025". Day and month of a slashed date are read either way round (US
    copy writes the month first, British the day): a part above 12 is the day, and
    where both could be the month and differ, the date is ``AMBIGUOUS_DATE``."""
    for m in _FIGURE_DATE.finditer(text):
        if m.group(1) is not None:
            first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if first > 12 >= second or first == second:
                first, second = second, first  # day first: "25/12/2025"
            elif second <= 12:
                if first == 0 or second == 0:
                    continue
                value: tuple[str, float] = (
                    AMBIGUOUS_DATE,
                    float(10_000 * year + 100 * first + second),
                )
                _put(out, Number(m.start(), m.end(), m.group(), value, "date"))
                continue
            month, day = first, second
        else:
            year, month, day = int(m.group(4)), int(m.group(5)), int(m.group(6))
        if 1 <= month <= 12 and 1 <= day <= 31:
            _put(out, Number(m.start(), m.end(), m.group(), _date_value(month, day, year), "date"))
    return out


def _put(out: list[Number], n: Number) -> None:
    out[:] = [o for o in out if not (o.start < n.end and n.start < o.end)]
    out.append(n)


def period_word(word: str) -> str | None:
    """The period a word names ("week", "year's" -> "year"), or None."""
    base = word[:-2] if word.endswith(("'s", "’s")) else word
    return base if base in PERIODS else None


def season_context(text: str, ws: list[Word], i: int) -> bool:
    """Whether the season word at ``ws[i]`` is a time of year: after "in", "by", "the",
    "early" and the like, or before a year ("spring 2023"). "The" says only that a noun
    follows: before a season word that names other things too ("spring": a water
    source, a coil) it takes a time word before it ("in the spring", "by the spring"),
    and "into", "of" or "from" are places as often ("rolled into the spring", "out of
    the spring": review r24b finding A)."""

    def before(j: int) -> str | None:  # the word before ws[j], only a space between
        return ws[j - 1][0] if j and text[ws[j - 1][2] : ws[j][1]].isspace() else None

    prev = before(i)
    if prev == "the" and not only_a_time(ws[i][0]):
        if before(i - 1) in TIME_BEFORE_THE:
            return True
    elif prev in SEASON_BEFORE:
        return True
    return bool(re.match(r"\s+(?:of\s+)?\d{4}\b", text[ws[i][2] :]))


@lru_cache(maxsize=64)
def only_a_time(word: str) -> bool:
    """Whether every noun sense WordNet gives ``word`` is a time ("summer", "winter",
    "autumn"; not "spring", also a water source, a coil and a leap)."""
    return lexicon.noun_categories(word, 99) == {"time"}


_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?", re.I)
_MONTH_THEN_DAY = re.compile(r"\s+(?:the\s+)?")
_DAY_THEN_MONTH = re.compile(r"\s+(?:of\s+)?")


def join_dates(text: str, nums: list[Number]) -> list[Number]:
    """A month next to a day is one date: "March 3", "3 March", "3rd of March"."""
    out: list[Number] = []
    k = 0
    while k < len(nums):
        n = nums[k]
        nxt = nums[k + 1] if k + 1 < len(nums) else None
        if nxt is not None:
            month, day = (n, nxt) if n.written == "month" else (nxt, n)
            joiner = _MONTH_THEN_DAY if n.written == "month" else _DAY_THEN_MONTH
            if (
                month.written == "month"
                and day.written == "digits"
                and day.value[0] in ("n", "ord")
                and _DAY.fullmatch(day.text)
                and 1 <= day.value[1] <= 31
                and joiner.fullmatch(text[n.end : nxt.start])
            ):
                year = nums[k + 2] if k + 2 < len(nums) else None
                if year is not None and not _year_of(text, nxt.end, year):
                    year = None
                value = _date_value(
                    int(month.value[1]), int(day.value[1]), int(year.value[1]) if year else 0
                )
                start, end = n.start, (year or nxt).end
                if day is n and text[max(0, start - 4) : start].lower() == "the ":
                    start -= 4  # "the 3rd of March"
                out.append(Number(start, end, text[start:end], value, "date"))
                k += 3 if year else 2
                continue
        out.append(n)
        k += 1
    return out


#: A year after a date: "Jan. 1, 2025", "1 January 2025"; what follows it ends the
#: date (a mark, the end, or a word of the clause around it), where "On March 3, 2000
#: people marched" counts people.
_YEAR_JOIN = re.compile(r",?\s+")
_AFTER_YEAR = re.compile(
    r"\s*(?:[^\w\s]|$)|\s+(?:in|on|at|and|or|to|when|after|before|until|by|from|for|the|"
    r"a|an|with|as|that|which|while|but)\b"
)


def _year_of(text: str, end: int, n: Number) -> bool:
    """Whether ``n`` is the year of a date that ends at ``end``."""
    return (
        n.written == "digits"
        and n.value[0] == "n"
        and len(n.text) == 4
        and n.text.isdigit()
        and 1000 <= n.value[1] <= 2999
        and _YEAR_JOIN.fullmatch(text, end, n.start) is not None
        and _AFTER_YEAR.match(text, n.end) is not None
    )


def month_at(text: str, w: str, s: int, e: int) -> int | None:
    if not text[s].isupper():
        return None
    # "May" and "March" are also a modal and a verb, abbreviations are also words
    # ("Mar", "Dec"): those count only next to a day or year.
    if w in ("may", "march") or w in MONTH_ABBR and w not in MONTHS:
        if not _date_context(text, s, e):
            return None
    return MONTHS.get(w) or MONTH_ABBR.get(w)


_DAY_AFTER = re.compile(r"\.?\s*(?:of\s+)?\d")  # "May 3", "May 2013", "May of 2013"
#: Another month just before, in a list or span: "January and May", "April to May".
_MONTH_BEFORE = re.compile(
    r"\b(?:january|february|april|june|july|august|september|october|november|december)"
    r"\s*(?:,|and|or|to|through|-|–)\s*$",
    re.I,
)
_DAY_BEFORE = re.compile(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?$")
_DATE_WORD_BEFORE = re.compile(
    r"\b(?:in|since|until|till|by|from|of|during|before|after|through|early|late|mid-?|"
    r"last|next|this)\s+$",
    re.I,
)


def _date_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    if _DAY_AFTER.match(text, end) or _DAY_BEFORE.search(before):
        return True
    if _MONTH_BEFORE.search(text[max(0, start - 24) : start]):
        return True
    # "in March", "by May": a capital (``month_at`` asks for one) after a date word is
    # the month; the modal is lower case there ("in may be" is no date).
    return bool(_DATE_WORD_BEFORE.search(before))
