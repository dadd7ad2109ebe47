"""Tagging a pair without the app: every change in the store at once, undo and redo."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from newsdiff.core.article import Article, from_text
from newsdiff.core.sentences import split_sentences
from newsdiff.store import Store
from newsdiff.tui.session import TagSession

TEXT_A = "The bridge closes on Monday. Repairs take three weeks. Shops fear losses."
TEXT_B = "Repairs take about four weeks. The bridge closes on Monday."


def _session(store: Store, a: Article, b: Article, who: str = "ana") -> TagSession:
    return TagSession(store, who, (a, b), (split_sentences(a.text), split_sentences(b.text)))


def test_set_sets_changes_and_never_clears(tmp_path: Path) -> None:
    """A label sets, another replaces it, the same one again changes nothing (a reviewer
    confirming a label must not delete it); only None clears."""
    a, b = from_text(TEXT_A, "a.txt"), from_text(TEXT_B, "b.txt")
    with Store(tmp_path / "s.json") as store:
        s = _session(store, a, b)
        s.set("a", 1, "estimate")
        assert store.get(a.id, 1, "ana").label == "estimate"  # type: ignore[union-attr]
        s.set("a", 1, "fact")
        assert store.get(a.id, 1, "ana").label == "fact"  # type: ignore[union-attr]
        assert s.set("a", 1, "fact") is None
        assert store.get(a.id, 1, "ana").label == "fact"  # type: ignore[union-attr]
        s.set("a", 1, None)
        assert store.get(a.id, 1, "ana") is None
        assert s.label("a", 1) is None


def test_tag_records_where_the_sentence_is(tmp_path: Path) -> None:
    """A stored tag names the article (id and resolved path), the sentence, its offsets
    and text."""
    a, b = from_text(TEXT_A, "a.txt"), from_text(TEXT_B, "b.txt")
    with Store(tmp_path / "s.json") as store:
        _session(store, a, b).set("b", 0, "estimate")
        tag = store.get(b.id, 0, "ana")
    assert tag is not None
    assert (tag.article_id, tag.article, tag.sentence) == (b.id, os.path.realpath("b.txt"), 0)
    assert TEXT_B[tag.start : tag.end] == tag.text == "Repairs take about four weeks."
    assert tag.label == "estimate" and tag.annotator == "ana" and tag.created


def test_undo_and_redo_cover_every_change(tmp_path: Path) -> None:
    """Undo walks back set, change and clear, in the store too; redo walks forward."""
    a, b = from_text(TEXT_A, "a.txt"), from_text(TEXT_B, "b.txt")
    with Store(tmp_path / "s.json") as store:
        s = _session(store, a, b)
        s.set("a", 0, "fact")
        s.set("a", 0, "opinion")
        s.set("a", 0, None)
        states = []
        while s.undo() is not None:
            states.append(store.get(a.id, 0, "ana"))
        assert [t.label if t else None for t in states] == ["opinion", "fact", None]
        assert not s.can_undo
        while s.redo() is not None:
            states.append(store.get(a.id, 0, "ana"))
        assert [t.label if t else None for t in states[3:]] == ["fact", "opinion", None]


def test_a_new_change_drops_the_redo_history(tmp_path: Path) -> None:
    """After an undo, a fresh tag starts a new history: redo has nothing to do."""
    a, b = from_text(TEXT_A, "a.txt"), from_text(TEXT_B, "b.txt")
    with Store(tmp_path / "s.json") as store:
        s = _session(store, a, b)
        s.set("a", 0, "fact")
        s.undo()
        s.set("a", 2, "opinion")
        assert s.redo() is None


def test_tags_belong_to_the_article_not_the_pair(tmp_path: Path) -> None:
    """A tag made beside one article shows when the same article is opened beside another."""
    a, b = from_text(TEXT_A, "a.txt"), from_text(TEXT_B, "b.txt")
    other = from_text("Something else entirely. Nothing alike.", "c.txt")
    with Store(tmp_path / "s.json") as store:
        _session(store, a, b).set("a", 2, "opinion")
        again = _session(store, other, a)
        assert again.label("b", 2) == "opinion"
        assert again.tagged("b") == 1 and again.tagged("a") == 0


def test_same_article_on_both_sides_shares_tags(tmp_path: Path) -> None:
    """When A and B are the same text, a tag on one side is the tag of the other."""
    a = from_text(TEXT_A, "a.txt")
    with Store(tmp_path / "s.json") as store:
        s = _session(store, a, a)
        s.set("a", 0, "fact")
        assert s.label("b", 0) == "fact"


def test_annotators_do_not_see_each_others_tags(tmp_path: Path) -> None:
    """Each annotator's session shows only their own labels."""
    a, b = from_text(TEXT_A, "a.txt"), from_text(TEXT_B, "b.txt")
    with Store(tmp_path / "s.json") as store:
        _session(store, a, b, "ana").set("a", 0, "fact")
        assert _session(store, a, b, "ben").label("a", 0) is None


