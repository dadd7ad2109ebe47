"""Issue 11: a label carried across a row goes only to the sentences that hold the
tagged sentence's content. A sentence of A told as two in B, the second a clause the
rewrite added ("Police said no deaths have been reported."), gave the label to both."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from newsdiff.core.article import from_text
from newsdiff.core.labels import BADGES
from newsdiff.meaning.compare import compare
from newsdiff.store import Store
from newsdiff.tui.app import create_app
from newsdiff.tui.session import TagSession

from .conftest import write_pair
from .test_propagate import SPLIT_A, SPLIT_B
from .tui_helpers import columns, ready


def _session(store: Store) -> TagSession:
    a, b = from_text(SPLIT_A, "a.txt"), from_text(SPLIT_B, "b.txt")
    cmp = compare(a, b)
    assert ("changed", (1,), (1, 2)) in [(r.kind, r.a, r.b) for r in cmp.rows]
    return TagSession(store, "ana", (a, b), (cmp.a_sentences, cmp.b_sentences), cmp.rows)


def test_the_session_carries_to_the_part_that_holds_the_content(tmp_path: Path) -> None:
    """Tagging A#2 (index 1) writes a carried label on B#2 alone; B#3, the added clause,
    stays untagged in memory and in the store; clearing A#2 takes B#2's back."""
    with Store(tmp_path / "s.json") as store:
        s = _session(store)
        change = s.set("a", 1, "attribution")
        assert change is not None and [(e.side, e.sentence) for e in change.carried] == [("b", 1)]
        assert (s.label("b", 1), s.source("b", 1)) == ("attribution", "propagated")
        assert s.label("b", 2) is None and store.get(s.ids["b"], 2, "ana") is None
        s.set("a", 1, None)
        assert s.label("b", 1) is None and store.get(s.ids["b"], 1, "ana") is None


def test_a_label_carried_to_the_added_clause_before_is_not_shown(tmp_path: Path) -> None:
    """A store written before the fix holds the carried copy on B#3 too: the app shows
    it as no label (derived from the rows, as a stale carried label is), and a new
    label on A#2 clears it."""
    with Store(tmp_path / "s.json") as store:
        s = _session(store)
        s.set("a", 1, "attribution")
        old = s.stored("b", 1)
        assert old is not None
        part = s.sentences["b"][2]
        store.put(replace(old, sentence=2, start=part.start, end=part.end, text=part.text))
        s = _session(store)
        assert s.stored("b", 2) is not None and s.label("b", 2) is None
        s.set("a", 1, "fact")
        assert (s.label("b", 1), s.label("b", 2)) == ("fact", None)
        assert label_of_stored(store, s.ids["b"], 2) in (None, "")


def label_of_stored(store: Store, article: str, sentence: int) -> str | None:
    tag = store.get(article, sentence, "ana")
    return None if tag is None else tag.label


async def test_the_app_shows_the_carried_badge_on_one_part(tmp_path: Path) -> None:
    """In the app, `a` on A#2 puts the carried badge beside B#2 and none beside B#3."""
    pa, pb = write_pair(tmp_path, SPLIT_A, SPLIT_B)
    app = create_app(pa, pb, store=tmp_path / "s.json", annotator="tester", advance=False)
    async with app.run_test(size=(120, 36)) as pilot:
        view = await ready(pilot)
        await pilot.press("j", "a")
        await pilot.pause()
        assert (view.side, view.sentence) == ("a", 1)
        assert app.session is not None and app.session.source("b", 1) == "propagated"

        def badge(sentence: int) -> str:
            first, _ = view.sentence_lines("b", sentence)
            return columns(view, first)[2][1]

        assert badge(1) == BADGES["attribution"]
        assert badge(2) not in BADGES.values()
