"""Dates among the numbers: months that are months (not "may" or "march"), seasons that
are times of year, relative dates ("last week"), and a month and day joined into one
date ("March 3", "3rd of March")."""

from __future__ import annotations

import re

from newsdiff.meaning.cues.base import Number, Word
from newsdiff.meaning.cues.number_words import MONTH_ABBR, MONTHS, PERIODS, SEASON_BEFORE


def _date_value(month: int, day: int) -> tuple[str, float]:
    return ("date", float(100 * month + day))


def period_word(word: str) -> str | None:
    """The period a word names ("week", "year's" -> "year"), or None."""
    base = word[:-2] if word.endswith(("'s", "’s")) else word
    return base if base in PERIODS else None


def season_context(text: str, ws: list[Word], i: int) -> bool:
    """Whether the season word at ``ws[i]`` is a time of year: after "in", "by", "the",
    "early" and the like, or before a year ("spring 2023")."""
    if i and ws[i - 1][0] in SEASON_BEFORE and text[ws[i - 1][2] : ws[i][1]].isspace():
        return True
    return bool(re.match(r"\s+(?:of\s+)?\d{4}\b", text[ws[i][2] :]))


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
                value = _date_value(int(month.value[1]), int(day.value[1]))
                start = n.start
                if day is n and text[max(0, start - 4) : start].lower() == "the ":
                    start -= 4  # "the 3rd of March"
                out.append(Number(start, nxt.end, text[start : nxt.end], value, "date"))
                k += 2
                continue
        out.append(n)
        k += 1
    return out


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
