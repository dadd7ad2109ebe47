"""Scripts written without spaces: a change is whole words on both sides, never a
word cut where two words share a character (review r18a finding 8, issue 11 item 6)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core.article import from_text
from newsdiff.core.worddiff import diff_words, side_a, side_b
from newsdiff.meaning.compare import compare
from newsdiff.meaning.report import report

# r18a's p/zh, p/th and p/ja pairs: 逐步 -> 逐渐 ("gradually") was 步 -> 渐, ประชาชน ->
# ชาวบ้าน ("people" -> "villagers") five pieces, 上昇した -> 上がった ("rose") 昇し -> がっ.
CUT = [
    (
        "分析人士认为，物价温和上涨反映了国内需求的逐步恢复。",
        "分析人士认为，物价温和上涨反映了国内需求的逐渐恢复。",
        ("逐步", "逐渐"),
    ),
    (
        "ทหารได้ส่งเรือและรถบรรทุกไปช่วยอพยพประชาชนออกจากพื้นที่เสี่ยงภัย",
        "ทหารได้ส่งเรือและรถบรรทุกไปช่วยอพยพชาวบ้านออกจากพื้นที่เสี่ยงภัย",
        ("ประชาชน", "ชาวบ้าน"),
    ),
    (
        "市場では円相場が一時1ドル=145円台まで上昇した。",
        "市場では円相場が一時1ドル=145円台まで上がった。",
        ("上昇した", "上がった"),
    ),
]

# Near misses: words that share no character, or a change beside a word both keep,
# are cut as before (the kept word 逐步, 经济 stays out of the change).
KEPT = [
    ("俄罗斯军队在仓促撤退中丢弃了大量坦克。", "俄罗斯军队在匆忙撤退中丢弃了大量坦克。", ("仓促", "匆忙")),
    ("国内经济逐步恢复。", "国内经济逐步好转。", ("恢复", "好转")),
    ("Police said five people died.", "Police said six people died.", ("five", "six")),
]  # fmt: skip


def _changes(a: str, b: str) -> list[tuple[str, str]]:
    cmp = compare(from_text(a, "a"), from_text(b, "b"))
    (row,) = cmp.rows
    return [(c.a, c.b) for c in row.changes]


@pytest.mark.parametrize(("a", "b", "change"), CUT + KEPT)
def test_a_change_is_whole_words(a: str, b: str, change: tuple[str, str]) -> None:
    assert _changes(a, b) == [change]


@pytest.mark.parametrize(("a", "b", "change"), CUT)
def test_report_lists_whole_words(a: str, b: str, change: tuple[str, str]) -> None:
    cmp = compare(from_text(a, "a"), from_text(b, "b"))
    assert [(s["a"], s["b"]) for s in report(cmp)["substitutions"]] == [change]


_PIECES = st.sampled_from(["逐步", "逐渐", "恢复", "经济", "的", "。", "，", "ประชาชน", "ชาวบ้าน", "ออก", "した", "上昇", " ", "5"])  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=8).map("".join), st.lists(_PIECES, max_size=8).map("".join))
def test_widened_ops_spell_both_texts(a: str, b: str) -> None:
    """However far a change is widened, the ops still spell both texts exactly, and
    each change is one delete and one insert between equal text."""
    ops = diff_words(a, b)
    assert side_a(ops) == a and side_b(ops) == b
    kinds = [op for op, _t in ops]
    assert all(t for _op, t in ops)
    assert "insert" not in [kinds[i + 1] for i, k in enumerate(kinds[:-1]) if k == "insert"]


def test_a_character_past_the_bmp_shifts_no_boundary() -> None:
    """ICU counts UTF-16 units: after an emoji or a CJK Extension B character, its
    offsets were one past the code points, and a change ended inside a Thai grapheme
    ("เร่งร" | "ีบ"; test_worddiff's property found it)."""
    assert diff_words("🇺เร่งรีบ", "🇺รีบ") == [("equal", "🇺"), ("delete", "เร่ง"), ("equal", "รีบ")]
    assert diff_words("𠀀经济逐步恢复", "𠀀经济逐渐恢复")[1:3] == [
        ("delete", "逐步"),
        ("insert", "逐渐"),
    ]