def _paired(store: Store, who: str = "ana") -> tuple[TagSession, Article, Article]:
    from newsdiff.meaning.compare import compare

    a, b = from_text(TEXT_A, "a.txt"), from_text(TEXT_B, "b.txt")
    cmp = compare(a, b)
    s = TagSession(store, who, (a, b), (cmp.a_sentences, cmp.b_sentences), cmp.rows)
    return s, a, b


def test_a_label_is_carried_to_the_counterpart_once_and_undone_with_it(tmp_path: Path) -> None:
    """A's "Repairs take three weeks" (A#2) faces B#1: tagging one carries the label to
    the other as propagated, never further, and one undo takes both back."""
    with Store(tmp_path / "s.json") as store:
        s, a, b = _paired(store)
        change = s.set("a", 1, "fact")
        assert change is not None and [(e.side, e.sentence) for e in change.carried] == [("b", 0)]
        carried = store.get(b.id, 0, "ana")
        assert carried is not None and (carried.label, carried.source) == ("fact", "propagated")
        assert s.own_label("b", 0) is None and s.label("b", 0) == "fact"
        assert s.tagged("b") == 0 and s.tagged("a") == 1
        s.undo()
        assert store.get(b.id, 0, "ana") is None and store.get(a.id, 1, "ana") is None
        s.redo()
        assert store.get(b.id, 0, "ana").source == "propagated"  # type: ignore[union-attr]


def test_an_own_label_is_never_overwritten_by_propagation(tmp_path: Path) -> None:
    """B's own label stays when A is tagged; the row is then a label shift."""
    with Store(tmp_path / "s.json") as store:
        s, a, b = _paired(store)
        s.set("b", 0, "estimate")
        assert s.label("a", 1) == "estimate" and s.source("a", 1) == "propagated"
        s.set("a", 1, "fact")  # A's own label replaces the carried one
        assert s.source("a", 1) == "human"
        assert store.get(b.id, 0, "ana").label == "estimate"  # type: ignore[union-attr]
        assert s.shift_rows() == [s._row_of["a"][1]]
        s.set("a", 1, None)  # cleared: B's label is carried back
        assert s.label("a", 1) == "estimate" and s.source("a", 1) == "propagated"
        assert s.shift_rows() == []


def test_notes_and_unsure_survive_label_changes_and_undo(tmp_path: Path) -> None:
    """A label key keeps the note and the flag; clearing the label keeps a record with
    them; each of these is one undo step."""
    with Store(tmp_path / "s.json") as store:
        s, a, _b = _paired(store)
        s.set_note("a", 2, "check the chamber of commerce")
        s.toggle_unsure("a", 2)
        s.set("a", 2, "opinion")
        s.set("a", 2, None)
        tag = store.get(a.id, 2, "ana")
        assert tag is not None and tag.label == "" and tag.unsure
        assert tag.note == "check the chamber of commerce"
        for expected in ("opinion", "", ""):
            s.undo()
            got = store.get(a.id, 2, "ana")
            assert got is not None and got.label == expected
        s.undo()
        assert store.get(a.id, 2, "ana") is None


