"""The aligner sees text written without spaces (Chinese, Japanese, Thai) as units, not
one word up to its first comma (outside review)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsdiff.core.align import align
from newsdiff.core.words import stems, unspaced_units

TANKS = "俄罗斯军队在仓促撤退中丢弃了大量坦克。"
HASTY = TANKS.replace("仓促", "匆忙")  # two characters changed
ARMY = TANKS.replace("军队", "部队")  # a change inside the first five characters
ONE = TANKS.replace("大", "少")  # one character changed
UKRAINE = "乌克兰官员表示，反攻将继续进行。"
UKRAINE_B = "乌克兰官方表示，反攻将继续进行。"
TUESDAY = "俄罗斯军队周二在东部发动新一轮进攻。"  # starts as TANKS does


def _rows(a: list[str], b: list[str]) -> list[tuple[str, tuple[int, ...], tuple[int, ...]]]:
    return [(lk.kind, lk.a, lk.b) for lk in align(a, b)]


def test_a_chinese_sentence_changed_in_its_first_characters_stays_one_row() -> None:
    """'军队' -> '部队' beside another changed sentence was one removed and one added
    sentence: the sentence was one word cut to its first five characters."""
    assert _rows([TANKS, UKRAINE], [ARMY, UKRAINE_B]) == [
        ("changed", (0,), (0,)),
        ("changed", (1,), (1,)),
    ]


def test_a_chinese_change_of_one_or_two_characters_is_a_changed_pair() -> None:
    """仓促 -> 匆忙 and 大 -> 少 are one changed row, moved or not, with a similarity
    that says how much changed (was 1.0: the sentences were one equal 'word')."""
    for changed in (HASTY, ONE, ARMY):
        (row,) = align([TANKS], [changed])
        assert row.kind == "changed" and 0.5 < row.similarity < 1.0
        moved = _rows([TANKS, UKRAINE], [UKRAINE, changed])
        assert ("removed", (0,), ()) not in moved and ("added", (), (1,)) not in moved


def test_two_chinese_sentences_that_start_alike_are_not_one_sentence() -> None:
    """Two sentences sharing their first five characters were one word each, equal:
    moved about, each was paired with the other's partner."""
    rows = _rows([TUESDAY, TANKS, UKRAINE], [UKRAINE, HASTY, TUESDAY])
    pairs = {(r[1], r[2]) for r in rows}
    assert ((0,), (2,)) in pairs and ((1,), (1,)) in pairs and ((2,), (0,)) in pairs


def test_thai_japanese_and_latin_beside_them() -> None:
    """Thai and kana are cut as Han is (Thai with its vowel and tone marks, which
    ``\\w`` leaves out); Latin words and figures beside them stay whole words."""
    assert unspaced_units("nato首脑会议 2024年") == ["nato", "首脑", "脑会", "会议", "2024", "年"]
    assert unspaced_units("東京 tokyo") == ["東京", "tokyo"]
    assert unspaced_units("รัฐบาล") == ["รั", "ัฐ", "ฐบ", "บา", "าล"]
    assert stems("รัฐบาลประกาศ") & stems("รัฐบาลแถลง") == {"รั", "ัฐ", "ฐบ", "บา", "าล"}


@given(st.text(alphabet=st.sampled_from("abc 中国人民 ไทย。,"), max_size=30))
def test_units_cover_the_words_they_cut(text: str) -> None:
    """Every character of a word is in one of its units (nothing is dropped), and a
    text without an unspaced script keeps its words as they were."""
    units = unspaced_units(text)
    assert set(re.sub(r"[\W_]", "", text)) <= set("".join(units))
    if not re.search("[中国人民ไทย]", text):
        assert units == re.findall(r"\w+", text)


def test_the_unspaced_blocks_hold_every_unspaced_character() -> None:
    """The blocks core.words searches (``re`` has no script classes) hold every letter
    of the scripts the diff tokenizes by character (worddiff.NO_SPACE)."""
    import regex

    from newsdiff.core.worddiff import NO_SPACE

    script = regex.compile(rf"[{NO_SPACE}]", regex.V1)
    missing = [
        hex(cp)
        for cp in range(0x0E00, 0x32000)
        if chr(cp).isalpha() and script.match(chr(cp)) and unspaced_units(chr(cp)) != [chr(cp)]
    ]
    assert missing == []
