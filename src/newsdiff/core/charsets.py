"""Charsets a file declares, and text that is no text: the checks ``decode`` makes
beyond UTF-8.

An HTML page names its charset (``<meta charset="windows-1251">``); read as cp1252 it
was mojibake. A file that names none and is not UTF-8 may still be Cyrillic in one of
its single-byte charsets (``guess_cyrillic``). A binary file without NUL bytes decodes as latin-1 (every byte is a
character) into control characters, which were diffed as if they were words.
"""

from __future__ import annotations

import codecs
import re

#: Byte-order marks newsdiff decodes besides UTF-8's, longest first: UTF-32 LE's starts
#: with UTF-16 LE's, and NUL bytes are part of these encodings, not a sign of binary.
BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

ENCODING_NAMES = {
    "utf-32-le": "UTF-32 (little-endian)",
    "utf-32-be": "UTF-32 (big-endian)",
    "utf-16-le": "UTF-16 (little-endian)",
    "utf-16-be": "UTF-16 (big-endian)",
}


#: Labels browsers read as another charset (the WHATWG Encoding Standard): gb2312 and
#: gbk pages are decoded as their superset gb18030, latin-1 and ASCII pages as cp1252.
_ALIASES = {
    **dict.fromkeys(("gb2312", "gbk", "x-gbk", "csgb2312", "chinese", "gb_2312-80"), "gb18030"),
    **dict.fromkeys(
        ("iso-8859-1", "iso8859-1", "latin1", "l1", "ascii", "us-ascii", "cp819"), "cp1252"
    ),
}

#: Python codecs that are charsets of text (codecs.lookup also knows rot13, hex, zip,
#: unicode_escape ...: a page declaring one of those is no page to obey). UTF-8, -16 and
#: -32 are not here: UTF-8 is tried before any declaration, and a page cannot declare
#: UTF-16 in a meta tag it would have to be UTF-16 to read.
_CHARSET = re.compile(
    r"(?:cp\d+|iso8859_\d+|koi8_[a-z]+|mac_[a-z]+|gb2312|gbk|gb18030|big5(?:hkscs)?"
    r"|euc_[a-z_0-9]+|shift_jis(?:_2004|x0213)?|iso2022_[a-z0-9_]+|tis_620|hz|johab"
    r"|ptcp154|kz1048|latin_1|ascii)"
)


def codec_for(label: str) -> str | None:
    """The Python codec for a declared charset label, or None for one newsdiff does not
    know (or will not use)."""
    label = label.strip().lower()
    label = _ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # Python names some codecs with hyphens (koi8-r, iso8859-5), others with underscores.
    return name if _CHARSET.fullmatch(name.replace("-", "_")) else None


#: Control characters text does not hold: C0 but tab, newline, carriage return and form
#: feed; DEL; C1 (what latin-1 makes of bytes 0x80-0x9F).
_GARBAGE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

#: A share of such characters above which a decoded file is binary. Text has none or a
#: stray few (a hostile escape sequence); random bytes decoded as latin-1 have about a
#: quarter (27 C0, DEL and 32 C1 values of 256).
GARBAGE_SHARE = 0.05


def is_garbage(text: str) -> bool:
    """Whether ``text`` is mostly control characters: bytes that were never text."""
    return len(_GARBAGE.findall(text)) > GARBAGE_SHARE * len(text)


#: A file that is not UTF-8 is guessed from its first bytes only: 64 KB hold thousands
#: of words, and a 30 MB file is not read twice over.
GUESS_SAMPLE = 64 * 1024
#: The single-byte Cyrillic charsets a file that declares none is tried in, by
#: charset-normalizer's names, with the Python codec each is decoded by.
_CYRILLIC = {"cp1251": "cp1251", "koi8_r": "koi8-r"}
#: Two letters in a row in the upper half of a single-byte charset (0xC0-0xFF is the
#: Cyrillic alphabet in both): without them no Cyrillic word is there to find.
_TWO_HIGH = re.compile(rb"[\xc0-\xff]{2}")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
#: Of the words with a letter beyond ASCII, at least this share must be wholly
#: Cyrillic. Latin text read in a Cyrillic charset keeps its ASCII letters around
#: the Cyrillic ones ("cafй", "Zьrich", "StraЯe"); Russian has Latin only in names.
CYRILLIC_WORDS = 0.8