def test_accepting_a_suggestion_stores_it_apart(tmp_path: Path) -> None:
    """accept stores the suggested label as source 'suggestion'; on a tagged sentence,
    or one without a suggestion, it does nothing."""
    with Store(tmp_path / "s.json") as store:
        s, a, _b = _paired(store)
        label, _cues = s.suggestion("a", 0)
        assert label is not None
        s.accept("a", 0)
        tag = store.get(a.id, 0, "ana")
        assert tag is not None and (tag.label, tag.source) == (label, "suggestion")
        assert s.own_label("a", 0) == label
        s.set("a", 1, "opinion")
        assert s.accept("a", 1) is None


def test_disagreements_in_memory_match_the_store(tmp_path: Path) -> None:
    """The session keeps disagreements current without re-reading the store after each
    key, and they are what the store itself reports."""
    from newsdiff.store import tag_for

    with Store(tmp_path / "s.json") as store:
        s, a, _b = _paired(store, "ben")
        sents = s.sentences["a"]
        store.put(tag_for(a, sents[0], "fact", "ana"))
        store.put(tag_for(a, sents[2], "opinion", "cy"))
        store.put(tag_for(a, sents[2], "opinion", "ana"))
        s, a, _b = _paired(store, "ben")
        assert s.disagreements("a") == store.disagreements(a.id) == {}
        s.set("a", 0, "estimate")
        s.set("a", 2, "fact")
        assert s.disagreements("a") == store.disagreements(a.id)
        assert s.disagreements("a")[2] == {"ana": "opinion", "ben": "fact", "cy": "opinion"}
        s.set("a", 0, "fact")  # ben now agrees with ana on A#1
        assert 0 not in s.disagreements("a")
        assert s.disagreements("a") == store.disagreements(a.id)


# -- two windows (and the command line) on one store, as the same annotator ------------


def _files(tmp_path: Path) -> tuple[Path, Path]:
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text(TEXT_A, encoding="utf-8")
    pb.write_text(TEXT_B, encoding="utf-8")
    return pa, pb


def _window(store_path: Path, pa: Path, pb: Path, who: str = "ana") -> TagSession:
    """What one app window holds: its own Store object and session on the pair."""
    from newsdiff.core.article import load
    from newsdiff.meaning.compare import compare

    a, b = load(str(pa)), load(str(pb))
    cmp = compare(a, b)
    return TagSession(Store(store_path), who, (a, b), (cmp.a_sentences, cmp.b_sentences), cmp.rows)


def _cli_tag(store_path: Path, path: Path, index: int, *args: str) -> None:
    from newsdiff.cli import main

    argv = ["tag", str(path), str(index), *args, "--annotator", "ana", "--store", str(store_path)]
    assert main(argv) == 0


def _blind(session: TagSession, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the session's cheap check of the tag files see no change (a write within the
    file system's time resolution), so that only the conditional writes protect."""
    monkeypatch.setattr(session.store, "article_stamp", lambda article_id: None)
    session._stamps = dict.fromkeys(session._stamps)


@pytest.mark.parametrize("blind", [False, True])
def test_a_carry_never_overwrites_a_tag_written_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blind: bool
) -> None:
    """Window 1 still thinks B#1 untagged when `newsdiff tag` (or window 2) gives it the
    annotator's own label; tagging its counterpart in window 1 then carries nothing over
    it, reloads it and says so."""
    pa, pb = _files(tmp_path)
    store_path = tmp_path / "s.json"
    one, two = _window(store_path, pa, pb), _window(store_path, pa, pb)
    if blind:
        _blind(one, monkeypatch)
    _cli_tag(store_path, pb, 0, "opinion")
    change = one.set("a", 1, "fact")
    assert change is not None and change.carried == () and ("b", 0) in change.reloaded
    with Store(store_path) as store:
        kept = store.get(one.ids["b"], 0, "ana")
        assert kept is not None and (kept.label, kept.source) == ("opinion", "human")
        assert store.get(one.ids["a"], 1, "ana").label == "fact"  # type: ignore[union-attr]
    assert (one.label("b", 0), one.source("b", 0)) == ("opinion", "human")
    # The same with a second window: its label on A#1 survives a carry from B#2 (whose
    # carried copy window 2 cleared, so that B#2 itself is as window 1 shows it).
    two.set("a", 0, "estimate")
    two.set("b", 1, None)
    change = one.set("b", 1, "fact")
    assert change is not None and change.carried == () and ("a", 0) in change.reloaded
    with Store(store_path) as store:
        kept = store.get(one.ids["a"], 0, "ana")
        assert kept is not None and (kept.label, kept.source) == ("estimate", "human")


