"""Reviewing in the app, with real key presses: propagation, label shifts, notes, the
unsure flag, disagreements, suggestions, the class filter and the ignore toggles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff import cli
from newsdiff.core.article import load
from newsdiff.core.labels import BADGES
from newsdiff.core.sentences import split_sentences
from newsdiff.store import Store, tag_for
from newsdiff.tui.app import NewsdiffApp, create_app
from newsdiff.tui.screens.note import NoteScreen
from newsdiff.tui.screens.options import OptionsScreen
from newsdiff.tui.widgets.diff_view import (
    DISAGREE_MARK,
    NOTE_MARK,
    SHIFT_MARK,
    UNSURE_MARK,
    DiffView,
)
from newsdiff.tui.widgets.header import PairHeader, StatusLine

from .tui_helpers import columns, ready, screen_line, until

DATA = Path(__file__).parent / "data"
BRIDGE_A = DATA / "bridge_a.txt"
BRIDGE_B = DATA / "bridge_b.txt"
SIZE = (120, 36)

# The bridge pair: A#2 ("The closure is expected to last about three weeks, according to
# the city.") faces B#3 ("... roughly four weeks, the city said.") in a changed row.
CLOSURE_A, CLOSURE_B = 1, 2


def make(store: Path, a: Path = BRIDGE_A, b: Path = BRIDGE_B, who: str = "tester") -> NewsdiffApp:
    # Auto-advance off: these tests press a label and look at the same sentence.
    return create_app(str(a), str(b), store=store, annotator=who, advance=False)


def gutter(view: DiffView, side: str, sentence: int) -> str:
    """The gutter cells beside a sentence's first line: bar, badge, two flags, space."""
    first, _ = view.sentence_lines(side, sentence)  # type: ignore[arg-type]
    gutter_a, _, gutter_b, _ = columns(view, first)
    return gutter_a if side == "a" else gutter_b


def stored(store_path: Path, path: Path, sentence: int, who: str = "tester"):  # type: ignore[no-untyped-def]
    with Store(store_path) as store:
        return store.get(load(str(path)).id, sentence, who)


