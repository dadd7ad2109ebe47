"""How sure a text says something is: the groups hedge words fall in, so that a change
of certainty (may -> will, could -> will, likely -> certain, plausible -> clear) is told
apart from one hedge swapped for an equal one (might -> may, could -> may, "commonly
thought" -> "widely believed", supposedly -> reportedly), which changes how the story is
worded, not how sure it is. A two-word hedge ("widely believed") is swapped as one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

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
        "suspect seem appear seen see anticipated anticipate predicted predict forecast "
        "forecasted".split()
    ),
    "unlikely": frozenset("unlikely doubtful improbable".split()),
    "approximate": frozenset(
        "approximately roughly about around nearly almost some estimated estimate "
        "estimates projected project".split()
    ),
    # "will" and "must" are sure of what they say: "could -> will" changes how sure
    # the story is as "may -> will" does.
    "certain": frozenset(
        "certain certainly clear clearly definitely sure surely undoubtedly undeniably "
        "will shall must".split()
    ),
}
#: Verbs of expectation, framed or not: one for another says the same thing as surely
#: ("Economists had expected the decision" -> "had anticipated", "is expected to" ->
#: "is predicted to"), while "thinks" -> "believed" changes who says what.
EXPECTING = frozenset(
    f"{stem}{end}"
    for stem in ("expect", "anticipat", "predict", "forecast")
    for end in (("", "s", "ed", "ing") if stem != "anticipat" else ("e", "es", "ed", "ing"))
)
#: Hedges that give a figure as its top, by their cue keys ("up to" is keyed "up"): one
#: for another is one hedge for an equal one, as README says of "might" -> "may" (review
#: r23a finding 4: "up to 50" -> "as many as 60" was {number}{hedge}, now {number}).
#: Only as whole cues: "up" is no hedge among changed words ("prices went up").
TOPS = frozenset({"up", "as many as", "as much as"})
# Hedge cues arrive as the classifier keys them: verbs in their base form ("thought" is
# "think"), so both forms are listed.
_GROUP_OF = {word: group for group, words in GROUPS.items() for word in words}
_WORD = re.compile(r"[A-Za-z]+")
#: An adverb before a word of belief or report makes one hedge of the two ("commonly
#: thought", "widely believed"): swapped whole, it is one change (``whole_phrases``).
_PHRASE = re.compile(
    r"\b(?:widely|commonly|generally|largely|broadly|popularly|often|long|still|"
    r"increasingly)\s+([A-Za-z]+)\b",
    re.IGNORECASE,
)

Span = tuple[int, int, int, int]  # a_start, a_end, b_start, b_end, as meaning.spans


def phrases(text: str) -> list[tuple[int, int]]:
    """Where ``text`` has a hedge phrase of two words ("widely believed")."""
    return [m.span() for m in _PHRASE.finditer(text) if m.group(1).lower() in _GROUP_OF]


def whole_phrases(text_a: str, text_b: str, pairs: Sequence[Span]) -> list[Span]:
    """Word pairs of a replaced stretch with the pairs that share a hedge phrase on
    either side joined into one: "commonly thought" -> "widely believed" is one swap
    of equal hedges, not "commonly" -> "widely" and "thought" -> "believed"."""
    found_a, found_b = phrases(text_a), phrases(text_b)

    def shared(found: list[tuple[int, int]], x: tuple[int, int], y: tuple[int, int]) -> bool:
        return any(s < x[1] and x[0] < e and s < y[1] and y[0] < e for s, e in found)

    out: list[Span] = []
    for pair in pairs:
        if out and (
            shared(found_a, out[-1][:2], pair[:2]) or shared(found_b, out[-1][2:], pair[2:])
        ):
            last = out[-1]
            out[-1] = (last[0], pair[1], last[2], pair[3])
        else:
            out.append(pair)
    return out


def groups(texts: Iterable[str]) -> frozenset[str]:
    """The certainty groups of the words in ``texts`` (hedge cues, or changed words)."""
    return frozenset(
        group for text in texts for w in _WORD.findall(text.lower()) if (group := _GROUP_OF.get(w))
    )


def same_certainty(
    a: Sequence[str], b: Sequence[str], words_a: str = "", words_b: str = ""
) -> bool:
    """Whether two sides' hedges say the text is equally sure: both hedge, in the same
    groups (might -> may, supposedly -> reportedly).

    A side without a hedge cue is judged by its changed words (``words_a``,
    ``words_b``): "could withdraw" is no cue ("could" hedges only before "be", "reach"
    ...), but "could" -> "may" swaps one word of the possible for another."""
    ga = _cue_groups(a) if a else groups([words_a])
    gb = _cue_groups(b) if b else groups([words_b])
    return bool(ga) and ga == gb


def _cue_groups(keys: Sequence[str]) -> frozenset[str]:
    tops = frozenset({"top"}) if any(k in TOPS for k in keys) else frozenset()
    return groups(keys) | tops


def group_of(word: str) -> str | None:
    """The certainty group of one lowercase word, if it has one."""
    return _GROUP_OF.get(word)


def certainty_changed(a: str, b: str) -> bool:
    """Whether changed words that are no hedge cue still change how sure the text is:
    both sides hold words of certainty groups, and the groups differ (plausible ->
    clear)."""
    ga, gb = groups([a]), groups([b])
    return bool(ga) and bool(gb) and ga != gb


def expectation_swapped(a: str, b: str) -> bool:
    """Whether a change puts one verb of expectation for another (``EXPECTING``), not
    another form of the same verb ("expects" -> "expected")."""
    x, y = a.strip().lower(), b.strip().lower()
    return x in EXPECTING and y in EXPECTING and x[:6] != y[:6]


def no_ranges(keys: Sequence[str]) -> list[str]:
    """Hedge cue keys less the ranges: the same figures in another order ("52 to 48" ->
    "48 to 52", a vote or a score reversed) read as a range only where they run
    upwards, which says nothing of how sure the text is; the order is a number change."""
    return [k for k in keys if k != "range"]
