"""How a figure's digits are grouped: which separators group thousands, read by the
word diff (one token) and by the number cues (one value) alike.

English groups thousands with a comma ("1,200"), French, Russian and the SI with a
space ("1 200", often a no-break, narrow no-break or thin space), German, Spanish,
Italian and Greek with a period ("1.200", "1.500,5"). Only exactly three digits after
a head of one to three make a group, so two figures side by side stay two ("in 2020
1 200 people": "2020" has four digits; "5 1000": the group has four).

A period is also a decimal point in English ("1.125%"), so a figure grouped by
periods alone is read as one only where nothing else can be meant: two groups or
more ("2.500.000") or a decimal comma after them ("1.500,5"). A single "1.200" is
1.2, but a change's figures in a language that groups by periods
(``PERIOD_LANGUAGES``) are read by its convention, a comma the decimal mark
(``periods_read``): only for a change of such a pair, not for every figure read (r18a
finding 6).
"""

from __future__ import annotations

import re

from newsdiff.core.possessive import possessive

#: The spaces that group thousands: a space, a no-break space, a narrow no-break space
#: (French typography) and a thin space.
GROUP_SPACES = " \u00a0\u202f\u2009"
#: A figure grouped by spaces, as a regular expression (no groups): the head, each
#: group of three, and a decimal part. A head right after a figure's decimal mark is
#: that figure's decimals ("5.1 200" is 5.1 and 200); after a word's period it heads a
#: figure as it does after a space ("Jan.1 200" as "Jan. 1 200").
SPACED = rf"(?<!\d[.,:])\d{{1,3}}(?:[{GROUP_SPACES}]\d{{3}}(?!\d))+(?:[.,]\d+)?"

#: ``SPACED`` as an optional tail of a figure just matched (``\d+`` and separators),
#: for ``re``: taken only where a grouping space and three digits follow a head of at
#: most three digits with no decimal mark of the figure before it (a mark after a
#: digit: the figure's own; "Jan.1 200" groups, as ``SPACED`` reads it). As an
#: alternative of its own before the figure, the word diff's token pattern cost a
#: seventh more instructions on every token of the 1 MB bench pair.
GROUPS_AFTER = possessive(
    rf"(?:(?=[{GROUP_SPACES}]\d{{3}}(?!\d))(?<!\d{{4}})(?<!\d[.,:]\d)(?<!\d[.,:]\d\d)"
    rf"(?<!\d[.,:]\d\d\d)(?:[{GROUP_SPACES}]\d{{3}}(?!\d))++(?:[.,]\d++)?+)?+"
)

_COMMAS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_SPACES = re.compile(SPACED)
_PERIODS = re.compile(r"\d{1,3}(?:(?:\.\d{3}){2,}(?:,\d+)?|(?:\.\d{3})+,\d+)")
_SPACE_RUN = re.compile(rf"[{GROUP_SPACES}]")


def ungrouped(raw: str) -> str | None:
    """A figure's digits with its thousands separators dropped and its decimal mark a
    point ("1,200.5", "1 200,5", "1.200,5" -> "1200.5"), or None when ``raw`` groups
    no thousands ("1200", "1.5", "07.04", a single "1.200")."""
    if _COMMAS.fullmatch(raw):
        return raw.replace(",", "")
    if _SPACES.fullmatch(raw):
        return _SPACE_RUN.sub("", raw).replace(",", ".")
    if _PERIODS.fullmatch(raw):
        return raw.replace(".", "").replace(",", ".")
    return None


#: Languages whose news groups thousands with a period ("1.200"): German, Spanish,
#: Italian, Portuguese, Dutch, Greek, Danish, Turkish, Indonesian, Vietnamese, Romanian.
PERIOD_LANGUAGES = frozenset("de es it pt nl el da tr id vi ro".split())
#: A figure of digits and the marks between them ("1.200", "1,2", "1.200,5"), not a
#: sentence's full stop after it.
_FIGURE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")
#: Thousands grouped by periods, a decimal comma after them or not ("1.200", "1.200,5").
_PERIOD_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
#: A decimal comma with no group before it ("1,2", "1,200": 1.2 where periods group).
_DECIMAL_COMMA = re.compile(r"\d+,\d+")


def _period_figure(found: re.Match[str]) -> str:
    raw = found.group()
    if _PERIOD_GROUPS.fullmatch(raw):
        return raw.replace(".", "").replace(",", ".")
    if _DECIMAL_COMMA.fullmatch(raw):
        return raw.replace(",", ".")
    return raw  # "1.5", "04.12.2026", "1,200,000": no reading of this language's


def periods_read(text: str) -> str:
    """``text`` with each figure written as a language that groups thousands with periods
    reads it, in English's marks: a period group dropped and a comma the decimal point
    ("1.200" -> "1200", "1.200,5" -> "1200.5", "1,200" and "1,2" -> "1.200", "1.2").
    Both sides of a change are read so, never one by each convention, so "1.200" ->
    "1,200" (1.2 there) is a number change (review r19b finding 2)."""
    return _FIGURE.sub(_period_figure, text)


def groups_by_periods(lang: str) -> bool:
    """Whether text in ``lang`` (a code such as de, pt-BR) groups thousands by periods."""
    return lang.split("-")[0].lower() in PERIOD_LANGUAGES
