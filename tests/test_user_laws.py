"""Laws a user relies on, drawn over whole articles as a reprint edits them (make fuzz,
stop 20): sentences dropped, added, moved, doubled, joined and their words edited.

(a) The alignment: every sentence of each side is in exactly one row, and the rows
    keep each side's order but those shown as moved; a text against itself is every
    row equal; B against A pairs the sentences A against B pairs, its added rows
    A's removed ones, and the reuse shares (containment) change sides.
(d) A text as a copy carries it (other line ends and spaces, composed or decomposed,
    invisible characters inside words) pairs each sentence with its copy, reused
    whole, with variants alone, and ignoring spelling is equal.
"""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import Comparison, compare
from newsdiff.meaning.options import CompareOptions

#: Sentences of news copy, among them some of stop words alone, quotes, figures,
#: abbreviations, entities' characters and other scripts.
POOL = [
    "Inflation rose 3% in May.", "It was not.", "Why?", "But it was.", "No.",
    "Mr. Smith said on Jan. 3 that prices rose.", "“We will not leave,” he said.",
    "The U.S. economy grew 2.5% to $5.2bn.", "Police said the fire was started on purpose.",
    "The mayor resigned on Monday after a vote of no confidence.",
    "Critics said the decision came too late.", "Prices fell sharply in June.",
    "The central bank kept rates on hold, its governor said.",
    "About 300 people were evacuated from their homes.",
    "A spokesman for the company declined to comment.", "He is.", "Is it?",
    "Officials expect the road to reopen next week.", "The storm killed at least 12 people.",
    "北京今天发生交通事故。", "मुंबई भारत का सबसे बड़ा शहर है।", "قال الرئيس إن الاقتصاد نما.",
    "Москва — столица России.", "Temperatures hit 40°C at 9:30 a.m. on Monday.",
    "AT&T said profits rose 5%.", "Johnson & Johnson’s shares fell.",
    "It’s the company’s “best year”, he said.", "Prices rose 3\u00a0% in May.",
    "The index fell <1% on Friday.", "Smith — who won in 2019 — resigned.",
]  # fmt: skip
#: Words a reprint puts in: negations, hedges, figures, sources.
WORDS = ["not", "never", "about", "300", "4%", "the", "police", "claimed", "reportedly"]
_EDITS = ["drop", "add", "move", "word", "join", "double"]


def _edit_words(draw: st.DrawFn, sentence: str) -> str:
    ws = sentence.split(" ")
    j = draw(st.integers(0, len(ws) - 1))
    how = draw(st.sampled_from(["replace", "insert", "drop"]))
    if how == "replace":
        ws[j] = draw(st.sampled_from(WORDS))
    elif how == "insert":
        ws.insert(j, draw(st.sampled_from(WORDS)))
    elif len(ws) > 1:
        del ws[j]
    return " ".join(ws)


@st.composite
def reprints(draw: st.DrawFn, twins: bool = True) -> tuple[str, str]:
    """An article of ``POOL`` sentences and a reprint of it, each written with its own
    line breaks and paragraphs; with ``twins`` False, no sentence twice on a side."""
    a = draw(st.lists(st.sampled_from(POOL), min_size=1, max_size=9, unique=not twins))
    b = list(a)
    for _ in range(draw(st.integers(0, 5))):
        edit = draw(st.sampled_from(_EDITS if twins else _EDITS[:-1]))
        k = draw(st.integers(0, len(b) - 1))
        if edit == "drop" and len(b) > 1:
            del b[k]
        elif edit == "add":
            new = draw(st.sampled_from(POOL))
            if twins or new not in a + b:
                b.insert(k, new)
        elif edit == "move":
            b.insert(draw(st.integers(0, len(b) - 1)), b.pop(k))
        elif edit == "word":
            b[k] = _edit_words(draw, b[k])
        elif edit == "join" and k + 1 < len(b):
            b[k : k + 2] = [f"{b[k].rstrip('.')}, and {b[k + 1][:1].lower()}{b[k + 1][1:]}"]
        elif edit == "double":
            b.insert(k, b[k])

    def spell(sentences: list[str]) -> str:
        out = sentences[0]
        for s in sentences[1:]:
            out += draw(st.sampled_from([" ", "\n\n", "\n"])) + s
        return out

    return spell(a), spell(b)


def _compare(a: str, b: str) -> Comparison:
    return compare(from_text(a, "a"), from_text(b, "b"))


def _rows(cmp: Comparison) -> list[tuple[str, tuple[int, ...], tuple[int, ...]]]:
    return [(r.kind, r.a, r.b) for r in cmp.rows]


