"""Charsets a file declares, and text that is no text: the checks ``decode`` makes
beyond UTF-8.

An HTML page names its charset (``<meta charset="windows-1251">``); read as cp1252 it
was mojibake. A binary file without NUL bytes decodes as latin-1 (every byte is a
character) into control characters, which were diffed as if they were words.
"""

from __future__ import annotations

import codecs
import re

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
