"""Abbreviations of news copy in Russian, Ukrainian, Spanish, Portuguese, Italian, Polish,
Greek, German and French: which end no sentence, and which end one when a capital
follows; German ordinals ("vom 2. Polizeirevier").

sentencex segments each of these languages with its own abbreviation list when it is
told the language (``sentences.segmenter_language``; its lists are
``src/languages/abbrev/*.txt`` of github.com/wikimedia/sentencex). It reads every
abbreviation on its lists as going on with the sentence, and its lists miss some that
news copy writes. This table adds, per language, the common abbreviations of news copy
(written from the languages' style guides' usual lists: titles, street types, units,
"etc."), in three kinds:

- ``titles``: written before a name, a street, a page or a number ("проф. Петров",
  "ул. Тверской", "Dra. López", "pág. 5"): a full stop after one ends no sentence.
- ``ends``: units, money and "etc." ("5 млн. руб.", "т. д.", "EE. UU.", "ecc."), which
  stand at the end of a sentence as often as inside one: before a capital the sentence
  ends; before a lower-case word it goes on (``sentences._lower_word_follows``, in every
  language).
- ``numbers``: words written before a figure ("ok. 300", "godz. 12", "ок. 300"): a
  full stop after one before a figure ends no sentence; before a capital it ends one.
- ``years``: "г.", "гг." (year, years) or "см." after a figure ends the sentence
  before a capital ("... в 2023 г. Пожар ...", "в 1990-х гг. Затем", "Рост 5 см. Потом"), but not when the figure opens the
  sentence, alone or after a short preposition ("В 2020 г. Росстат сообщил"); without a
  figure before it, it is a title ("г. Москва", "г. Иванов", "см. Приложение").

A capital Cyrillic letter with its full stop before a capital is an initial ("А. С.
Пушкин"): no sentence end (a sentence ending in a one-letter name, "в блок Б.", joins
the next one; news copy writes initials far more often).

German ordinals (``Kinds.ordinal_after``, ``Kinds.months``): a figure's full stop
after an article or before a month name ("die 3. Reform", "am 4. Dezember").

English keeps sentencex's English rules and ``sentences``' own: no table here, but its
titles (``ENGLISH_TITLES``, ``TITLE_FOLLOWS``); nor Hindi, Arabic and Vietnamese, whose
titles ``script_titles`` reads by their script ("डॉ.", "د.", "TS.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsdiff.core import counted

#: English titles before a name, a street or a number: a full stop after one ends no
#: sentence ("Ms. Lindqvist", ``sentences._joins``).
ENGLISH_TITLES = (
    "Mr|Ms|Mrs|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|St|Jr|Sr|No|vs|Messrs"
    "|Atty|Maj|Adm|Cmdr|Brig|Cpl|Pvt|Det|Insp|Supt|Ft|Mt"
)
#: A full stop that ends a sentence before a capital though sentencex reads it as an
#: abbreviation's and goes on: after "May", "no" or "art", words its English list holds
#: that news writes far more often whole ("Prices rose in May. Prices fell in June."
#: was one sentence, "June. Prices" two), before a capitalised word or an initialism;
#: and after a word of its list before a person's title and a name ("... Apple Inc.
#: Mr. Cook said"), unless the word is a title itself ("Lt. Gen. Smith") or a letter of
#: an initialism ("U.S. Rep. Smith"). "No. 10", "Art. IV", "vs. Dr. Jones" go on.
#: ... and the openers a capitalised word does not cover (r19b finding 5): a word in
#: capitals that is no Roman numeral and goes on with no hyphen, figure or stop
#: ("AP", "NATO", "EU", "US", "IBM"; not "Art. IV", "no. CV-2023-114"), and "A" or "I"
#: before a word ("A spokesman", '"I will stay"'). After "May", the month, never
#: written short, a figure too, as after "June" ("in May. 2024 was ...").
_CAPS_OPENER = r"(?:(?![IVXLCDM]+\b)[A-Z]{2,}\b(?![-\d/.])|[AI]\s+[A-Za-z])"
#: What opens a sentence after "no.": a capitalised word, an initialism, a word in capitals.
_OPENER = rf"[\"“‘(]?(?:[A-Z](?:[a-z]|\.[A-Z])|{_CAPS_OPENER})"
#: "me." before such an opener, a closing quote between or none: the pronoun, which
#: sentencex's English list holds as Maine's (AP writes Maine whole), ends its sentence
#: ('She said, "Call me." Nobody did.' was one: review r23b). French text keeps "Me."
#: (Maître) before a name by its own table's titles (``TABLE["fr"]``, ``joins``).
ME_ENDS = re.compile(rf"(?<![\w.'’-])me\.[\"”’']?(?=\s+{_OPENER})")
#: "No." (a full stop the segmenter reads as "number"'s) before such an opener: the
#: word "no" ending its sentence ("No. Inflation rose."); "No. 10" goes on.
NO_OPENS = re.compile(_OPENER)
#: "No." after a word that a noun follows is "number"'s, never the answer: "the", a
#: possessive determiner, a noun's "'s" ("The agency's No. Two official", "The No. Ten
#: shirt"; not a pronoun's: "It's no."), and the ranking words "world", "ranked",
#: "seeded" ("the world No. One"). Not "a": "That's a no." is the answer.
_RANK_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our|[Ww]hose|world"
    r"|ranked|seeded)|\b(?!(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]e|[Ss]he|[Ww]hat|[Ww]ho|[Hh]ere"
    r"|[Ww]here|[Hh]ow|[Ll]et)['’])\w+['’]s|s['’])\s+[Nn]o\.$"
)
#: A number spelled out, a figure as "10" is ("No. Two official", "No. Ten shirt").
_SPELLED_NUMBER = re.compile(
    r"[\"“‘(]?(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen"
    r"|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty"
    r"|Sixty|Seventy|Eighty|Ninety|Hundred)\b"
)


def no_is_number(tail: str, nxt: str, line: str = "", start: int = 0) -> bool:
    """Whether "No." (or "no.") ending ``tail`` is "number"'s abbreviation before
    ``nxt``, though a capitalised word follows (ac0beee cut "No. Inflation rose."): after
    a word a noun follows (``_RANK_BEFORE``: "the party's No. Three", "the world No.
    One"), or a capitalised "No." before a number spelled out ("He is now No. Two", "No.
    Two official John Smith resigned.") but where it opens a quote or its sentence after
    a question (``line[:start]``, the paragraph before ``tail``): "Was anyone hurt? No.
    One man was." and '"No. Two aides quit," he said.' are the answer, as "He said no.
    Two aides quit." is."""
    if _RANK_BEFORE.search(tail, max(0, len(tail) - 40)):
        return True
    if not tail.endswith("No.") or _SPELLED_NUMBER.match(nxt) is None:
        return False
    bare = tail.lstrip('"“‘( ')
    if bare != "No.":
        return True
    return bare == tail.lstrip("( ") and _ASKED.search(line, max(0, start - 8), start) is None


#: A question's end, its closing quote and spaces after it: what an answer follows.
_ASKED = re.compile(r"\?[\"”’)]*\s*$")


TITLE_FOLLOWS = re.compile(
    r"(?<![\w.])(?:(?:[Mm]ay\.(?=\s+(?:\d|[\"“‘(]?(?:[A-Z](?:[a-z]|\.[A-Z])|"
    rf"{_CAPS_OPENER}))))|[Nn]o\.(?=\s+{_OPENER})"
    r"|[Aa]rt\.(?=\s+[\"“‘(]?[A-Z](?:[a-z]|\.[A-Z]))"
    rf"|(?!(?:{ENGLISH_TITLES})\.)[A-Za-z][a-z]+\.(?=\s+(?:Mr|Ms|Mrs|Mx|Dr|Prof|Sen|Rep"
    r"|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Atty|Maj|Adm|Cmdr|Brig|Cpl|Pvt|Det|Insp|Supt|Messrs)"
    r"\.\s+[A-Z]))"
)


def spaced_stop(piece: str) -> bool:
    """Whether a full stop in ``piece`` has a space after it, where ``TITLE_FOLLOWS`` may
    match: " ", a tab or any Unicode separator (Zs: no-break, thin, em, figure,
    ideographic space; Zl, Zp: ``str.isspace``), as spacing is no change. Text that is
    not ASCII finds its full stops (``str.find``): a test of every character
    (``isprintable``) cost about 18 M instructions of the 1 MB pair."""
    if ". " in piece or "\t" in piece:
        return True
    if piece.isascii():
        return False
    k = piece.find(".")
    while 0 <= k < len(piece) - 1:
        after = piece[k + 1]
        if after != " " and after.isspace():
            return True
        k = piece.find(".", k + 1)
    return False


def word_cuts(piece: str) -> list[int]:
    """Sentence ends after a word sentencex's English list holds (TITLE_FOLLOWS, ME_ENDS)."""
    out = [m.end() for m in ME_ENDS.finditer(piece)] if "me." in piece else []
    if spaced_stop(piece):  # after "May." any space is a space
        out += [m.end() for m in TITLE_FOLLOWS.finditer(piece)]
    return out


@dataclass(frozen=True)
class Kinds:
    """A language's abbreviations, lower case, without their last full stop and parted
    by spaces. A full stop inside one may have a space after it ("т.е" is "т.е." and
    "т. е."); a conjunction ("и", "та", "і", "i") and the word after it are one entry
    ("и др", "and others"), matched across any run of spaces."""

    titles: str
    ends: str
    years: str = ""
    #: Words before a figure ("ok. 300 osób", "ок. 300 чел.").
    numbers: str = ""
    #: Words before a figure that make the figure and its full stop an ordinal ("vom 2.
    #: Polizeirevier", "die 3. Reform"): German writes ordinals with a full stop and
    #: capitalises every noun, so a capital after "2." says nothing; an article or a
    #: preposition's contraction before the figure does.
    ordinal_after: str = ""
    #: Month names (and their short forms): a figure's full stop before one is a date's
    #: ordinal ("am 4. Dezember", "Berlin, 4. Dezember.").
    months: str = ""
    #: A capital Latin letter and its full stop before a capital is an initial ("M.
    #: Dupont"): sentencex's English rules read it so, its French and German ones do not.
    latin_initials: bool = False


#: The table: language code (ISO 639-1) -> its abbreviations.
TABLE: dict[str, Kinds] = {
    "ru": Kinds(
        titles="г гр ул пр просп пер пл наб проф акад доц им ст с стр см т.е т.н напр тов",
        ends="т.д т.п и др и пр млн млрд трлн тыс руб коп долл чел",
        years="г гг см",
        numbers="ок",
    ),
    "uk": Kinds(
        titles="м р вул просп пров пл проф акад доц ім ст с стор див т.зв напр",
        ends="т.д т.п та ін і ін млн млрд трлн тис грн коп дол чол",
        years="р рр см",
        numbers="бл",
    ),
    "es": Kinds(
        titles="sr sra srta sres dr dra dres lic ing av avda pág págs núm aprox prof gral "
        "ee sto sta excmo pdte",
        ends="etc ee.uu ud uds",
    ),
    "pt": Kinds(
        titles="sr sra srta dr dra prof profa eng av pág págs núm gen cel dep exmo sto sta",
        ends="etc ltda",
    ),
    "it": Kinds(
        titles="sig sigg sig.ra sig.na dott dott.ssa prof prof.ssa avv ing on arch mons gen "
        "col pag pagg",
        ends="ecc s.p.a s.r.l",
    ),
    "pl": Kinds(
        titles="ul al pl os prof dr hab doc mgr inż im gen płk ks np tzw m.in św ds",
        ends="tys mln mld zł itd itp i in",
        years="r",
        numbers="ok godz",
    ),
    "el": Kinds(
        titles="κ κα δρ καθ οδ λεωφ",
        # "π.μ.", "μ.μ." (a.m., p.m.) end a sentence before a capital as "p.m." does.
        ends="εκατ δισ χιλ κλπ κτλ π.μ μ.μ",
    ),
    "de": Kinds(
        titles="ca bzw vgl nr abs hr fr dipl ing",
        ends="usw etc",
        ordinal_after="der die das dem den des am im vom zum zur beim ins "
        "einem einen einer eines jedem jeden",
        months="januar jänner februar märz april mai juni juli august september oktober "
        "november dezember jan feb mär apr jun jul aug sep sept okt nov dez",
        latin_initials=True,
    ),
    "fr": Kinds(
        titles="mm mme mlle mgr me pr dr env",
        ends="etc",
        latin_initials=True,
    ),
}


@dataclass(frozen=True)
class Rules:
    """A language's compiled patterns."""

    #: A title (or a year word with no figure before it) ending a text.
    title_end: re.Pattern[str]
    #: An ending abbreviation before a space and more text.
    end_before: re.Pattern[str]
    #: A year word after a figure, before a space and more text.
    year_before: re.Pattern[str] | None
    #: A year word after a figure, ending a text.
    year_end: re.Pattern[str] | None
    #: A figure and its full stop ending a text after a word of ``ordinal_after``.
    ordinal_end: re.Pattern[str] | None
    #: A month name opening a text (past opening marks).
    month_start: re.Pattern[str] | None
    #: An initial ending a text: a capital letter and its full stop.
    initial_end: re.Pattern[str]
    #: A word of ``numbers`` and its full stop ending a text.
    number_end: re.Pattern[str] | None = None


_CONJUNCTIONS = frozenset({"и", "та", "і", "i"})


def _split_entries(text: str) -> list[str]:
    """The entries of a kind: words, where a conjunction joins the word after it ("и
    др", "та ін", "i in": "and others", written as two words)."""
    out: list[str] = []
    join = False
    for word in text.split():
        if join:
            out[-1] += " " + word
            join = False
            continue
        out.append(word)
        join = word in _CONJUNCTIONS
    return out


def _pattern(text: str) -> str:
    words = sorted(set(_split_entries(text)), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\.", r"\.\s?").replace(r"\ ", r"\s+") for w in words)


#: A capital Cyrillic letter and its full stop ending a text: an initial.
_CYRILLIC_INITIAL = re.compile(r"(?<![\w.])[А-ЯЁЄІЇҐЎ]\.\Z")
#: The same in the Latin script (``Kinds.latin_initials``).
_LATIN_INITIAL = re.compile(r"(?<![\w.])[A-ZÀ-ÖØ-Þ]\.\Z")
#: Opening marks skipped to find the first letter after an abbreviation.
_OPENERS = "\"'“‘«„‹(["
#: A figure and its full stop ending a text: a date's day before a month name.
_FIGURE_END = re.compile(r"(?<![\w.])\d{1,2}\.\Z")

#: A case ending after a figure: "1990-х гг.", "2020-му р.".
_SUFFIX = r"(?:-[^\W\d_]{1,3})?"


@cache
def rules(lang: str) -> Rules | None:
    """The compiled rules of ``lang`` (a code such as ru, pt-BR), or None if the table
    has none."""
    kinds = TABLE.get(lang.split("-")[0].lower())
    if kinds is None:
        return None
    titles, ends = _pattern(kinds.titles), _pattern(kinds.ends)
    years = _pattern(kinds.years) if kinds.years else None
    return Rules(
        title_end=re.compile(rf"(?<![\w.])(?:{titles})\.\Z", re.IGNORECASE),
        end_before=re.compile(rf"(?<![\w.])(?:{ends})\.(?=\s+\S)", re.IGNORECASE),
        year_before=(
            re.compile(rf"(?<=\d){_SUFFIX}\s?(?:{years})\.(?=\s+\S)", re.IGNORECASE)
            if years
            else None
        ),
        year_end=(
            re.compile(rf"(?<=\d){_SUFFIX}\s?(?:{years})\.\Z", re.IGNORECASE) if years else None
        ),
        ordinal_end=(
            re.compile(
                rf"(?<![\w.])(?:{_pattern(kinds.ordinal_after)})\s+\d{{1,3}}\.\Z", re.IGNORECASE
            )
            if kinds.ordinal_after
            else None
        ),
        month_start=(
            re.compile(rf"[{re.escape(_OPENERS)}]*(?:{_pattern(kinds.months)})\b", re.IGNORECASE)
            if kinds.months
            else None
        ),
        initial_end=_LATIN_INITIAL if kinds.latin_initials else _CYRILLIC_INITIAL,
        number_end=(
            re.compile(rf"(?<![\w.])(?:{_pattern(kinds.numbers)})\.\Z", re.IGNORECASE)
            if kinds.numbers
            else None
        ),
    )


#: Vowels of the Cyrillic and Greek alphabets.
_VOWELS = frozenset("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄαεηιουωάέήίόύώϊϋΐΰΑΕΗΙΟΥΩΆΈΉΊΌΎΏ")


def no_vowel(word: str) -> bool:
    """Whether ``word`` (no ASCII vowel in it) is written with no vowel, as an
    abbreviation is ("млн", "pág"): a word of Latin, Cyrillic or Greek letters without
    their vowels. A word of any other script (Arabic, Devanagari) has no vowel letters
    to tell by: False ("человек." before "15 домов" ends its sentence; so does an Arabic
    word's full stop before a figure; both once read as "pp." does)."""
    return _VOWELS.isdisjoint(word) and all(ch < "\u0530" for ch in word)


def _opens_sentence(text: str, year: int) -> bool:
    """Whether the figure that the year word at ``year`` follows opens the sentence
    ``text``, alone or after a preposition of three letters at most ("2020 г.", "В 2020
    г.", "До 2020 г.", "W 2023 r."; not "Рост 5 см.")."""
    words = text[:year].split()
    return len(words) == 1 or (len(words) == 2 and len(words[0]) <= 3)


def _capital_after(text: str, at: int) -> bool:
    """Whether the first letter after ``at`` (past spaces and opening marks) is a capital."""
    return text[at:].lstrip().lstrip(_OPENERS)[:1].isupper()


def joins(lang_rules: Rules, prev: str, nxt: str) -> bool:
    """Whether a boundary between ``prev`` (one sentence's text) and ``nxt`` is no
    sentence end by the table: a title before it, a word of ``numbers`` before a figure,
    an initial before a capital, or a year that opens its sentence."""
    if lang_rules.year_end is not None:
        year = lang_rules.year_end.search(prev)
        if year is not None:
            return _opens_sentence(prev, year.start()) or not _capital_after(nxt, 0)
    if lang_rules.title_end.search(prev) is not None:
        return True
    if lang_rules.number_end is not None and nxt[:1].isdigit():
        word = lang_rules.number_end.search(prev)
        # "ok." is also okay: before a figure it goes on only where the figure counts.
        if word is not None and (
            word.group()[:-1].lower() not in counted.ALSO_A_WORD or counted.counts(nxt)
        ):
            return True
    if lang_rules.ordinal_end is not None and lang_rules.ordinal_end.search(prev) is not None:
        return True
    if (
        lang_rules.month_start is not None
        and lang_rules.month_start.match(nxt) is not None
        and _FIGURE_END.search(prev) is not None
    ):
        return True
    return lang_rules.initial_end.search(prev) is not None and _capital_after(nxt, 0)


def cuts(lang_rules: Rules, text: str) -> list[int]:
    """Offsets in ``text`` (one sentence as segmented) after an ending abbreviation, or
    a year word that does not open the sentence, that a capital follows: sentence ends
    the segmenter took for an abbreviation's."""
    out = [m.end() for m in lang_rules.end_before.finditer(text) if _capital_after(text, m.end())]
    if lang_rules.year_before is not None:
        out += [
            m.end()
            for m in lang_rules.year_before.finditer(text)
            if _capital_after(text, m.end()) and not _opens_sentence(text, m.start())
        ]
    return sorted(set(out))
