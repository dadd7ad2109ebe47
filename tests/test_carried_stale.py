"""A label carried to the counterpart never outlives its source's label: relabelled
outside the app (`newsdiff tag`, another window), the carried one is not shown, counted
or exported, and counts again when the source carries that label once more."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff import cli
from newsdiff.core.article import from_text, load
from newsdiff.dataset.propagate import current
from newsdiff.meaning.compare import compare
from newsdiff.store import Store
from newsdiff.tui.session import TagSession
from newsdiff.tui.widgets.header import StatusLine

from .tui_helpers import columns, ready, until

DATA = Path(__file__).parent / "data"
BRIDGE_A = DATA / "bridge_a.txt"
BRIDGE_B = DATA / "bridge_b.txt"
# The bridge pair: A#2 faces B#3 in a changed row (as in test_tui_review).
CLOSURE_A, CLOSURE_B = 1, 2

TEXT_A = "The bridge closes on Monday. Repairs take three weeks. Shops fear losses."
TEXT_B = "Repairs take about three weeks. The bridge closes on Monday."


def _exported(store_path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert cli.main(["export", "--store", str(store_path), "--include-propagated"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_carried_label_whose_source_was_relabelled_is_not_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Carried from A#1, then A#1 relabelled by the store call `newsdiff tag` makes: the
    export (--include-propagated), agreement's input and the session leave the carried
    label out; relabelled back, it counts again."""
    (tmp_path / "a.txt").write_text(TEXT_A)
    (tmp_path / "b.txt").write_text(TEXT_B)
    a, b = load(str(tmp_path / "a.txt")), load(str(tmp_path / "b.txt"))
    cmp = compare(a, b)
    sents_a, rows = cmp.a_sentences, cmp.rows
    store_path = tmp_path / "s.json"
    with Store(store_path) as store:
        session = TagSession(store, "ana", (a, b), (sents_a, cmp.b_sentences), rows)
        session.set("a", 0, "fact")
        carried = store.get(b.id, 1, "ana")
        assert carried is not None and (carried.label, carried.source) == ("fact", "propagated")
        assert (carried.origin_article, carried.origin_sentences) == (a.id, (0,))
    assert [(r["sentence"], r["source"]) for r in _exported(store_path, capsys)] == [
        (0, "human"),
        (1, "propagated"),
    ]
    with Store(store_path) as store:  # what `newsdiff tag a.txt 0 opinion` does
        store.annotate(a, sents_a[0], "ana", label="opinion")
        assert current(store.tags()) == store.tags(a.id)
    recs = _exported(store_path, capsys)
    assert [(r["article_id"], r["label"], r["source"]) for r in recs] == [
        (a.id, ["opinion"], "human")
    ]
    assert cli.main(["sentences", str(tmp_path / "b.txt"), "--store", str(store_path)]) == 0
    assert "(carried)" not in capsys.readouterr().out
    with Store(store_path) as store:
        session = TagSession(store, "ana", (a, b), (sents_a, cmp.b_sentences), rows)
        assert session.record("b", 1) is None and session.label("b", 1) is None
        assert session.stored("b", 1) == carried  # nothing written from reading it
        store.annotate(a, sents_a[0], "ana", label="fact")
    assert [r["source"] for r in _exported(store_path, capsys)] == ["human", "propagated"]
    assert cli.main(["sentences", str(tmp_path / "b.txt"), "--store", str(store_path)]) == 0
    assert "[ana=fact (carried)]" in capsys.readouterr().out


