"""The ninth speed round's shortcuts (docs/performance.md, "The diff, ninth round"),
each held to what it replaces."""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsdiff.core import language
from newsdiff.core.align import Link
from newsdiff.core.frozen import quick_init
from newsdiff.core.language import (
    _PERSIAN,
    _PERSIAN_OWN,
    _SCRIPTS,
    _UKRAINIAN,
    _URDU,
    _WORD,
    ENGLISH,
    SAMPLE,
    Detected,
    _arabic_or_persian,
    script_counts,
)
from newsdiff.core.sentences import Sentence
from newsdiff.meaning.changes import Change
from newsdiff.meaning.compare import Row
from newsdiff.meaning.cues.base import Cue, Number
from newsdiff.meaning.options import CompareOptions
from newsdiff.meaning.spans import Tok


def _detect_joined(*texts: str) -> Detected:
    """``detect`` as it was before its tallies: every count taken on the texts'
    samples joined by a space (a text given twice once, review r23d)."""
    sample = " ".join(dict.fromkeys(t[:SAMPLE] for t in texts))
    counts = script_counts(sample)
    if counts["ja"] and counts["zh"]:
        counts["ja"] += counts.pop("zh")
    best = max(counts, key=lambda k: counts[k])
    if not counts[best]:
        return Detected(ENGLISH)
    if best == "ar":
        if not _URDU.isdisjoint(sample):
            return Detected("ur")
        return Detected(_arabic_or_persian(sample, texts))
    if best == "ru":
        return Detected("uk" if not _UKRAINIAN.isdisjoint(sample) else "ru")
    if best == "la":
        words = Counter(w.lower() for w in _WORD.findall(sample))
        hits = {lg: sum(words[w] for w in found) for lg, found in language._FUNCTION_SETS.items()}
        top = max(hits, key=lambda k: hits[k])
        english = hits[ENGLISH] * 1.2 >= hits[top]
        total = words.total()
        # Words with a letter none of the eight lists' languages writes (review r23d).
        foreign = sum(n for w, n in words.items() if not language._EIGHT_LETTERS.issuperset(w))
        least = language.FOREIGN * total if total >= language.SHORT else 0
        if not english and foreign > least and foreign >= hits[top]:
            return Detected(language.UNKNOWN)
        if total >= language.SHORT:
            return Detected(ENGLISH if english else top)
        distinct = sum(1 for w in language._FUNCTION_SETS[top] if words[w])
        if not english and min(hits[top], distinct) >= language.SHORT_HITS:
            return Detected(top)
        others = max(n for lg, n in hits.items() if lg != ENGLISH)
        return Detected(ENGLISH, hits[ENGLISH] > others)
    return Detected(best)


#: Function words of every list, letters of every script (the edges of its ranges
#: too), the letters that tell Urdu, Persian and Ukrainian, digits, marks, blanks.
_PIECES = [
    *" ".join(language._FUNCTION_WORDS.values()).split(),
    *(chr(c) for _lang, ranges in _SCRIPTS for lo, hi in ranges for c in (lo, hi)),
    *_URDU,
    *_PERSIAN,
    *_PERSIAN_OWN,
    *_UKRAINIAN,
    *"The DER İ é 7 _ . , ’ - ك ي".split(),
    " ",
    "\n",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXT, min_size=0, max_size=3))
@example(["the", "of"])  # words that the joining space keeps apart
@example(["قال وزير", "قال وزیر"])
@example(["x" * (SAMPLE + 5), "der die das und"])
def test_detect_sums_each_texts_tally(texts: list[str]) -> None:
    """The guess from each text's tally, summed, is the guess from the joined sample."""
    assert language.detect(*texts) == _detect_joined(*texts)


def _generated(cls: type, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """The fields a frozen data class's generated ``__init__`` sets, in its order:
    positional arguments, then keywords, then each default."""
    names = [f.name for f in dataclasses.fields(cls)]
    values = dict(zip(names, args, strict=False)) | kwargs
    for f in dataclasses.fields(cls):
        values.setdefault(f.name, f.default)
    return {name: values[name] for name in names}


_OPTS = CompareOptions(ignore_case=True)


@pytest.mark.parametrize(
    ("cls", "args", "kwargs"),
    [
        (Sentence, (3, 10, 24, "A sentence."), {}),
        (Sentence, (0,), {"text": "x", "end": 1, "start": 0}),
        (Link, ("moved", (1, 2), (4,), 0.5), {}),
        (Row, ("equal", (1,), (2,), 1.0, [("equal", "x")]), {}),
        (Row, ("changed", (1,), (2,), 0.4, []), {"english": False, "texts": ("a", "b")}),
        (Row, ("added", (), (2,), 0.0, [("insert", "y")], _OPTS, None, True), {}),
        (Tok, ("word", 7), {}),
        (Cue, ("hedge", 0, 5, "about"), {}),
        (Cue, ("voice", 0, 5, "about", "3 judging sentences"), {}),
        (Number, (0, 3, "15%", ("%", 15.0), "digits"), {}),
        (Change, ("a", "b", "number", 0, 1, 0, 1), {"parts": ((0, 1, 0, 1),)}),
        (Change, ("a", "b", "hedge", 0, 1, 0, 1, ("number",)), {}),
    ],
)
def test_quick_init_sets_what_the_generated_init_sets(
    cls: type, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    """A class under ``quick_init`` gets the fields, order and defaults the data
    class's own ``__init__`` gives, and stays frozen, equal and hashed as before."""
    made = cls(*args, **kwargs)
    assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"
    assert vars(made) == _generated(cls, *args, **kwargs)
    assert list(vars(made)) == [f.name for f in dataclasses.fields(cls)]
    assert made == cls(*args, **kwargs)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.kind = "x"  # type: ignore[attr-defined]
    if cls is not Row:  # a row's ops are a list: rows were never hashable
        assert hash(made) == hash(cls(*args, **kwargs))
    with pytest.raises(TypeError):
        cls(*args, **kwargs, unknown=1)


def test_quick_init_refuses_what_it_cannot_copy() -> None:
    """A field set otherwise than by position or keyword (a factory, keyword-only, not
    in ``__init__``) or a ``__post_init__`` keeps the generated ``__init__``."""

    @dataclasses.dataclass(frozen=True)
    class Factory:
        xs: list[int] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True)
    class Post:
        x: int

        def __post_init__(self) -> None:
            pass

    @dataclasses.dataclass(frozen=True, kw_only=True)
    class Keywords:
        x: int

    for cls in (Factory, Post, Keywords, int):
        with pytest.raises(TypeError):
            quick_init(cls)
