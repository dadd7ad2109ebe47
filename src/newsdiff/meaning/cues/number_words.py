"""Data table: the words of numbers, dates and units (cardinals, ordinals, scales,
magnitudes, months, weekdays, seasons, periods, multipliers, units of measure), and the
words around "one" that make it a pronoun rather than 1."""

from __future__ import annotations

UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS = {
    w: 10 * i
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}  # fmt: skip
ORDINALS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split(),
        1,
    )
}
CARDINALS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | {"dozen"}
#: Plural magnitudes ("hundreds of", "thousands of") and dozens: quantities, not exact.
MAGNITUDES = {
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
MONTH_ABBR = {m[:3]: i for m, i in MONTHS.items()} | {"sept": 9}
MONTH_NAMES = {i: m.capitalize() for m, i in MONTHS.items()}
WEEKDAYS = {
    w: i
    for i, w in enumerate("monday tuesday wednesday thursday friday saturday sunday".split(), 1)
}
#: Scales written after digits: "5m", "5 mn", "5bn", "5tn", "5k", "5 million".
SUFFIX_SCALES = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12,
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
#: Units written after a figure, each spelling -> one unit: "10 km" and "10 kilometres"
#: are one length, "10 km" and "10 miles" are not. Money written as a word is its
#: currency ("40 pounds" is "£40"): in news copy "pounds" after a figure is mostly money.
UNIT_WORDS = {
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
#: Currencies: written before the figure ("$5", "£40").
CURRENCIES = frozenset("$ £ € ¥ ₹ A$ C$ NZ$ HK$".split())
#: ISO 4217 codes of those currencies, which wire and European copy writes for the sign
#: ("EUR 300,000" is "€300,000", "USD 40" "$40"), before the figure or after it.
ISO_CURRENCIES = {
    "EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "AUD": "A$", "CAD": "C$",
    "NZD": "NZ$", "HKD": "HK$",
}  # fmt: skip
UNIT_WORDS.update({code.lower(): sign for code, sign in ISO_CURRENCIES.items()})
#: A currency before a figure, as a pattern: a sign ("$", "US$", "NZ$"), a dollar with
#: its country after it, as Australian and New Zealand copy writes it ("$US1.06
#: million", "$A5", "$NZ20": "US$", "A$", "NZ$"; in capitals, right before the figure)
#: or a code in capitals ("EUR", so that "eur" in running text is none).
CURRENCY_PREFIX = (
    r"(?:\$(?-i:US|A|C|NZ|HK)(?=\s?\d)|(?:US|A|C|NZ|HK)?[$£€¥₹]|\b(?-i:"
    + "|".join(ISO_CURRENCIES)
    + r"))"
)


def currency_sign(prefix: str) -> str:
    """A currency prefix as one sign: "$US" and "US$" are "$", "$A" is "A$"; a code
    stays a code, in capitals ("usd" -> "USD"; ``UNIT_WORDS`` reads it as its sign)."""
    cur = prefix.strip().upper()
    if cur[:1] == "$" and cur[1:2].isalpha():
        cur = cur[1:] + "$"  # the country after the sign
    return cur.replace("US$", "$")


#: A figure holds a digit and starts at most this many characters before its first
#: one (the longest currency prefix, "US$ ", "NZ$ " or "EUR "): the scan for figures
#: starts there, and a text with no digit (most sentences) is not scanned at all.
CURRENCY_SPAN = 4

#: "last week", "next year", "this month": a date relative to the story's own.
RELATIVE = {"last": "last", "past": "last", "previous": "last", "next": "next",
             "coming": "next", "this": "this"}  # fmt: skip
PERIODS = {
    "week": 7, "weekend": 8, "fortnight": 14, "month": 30, "quarter": 91, "year": 365,
    "decade": 3650, "century": 36500, "spring": 1001, "summer": 1002, "autumn": 1003,
    "fall": 1003, "winter": 1004,
}  # fmt: skip
SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "winter": 4}
#: Words before a season that make it the time of year ("by spring", "in the summer"),
#: not a water spring or "the Arab Spring".
SEASON_BEFORE = frozenset(
    "in by until till since from of during before after through early late mid the".split()
)
#: The words of ``SEASON_BEFORE`` that make "the" and a season word that names other
#: things too ("spring") the time of year: not "of", "from" (places as often: "out of
#: the spring", "water from the spring") nor "the" itself.
TIME_BEFORE_THE = SEASON_BEFORE - {"of", "from", "the"}
#: Verbs of multiplying: "doubled" and "tripled" are two quantities.
MULTIPLIERS = {
    "doubled": 2.0, "doubles": 2.0, "doubling": 2.0, "tripled": 3.0, "triples": 3.0,
    "tripling": 3.0, "twice": 2.0, "thrice": 3.0, "trebled": 3.0, "trebles": 3.0, "trebling": 3.0, "quadrupled": 4.0,
    "quadruples": 4.0, "quadrupling": 4.0, "halved": 0.5, "halving": 0.5,
    **{w + sep + "fold": float(v) for w, v in (
        ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("hundred", 100), ("thousand", 1000),
    ) for sep in ("", "-")},
}  # fmt: skip
#: The same verbs in their base form (and "halves"), which is also an adjective or a
#: noun ("a double murder", "a triple", "two halves"): a multiplier only where a verb
#: stands (``multiplier_verb``): "would double", "expects profits to triple".
BASE_MULTIPLIERS = {
    "double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0, "halve": 0.5, "halves": 0.5
}  # fmt: skip
#: Words that stand between a modal (or "to") and its verb: "would more than double".
_BEFORE_VERB = frozenset(
    "more than nearly almost roughly about at least effectively also likely probably "
    "easily still not never quickly even only just again soon eventually possibly".split()
)
_VERB_OPENERS = frozenset(
    "to do does did not won't wouldn't can't couldn't didn't don't doesn't".split()
)
#: Words before "halves" that make it the noun: "two halves", "the halves of".
_NOUN_BEFORE = frozenset("the two both its their his her our my your into in of equal".split())


def multiplier_verb(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, a ``BASE_MULTIPLIERS`` word, is the verb: after a modal,
    "to" or "did" ("will double", "is expected to triple", "would more than double",
    "did not halve"), or "halves" after anything but a determiner or a count ("the
    price halves every year")."""
    j = i - 1
    if words[i] == "halves":
        return j >= 0 and words[j] not in _NOUN_BEFORE and words[j] not in UNITS
    while j >= 0 and words[j] in _BEFORE_VERB and i - j <= 3:
        j -= 1
    return j >= 0 and (words[j] in MODALS or words[j] in _VERB_OPENERS)


#: A scale word or "dozen" after "a" counts one of them: "a thousand" is 1,000.
A_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})

#: Hyphenated words led by "one" that count nothing: "a one-off", "one-sided".
ONE_IDIOMS = frozenset("one-off one-sided one-time one-way one-on-one one-upmanship".split())

# "one" is the number 1 when it counts something ("one soldier", "one in five", "one
# day later"); it is a pronoun after a determiner ("no one", "the one", "any one",
# "the only one"), in "one of", "one another" and "one can", and an indefinite time
# in "one day he left" or "will one day join".
ONE_DETERMINERS = frozenset("no any every each the this that which another such whichever".split())
ONE_ADJECTIVES = frozenset(
    "only same last next other right wrong new old big small latest final main real very "
    "little young first second third latter former bigger larger best worst good bad".split()
)
ONE_AFTER = frozenset("of another can could must should would might may will shall cannot".split())
#: Words that open a clause whose subject may be the generic "one" ("as one is
#: accustomed to say", "if one looks closely"): with a verb after it, "one" is no count.
ONE_CLAUSE_OPENERS = frozenset(
    "as if when whenever unless where whether though although while".split()
)
#: Finite forms of "be", "have" and "do" after the generic "one" ("as one is", "if one has").
ONE_AUXILIARIES = frozenset("is was has had does did".split())
MODALS = frozenset("will would could may might can should must shall".split())
TIMES = frozenset("day night morning afternoon evening time".split())
SPAN_AFTER = frozenset("later after before earlier ago".split())

#: Words before "second" that make it a unit of time ("a second later"), not 2nd.
TIME_SECOND_BEFORE = frozenset("a one per each every split another half".split())

#: A month, weekday or season in the possessive ("July's election", "Monday's vote")
#: -> the word itself: the same date (``period_word`` reads "last year's" so).
POSSESSIVE_DATES = {w + mark: w for w in (*MONTHS, *WEEKDAYS, *SEASONS) for mark in ("'s", "’s")}
#: The words other than number words that may start a number-like expression.
NUMBER_WORDS = (
    frozenset(RELATIVE) | frozenset(MAGNITUDES) | frozenset(MONTHS) | frozenset(MONTH_ABBR)
    | frozenset(WEEKDAYS) | frozenset(SEASONS) | frozenset(MULTIPLIERS)
    | frozenset(BASE_MULTIPLIERS)
)  # fmt: skip
