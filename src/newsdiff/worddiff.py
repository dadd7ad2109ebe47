"""Word-level diff of two short texts with diff-match-patch on word tokens.

Each token (a word, a number, a punctuation mark or a whitespace run) becomes one
character, so diff-match-patch can never cut a word in half, and the semantic cleanup
runs on the encoded diff, before decoding, for the same reason. Tokens are matched by
their comparison form (quote and dash styles folded), then every equal run is checked
against the exact text so the ops always reassemble both originals exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from diff_match_patch import diff_match_patch

from newsdiff.article import normalize

Op = Literal["equal", "delete", "insert"]
Diff = list[tuple[Op, str]]

# Numbers keep their separators and percent sign ("7,000", "15%", "07.04"); words keep
# inner apostrophes and hyphens ("Russia’s", "second-largest").
TOKEN_RE = re.compile(r"\d+(?:[.,:]\d+)*%?|\w+(?:[’'\-]\w+)*|\s+|[^\w\s]")

_DMP = diff_match_patch()
# Inputs are single aligned rows, so an exact diff is cheap (median 0.5 ms a pair).
_DMP.Diff_Timeout = 0


def tokenize(text: str) -> list[str]:
    """Split text into tokens whose concatenation is exactly ``text``."""
    return TOKEN_RE.findall(text)


def is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _token_key(token: str) -> str:
    if token.isspace():
        return " "
    return normalize(token)


def diff_words(a: str, b: str, key: Callable[[str], str] = _token_key) -> Diff:
    """Diff ``a`` against ``b`` on word tokens.

    Args:
        a: the old text.
        b: the new text.
        key: the comparison form of a token; tokens with equal keys may match.

    Returns:
        ``[(op, text), ...]`` where the equal and delete texts concatenate to ``a`` and
        the equal and insert texts to ``b``; no op boundary falls inside a word.
    """
    if a == b:
        return [("equal", a)] if a else []
    if not a:
        return [("insert", b)]
    if not b:
        return [("delete", a)]
    ta, tb = tokenize(a), tokenize(b)
    codes: dict[str, str] = {}

    def encode(tokens: list[str]) -> str:
        # Private-use code points: never letters or spaces, so the cleanup's heuristics
        # about word boundaries cannot move an edit inside what is really one token.
        return "".join(codes.setdefault(key(t), chr(0xF0000 + len(codes))) for t in tokens)

    ea, eb = encode(ta), encode(tb)
    diffs = _DMP.diff_main(ea, eb, False)
    _DMP.diff_cleanupSemantic(diffs)

    out: Diff = []
    ia = ib = 0
    for code, chunk in diffs:
        n = len(chunk)
        if code == 0:
            for x, y in zip(ta[ia : ia + n], tb[ib : ib + n], strict=True):
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
    return _tidy(out)


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
