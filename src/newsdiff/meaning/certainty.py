"""How sure a text says something is: the groups hedge words fall in, so that a change
of certainty (may -> will, likely -> certain, plausible -> clear) is told apart from one
hedge swapped for an equal one (might -> may, "commonly thought" -> "widely believed",
supposedly -> reportedly), which changes how the story is worded, not how sure it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Each group of hedge (and certainty) words; a word's group is its degree of certainty.
GROUPS: dict[str, frozenset[str]] = {
    "hearsay": frozenset(
        "reportedly allegedly supposedly purportedly reported alleged supposed purported "
        "rumoured rumored allege report suppose purport rumour rumor".split()
    ),
    "possible": frozenset(
        "may might could possibly possible perhaps maybe plausible plausibly conceivably "
        "potentially".split()
    ),
    "likely": frozenset(
        "probably likely presumably apparently seemingly seems seemed appears appeared "
        "expected believed thought suspected feared fears fear belief expect believe think "
        "suspect seem appear seen see".split()
    ),
    "unlikely": frozenset("unlikely doubtful improbable".split()),
    "approximate": frozenset(
        "approximately roughly about around nearly almost some estimated estimate "
        "estimates projected project".split()
    ),
    "certain": frozenset(
        "certain certainly clear clearly definitely sure surely undoubtedly undeniably".split()
    ),
}
# Hedge cues arrive as the classifier keys them: verbs in their base form ("thought" is
# "think"), so both forms are listed.
_GROUP_OF = {word: group for group, words in GROUPS.items() for word in words}
_WORD = re.compile(r"[A-Za-z]+")


def groups(texts: Iterable[str]) -> frozenset[str]:
    """The certainty groups of the words in ``texts`` (hedge cues, or changed words)."""
    return frozenset(
        group for text in texts for w in _WORD.findall(text.lower()) if (group := _GROUP_OF.get(w))
    )


def same_certainty(a: Iterable[str], b: Iterable[str]) -> bool:
    """Whether two sides' hedges say the text is equally sure: both hedge, in the same
    groups (might -> may, supposedly -> reportedly)."""
    ga, gb = groups(a), groups(b)
    return bool(ga) and ga == gb


def certainty_changed(a: str, b: str) -> bool:
    """Whether changed words that are no hedge cue still change how sure the text is:
    both sides hold words of certainty groups, and the groups differ (plausible ->
    clear)."""
    ga, gb = groups([a]), groups([b])
    return bool(ga) and bool(gb) and ga != gb
