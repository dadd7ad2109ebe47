"""Numbers by value: figures with their sign, unit and scale, number words, ordinals,
magnitudes, dates and multipliers, each with a value comparable across spellings
("six" and "6", "$5m" and "$5 million", "March 3" and "3rd of March")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from newsdiff.core.figures import SPACED, ungrouped
from newsdiff.meaning.cues.base import DATE_KINDS, Number, Word, word_forms, words
from newsdiff.meaning.cues.dates import (
    figure_dates,
    join_dates,
    month_at,
    period_word,
    season_context,
)
from newsdiff.meaning.cues.durations import (
    ONE_SPAN,
    fractions,
    halves_and_decades,
    may_count_time,
    may_hold_fraction,
    may_span_one,
)
from newsdiff.meaning.cues.multiples import multiples
from newsdiff.meaning.cues.number_words import (
    A_SCALES,
    BASE_MULTIPLIERS,
    CARDINALS,
    CURRENCY_PREFIX,
    CURRENCY_SPAN,
    MAGNITUDES,
    MONTH_ABBR,
    MONTHS,
    MULTIPLIERS,
    NUMBER_WORDS,
    ONE_IDIOMS,
    ORDINALS,
    PERIODS,
    POSSESSIVE_DATES,
    RELATIVE,
    SCALES,
    SEASONS,
    SUFFIX_SCALES,
    TENS,
    TIME_SECOND_BEFORE,
    UNIT_WORDS,
    UNITS,
    WEEKDAYS,
    currency_sign,
    multiplier_verb,
)
from newsdiff.meaning.cues.uncounted import pronoun_one, rank_less
from newsdiff.meaning.cues.written import clock_time

_UNIT_RE = "|".join(
    re.escape(u).replace(r"\ ", r"\s+")
    for u in sorted(UNIT_WORDS, key=len, reverse=True)
    if u not in ("c", "f", "°c", "°f")
)
# A minus sign directly before a figure, after a space or an opening mark: "-5C",
# "(−3%)"; not "COVID-19" or "2019-2020", where the mark joins two words or figures.
_MINUS = "-−–"
_DIGITS = re.compile(
    r"(?P<cur>" + CURRENCY_PREFIX + r"\s?)?(?:" + SPACED + r"|\d+(?:[.,:]\d+)*)"
    r"(?:(?P<pc>\s?%)|(?P<suf>st|nd|rd|th|k|m|mn|bn|tn)\b)?"
    r"(?:\s*(?P<pcw>per ?cent|percent)\b)?"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?"
    # "5C", "-5 °C" (a bare C or F only against the figure and in capitals), "10 km",
    # "a 10-mile walk", "40 pounds".
    r"(?:(?P<deg>\s?°\s?[CF]|(?-i:[CF]))(?!\w)|[\s-]?(?P<unit>" + _UNIT_RE + r")(?![\w/]))?",
    re.I,
)
_A_DIGIT = re.compile(r"\d")
#: A period that ends the text, before closing quotes or brackets at most.
_ENDS = re.compile(r"\.[\s\"'”’)\]]*$")
#: A figure's digits and separators, matched where its currency ends.
_FIGURE_DIGITS = re.compile(SPACED + r"|[\d.,:]+")
_PERCENT_AFTER = re.compile(r"\s*(?:per ?cent|percent)\b", re.I)
_MINUS_WORD = re.compile(r"(?:^|(?<=[^\w]))minus\s+$", re.I)


def _figures(text: str, first: int) -> Iterator[re.Match[str]]:
    """``_DIGITS.finditer`` over ``text`` whose first digit is at ``first``: a figure
    starts at most ``CURRENCY_SPAN`` characters before a digit, so after each match
    the search resumes there before the next digit (or stops when there is none). The
    pattern, tried at every character between figures, cost 13 µs a text."""
    pos = max(0, first - CURRENCY_SPAN)
    while (m := _DIGITS.search(text, pos)) is not None:
        yield m
        digit = _A_DIGIT.search(text, m.end())
        if digit is None:
            return
        pos = max(m.end(), digit.start() - CURRENCY_SPAN)


def _digits_value(raw: str, scale: str) -> float:
    # "7,000", "1,000.5", "1 200", "2.500.000" group thousands (``core.figures``);
    # "07.04" and "1.5" are decimals or dates.
    plain = ungrouped(raw) or raw.replace(",", ".")
    parts = plain.replace(":", ".").split(".")
    value = float(parts[0] + ("." + "".join(parts[1:]) if len(parts) > 1 else ""))
    return value * SUFFIX_SCALES.get(scale, 1.0)


def _words_value(run: list[str]) -> int:
    """The value of a run of number words ("four hundred", "twenty-five", "seventh")."""
    total = current = 0
    for w in run:
        if w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w in ORDINALS:
            current += ORDINALS[w]
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            total += (current or 1) * SCALES[w]
            current = 0
    return total + current


def _follows(prev: str, nxt: str) -> bool:
    """Whether number word ``nxt`` goes on the number ``prev`` ends: a scale or "dozen"
    after any number ("five hundred", "two dozen"), a unit or ordinal below ten after
    a tens word ("twenty-five", "twenty first"), anything after a scale ("a hundred
    twenty"). Two counts side by side are two numbers ("a dozen ten years")."""
    if nxt in SCALES or nxt == "dozen":
        return True
    if prev in SCALES:
        return True
    if prev in TENS:
        return UNITS.get(nxt, ORDINALS.get(nxt, 10)) in range(1, 10)
    return False


def _number_parts(word: str) -> list[str] | None:
    """The number words of one token ("twenty-five" -> two), or None if it is none."""
    if word in CARDINALS or word in ORDINALS:
        return [word]
    if "-" not in word or word in ONE_IDIOMS:
        return None
    parts = word.split("-")
    if all(p in CARDINALS for p in parts):
        return parts
    if len(parts) > 1 and all(p in CARDINALS for p in parts[:-1]) and parts[-1] in ORDINALS:
        return parts  # "twenty-first"
    return None


#: The words without a hyphen that may start a number-like expression: any other
#: is none (``_number_parts`` gives None and it is no ``NUMBER_WORDS``).
_NUMBERISH = CARDINALS | frozenset(ORDINALS) | NUMBER_WORDS | frozenset(POSSESSIVE_DATES)


@lru_cache(maxsize=4096)
def numbers(text: str) -> tuple[Number, ...]:
    """Every number-like expression in ``text``: figures with their sign, unit and scale
    ("-5C", "$5 million", "15 per cent", "10 km"), number words ("minus five", "a
    thousand"), ordinals, magnitudes, months, dates ("March 3", "3rd of March"),
    weekdays, seasons ("by spring"), relative dates ("last week") and multipliers
    ("doubled"); thousands grouped as ``core.figures`` reads them."""
    first = _A_DIGIT.search(text)
    if (
        first is None
        and "-" not in text
        and "alf" not in text
        and "uarter" not in text
        and not (may_span_one(text) and ONE_SPAN.search(text))
        and _NUMBERISH.isdisjoint(word_forms(text))
    ):
        return ()  # no figure and no word the loop below stops at (most sentences)
    out: list[Number] = []
    figures = _figures(text, first.start()) if first else ()
    for m in figures:
        if m.start() and (text[m.start() - 1].isalpha()):
            continue  # "COVID19", "F16": part of a name
        cur = currency_sign(m.group("cur") or "")
        at = m.start() + len(m.group("cur") or "")
        raw = _FIGURE_DIGITS.match(text, at)
        assert raw is not None
        digits = raw.group().rstrip(".,:")
        clock = None if cur else clock_time(text, at, digits)
        if clock is not None:  # "3 p.m.", "1500 GMT": a time of day, in minutes
            out.append(Number(at, clock[0], text[at : clock[0]], ("time", clock[1]), "digits"))
            continue
        suffix = (m.group("suf") or "").lower()
        scale = (m.group("scale") or "").lower() or suffix
        # "US$40" and "USD 40" are "$40" (UNIT_WORDS: a code's sign).
        unit = "%" if m.group("pc") or m.group("pcw") else (UNIT_WORDS.get(cur.lower(), cur) or "n")
        measure = m.group("deg") or m.group("unit")
        if measure and unit == "n":
            key = re.sub(r"\s+", " ", measure.strip().lower()).replace("° ", "°")
            unit = UNIT_WORDS.get(key, key)
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
        if w not in _NUMBERISH and "-" not in w:
            i += 1  # most words (a set test first: the checks below would skip them)
            continue
        if taken and any(a <= s < b for a, b in taken):
            i += 1  # the scale word of "5 million"
            continue
        if w in POSSESSIVE_DATES:
            # "July's election", "Monday's vote": the date is the word before its "'s".
            w, e = POSSESSIVE_DATES[w], e - 2
        parts = _number_parts(w)
        if parts is None and w not in NUMBER_WORDS and "-" not in w:
            i += 1  # most words: no number, month, period or multiple
            continue
        if parts is None and "-" in w and w not in ONE_IDIOMS and w not in MULTIPLIERS:
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
        if (parts == ["one"] and pronoun_one(text, ws, i)) or rank_less(text, ws, i, parts):
            parts = None
        if parts is not None and not (w == "second" and _is_time_second(text, ws, i)):
            run, end, j = list(parts), e, i + 1
            # Join "four hundred", "three hundred and six"; ordinals end a run.
            while j < len(ws) and run[-1] not in ORDINALS:
                nxt, ns, ne = ws[j]
                gap = text[end:ns]
                if nxt == "and" and run[-1] in SCALES and j + 1 < len(ws):
                    more = _number_parts(ws[j + 1][0])
                    if more is None or text[ne : ws[j + 1][1]].strip():
                        break
                    run += more
                    end = ws[j + 1][2]
                    j += 2
                    continue
                more = _number_parts(nxt)
                if (
                    more is None
                    or gap.strip("- ")
                    or more[0] in ORDINALS
                    and run[-1] in SCALES
                    or not _follows(run[-1], more[0])
                ):
                    break
                run += more
                end = ne
                j += 1
            unit = "ord" if run[-1] in ORDINALS else "n"
            pc = _PERCENT_AFTER.match(text, end)
            if pc:
                unit, end = "%", pc.end()
            value = float(_words_value(run))
            if run[0] in A_SCALES and i and ws[i - 1][0] in ("a", "an"):
                if text[ws[i - 1][2] : s] == " ":
                    s = ws[i - 1][1]  # "a thousand" is 1,000
            else:
                s, negative = _signed(text, s)  # "minus five", "-five"
                value = -value if negative else value
            out.append(Number(s, end, text[s:end], (unit, value), "words"))
            i = j
            continue
        period = None
        if w in RELATIVE and i + 1 < len(ws) and text[e : ws[i + 1][1]] == " ":
            period = period_word(ws[i + 1][0])
        if period is not None:
            ne = ws[i + 1][1] + len(period)
            when = (RELATIVE[w], float(PERIODS[period]))
            out.append(Number(s, ne, text[s:ne], when, "relative"))
            i += 2
            continue
        if w in MAGNITUDES:
            start, mag = s, MAGNITUDES[w]
            before = text[max(0, s - 16) : s].lower()
            if w == "thousands" and before.endswith(("tens of ", "hundreds of ")):
                start = s - (len("tens of ") if before.endswith("tens of ") else 12)
                mag = 10_000 if before.endswith("tens of ") else 100_000
            out.append(Number(start, e, text[start:e], ("~", float(mag)), "magnitude"))
        elif w in MONTHS or w in MONTH_ABBR:
            month = month_at(text, w, s, e)
            if month:
                # "Jan. 3" takes its period; "May." and "on 3 Jan." end their sentence
                # with it, which the other side's "3 May." or "Jan 3." keeps unchanged.
                abbr = w in MONTH_ABBR and w not in MONTHS
                end = e + 1 if abbr and text[e : e + 1] == "." and not _ENDS.match(text, e) else e
                out.append(Number(s, end, text[s:end], ("month", float(month)), "month"))
        elif w in WEEKDAYS and text[s].isupper():
            out.append(Number(s, e, text[s:e], ("weekday", float(WEEKDAYS[w])), "weekday"))
        elif w in SEASONS and season_context(text, ws, i):
            out.append(Number(s, e, text[s:e], ("season", float(SEASONS[w])), "season"))
        elif w in MULTIPLIERS or (
            w in BASE_MULTIPLIERS
            and multiplier_verb([x[0] for x in ws[max(0, i - 4) : i + 1]], min(i, 4))
        ):
            times = MULTIPLIERS.get(w) or BASE_MULTIPLIERS[w]
            out.append(Number(s, e, text[s:e], ("x", times), "multiplier"))
        i += 1
    if may_count_time(text):
        out = halves_and_decades(text, out)
    if may_hold_fraction(text):
        out = fractions(text, out)
    if first is not None and ("/" in text or "-" in text):
        out = figure_dates(text, out)
    out = multiples(text, out) if "fold" in text or "times" in text or "ice" in text else out
    return tuple(join_dates(text, sorted(out, key=lambda n: n.start)))


def _signed(text: str, start: int) -> tuple[int, bool]:
    """Where a figure starting at ``start`` starts with its sign, and whether it is
    negative: "-5", "−5" and "minus 5" are below zero; the hyphen of "COVID-19",
    "2019-2020" or "pages 5-10" joins two words or figures and is no sign."""
    if start and text[start - 1] in _MINUS:
        before = text[start - 2] if start > 1 else " "
        if not before.isalnum() and before not in _MINUS + ".,%":  # "15%-20%": a range
            return start - 1, True
    if start and text[start - 1].isspace():
        m = _MINUS_WORD.search(text, max(0, start - 12), start)
        if m is not None:
            return m.start(), True
    return start, False


def _is_time_second(text: str, ws: list[Word], i: int) -> bool:
    # "a second", "a second later" (time) vs "the second phase", "came second": only
    # the ordinal is a number. A "second" standing alone (a change's own text) is the
    # ordinal, so that "second" -> "2nd" folds whatever surrounds it.
    if re.match(r"\s*(?:later|ago|or two)\b", text[ws[i][2] :]):
        return True
    return i > 0 and ws[i - 1][0] in TIME_SECOND_BEFORE


def values_alone(a: str, b: str) -> tuple[tuple[str, float], tuple[str, float]] | None:
    """The values of the two sides of a change where each is one number alone, not a
    date ("first" -> "second", "one" -> "two", "first" -> "1st"); otherwise None. Read in
    its sentence, "at first" or "if one is released" may count nothing (``uncounted``),
    but a number put in the place of another is a count changed ("at
    [-first-]{+second+} reading", "if [-one-]{+two+} are released") and one written
    another way is the same count (review r24e). The caller asks only where its sentence
    read no number in one side: alone, "1500" is no clock time."""
    na, nb = numbers(a), numbers(b)
    if len(na) != 1 or len(nb) != 1:
        return None
    for n, side in ((na[0], a), (nb[0], b)):
        if n.written in DATE_KINDS or n.text != side.strip():
            return None
    return na[0].value, nb[0].value


def number_values(text: str) -> list[tuple[str, float]]:
    return sorted(n.value for n in numbers(text))


_TIME_WORDS = re.compile(
    r"\b(?:today|tomorrow|tonight|next|later|soon|until|by the end|this (?:week|month|"
    r"year|weekend)|on \w+day|ago|yesterday|last (?:week|month|year|night))\b",
    re.IGNORECASE,
)


def dated_or_counted(text: str) -> bool:
    """Whether the sentence has a date, a time word or a quantity (a schedule or an
    estimate, not a forecast)."""
    if _TIME_WORDS.search(text):
        return True
    return any(n.written in DATE_KINDS or n.value[0] != "ord" for n in numbers(text))