@pytest.mark.parametrize("blind", [False, True])
def test_a_key_on_a_record_changed_elsewhere_is_refused_and_reloaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blind: bool
) -> None:
    """Window 2 puts a note on A#2 that window 1 has not seen: window 1's label key there
    writes nothing (the note would be lost), shows the store's record and says why; the
    next press works on what is there."""
    from newsdiff.tui.edits import Stale

    pa, pb = _files(tmp_path)
    store_path = tmp_path / "s.json"
    one, two = _window(store_path, pa, pb), _window(store_path, pa, pb)
    if blind:
        _blind(one, monkeypatch)
    two.set_note("a", 1, "ask the desk")
    with pytest.raises(Stale, match="A#2 was changed outside this window; reloaded"):
        one.set("a", 1, "fact")
    assert one.record("a", 1).note == "ask the desk"  # type: ignore[union-attr]
    with Store(store_path) as store:
        tag = store.get(one.ids["a"], 1, "ana")
        assert tag is not None and (tag.label, tag.note) == ("", "ask the desk")
        assert store.get(one.ids["b"], 0, "ana") is None  # nothing carried either
    assert not one.can_undo
    one.set("a", 1, "fact")
    with Store(store_path) as store:
        tag = store.get(one.ids["a"], 1, "ana")
        assert tag is not None and (tag.label, tag.note) == ("fact", "ask the desk")


@pytest.mark.parametrize("blind", [False, True])
def test_undo_refuses_to_clobber_a_newer_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blind: bool
) -> None:
    """After `newsdiff tag` relabels a sentence and notes it, undoing the window's older
    change there is refused: the newer tag and note stay, and nothing else of that undo
    step is written either (its carried label stays too)."""
    from newsdiff.tui.edits import Stale

    pa, pb = _files(tmp_path)
    store_path = tmp_path / "s.json"
    one = _window(store_path, pa, pb)
    if blind:
        _blind(one, monkeypatch)
    one.set("a", 0, "fact")
    _cli_tag(store_path, pa, 0, "opinion", "--note", "desk says so")
    with pytest.raises(Stale, match="cannot undo: A#1 was changed outside this window"):
        one.undo()
    with Store(store_path) as store:
        tag = store.get(one.ids["a"], 0, "ana")
        assert tag is not None and (tag.label, tag.note) == ("opinion", "desk says so")
    assert one.label("a", 0) == "opinion" and not one.can_undo

    one.set("a", 1, "fact")  # carried to B#1
    _cli_tag(store_path, pb, 0, "estimate")
    with pytest.raises(Stale, match="B#1"):
        one.undo()
    with Store(store_path) as store:
        assert store.get(one.ids["a"], 1, "ana").label == "fact"  # type: ignore[union-attr]
        assert store.get(one.ids["b"], 0, "ana").label == "estimate"  # type: ignore[union-attr]


