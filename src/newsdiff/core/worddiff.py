"""Word-level diff of two short texts with diff-match-patch on word tokens.

Each token (a word, a number, a punctuation mark or a whitespace run) becomes one
character, so diff-match-patch can never cut a word in half, and the semantic cleanup
runs on the encoded diff, before decoding, for the same reason. The diff itself runs
on units (a token with the whitespace after it), half as long, which makes it about
3x faster on the seeds; it is then spelled out token by token for the cleanup. Tokens
are matched by their comparison form (quote and dash styles folded), then every equal
run is checked against the exact text, so the ops reassemble both originals exactly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Literal

from diff_match_patch import diff_match_patch

from newsdiff.core.article import normalize
from newsdiff.core.figures import GROUP_SPACES, GROUPS_AFTER, SPACED
from newsdiff.core.possessive import possessive
from newsdiff.core.unspaced import whole_words

if TYPE_CHECKING:
    import regex

Op = Literal["equal", "delete", "insert"]
Diff = list[tuple[Op, str]]

#: Scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar):
#: each character (a grapheme: a Thai consonant with its marks) is a token of its own, so
#: "仓促" -> "匆忙" is two characters changed in a sentence that otherwise stays, not the
#: whole sentence deleted and inserted. A dictionary segmenter would give words, but
#: character tokens need no model, cost nothing, and a changed word shows as its characters.
NO_SPACE = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
# A word character of a script that spaces its words. Combining marks belong to their
# word: Devanagari vowel signs and Arabic vowel marks are not \w for Python's re, which
# cut "मुंबई" into four tokens. The invisible characters (``core.invisible``: soft hyphen, zero-width
# space, directional marks ...) belong to the word they are in or next to, so
# "sa\u200bid" is one token, equal to "said" in comparison form, not three.
_W = rf"[[\w\p{{M}}\u00ad\u200b\u2060\ufeff\u200e\u200f\u061c\u2061-\u2064]--[{NO_SPACE}]]"
# Numbers keep their separators ("7,000", "1.500,5", "07.04"); words keep inner
# apostrophes and hyphens ("Russia’s", "second-largest"). A percent sign is a token of
# its own, as "€" and "$" are: French and German space it ("3,5 %"), English does not,
# and "3%" against "3 %" must differ in whitespace only (one token against two shifted
# every word after it in the diff, r18a).
# A doubled mark ('', ‘‘, ’’ or `` for a double quote, -- or --- for a dash) is one token, as
# it is one mark (``article.DOUBLED_MARKS``): "''" against "“" is one quote changed.
_DOUBLED = r"''|``|‘‘|’’|-{2,}"
_TOKEN = rf"{SPACED}|\d+(?:[.,:]\d+)*|{_W}+(?:[’'\-]{_W}+)*|[{NO_SPACE}]|{_DOUBLED}"


def _grapheme(cls: str) -> str:
    """A user-perceived character (an extended grapheme cluster) whose first code point
    is in ``cls``: a letter with its marks, a Thai consonant with its vowel and tone
    marks, an emoji with its modifiers, two regional indicators (a flag)."""
    return rf"(?:(?={cls})\X)"


# _TOKEN spelled in graphemes: no token starts or ends inside one. By code points, a
# Thai tone mark (U+0E48) was a token of its own, so a diff op began with a mark cut
# from its consonant ("เร" | "่งรีบ"); so did a space, a digit or a sign followed by a
# mark, and the parts of an emoji sequence or a flag.
_G_WORD = _grapheme(_W)
_G_DIGIT = _grapheme(r"\d")
_G_SEP = _grapheme("[.,:]")
_G_GROUP = _grapheme(f"[{GROUP_SPACES}]")
_G_JOIN = _grapheme(r"[’'\-]")
_G_UNSPACED = _grapheme(f"[{NO_SPACE}]")
_G_DOUBLED = "|".join(rf"{g}{g}" for g in map(_grapheme, ("'", "`", "‘", "’"))) + (
    rf"|{_grapheme('-')}{{2,}}"
)
_G_TOKEN = (
    rf"{_G_DIGIT}{{1,3}}(?:{_G_GROUP}{_G_DIGIT}{{3}}(?!\d))+(?:{_G_SEP}{_G_DIGIT}+)?"
    rf"|{_G_DIGIT}+(?:{_G_SEP}{_G_DIGIT}+)*"
    rf"|{_G_WORD}+(?:{_G_JOIN}{_G_WORD}+)*|{_G_UNSPACED}|{_G_DOUBLED}"
)
_G_BLANK = _grapheme(r"\s")
_G_SPACE = rf"{_G_BLANK}+"
_G_OTHER = _grapheme(r"[^\w\s]")


_Patterns = tuple["regex.Pattern[str]", "regex.Pattern[str]", "regex.Pattern[str]"]


@cache
def _regex_patterns() -> tuple[_Patterns, _Patterns, regex.Pattern[str]]:
    """The tokens, the tokens but whitespace, and the units, in the ``regex`` module
    (Unicode scripts and marks): for text with characters outside ``_PLAIN``. By code
    points, and in graphemes; then what tells which a text needs."""
    import regex

    def compiled(token: str, space: str, other: str, blank: str, skip: str) -> _Patterns:
        return (
            regex.compile(rf"{token}|{space}|{other}", regex.V1),
            regex.compile(rf"{skip}{token}|{other}", regex.V1),
            regex.compile(rf"{space}|(?:{token}|{other}){blank}*", regex.V1),
        )

    return (
        compiled(_TOKEN, r"\s+", r"[^\w\s]", r"\s", ""),
        # Between tokens a whitespace run is stepped over whole (*SKIP): stepping one
        # code point on would start a token at a mark that follows a space.
        compiled(_G_TOKEN, _G_SPACE, _G_OTHER, _G_BLANK, rf"{_G_SPACE}(*SKIP)(*FAIL)|"),
        # Without one of these every code point is a grapheme of its own (a CR LF pair
        # stays in one whitespace run, Hangul jamo in one word), so the code point
        # patterns, twice as fast, cut no grapheme: Chinese and most Arabic text.
        regex.compile(
            r"[\p{GCB=Extend}\p{GCB=SpacingMark}\p{GCB=ZWJ}\p{GCB=Prepend}"
            r"\p{GCB=Regional_Indicator}]",
            regex.V1,
        ),
    )


# The same three patterns in ``re``, for text whose every character ``re`` and
# ``regex`` class alike (\w, \d, \s; no mark, no unspaced script): there ``_W`` is
# ``re``'s \w and the unspaced-script alternative never matches. Importing ``regex``
# (its property tables) and compiling its patterns was a tenth of a plain diff's
# start-up (issue 16); English, and most Latin, Greek and Cyrillic news, never needs it.
# Possessive runs (``++``, ``*+``): nothing after a run can make it give back what it
# took, so each matches what the greedy one matches, without the state ``re`` keeps
# to backtrack into every repetition (a tenth of a scan); core/possessive.py.
_PLAIN_TOKEN = possessive(rf"\d++(?:[.,:]\d++)*+{GROUPS_AFTER}|\w++(?:[’'\-]\w++)*+|{_DOUBLED}")
_PLAIN_PATTERNS = (
    re.compile(possessive(rf"{_PLAIN_TOKEN}|\s++|[^\w\s]")),
    re.compile(rf"{_PLAIN_TOKEN}|[^\w\s]"),
    re.compile(possessive(rf"\s++|(?:{_PLAIN_TOKEN}|[^\w\s])\s*+")),
)

#: Where the characters ``_PLAIN`` admits are taken from: Latin, Greek, Cyrillic,
#: general punctuation, currency signs.
PLAIN_BLOCKS = ((0x0000, 0x024F), (0x0370, 0x04FF), (0x2000, 0x206F), (0x20A0, 0x20CF))
# What re and regex class differently: marks (word characters for regex only),
# numbers such as ² and ½ and connectors such as ‿ (for re only, or regex only),
# format characters (the joiners are regex word characters), unassigned code points,
# and the four separator controls (whitespace for re, not for regex).
_DIFFERENT = frozenset({"Mn", "Mc", "Me", "No", "Pc", "Cf", "Cn", "Co", "Cs"})
_PLAIN = frozenset(
    ch
    for lo, hi in PLAIN_BLOCKS
    for ch in map(chr, range(lo, hi + 1))
    if (ch == "_" or unicodedata.category(ch) not in _DIFFERENT) and ch not in "\x1c\x1d\x1e\x1f"
)


def _patterns(text: str) -> tuple[re.Pattern[str] | regex.Pattern[str], ...]:
    # ASCII text (a flag of the string) is plain but for the four separator controls,
    # each found by a search in C: the set test looked up every character of every
    # text tokenized (8,581 texts of the 1 MB bench pair).
    if text.isascii():
        if "\x1c" not in text and "\x1d" not in text and "\x1e" not in text and "\x1f" not in text:
            return _PLAIN_PATTERNS
    elif _PLAIN.issuperset(text):
        return _PLAIN_PATTERNS
    points, graphemes, joins = _regex_patterns()
    return graphemes if joins.search(text) else points


_DMP = diff_match_patch()
# Inputs are single aligned rows, so an exact diff is cheap (median 0.5 ms a pair).
_DMP.Diff_Timeout = 0


def tokenize(text: str) -> list[str]:
    """Split text into tokens whose concatenation is exactly ``text``."""
    found: list[str] = _patterns(text)[0].findall(text)
    return found


def iter_tokens(text: str) -> Iterator[str]:
    """``tokenize(text)``'s tokens one at a time: a multi-MB text's list of tokens
    would hold millions of strings at once where one pass over them is enough."""
    return (m.group() for m in _patterns(text)[0].finditer(text))


#: A letter or digit: ``re``'s ``\w`` is exactly ``str.isalnum()`` plus the underscore.
_ALNUM = re.compile(r"[^\W_]")


def is_word(token: str) -> bool:
    """Whether the token holds a letter or a digit (``any(ch.isalnum() ...)``, in C)."""
    return _ALNUM.search(token) is not None


def word_count(text: str) -> int:
    """How many tokens of ``text`` are words (``sum(map(is_word, tokenize(text)))``).

    The tokens but the whitespace runs: the same tokens in the same places (a
    whitespace run starts no other token), fewer to build when only words count."""
    return sum(map(bool, map(_ALNUM.search, _patterns(text)[1].findall(text))))


def units(text: str) -> list[str]:
    """Tokens with their trailing whitespace; a leading whitespace run stands alone."""
    found: list[str] = _patterns(text)[2].findall(text)
    return found


@lru_cache(maxsize=65536)
def _token_key(token: str) -> str:
    return " " if token.isspace() else normalize(token)


def diff_words(a: str, b: str, key: Callable[[str], str] = _token_key) -> Diff:
    """Diff ``a`` against ``b`` on word tokens, cleaned up for the eye.

    Args:
        a: the old text.
        b: the new text.
        key: the comparison form of a token; tokens with equal keys may match.

    Returns:
        ``[(op, text), ...]`` where the equal and delete texts concatenate to ``a`` and
        the equal and insert texts to ``b``; no op boundary falls inside a word.
    """
    return diff_words_both(a, b, key)[0]


def diff_words_both(a: str, b: str, key: Callable[[str], str] = _token_key) -> tuple[Diff, Diff]:
    """(the diff cleaned up for the eye, the token diff before that cleanup).

    The semantic cleanup folds a short shared run between two large edits into the
    edits, which reads better; the raw token diff keeps every shared run, which is
    what counts as reused word for word. Both come from one diff, so the second costs
    only its decoding.
    """
    if a == b:
        same: Diff = [("equal", a)] if a else []
        return same, same
    if not a:
        return [("insert", b)], [("insert", b)]
    if not b:
        return [("delete", a)], [("delete", a)]
    # Each distinct token gets a code, one per comparison form: private-use code
    # points, never letters or spaces, so the cleanup's heuristics about word
    # boundaries cannot move an edit inside what is really one token. Which code a
    # form gets does not matter (diff-match-patch compares codes for equality only).
    ua, ub = _split_units(a), _split_units(b)
    toks_a = [t for cw in ua for t in cw if t]
    toks_b = [t for cw in ub for t in cw if t]
    codes: dict[str, str] = {}
    code_of: dict[str, str] = {}
    for t in {*toks_a, *toks_b}:
        code_of[t] = codes.setdefault(key(t), chr(0xF0000 + len(codes)))
    # Where each unit's tokens start in the token lists, and the tokens' codes.
    off_a = _offsets(ua)
    off_b = _offsets(ub)
    enc_a = "".join([code_of[t] for t in toks_a])
    enc_b = "".join([code_of[t] for t in toks_b])
    # Pass 1: the expensive diff, on units (a token with its trailing whitespace).
    raw = _DMP.diff_main(
        "".join([code_of[c or w] for c, w in ua]), "".join([code_of[c or w] for c, w in ub]), False
    )
    # Pass 2: spell that diff out token by token (whitespace on its own), so the
    # semantic cleanup weighs a word and its space as two, as it was tuned to.
    ta: list[str] = []
    tb: list[str] = []
    spelled: list[tuple[int, str]] = []  # merged by _merge: only the sequence counts
    ia = ib = 0
    for op, chunk in raw:
        n = len(chunk)
        if op == 0:
            xa, ya, xb, yb = off_a[ia], off_a[ia + n], off_b[ib], off_b[ib + n]
            if ua[ia : ia + n] == ub[ib : ib + n]:
                # The same units on both sides (the common case): the stretch at once,
                # as the loop below would spell it.
                ta.extend(toks_a[xa:ya])
                tb.extend(toks_b[xb:yb])
                spelled.append((0, enc_a[xa:ya]))
            else:
                for (cu, wu), (cv, wv) in zip(ua[ia : ia + n], ub[ib : ib + n], strict=True):
                    if cu:
                        ta.append(cu)
                        tb.append(cv)
                        spelled.append((0, code_of[cu]))
                    if wu and wv:
                        ta.append(wu)
                        tb.append(wv)
                        spelled.append((0, code_of[wu]))
                    elif wu:
                        ta.append(wu)
                        spelled.append((-1, code_of[wu]))
                    elif wv:
                        tb.append(wv)
                        spelled.append((1, code_of[wv]))
            ia += n
            ib += n
        elif op < 0:
            xa, ya = off_a[ia], off_a[ia + n]
            ta.extend(toks_a[xa:ya])
            spelled.append((-1, enc_a[xa:ya]))
            ia += n
        else:
            xb, yb = off_b[ib], off_b[ib + n]
            tb.extend(toks_b[xb:yb])
            spelled.append((1, enc_b[xb:yb]))
            ib += n
    diffs = _merge(spelled)
    # A replaced unit spells out as word+space against word+space: the merge hands
    # the shared space back to the equal text before the cleanup weighs equalities.
    _DMP.diff_cleanupMerge(diffs)
    raw = _decode(diffs, ta, tb)
    _DMP.diff_cleanupSemantic(diffs)
    return whole_words(_tidy(_decode(diffs, ta, tb)), a, b), raw


def _decode(diffs: list[tuple[int, str]], ta: list[str], tb: list[str]) -> Diff:
    """Encoded token ops back to text ops."""
    out: Diff = []
    ia = ib = 0
    for code, chunk in diffs:
        n = len(chunk)
        if code == 0:
            xs, ys = ta[ia : ia + n], tb[ib : ib + n]
            if xs == ys:  # the common case: one equal text
                _push(out, "equal", "".join(xs))
                ia += n
                ib += n
                continue
            for x, y in zip(xs, ys, strict=True):
                if x == y:
                    _push(out, "equal", x)
                else:  # equal in comparison form only: show the exact change
                    _push(out, "delete", x)
                    _push(out, "insert", y)
            ia += n
            ib += n
        elif code < 0:
            _push(out, "delete", "".join(ta[ia : ia + n]))
            ia += n
        else:
            _push(out, "insert", "".join(tb[ib : ib + n]))
            ib += n
    return out


def _split_units(text: str) -> list[tuple[str, str]]:
    """Each unit of ``text`` as (its token, its trailing whitespace); a whitespace run
    that stands alone is ("", the run)."""
    return [(core, u[len(core) :]) for u in units(text) for core in (u.rstrip(),)]


def _offsets(split: list[tuple[str, str]]) -> list[int]:
    """Where each unit's tokens start in the flat token list (and the end)."""
    out = [0]
    k = 0
    for c, w in split:
        k += (c != "") + (w != "")
        out.append(k)
    return out


def _merge(spelled: list[tuple[int, str]]) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for op, text in spelled:
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))
    return out


def _push(out: Diff, op: Op, text: str) -> None:
    if not text:
        return
    if out and out[-1][0] == op:
        out[-1] = (op, out[-1][1] + text)
    else:
        out.append((op, text))


def _tidy(ops: Diff) -> Diff:
    """Merge runs so each change reads as one delete followed by one insert."""
    out: Diff = []
    i = 0
    while i < len(ops):
        if ops[i][0] == "equal":
            _push(out, "equal", ops[i][1])
            i += 1
            continue
        dels: list[str] = []
        ins: list[str] = []
        while i < len(ops) and ops[i][0] != "equal":
            (dels if ops[i][0] == "delete" else ins).append(ops[i][1])
            i += 1
        _push(out, "delete", "".join(dels))
        _push(out, "insert", "".join(ins))
    return out


def side_a(ops: Diff) -> str:
    return "".join(t for op, t in ops if op != "insert")


def side_b(ops: Diff) -> str:
    return "".join(t for op, t in ops if op != "delete")
