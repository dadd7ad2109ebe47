"""Review r18b, findings 8 and 9a/9d: keys typed before the rows show, ``sentences
--annotator``, and which labels a retraining left to the rules."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from textual.widgets._footer import FooterKey

from newsdiff.cli import main
from newsdiff.store import Store
from newsdiff.tui.app import NewsdiffApp, create_app

from .conftest import SEED_A
from .tui_helpers import PATIENCE, ready, until

SIZE = (120, 36)


def test_sentences_takes_annotator_and_lists_only_their_tags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``sentences --annotator`` (as ``tag`` and ``export`` take it) keeps that annotator's
    tags; a name with no tags on the article says whose there are, on stderr."""
    store = str(tmp_path / "s.json")
    for who, index, label in (("ana", "1", "fact"), ("rev", "1", "opinion"), ("rev", "2", "e")):
        assert main(["tag", str(SEED_A), index, label, "--store", store, "--annotator", who]) == 0
    capsys.readouterr()
    assert main(["sentences", "--annotator", "rev", "--store", store, str(SEED_A)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "[rev=opinion]" in lines[2] and "ana=" not in lines[2]
    assert "[rev=estimate]" in lines[3]
    json_args = ["sentences", "--format", "json", "--annotator", "ana", "--store", store]
    assert main([*json_args, str(SEED_A)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(s["index"], [t["annotator"] for t in s["tags"]]) for s in data["sentences"][:3]] == [
        (0, []),
        (1, ["ana"]),
        (2, []),
    ]
    assert main(["sentences", "--annotator", "bob", "--store", store, str(SEED_A)]) == 0
    out, err = capsys.readouterr()
    assert "=" not in "".join(out.splitlines()[1:4])
    assert err == "newsdiff: no tags by annotator 'bob' on this article (it has tags by ana, rev)\n"
    assert main(["sentences", "--annotator", " ", "--store", store, str(SEED_A)]) == 2
    assert capsys.readouterr().err == "newsdiff: --annotator: the name is empty\n"


def _store_with_four_estimates(tmp: Path) -> Path:
    """A store whose annotator "ana" gave fact, attribution and opinion ten times each
    and estimate four times: enough to train, too few estimates to learn."""
    from newsdiff.core.article import load
    from newsdiff.core.sentences import split_sentences
    from newsdiff.store.records import tag_for

    from .test_tui_training import training_text

    store_path = tmp / "annotations" / "newsdiff.json"
    store_path.parent.mkdir()
    path = tmp / "training.txt"
    path.write_text(training_text(), "utf-8")
    article = load(str(path))
    sentences = split_sentences(article.text)
    labels = ["fact", "attribution", "estimate", "opinion"] * 10
    chosen = [
        (s, lab)
        for k, (s, lab) in enumerate(zip(sentences, labels, strict=True))
        if lab != "estimate" or k < 16  # the first four estimates
    ]
    with Store(store_path) as store:
        store.put_many(tag_for(article, s, lab, "ana") for s, lab in chosen)  # type: ignore[arg-type]
    return store_path


LEFT = "left to the rules (under 5 labels each): estimate (4)"


async def test_retraining_in_the_app_says_which_labels_the_rules_keep(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """T's status names the labels too rare to learn, in the words ``newsdiff train``
    prints (one formatter: ``Learned.left_to_the_rules``)."""
    from newsdiff.tui.widgets.header import StatusLine

    from .test_tui_training import pair

    store_path = _store_with_four_estimates(tmp_path)
    a, b = pair(tmp_path)
    app = create_app(str(a), str(b), store=store_path, annotator="ana")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("T")
        await until(pilot, lambda: bool(app.trained_at), "the model was trained")
        await pilot.pause()
        said, left = app.query_one(StatusLine).message.split("\n")
        assert said.startswith("suggestions retrained at ") and left == LEFT
    assert main(["train", "--store", str(store_path), "--annotator", "ana"]) == 0
    assert LEFT in capsys.readouterr().out.splitlines()


def _held_comparison(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """The app's comparison waits for the test: (started, release), as in test_tui_app."""
    from newsdiff.tui import app as app_module

    started, release = threading.Event(), threading.Event()
    real = app_module.compare

    def held(a, b, options=None, progress=None, lang=None):  # type: ignore[no-untyped-def]
        started.set()
        release.wait(timeout=3 * PATIENCE)
        return real(a, b)

    monkeypatch.setattr(app_module, "compare", held)
    return started, release


def _app(a: Path, b: Path, store: Path) -> NewsdiffApp:
    return create_app(str(a), str(b), store=store, annotator="tester", advance=False)


async def test_keys_typed_before_the_rows_are_played_in_order_once_they_show(
    seed_a: Path, seed_b: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Label and cursor keys pressed while the pair is still compared wait for the rows
    and then act in order: none is lost (r18b finding 8: 4 of 4 ``s`` typed ahead made
    no tag). ``q`` after them quits after they acted. The footer shows the view's keys
    meanwhile."""
    started, release = _held_comparison(monkeypatch)
    app = _app(seed_a, seed_b, tmp_path / "s.json")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, started.is_set, "the comparison started")
            await pilot.pause()
            # The view keeps its keys under the indicator: the footer lists them already,
            # and is not composed again when the rows arrive (it was, 0.1-0.5 s after
            # the first paint, while the first key waited).
            footer_keys = list(app.query(FooterKey))
            assert "Fact" in [k.description for k in footer_keys]
            await pilot.press("f", "j", "a", "j", "j", "s", "tab")
            assert app.session is None and not release.is_set()
            release.set()
            view = await ready(pilot)
            assert list(app.query(FooterKey)) == footer_keys
            await until(pilot, lambda: view.side == "b", "the held keys were played")
            session = app.session
            assert session is not None
            labels = [session.label("a", i) for i in range(4)]
            assert labels == ["fact", "attribution", None, session.suggestion("a", 3)[0]]
            assert labels[3] is not None
            # Once they are played, keys act at once.
            await pilot.press("o")
            assert session.label("b", view.sentence) == "opinion"
    finally:
        release.set()
    started, release = _held_comparison(monkeypatch)
    again = _app(seed_a, seed_b, tmp_path / "t.json")
    try:
        async with again.run_test(size=SIZE) as pilot:
            await until(pilot, started.is_set, "the comparison started")
            await pilot.press("j", "e", "q")
            release.set()
            await until(pilot, lambda: again.return_code is not None, "q, after the others")
    finally:
        release.set()
    with Store(tmp_path / "t.json") as opened:
        tag = opened.get(again.article_a.id, 1, "tester")
    assert tag is not None and tag.label == "estimate"


async def test_the_indicator_counts_the_keys_waiting_for_the_rows(
    seed_a: Path, seed_b: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys typed ahead are not silent: the indicator says how many wait; help (an app
    key, nothing held yet) still opens at once."""
    from newsdiff.tui.screens.help import HelpScreen
    from newsdiff.tui.widgets.aligning import Aligning

    started, release = _held_comparison(monkeypatch)
    app = _app(seed_a, seed_b, tmp_path / "s.json")
    try:
        async with app.run_test(size=SIZE) as pilot:
            await until(pilot, started.is_set, "the comparison started")
            await pilot.press("question_mark")
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("j")  # help's own key: not held
            await pilot.press("escape")
            panes = app.query_one("#panes")
            await until(pilot, lambda: panes._cover_widget is not None, "the indicator")
            indicator = panes._cover_widget
            assert isinstance(indicator, Aligning)
            assert "wait" not in str(indicator.render())
            await pilot.press("f")
            assert str(indicator.render()).endswith(" · 1 key waits for the rows")
            await pilot.press("j", "question_mark")  # now held too, in order
            assert str(indicator.render()).endswith(" · 3 keys wait for the rows")
            assert not isinstance(app.screen, HelpScreen)
            release.set()
            await ready(pilot)
            await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help, played last")
            session = app.session
            assert session is not None and session.label("a", 0) == "fact"
            assert app.view.sentence == 1
    finally:
        release.set()


async def test_the_footer_is_composed_again_only_when_its_keys_change(
    seed_a: Path, seed_b: Path, tmp_path: Path
) -> None:
    """Help opened and closed refreshes the bindings without changing the main screen's
    keys: the footer keeps its widgets (Textual's composed them all anew, 60-190 ms on a
    loaded machine, at every refresh; in a real terminal one landed just after the rows'
    first paint). Hiding a key from it does compose it again."""
    app = _app(seed_a, seed_b, tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        keys = list(app.query(FooterKey))
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause(0.3)
        assert list(app.query(FooterKey)) == keys
        app.hide_in_footer("next_change")
        app.screen.refresh_bindings()
        await until(pilot, lambda: list(app.query(FooterKey)) != keys, "composed again")
        assert "Change" not in [k.description for k in app.query(FooterKey)]
