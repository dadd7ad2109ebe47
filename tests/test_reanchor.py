"""Tags follow their sentences when an article is edited; the unplaceable become orphans."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core.article import Article, load
from newsdiff.core.sentences import Sentence, split_sentences
from newsdiff.store import Store, tag_for
from newsdiff.store.anchor import place
from newsdiff.store.files import StoreFiles
from newsdiff.store.index import ArticleIndex

from .conftest import SEED_A

# (annotator, sentence of seed 000, label)
TAGS = [
    ("ana", 3, "fact"),
    ("ana", 4, "attribution"),
    ("bo", 4, "estimate"),
    ("ana", 5, "opinion"),
    ("ana", 10, "attribution"),
    ("bo", 10, "fact"),
    ("ana", 15, "fact"),
]
GONE = 10  # the sentence the edit deletes


def _open(path: Path) -> tuple[Article, list[Sentence]]:
    art = load(str(path))
    return art, split_sentences(art.text)


def _tag_all(store: Store, path: Path) -> list[Sentence]:
    art, sentences = _open(path)
    for who, i, label in TAGS:
        store.put(tag_for(art, sentences[i], label, who))
    return sentences


def _edit(path: Path, old: list[Sentence]) -> None:
    """Fix a typo, change a word, insert a paragraph on top, delete one sentence."""
    text = path.read_text(encoding="utf-8")
    text = text.replace(old[5].text, old[5].text.replace("spirits", "spirit"))
    text = text.replace(old[4].text, old[4].text.replace("varieties", "numbers"))
    text = text.replace(old[GONE].text, "")
    text = "Editor's note: this story was updated.\nIt now has more detail.\n" + text
    path.write_text(text, encoding="utf-8")


def _new_index(old: Sentence, new: list[Sentence]) -> int:
    return next(s.index for s in new if s.text[:30] == old.text[:30])


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    p = tmp_path / "articles" / "story.txt"
    p.parent.mkdir()
    shutil.copy(SEED_A, p)
    return p


def test_tags_follow_an_edited_article(
    tmp_path: Path, copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Typo fixed, word changed, paragraph inserted: tags move to the same sentences;
    the deleted sentence's tags become orphans listed by `newsdiff orphans`."""
    store_path = tmp_path / "s.json"
    st = Store(store_path)
    old = _tag_all(st, copy)
    old_id = load(str(copy)).id
    _edit(copy, old)
    art, new = _open(copy)
    assert art.id != old_id

    tags = st.article_tags(art, new)
    got = {(t.annotator, t.sentence, t.label) for t in tags}
    want = {(who, _new_index(old[i], new), label) for who, i, label in TAGS if i != GONE}
    assert got == want
    for t in tags:
        assert t.text == new[t.sentence].text and t.article_id == art.id
        assert art.text[t.start : t.end] == t.text

    orphans = st.orphans()
    assert {(o.tag.annotator, o.tag.sentence, o.tag.label) for o in orphans} == {
        ("ana", GONE, "attribution"),
        ("bo", GONE, "fact"),
    }
    assert all(o.tag.text == old[GONE].text and o.article_id == art.id for o in orphans)
    assert st.tags(old_id) == []  # moved, not copied: the old version is gone from disk

    assert main(["orphans", "--store", str(store_path)]) == 0
    out = capsys.readouterr().out
    assert "2 orphaned tags" in out and old[GONE].text in out
    assert main(["orphans", "--store", str(store_path), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert {r["annotator"] for r in records} == {"ana", "bo"}
    assert all(r["now_in"] == art.id and r["reason"] for r in records)

    # Reopening does nothing more; tagging the new version works as usual.
    assert st.article_tags(art, new) == tags
    assert main(["tag", str(copy), "0", "fact", "--store", str(store_path)]) == 0
    assert len(st.article_tags(art, new)) == len(tags) + 1


def test_an_orphan_returns_when_its_sentence_does(tmp_path: Path, copy: Path) -> None:
    """Undo the edit (the file goes back to its first text): every tag is placed again."""
    st = Store(tmp_path / "s.json")
    old = _tag_all(st, copy)
    original = copy.read_text(encoding="utf-8")
    _edit(copy, old)
    st.article_tags(*_open(copy))
    assert len(st.orphans()) == 2
    copy.write_text(original, encoding="utf-8")
    art, sentences = _open(copy)
    tags = st.article_tags(art, sentences)
    assert {(t.annotator, t.sentence, t.label) for t in tags} == set(TAGS)
    assert st.orphans() == []


def test_a_copy_edited_elsewhere_takes_copies(tmp_path: Path, copy: Path) -> None:
    """The original still exists: an edited copy inherits copies of the tags and the
    original keeps all of its own."""
    st = Store(tmp_path / "s.json")
    old = _tag_all(st, copy)
    other = tmp_path / "articles" / "story-edit.txt"
    shutil.copy(copy, other)
    st.article_tags(*_open(other))  # the same text under a second path
    _edit(other, old)
    art, new = _open(other)
    tags = st.article_tags(art, new)
    assert len(tags) == len(TAGS) - 2
    orig = st.article_tags(*_open(copy))
    assert {(t.annotator, t.sentence, t.label) for t in orig} == set(TAGS)
    assert st.orphans() == []
    # Clearing a copied tag on the copy sticks: the copy is made only once.
    st.remove(art.id, tags[0].sentence, tags[0].annotator)
    assert len(st.article_tags(art, new)) == len(TAGS) - 3


def test_moved_and_edited_file_is_found_by_name(tmp_path: Path, copy: Path) -> None:
    """The old path is gone and a file of the same name appears elsewhere with mostly the
    same sentences: the tags follow it."""
    st = Store(tmp_path / "s.json")
    old = _tag_all(st, copy)
    moved = tmp_path / "elsewhere" / "story.txt"
    moved.parent.mkdir()
    shutil.move(copy, moved)
    _edit(moved, old)
    tags = st.article_tags(*_open(moved))
    assert len(tags) == len(TAGS) - 2 and len(st.orphans()) == 2


def test_same_name_but_another_article_takes_nothing(tmp_path: Path, copy: Path) -> None:
    """A different article that only shares the file name gets no tags."""
    st = Store(tmp_path / "s.json")
    _tag_all(st, copy)
    stranger = tmp_path / "other" / "story.txt"
    stranger.parent.mkdir()
    stranger.write_text("A different story. Nothing in common here.\n", encoding="utf-8")
    assert st.article_tags(*_open(stranger)) == []
    assert len(st.article_tags(*_open(copy))) == len(TAGS)


def test_same_name_file_still_in_place_keeps_its_tags(tmp_path: Path, copy: Path) -> None:
    """A tagged file edited in place, and an edited copy of its old text under the same
    name elsewhere: the copy takes nothing; the file in place gets its own tags."""
    st = Store(tmp_path / "s.json")
    old = _tag_all(st, copy)
    original = copy.read_text(encoding="utf-8")
    _edit(copy, old)  # edited in place, not reopened yet
    elsewhere = tmp_path / "other" / "story.txt"
    elsewhere.parent.mkdir()
    elsewhere.write_text(original.replace("Vladimir", "V."), encoding="utf-8")
    assert st.article_tags(*_open(elsewhere)) == []
    assert len(st.article_tags(*_open(copy))) == len(TAGS) - 2


def test_tags_follow_a_new_segmentation(tmp_path: Path, copy: Path) -> None:
    """Same text, sentences split differently (a segmenter change): tags follow by
    text; a sentence that no longer exists as such keeps its tags as orphans."""
    st = Store(tmp_path / "s.json")
    old = _tag_all(st, copy)
    art = load(str(copy))
    # Sentences 3 and 4 merge into one; everything after shifts down by one.
    merged = Sentence(3, old[3].start, old[4].end, art.text[old[3].start : old[4].end])
    resplit = [*old[:3], merged, *(Sentence(s.index - 1, s.start, s.end, s.text) for s in old[5:])]
    tags = st.article_tags(art, resplit)
    got = {(t.annotator, t.sentence, t.label) for t in tags}
    assert ("ana", 4, "opinion") in got and ("ana", 14, "fact") in got
    assert all(t.text == resplit[t.sentence].text for t in tags)
    assert len(tags) + len(st.orphans()) == len(TAGS)


def test_opening_an_untagged_article_writes_nothing(tmp_path: Path, copy: Path) -> None:
    """Reading tags is read-only unless a tag has to move."""
    st = Store(tmp_path / "s.json")
    _tag_all(st, copy)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    other = tmp_path / "fresh.txt"
    other.write_text("Nothing tagged here. Not yet.\n", encoding="utf-8")
    assert st.article_tags(*_open(other)) == []
    st.article_tags(*_open(copy))
    after = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    assert {p: t for p, t in after.items() if p != other} == before


def test_place_exact_then_fuzzy() -> None:
    """Exact text wins, repeats go to the nearest index, a typo is a fuzzy match, and a
    rewrite is left unplaced."""
    new = [
        "Advertisement",
        "The army left the city on Tuesday.",
        "Advertisement",
        "Officials said 300 people died in the attack.",
        "Completely different words are here now.",
    ]
    old = [
        ("a", 0, "The army left the city on Tuesday."),
        ("b", 1, "Advertisement"),
        ("c", 2, "Oficials said 300 people died in the atack."),
        ("d", 3, "The mayor praised the rescue teams for their work."),
    ]
    assert place(old, new) == {"a": (1, "exact"), "b": (0, "exact"), "c": (3, "fuzzy")}
    assert place([], new) == {} and place(old, []) == {}


def test_read_only_store_still_opens(
    tmp_path: Path, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store that cannot be written still shows its tags (the index hint is skipped).
    As root chmod does not stop writes, so the denial is simulated at the lock file."""
    from newsdiff.store import files as store_mod

    st = Store(tmp_path / "s" / "s.json")
    _tag_all(st, copy)
    other = tmp_path / "second.txt"
    shutil.copy(copy, other)
    lock = tmp_path / "s" / "s.json.lock"
    lock.unlink()
    (tmp_path / "s").chmod(0o555)
    if os.geteuid() == 0:
        real_open = os.open

        def deny(p: object, *a: object, **k: object) -> int:
            if os.fspath(p) == str(lock):  # type: ignore[arg-type]
                raise PermissionError(13, "Permission denied", str(lock))
            return real_open(p, *a, **k)  # type: ignore[arg-type]

        monkeypatch.setattr(store_mod.os, "open", deny)
    try:
        assert len(Store(tmp_path / "s" / "s.json").article_tags(*_open(other))) == len(TAGS)
    finally:
        (tmp_path / "s").chmod(0o755)
    assert not lock.exists()


class _Crash(Exception):
    pass


@pytest.mark.parametrize(
    ("owner", "step"), [(StoreFiles, "delete_file"), (ArticleIndex, "register")]
)
def test_crash_while_moving_tags_neither_loses_nor_doubles(
    tmp_path: Path, copy: Path, monkeypatch: pytest.MonkeyPatch, owner: type, step: str
) -> None:
    """A crash after the new file is written but before the old one is removed (or the
    index updated): the next open finishes the move with no tag lost or duplicated."""
    st = Store(tmp_path / "s.json")
    old = _tag_all(st, copy)
    _edit(copy, old)
    art, new = _open(copy)
    real = getattr(owner, step)

    def crash(self: object, *a: object, **k: object) -> None:
        if step == "register" and not k.get("superseded"):
            return real(self, *a, **k)  # type: ignore[no-any-return]
        raise _Crash

    monkeypatch.setattr(owner, step, crash)
    with pytest.raises(_Crash):
        st.article_tags(art, new)
    monkeypatch.undo()
    st = Store(tmp_path / "s.json")
    tags = st.article_tags(art, new)
    assert len(tags) == len(TAGS) - 2 and len(st.orphans()) == 2
    assert len({(t.sentence, t.annotator) for t in tags}) == len(tags)
    assert sorted(p.name for p in (tmp_path / "s.tags").iterdir()) == [f"{art.id}.json"]


def test_records_name_the_resolved_path_and_follow_edits_through_a_link(
    tmp_path: Path, copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tag made through a relative path or a symlink names the real absolute path, as
    the index does; editing the file and opening it through the link still moves them."""
    store_path = tmp_path / "s.json"
    link = tmp_path / "linked"
    link.symlink_to(copy.parent)
    monkeypatch.chdir(tmp_path)
    st = Store(store_path)
    real = os.path.realpath(copy)
    art, sentences = _open(Path("articles") / "story.txt")  # relative, as typed
    st.put(tag_for(art, sentences[3], "fact", "ana"))
    via_link, sentences = _open(link / "story.txt")
    assert via_link.id == art.id
    st.annotate(via_link, sentences[5], "ana", label="opinion")
    assert main(["tag", "linked/story.txt", "4", "estimate", "--store", str(store_path)]) == 0
    assert {t.article for t in st.tags()} == {real}
    old = sentences
    _edit(copy, old)
    new_art, new = _open(link / "story.txt")
    moved = st.article_tags(new_art, new)
    assert {(t.sentence, t.label) for t in moved} == {
        (_new_index(old[3], new), "fact"),
        (_new_index(old[4], new), "estimate"),
        (_new_index(old[5], new), "opinion"),
    }
    assert {t.article for t in moved} == {real}


def test_orphans_and_export_see_an_edit_before_anything_opens_it(
    tmp_path: Path, copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Right after an article file is edited, `orphans` lists the edited-away sentence's
    tags and `export` writes the new text and offsets; a file unchanged since it was last
    checked is only stat'ed, not read."""
    import newsdiff.core.article as article_mod

    store_path = tmp_path / "s.json"
    st = Store(store_path)
    old = _tag_all(st, copy)
    argv = ["--store", str(store_path)]
    assert main(["orphans", *argv]) == 0
    assert "No orphaned tags" in capsys.readouterr().out
    _edit(copy, old)
    art, new = _open(copy)

    assert main(["orphans", *argv, "--format", "json"]) == 0
    gone = json.loads(capsys.readouterr().out)
    assert {(r["annotator"], *r["label"]) for r in gone} == {("ana", "attribution"), ("bo", "fact")}
    assert {r["text"] for r in gone} == {old[GONE].text}

    assert main(["export", *argv]) == 0
    records = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {r["article_id"] for r in records} == {art.id}
    for r in records:
        assert art.text[r["start"] : r["end"]] == r["text"] == new[r["sentence"]].text

    reads: list[str] = []
    real_load = article_mod.load

    def counting(path: str, *a: object, **k: object) -> Article:
        reads.append(path)
        return real_load(path, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(article_mod, "load", counting)
    assert main(["orphans", *argv]) == 0 and main(["export", *argv]) == 0
    assert reads == []  # nothing changed on disk since: one stat, no read
    os.utime(copy)  # touched, same text: read once, then known again
    assert main(["orphans", *argv]) == 0 and main(["orphans", *argv]) == 0
    assert reads == [os.path.realpath(copy)]
    assert "2 orphaned tags" in capsys.readouterr().out
