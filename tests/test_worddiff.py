from __future__ import annotations

import re
import unicodedata

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core import worddiff
from newsdiff.core.worddiff import diff_words, is_word, side_a, side_b, tokenize, word_count

WORDS = st.sampled_from(
    ["the", "Russian", "forces", "have", "actually", "deserted", "abandoned", "tanks", "7,000",
     "15%", "‘hasty’", '"hasty"', "said", "stated", "Kyiv", "Kiev", "—", "-", ",", ".", "  ", "\n"]
)  # fmt: skip
TEXTS = st.lists(WORDS, max_size=30).map(" ".join)


def boundaries(text: str) -> set[int]:
    """Offsets where a word may start or end (between tokens)."""
    out, pos = {0}, 0
    for tok in tokenize(text):
        pos += len(tok)
        out.add(pos)
    return out


@given(st.text(max_size=300))
def test_tokens_reassemble(text):
    """Tokens concatenate back to the text, whatever it is."""
    assert "".join(tokenize(text)) == text


@settings(max_examples=300)
@given(TEXTS, TEXTS)
def test_ops_reassemble_both_sides(a, b):
    """Equal+delete texts give A exactly; equal+insert texts give B exactly."""
    ops = diff_words(a, b)
    assert side_a(ops) == a
    assert side_b(ops) == b
    assert all(op in ("equal", "delete", "insert") and text for op, text in ops)


@settings(max_examples=300)
@given(TEXTS, TEXTS)
def test_no_boundary_inside_a_word(a, b):
    """Every op boundary falls between tokens on both sides."""
    ops = diff_words(a, b)
    ba, bb = boundaries(a), boundaries(b)
    pa = pb = 0
    for op, text in ops:
        if op != "insert":
            pa += len(text)
            assert pa in ba
        if op != "delete":
            pb += len(text)
            assert pb in bb


def test_word_never_cut():
    """'said' -> 'stated' is a whole-word change, not 's' + 'aid'/'tated'."""
    ops = diff_words(
        "a western official has said on Monday", "a western official has stated on Monday"
    )
    assert ("delete", "said") in ops and ("insert", "stated") in ops


def test_quote_style_only_is_a_tiny_change():
    """Curly vs straight quotes align as the same token; only the quote tokens differ."""
    ops = diff_words("as ‘hasty’ with", "as 'hasty' with")
    assert ("equal", "hasty") in ops
    assert [t for op, t in ops if op == "delete"] == ["‘", "’"]


def test_identical_and_empty():
    """Edge cases: identical, empty on either side."""
    assert diff_words("same text", "same text") == [("equal", "same text")]
    assert diff_words("", "new") == [("insert", "new")]
    assert diff_words("old", "") == [("delete", "old")]
    assert diff_words("", "") == []


def test_numbers_are_one_token():
    """'7,000' is a single token, so a changed number is one change."""
    assert tokenize("7,000 and 15")[0] == "7,000"
    assert re.fullmatch(r"\d+", tokenize("1,351")[0]) is None


def test_a_percent_sign_is_a_token_of_its_own() -> None:
    """r18a finding 1: "12%" was one token and "12 %" two, so the two spellings the
    README calls the same ("3%" = "3 %", French "3,5 %") differed in a token and the
    diff shifted every word after it. "%" is its own token, as "€" and "$" are."""
    assert tokenize("7,000 and 15%") == ["7,000", " ", "and", " ", "15", "%"]
    for space in (" ", "\u00a0", "\u202f"):
        spaced = [t for t in tokenize(f"3,5{space}% de plus") if not t.isspace()]
        assert spaced == [t for t in tokenize("3,5% de plus") if not t.isspace()]
    # Near miss: the figure itself stays one token with its separators.
    assert tokenize("3,5%")[0] == "3,5" and tokenize("1.500,5 %")[0] == "1.500,5"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ9_½Ⅻ٣ \u3000\t\n.,:%’'-—“”仓促ไทยमुंबई\u0301\u0e31😀x")))
def test_word_count_counts_the_word_tokens(text: str) -> None:
    """word_count (the reuse measures' count, without building whitespace tokens) is
    the number of tokens that are words, whatever the scripts, marks and numerals."""
    assert word_count(text) == sum(1 for t in tokenize(text) if is_word(t))


def test_plain_characters_are_classed_alike_by_re_and_regex() -> None:
    """Every character ``worddiff`` tokenizes with ``re`` instead of ``regex`` (issue 16:
    importing regex was a tenth of a plain diff's start-up) is a word character, digit or
    space for both modules alike, and none is a mark or of a script written unspaced;
    so the ``re`` patterns find the same tokens in text made of them."""
    word = regex.compile(worddiff._W, regex.V1)
    unspaced = regex.compile(f"[{worddiff.NO_SPACE}]", regex.V1)
    checked = 0
    for lo, hi in worddiff.PLAIN_BLOCKS:
        for ch in map(chr, range(lo, hi + 1)):
            if ch not in worddiff._PLAIN:
                continue
            in_re = bool(re.match(r"\w", ch))
            assert bool(regex.match(r"\w", ch, regex.V1)) == in_re, hex(ord(ch))
            assert bool(word.match(ch)) == in_re, hex(ord(ch))
            assert bool(regex.match(r"\d", ch, regex.V1)) == bool(re.match(r"\d", ch))
            assert bool(regex.match(r"\s", ch, regex.V1)) == bool(re.match(r"\s", ch))
            assert not unspaced.match(ch)
            checked += 1
    assert checked > 1000  # Latin, Greek, Cyrillic, punctuation, currency