def test_a_label_carried_from_an_edited_version_is_still_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The source article edited on disk (its tags move to the new version, under other
    indices): the carried label cannot be checked any more and is exported as before,
    not dropped as stale."""
    (tmp_path / "a.txt").write_text(TEXT_A)
    (tmp_path / "b.txt").write_text(TEXT_B)
    a, b = load(str(tmp_path / "a.txt")), load(str(tmp_path / "b.txt"))
    cmp = compare(a, b)
    store_path = tmp_path / "s.json"
    with Store(store_path) as store:
        session = TagSession(store, "ana", (a, b), (cmp.a_sentences, cmp.b_sentences), cmp.rows)
        session.set("a", 0, "fact")
    (tmp_path / "a.txt").write_text("Police were called. " + TEXT_A)
    recs = _exported(store_path, capsys)
    assert [(r["article_id"] == a.id, r["sentence"], r["source"]) for r in recs] == [
        (False, 1, "human"),
        (False, 1, "propagated"),
    ]


def test_a_typed_label_over_a_carried_one_forgets_its_origin(tmp_path: Path) -> None:
    """A label of one's own over a carried one (a key, `newsdiff tag`) names no origin,
    so it counts whatever the other article says."""
    a, b = from_text(TEXT_A, "a.txt"), from_text(TEXT_B, "b.txt")
    cmp = compare(a, b)
    with Store(tmp_path / "s.json") as store:
        session = TagSession(store, "ana", (a, b), (cmp.a_sentences, cmp.b_sentences), cmp.rows)
        session.set("a", 0, "fact")
        assert store.get(b.id, 1, "ana").origin_article == a.id  # type: ignore[union-attr]
        tag = store.annotate(b, cmp.b_sentences[1], "ana", label="estimate")
        assert tag is not None and (tag.origin_article, tag.origin_sentences) == ("", ())
        assert store.get(b.id, 1, "ana") == tag
        session.set("a", 0, "opinion")  # reloads B#2 first: a label of its own stays
        assert current(store.tags()) == store.tags()
        assert session.label("b", 1) == "estimate"


async def test_the_poll_shows_a_stale_carried_label_as_not_carried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """f on A#2 carries fact to B#3; `newsdiff tag` then makes A#2 opinion: once the poll
    reads it, B#3 shows no carried label (badge and status line), the export leaves it
    out, nothing was written by the app; `newsdiff tag` back to fact shows it again."""
    from newsdiff.tui import app as app_mod
    from newsdiff.tui.app import create_app

    monkeypatch.setattr(app_mod, "STORE_CHECK_SECONDS", 0.05)
    store_path = tmp_path / "s.json"
    app = create_app(
        str(BRIDGE_A), str(BRIDGE_B), store=store_path, annotator="tester", advance=False
    )
    b_id = load(str(BRIDGE_B)).id

    def badge(side: str, sentence: int) -> str:
        view = app.view
        first, _ = view.sentence_lines(side, sentence)  # type: ignore[arg-type]
        gutter_a, _, gutter_b, _ = columns(view, first)
        return (gutter_a if side == "a" else gutter_b)[1]

    def tag(label: str) -> None:
        argv = ["tag", str(BRIDGE_A), str(CLOSURE_A), label, "--annotator", "tester"]
        assert cli.main([*argv, "--store", str(store_path)]) == 0

    async with app.run_test(size=(120, 36)) as pilot:
        view = await ready(pilot)
        await pilot.press("j", "f")
        await pilot.pause()
        assert badge("b", CLOSURE_B) == "F"
        with Store(store_path) as store:
            written = store.get(b_id, CLOSURE_B, "tester")
        assert written is not None and written.source == "propagated"
        capsys.readouterr()

        tag("opinion")
        await until(pilot, lambda: badge("a", CLOSURE_A) == "O", "the poll's reload")
        await pilot.pause()
        assert badge("b", CLOSURE_B) != "F"
        await pilot.press("tab")
        assert (view.side, view.sentence) == ("b", CLOSURE_B)
        status = app.query_one(StatusLine)
        assert "carried from" not in str(status.detail)
        assert app.session is not None and app.session.label("b", CLOSURE_B) is None
        recs = _exported(store_path, capsys)
        assert ("fact", "propagated") not in [(r["label"][0], r["source"]) for r in recs]
        with Store(store_path) as store:  # the app derived it, it wrote nothing
            assert store.get(b_id, CLOSURE_B, "tester") == written

        tag("fact")
        await until(pilot, lambda: badge("a", CLOSURE_A) == "F", "the poll's second reload")
        await pilot.pause()
        assert badge("b", CLOSURE_B) == "F"
        assert "fact carried from A#2" in str(status.detail)
