"""Tags carried across the pair, and rows whose two sides carry different labels.

Pure functions over a comparison's rows and two plain maps of sentence index to label
(one per side), so the app can call them after every keystroke and tests need no
store. Build the maps from the store with, for example,
``{t.sentence: t.label for t in store.article_tags(article, sentences, annotator)}``.

Propagation: tagging a sentence gives its aligned counterpart the same label, marked
``source="propagated"``, unless the counterpart has a label of its own. A row's side
passes its label on only when its tagged sentences agree; a 2-1 row whose two
sentences carry different labels propagates nothing (there is no one label to give).
Only in-place and moved rows that are sure links have counterparts (``carries``);
added and removed sentences, and the two sides of a weak link (which may not be one
sentence edited at all), keep what they have. Propagation is one hop: a propagated label is never passed on again.

Where a row's receiving side has several sentences (one sentence told as two), the
label goes only to those that hold the tagged sentence's content (``holders``): the
part that shares most of its content words, and any other part more than half of
whose content words come from it. A clause the rewrite added ("No deaths have been
reported.") gets nothing, even when the aligner put it in the row.

Label shift: a row whose sides both carry labels of their own, and different ones
(a fact in the wire story that became an estimate in the reprint), is flagged.

A carried label in the store is derived data: ``current`` drops those whose origin no
longer carries that label of its own (relabelled by ``newsdiff tag`` or another window
after the label was carried), so an export or agreement never counts a stale one.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from newsdiff.core.align import Paired
from newsdiff.core.words import content_words
from newsdiff.store import OWN_SOURCES, Store, Tag

Source = Literal["human", "propagated"]
Side = Literal["a", "b"]


@dataclass(frozen=True)
class CarriedTag:
    """A sentence's effective label and where it comes from.

    Attributes:
        label: the label.
        source: ``"human"`` for the sentence's own tag, ``"propagated"`` for one
            inherited from the aligned counterpart.
        origin: for a propagated label, the counterpart sentences it came from (indices
            on the other side); empty for a human one.
    """

    label: str
    source: Source = "human"
    origin: tuple[int, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "source": self.source, "origin": list(self.origin)}


def carries(row: Paired) -> bool:
    """Whether labels cross a row: it has both sides and is a sure link (a comparison's
    row says, ``Row.sure``; an alignment's ``Link`` is taken as one)."""
    return bool(row.a and row.b) and getattr(row, "sure", True)


def _side_label(
    indices: Sequence[int], tags: Mapping[int, str]
) -> tuple[str | None, tuple[int, ...]]:
    """The one label a row's side carries (and which sentences carry it), or None."""
    tagged = [(i, tags[i]) for i in indices if i in tags]
    labels = {label for _i, label in tagged}
    if len(labels) != 1:
        return None, ()
    return labels.pop(), tuple(i for i, _label in tagged)


#: A sentence of a row's receiving side, beside the one that shares most, holds the
#: tagged sentence's content when more than this share of its content words
#: (``core.words.content_words``: stop words dropped, stems) come from it. Half is not
#: enough: a clause the rewrite added keeps the reporting frame it was split from
#: ("Police said no deaths have been reported." shares "police" and "said", 2 of 4,
#: with "A fire destroyed three homes on Elm Street on Sunday, police said.").
HOLDS = 0.5


def holders(origin: Sequence[str], parts: Sequence[tuple[int, str]]) -> tuple[int, ...]:
    """The sentences of ``parts`` (index, text: a row's receiving side) that hold the
    content of ``origin`` (the texts of the tagged sentences on the other side).

    One part is always a holder: the aligner paired it. Of several, the one whose
    content words come most from ``origin`` (the share of its own; then the number
    shared; then the first) is, and any other whose share is over ``HOLDS``.
    """
    if len(parts) <= 1:
        return tuple(i for i, _text in parts)
    source = frozenset().union(*map(content_words, origin))
    scores: list[tuple[float, int]] = []
    for _i, text in parts:
        words = content_words(text)
        shared = len(words & source)
        scores.append((shared / len(words) if words else 0.0, shared))
    best = max(range(len(parts)), key=lambda k: (scores[k], -k))
    return tuple(i for k, (i, _text) in enumerate(parts) if k == best or scores[k][0] > HOLDS)


def propagate(
    rows: Sequence[Paired],
    tags_a: Mapping[int, str],
    tags_b: Mapping[int, str],
    texts: tuple[Sequence[str], Sequence[str]],
) -> tuple[dict[int, CarriedTag], dict[int, CarriedTag]]:
    """Every sentence's effective tag on each side, own or inherited.

    Args:
        rows: the comparison's rows (``Comparison.rows``).
        tags_a: sentence index -> label, the human tags of side A.
        tags_b: the same for side B.
        texts: the sentences' texts of each side, by index (``holders`` reads them).

    Returns:
        ``(effective_a, effective_b)``: sentence index -> ``CarriedTag``. Every own
        tag is there with ``source="human"``; an untagged sentence whose counterpart
        side carries one label gets it with ``source="propagated"`` if it holds that
        side's tagged content (``holders``); sentences with neither are absent.
    """
    eff_a = {i: CarriedTag(label) for i, label in tags_a.items()}
    eff_b = {j: CarriedTag(label) for j, label in tags_b.items()}
    for row in rows:
        if not carries(row):
            continue
        label_a, from_a = _side_label(row.a, tags_a)
        label_b, from_b = _side_label(row.b, tags_b)
        if label_a is not None:
            origin = [texts[0][i] for i in from_a]
            for j in holders(origin, [(j, texts[1][j]) for j in row.b]):
                if j not in tags_b:
                    eff_b[j] = CarriedTag(label_a, "propagated", from_a)
        if label_b is not None:
            origin = [texts[1][j] for j in from_b]
            for i in holders(origin, [(i, texts[0][i]) for i in row.a]):
                if i not in tags_a:
                    eff_a[i] = CarriedTag(label_b, "propagated", from_b)
    return eff_a, eff_b


@dataclass(frozen=True)
class LabelShift:
    """A row whose two sides carry different labels of their own.

    Attributes:
        row: the row's index in ``Comparison.rows``.
        a_labels: the labels on side A's sentences, sorted.
        b_labels: the labels on side B's sentences, sorted.
    """

    row: int
    a_labels: tuple[str, ...]
    b_labels: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"row": self.row, "a": list(self.a_labels), "b": list(self.b_labels)}