# Plain characters and, among them, the ones re and regex class differently.
_MIXED = st.text(
    st.sampled_from(
        list("ab Zé9_ ,.-'’“%:\n\tßΩжñ²½‿\u200d\x1c\u0301\u093e\u0915仓ア\u0e01·©•\xa0")
    ),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(_MIXED)
def test_tokens_are_the_regex_tokens(text: str) -> None:
    """tokenize, units and word_count give what the ``regex`` patterns in graphemes
    give, whichever module and patterns read the text (plain characters, marks,
    unspaced scripts, ² and ‿ mixed)."""
    tokens, solid, unit = worddiff._regex_patterns()[1]
    assert tokenize(text) == tokens.findall(text)
    assert worddiff.units(text) == unit.findall(text)
    assert word_count(text) == sum(map(is_word, solid.findall(text)))


@settings(max_examples=400, deadline=None)
@given(_MIXED)
def test_unit_pairs_are_the_units_cut_at_their_whitespace(text: str) -> None:
    """The diff's units as (token, trailing whitespace) pairs, found by one pattern for
    plain text, are the units cut where ``rstrip`` cuts them (a leading run alone)."""
    cut = [(core, u[len(core) :]) for u in worddiff.units(text) for core in (u.rstrip(),)]
    assert worddiff._split_units(text) == cut
    assert worddiff._split_units(text + "  x\x85") == [
        (core, u[len(core) :]) for u in worddiff.units(text + "  x\x85") for core in (u.rstrip(),)
    ]


def _grapheme_ends(text: str) -> set[int]:
    """Offsets between user-perceived characters (extended grapheme clusters)."""
    return {0} | {m.end() for m in regex.finditer(r"\X", text)}


def test_thai_tone_mark_stays_with_its_consonant():
    """Outside review (th1.txt, th2.txt): 'เร่งรีบ' -> 'รวดเร็ว' gave ops 'เร' and
    '่งรีบ', a delete starting with the tone mark U+0E48 cut from its consonant."""
    a = "กองทัพรัสเซียทิ้งรถถังจำนวนมากระหว่างการถอนกำลังอย่างเร่งรีบ เจ้าหน้าที่กล่าวว่า"
    b = "กองทัพรัสเซียทิ้งรถถังจำนวนมากระหว่างการถอนกำลังอย่างรวดเร็ว เจ้าหน้าที่กล่าวว่า"
    ops = diff_words(a, b)
    assert side_a(ops) == a and side_b(ops) == b
    assert not any(unicodedata.category(text[0]).startswith("M") for _op, text in ops), ops
    assert "่" not in tokenize(a) and "ร่" in tokenize(a)


# Pieces of text with marks: Thai and Devanagari letters with their signs, a Latin
# letter with a combining accent, a sign and a digit and a space before a mark, emoji
# with a skin tone or joined by ZWJ, a flag, Han with a variation selector.
_MARKED = st.lists(
    st.sampled_from(
        ["เร่ง", "รีบ", "ทำ", "ร็ว", "\u0e48", "मुंबई", "कि", "e\u0301", "a", "b", " ", " \u0301",
         "1\u0301", "-\u0301", "\u0301", "👍🏽", "👨\u200d👩\u200d👧", "🇺🇸", "🇺", "葛\U000e0100",
         "仓促", "x\u200d", ".", "\n"]
    ),
    max_size=20,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_MARKED, _MARKED)
def test_no_token_or_op_boundary_inside_a_grapheme(a: str, b: str) -> None:
    """No token, and no diff op boundary, separates a combining mark (or a joiner, a
    skin tone, the second half of a flag) from the character it belongs to."""
    for text in (a, b):
        ends = _grapheme_ends(text)
        for pieces in (tokenize(text), worddiff.units(text)):
            pos = 0
            for piece in pieces:
                pos += len(piece)
                assert pos in ends, (text, pieces)
    ops = diff_words(a, b)
    assert side_a(ops) == a and side_b(ops) == b
    ea, eb = _grapheme_ends(a), _grapheme_ends(b)
    pa = pb = 0
    for op, text in ops:
        if op != "insert":
            pa += len(text)
            assert pa in ea, ops
        if op != "delete":
            pb += len(text)
            assert pb in eb, ops


def test_ascii_text_is_plain_but_for_the_separator_controls() -> None:
    """``_patterns`` takes ASCII text as plain by its flag and four character tests:
    exactly the ASCII characters of ``_PLAIN``; any other text still by the set."""
    from newsdiff.core import worddiff

    for c in map(chr, range(128)):
        assert (worddiff._patterns(f"a {c} b") is worddiff._PLAIN_PATTERNS) == (
            worddiff._PLAIN.issuperset(f"a {c} b")
        )
    assert worddiff._patterns("naïve café") is worddiff._PLAIN_PATTERNS
    assert worddiff._patterns("a\x1eb") is not worddiff._PLAIN_PATTERNS