@settings(max_examples=60)
@given(reprints())
# Found by hypothesis (make fuzz): B does not split "May. 北京..." (no capital follows),
# so A#0+A#2 -> B#0 is a row and "It was not.", between its two sentences, which B#0
# lacks, is cut: drawn removed just below the row (4bcd120 put it inside the row).
@example(
    (
        "Inflation rose 3% in May. It was not. 北京今天发生交通事故。",
        "Inflation rose 3% in May. 北京今天发生交通事故。",
    )
)
def test_every_sentence_is_in_one_row_and_rows_keep_each_sides_order(
    pair: tuple[str, str],
) -> None:
    cmp = _compare(*pair)
    assert sorted(i for r in cmp.rows for i in r.a) == list(range(len(cmp.a_sentences)))
    assert sorted(j for r in cmp.rows for j in r.b) == list(range(len(cmp.b_sentences)))
    for side in ("a", "b"):
        # Read down the rows, each side's sentences not moved come in their order; a
        # sentence cut (added) whole between two of a row's sentences is drawn just
        # below that row (review r20b finding 1: a cut is no change of the row's words).
        read: list[int] = []
        span = (0, 0)
        for r in cmp.rows:
            run = getattr(r, side)
            if r.kind == "moved" or not run:
                continue
            if r.a and r.b:
                span = (run[0], run[-1])
            elif span[0] < run[0] < span[1]:
                continue
            read.extend(run)
        assert read == sorted(read), (side, _rows(cmp))


@settings(max_examples=40)
@given(reprints())
def test_a_text_against_itself_is_every_row_equal_and_wholly_reused(
    pair: tuple[str, str],
) -> None:
    for text in pair:
        cmp = _compare(text, text)
        assert _rows(cmp) == [("equal", (k,), (k,)) for k in range(len(cmp.rows))]
        for measures in cmp.reuse_measures.values():
            assert set(measures.values()) <= {1.0, None}


_MIRRORED = {"added": "removed", "removed": "added"}


def _pairing(
    cmp: Comparison, swap: bool = False
) -> list[tuple[str, tuple[int, ...], tuple[int, ...]]]:
    """The rows as what they pair: an in-place or moved row is "paired" (where two rows
    swapped places, either may be the one drawn moved)."""
    out = []
    for r in cmp.rows:
        kind = "paired" if r.a and r.b else _MIRRORED[r.kind] if swap else r.kind
        out.append((kind, r.b, r.a) if swap else (kind, r.a, r.b))
    return sorted(out)


@settings(max_examples=40)
@given(reprints(twins=False))
# Found by hypothesis (make fuzz, this law): of sentences alike in words the programme
# paired one with the other side's first or last by a tie, so an exact copy stood
# unpaired: X against X + "X, and x" (its 1-2 group trimmed to the second) paired X
# with "X, and x", B's own X added, and "X, and it was not." before X paired with A's X
# against B, where A against B paired the copies.
@example(
    (
        "Inflation rose 3% in May.\n\nIs it?",
        "Inflation rose 3% in May.\n\nInflation rose 3% in May, and inflation rose 3% in May.",
    )
)
@example(
    (
        "Inflation rose 3% in May. It was not. Why?",
        "Inflation rose 3% in May, and it was not. Inflation rose 3% in May. Why?",
    )
)
# Twins: the first pairs the first, either way; and where the other side has no copy
# (found by hypothesis, stop 21: "X. X." against "X, and x." paired A#0 one way, A#1
# the other).
@example(
    (
        "Inflation rose 3% in May. Inflation rose 3% in May.",
        "Inflation rose 3% in May, and inflation rose 3% in May.",
    )
)
@example(("Inflation rose 3% in May.", "Inflation rose 3% in May. Inflation rose 3% in May."))
@example(
    ("It was not. It was not. It was not.", "It was not. It was not. It was not. Why? It was not.")
)
# Twins again (fuzz21 and review r21b finding 6, fixed stop 22): "P. S. P." against "S,
# and p." grouped "P. S." one way and "S. P." the other (the same words: now the group
# that reads like the other side); a twin paired as a move inside another row's side
# where the other twin was free in place; "X." against "Y. Y." (Y an edit of X) paired
# B#1 one way and B#0 the other (a 1-2 group trimmed to its last member); "X. X."
# against "M, and x." grouped both X one way and one the other (a copy in its own
# group brings no word); "X. Q." against "S. S." (S = "X, and q.") grouped A's two
# with S#1 one way and S#0 the other (of twins the first, in a group too).
@example(
    (
        "Mr. Smith said on Jan. 3 that prices rose. Inflation rose 3% in May. "
        "Mr. Smith said on Jan. 3 that prices rose.",
        "Inflation rose 3% in May, and mr. Smith said on Jan. 3 that prices rose.",
    )
)
@example(
    (
        "The mayor resigned on Friday. Officials declined to comment. "
        "The council will meet on Monday. Officials declined to comment.",
        "The mayor resigned on Friday, and the council will meet on Monday. "
        "Officials declined to comment.",
    )
)
@example(("Inflation rose 3% in May.", "not rose 3% in May.\n\nnot rose 3% in May."))
@example(
    (
        "Inflation rose 3% in May. Inflation rose 3% in May.",
        "Mr. Smith said on Jan. 3 that prices rose, and inflation rose 3% in May.",
    )
)
@example(
    (
        "Inflation rose 3% in May. “We will not leave,” he said.",
        "Inflation rose 3% in May, and “We will not leave,” he said. "
        "Inflation rose 3% in May, and “We will not leave,” he said.",
    )
)
def test_b_against_a_mirrors_a_against_b(pair: tuple[str, str]) -> None:
    """The draws repeat no sentence: told again in other words beside its copy ("S, and
    i." and "S."), it pairs either way, one tie or another (a 1-2 row with the copy
    removed, or the copy equal and "i" moved), as does which of two rows that swapped
    places is drawn moved (not compared). Twins drawn freely still tie in ways the
    programme breaks from an end ("X. X. N. X." against "N. X. X.": X X in place and N
    moved, or N in place and an X moved; two sentences of the same words, "Smith never
    who ..." and "never Smith — who ...", or "It was not. not rose ..." and "not rose
    ..." against "Inflation rose ..."): left, stop 22."""
    a, b = pair
    there, back = _compare(a, b), _compare(b, a)
    assert _pairing(back, swap=True) == _pairing(there)
    # The headline share, containment, counts 3-grams found anywhere in the other text:
    # the same either way. The word-for-word share follows each row's word diff, which
    # keeps either of two runs as long where a row's words swapped places ("X not Y."
    # against "Y. X fell.": "Y" kept one way, "X" the other), so it is not compared.
    assert back.reuse == {"a": there.reuse["b"], "b": there.reuse["a"]}