def label_shifts(
    rows: Sequence[Paired], labels_a: Mapping[int, str], labels_b: Mapping[int, str]
) -> list[LabelShift]:
    """The rows whose sides both carry labels and not the same ones, in row order.

    Pass the human tags (propagated labels agree with their source by construction).
    A side with several sentences carries the set of their labels; the row shifts
    when the two sets differ ("fact" vs "fact, estimate" shifts).
    """
    out: list[LabelShift] = []
    for k, row in enumerate(rows):
        if not carries(row):
            continue
        la = {labels_a[i] for i in row.a if i in labels_a}
        lb = {labels_b[j] for j in row.b if j in labels_b}
        if la and lb and la != lb:
            out.append(LabelShift(k, tuple(sorted(la)), tuple(sorted(lb))))
    return out


def next_shift(shifts: Sequence[LabelShift], after_row: int, wrap: bool = True) -> int | None:
    """The row index of the first shift after ``after_row`` (the app's jump key).

    With ``wrap``, past the last shift it starts again from the top; None when there
    is no shift at all (or none after, without wrap).
    """
    for s in shifts:
        if s.row > after_row:
            return s.row
    if wrap and shifts:
        return shifts[0].row
    return None


def row_of(rows: Sequence[Paired], side: Side, index: int) -> int | None:
    """The index of the row holding sentence ``index`` of ``side`` (None if absent)."""
    for k, row in enumerate(rows):
        if index in (row.a if side == "a" else row.b):
            return k
    return None


def current(tags: Iterable[Tag], replaced: Collection[str] = ()) -> list[Tag]:
    """``tags`` without the carried labels that disagree with their origin now.

    A propagated record counts only while the row's sentences it was carried from
    (``origin_sentences`` of ``origin_article``) carry, of the same annotator's own
    labels, that one label and no other (what ``propagate`` would carry now). One whose
    source was relabelled, cleared or skipped since is dropped. Pass every tag that
    could be an origin (the whole store). A propagated record that cannot be checked is
    kept as it is: one written before origins were kept (it names none), and one whose
    origin is a version in ``replaced`` (``replaced_versions``: its text was edited
    and its tags moved to the new version, where its sentences have other indices).
    """
    tags = list(tags)
    own = {
        (t.article_id, t.annotator, t.sentence): t.label
        for t in tags
        if t.label and t.source in OWN_SOURCES
    }

    def holds(t: Tag) -> bool:
        if t.source != "propagated" or not t.label or not t.origin_article:
            return True
        if t.origin_article in replaced:
            return True
        there = {own.get((t.origin_article, t.annotator, i)) for i in t.origin_sentences}
        return there - {None} == {t.label}

    return [t for t in tags if holds(t)]


def replaced_versions(store: Store) -> set[str]:
    """The article versions of ``store`` replaced by an edited text (the index's
    ``superseded_by``): what ``current`` cannot check a carried label against."""
    return {e["article_id"] for e in store.articles() if e.get("superseded_by")}