async def test_a_tag_is_carried_to_the_counterpart_and_undone_with_it(tmp_path: Path) -> None:
    """f on A#2 gives B#3 the same label, stored as propagated and drawn apart; one u
    takes both back."""
    store_path = tmp_path / "s.json"
    app = make(store_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("j", "f")
        assert view.sentence == CLOSURE_A
        await pilot.pause()
        b_tag = stored(store_path, BRIDGE_B, CLOSURE_B)
        assert b_tag is not None and (b_tag.label, b_tag.source) == ("fact", "propagated")
        a_tag = stored(store_path, BRIDGE_A, CLOSURE_A)
        assert a_tag is not None and (a_tag.label, a_tag.source) == ("fact", "human")
        # Same letter, another style: the carried badge has no block behind it.
        assert gutter(view, "b", CLOSURE_B)[1] == "F"
        own = view._gutter("a", CLOSURE_A)[0][0].style
        carried = view._gutter("b", CLOSURE_B)[0][0].style
        assert own is not None and carried is not None and own != carried
        assert own.bgcolor != carried.bgcolor and carried.underline
        assert "carried to B#3" in app.query_one(StatusLine).message
        # Progress counts the annotator's own labels only.
        assert "0/6 tagged" in str(app.query_one(PairHeader).render())
        await pilot.press("u")
        assert stored(store_path, BRIDGE_B, CLOSURE_B) is None
        assert stored(store_path, BRIDGE_A, CLOSURE_A) is None
        await pilot.press("ctrl+r")
        assert stored(store_path, BRIDGE_B, CLOSURE_B).source == "propagated"  # type: ignore[union-attr]


async def test_a_counterpart_with_its_own_label_keeps_it_and_the_row_is_flagged(
    tmp_path: Path,
) -> None:
    """B's own label is never overwritten by propagation; different own labels on the
    two sides of a row flag it on the rule, and l / L jump to it."""
    store_path = tmp_path / "s.json"
    app = make(store_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("j", "f", "tab")
        assert (view.side, view.sentence) == ("b", CLOSURE_B)
        await pilot.press("e")  # the reprint's sentence is, to this annotator, an estimate
        await pilot.pause()
        assert stored(store_path, BRIDGE_B, CLOSURE_B).label == "estimate"  # type: ignore[union-attr]
        assert stored(store_path, BRIDGE_A, CLOSURE_A).label == "fact"  # type: ignore[union-attr]
        row = view.cursor_row
        assert app.session is not None and view.rows[row].index in app.session.shift_rows()
        first = view.line_map.starts[row]  # type: ignore[union-attr]
        geo = view.line_map.geometry  # type: ignore[union-attr]
        lines = [screen_line(view, first + k)[geo.divider_start + 1] for k in range(2)]
        assert SHIFT_MARK in lines
        assert "label shift: A fact → B estimate" in str(app.query_one(StatusLine).detail)
        await pilot.press("g", "l")
        assert view.cursor_row == row
        await pilot.press("G", "L")
        assert view.cursor_row == row
        # Clearing B's own label lets A's label be carried again, and the flag goes.
        await pilot.press("x")
        b_tag = stored(store_path, BRIDGE_B, CLOSURE_B)
        assert b_tag is not None and (b_tag.label, b_tag.source) == ("fact", "propagated")
        assert app.session.shift_rows() == []


async def test_note_key_opens_an_input_and_saves_the_note(tmp_path: Path) -> None:
    """c opens an input; Enter saves the note (gutter mark, store, export); Esc keeps
    the old one; an empty note removes it."""
    store_path = tmp_path / "s.json"
    app = make(store_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"ask the city", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, NoteScreen)
        tag = stored(store_path, BRIDGE_A, 0)
        assert tag is not None and tag.note == "ask the city" and tag.label == ""
        assert gutter(view, "a", 0)[3] == NOTE_MARK
        assert "✎ ask the city" in str(app.query_one(StatusLine).detail)
        await pilot.press("c", *" later", "escape")
        await pilot.pause()
        assert stored(store_path, BRIDGE_A, 0).note == "ask the city"  # type: ignore[union-attr]
        await pilot.press("f", "c")
        await pilot.pause()
        await pilot.press(*" first", "enter")
        assert stored(store_path, BRIDGE_A, 0).note == "ask the city first"  # type: ignore[union-attr]
        await pilot.press("u")  # the note change is undone; the label stays
        tag = stored(store_path, BRIDGE_A, 0)
        assert tag is not None and (tag.note, tag.label) == ("ask the city", "fact")
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("ctrl+u", "enter")  # clear the input, save: the note goes
        tag = stored(store_path, BRIDGE_A, 0)
        assert tag is not None and (tag.note, tag.label) == ("", "fact")
        assert gutter(view, "a", 0)[3] == " "


async def test_unsure_flag_is_shown_stored_and_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """! flags the sentence unsure (gutter and store), again unflags; export carries the
    flag and the note."""
    store_path = tmp_path / "s.json"
    app = make(store_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("e", "exclamation_mark")
        await pilot.pause()
        assert gutter(view, "a", 0)[2] == UNSURE_MARK
        tag = stored(store_path, BRIDGE_A, 0)
        assert tag is not None and tag.unsure and tag.label == "estimate"
        await pilot.press("j", "exclamation_mark", "exclamation_mark")
        assert stored(store_path, BRIDGE_A, 1) is None  # flag and unflag: nothing left
        await pilot.press("k", "c")
        await pilot.pause()
        await pilot.press(*"which repairs?", "enter")
    assert cli.main(["export", "--store", str(store_path), "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    mine = [r for r in records if r["source"] == "human"]
    assert len(mine) == 1
    assert mine[0]["unsure"] is True and mine[0]["note"] == "which repairs?"
    assert mine[0]["label"] == ["estimate"]


def _tag(store_path: Path, path: Path, sentence: int, label: str, who: str) -> None:
    art = load(str(path))
    with Store(store_path) as store:
        store.put(tag_for(art, split_sentences(art.text)[sentence], label, who))


async def test_disagreement_keys_jump_and_say_who_said_what(tmp_path: Path) -> None:
    """d and D go to sentences where annotators gave different labels; the gutter
    marks them and the status line names each annotator's label."""
    store_path = tmp_path / "s.json"
    _tag(store_path, BRIDGE_A, 3, "opinion", "ana")
    _tag(store_path, BRIDGE_A, 3, "fact", "ben")
    _tag(store_path, BRIDGE_A, 4, "fact", "ana")  # one annotator only: no disagreement
    _tag(store_path, BRIDGE_B, 4, "estimate", "ana")
    _tag(store_path, BRIDGE_B, 4, "estimate", "ben")  # agreement
    _tag(store_path, BRIDGE_A, 5, "fact", "ana")
    app = make(store_path, who="ben")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("d")
        assert (view.side, view.sentence) == ("a", 3)
        assert gutter(view, "a", 3)[2] == DISAGREE_MARK
        detail = str(app.query_one(StatusLine).detail)
        assert "ana: opinion" in detail and "ben: fact" in detail
        await pilot.press("d")  # no other: the cursor stays, a notice says so
        assert (view.side, view.sentence) == ("a", 3)
        notice = app.query_one(StatusLine).message
        assert notice == "No sentence below where annotators disagree."
        # ben now disagrees with ana on A#6 too: the mark follows the store.
        await pilot.press("G")
        for _ in range(7):
            if view.sentence == 5:
                break
            await pilot.press("k")
        await pilot.press("o")
        await pilot.pause()
        assert gutter(view, "a", 5)[2] == DISAGREE_MARK
        await pilot.press("D")
        assert (view.side, view.sentence) == ("a", 3)
        await pilot.press("d")
        assert (view.side, view.sentence) == ("a", 5)


async def test_d_counts_accepted_suggestions_as_agree_does(tmp_path: Path) -> None:
    """An accepted suggestion is the annotator's own label in the app too: d stops where
    ana accepted 'opinion' and ben typed 'fact', and the status line says so."""
    store_path = tmp_path / "s.json"
    art = load(str(BRIDGE_A))
    with Store(store_path) as store:
        sentence = split_sentences(art.text)[3]
        store.put(tag_for(art, sentence, "opinion", "ana", source="suggestion"))
        store.put(tag_for(art, sentence, "fact", "ben"))
        # A carried label is not a decision: no disagreement on A#5.
        store.put(tag_for(art, split_sentences(art.text)[4], "opinion", "ana", source="propagated"))
        store.put(tag_for(art, split_sentences(art.text)[4], "fact", "ben"))
    app = make(store_path, who="ben")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("d")
        assert (view.side, view.sentence) == ("a", 3)
        detail = str(app.query_one(StatusLine).detail)
        assert "ana: opinion" in detail and "ben: fact" in detail
        await pilot.press("d")
        assert (view.side, view.sentence) == ("a", 3)


async def test_d_at_the_last_disagreement_of_one_article_on_both_sides(tmp_path: Path) -> None:
    """With one article on both sides, d past the last disagreement (D before the first)
    leaves the cursor and says there is no more: the same sentence in the other pane is
    not another disagreement."""
    store_path = tmp_path / "s.json"
    _tag(store_path, BRIDGE_A, 3, "opinion", "ana")
    _tag(store_path, BRIDGE_A, 3, "fact", "ben")
    app = make(store_path, b=BRIDGE_A, who="ben")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("d")
        assert (view.side, view.sentence) == ("a", 3)
        await pilot.press("d")
        assert (view.side, view.sentence) == ("a", 3)
        status = app.query_one(StatusLine)
        assert status.message == "No sentence below where annotators disagree."
        await pilot.press("tab", "D")
        assert (view.side, view.sentence) == ("b", 3)
        assert status.message == "No sentence above where annotators disagree."


async def test_tags_written_elsewhere_show_without_a_key_press(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the app is open, another annotator's tag (a second Store) brings its
    disagreement mark and d goes there, and this annotator's own tag from `newsdiff tag`
    shows with a status message, with no key pressed; an unchanged store is never read."""
    from newsdiff.tui import app as app_mod
    from newsdiff.tui.session import TagSession

    monkeypatch.setattr(app_mod, "STORE_CHECK_SECONDS", 0.05)
    reads: list[object] = []
    real_read = TagSession.read

    def counted(self: TagSession, art_ids: list[str]) -> object:
        reads.append(art_ids)
        return real_read(self, art_ids)

    monkeypatch.setattr(TagSession, "read", counted)
    store_path = tmp_path / "s.json"
    _tag(store_path, BRIDGE_A, 3, "opinion", "ben")
    app = make(store_path, who="ben")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        status = app.query_one(StatusLine)
        await pilot.pause(0.3)  # several polls
        assert reads == [] and gutter(view, "a", 3)[2] == " "
        await pilot.press("d")
        assert (view.side, view.sentence) == ("a", 0)

        _tag(store_path, BRIDGE_A, 3, "fact", "ana")  # ana, in another process
        await until(pilot, lambda: gutter(view, "a", 3)[2] == DISAGREE_MARK, "the mark")
        await pilot.press("d")
        assert (view.side, view.sentence) == ("a", 3)
        assert "ana: fact" in str(status.detail) and "ben: opinion" in str(status.detail)

        argv = ["tag", str(BRIDGE_B), "4", "estimate", "--annotator", "ben"]
        assert cli.main([*argv, "--store", str(store_path)]) == 0
        await until(pilot, lambda: gutter(view, "b", 4)[1] == "E", "ben's own tag")
        assert status.message == "B#5 changed outside this window, reloaded"
        assert "1/6 tagged" in str(app.query_one(PairHeader).render())


async def test_suggestions_show_faintly_and_one_key_accepts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An untagged sentence shows its suggestion as a lower-case badge with its cues in
    the status line; s stores it as a suggestion, apart from human tags; a label key
    overrides it; export writes the accepted suggestion by default."""
    store_path = tmp_path / "s.json"
    app = make(store_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        assert app.session is not None
        label, cues = app.session.suggestion("a", 0)
        assert label == "attribution" and "said" in [c.text for c in cues]
        assert gutter(view, "a", 0)[1] == BADGES["attribution"].lower()
        assert "suggests attribution [s]: said" in str(app.query_one(StatusLine).detail)
        # The cue word is underlined in the text.
        first, _ = view.sentence_lines("a", 0)
        strip = view.render_line(first - round(view.scroll_y))
        said = [s for s in strip if s.text.strip() == "said"]
        assert said and said[0].style is not None and said[0].style.underline
        await pilot.press("s")
        tag = stored(store_path, BRIDGE_A, 0)
        assert tag is not None and (tag.label, tag.source) == ("attribution", "suggestion")
        assert gutter(view, "a", 0)[1] == "A"
        await pilot.press("j", "o")  # a label key on a suggested sentence: a human tag
        tag = stored(store_path, BRIDGE_A, 1)
        assert tag is not None and (tag.label, tag.source) == ("opinion", "human")
        # Hidden on the options screen: the faint badge goes.
        await pilot.press("i", "g", "escape")
        await pilot.pause()
        assert not view.show_suggestions
        assert gutter(view, "a", 2)[1] == " "
    # An accepted suggestion is the annotator's own decision: exported by default.
    assert cli.main(["export", "--store", str(store_path)]) == 0
    plain = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert sorted(r["source"] for r in plain) == ["human", "suggestion"]
    assert cli.main(["export", "--store", str(store_path), "--no-suggestions"]) == 0
    typed = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["source"] for r in typed] == ["human"]
    assert cli.main(["export", "--store", str(store_path), "--include-propagated"]) == 0
    every = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {r["source"] for r in every} == {"human", "suggestion", "propagated"}


async def test_class_filter_shows_only_rows_with_that_class(tmp_path: Path) -> None:
    """A digit shows only the rows with a change of that class; 0 (or the same digit)
    shows every row; a class no row has changes nothing."""
    app = make(tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        every = len(view.rows)
        header = app.query_one(PairHeader)

        async def settled(what: str) -> None:
            # The key's rows, then the header's message: on a loaded machine the
            # header is redrawn a few frames after the key (a flaky failure seen so).
            await until(pilot, lambda: view.pending_filter is None, f"{what}: rows shown")
            await pilot.pause()

        await pilot.press("2")  # number
        await settled("2")
        assert view.class_filter == "number"
        assert 0 < len(view.rows) < every
        assert all("number" in m.row.classes() for m in view.rows)
        await until(pilot, lambda: "only number (" in header.mode, "the header says so")
        assert view.cursor_row < len(view.rows)
        await pilot.press("1")  # negation: the bridge pair has none
        await settled("1")
        assert view.class_filter == "number"
        await pilot.press("2")
        await settled("2 again")
        assert view.class_filter is None and len(view.rows) == every
        await pilot.press("3", "0")
        await settled("3 then 0")
        assert len(view.rows) == every
        await until(pilot, lambda: header.mode == "", "the header shows every row")


QUOTED_A = "He called the plan 'hasty' on Monday. The toll rose to 300. Talks resume in Kiev."
QUOTED_B = "He called the plan “hasty” on Monday. The toll rose to 400. Talks resume in Kyiv."


async def test_ignore_toggles_make_exactly_those_rows_equal(tmp_path: Path) -> None:
    """On the options screen q (quotes) and s (spelling) each turn the row that differs
    only so into an equal one, at once, and off again; the number row stays changed."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(QUOTED_A, encoding="utf-8")
    b.write_text(QUOTED_B, encoding="utf-8")
    app = make(tmp_path / "s.json", a, b)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)

        def kinds() -> list[str]:
            return [m.kind for m in view.rows]

        async def applied() -> None:
            await until(pilot, lambda: not app.options_pending, "the options were applied")

        assert kinds() == ["changed", "changed", "changed"]
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, OptionsScreen)
        await pilot.press("q")
        await applied()
        assert kinds() == ["equal", "changed", "changed"]
        await pilot.press("s")
        await applied()
        assert kinds() == ["equal", "changed", "equal"]
        assert "ignoring quotes, spelling" in app.query_one(PairHeader).mode
        await pilot.press("escape", "i", "q", "escape")
        await applied()
        assert kinds() == ["changed", "changed", "equal"]
        assert app.options.ignore_spelling and not app.options.ignore_quotes


async def test_ignore_flags_on_the_command_line_start_the_app_so(tmp_path: Path) -> None:
    """newsdiff A B --ignore-quotes opens with quote-only rows equal."""
    from newsdiff.meaning.options import CompareOptions

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(QUOTED_A, encoding="utf-8")
    b.write_text(QUOTED_B, encoding="utf-8")
    app = create_app(
        str(a), str(b), store=tmp_path / "s.json", options=CompareOptions(ignore_quotes=True)
    )
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        assert [m.kind for m in view.rows] == ["equal", "changed", "changed"]


# The seed pair: A#5 (index 4) faces B#1 (index 0) in a changed row.
SEED_A5, SEED_B1 = 4, 0


def _seed_app(store_path: Path) -> NewsdiffApp:
    from .conftest import SEED_A, SEED_B

    return make(store_path, SEED_A, SEED_B)


def _seed_tag(store_path: Path, side: str, sentence: int):  # type: ignore[no-untyped-def]
    from .conftest import SEED_A, SEED_B

    return stored(store_path, SEED_A if side == "a" else SEED_B, sentence)


async def test_x_on_a_carried_label_removes_it_and_undo_restores_it(tmp_path: Path) -> None:
    """j j j j f carries fact to B#1; → x removes it from screen and store, and says so;
    u brings it back exactly, as carried; ctrl+r removes it again, and it stays removed
    until A#5's own label changes."""
    store_path = tmp_path / "s.json"
    app = _seed_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        status = app.query_one(StatusLine)
        await pilot.press("j", "j", "j", "j", "f")
        carried = _seed_tag(store_path, "b", SEED_B1)
        assert carried is not None and (carried.label, carried.source) == ("fact", "propagated")
        await pilot.press("right", "x")
        await pilot.pause()
        assert (view.side, view.sentence) == ("b", SEED_B1)
        assert status.message == "saved: B#1: fact (propagated) → untagged"
        assert _seed_tag(store_path, "b", SEED_B1) is None
        assert gutter(view, "b", SEED_B1)[1] not in BADGES.values()
        assert "· untagged" in status.position
        await pilot.press("u")
        await pilot.pause()
        assert status.message == "saved: undo B#1: untagged → fact (propagated)"
        back = _seed_tag(store_path, "b", SEED_B1)
        assert back is not None and (back.label, back.source, back.created) == (
            "fact",
            "propagated",
            carried.created,
        )
        assert gutter(view, "b", SEED_B1)[1] == "F"
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert _seed_tag(store_path, "b", SEED_B1) is None
        # A note on A#5 is not a label change: nothing is carried again.
        await pilot.press("left", "exclamation_mark")
        assert _seed_tag(store_path, "b", SEED_B1) is None
        await pilot.press("o")  # A#5's label changes: it is carried again
        await pilot.pause()
        again = _seed_tag(store_path, "b", SEED_B1)
        assert again is not None and (again.label, again.source) == ("opinion", "propagated")
        assert "carried to B#1" in status.message
        await pilot.press("x")  # A#5 cleared: its carried copy goes, and the status says so
        await pilot.pause()
        assert status.message == "saved: A#5: opinion → untagged (also cleared on B#1)"
        assert _seed_tag(store_path, "b", SEED_B1) is None


async def test_own_label_cleared_on_a_carried_sentence_says_what_is_left(tmp_path: Path) -> None:
    """o x on a carried label: o makes it the annotator's opinion, x clears that and the
    counterpart's fact is carried back; the status says so, and never that a label was
    carried to the sentence itself."""
    store_path = tmp_path / "s.json"
    app = _seed_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        status = app.query_one(StatusLine)
        await pilot.press("j", "j", "j", "j", "f", "right", "o")
        await pilot.pause()
        assert status.message == "saved: B#1: fact (propagated) → opinion"
        await pilot.press("x")
        await pilot.pause()
        assert status.message == "saved: B#1: opinion → fact (propagated)"
        assert "carried to B#1" not in status.message
        tag = _seed_tag(store_path, "b", SEED_B1)
        assert tag is not None and (tag.label, tag.source) == ("fact", "propagated")
        assert gutter(view, "b", SEED_B1)[1] == "F"
        await pilot.press("u")
        await pilot.pause()
        assert status.message == "saved: undo B#1: fact (propagated) → opinion"
        tag = _seed_tag(store_path, "b", SEED_B1)
        assert tag is not None and (tag.label, tag.source) == ("opinion", "human")


async def test_the_app_never_overwrites_what_the_command_line_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`newsdiff tag` between key presses, same annotator: the carry from A#5 leaves
    B#1's label alone and the app shows it; a key on a sentence the command line noted
    meanwhile is refused and reloaded; undo of a change relabelled since is refused."""
    from newsdiff.tui import app as app_mod

    from .conftest import SEED_A, SEED_B

    # The key press must meet the command line's write, not the 2 s poll that would
    # reload it first on a slow machine (that path has its own test above).
    monkeypatch.setattr(app_mod, "STORE_CHECK_SECONDS", 3600.0)
    store_path = tmp_path / "s.json"
    cli_args = ["--annotator", "tester", "--store", str(store_path)]
    app = _seed_app(store_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        status = app.query_one(StatusLine)
        assert cli.main(["tag", str(SEED_B), str(SEED_B1), "opinion", *cli_args]) == 0
        await pilot.press("j", "j", "j", "j", "f")
        await pilot.pause()
        tag = _seed_tag(store_path, "b", SEED_B1)
        assert tag is not None and (tag.label, tag.source) == ("opinion", "human")
        assert "B#1 changed outside this window, reloaded" in status.message
        assert gutter(view, "b", SEED_B1)[1] == "O"

        assert cli.main(["tag", str(SEED_A), "5", "--note", "desk", *cli_args]) == 0
        await pilot.press("j", "e")  # A#6
        await pilot.pause()
        assert status.message == "not saved: A#6 was changed outside this window; reloaded"
        assert gutter(view, "a", 5)[3] == NOTE_MARK
        tag = _seed_tag(store_path, "a", 5)
        assert tag is not None and (tag.label, tag.note) == ("", "desk")

        await pilot.press("k")  # A#5, fact, from this window
        assert cli.main(["tag", str(SEED_A), str(SEED_A5), "attribution", *cli_args]) == 0
        await pilot.press("u")
        await pilot.pause()
        assert status.message.startswith("not saved: cannot undo: A#5 was changed")
        tag = _seed_tag(store_path, "a", SEED_A5)
        assert tag is not None and tag.label == "attribution"
        assert gutter(view, "a", SEED_A5)[1] == "A"


async def test_one_article_names_a_sentence_changed_outside_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review r17b: the app on one article said "A#10, B#10 changed in another window"
    after `newsdiff tag`: there is no B in that view, and no other window."""
    from newsdiff.tui import app as app_mod

    monkeypatch.setattr(app_mod, "STORE_CHECK_SECONDS", 0.05)
    store_path = tmp_path / "s.json"
    app = create_app(str(BRIDGE_A), None, store=store_path, annotator="ben", advance=False)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        status = app.query_one(StatusLine)
        argv = ["tag", str(BRIDGE_A), "4", "fact", "--annotator", "ben"]
        assert cli.main([*argv, "--store", str(store_path)]) == 0
        await until(pilot, lambda: "outside" in status.message, "the reload")
        assert status.message == "#5 changed outside this window, reloaded"
