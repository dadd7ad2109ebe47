"""Possessive quantifiers where ``re`` gets them right, their greedy twins where not
(Python before 3.11.5: r19b finding 7, the seed pair's word diff differed on 3.11.2)."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsdiff.core import possessive as module
from newsdiff.core import worddiff
from newsdiff.core.figures import GROUPS_AFTER

from .conftest import SEEDS


def greedy(pattern: str) -> str:
    """What ``possessive`` gives on a Python whose ``re`` matches possessives wrongly."""
    return module._MARK.sub(r"\1", pattern)


def test_old_python_gets_greedy_twins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module, "RIGHT", False)
    assert module.possessive(r"\d++(?:[.,]\d++)*+\s*+x?+\d{3}+") == r"\d+(?:[.,]\d+)*\s*x?\d{3}"
    # An escaped "+" or "*" repeated ("\++": one or more "+") is no possessive.
    assert module.possessive(r"a\++b\*+") == r"a\++b\*+"
    monkeypatch.setattr(module, "RIGHT", True)
    assert module.possessive(r"\w++") == r"\w++"


# The patterns as their modules write them, before ``possessive`` (which on this
# Python leaves them as they are).
PATTERNS = [
    rf"\d++(?:[.,:]\d++)*+{GROUPS_AFTER}|\w++(?:[’'\-]\w++)*+|{worddiff._DOUBLED}|\s++|[^\w\s]",
    rf"\s++|(?:\d++(?:[.,:]\d++)*+{GROUPS_AFTER}|\w++(?:[’'\-]\w++)*+|[^\w\s])\s*+",
    r"\w++(?:[’'\-]\w++)*+",  # meaning/cues/base.py's _WORD
]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + [
    "and there’ s a great deal, workers' union, co-operation 1 200,5 3.5% 1.200.000",
]


def right(pattern: str, text: str) -> list[str]:
    """The matches of the possessive pattern as documented: by the ``regex`` package,
    whose possessives were never wrong (``re`` on 3.11.0-3.11.4 is what is tested)."""
    return [m.group() for m in regex.finditer(pattern, text)]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_each_greedy_twin_matches_what_its_pattern_matches(pattern: str) -> None:
    twin = re.compile(greedy(pattern))
    assert twin.pattern != pattern
    for text in TEXTS:
        assert twin.findall(text) == right(pattern, text)


@given(st.text(alphabet="ab1 2,.:’'-\u00a0%", max_size=40))
def test_greedy_twins_agree_on_any_text(text: str) -> None:
    for pattern in PATTERNS:
        assert re.findall(greedy(pattern), text) == right(pattern, text)


def test_there_s_tokenises_the_same_on_every_python() -> None:
    # 3.11.2's re took "there’" whole; a fixed re (and the twin) stops at the word.
    assert worddiff.tokenize("there’ s")[:2] == ["there", "’"]
