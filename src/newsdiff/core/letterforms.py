"""Arabic-script letters that are one letter typed two ways (Urdu, Persian, Arabic).

Urdu and Persian text on the web is typed on Urdu, Persian and Arabic keyboards, and the
same word arrives in different code points that look alike: "کتاب" from an Urdu keyboard
holds keheh (U+06A9) where "كتاب" from an Arabic one holds kaf (U+0643). Diacritics are
optional, tatweel only stretches a line, the joiners only steer shaping, and a figure
may be written in any of three sets of digits. NFKC folds none of these, so a reprint
typed on another keyboard read as every other word changed and its reuse as near 0.

``fold_arabic`` gives the form newsdiff compares (``core.article.normalize``; under
``--ignore-spelling`` also ``meaning.options``); the text shown is never changed. It
follows the Urdu normalisers (urdunorm's "eval" protocol and the urdu-text crate:
Arabic-keyboard letters to their Urdu code points, vowel marks out, the three sets of
digits as one), not the Arabic or Persian ones, which also fold letters Urdu keeps apart
(Lucene's PersianNormalizer writes yeh barree as yeh; Arabic normalisers write alef
madda as alef and drop hamza). Each fold, to the form Urdu types:

- yeh: Arabic yeh U+064A and alef maksura U+0649 -> Farsi yeh U+06CC (an Urdu or
  Persian final yeh is drawn as alef maksura is, so Arabic keyboards type that). In
  Arabic the two can tell words apart ("على" on, "علي" Ali), but web text writes one
  for the other as often, and Arabic search folds them too: such a change is a variant;
- kaf: Arabic kaf U+0643 -> keheh U+06A9;
- heh: Arabic heh U+0647 -> heh goal U+06C1, and teh marbuta U+0629 -> teh marbuta goal
  U+06C3. Heh doachashmee U+06BE (ھ) stays apart: in Urdu it marks aspiration, "تھا"
  (was) is not "تہا"; nor is yeh barree U+06D2 (ے) a yeh ("کے" is not "کی"), nor
  noon ghunna U+06BA a noon, nor alef madda (آ) an alef ("آم" is not "ام");
- hamza: a letter with hamza above is written as the letter followed by the mark, so a
  hamza typed on its own after Farsi yeh (no precomposed letter exists) meets the one
  typed as U+0626 ("ئ"), and ۀ U+06C0 (heh with yeh above, Persian) meets ۂ U+06C2. The
  mark itself stays: "کوئی" without it is no word, and madda and hamza (U+0653-U+0655)
  are parts of letters, not vowels;
- every other combining mark of the Arabic block goes: the vowel marks, tanwin, shadda,
  sukun (U+064B-U+0652), the rarer vowel signs (U+0656-U+065F), superscript alef U+0670,
  the honorific and Quranic signs (U+0610-U+061A, U+06D6-U+06ED);
- tatweel U+0640, the zero-width non-joiner and joiner U+200C/U+200D, and the
  direction marks U+061C, U+200E, U+200F go;
- Arabic-Indic (U+0660-U+0669) and Extended Arabic-Indic (U+06F0-U+06F9, Urdu and
  Persian) digits are ASCII digits, with the Arabic decimal and thousands separators and
  percent sign as ".", "," and "%": "۱۲۰۰" is the number 1200;
- hamza before yeh barree: "لئے" and "لیے" ("for"), "کئے"/"کیے", "دئے"/"دیے",
  "چاہئے"/"چاہیے" are one word in the older and the reformed Urdu spelling (the Urdu
  Dictionary Board's), and news of one day prints both; no word tells them apart, so
  yeh, hamza, yeh barree compares as yeh, yeh barree. Before any other letter the
  hamza stays ("کوئی" is not "کوی").

``fold_arabic(text, marks=True)`` (the comparison form, ``core.article.normalize``) also
writes the script's own punctuation as the Latin marks it stands for: the Arabic comma
"،", semicolon "؛", question mark "؟" and the Urdu full stop "۔" as ",", ";", "?", ".",
as NFKC writes full-width "，" as ",". A reprint that types the other marks then aligns
and reuses as the same text, and the change is a ``variant`` of punctuation style, which
``--ignore-punctuation`` drops, not ``--ignore-spelling`` (that one folds letters only).

Letters of other scripts never change, and a text without a character of the Arabic
block (U+0600-U+06FF) is returned as it is, after one search in C: English pays that
search only when it is not ASCII, and nothing when it is.
"""

