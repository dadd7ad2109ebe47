"""The cues of one row side (attribution, sources, hedges, negations, quotes, numbers),
found once per side and looked up per span by the classifier."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from typing import Generic, TypeVar

from newsdiff.meaning.certainty import expectation_swapped
from newsdiff.meaning.cue_keys import cue_key as _cue_key
from newsdiff.meaning.cue_keys import renamed_title
from newsdiff.meaning.cues.attribution import attribution_cues, source_cues
from newsdiff.meaning.cues.base import Cue, overlapping
from newsdiff.meaning.cues.hedges import hedge_cues
from newsdiff.meaning.cues.negation import fixed_phrases, negation_cues, privatives
from newsdiff.meaning.cues.quotes import quotations, quote_marks, scare_marks
from newsdiff.meaning.cues.testimony import credit_cues
from newsdiff.meaning.options import loose_key
from newsdiff.meaning.spans import RowNumbers, Span

_T = TypeVar("_T")


class _found_once(Generic[_T]):  # noqa: N801 - a decorator, named as cached_property is
    """``functools.cached_property`` without its lock: Python 3.11's takes a lock at
    every first look-up of a family (18,700 over the 1 MB bench pair's sides), and a
    ``Side`` is built and read by one call of ``row_changes``, in one thread. The value
    goes into the instance's ``__dict__``, which later look-ups find first."""

    def __init__(self, func: Callable[[Side], _T]) -> None:
        self.func = func
        self.name = func.__name__

    def __get__(self, obj: Side, owner: type | None = None) -> _T:
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class Side:
    """Cues found once per row side, looked up per span. Each family is found when the
    classifier first asks for it: the precedence stops at the first family that
    differs, so a row whose every change is a negation or a number never scans its
    sides for attribution or hedges (a fifth of classifying a long reprint)."""

    def __init__(self, text: str) -> None:
        self.text = text
        #: The row's other side, once ``pair`` has met the two.
        self.other: Side | None = None

    def pair(self, other: Side) -> None:
        """Meet the row's other side (what ``changed_negations`` compares with)."""
        self.other, other.other = other, self

    @_found_once
    def attribution(self) -> list[Cue]:
        return attribution_cues(self.text, with_sources=True)

    @_found_once
    def sources(self) -> list[Cue]:
        return source_cues(self.text)

    @_found_once
    def credits(self) -> list[Cue]:
        """A news agency's credit ("(Reuters)"): the source of the whole story."""
        return credit_cues(self.text)

    @_found_once
    def hedges(self) -> list[Cue]:
        return hedge_cues(self.text)

    @_found_once
    def negations(self) -> list[Cue]:
        return negation_cues(self.text)

    @_found_once
    def fixed(self) -> list[tuple[int, int]]:
        """The fixed phrases whose negator reverses nothing ("no doubt", "at no cost")."""
        return fixed_phrases(self.text) if self.negations else []

    @_found_once
    def privatives(self) -> list[tuple[int, int]]:
        """Where this side says an absence without a negator ("lost", "lacks")."""
        return privatives(self.text)

    def privatives_within(self, start: int, end: int) -> int:
        """The privatives that touch ``start:end`` (a word pair of "did not" -> "failed
        to" may hold only the "to" of "failed to")."""
        return sum(1 for p0, p1 in self.privatives if p0 < end and start < p1)

    def negations_within(self, start: int, end: int) -> int:
        """The changed negations inside ``start:end``, but for those of a fixed phrase
        of positive sense that lies inside it whole: "free of charge" -> "at no cost"
        reverses nothing, "at no cost" -> "at a cost" does."""
        return sum(
            1
            for c in self.changed_negations
            if start <= c.start
            and c.end <= end
            and not any(start <= f0 and f1 <= end and f0 <= c.start < f1 for f0, f1 in self.fixed)
        )

    def cut_whole(self, start: int, end: int) -> bool:
        """Whether the changed negations inside ``start:end`` each have the word they
        negate inside it too: a clause added or dropped with its negator ("[-, and the
        court agreed the case should never have been brought-]") reverses no claim the
        row keeps, while "did [-not -]attend" does."""
        cues = [c for c in self.changed_negations if start <= c.start and c.end <= end]
        if not cues or self.other is None:
            return False
        kept = {w.lower() for w in _WORD.findall(self.other.text)}
        for c in cues:
            # The negated word must go with it: one the other side still says ("We will
            # not leave," -> "they would leave") is a claim kept and reversed.
            negated = _negated(self.text, c.end)
            if negated is None or negated.end() > end or negated.group().lower() in kept:
                return False
        return True

    @_found_once
    def changed_negations(self) -> list[Cue]:
        """The negations the other side does not have in the same words: a negation
        that moved with its clause ("Lopez said further rises could not be ruled out."
        -> "..., adding that more rises could not be excluded", deleted from one
        sentence and inserted into another of the row) negates the same thing on both
        sides and is no negation added or removed. Words are the negation's neighbours
        ("could" and "be" around "not"; "n't" is "not"); where a side has more of one
        than the other, all of those count, and a changed span then holds one."""
        if self.other is None:
            return self.negations
        if not self.negations or not self.other.negations:
            # Nothing to keep, or nothing the other side has (most rows): each of mine
            # is one more than the other's none, without the words either side.
            return list(self.negations)
        mine = [_negation_key(self.text, c) for c in self.negations]
        theirs = Counter(_negation_key(self.other.text, c) for c in self.other.negations)
        have = Counter(mine)
        return [c for c, k in zip(self.negations, mine, strict=True) if have[k] != theirs[k]]

    @_found_once
    def changed_values(self) -> frozenset[tuple[str, float]]:
        """The number values this side has more or fewer times than the other: one
        written as often on both sides ("a rate cut in June" -> "a June rate cut")
        moved within the row, its value unchanged."""
        mine = Counter(n.value for n in self.numbers.all)
        if self.other is None:
            return frozenset(mine)
        theirs = Counter(n.value for n in self.other.numbers.all)
        return frozenset(v for v in mine if mine[v] != theirs[v])

    @_found_once
    def kept_frames(self) -> frozenset[str]:
        """The reporting frames (cue keys, ``_cue_key``) a split or merge of the row
        repeats or drops though it names their source anyway: a verb with no subject
        of its own (", saying", "who said", "It said") where the other side has the
        same verb, and a frame with a source against such a verb of the other side
        ("who said" -> "Biden said", "It said" dropped beside "The ministry said").
        "He said" -> "She said" keeps nothing, nor "The air force said" -> "Ukraine
        said"."""
        other = self.other if self.other is not None else self
        mine, theirs = _frames(self), _frames(other)
        kept: set[str] = set()
        for one, two, own, named in (
            (mine, theirs, self.text, other.text),
            (theirs, mine, other.text, self.text),
        ):
            extra = Counter(k for k, _bare in one) - Counter(k for k, _bare in two)
            verbs = {k.rsplit(" ", 1)[-1] for k, _bare in two}
            bare = {k for k, b in two if b}
            others = Counter(k for k, _bare in two) - Counter(k for k, _bare in one)
            # A verb left over whose subject the cues did not read ("Residents who
            # attended the meeting said") against a frame whose source this side names.
            unread = {k for k in others if " " not in k}
            for k in extra:
                if (k, True) in one:
                    if k in verbs:
                        kept.add(k)
                elif k.rsplit(" ", 1)[-1] in bare and _named_anyway(k, named):
                    kept.add(k)
                elif k.rsplit(" ", 1)[-1] in unread and _all_named(k.split()[:-1], named, False):
                    kept.add(k)
                elif any(_named_more(k, k2, (own, named)) for k2 in others):
                    kept.add(k)
        if "say" in kept:
            kept.update(_AS_SAYING)  # the cues key ", adding" as it is written
        return frozenset(kept)

    @_found_once
    def balanced_frames(self) -> frozenset[str]:
        """The reporting frames (cue keys) this side has as often as the other: in a
        split or merge, one that leaves a sentence for another of the row ("...,
        according to the national statistics office." -> "According to the national
        statistics office, ...") frames the same claim."""
        other = self.other if self.other is not None else self
        mine = Counter(k for k, _bare in _frames(self))
        theirs = Counter(k for k, _bare in _frames(other))
        return frozenset(k for k in mine if mine[k] == theirs[k])

    def frames_changed(self, mine: list[str], theirs: list[str], span: Span | None = None) -> bool:
        """Whether a span's frames (cue keys) on this side and the other differ, but
        for those the row keeps (``kept_frames``): a frame named again after a split,
        or dropped in a merge, changes no one; nor does a span (``span``, this side
        first) whose words put for the other side's leave the key of every frame it
        touches as it was, on both sides ("told a [-news-]{+press+} conference", when
        "told" -> "informed" changes the frame; "according to" -> "as per"), nor a
        verb of expectation put for another ("had expected" -> "had anticipated",
        which the cues may not read as a frame)."""
        if mine == theirs:
            return False
        if span is not None and self.other is not None:
            a0, a1, b0, b1 = span
            mine_words, their_words = self.text[a0:a1], self.other.text[b0:b1]
            if expectation_swapped(mine_words, their_words) or (
                # Not a capital alone: "Rescuers said" -> "According to rescuers," is
                # one frame replaced, whose pieces join (``whole_frames``).
                mine_words.lower() != their_words.lower()
                and not renamed_title(self.text, a1, self.other.text, b1, mine_words, their_words)
                and _same_keys(self, a0, a1, their_words)
                and _same_keys(self.other, b0, b1, mine_words)
            ):
                return False
        kept = self.kept_frames
        mine = [k for k in mine if k not in kept]
        theirs = [k for k in theirs if k not in kept]
        if mine == theirs:
            return False
        if not (mine and theirs) and self.many_sentences():
            # A frame on one side of the span only, that the row has as often on both:
            # moved to another sentence of the split or merge, not changed.
            return not all(k in self.balanced_frames for k in mine + theirs)
        return True

    def many_sentences(self) -> bool:
        """Whether either side of the row holds more than one sentence."""
        other = self.other if self.other is not None else self
        return bool(_SENTENCE_END.search(self.text) or _SENTENCE_END.search(other.text))

    def aside(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies in a clause with no reporting cue: a source noun
        there reports nothing (", giving the chief executive some room" added), while
        in ", said officials and witnesses" it does."""
        marks = [m.start() for m in _CLAUSE_MARKS.finditer(self.text)]
        lo = max((m for m in marks if m <= start), default=0)
        hi = min((m for m in marks if m >= end), default=len(self.text))
        return start < end and not overlapping(self.attribution, lo, hi)

    @_found_once
    def quotes(self) -> list[Cue]:
        return quote_marks(self.text)

    @_found_once
    def scare(self) -> list[Cue]:
        return scare_marks(self.text) if self.quotes else []

    @_found_once
    def quotations(self) -> list[Cue]:
        return quotations(self.text) if self.quotes else []

    @_found_once
    def numbers(self) -> RowNumbers:
        return RowNumbers(self.text)

    def cue_texts(self, cues: list[Cue], start: int, end: int) -> list[str]:
        found = overlapping(cues, start, end) if cues else cues
        # Most spans touch no cue of a family: no key to sort.
        return sorted(_cue_key(c) for c in found) if found else []


_WORD = re.compile(r"\w+")
#: What ends a clause (not the point or comma of "2.5", "7,000").
_CLAUSE_MARKS = re.compile(r"[;!?]|[.:,](?!\d)")
#: What stands before a verb with no subject of its own: a mark (", saying", ". Said
#: ..."), a relative or "It" ("who said", "It also said").
_NO_SUBJECT = re.compile(r"(?:[,;:.!?(—–-][”’\"')]*|\b(?:who|which|it|also|and))\s*$", re.I)


#: A source that names no one new: the subject the other side's bare verb had.
_PRONOUNS = frozenset("he she it they we i".split())


def _named_anyway(key: str, text: str) -> bool:
    """Whether a frame's source (its key's words before the verb) is a pronoun or is
    named in ``text``, the other side ("Biden said" against "President Joe Biden, who
    said"); "Critics said" against ", saying" names a new source."""
    return _all_named(key.split()[:-1], text)


def _all_named(words: list[str], text: str, pronouns: bool = True) -> bool:
    """Whether each of ``words`` (folded) is in ``text`` (or, with ``pronouns``, a
    pronoun: the subject a verb with none of its own had)."""
    have = {loose_key(w) for w in _WORD.findall(text)}
    return all((pronouns and w in _PRONOUNS) or w in have for w in words)


def _frames(side: Side) -> list[tuple[str, bool]]:
    """A side's reporting frames as cue keys, each with whether its verb has no
    subject of its own (``_NO_SUBJECT``). A participle that adds to what its subject
    said (", adding") reports as ", saying" does."""
    out: list[tuple[str, bool]] = []
    for c in side.attribution:
        k = _cue_key(c)
        bare = " " not in k and bool(_NO_SUBJECT.search(side.text, max(0, c.start - 12), c.start))
        out.append(("say" if bare and k in _AS_SAYING else k, bare))
    return out


#: A participle of saying more that reports as ", saying" does.
_AS_SAYING = frozenset(("add",))
#: A sentence's end inside a row side (sentences joined by a space).
_SENTENCE_END = re.compile(r"[.!?][”’\"')]*\s+\S")


def _named_more(k: str, k2: str, texts: tuple[str, str]) -> bool:
    """Whether frames ``k`` (this side's) and ``k2`` (the other's) are one frame with
    its source named more fully on one side ("Harlan told reporters" and "Majority
    Leader Tom Harlan told reporters"), the words only the longer has named anyway
    on the shorter one's side (``texts``: this side's, the other's)."""
    longer, shorter, named = (k2, k, texts[0]) if len(k2) > len(k) else (k, k2, texts[1])
    if not longer.endswith(" " + shorter):
        return False
    return _all_named(longer[: -len(shorter)].split(), named, False)


#: Words between a negator and what it negates: "never have been brought", "no such".
_TO_NEGATED = frozenset(
    "have has had be been being is was were are am do does did to ever even yet a an the "
    "any such longer".split()
)


def _negated(text: str, at: int) -> re.Match[str] | None:
    """The word a negator ending at ``at`` negates, if any."""
    for m in _WORD.finditer(text, at):
        if m.group().lower() not in _TO_NEGATED:
            return m
    return None


def _negation_key(text: str, cue: Cue) -> tuple[str, str, str]:
    """A negation with the words either side of it, folded ("couldn't be" is
    ("could", "not", "be"))."""
    before = _WORD.findall(text, max(0, cue.start - 40), cue.start)
    after = _WORD.search(text, cue.end)
    word = "not" if cue.text.lower() in ("n't", "n’t") else loose_key(cue.text)
    return (
        loose_key(before[-1]) if before else "",
        word,
        loose_key(after.group()) if after else "",
    )


def _same_keys(side: Side, start: int, end: int, put: str) -> bool:
    """Whether ``side`` has frames touching ``start:end``, each inside it, and ``put``
    for those words keys each frame as before."""
    cues = overlapping(side.attribution, start, end)
    return bool(cues) and all(
        c.start <= start
        and end <= c.end
        and _cue_key(c)
        == _cue_key(replace(c, text=f"{c.text[: start - c.start]}{put}{c.text[end - c.start :]}"))
        for c in cues
    )