def guess_cyrillic(data: bytes) -> str | None:
    """The Python codec of the Cyrillic charset ``data`` (not UTF-8) reads as, or
    None: charset-normalizer weighs cp1251 and KOI8-R against cp1252 on the first
    GUESS_SAMPLE bytes, and a Cyrillic winner must read as Cyrillic words, not as
    Latin words with letters swapped (cp1252 and latin-1 text stays theirs)."""
    sample = data[:GUESS_SAMPLE]
    if _TWO_HIGH.search(sample) is None:
        return None
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=["cp1252", *_CYRILLIC]).best()
    if best is None or best.encoding not in _CYRILLIC:
        return None
    codec = _CYRILLIC[best.encoding]
    words = [w for w in _LETTERS.findall(sample.decode(codec, "replace")) if not w.isascii()]
    cyrillic = sum(all("\u0400" <= ch <= "\u04ff" for ch in w) for w in words)
    return codec if words and cyrillic >= CYRILLIC_WORDS * len(words) else None


def utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 codec (``utf-16-le``, ``utf-16-be``) ``data`` is text in though it has
    no byte-order mark, or None. Such a file was "binary (contains NUL bytes)" (review
    r24a: hostile/peru_utf16le_nobom.txt): in Latin text every character's high byte is
    NUL. So: an even length, at least half the bytes on one side of the pairs NUL, and
    text in that order (valid, no NUL character, not mostly control characters)."""
    if len(data) < 4 or len(data) % 2:
        return None
    for encoding, high in (("utf-16-le", 1), ("utf-16-be", 0)):
        highs = data[high::2]
        if highs.count(0) * 2 < len(highs):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and not is_garbage(text):
            return encoding
    return None


def decoded_as(encoding: str, guessed: bool = False) -> str:
    """What the user is told about a file that is not plain UTF-8 ("" for UTF-8);
    ``guessed``: the encoding was read from the bytes (``Article.guessed``)."""
    if encoding == "utf-8":
        return ""
    if encoding == UTF8_STRAYS:
        return "UTF-8 but for a few bytes that are not, read as cp1252"
    if guessed and encoding in ENCODING_NAMES:  # ``utf16_without_bom``
        name = ENCODING_NAMES[encoding]
        return f"not valid UTF-8, decoded as {name} (guessed from its bytes: no byte-order mark)"
    if guessed:
        return f"not valid UTF-8, decoded as {encoding} (guessed from its bytes)"
    if encoding in ENCODING_NAMES:
        return f"not UTF-8: decoded as {ENCODING_NAMES[encoding]}, as its byte-order mark says"
    if encoding not in FALLBACKS:
        return f"not UTF-8: decoded as {encoding}, as the page declares"
    return f"not valid UTF-8, decoded as {encoding}"


#: What ``article.decode`` falls back to when nothing says what a file is.
FALLBACKS = ("cp1252", "latin-1")


#: The encoding of a file ``utf8_but_strays`` read.
UTF8_STRAYS = "utf-8+cp1252"
#: The byte values a stray-byte note is about, as ``surrogateescape`` decodes them.
_ESCAPED = re.compile("[\udc80-\udcff]")


def utf8_but_strays(data: bytes) -> tuple[str, int, int] | None:
    """``data`` read as UTF-8 with its few invalid bytes read as cp1252 (U+FFFD for the
    five cp1252 leaves undefined), how many such bytes, and where the first is (a byte
    offset); None when the file is not UTF-8 at heart.

    One cp1252 byte pasted into a UTF-8 file (an "é" typed in an old editor) made the
    whole file fall back to latin-1, every curly quote turning into "â€™" and read as a
    change. A file is UTF-8 at heart when it holds at least as many valid multi-byte
    UTF-8 characters as invalid bytes: a cp1252 or latin-1 file has no multi-byte
    sequence but by accident (a capital accented letter before a symbol), one invalid
    byte per accented letter.
    """
    text = data.decode("utf-8", "surrogateescape")
    strays = _ESCAPED.findall(text)
    if not strays or sum(not ch.isascii() for ch in text) < 2 * len(strays):
        return None
    first = _ESCAPED.search(text)
    assert first is not None
    offset = len(text[: first.start()].encode("utf-8", "surrogateescape"))
    fixed = _ESCAPED.sub(
        lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", "replace"), text
    )
    return fixed, len(strays), offset


def strays_note(count: int, offset: int, line: int) -> str:
    """The one line a file that ``utf8_but_strays`` read is reported with."""
    what = "1 byte that is not" if count == 1 else f"{count} bytes that are not"
    return f"UTF-8 but for {what} (the first at byte {offset:,}, line {line}), read as cp1252"