#: What a copy picks up on its way and a reader does not see as a change: other line
#: ends and spaces, a text composed or decomposed (NFC, NFD), and inside a word a soft
#: hyphen, a zero-width space, a word joiner or a byte-order mark.
_SPACES = ["\t", "\u00a0", "  ", " \t", "\u202f"]
_INSIDE = ["\u00ad", "\u200b", "\u2060", "\ufeff"]


@st.composite
def respelled(draw: st.DrawFn) -> tuple[str, str]:
    """An article of ``reprints`` and the same text as a copy may carry it."""
    a, _ = draw(reprints())
    b = a.replace("\n", "\r\n") if draw(st.booleans()) else a
    b = unicodedata.normalize(draw(st.sampled_from(["NFC", "NFD"])), b)
    chars = list(b)
    for _ in range(draw(st.integers(1, 6))):
        k = draw(st.integers(1, len(chars) - 1)) if len(chars) > 1 else 0
        if chars[k] == " ":
            chars[k] = draw(st.sampled_from(_SPACES))
        elif "".join(chars[k - 1 : k + 1]).isalpha():
            # Inside a word, between two letters ("M\u00adr." too).
            chars.insert(k, draw(st.sampled_from(_INSIDE)))
    return a, "".join(chars)


@settings(max_examples=40)
@given(respelled())
# Found by hypothesis (make fuzz, this law): after "May." or "no." a tab or a no-break
# space ended no sentence where a space did (the openers' look-up started only at ". "),
# so the copy's two sentences were one, a 2-1 row.
@example(("Prices rose 3% in May. Inflation rose.", "Prices rose 3% in May.\tInflation rose."))
@example(("He said no. Inflation rose.", "He said no.\u00a0Inflation rose."))
# Found by hypothesis (this law): with --ignore-spelling, and with every --ignore-*
# option, a zero-width space or soft hyphen inside a word was still a variant change
# (the row changed, exit 1): the one difference of spelling or style no option dropped.
@example(("Inflation rose 3% in May.", "I\u200bnflation rose 3% in May."))
@example(("Prices rose.\n\nSales fell.", "Pri\u00adces rose.\r\n\r\nSales fe\u2060ll."))
# Found by hypothesis (stop 20; fixed stop 21): an invisible character inside an
# abbreviation hid it from the segmenter, so "M\u00adr. Smith" split after "M\u00adr.".
@example(
    (
        "Mr. Smith said on Jan. 3 that prices rose.",
        "M\u00adr. Smith said on J\u200ban. 3 that prices rose.",
    )
)
# Found by hypothesis (stop 21, this law): "next week" -> "next\tw\u00adeek" was a
# number change: the date's words as typed were no date; to a reader, the same words.
@example(("It is due next week.", "It is due next\tw\u00adeek."))
def test_a_text_as_a_copy_carries_it_pairs_whole_and_varies_only_in_spelling(
    pair: tuple[str, str],
) -> None:
    """(d) Every sentence pairs its own copy, whole reuse, only variants; ignoring
    spelling (or everything), no change at all."""
    cmp = _compare(*pair)
    assert [(r.a, r.b) for r in cmp.rows] == [((k,), (k,)) for k in range(len(cmp.rows))]
    assert {c.cls for r in cmp.rows for c in r.changes} <= {"variant"}
    for measures in cmp.reuse_measures.values():
        assert set(measures.values()) <= {1.0, None}
    for options in (CompareOptions(ignore_spelling=True), CompareOptions(True, True, True, True)):
        assert all(r.kind == "equal" for r in cmp.with_options(options).rows)
