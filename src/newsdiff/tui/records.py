"""One annotator's tag records of a pair, in memory and in step with the store.

Headless (no Textual). It uses only the store's public API (``article_tags``, ``tags``,
``put`` and ``remove`` with ``expect=``, ``locked``, ``article_stamp``); ``TagSession``
(``session``) builds the key presses, propagation and undo on top of it.

Other windows and ``newsdiff tag`` may write the same annotator's records meanwhile.
Each change is made under the store's lock, after re-reading any article whose tag file
changed, and each write is conditional on the record it was decided from, so nothing
written elsewhere is overwritten: the session reloads it, and a key press or undo that
would have overwritten it raises ``Stale`` instead.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from newsdiff.core.article import Article
from newsdiff.core.labels import Label
from newsdiff.core.sentences import Sentence
from newsdiff.dataset.propagate import holders, label_shifts
from newsdiff.meaning.compare import Row
from newsdiff.meaning.cues.base import Cue
from newsdiff.meaning.suggest import InVoice, suggest_label
from newsdiff.store import OWN_SOURCES, Store, Tag, same_record, stored_path

from .edits import HUMAN, PROPAGATED, label_of
from .layout import SIDES, Side, other
from .single import Origins

Stamp = tuple[int, int, int] | None


@dataclass(frozen=True)
class Snapshot:
    """An article's records (every annotator's) as one read of its tag file found them.

    Made off the event loop by ``TagSession.read``; ``stamp`` is the file's stamp for
    exactly these records (the same before and after the read).
    """

    article_id: str
    stamp: Stamp
    tags: tuple[Tag, ...]


@lru_cache(maxsize=16384)
def _suggestion(text: str) -> tuple[Label | None, tuple[Cue, ...]]:
    return suggest_label(text)


class TagRecords:
    """The records of both articles for one annotator, as the store holds them.

    Tags belong to an article's sentence, not to the pair: they are keyed by article id,
    so when both sides are the same article a tag on one shows on the other.
    """

    def __init__(
        self,
        store: Store,
        annotator: str,
        articles: tuple[Article, Article],
        sentences: tuple[Sequence[Sentence], Sequence[Sentence]],
        rows: Sequence[Row] = (),
    ) -> None:
        self.store = store
        self.annotator = annotator
        self.articles: dict[Side, Article] = {"a": articles[0], "b": articles[1]}
        self.sentences: dict[Side, Sequence[Sentence]] = {"a": sentences[0], "b": sentences[1]}
        self.rows = rows
        # Article.id hashes the whole text on every call: once per side is enough.
        self.ids: dict[Side, str] = {"a": articles[0].id, "b": articles[1].id}
        #: Both sides are one article (alone, or beside a copy): one record a sentence.
        self.one = self.ids["a"] == self.ids["b"]
        self.origins = Origins(store)
        self._tags: dict[str, dict[int, Tag]] = {}
        # Each article's tag file as it was when last read or written by this session:
        # a different stamp means another window or command wrote it since.
        self._stamps: dict[str, Stamp] = {}
        for side in SIDES:
            art_id = self.ids[side]
            if art_id in self._tags:
                continue
            found = store.article_tags(self.articles[side], self.sentences[side], annotator)
            self._tags[art_id] = {t.sentence: t for t in found}
            self._stamps[art_id] = store.article_stamp(art_id)
        self._row_of: dict[Side, dict[int, int]] = {"a": {}, "b": {}}
        for r, row in enumerate(rows):
            for i in row.a:
                self._row_of["a"][i] = r
            for j in row.b:
                self._row_of["b"][j] = r
        # Other annotators' labels, read once: after a key press only this annotator's
        # labels change, so disagreements are recomputed in memory, not re-read.
        self._others: dict[str, dict[int, dict[str, str]]] = {}
        self._disagreements: dict[str, dict[int, dict[str, str]]] = {}
        self._shifted: set[int] | None = None
        self._shifts: list[int] | None = None
        self.learned: Mapping[str, tuple[Label | None, tuple[Cue, ...]]] = {}
        """The model's suggestions by text where it overrides the rules (``tui.training``)."""
        self.learned_at = ""  # when that model was trained ("17:52"; empty: none)
        self.model_in_use, self.model_why_not = False, ""  # did it beat the rules? why not
        self._voiced = {side: InVoice(self.sentences[side], _suggestion) for side in SIDES}
        self.english = True
        """Whether the pair is English: suggestions (rules, and a model on their
        features) know only English and are not made for another language."""

    # -- what a sentence carries -----------------------------------------------------

    def stored(self, side: Side, sentence: int) -> Tag | None:
        """The record of a sentence as the store holds it (what writes expect)."""
        return self._tags[self.ids[side]].get(sentence)

    def record(self, side: Side, sentence: int) -> Tag | None:
        """The record of a sentence as shown (label, note, unsure, source), if any.

        A carried label counts while the other side of its row carries it of its own and
        this sentence holds its content (``receivers``), or alone while its origin does
        (``Origins``): one relabelled at its source elsewhere, or carried by an older
        version to a clause a split added, shows as no label and is never written.
        """
        tag = self._tags[self.ids[side]].get(sentence)
        if tag is None or tag.source != PROPAGATED or not tag.label:
            return tag
        rows = counterparts(self, side, sentence)
        if rows is None and self.one and self.origins.holds(tag):
            return tag
        if rows is not None and side_label(self, other(side), rows[1]) == tag.label:
            if sentence in receivers(self, other(side), rows[1], rows[0]):
                return tag
        shown = replace(tag, label="", source=HUMAN)
        return shown if shown.kept else None

    def label(self, side: Side, sentence: int) -> Label | None:
        """The sentence's label, whatever its source (None: untagged)."""
        return label_of(self.record(side, sentence))

    def source(self, side: Side, sentence: int) -> str | None:
        """Where the sentence's label came from (None: untagged)."""
        tag = self.record(side, sentence)
        return tag.source if tag is not None and tag.label else None

    def own_label(self, side: Side, sentence: int) -> Label | None:
        """The label the annotator gave (or accepted), not a propagated one."""
        tag = self.stored(side, sentence)
        return label_of(tag) if tag is not None and tag.source != PROPAGATED else None

    def suggestion(self, side: Side, sentence: int) -> tuple[Label | None, tuple[Cue, ...]]:
        """A sentence's suggestion and cues: the model's, else the rules' in its article's voice."""
        if not self.english:
            return None, ()
        text = self.sentences[side][sentence].text
        return self.learned.get(text) or self._voiced[side](text)

    def done(self, side: Side, sentence: int) -> bool:
        """Whether the annotator is done with a sentence: a label of their own, or
        skipped as not a claim (what progress and ``]`` count)."""
        tag = self.record(side, sentence)
        return tag is not None and (tag.skipped or (bool(tag.label) and tag.source != PROPAGATED))

    def tagged(self, side: Side) -> int:
        """How many sentences of a side are done: a label of their own or skipped
        (propagated labels wait for the annotator to confirm them)."""
        total = len(self.sentences[side])
        return sum(
            1
            for i, t in self._tags[self.ids[side]].items()
            if (t.skipped or (t.label and t.source != PROPAGATED)) and 0 <= i < total
        )

    def total(self, side: Side) -> int:
        return len(self.sentences[side])

    def disagreements(self, side: Side) -> dict[int, dict[str, str]]:
        """Sentences of a side where annotators gave different labels: who said what.

        As ``Store.disagreements`` and ``newsdiff agree``: the annotators' own labels
        (typed or accepted suggestions), annotators in name order.
        """
        art_id = self.ids[side]
        found = self._disagreements.get(art_id)
        if found is None:
            if art_id not in self._others:
                self._others[art_id] = _others_labels(self.store.tags(art_id), self.annotator)
            found = {}
            mine = self._tags[art_id]
            for i, labels in self._others[art_id].items():
                tag = mine.get(i)
                said = dict(labels)
                if tag is not None and tag.label and tag.source in OWN_SOURCES:
                    said[self.annotator] = tag.label
                if len(set(said.values())) > 1:
                    found[i] = dict(sorted(said.items()))
            self._disagreements[art_id] = found
        return found

    def shift_rows(self) -> list[int]:
        """The rows whose two sides carry different labels of their own, in order."""
        if self._shifted is None:
            own = {side: self._own_map(side) for side in SIDES}
            self._shifted = {s.row for s in label_shifts(self.rows, own["a"], own["b"])}
        if self._shifts is None:
            self._shifts = sorted(self._shifted)
        return self._shifts

    def _recheck_shift(self, side: Side, sentence: int) -> None:
        """After a label change: whether the sentence's row shifts (one row, not all)."""
        self._shifts = None
        r = self._row_of[side].get(sentence)
        if self._shifted is None or r is None:
            return
        row = self.rows[r]
        la = {lab for i in row.a if (lab := self.own_label("a", i))}
        lb = {lab for j in row.b if (lab := self.own_label("b", j))}
        if row.a and row.b and la and lb and la != lb:
            self._shifted.add(r)
        else:
            self._shifted.discard(r)

    def _own_map(self, side: Side) -> dict[int, str]:
        return {
            i: t.label
            for i, t in self._tags[self.ids[side]].items()
            if t.label and t.source != PROPAGATED
        }

    # -- building records ------------------------------------------------------------

    def _blank(self, side: Side, sentence: int) -> Tag:
        art = self.articles[side]
        sent = self.sentences[side][sentence]
        return Tag(
            article_id=self.ids[side],
            article=stored_path(art.path),
            sentence=sentence,
            start=sent.start,
            end=sent.end,
            text=sent.text,
            label="",
            annotator=self.annotator,
        )

    # -- staying in step with the store ----------------------------------------------
    #
    # Another window, or `newsdiff tag`, may write the same annotator's records while
    # this session shows them. Every change therefore runs under the store's lock:
    # first any article whose tag file changed on disk is read again (one stat each
    # when nothing did), then every write is conditional on the record this session
    # based it on (``expect=``), so a record changed elsewhere is reloaded, never
    # overwritten.

    def _where(self, art_id: str, sentences: set[int]) -> list[tuple[Side, int]]:
        # One article on both sides: its sentence is on both.
        return [(side, i) for side in SIDES if self.ids[side] == art_id for i in sorted(sentences)]

    def _reload(self, art_id: str) -> list[tuple[Side, int]]:
        """Read an article's records again; return the sentences whose record changed."""
        mine = self.store.tags(art_id, self.annotator)
        return self._replace(art_id, mine, self.store.article_stamp(art_id))

    # Between key presses the app polls (``changed``), reads what changed off the event
    # loop (``read``) and hands the result back on the loop (``take``), so tags written
    # by another annotator or window show without a key press.

    def changed(self) -> dict[str, Stamp]:
        """The articles whose tag file changed on disk since this session last read or
        wrote it, with the stamp the session has for each (one stat per article)."""
        return {
            art_id: seen
            for art_id, seen in self._stamps.items()
            if self.store.article_stamp(art_id) != seen
        }

    def read(self, art_ids: Sequence[str]) -> list[Snapshot]:
        """Read these articles' records from the store. Reads only: safe off the loop.

        A file replaced during the read is read again (a few tries), so that each
        snapshot's stamp belongs to its records.
        """
        out = []
        for art_id in art_ids:
            for _attempt in range(3):
                before = self.store.article_stamp(art_id)
                tags = tuple(self.store.tags(art_id))
                after = self.store.article_stamp(art_id)
                if before == after:
                    out.append(Snapshot(art_id, after, tags))
                    break
        return out

    def take(self, snapshot: Snapshot, seen: Stamp) -> list[tuple[Side, int]] | None:
        """Show what ``read`` found, if the session still holds what it had when the
        change was noticed (stamp ``seen``); else None, and nothing changes: a key press
        or reload in between is newer than the snapshot. Returns the sentences whose
        record of this annotator changed."""
        art_id = snapshot.article_id
        if self._stamps.get(art_id) != seen:
            return None
        mine = [t for t in snapshot.tags if t.annotator == self.annotator]
        changed = self._replace(art_id, mine, snapshot.stamp)
        self._others[art_id] = _others_labels(snapshot.tags, self.annotator)
        return changed

    def _replace(self, art_id: str, mine: Sequence[Tag], stamp: Stamp) -> list[tuple[Side, int]]:
        """Hold ``mine`` as this annotator's records of an article, read at ``stamp``."""
        old = self._tags[art_id]
        fresh = {t.sentence: t for t in mine}
        changed = {
            i for i in old.keys() | fresh.keys() if not same_record(old.get(i), fresh.get(i))
        }
        self._tags[art_id] = fresh
        self._stamps[art_id] = stamp
        # Other annotators may have written too: their labels are read again when asked.
        self._others.pop(art_id, None)
        self._disagreements.pop(art_id, None)
        self.origins.forget()
        if changed:
            self._shifted = self._shifts = None
        return self._where(art_id, changed)

    def _sync(self, force: bool = False) -> list[tuple[Side, int]]:
        """Reload every article whose tag file changed since this session last saw it
        (all of them with ``force``). Call with the store's lock held."""
        changed: list[tuple[Side, int]] = []
        for art_id in dict.fromkeys(self.ids.values()):
            if force or self.store.article_stamp(art_id) != self._stamps[art_id]:
                changed += self._reload(art_id)
        return changed

    def _write(self, side: Side, sentence: int, tag: Tag | None, expect: Tag | None) -> Tag | None:
        """Make the store hold ``tag`` (or nothing) for this sentence if it still holds
        ``expect``; mirror it in memory. Raises Conflict, writing nothing, if not.

        The store is written first: if it raises, memory still matches the file.
        """
        art_id = self.ids[side]
        self._disagreements.pop(art_id, None)
        if tag is None:
            self.store.remove(art_id, sentence, self.annotator, expect=expect)
            self._tags[art_id].pop(sentence, None)
            stored = None
        else:
            stored = self.store.put(tag, expect=expect)
            self._tags[art_id][sentence] = stored
        # Under the lock, so this is our own write and nobody else's.
        self._stamps[art_id] = self.store.article_stamp(art_id)
        for s in SIDES:  # one article on both sides: its sentence sits in two rows
            if self.ids[s] == art_id:
                self._recheck_shift(s, sentence)
        return stored


