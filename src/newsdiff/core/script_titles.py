"""Titles read by their script, in languages ``core.abbreviations`` has no table for:
Hindi's "डॉ." (Dr.), Arabic's "د." (Dr.), Vietnamese's "TS." (doctor), "ThS." (master),
"PGS." (associate professor): a full stop after one ends no sentence before a name.
"""

from __future__ import annotations

import re

#: A Devanagari letter or sign and a full stop ending a text: Hindi ends a sentence with
#: "।", so a "." after a word is an abbreviation's ("डॉ." Dr., "प्रो." Prof.).
_DEVANAGARI_DOT = re.compile(r"[\u0900-\u0963\u0971-\u097f]\.\Z")
#: A word of one Arabic-script letter and its full stop ending a text: a title's
#: abbreviation ("د." Dr., "م." engineer, "أ." professor, "ص." page); no word of one
#: letter ends an Arabic sentence (the one-letter words are prefixes).
_ARABIC_LETTER_DOT = re.compile(r"(?<![\w.])[\u0621-\u064a\u0671-\u06d3]\.\Z")
#: A text opening with a Devanagari or an Arabic-script letter.
_DEVANAGARI_START = re.compile(r"[\u0900-\u0963\u0971-\u097f]")
_ARABIC_START = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")


#: Data table: Vietnamese titles written before a name, and "TP." (thành phố, city)
#: before a city's: tiến sĩ (doctor), thạc sĩ (master), phó giáo sư (associate
#: professor), giáo sư (professor), bác sĩ (physician), kỹ sư (engineer); "PGS.TS."
#: writes two ("PGS.TS. Trần Văn B", "ThS. Lê Thị C", "TS. Nguyễn Văn A").
_VIETNAMESE_TITLES = "PGS|ThS|TS|GS|BS|KS|TP"
_VIETNAMESE_TITLE_END = re.compile(rf"(?<!\w)(?:{_VIETNAMESE_TITLES})\.\Z")
#: A letter only Vietnamese writes among Latin-script languages: ơ, ư, and the vowels
#: with a tone mark of Unicode's Latin Extended Additional block ("ạ", "ầ", "ễ", "ộ").
_VIETNAMESE_LETTER = re.compile("[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")


def script_joins(prev: str, nxt: str, line: str = "") -> bool:
    """Whether a boundary the segmenter found after an abbreviation of a script whose
    language the table lacks is no sentence end: a Devanagari word's full stop before a
    Devanagari word, where the sentences around it end with "।" (Marathi and Nepali
    copy that end sentences with "." keep them), a one-letter Arabic-script word's, or a
    Vietnamese title's before a capital in a paragraph (``line``) written in Vietnamese
    (an English "TS." ends its sentence as before)."""
    # The patterns end at the text's end and look one letter back: searched over the
    # whole sentence they tried every position of it, 3.9% of the 1 MB pair's diff.
    tail = prev[-3:]
    if _DEVANAGARI_DOT.search(tail) is not None:
        return _DEVANAGARI_START.match(nxt) is not None and ("।" in nxt or "।" in prev)
    if _ARABIC_LETTER_DOT.search(tail) is not None:
        return _ARABIC_START.match(nxt) is not None
    return prev.endswith(("S.", "TP.")) and _vietnamese_title(prev[-6:], nxt, line)


#: Data table: the commonest Vietnamese family names, which open a person's name ("Trần
#: Văn B"); a title before one and another capitalised word is a name's, while a
#: capital that opens a clause ("Năm nay", "Theo báo cáo", "Theo Bộ Y tế") follows a
#: title that ends its sentence ("bảo vệ luận văn ThS. Năm nay ...", review r23c).
_FAMILY_NAMES = frozenset(
    """Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn
    Vương Trịnh Trương Lâm Phùng Mai Tô Hà Cao Lưu Đinh Tạ Thái Lương Chu Kiều Quách
    Triệu Tăng La Đàm Nghiêm Lại Châu Hứa Từ Thân Mạc Tôn Khúc Kim Giang Hầu Quan Ông
    Diệp Âu Lục Tống Nông Mạnh Văn""".split()
)


def _vietnamese_title(tail: str, nxt: str, line: str) -> bool:
    """Whether ``tail`` ends with a Vietnamese title before a name, in Vietnamese: a
    family name and a capitalised word after a person's title, a capital after "TP."
    (a city: "TP. Hồ Chí Minh")."""
    if not nxt[:1].isupper() or _VIETNAMESE_LETTER.search(line or nxt) is None:
        return False
    title = _VIETNAMESE_TITLE_END.search(tail)
    if title is None:
        return False
    if title.group() == "TP.":
        return True
    words = nxt.split(maxsplit=2)
    return len(words) > 1 and words[0] in _FAMILY_NAMES and words[1][:1].isupper()
