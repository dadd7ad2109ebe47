"""Review r24d finding 2: the app retrains by itself after every 25 new labels once
there are 30, the labels counted in the store since the model was last trained, so
across sittings. Before, it counted this sitting's labels of the pair only: on a fresh
store a burst of 24 labels, `f`, then 5 more retrained at the 25th (too few, silently)
and not at the 30th, and after reopening with 51 labels the next came at the 76th, so
an annotator who tags fewer than 25 per sitting never got one."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from newsdiff.meaning import model_file
from newsdiff.tui import training
from newsdiff.tui.app import NewsdiffApp, create_app
from newsdiff.tui.training import RETRAIN_EVERY, RETRAIN_FROM
from newsdiff.tui.widgets.header import StatusLine

from .tui_helpers import ready, until

SIZE = (120, 36)


def pair(tmp: Path) -> tuple[Path, Path]:
    """Eighty sentences, half of them opinion by their words, and B with one more."""
    lines = []
    for i in range(40):
        lines.append(f"The ferry left pier {i + 1} at noon on Tuesday.")
        lines.append(f"The zorblax plan for ward {i + 1} is a disgrace to the town.")
    a, b = tmp / "a.txt", tmp / "b.txt"
    a.write_text(" ".join(lines), "utf-8")
    b.write_text(" ".join(lines) + " The end came soon after.", "utf-8")
    return a, b


def fresh(tmp: Path) -> tuple[Path, Path, Path]:
    """A fresh store and the pair."""
    store = tmp / "annotations" / "newsdiff.json"
    store.parent.mkdir()
    return (store, *pair(tmp))


async def opened(pilot: Pilot[None], app: NewsdiffApp) -> None:
    """Wait for the rows and the store's labels counted, then go to an untagged one."""
    await ready(pilot)
    await until(pilot, lambda: app._trained_on is not None, "the store's labels counted")
    await pilot.press("]")


async def sitting(
    store: Path, a: Path, b: Path, labels: int, calls: list[int], when: list[int]
) -> None:
    """Open the pair, label ``labels`` untagged sentences of A (fact and opinion in
    turn); ``when`` gets the store's label count at each label where a training began."""
    app = create_app(str(a), str(b), store=store, annotator="ana", advance=True)
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot, app)
        for k in range(labels):
            before = len(calls)
            await pilot.press("o" if k % 2 else "f")
            await pilot.pause()
            if app.training or len(calls) > before:
                when.append(app._labels_now() or 0)
                await until(pilot, lambda: not app.training, "the training ended")


@pytest.fixture
def spied(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = training.retrain

    def spy(store: Path, annotator: str, texts: list[str]) -> object:
        calls.append(1)
        return real(store, annotator, texts)

    monkeypatch.setattr(training, "retrain", spy)
    return calls


async def test_the_thirtieth_label_trains_and_reopening_keeps_the_count(
    tmp_path: Path, spied: list[int]
) -> None:
    store, a, b = fresh(tmp_path)
    when: list[int] = []
    # The review's burst: 24 labels, f, 5 more: the first training at the 30th.
    await sitting(store, a, b, 30, spied, when)
    assert when == [RETRAIN_FROM]
    meta = model_file.load(model_file.model_path(store)).meta
    assert meta["given"] == RETRAIN_FROM and meta["annotator"] == "ana"
    # Sittings of fewer than 25 labels each: 20, then 10: the next at the 55th.
    await sitting(store, a, b, 20, spied, when)
    assert when == [RETRAIN_FROM]
    await sitting(store, a, b, 10, spied, when)
    assert when == [RETRAIN_FROM, RETRAIN_FROM + RETRAIN_EVERY]


async def test_the_label_that_starts_a_training_is_on_disk_when_it_starts(
    tmp_path: Path, spied: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Flaky under load (flaky25b): the thirtieth label's write waited for the next
    screen update while the training thread read the store at once, found 29, too few,
    and saved no model ("the saved model file was not there yet when the test looked").
    The store holds that label when the thread starts. Near miss: the model's load at
    opening has no write to wait for and starts as before."""
    store, a, b = fresh(tmp_path)
    on_disk: list[tuple[str, int]] = []
    start = training.background

    def counted(work: Callable[..., None], *args: object) -> None:
        on_disk.append((work.__name__, training.labels_elsewhere(store, "ana", set())))
        start(work, *args)

    monkeypatch.setattr(training, "background", counted)
    await sitting(store, a, b, RETRAIN_FROM, spied, [])
    assert on_disk == [("_load_thread", 0), ("_train_thread", RETRAIN_FROM)]


async def test_a_thirtieth_label_the_disk_refuses_trains_nothing(
    tmp_path: Path, spied: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The thirtieth label not saved: no training on the 29 saved (it would fail, and
    count as one: the next 25 labels away); the next label saved is the thirtieth and
    trains."""
    store, a, b = fresh(tmp_path)
    await sitting(store, a, b, RETRAIN_FROM - 1, spied, [])
    app = create_app(str(a), str(b), store=store, annotator="ana", advance=True)
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot, app)
        assert app.session is not None
        a_file, rename, refused = app.store.article_path(app.session.ids["a"]), os.replace, []

        def refuse_once(src: str, dst: str | Path) -> None:
            if Path(dst) == a_file and not refused:
                refused.append(dst)
                raise OSError(5, "Input/output error", str(src), None, str(dst))
            rename(src, dst)

        monkeypatch.setattr(os, "replace", refuse_once)
        await pilot.press("f")
        status = app.query_one(StatusLine)
        await until(pilot, lambda: status.message.startswith("not saved"), "the refusal shown")
        assert refused and spied == [] and not app.training
        assert app._labels_now() == RETRAIN_FROM - 1
        await pilot.press("o")
        await until(pilot, lambda: bool(spied) and not app.training, "the training ended")
    assert model_file.load(model_file.model_path(store)).meta["given"] == RETRAIN_FROM


async def test_no_label_no_training_and_a_skip_is_no_label(
    tmp_path: Path, spied: list[int]
) -> None:
    # Near miss: 29 labels and skips: no training (skips are no labels to learn from).
    store, a, b = fresh(tmp_path)
    when: list[int] = []
    await sitting(store, a, b, 29, spied, when)
    app = create_app(str(a), str(b), store=store, annotator="ana", advance=True)
    async with app.run_test(size=SIZE) as pilot:
        await opened(pilot, app)
        for _ in range(5):
            await pilot.press("-", "j")
        await pilot.pause()
        assert app._labels_now() == 29 and not app.training
    assert when == [] and spied == []