def counterparts(
    records: TagRecords, side: Side, sentence: int
) -> tuple[Sequence[int], Sequence[int]] | None:
    """The row's sentences on this side and on the other, if labels cross it (a sure
    link's; see ``dataset.propagate.carries``)."""
    if records.ids["a"] == records.ids["b"] or sentence not in records._row_of[side]:
        return None  # one article on both sides: a sentence is its own counterpart
    row = records.rows[records._row_of[side][sentence]]
    if not row.a or not row.b or not row.sure:
        # A weak link's two sentences may not be one sentence edited at all: no label
        # crosses it (review r22b finding 2: "4 dead after boat capsizes off Florida
        # coast." carried its opinion to "8 dead after heavy rains on island of St
        # Vincent.", 0.08).
        return None
    return (row.a, row.b) if side == "a" else (row.b, row.a)


def side_label(records: TagRecords, side: Side, indices: Sequence[int]) -> str | None:
    """The one label a row's side carries of its own (None: none, or they differ),
    as ``newsdiff.dataset.propagate`` decides it."""
    labels = {lab for i in indices if (lab := records.own_label(side, i))}
    return labels.pop() if len(labels) == 1 else None


def receivers(
    records: TagRecords, side: Side, here: Sequence[int], there: Sequence[int]
) -> tuple[int, ...]:
    """The sentences of ``there`` (the other side of the row) that the label ``here``
    carries of its own goes to: those holding the content of the sentences that carry
    it (``dataset.propagate.holders``), as ``newsdiff.dataset.propagate`` decides it."""
    texts = records.sentences
    origin = [texts[side][i].text for i in here if records.own_label(side, i)]
    return holders(origin, [(j, texts[other(side)][j].text) for j in there])


def _others_labels(tags: Sequence[Tag], me: str) -> dict[int, dict[str, str]]:
    """Other annotators' own labels (typed or accepted) by sentence: who said what."""
    others: dict[int, dict[str, str]] = {}
    for t in tags:
        if t.annotator != me and t.label and t.source in OWN_SOURCES:
            others.setdefault(t.sentence, {})[t.annotator] = t.label
    return others
