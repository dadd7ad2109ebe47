"""Laws over other scripts and over suggestions (stop 22, make fuzz): for random CJK,
Thai, Arabic, Devanagari and Cyrillic text the tokens of each sentence reassemble it
and its offsets cut it out of the text, the word diff reassembles both inputs, and a
text against itself is every row equal; ``suggest --lines`` of N lines gives N rows in
order. None found a bug in stop 22's fresh draws (2,000 a law; 1,500 for suggest)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core.article import from_text
from newsdiff.core.sentences import split_sentences
from newsdiff.core.worddiff import diff_words, tokenize
from newsdiff.meaning.compare import compare

from .conftest import cli_captured
from .test_user_laws import POOL

_RANGES = {
    "cjk": [(0x4E00, 0x4FFF), (0x3040, 0x30FF), (0xAC00, 0xAC80)],
    "thai": [(0x0E01, 0x0E5B)],
    "arabic": [(0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFBB1), (0xFE70, 0xFEFC)],
    "devanagari": [(0x0900, 0x097F)],
    "cyrillic": [(0x0400, 0x04FF)],
}
#: Marks, spaces, joiners, digits of each script and combining marks between them.
_MARKS = [
    *"。、，！？：；「」『』（）·،؛؟।॥.!?,;:\"'«»—–-…%$",
    "\u200c", "\u200d", "\u00a0", "\u3000", " ", " ", " ", "\n", "0", "7", "٣", "३", "๓",
    "\u0301", "\u064b",
]  # fmt: skip


def _letters(script: str) -> st.SearchStrategy[str]:
    return st.one_of(*[st.integers(lo, hi).map(chr) for lo, hi in _RANGES[script]])


@st.composite
def texts(draw: st.DrawFn, script: str | None = None) -> str:
    script = script or draw(st.sampled_from(sorted(_RANGES)))
    chars = st.one_of(_letters(script), _letters(script), st.sampled_from(_MARKS))
    return draw(st.text(chars, min_size=1, max_size=80))


@settings(max_examples=60, deadline=None)
@given(texts(), st.sampled_from(["en", "zh", "th", "ar", "hi", "ru"]))
def test_tokens_and_offsets_give_back_each_sentence(text: str, lang: str) -> None:
    for s in split_sentences(text, lang):
        assert "".join(tokenize(s.text)) == s.text
        assert text[s.start : s.end] == s.text


@st.composite
def edited(draw: st.DrawFn) -> tuple[str, str]:
    """A text of one script and a copy with a few characters put in, cut or replaced."""
    script = draw(st.sampled_from(sorted(_RANGES)))
    a = draw(texts(script))
    b = list(a)
    for _ in range(draw(st.integers(0, 6))):
        k = draw(st.integers(0, len(b)))
        char = draw(st.one_of(_letters(script), st.sampled_from(_MARKS)))
        how = draw(st.sampled_from(["put", "cut", "replace"]))
        if how == "put":
            b.insert(k, char)
        elif k < len(b):
            b[k : k + 1] = [] if how == "cut" else [char]
    return a, "".join(b)


@settings(max_examples=60, deadline=None)
@given(edited())
def test_the_word_diff_gives_back_both_texts(pair: tuple[str, str]) -> None:
    a, b = pair
    ops = diff_words(a, b)
    assert "".join(text for op, text in ops if op != "insert") == a
    assert "".join(text for op, text in ops if op != "delete") == b


@settings(max_examples=15, deadline=None)
@given(texts())
def test_a_text_in_any_script_against_itself_is_every_row_equal(text: str) -> None:
    cmp = compare(from_text(text, "a"), from_text(text, "b"))
    assert [(r.kind, r.a, r.b) for r in cmp.rows] == [
        ("equal", (k,), (k,)) for k in range(len(cmp.rows))
    ]


_WORDS = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Zl", "Zp")), max_size=12),
    st.sampled_from(POOL),
    st.integers(1, 3000).map(lambda n: "x" * n),
    st.sampled_from(["said", "according to", "about", "3%", "\u200b", "not", "“", "—", "\t"]),
)
_LINES = st.lists(_WORDS.map(lambda w: " ".join(w.splitlines())), min_size=1, max_size=10).map(
    " ".join
)


@settings(max_examples=15, deadline=None)
@given(st.lists(_LINES.filter(str.strip), min_size=1, max_size=10))
def test_suggest_lines_gives_a_row_for_each_line_in_order(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lines.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        store = str(Path(tmp) / "s.json")
        code, out, err = cli_captured(
            "suggest", "--lines", "--format", "json", "--store", store, str(path)
        )
    assert "Traceback" not in err
    if code == 2:  # a line of control characters alone, say: one line on why
        assert len(err.strip().splitlines()) == 1, err
        return
    assert code == 0, err
    rows = json.loads(out)
    assert [r["index"] for r in rows] == list(range(len(lines)))
