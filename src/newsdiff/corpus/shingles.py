"""Articles read and turned into word shingles: the scan's features, one partition at a time.

Words are ``report``'s (``core.reuse.words``: folded, lowercased, "russia's" and
"7,000" one word each), found by a plain ``re`` pattern that gives the same words for
text without combining marks or unspaced scripts (several times faster), and by
``core.reuse.words`` itself for the rest. A shingle is K consecutive words, hashed to 64 bits. Word hashes come from BLAKE2b of the word, not Python's ``hash``
(salted per process), so that every worker of a cluster hashes alike.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice, pairwise

import numpy as np
import numpy.typing as npt
import regex

from newsdiff.core.article import Article, InputError, load, normalize
from newsdiff.core.figures import GROUPS_AFTER
from newsdiff.core.possessive import possessive
from newsdiff.core.reuse import NGRAM
from newsdiff.core.reuse import words as reuse_words
from newsdiff.core.unspaced import UNSPACED
from newsdiff.core.worddiff import NO_SPACE, is_word
from newsdiff.core.wordunits import word_tokens
from newsdiff.corpus import records
from newsdiff.corpus.sources import Piece

U64 = npt.NDArray[np.uint64]

#: Words per shingle: ``report``'s 3-gram containment (core.reuse.NGRAM).
K = NGRAM

# The word diff's figures: no "%" in their token, thousands grouped by spaces joined.
_FAST = re.compile(possessive(rf"\d++(?:[.,:]\d++)*+{GROUPS_AFTER}|\w+(?:['\-]\w+)*"))
_HARD = regex.compile(rf"[{NO_SPACE}\p{{M}}]", regex.V1)


def words(text: str) -> list[str]:
    """``core.reuse.words(text)``, faster for most text (see the module docstring)."""
    folded = normalize(text).lower()
    if _HARD.search(folded):
        return reuse_words(text)
    found: list[str] = _FAST.findall(folded)
    if "_" in folded:
        found = [w for w in found if is_word(w)]
    return found


def word_total(text: str, tokens: int) -> int:
    """How many words ``text`` holds as a reader counts them: its ``tokens`` words, but
    a run of an unspaced script's characters (tokens of their own) counted by its words
    (``core.wordunits.word_tokens``): r18a's Chinese article was "124 words", its
    characters (finding 11)."""
    if text.isascii() or not UNSPACED.search(text):
        return tokens
    return sum(map(is_word, word_tokens(normalize(text).lower())))


_MUL = np.uint64(0x9E3779B97F4A7C15)


@dataclass
class Features:
    """A partition's articles: what the scan reports of each, and their shingles."""

    refs: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    words: list[int] = field(default_factory=list)
    #: Each article's shingle hashes in reading order (words - K + 1 of them, or none).
    shingles: list[U64] = field(default_factory=list)
    #: Each article's number of distinct shingles (the exact check's denominator).
    distinct: list[int] = field(default_factory=list)
    #: Each article's distinct sampled shingles of the candidate search (its postings).
    samples: list[U64] = field(default_factory=list)
    #: Files or records that could not be read: "path: problem".
    failures: list[str] = field(default_factory=list)


