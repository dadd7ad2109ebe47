"""Cue words and patterns: who says so, how sure, how judged, negated, how many.

Both the change classes (``changes.py``) and the tag suggestions (``suggest.py``) read
text through these detectors, so a word that makes a sentence an attribution is the
same word whose swap makes a change an attribution change. Every detector returns
``Cue`` objects with character offsets into the text it was given.

The lists start from GUIDE section 3's public cue lists (attribution verbs: said, told,
added, claimed, stated, according to; hedges: about, around, roughly, as many as,
estimated, may, might, reportedly; evaluative words: collapsed, horrific, quagmire) and
widen them with the reporting verbs, hedges and judgement words common in wire copy.

Word lists are matched by looking each word of the text up in a set (one pass over
the text's words, shared by every detector) rather than by regular expressions with
hundreds of alternatives, which cost tens of microseconds per text each; the few
multi-word patterns are small regular expressions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from newsdiff.meaning import lexicon

CueKind = Literal[
    "attribution", "source", "quote", "hedge", "range", "evaluative", "speculative",
    "negation",
]  # fmt: skip


@dataclass(frozen=True)
class Cue:
    """One cue: what it signals and where it is (``text == source[start:end]``)."""

    kind: CueKind
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end}


_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")

Word = tuple[str, int, int]  # lowercase word, start, end


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[Word, ...]:
    """The words of ``text``, lowercased, with offsets (hyphen and apostrophe words whole)."""
    return tuple((m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text))


def _vocab(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _in_vocab(kind: CueKind, text: str, vocab: frozenset[str]) -> list[Cue]:
    return [Cue(kind, s, e, text[s:e]) for w, s, e in words(text) if w in vocab]


def _finditer(kind: CueKind, pattern: re.Pattern[str], text: str) -> list[Cue]:
    return [Cue(kind, m.start(), m.end(), m.group()) for m in pattern.finditer(text) if m.group()]


# --- numbers ---------------------------------------------------------------------------

_UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
_SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
_ORDINALS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split(),
        1,
    )
}
_CARDINALS = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_SCALES) | {"dozen"}
#: Plural magnitudes ("hundreds of", "thousands of") and dozens: quantities, not exact.
_MAGNITUDES = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
    "billions": 1_000_000_000,
}  # fmt: skip
MONTHS = {
    w: i
    for i, w in enumerate(
        "january february march april may june july august september october november "
        "december".split(),
        1,
    )
}
_MONTH_ABBR = {m[:3]: i for m, i in MONTHS.items()} | {"sept": 9}
_MONTH_NAMES = {i: m.capitalize() for m, i in MONTHS.items()}
WEEKDAYS = {
    w: i
    for i, w in enumerate("monday tuesday wednesday thursday friday saturday sunday".split(), 1)
}
#: Scales written after digits: "5m", "5 mn", "5bn", "5tn", "5k", "5 million".
_SUFFIX_SCALES = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12,
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
#: Units written after a figure, each spelling -> one unit: "10 km" and "10 kilometres"
#: are one length, "10 km" and "10 miles" are not. Money written as a word is its
#: currency ("40 pounds" is "£40"): in news copy "pounds" after a figure is mostly money.
_UNIT_WORDS = {
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "mi", "miles": "mi", "metre": "metre", "metres": "metre", "meter": "metre",
    "meters": "metre", "cm": "cm", "centimetre": "cm", "centimetres": "cm",
    "centimeter": "cm", "centimeters": "cm", "mm": "mm", "millimetre": "mm",
    "millimetres": "mm", "millimeter": "mm", "millimeters": "mm", "kg": "kg",
    "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "tonne": "tonne",
    "tonnes": "tonne", "ton": "ton", "tons": "ton", "lb": "lb", "lbs": "lb", "gram": "g",
    "grams": "g", "ft": "ft", "foot": "ft", "feet": "ft", "inch": "in", "inches": "in",
    "litre": "l", "litres": "l", "liter": "l", "liters": "l", "gallon": "gal",
    "gallons": "gal", "hectare": "ha", "hectares": "ha", "ha": "ha", "acre": "acre",
    "acres": "acre", "mph": "mph", "kph": "km/h", "km/h": "km/h", "degrees": "deg",
    "degree": "deg", "celsius": "°C", "degrees celsius": "°C", "°c": "°C", "c": "°C",
    "fahrenheit": "°F", "degrees fahrenheit": "°F", "°f": "°F", "f": "°F",
    "pound": "£", "pounds": "£", "dollar": "$", "dollars": "$", "euro": "€", "euros": "€",
    "yen": "¥",
}  # fmt: skip
_UNIT_RE = "|".join(
    re.escape(u).replace(r"\ ", r"\s+")
    for u in sorted(_UNIT_WORDS, key=len, reverse=True)
    if u not in ("c", "f", "°c", "°f")
)
#: Currencies: written before the figure ("$5", "£40").
CURRENCIES = frozenset("$ £ € ¥ ₹ A$ C$ NZ$ HK$".split())
# A minus sign directly before a figure, after a space or an opening mark: "-5C",
# "(−3%)"; not "COVID-19" or "2019-2020", where the mark joins two words or figures.
_MINUS = "-−–"
_DIGITS = re.compile(
    r"(?P<cur>(?:US|A|C|NZ|HK)?[$£€¥₹]\s?)?\d+(?:[.,:]\d+)*"
    r"(?:(?P<pc>\s?%)|(?P<suf>st|nd|rd|th|k|m|mn|bn|tn)\b)?"
    r"(?:\s*(?P<pcw>per ?cent|percent)\b)?"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?"
    # "5C", "-5 °C" (a bare C or F only against the figure and in capitals), "10 km",
    # "a 10-mile walk", "40 pounds".
    r"(?:(?P<deg>\s?°\s?[CF]|(?-i:[CF]))(?!\w)|[\s-]?(?P<unit>" + _UNIT_RE + r")(?![\w/]))?",
    re.I,
)
_PERCENT_AFTER = re.compile(r"\s*(?:per ?cent|percent)\b", re.I)
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_MINUS_WORD = re.compile(r"(?:^|(?<=[^\w]))minus\s+$", re.I)

NumberKind = Literal[
    "digits", "words", "magnitude", "month", "date", "weekday", "relative", "season",
    "multiplier",
]  # fmt: skip
#: What a date-like number is: none of them is a quantity a hedge softens.
DATE_KINDS = frozenset({"month", "date", "weekday", "relative", "season"})

#: "last week", "next year", "this month": a date relative to the story's own.
_RELATIVE = {"last": "last", "past": "last", "previous": "last", "next": "next",
             "coming": "next", "this": "this"}  # fmt: skip
_PERIODS = {
    "week": 7, "weekend": 8, "fortnight": 14, "month": 30, "quarter": 91, "year": 365,
    "decade": 3650, "century": 36500, "spring": 1001, "summer": 1002, "autumn": 1003,
    "fall": 1003, "winter": 1004,
}  # fmt: skip
SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "winter": 4}
#: Words before a season that make it the time of year ("by spring", "in the summer"),
#: not a water spring or "the Arab Spring".
_SEASON_BEFORE = frozenset(
    "in by until till since from of during before after through early late mid the".split()
)
#: Verbs of multiplying: "doubled" and "tripled" are two quantities.
_MULTIPLIERS = {
    "doubled": 2.0, "doubles": 2.0, "doubling": 2.0, "tripled": 3.0, "triples": 3.0,
    "tripling": 3.0, "trebled": 3.0, "trebles": 3.0, "trebling": 3.0, "quadrupled": 4.0,
    "quadruples": 4.0, "quadrupling": 4.0, "halved": 0.5, "halving": 0.5,
}  # fmt: skip
#: A scale word or "dozen" after "a" counts one of them: "a thousand" is 1,000.
_A_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})


@dataclass(frozen=True)
class Number:
    """A number, quantity, percentage, amount of money or date found in text, with its
    value.

    ``value`` is comparable across spellings: "six" and "6" are both ``("n", 6.0)``,
    "15%" and "15 per cent" both ``("%", 15.0)``, "$5m" and "$5 million" both ``("$",
    5e6)``, "March 3", "3 March" and "3rd of March" all ``("date", 303.0)`` (month times
    100 plus day), "March" alone ``("month", 3.0)``, "Monday" ``("weekday", 1.0)``,
    "thousands" ``("~", 1000.0)``.
    """

    start: int
    end: int
    text: str
    value: tuple[str, float]
    written: NumberKind


def _digits_value(raw: str, scale: str) -> float:
    # "7,000" and "1,000.5" group thousands; "07.04" and "1.5" are decimals or dates.
    plain = raw.replace(",", "") if _THOUSANDS.fullmatch(raw) else raw.replace(",", ".")
    parts = plain.replace(":", ".").split(".")
    value = float(parts[0] + ("." + "".join(parts[1:]) if len(parts) > 1 else ""))
    return value * _SUFFIX_SCALES.get(scale, 1.0)


def _words_value(run: list[str]) -> int:
    """The value of a run of number words ("four hundred", "twenty-five", "seventh")."""
    total = current = 0
    for w in run:
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in _ORDINALS:
            current += _ORDINALS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
    return total + current


#: Hyphenated words led by "one" that count nothing: "a one-off", "one-sided".
_ONE_IDIOMS = frozenset("one-off one-sided one-time one-way one-on-one one-upmanship".split())


def _number_parts(word: str) -> list[str] | None:
    """The number words of one token ("twenty-five" -> two), or None if it is none."""
    if word in _CARDINALS or word in _ORDINALS:
        return [word]
    if "-" not in word or word in _ONE_IDIOMS:
        return None
    parts = word.split("-")
    if all(p in _CARDINALS for p in parts):
        return parts
    if len(parts) > 1 and all(p in _CARDINALS for p in parts[:-1]) and parts[-1] in _ORDINALS:
        return parts  # "twenty-first"
    return None


# "one" is the number 1 when it counts something ("one soldier", "one in five", "one
# day later"); it is a pronoun after a determiner ("no one", "the one", "any one",
# "the only one"), in "one of", "one another" and "one can", and an indefinite time
# in "one day he left" or "will one day join".
_ONE_DETERMINERS = frozenset("no any every each the this that which another such whichever".split())
_ONE_ADJECTIVES = frozenset(
    "only same last next other right wrong new old big small latest final main real very "
    "little young first second third latter former bigger larger best worst good bad".split()
)
_ONE_AFTER = frozenset("of another can could must should would might may will shall cannot".split())
_MODALS = frozenset("will would could may might can should must shall".split())
_TIMES = frozenset("day night morning afternoon evening time".split())
_SPAN_AFTER = frozenset("later after before earlier ago".split())


def _pronoun_one(text: str, ws: list[Word], i: int) -> bool:
    """Whether the word "one" at ``ws[i]`` is a pronoun or an indefinite, not 1."""

    def joined(j: int) -> bool:  # ws[j] and ws[j + 1] are one phrase (only a space)
        return 0 <= j and j + 1 < len(ws) and not text[ws[j][2] : ws[j + 1][1]].strip()

    prev = ws[i - 1][0] if joined(i - 1) else None
    prev2 = ws[i - 2][0] if prev is not None and joined(i - 2) else None
    nxt = ws[i + 1][0] if joined(i) else None
    if prev in _ONE_DETERMINERS or (prev in _ONE_ADJECTIVES and prev2 in _ONE_DETERMINERS):
        return True
    if nxt in _ONE_AFTER:
        return True
    if nxt in _TIMES:
        after = ws[i + 2][0] if joined(i + 1) else None
        opens_clause = i == 0 or prev is None
        return after not in _SPAN_AFTER and (opens_clause or prev in _MODALS)
    return False


def _date_value(month: int, day: int) -> tuple[str, float]:
    return ("date", float(100 * month + day))


@lru_cache(maxsize=4096)
def numbers(text: str) -> tuple[Number, ...]:
    """Every number-like expression in ``text``: figures with their sign, unit and scale
    ("-5C", "$5 million", "15 per cent", "10 km"), number words ("minus five", "a
    thousand"), ordinals, magnitudes, months, dates ("March 3", "3rd of March"),
    weekdays, seasons ("by spring"), relative dates ("last week") and multipliers
    ("doubled")."""
    out: list[Number] = []
    for m in _DIGITS.finditer(text):
        if m.start() and (text[m.start() - 1].isalpha()):
            continue  # "COVID19", "F16": part of a name
        cur = (m.group("cur") or "").strip().upper()
        at = m.start() + len(m.group("cur") or "")
        raw = re.match(r"[\d.,:]+", text[at:])
        assert raw is not None
        digits = raw.group().rstrip(".,:")
        suffix = (m.group("suf") or "").lower()
        scale = (m.group("scale") or "").lower() or suffix
        unit = "%" if m.group("pc") or m.group("pcw") else (cur.replace("US$", "$") or "n")
        measure = m.group("deg") or m.group("unit")
        if measure and unit == "n":
            key = re.sub(r"\s+", " ", measure.strip().lower()).replace("° ", "°")
            unit = _UNIT_WORDS.get(key, key)
        elif suffix in ("st", "nd", "rd", "th"):
            unit = "ord"  # "2nd" is "second", not "two"
        tail = m.group("pc") or m.group("suf") or m.group("pcw") or m.group("scale") or measure
        end = m.end() if tail else at + len(digits)
        value = _digits_value(digits, scale)
        start, negative = _signed(text, m.start())
        out.append(
            Number(start, end, text[start:end], (unit, -value if negative else value), "digits")
        )
    taken = [(n.start, n.end) for n in out]
    ws = list(words(text))
    i = 0
    while i < len(ws):
        w, s, e = ws[i]
        if any(a <= s < b for a, b in taken):
            i += 1  # the scale word of "5 million"
            continue
        parts = _number_parts(w)
        if parts is None and w not in _NUMBER_WORDS and "-" not in w:
            i += 1  # most words: no number, month, period or multiple
            continue
        if parts is None and "-" in w and w not in _ONE_IDIOMS:
            # "second-largest", "three-day": the number is the hyphenated word's head.
            head = w.split("-")
            k = 0
            while k < len(head) and _number_parts("-".join(head[: k + 1])) is not None:
                k += 1
            if k:
                w = "-".join(head[:k])
                e = s + len(w)
                ws[i] = (w, s, e)
                parts = _number_parts(w)
        if parts == ["one"] and _pronoun_one(text, ws, i):
            parts = None
        if parts is not None and not (w == "second" and _is_time_second(text, ws, i)):
            run, end, j = list(parts), e, i + 1
            # Join "four hundred", "three hundred and six"; ordinals end a run.
            while j < len(ws) and run[-1] not in _ORDINALS:
                nxt, ns, ne = ws[j]
                gap = text[end:ns]
                if nxt == "and" and run[-1] in _SCALES and j + 1 < len(ws):
                    more = _number_parts(ws[j + 1][0])
                    if more is None or text[ne : ws[j + 1][1]].strip():
                        break
                    run += more
                    end = ws[j + 1][2]
                    j += 2
                    continue
                more = _number_parts(nxt)
                if more is None or gap.strip("- ") or more[0] in _ORDINALS and run[-1] in _SCALES:
                    break
                run += more
                end = ne
                j += 1
            unit = "ord" if run[-1] in _ORDINALS else "n"
            pc = _PERCENT_AFTER.match(text, end)
            if pc:
                unit, end = "%", pc.end()
            value = float(_words_value(run))
            if run[0] in _A_SCALES and i and ws[i - 1][0] in ("a", "an"):
                if text[ws[i - 1][2] : s] == " ":
                    s = ws[i - 1][1]  # "a thousand" is 1,000
            else:
                s, negative = _signed(text, s)  # "minus five", "-five"
                value = -value if negative else value
            out.append(Number(s, end, text[s:end], (unit, value), "words"))
            i = j
            continue
        period = None
        if w in _RELATIVE and i + 1 < len(ws) and text[e : ws[i + 1][1]] == " ":
            period = _period(ws[i + 1][0])
        if period is not None:
            ne = ws[i + 1][1] + len(period)
            when = (_RELATIVE[w], float(_PERIODS[period]))
            out.append(Number(s, ne, text[s:ne], when, "relative"))
            i += 2
            continue
        if w in _MAGNITUDES:
            start, mag = s, _MAGNITUDES[w]
            before = text[max(0, s - 16) : s].lower()
            if w == "thousands" and before.endswith(("tens of ", "hundreds of ")):
                start = s - (len("tens of ") if before.endswith("tens of ") else 12)
                mag = 10_000 if before.endswith("tens of ") else 100_000
            out.append(Number(start, e, text[start:e], ("~", float(mag)), "magnitude"))
        elif w in MONTHS or w in _MONTH_ABBR:
            month = _month(text, w, s, e)
            if month:
                end = e + 1 if text[e : e + 1] == "." and w in _MONTH_ABBR else e
                out.append(Number(s, end, text[s:end], ("month", float(month)), "month"))
        elif w in WEEKDAYS and text[s].isupper():
            out.append(Number(s, e, text[s:e], ("weekday", float(WEEKDAYS[w])), "weekday"))
        elif w in SEASONS and _season_context(text, ws, i):
            out.append(Number(s, e, text[s:e], ("season", float(SEASONS[w])), "season"))
        elif w in _MULTIPLIERS:
            out.append(Number(s, e, text[s:e], ("x", _MULTIPLIERS[w]), "multiplier"))
        i += 1
    return tuple(_join_dates(text, sorted(out, key=lambda n: n.start)))


#: The words other than number words that may start a number-like expression.
_NUMBER_WORDS = (
    frozenset(_RELATIVE) | frozenset(_MAGNITUDES) | frozenset(MONTHS) | frozenset(_MONTH_ABBR)
    | frozenset(WEEKDAYS) | frozenset(SEASONS) | frozenset(_MULTIPLIERS)
)  # fmt: skip


def _signed(text: str, start: int) -> tuple[int, bool]:
    """Where a figure starting at ``start`` starts with its sign, and whether it is
    negative: "-5", "−5" and "minus 5" are below zero; the hyphen of "COVID-19",
    "2019-2020" or "pages 5-10" joins two words or figures and is no sign."""
    if start and text[start - 1] in _MINUS:
        before = text[start - 2] if start > 1 else " "
        if not before.isalnum() and before not in _MINUS + ".,":
            return start - 1, True
    if start and text[start - 1].isspace():
        m = _MINUS_WORD.search(text, max(0, start - 12), start)
        if m is not None:
            return m.start(), True
    return start, False


def _period(word: str) -> str | None:
    """The period a word names ("week", "year's" -> "year"), or None."""
    base = word[:-2] if word.endswith(("'s", "’s")) else word
    return base if base in _PERIODS else None


def _season_context(text: str, ws: list[Word], i: int) -> bool:
    """Whether the season word at ``ws[i]`` is a time of year: after "in", "by", "the",
    "early" and the like, or before a year ("spring 2023")."""
    if i and ws[i - 1][0] in _SEASON_BEFORE and text[ws[i - 1][2] : ws[i][1]].isspace():
        return True
    return bool(re.match(r"\s+(?:of\s+)?\d{4}\b", text[ws[i][2] :]))


_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?", re.I)
_MONTH_THEN_DAY = re.compile(r"\s+(?:the\s+)?")
_DAY_THEN_MONTH = re.compile(r"\s+(?:of\s+)?")


def _join_dates(text: str, nums: list[Number]) -> list[Number]:
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
        return _MONTH_NAMES[int(v)]
    if unit == "date":
        return f"{int(v) % 100} {_MONTH_NAMES[int(v) // 100]}"
    if n.written in ("season", "multiplier"):
        return n.text.lower()
    if n.written == "relative":
        return f"{unit} {_period(n.text.split()[-1].lower())}"
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


def _month(text: str, w: str, s: int, e: int) -> int | None:
    if not text[s].isupper():
        return None
    # "May" and "March" are also a modal and a verb, abbreviations are also words
    # ("Mar", "Dec"): those count only next to a day or year.
    if w in ("may", "march") or w in _MONTH_ABBR and w not in MONTHS:
        if not _date_context(text, s, e):
            return None
    return MONTHS.get(w) or _MONTH_ABBR.get(w)


_TIME_SECOND_BEFORE = frozenset("a one per each every split another half".split())


def _is_time_second(text: str, ws: list[Word], i: int) -> bool:
    # "a second", "a second later" (time) vs "the second phase", "came second": only
    # the ordinal is a number. A "second" standing alone (a change's own text) is the
    # ordinal, so that "second" -> "2nd" folds whatever surrounds it.
    if re.match(r"\s*(?:later|ago|or two)\b", text[ws[i][2] :]):
        return True
    return i > 0 and ws[i - 1][0] in _TIME_SECOND_BEFORE


_DAY_AFTER = re.compile(r"\.?\s*\d")
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
    # "in March", "by May": a capital (``_month`` asks for one) after a date word is
    # the month; the modal is lower case there ("in may be" is no date).
    return bool(_DATE_WORD_BEFORE.search(before))


def number_values(text: str) -> list[tuple[str, float]]:
    return sorted(n.value for n in numbers(text))


# --- attribution -----------------------------------------------------------------------
#
# A reporting verb is an attribution cue when it introduces or closes reported content.
# A small heuristic without a part-of-speech tagger (``_introduces``, ``_closes``):
#
# * it introduces content when "that" or "whether", a colon or a quotation mark (a
#   comma and one) follows it, or a clause: a subject and, within the same clause, a
#   finite verb ("Police believe the suspect fled", "said prices rose", "said it would
#   rain"); the person told ("told reporters that", "told Reuters it was over") and a
#   time or place ("said on Monday that") may stand between;
# * it closes content when a comma or a closing quotation mark comes before its source
#   (or before the verb itself: "..., said officials") and the clause ends after it,
#   bar the person told and a time or place ("..., he said.", "“We won,” the minister
#   told reporters in Kyiv.").
#
# So "said goodbye", "told a story", "claimed the prize", "believe in" and "announced
# her resignation" are no attribution: what follows is an object, not a claim. Verbs
# whose object is itself the claim ("confirmed the deaths", "admitted the killing",
# "the agency estimated the damage at $2bn") report whatever follows.

#: Reporting verbs whose object is itself the claim: they report whatever follows.
_CLAIM_VERBS = _vocab(
    "confirmed confirms acknowledged acknowledges admitted admits confessed reported "
    "quoted alleged alleges disclosed described describes questioned questions"
)
#: Reporting verbs, whoever the subject, that report content only (see above).
_CONTENT_VERBS = _vocab(
    "said says told tells claimed claims claiming stated explained explains informed "
    "announced announces insisted insists warned warns cautioned noted notes asserted "
    "argued argues contended declared declares remarked suggested maintained "
    "testified wrote tweeted"
)
#: Every reporting verb that needs no source before it.
ATTRIBUTION_VERBS = _CLAIM_VERBS | _CONTENT_VERBS
#: The nouns that name a source ("a Western official", "authorities").
SOURCE_NOUNS = _vocab(
    "official officials authorities authority spokesman spokeswoman spokesperson "
    "spokespeople representative representatives source sources minister ministry "
    "police analyst analysts expert experts witness witnesses aide aides diplomat "
    "diplomats agency investigator investigators adviser advisers advisor intelligence "
    "commander commanders governor governors president secretary chief report reports"
)
#: Verbs whose subject, when it is a source, owns the claim ("Officials say", "Experts
#: believe", "Residents claim"); without a source they report nothing ("needless to
#: say", "have a say") or hedge ("300 are believed dead"). They too need content.
_SUBJECT_CONTENT_VERBS = _vocab(
    "say believe believes believed think thinks thought warn claim argue insist "
    "maintain maintains contend contends reckon reckons reckoned suggest"
)
#: Verbs of estimating and expecting whose object is the source's claim ("NATO
#: estimates 7,000 dead", "the ministry estimated the damage at $2bn", "Police
#: suspect arson"), unless a preposition follows ("Residents fear for their lives").
_SUBJECT_CLAIM_VERBS = _vocab(
    "estimate estimates estimated fear fears feared expect expects expected detected "
    "assess assessed assesses suspect suspects suspected predict predicts predicted "
    "forecast forecasts"
)
_SUBJECT_VERBS = _SUBJECT_CONTENT_VERBS | _SUBJECT_CLAIM_VERBS
#: People who may be a source when they say, believe or warn, beyond ``SOURCE_NOUNS``.
_PEOPLE = _vocab(
    "residents locals doctors scientists researchers critics observers activists "
    "campaigners economists lawyers prosecutors rebels survivors families relatives "
    "neighbours neighbors workers villagers organisers organizers supporters opponents "
    "protesters students teachers parents people officers soldiers troops historians "
    "scholars academics pollsters forecasters engineers inspectors monitors negotiators "
    "leaders militants medics paramedics firefighters rescuers"
)
#: Bodies that estimate, believe or warn as a source: "The government estimated".
_INSTITUTIONS = _vocab(
    "government governments company companies firm firms council army military court "
    "committee department office commission bank board union party campaign group "
    "organisation organization institute team regulator watchdog coalition "
    "administration cabinet parliament study survey poll"
)
#: Pronouns that are a source before a verb of saying or believing ("He believes",
#: "they say"); "we" and "I" are the writer's voice (``_SPECULATIVE``).
_SOURCE_PRONOUNS = _vocab("he she they")
#: Adverbs that may stand between a source and its verb ("Officials now say").
_SOURCE_ADVERBS = _vocab(
    "now also still privately publicly repeatedly often later previously widely "
    "generally increasingly all both themselves initially first"
)
#: Verbs whose object is the person told ("told reporters that ...").
_TELL_VERBS = _vocab("told tells tell informed warned warns cautioned")
#: Verbs after which "to" and a verb is the content: "told troops to leave", "claimed
#: to have seen", "a man said to be a spy" (reported speech of a command or a claim).
_TO_VERBS = _vocab(
    "told tells warned warns cautioned claimed claims claiming said reported alleged"
)
#: Objects of "claim" that are a claim: "claimed responsibility", "claimed victory".
_CLAIMED = _vocab("responsibility credit victory")
#: Who may be told, beyond sources and people: "told reporters", "told the BBC".
_ADDRESSEES = (
    _vocab(
        "reporters journalists lawmakers legislators parliament mps senators congress "
        "press jury court committee colleagues audience crowd crowds listeners viewers "
        "readers"
    )
    | SOURCE_NOUNS
    | _PEOPLE
)
_OBJECT_PRONOUNS = _vocab("him her them us me you")
_SUBJECT_PRONOUNS = _vocab("i he she it we they you there")
#: "this was", "these are": a pronoun before a finite verb, a determiner otherwise.
_DEMONSTRATIVES = _vocab("this these those")
_DETERMINERS = _vocab(
    "the a an its their his her our my your some many most all no every each both "
    "several few such another any much more other"
)
_AUXILIARIES = _vocab(
    "is are was were am has have had will would can could may might must should shall "
    "do does did cannot"
)
_CONTRACTED_SUBJECT = re.compile(r"(?:i|he|she|it|we|they|you|there|that)['’](?:s|re|m|ve|d|ll)")
#: Words that end a subject: prepositions (bar "of": "the leader of the rebels was"),
#: conjunctions and relative words.
_CLAUSE_STOPS = _vocab(
    "in on at to for with from by about into over under after before during against "
    "between through without within across along around near since until upon among "
    "amid toward towards per via like than as who whom whose which that where when why "
    "how because while although though if unless whereas so yet nor but"
)
#: Words that open a time or place between a verb and its content ("said on Monday
#: that", "said in a statement that").
_PP_START = _vocab(
    "in on at to during after before late early earlier later last this yesterday today "
    "tonight from via"
)
#: After "warned", "of", "about" or "against" and what is warned of is content.
_WARN_OF = _vocab("of about against")
_WARN_VERBS = _vocab("warned warns warn cautioned")
#: Words "according to" may cite that are no source: "according to plan".
_NOT_CITED = _vocab(
    "plan plans schedule timetable tradition traditions custom rules rule regulations "
    "guidelines procedure protocol instructions script form programme program design "
    "usual expectations need needs size age ability merit rank law"
)
_OPENS_CONTENT = re.compile(r"\s*(?::|,?\s*[“\"‘'«„]|[,—–-]\s+[“\"‘'«])")
_CLOSING_MARKS = ",”’\"'—–"
# "added" reports speech only at a clause's end or before what was added: "he added",
# "adding that"; "Moscow has added thousands of troops" is no attribution.
_ADDED = re.compile(
    r"\b(?:added|adding|adds)\b(?=\s*(?:[,.:;]|that\b|$))|(?<=[,”’\"] )\w+ added\b", re.I
)
_ACCORDING = re.compile(
    r"\b(?:according to|as per|citing|in the words of)\b(?:\s+(?:the|a|an)\b)?"
    r"(?:\s+[\w’'-]+(?:\.\w+)*){0,6}?(?=[,;]|\.?\s*$|\.\s|\s+(?:said|on|in|at|who|which|that)\b)",
    re.IGNORECASE,
)
# "according to" whose source runs long ("according to supposed intercepted telephone
# conversations obtained by ..."): the phrase alone is still the cue.
_ACCORDING_BARE = re.compile(r"\b(?:according to|as per|in the words of)\b", re.IGNORECASE)
_CITED = re.compile(r"\s+(?:(?:the|a|an|their|its|his|her|our)\s+)?([\w’'-]+)")
# Unnamed reports and what a source published: "reports emerged", "there have been
# reports of", "the toll released by the Kremlin".
_REPORTS = re.compile(
    r"\breports?\s+(?:of|that|emerged|say|said|suggest|suggested)\b|\bamid (?:the )?reports\b"
    r"|\b(?:released|published|revealed|issued)\s+by\b",
    re.IGNORECASE,
)
# Reported speech without a named source: "is said to", "is stated to", "is reported to".
_REPORTED = re.compile(
    r"\b(?:is|are|was|were|has been|have been|had been)\s+(?:widely\s+)?"
    r"(?:said|stated|reported|understood|alleged|claimed|rumou?red)\s+to\b",
    re.IGNORECASE,
)
_NOT_A_SOURCE = _vocab("the a an it this that there and but as so however i we you")
#: A passive "admitted" is a hospital, not a confession ("was admitted to hospital").
_PASSIVE_BEFORE = _vocab("was were is are be been being")
#: Whom police question: "questioned the suspect" is an interview, not a doubt.
_QUESTIONED = _vocab(
    "suspect suspects man woman men women driver witnesses witness detainee detainees him her them"
)
#: "explained the withdrawal as hasty": the source characterises, like "described".
_AS_VERBS = _vocab("explained explains")


def _joined(text: str, ws: tuple[Word, ...], j: int) -> bool:
    """Whether ws[j] and ws[j + 1] are in one phrase (only spaces between)."""
    return 0 <= j and j + 1 < len(ws) and text[ws[j][2] : ws[j + 1][1]].isspace()


def _finite(word: str, after_pronoun: bool) -> bool:
    """Whether ``word`` reads as the finite verb of a clause: an auxiliary or a past
    form anywhere ("fled", "rose", "had"); an "-s" or base form only after a pronoun
    subject, since after a noun it is as likely a plural ("record profits")."""
    if word in _AUXILIARIES or word.endswith(("n't", "n’t")):
        return True
    form = lexicon.verb_form(word)
    return form == "past" or (after_pronoun and form in ("s", "base"))


_HEDGED_SUBJECT = re.compile(
    r"(?:as (?:many|much|few|little) as|about|around|roughly|approximately|nearly|almost|"
    r"more than|less than|fewer than|at least|at most|up to|close to|over)\s+(?=\d)",
    re.I,
)


_ENDS_SENTENCE = re.compile(r"[.!?][”’\"')]*\s*$")


def is_statement(text: str) -> bool:
    """Whether a short text is a sentence rather than a heading: it ends with ".", "!"
    or "?" and has a finite verb after its first word, an auxiliary or a past form
    ("Prices rose.", "Trains stopped.", "It is over."), or an "-s" form after "the" or
    a pronoun ("The mayor resigns."). "Live updates." and "Kyiv: Day 34." are not."""
    if not _ENDS_SENTENCE.search(text):
        return False
    ws = words(text)
    for k in range(1, len(ws)):
        w = ws[k][0]
        if w in _AUXILIARIES or w.endswith(("n't", "n’t")) or lexicon.verb_form(w) == "past":
            return True
        if lexicon.verb_form(w) == "s" and (
            ws[k - 1][0] in ("he", "she", "it") or (k >= 2 and ws[k - 2][0] in _DETERMINERS)
        ):
            return True
    return False


def _clause_at(text: str, ws: tuple[Word, ...], j: int) -> bool:
    """Whether a clause starts at ws[j]: a subject, then a finite verb in the same
    clause, within eight words ("the suspect fled", "it would", "prices rose", "the
    leader of the rebels was"); not "a story to the class", "her resignation"."""
    if j >= len(ws):
        return False
    hedged = _HEDGED_SUBJECT.match(text, ws[j][1])
    if hedged is not None:
        # "believe as many as 300 died": a hedged number opens the subject.
        while j < len(ws) and ws[j][1] < hedged.end():
            j += 1
        if j >= len(ws):
            return False
    first = ws[j][0]
    if _CONTRACTED_SUBJECT.fullmatch(first):
        return True  # "said it's over", "said they're leaving"
    if first in _CLAUSE_STOPS or first in _AUXILIARIES or _object_pronoun(text, ws[j]):
        return False
    pronoun = first in _SUBJECT_PRONOUNS or first in _DEMONSTRATIVES
    if pronoun:
        k = j + 1
        # An adverb may stand between: "he probably fled", "they would not".
        while k < len(ws) and _joined(text, ws, k - 1) and ws[k][0].endswith("ly"):
            k += 1
        if k < len(ws) and _joined(text, ws, k - 1) and _finite(ws[k][0], True):
            return True
        if first not in _DEMONSTRATIVES:
            return False
    # A noun phrase: its first word, and the one after a determiner, is no verb.
    k = j + 1
    if first in _DETERMINERS or first in _DEMONSTRATIVES:
        while k < len(ws) and ws[k][0].endswith("ly"):
            k += 1
        k += 1
    while k < len(ws) and k - j < 8 and _joined(text, ws, k - 1):
        w = ws[k][0]
        if w in ("and", "or"):
            # "the army and police were" goes on; "goodbye and left" is a second verb.
            if k + 1 < len(ws) and _finite(ws[k + 1][0], False):
                return False
        elif w in _CLAUSE_STOPS:
            return False
        elif _finite(w, False):
            return True
        k += 1
    return False


_POSSESSIVES = _vocab("his her their our my your its")


def _object_pronoun(text: str, word: Word) -> bool:
    """ "him", "them", "us", not "you" (also a subject) and not "US" (a name)."""
    w, s, e = word
    return w in _OBJECT_PRONOUNS and w != "you" and not text[s:e].isupper()


def _addressee(text: str, ws: tuple[Word, ...], j: int) -> int | None:
    """The index after the person or outlet told, starting at ws[j] ("reporters",
    "him", "the BBC", "Reuters"), or None."""
    if j >= len(ws) or not _joined(text, ws, j - 1):
        return None
    if _object_pronoun(text, ws[j]):
        return j + 1
    if ws[j][0] in _POSSESSIVES and j + 1 < len(ws) and _joined(text, ws, j):
        return j + 2  # "told his wife", "told their families"
    k = j + 1 if ws[j][0] in ("the", "a", "an", "local", "foreign") else j
    n = 0
    while k < len(ws) and n < 3 and _joined(text, ws, k - 1):
        w, s, _e = ws[k]
        if not (text[s].isupper() or w in _ADDRESSEES) or w in _NOT_A_SOURCE:
            break
        k += 1
        n += 1
    return k if n else None


def _content_at(text: str, ws: tuple[Word, ...], j: int, end: int, verb: str) -> bool:
    """Whether reported content starts right after ``end`` (the verb's end, or the
    end of who was told), at word ws[j]."""
    if _OPENS_CONTENT.match(text, end):
        return True  # "said: ...", "said, “...", "said “..."
    if j >= len(ws) or not text[end : ws[j][1]].isspace():
        return False
    w = ws[j][0]
    if w in ("that", "whether"):
        return True
    if w == "so" and re.match(r"so\s*(?:[.,;:!?”’\"]|$)", text[ws[j][1] :]):
        return True  # "said so", "believe so"
    if w == "to":
        nxt = ws[j + 1][0] if j + 1 < len(ws) and _joined(text, ws, j) else ""
        return verb in _TO_VERBS and lexicon.verb_form(nxt) == "base" and nxt not in _DETERMINERS
    if verb in _WARN_VERBS and w in _WARN_OF:
        return True  # "warned of shortages"
    if verb.startswith("claim") and w in _CLAIMED:
        return True  # "claimed responsibility"
    return _clause_at(text, ws, j)


def _introduces(text: str, ws: tuple[Word, ...], k: int) -> int | None:
    """Where the cue of the reporting verb ws[k] ends if content follows it (the verb,
    or the verb and who was told), else None."""
    verb, _s, end = ws[k]
    if verb in _TELL_VERBS:
        after = _addressee(text, ws, k + 1)
        if after is not None and _content_after(text, ws, after - 1, verb):
            return ws[after - 1][2]
    return end if _content_after(text, ws, k, verb) else None


def _content_after(text: str, ws: tuple[Word, ...], k: int, verb: str) -> bool:
    """Whether content follows ws[k] (the verb or who was told), directly or after a
    time or place: "said on Monday that", "told reporters in Kyiv that"."""
    if _content_at(text, ws, k + 1, ws[k][2], verb):
        return True
    j = k + 1
    if j < len(ws) and _joined(text, ws, k) and (ws[j][0] in _PP_START or ws[j][0] in WEEKDAYS):
        # The time or place is ws[j:m], of up to six words; the content starts at ws[m].
        for m in range(j + 1, min(len(ws), j + 6) + 1):
            if _content_at(text, ws, m, ws[m - 1][2], verb):
                return True
            if m >= len(ws) or not _joined(text, ws, m - 1):
                break
    return False


def _clause_ends(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether the clause ends after ws[k] (a verb, or who was told), bar a time or
    place of a few words: "he said.", "he said on Monday.", "she told reporters in Kyiv,"."""
    rest = text[ws[k][2] :]
    m = re.match(r"\s*(?:[.,;:!?)”’\"'—–]|$)", rest)
    if m is not None:
        return True
    j = k + 1
    if j >= len(ws) or not _joined(text, ws, k):
        return False
    if ws[j][0] not in _PP_START and ws[j][0] not in WEEKDAYS and not ws[j][0].endswith("ly"):
        return False
    m2 = re.match(r"[^.,;:!?”’\"]*", rest)
    assert m2 is not None
    tail = rest[m2.end() :]
    return len(words(m2.group())) <= 6 and (not tail or tail[0] in '.,;:!?”’"')


def _closes(text: str, ws: tuple[Word, ...], first: int, k: int) -> int | None:
    """Where the cue ends if the verb ws[k], its source from ws[first], closes content
    before it: "..., he said.", "“...,” the minister told reporters.", "..., said
    officials."; else None."""
    before = text[: ws[first][1]].rstrip()
    if not before or before[-1] not in _CLOSING_MARKS or not words(before):
        return None
    verb, _s, end = ws[k]
    last = k
    if verb in _TELL_VERBS:
        after = _addressee(text, ws, k + 1)
        if after is not None:
            last = after - 1
    if first == k and last == k:
        if _clause_ends(text, ws, k):
            # The source in apposition before: "..., Andriy Yermak, his chief of
            # staff, claimed."
            return end
        # Inverted: "..., said officials", "“...,” said the minister", "..., said the
        # central bank": the source, and the clause ends.
        return _inverted_source(text, ws, k)
    return ws[last][2] if _clause_ends(text, ws, last) else None


def _inverted_source(text: str, ws: tuple[Word, ...], k: int) -> int | None:
    """Where the source after an inverted verb ws[k] ends ("said the central bank."),
    or None: one to six words to the clause's end, opening with a determiner, a
    capital, a source noun, people or "he", "she", "they" ("said goodbye." is none)."""
    j = k + 1
    if j >= len(ws) or not _joined(text, ws, k):
        return None
    w, s, _e = ws[j]
    if not (
        w in _DETERMINERS
        or w in _SOURCE_PRONOUNS
        or w in _ADDRESSEES
        or (text[s].isupper() and w not in _NOT_A_SOURCE)
    ):
        return None
    last = j
    while last + 1 < len(ws) and last - j < 5 and _joined(text, ws, last):
        if _finite(ws[last + 1][0], False) or ws[last + 1][0] in _CLAUSE_STOPS:
            break
        last += 1
    return ws[last][2] if _clause_ends(text, ws, last) else None


def _source_start(text: str, ws: tuple[Word, ...], k: int) -> int:
    """The first word of the source phrase before the verb ws[k]: up to eight words
    joined by spaces ("a western authorities has actually" stated, "a report by
    Reuters" said), or k."""
    first = k
    while first > 0 and k - first < 8 and _joined(text, ws, first - 1):
        first -= 1
    return first


def _reporting_verbs(text: str, ws: tuple[Word, ...], with_source: bool) -> list[Cue]:
    """The reporting verbs that introduce or close content, and those whose object is
    the claim ("confirmed", "admitted"); ``with_source``: each with the source right
    before it ("Police said"), the shape of "Police say" (``_subject_verbs``)."""
    out: list[Cue] = []
    for k, (w, s, e) in enumerate(ws):
        if w in _CLAIM_VERBS:
            if w == "admitted" and k and ws[k - 1][0] in _PASSIVE_BEFORE:
                continue
            if w.startswith("question") and _questions_a_person(ws, k):
                continue
            if w == "reported" and k + 1 < len(ws) and ws[k + 1][0] == "for":
                continue  # "reported for duty"
            if with_source:
                s = ws[_named_source(text, ws, k)][1]
            out.append(Cue("attribution", s, e, text[s:e]))
            continue
        if w not in _CONTENT_VERBS:
            continue
        end = _introduces(text, ws, k)
        if end is None and w in _AS_VERBS and _characterises(text, ws, k):
            end = e
        if end is None:
            end = _closes(text, ws, _source_start(text, ws, k), k)
        if end is None and k + 1 < len(ws) and _closes(text, ws, k, k) is not None:
            end = e  # inverted: "..., said officials"
        if end is not None:
            if with_source:
                s = ws[_named_source(text, ws, k)][1]
            out.append(Cue("attribution", s, end, text[s:end]))
    return out


def _questions_a_person(ws: tuple[Word, ...], k: int) -> bool:
    """Whether "questioned" at ws[k] interviews someone ("Police questioned the
    suspect") rather than doubts a claim ("questioned Moscow's vow")."""
    nxt = [w for w, _s, _e in ws[k + 1 : k + 4]]
    if nxt and nxt[0] in ("the", "a", "an", "two", "three", "several"):
        nxt = nxt[1:]
    return bool(nxt) and nxt[0] in _QUESTIONED


def _characterises(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """ "explained the withdrawal as hasty": an object, then "as", in the clause."""
    for j in range(k + 1, min(len(ws), k + 7)):
        if not _joined(text, ws, j - 1):
            return False
        if ws[j][0] == "as":
            return j > k + 1
    return False


def _subject_verbs(text: str, ws: tuple[Word, ...]) -> list[Cue]:
    """A source right before a verb of saying or believing, with its content: "NATO
    estimates", "the ministry estimated", "Experts believe the dam will hold",
    "Officials now say"; and "say" after a quote or comma with its source behind it
    ("..., say officials")."""
    out: list[Cue] = []
    for k, (w, _s, e) in enumerate(ws):
        if w not in _SUBJECT_VERBS:
            continue
        if w.endswith(("ed", "ught")) and re.match(r"\s+to\b", text[e:]):
            continue  # "300 people believed to have died": passive, a hedge
        j = k
        if j > 0 and _joined(text, ws, j - 1) and ws[j - 1][0] in _SOURCE_ADVERBS:
            j -= 1  # "Officials now say"
        first = _named_source(text, ws, j)
        if first < j:
            if w in _SUBJECT_CLAIM_VERBS:
                nxt = ws[k + 1][0] if k + 1 < len(ws) and _joined(text, ws, k) else ""
                content = nxt not in _CLAUSE_STOPS or nxt in ("that", "to")
            else:
                content = (
                    _introduces(text, ws, k) is not None or _closes(text, ws, first, k) is not None
                )
            if content:
                out.append(Cue("attribution", ws[first][1], e, text[ws[first][1] : e]))
        elif w == "say" and k + 1 < len(ws) and _inverted_say(text, ws, k):
            out.append(Cue("attribution", ws[k][1], ws[k + 1][2], text[ws[k][1] : ws[k + 1][2]]))
    return out


def _named_source(text: str, ws: tuple[Word, ...], j: int) -> int:
    """The first word of the source right before ws[j], or j if there is none: a name
    ("NATO estimates", "(NATO) estimated", "the United States believed"), a source
    noun, people or a body ("the ministry estimated", "Witnesses say", "The government
    estimated"), or "he", "she", "they" (not "as they say")."""

    def joined(i: int) -> bool:  # ws[i] and ws[i + 1] with only a space (or ") ") between
        return 0 <= i and text[ws[i][2] : ws[i + 1][1]] in (" ", ") ")

    first = j
    while first > 0 and joined(first - 1):
        pw, ps, _pe = ws[first - 1]
        if not text[ps].isupper() or pw in _NOT_A_SOURCE:
            break
        first -= 1
    if first == j and j > 0 and joined(j - 1):
        pw = ws[j - 1][0]
        if pw in SOURCE_NOUNS or pw in _PEOPLE or pw in _INSTITUTIONS:
            first = j - 1
        elif pw in _SOURCE_PRONOUNS and not (j > 1 and ws[j - 2][0] == "as"):
            first = j - 1
    return first


def _inverted_say(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """'“We won,” say officials', '..., say police': "say" after a quote or a comma,
    its source after it."""
    before = text[: ws[k][1]].rstrip()
    if not before or before[-1] not in ",”’\"'":
        return False
    nxt, ns, _ne = ws[k + 1]
    return (
        nxt in SOURCE_NOUNS or nxt in _PEOPLE or (text[ns].isupper() and nxt not in _NOT_A_SOURCE)
    )


def _according(text: str) -> list[Cue]:
    """ "according to X" and the like, unless X is no source ("according to plan", "as
    per the rules")."""
    out = []
    for c in _finditer("attribution", _ACCORDING, text) + _finditer(
        "attribution", _ACCORDING_BARE, text
    ):
        bare = _ACCORDING_BARE.match(text, c.start) or re.match(r"citing\b", text[c.start :], re.I)
        cited = _CITED.match(text, bare.end()) if bare is not None else None
        if cited is not None and cited.group(1).lower() in _NOT_CITED:
            continue
        out.append(c)
    return out


@lru_cache(maxsize=4096)
def _attribution_cues(text: str, with_sources: bool) -> tuple[Cue, ...]:
    low = text.lower()
    ws = words(text)
    out = _reporting_verbs(text, ws, with_sources)
    out += _subject_verbs(text, ws)
    # Each pattern runs only where its key word occurs: most sentences skip them all.
    if "add" in low:
        out += _finditer("attribution", _ADDED, text)
    if "accord" in low or "as per" in low or "citing" in low or "in the words" in low:
        out += _according(text)
    if " to" in low:
        out += _finditer("attribution", _REPORTED, text)
    if "report" in low or " by" in low:
        out += _finditer("attribution", _REPORTS, text)
    return tuple(_dedupe(out))


def attribution_cues(text: str, with_sources: bool = False) -> list[Cue]:
    """Reporting verbs that introduce or close reported content, "according to"
    phrases with their source, reported speech.

    ``with_sources`` takes every reporting verb with the source right before it
    ("Police said", as "Police say" always is), so that two cues compare alike
    whatever the verb's form (the change classes); the suggestions underline the verb.
    """
    return list(_attribution_cues(text, with_sources))


def source_cues(text: str) -> list[Cue]:
    """Nouns that name a source; they matter only where speech is reported."""
    return _in_vocab("source", text, SOURCE_NOUNS)


# --- quotes ----------------------------------------------------------------------------

#: Opening and closing quotation marks of every common style.
QUOTE_CHARS = "\"“”„‟«»‘’‚‛'`"
# An apostrophe is no quote: "Putin’s", and spun copy's "there’ s", "it’ s".
_APOSTROPHE = re.compile(r"(?<=\w)[’'](?=\w|\s(?:s|t|re|ve|ll|d|m)\b)")
_QUOTE_MARK = re.compile("[" + re.escape(QUOTE_CHARS) + "]")
_OPENERS = {"“": "”", "„": "”", "«": "»", "‘": "’", "‚": "’"}
_QUOTE_WORD = re.compile(r"\w+(?:[’']\w+)*")


def quote_marks(text: str) -> list[Cue]:
    """Quotation marks that open or close a quote (apostrophes left out)."""
    apos = {m.start() for m in _APOSTROPHE.finditer(text)}
    return [
        Cue("quote", m.start(), m.end(), m.group())
        for m in _QUOTE_MARK.finditer(text)
        if m.start() not in apos
    ]


#: A quotation of speech has this many words or more; fewer is a scare quote ("‘rash’",
#: "“special military operation”"), a term the writer holds at a distance. One
#: threshold for the suggestions (a quotation is an attribution cue) and the change
#: classes (a scare quote that comes or goes is classed by its words).
QUOTE_MIN_WORDS = 4


def _paired_quotes(text: str) -> list[tuple[Cue, Cue]]:
    """Opening and closing marks paired in order: a curly opener with its own closer,
    a straight mark with the next straight mark of the same kind."""
    marks = quote_marks(text)
    out: list[tuple[Cue, Cue]] = []
    i = 0
    while i < len(marks):
        ch = marks[i].text
        closer = _OPENERS.get(ch, ch if ch in "\"'`" else None)
        j = i + 1
        if closer is not None:
            while j < len(marks) and marks[j].text != closer:
                j += 1
        if closer is None or j >= len(marks):
            i += 1
            continue
        out.append((marks[i], marks[j]))
        i = j + 1
    return out


#: Marks that only open or only close a quotation (a curly single closing mark may be
#: an apostrophe: "the soldiers’ morale").
_RUN_ON_OPENERS = frozenset("“„«‘")
_RUN_ON_CLOSERS = frozenset("”»")


def quotations(text: str, min_words: int = QUOTE_MIN_WORDS) -> list[Cue]:
    """Direct quotations of ``min_words`` words or more, marks included.

    Scare quotes around fewer words ("‘hasty’", "“special military operation”") are
    not quotations of speech.
    """
    out: list[Cue] = []
    pairs = _paired_quotes(text)
    for opener, closer in pairs:
        start, end = opener.start, closer.end
        if len(_QUOTE_WORD.findall(text[start:end])) >= min_words:
            out.append(Cue("quote", start, end, text[start:end]))
    # A quotation that runs beyond the sentence: an opening mark left unpaired ("“Some
    # of them are ..." to the end), or a closing one ("... for a fight,” he said.").
    paired = {c.start for pair in pairs for c in pair}
    for mark in quote_marks(text):
        if mark.start in paired or any(q.start <= mark.start < q.end for q in out):
            continue
        if mark.text in _RUN_ON_OPENERS:
            start, end = mark.start, len(text)
        elif mark.text in _RUN_ON_CLOSERS:
            start, end = 0, mark.end
        else:
            continue
        if len(_QUOTE_WORD.findall(text[start:end])) >= min_words:
            out.append(Cue("quote", start, end, text[start:end]))
    return sorted(out, key=lambda c: c.start)


def scare_marks(text: str) -> list[Cue]:
    """The marks of scare quotes: quotations of fewer than ``QUOTE_MIN_WORDS`` words.
    A mark left unpaired may belong to a quotation that runs on beyond the sentence,
    so it is not one of them."""
    out: list[Cue] = []
    for opener, closer in _paired_quotes(text):
        if len(_QUOTE_WORD.findall(text[opener.start : closer.end])) < QUOTE_MIN_WORDS:
            out += [opener, closer]
    return out


# --- hedges and ranges -----------------------------------------------------------------

#: Hedges that soften a number: "about 300", "as many as 300", "up to 300".
_NUMBER_HEDGE = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost|some|over|under|more than|"
    r"less than|fewer than|at least|at most|up to|upwards of|close to|in excess of|"
    r"an estimated|estimated|perhaps|maybe|possibly|as (?:many|much|few|little|high|low|"
    r"numerous|large|great|long|far|often|big|short|small) as)\s+$",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(r"\s*(?:to|and|or|-|–|—)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
#: Hedges of likelihood and hearsay, with or without a number.
HEDGE_WORDS = _vocab(
    "may might could reportedly allegedly apparently supposedly purportedly possibly "
    "probably likely unlikely perhaps maybe presumably seemingly estimated estimates "
    "estimate approximately roughly projected expected feared believed thought "
    "suspected seems seemed appears appeared"
)


def number_hedges(text: str) -> list[Cue]:
    """Only the hedges tied to a quantity: softeners before a number, and ranges."""
    nums = [n for n in numbers(text) if n.written not in DATE_KINDS]
    out: list[Cue] = []
    for k, n in enumerate(nums):
        before = text[max(0, n.start - 24) : n.start]
        m = _NUMBER_HEDGE.search(before)
        if m:
            start = n.start - len(before) + m.start()
            end = start + len(m.group().rstrip())
            out.append(Cue("hedge", start, end, text[start:end]))
        if k + 1 < len(nums):
            nxt = nums[k + 1]
            gap = text[n.end : nxt.start]
            if len(gap) > 5 or not _RANGE_JOIN.fullmatch(gap):
                continue
            window = text[max(0, n.start - 10) : n.start]
            b = _BETWEEN.search(window)
            if b is None and gap.strip().lower() == "and":
                continue  # "300 and 400" alone lists two numbers: no range
            start = n.start - len(window) + b.start() if b else n.start
            out.append(Cue("range", start, nxt.end, text[start : nxt.end]))
    return _dedupe(out)


# "Russia is seen withdrawing": perceived, not established.
_SEEN = re.compile(r"\b(?:is|are|was|were)\s+(?:widely\s+|commonly\s+)?seen\b", re.IGNORECASE)


#: "could" is also the past of "can" ("He could swim at age four"): it hedges only
#: before a verb of being, reaching or costing, which say what may come (``_COULD``).
_COULD = _vocab(
    "be have reach rise fall cost take hit number top exceed climb drop grow increase "
    "decline double triple last total lead mean face become result spread cause trigger "
    "affect run soar surge plunge get"
)
_COULD_ADVERBS = _vocab(
    "well soon still also even eventually easily yet potentially ultimately quickly possibly now"
)
_NEXT_WORDS = re.compile(r"[\s]+(\w+)(?:\s+(\w+))?")


def _could_hedges(text: str, end: int) -> bool:
    """Whether "could" ending at ``end`` hedges: before "be", "reach", "cost" ..., with
    an adverb between allowed ("could soon reach"); not "could swim", "could not"."""
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    first, second = m.group(1).lower(), (m.group(2) or "").lower()
    return first in _COULD or (first in _COULD_ADVERBS and second in _COULD)


# "They believed in a peaceful solution" is faith, not a hedge.
_FAITH = frozenset({"believed", "thought"})
_IN_AFTER = re.compile(r"\s+(?:in|of|about)\b", re.IGNORECASE)


def hedge_cues(text: str) -> list[Cue]:
    """Hedges: number softeners ("as many as"), ranges, likelihood and hearsay words."""
    # "May" in "3 May" is a month, not a modal.
    dates = [n for n in numbers(text) if n.written in DATE_KINDS]
    out = number_hedges(text)
    out += [
        c
        for c in _in_vocab("hedge", text, HEDGE_WORDS)
        if not any(d.start <= c.start < d.end for d in dates)
        and (c.text.lower() != "could" or _could_hedges(text, c.end))
        and not (c.text.lower() in _FAITH and _IN_AFTER.match(text, c.end))
    ]
    if "seen" in text.lower():
        out += _finditer("hedge", _SEEN, text)
    return _dedupe(out)


# --- negation --------------------------------------------------------------------------

NEGATIONS = _vocab("not no never none nobody nothing nowhere neither nor without cannot")


def negation_cues(text: str) -> list[Cue]:
    out: list[Cue] = []
    for w, s, e in words(text):
        if w in NEGATIONS:
            out.append(Cue("negation", s, e, text[s:e]))
        elif w.endswith(("n't", "n’t")):
            out.append(Cue("negation", e - 3, e, text[e - 3 : e]))
    return out


# --- judgement and speculation ---------------------------------------------------------

#: Evaluative words: the writer judges ("horrific", "quagmire", morale "collapsed").
#: A curated list, not a sentiment lexicon: sentiment lists (AFINN, VADER, Pattern's
#: subjectivity lexicon shipped with TextBlob) score news words such as "killed",
#: "deadly", "war" or "own" and would call half of the facts in wire copy opinion, and
#: the subjectivity one has adjectives only ("a failure", "fiasco" are nouns).
EVALUATIVE_WORDS = _vocab(
    "collapsed collapse collapses horrific horrendous horrifying quagmire shattered "
    "devastating catastrophic catastrophe disastrous disaster humiliating humiliation "
    "humiliated brutal brutally barbaric atrocious atrocity shocking appalling terrible "
    "terribly dire desperate desperately chaotic chaos rash reckless embarrassing "
    "shameful stunning staggering crushing heroic heroically senseless unprovoked "
    "obvious obviously clearly undoubtedly tragic tragedy disgraceful outrageous "
    "pathetic ruthless savage massacre slaughter butchered futile doomed "
    "plausible misguided foolish blunder debacle fiasco rout "
    # praise
    "brilliant brilliantly excellent superb outstanding magnificent impressive "
    "impressively admirable commendable laudable praiseworthy wonderful marvellous "
    "marvelous splendid fantastic terrific exemplary masterful masterly inspiring "
    "visionary courageous remarkable remarkably "
    # blame
    "awful dreadful abysmal woeful dismal lamentable deplorable despicable disgusting "
    "scandalous shameless shamefully disgracefully incompetent incompetence inept "
    "ineptitude bungled bungling botched cynical hypocritical hypocrisy callous cruel "
    "sickening abhorrent heinous monstrous vile grotesque absurd ridiculous ludicrous "
    "preposterous laughable farcical farce pointless worthless hopeless naive "
    "irresponsible negligent alarming troubling worrying disturbing unacceptable "
    "inexcusable unforgivable unjustifiable egregious shambles disgrace travesty "
    "embarrassment"
)
#: Words with a physical sense beside the judging one: a building "collapsed" is a
#: fact, morale or the talks "collapsed" is a judgement. They judge unless a physical
#: thing is near them in the clause (``_PHYSICAL``).
_DUAL_SENSE = _vocab("collapse collapsed collapses collapsing shattered crushing")
_JUDGING = EVALUATIVE_WORDS | _DUAL_SENSE
#: Things that collapse, shatter or crush in the literal sense, people included (a
#: runner who collapsed).
_PHYSICAL = _vocab(
    "building buildings bridge bridges roof roofs wall walls house houses home homes "
    "tower towers tunnel tunnels mine mines dam dams ceiling ceilings floor floors "
    "structure structures block blocks stadium stage crane scaffolding balcony church "
    "mosque temple hospital apartment apartments skyscraper hotel mall factory "
    "warehouse shelter shelters glass window windows windscreen windshield road roads "
    "pier chimney column columns pillar pillars tent tents cliff hillside embankment "
    "rubble debris cave shaft quarry grandstand stand arena school schools bone bones "
    "skull lung lungs man woman boy girl child player runner athlete patient he she "
    "car cars vehicle vehicles"
)
#: A failure the writer declares: "was a failure", "an utter failure" (not "heart
#: failure", "a power failure" or "a failure to pay").
_FAILURE = re.compile(
    r"\b(?:(?:is|was|were|are|be|been|being|as|proved|proves|proving|remains?)\s+"
    r"(?:a|an)\s+(?:(?:complete|total|utter|abject|dismal|spectacular|colossal|costly|"
    r"humiliating|miserable|resounding)\s+)?failures?|(?:complete|total|utter|abject|"
    r"dismal|spectacular|colossal|humiliating|miserable|resounding)\s+failures?)\b"
    r"(?!\s+(?:to|of the (?:power|engine|system)))",
    re.IGNORECASE,
)


def _physical_sense(text: str, start: int, end: int) -> bool:
    """Whether a thing that can physically collapse or shatter is near the word at
    ``start:end``, in the same clause: up to four words before it, three after."""
    before = re.split(r"[,;:.!?()]", text[:start])[-1]
    after = re.split(r"[,;:.!?()]", text[end:])[0]
    near = [w for w, _s, _e in words(before)][-4:] + [w for w, _s, _e in words(after)][:3]
    return any(w in _PHYSICAL for w in near)


#: Speculation and interpretation in the writer's voice.
_SPECULATIVE = re.compile(
    r"\b(?:(?:is|are|was|were|be|as)\s+(?:a|an)\s+(?:\w+\s+)?(?:sign|signal|indication|"
    r"indicator|symptom)|a sign (?:that|of)|suggests?|suggesting|indicates?|signals?|"
    r"arguably|no one saw|it is clear|rather than a true|in reality|in fact|backtracking|"
    r"the wrong approach|could be a way|could be a sign|does not mean|doesn[’']t mean|"
    r"the seeming|i think|i believe|we believe|i suspect|in my view|in our view|"
    r"it seems to me)\b",
    re.IGNORECASE,
)
#: A question in the writer's voice ("Putin retreating?") is speculation.
_QUESTION = re.compile(r"\?\s*$")


def opinion_cues(text: str) -> list[Cue]:
    out = [
        c
        for c in _in_vocab("evaluative", text, _JUDGING)
        if c.text.lower() not in _DUAL_SENSE or not _physical_sense(text, c.start, c.end)
    ]
    if "failure" in text.lower():
        out += _finditer("evaluative", _FAILURE, text)
    out += _finditer("speculative", _SPECULATIVE, text)
    out += _finditer("speculative", _QUESTION, text)
    return _dedupe(out)


# --- helpers ---------------------------------------------------------------------------


def _dedupe(cues: Iterable[Cue]) -> list[Cue]:
    """Sort by position; where two overlap, keep the longer (the earlier if equal)."""
    out: list[Cue] = []
    for c in sorted(cues, key=lambda c: (c.start, -(c.end - c.start))):
        if out and c.start < out[-1].end:
            if c.end - c.start > out[-1].end - out[-1].start:
                out[-1] = c
            continue
        out.append(c)
    return out


def overlapping(cues: list[Cue], start: int, end: int) -> list[Cue]:
    """The cues that touch ``[start, end)``; an empty span touches what surrounds it."""
    if start == end:
        return [c for c in cues if c.start < start < c.end]
    return [c for c in cues if c.start < end and start < c.end]
