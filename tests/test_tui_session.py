"""Tagging a pair without the app: every change in the store at once, undo and redo."""

from __future__ import annotations

from pathlib import Path

from newsdiff.article import Article, from_text
from newsdiff.sentences import split_sentences
from newsdiff.store import Store
from newsdiff.tui.session import TagSession

TEXT_A = "The bridge closes on Monday. Repairs take three weeks. Shops fear losses."
TEXT_B = "Repairs take about four weeks. The bridge closes on Monday."


def _session(store: Store, a: Article, b: Article, who: str = "ana") -> TagSession:
    return TagSession(store, who, (a, b), (split_sentences(a.text), split_sentences(b.text)))


def test_toggle_sets_changes_and_clears(tmp_path: Path) -> None:
    """A label key sets the label, another replaces it, the same one clears it."""
    a, b = from_text(TEXT_A, "a.txt"), from_text(TEXT_B, "b.txt")
    with Store(tmp_path / "s.json") as store:
        s = _session(store, a, b)
        s.toggle("a", 1, "estimate")
        assert store.get(a.id, 1, "ana").label == "estimate"  # type: ignore[union-attr]
        s.toggle("a", 1, "fact")
        assert store.get(a.id, 1, "ana").label == "fact"  # type: ignore[union-attr]
        s.toggle("a", 1, "fact")
        assert store.get(a.id, 1, "ana") is None
        assert s.label("a", 1) is None


def test_tag_records_where_the_sentence_is(tmp_path: Path) -> None:
    """A stored tag names the article (id and path), the sentence, its offsets and text."""
    a, b = from_text(TEXT_A, "a.txt"), from_text(TEXT_B, "b.txt")
    with Store(tmp_path / "s.json") as store:
        _session(store, a, b).toggle("b", 0, "estimate")
        tag = store.get(b.id, 0, "ana")
    assert tag is not None
    assert (tag.article_id, tag.article, tag.sentence) == (b.id, "b.txt", 0)
    assert TEXT_B[tag.start : tag.end] == tag.text == "Repairs take about four weeks."
    assert tag.label == "estimate" and tag.annotator == "ana" and tag.created


def test_undo_and_redo_cover_every_change(tmp_path: Path) -> None:
    """Undo walks back set, change and clear, in the store too; redo walks forward."""
    a, b = from_text(TEXT_A, "a.txt"), from_text(TEXT_B, "b.txt")
    with Store(tmp_path / "s.json") as store:
        s = _session(store, a, b)
        s.toggle("a", 0, "fact")
        s.toggle("a", 0, "opinion")
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
        s.toggle("a", 0, "fact")
        s.undo()
        s.toggle("a", 2, "opinion")
        assert s.redo() is None


def test_tags_belong_to_the_article_not_the_pair(tmp_path: Path) -> None:
    """A tag made beside one article shows when the same article is opened beside another."""
    a, b = from_text(TEXT_A, "a.txt"), from_text(TEXT_B, "b.txt")
    other = from_text("Something else entirely. Nothing alike.", "c.txt")
    with Store(tmp_path / "s.json") as store:
        _session(store, a, b).toggle("a", 2, "opinion")
        again = _session(store, other, a)
        assert again.label("b", 2) == "opinion"
        assert again.tagged("b") == 1 and again.tagged("a") == 0


def test_same_article_on_both_sides_shares_tags(tmp_path: Path) -> None:
    """When A and B are the same text, a tag on one side is the tag of the other."""
    a = from_text(TEXT_A, "a.txt")
    with Store(tmp_path / "s.json") as store:
        s = _session(store, a, a)
        s.toggle("a", 0, "fact")
        assert s.label("b", 0) == "fact"


def test_annotators_do_not_see_each_others_tags(tmp_path: Path) -> None:
    """Each annotator's session shows only their own labels."""
    a, b = from_text(TEXT_A, "a.txt"), from_text(TEXT_B, "b.txt")
    with Store(tmp_path / "s.json") as store:
        _session(store, a, b, "ana").toggle("a", 0, "fact")
        assert _session(store, a, b, "ben").label("a", 0) is None