def mix(x: U64) -> U64:
    """splitmix64's finaliser: every output bit depends on every input bit, so a
    sample by the low bits is a fair sample."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint64(30))
        x = x * np.uint64(0xBF58476D1CE4E5B9)
        x = x ^ (x >> np.uint64(27))
        x = x * np.uint64(0x94D049BB133111EB)
        return x ^ (x >> np.uint64(31))


def shingle_hashes(word_hashes: U64, k: int = K) -> U64:
    """The hash of every run of ``k`` consecutive words (none for fewer words)."""
    n = len(word_hashes) - k + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint64)
    with np.errstate(over="ignore"):
        h = word_hashes[:n].copy()
        for j in range(1, k):
            h = h * _MUL + word_hashes[j : j + n]
    return mix(h)


def read_piece(piece: Piece) -> tuple[list[Article], list[str]]:
    """The articles of one piece, and what could not be read in it."""
    if piece.kind == "file":
        try:
            return [load(piece.path, warn=False)], []
        except InputError as err:
            return [], [str(err)]
    if piece.kind == "record":
        try:
            return [records.find(piece.path, piece.ident).article(piece.path)], []
        except InputError as err:
            return [], [str(err)]
    arts: list[Article] = []
    failures: list[str] = []
    try:
        for rec in records.read_lines(piece.path, piece.start, piece.end):
            if isinstance(rec, str):
                failures.append(f"{piece.path}: {rec}")
                continue
            try:
                arts.append(rec.article(piece.path))
            except InputError as err:
                failures.append(str(err))
    except InputError as err:
        failures.append(str(err))
    return arts, failures


def sample(hashes: U64, rate: int) -> U64:
    """The distinct shingles of a 1-in-``rate`` sample by hash: the same in every article."""
    if rate > 1:
        hashes = hashes[(hashes & np.uint64(rate - 1)) == 0]
    return np.unique(hashes)


def featurize(pieces: Sequence[Piece], k: int = K, sample_k: int = K, rate: int = 4) -> Features:
    """Read a partition's pieces and shingle every article in it: ``k``-word shingles for
    the exact check, a 1-in-``rate`` sample of ``sample_k``-word ones for the search."""
    from newsdiff.corpus.reader import install

    install()  # a worker process reads HTML and corpus records as the client would
    out = Features()
    vocab: dict[str, int] = {}
    ids: list[list[int]] = []
    for piece in pieces:
        arts, failures = read_piece(piece)
        out.failures += failures
        for art in arts:
            tokens = words(art.text)
            doc = []
            for w in tokens:
                i = vocab.get(w)
                if i is None:
                    i = vocab[w] = len(vocab)
                doc.append(i)
            ids.append(doc)
            out.refs.append(art.path)
            out.titles.append(art.title or _first_line(art.text))
            out.dates.append(art.date)
            out.texts.append(art.text)
            out.words.append(word_total(art.text, len(tokens)))
    table = np.fromiter(
        (
            int.from_bytes(hashlib.blake2b(w.lower().encode(), digest_size=8).digest(), "little")
            for w in vocab
        ),
        dtype=np.uint64,
        count=len(vocab),
    )
    for doc in ids:
        hashes = table[np.asarray(doc, dtype=np.int64)]
        out.shingles.append(shingle_hashes(hashes, k))
        out.distinct.append(len(np.unique(out.shingles[-1])))
        out.samples.append(sample(shingle_hashes(hashes, sample_k), rate))
    return out


#: A title longer than this is cut at a word (an article of one line has no title).
TITLE_CHARS = 100


def _first_line(text: str) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    if len(line) <= TITLE_CHARS:
        return line
    return line[:TITLE_CHARS].rsplit(" ", 1)[0] + " …"


def passage(text: str, start: int, length: int) -> str:
    """Words ``start`` to ``start + length`` of ``text`` as they read in it (folded for
    quotes and spaces), or the words themselves where they cannot be found."""
    folded = normalize(text)
    lower = folded.lower()
    # Cut at the words' own places where ``words`` finds them with the plain pattern (and
    # lowercasing keeps every offset): a pattern of the passage's words, compiled for
    # each pair, was most of the scan's time (6 ms for a 400-word passage).
    if len(lower) == len(folded) and not _HARD.search(lower):
        # Whether the text holds "_" is asked once: asked of each word, a scan of the
        # whole text each time, it took 9 s for one 400,000-word record.
        plain = "_" not in lower
        # Only as far as the passage's end: a pair's passage need not read its whole text.
        every = (m.span() for m in _FAST.finditer(lower) if plain or is_word(m[0]))
        spans = list(islice(every, start + length))
        if length > 0 and start + length <= len(spans):
            return folded[spans[start][0] : spans[start + length - 1][1]]
    span = words(text)[start : start + length]
    # Beside a character of an unspaced script nothing need stand between two words.
    joins = [
        r"\W*" if UNSPACED.match(x[-1]) or UNSPACED.match(y[0]) else r"\W+"
        for x, y in pairwise(span)
    ]
    pattern = "".join(j + re.escape(w) for j, w in zip(["", *joins], span, strict=True))
    found = re.search(pattern, folded, re.I)
    return found.group(0) if found else " ".join(span)