from __future__ import annotations

#: Letter -> the letter it compares as (see the module docstring).
LETTERS = {
    "\u064a": "\u06cc",  # ي Arabic yeh -> ی Farsi yeh
    "\u0649": "\u06cc",  # ى alef maksura -> ی
    "\u0643": "\u06a9",  # ك Arabic kaf -> ک keheh
    "\u0647": "\u06c1",  # ه Arabic heh -> ہ heh goal (not ھ U+06BE)
    "\u0629": "\u06c3",  # ة teh marbuta -> ۃ teh marbuta goal
    "\u0626": "\u06cc\u0654",  # ئ yeh with hamza -> ی + hamza above
    "\u06c0": "\u06c1\u0654",  # ۀ heh with yeh above -> ہ + hamza above
    "\u06c2": "\u06c1\u0654",  # ۂ heh goal with hamza -> ہ + hamza above
    "\u06d3": "\u06d2\u0654",  # ۓ yeh barree with hamza -> ے + hamza above
}
#: Marks and format characters that go (see the module docstring).
DROPPED = (
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0653)]
    + [chr(c) for c in range(0x0656, 0x0660)]
    + ["\u0670", "\u0640", "\u061c", "\u200c", "\u200d", "\u200e", "\u200f"]
    + [chr(c) for c in (*range(0x06D6, 0x06DD), *range(0x06DF, 0x06E5), 0x06E7, 0x06E8)]
    + [chr(c) for c in range(0x06EA, 0x06EE)]
)
#: Digits and number signs -> ASCII.
DIGITS = {
    **{chr(0x0660 + d): str(d) for d in range(10)},
    **{chr(0x06F0 + d): str(d) for d in range(10)},
    "\u066b": ".",
    "\u066c": ",",
    "\u066a": "%",
}

#: The script's punctuation -> the Latin marks it stands for (the comparison form only).
MARKS = {"\u060c": ",", "\u061b": ";", "\u061f": "?", "\u06d4": "."}

_TABLE = str.maketrans({**LETTERS, **DIGITS, **dict.fromkeys(DROPPED)})
_TABLE_MARKS = str.maketrans({**LETTERS, **DIGITS, **MARKS, **dict.fromkeys(DROPPED)})
#: Yeh + hamza above + yeh barree, as the table writes "ئے", and the reformed spelling.
_HAMZA_YEH_BARREE, _YEH_BARREE = "\u06cc\u0654\u06d2", "\u06cc\u06d2"
#: Every character the table changes but the joiners and direction marks is in the
#: Arabic block (U+0600-U+06FF), and those fold only in a text that has one of its
#: characters. In UTF-8 the block's characters, and only they, start with one of these
#: bytes: encoding and four byte searches (memchr) are half the cost of a regular
#: expression's search, and need no pattern compiled (2 M instructions).
_LEAD_BYTES = (b"\xd8", b"\xd9", b"\xda", b"\xdb")


def has_arabic(text: str) -> bool:
    """Whether ``text`` holds a character of the Arabic block (U+0600-U+06FF)."""
    if text.isascii():  # a flag of the string: no walk
        return False
    try:
        data = text.encode()
    except UnicodeEncodeError:  # a lone surrogate (a JSON record's "\ud800")
        data = text.encode("utf-8", "surrogatepass")
    return any(lead in data for lead in _LEAD_BYTES)


def fold_arabic(text: str, marks: bool = False) -> str:
    """``text`` with the Arabic-script letter forms, marks and digits of the module
    docstring folded, and its punctuation too if ``marks``; unchanged (the same object)
    when it has no Arabic-block character. Expects NFKC text (NFKC turns presentation
    forms into letters and composes a letter with its hamza, which this then writes out
    again)."""
    if not has_arabic(text):
        return text
    folded = text.translate(_TABLE_MARKS if marks else _TABLE)
    if _HAMZA_YEH_BARREE in folded:
        folded = folded.replace(_HAMZA_YEH_BARREE, _YEH_BARREE)
    return folded