def test_a_cleared_carried_label_stays_cleared_until_its_source_changes(tmp_path: Path) -> None:
    """Clearing a carried label removes it (store and memory) and undo brings it back
    exactly; it is carried again only when the counterpart's own label changes."""
    with Store(tmp_path / "s.json") as store:
        s, a, b = _paired(store)
        s.set("a", 1, "fact")
        carried = store.get(b.id, 0, "ana")
        change = s.set("b", 0, None)
        assert change is not None and change.carried == () and change.after is None
        assert store.get(b.id, 0, "ana") is None and s.label("b", 0) is None
        s.set_note("a", 1, "checked")  # not a label change: nothing carried
        assert s.label("b", 0) is None
        s.undo()
        s.undo()
        back = store.get(b.id, 0, "ana")
        # Exactly as it was but for the time of the change: an undo is stamped now (it
        # compared equal only when the test ran inside one second).
        assert back is not None and carried is not None
        assert replace(back, updated=carried.updated) == carried
        assert back.created == carried.created and back.updated >= carried.updated
        s.redo()
        assert store.get(b.id, 0, "ana") is None
        s.set("a", 1, "opinion")
        assert (s.label("b", 0), s.source("b", 0)) == ("opinion", "propagated")


def test_clearing_an_own_label_shows_the_carried_one_in_the_same_change(tmp_path: Path) -> None:
    """o then x on a carried label: the clear leaves the counterpart's label, carried
    back, as the change's result (one record, one undo step)."""
    with Store(tmp_path / "s.json") as store:
        s, a, b = _paired(store)
        s.set("a", 1, "fact")
        s.set("b", 0, "opinion")
        change = s.set("b", 0, None)
        assert change is not None and change.carried == ()
        assert change.after is not None and (change.after.label, change.after.source) == (
            "fact",
            "propagated",
        )
        assert store.get(b.id, 0, "ana").source == "propagated"  # type: ignore[union-attr]
        s.undo()
        assert store.get(b.id, 0, "ana").label == "opinion"  # type: ignore[union-attr]


def test_one_article_on_both_sides_sees_a_change_made_elsewhere(tmp_path: Path) -> None:
    """With the same article on both sides, a record changed elsewhere is refused from
    either side's cursor."""
    from newsdiff.core.article import load
    from newsdiff.tui.edits import Stale

    pa, _pb = _files(tmp_path)
    store_path = tmp_path / "s.json"
    art = load(str(pa))
    sents = split_sentences(art.text)
    one = TagSession(Store(store_path), "ana", (art, art), (sents, sents))
    _cli_tag(store_path, pa, 2, "opinion")
    with pytest.raises(Stale, match="^#3 was changed outside this window"):
        one.set("b", 2, "fact")
    assert one.label("a", 2) == one.label("b", 2) == "opinion"


def test_a_store_read_between_key_presses_is_shown_unless_a_key_came_first(
    tmp_path: Path,
) -> None:
    """What the app's poll reads off the event loop is taken only if the session has not
    written or reloaded that article since the change was noticed: an older read never
    undoes, on screen, a key press made in between."""
    a, b = from_text(TEXT_A, "a.txt"), from_text(TEXT_B, "b.txt")
    with Store(tmp_path / "s.json") as store, Store(tmp_path / "s.json") as other:
        s = _session(store, a, b)
        assert s.changed() == {}
        _session(other, a, b, who="bo").set("a", 1, "opinion")
        _session(other, a, b).set("a", 2, "fact")  # ana, in another window
        seen = s.changed()
        assert list(seen) == [a.id]
        snapshots = s.read(list(seen))
        assert s.take(snapshots[0], seen[a.id]) == [("a", 2)]
        assert s.label("a", 2) == "fact" and s.changed() == {}
        s.set("a", 1, "fact")
        assert s.disagreements("a") == {1: {"ana": "fact", "bo": "opinion"}}

        _session(other, a, b).set("a", 0, "estimate")
        seen = s.changed()
        late = s.read(list(seen))
        s.set("a", 2, "opinion")  # a key press before the read is handed over
        assert s.take(late[0], seen[a.id]) is None
        assert s.label("a", 2) == "opinion" and s.label("a", 1) == "fact"
