"""Outside review r13: an abbreviation before a number, and Thai sentences."""

from __future__ import annotations

from newsdiff.core.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_a_words_full_stop_before_a_number_ends_no_sentence() -> None:
    """'approx. 3 p.m.' holds (it was cut after 'approx.'), and so does an
    abbreviation's full stop before a number that is not a year ('vol. 2', 'est. $3m';
    review r14 found that any other word's must end its sentence: see
    test_review14_split.py); a year may still open a sentence."""
    assert _texts("He arrived at approx. 3 p.m. and left around 5 p.m.") == [
        "He arrived at approx. 3 p.m. and left around 5 p.m."
    ]
    assert _texts("It was vol. 2 of the set. The deal cost est. $3m in all.") == [
        "It was vol. 2 of the set.",
        "The deal cost est. $3m in all.",
    ]
    assert _texts("It was a hard spring. 2024 was worse.") == [
        "It was a hard spring.",
        "2024 was worse.",
    ]


def test_thai_sentences_end_at_a_space() -> None:
    """Review r13 (th_a.txt): Thai ends a sentence with a space, not a full stop; a
    short piece (a title and a name) and a word that goes on with the sentence before
    it ('กล่าวว่า', said that) are no sentence end, nor is a full stop inside
    'พล.อ.' (an abbreviation)."""
    first = "รัฐบาลประกาศงบประมาณใหม่ในวันจันทร์"
    second = "นายกรัฐมนตรีกล่าวว่าการศึกษาจะได้รับเงินมากขึ้น"
    assert _texts(f"{first} {second}") == [first, second]
    named = "พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี กล่าวว่ารัฐบาลจะเพิ่มงบประมาณการศึกษา"
    assert _texts(named) == [named]
    assert _texts("ราคา 100 บาท ในวันจันทร์") == ["ราคา 100 บาท ในวันจันทร์"]
