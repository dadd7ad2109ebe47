"""Possessive quantifiers (``++``, ``*+``, ``?+``) where Python's ``re`` matches them
right, greedy ones where it does not.

The patterns here use possessive runs for speed only: nothing after a run can make it
give back what it took, so each matches what the greedy one matches, without the state
``re`` keeps to backtrack into every repetition. Before Python 3.11.5, ``re`` matched
a possessive repetition of a group wrongly (CPython gh-106052, gh-100061): on Debian
12's Python 3.11.2 ``\\w++(?:[’'\\-]\\w++)*+`` took "there’" from "there’ s" where 3.11.5
and later take "there", so the word diff, and every output, depended on the patch
level. There the greedy twin gives the same matches as a fixed Python.
"""

from __future__ import annotations

import re
import sys

#: Whether this Python's ``re`` matches possessive quantifiers as documented.
RIGHT = sys.version_info >= (3, 11, 5)
#: A possessive mark: a "+" after a quantifier that is not an escaped character.
_MARK = re.compile(r"(?<!\\)([+*?}])\+")


def possessive(pattern: str) -> str:
    """``pattern`` as written, or with each possessive quantifier greedy on a Python
    whose ``re`` gets them wrong. Only for patterns with no "+", "*", "?" or "}" before a
    "+" inside a character class."""
    return pattern if RIGHT else _MARK.sub(r"\1", pattern)
