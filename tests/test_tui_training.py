"""Issue 12: the app retrains its suggestions in a thread (after 25 new labels, and on T)
and then shows the model's suggestions instead of the rules'."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.article import load
from newsdiff.core.sentences import split_sentences
from newsdiff.meaning import model_file
from newsdiff.meaning.suggest import suggest_label
from newsdiff.store import Store
from newsdiff.store.records import tag_for
from newsdiff.tui import training
from newsdiff.tui.app import create_app
from newsdiff.tui.training import RETRAIN_EVERY
from newsdiff.tui.widgets.header import StatusLine

from .tui_helpers import ready, until

SIZE = (120, 36)
#: A word the rules know nothing of, which the annotator always tags opinion.
MARK = "zorblax"
PROBE = f"It was {MARK} in the old town on Tuesday."


def training_text(days: range = range(10)) -> str:
    """Forty sentences, ten of each label (four a day of ``days``); the opinion ones
    all carry ``MARK``."""
    out = []
    for i in days:
        out.append(f"The council met on day {i + 1} to discuss the roads of ward {i + 1}.")
        out.append(f"Officials said the bridge number {i + 1} would reopen in spring.")
        out.append(f"As many as {300 + i} people may have attended the fair.")
        out.append(f"The {MARK} scheme for ward {i + 1} shows what the town has become.")
    return " ".join(out)


def prefill(store_path: Path, tmp: Path, annotator: str, mark: str = "opinion") -> None:
    """Label the training articles through the store's API (the app never shows them),
    five of two days each: ``train`` measures the model on articles it did not learn
    from (review r25c); ``mark``: the label of the sentences with ``MARK``."""
    tags = []
    for part in range(5):
        path = tmp / f"training{part}.txt"
        path.write_text(training_text(range(2 * part, 2 * part + 2)), "utf-8")
        article = load(str(path))
        labels = ["fact", "attribution", "estimate", mark] * 2
        sentences = split_sentences(article.text)
        assert len(sentences) == len(labels)
        tags += [
            tag_for(article, s, label, annotator)  # type: ignore[arg-type]
            for s, label in zip(sentences, labels, strict=True)
        ]
    with Store(store_path) as store:
        store.put_many(tags)


def pair(tmp: Path) -> tuple[Path, Path]:
    """A pair whose first 30 sentences the test tags, then the probe sentence."""
    body = " ".join(f"The ferry left pier {i + 1} at noon on a calm day." for i in range(30))
    a, b = tmp / "a.txt", tmp / "b.txt"
    a.write_text(f"{body} {PROBE}", "utf-8")
    b.write_text(f"{body} {PROBE} The end came soon after.", "utf-8")
    return a, b


def setup(tmp: Path) -> tuple[Path, Path, Path]:
    """A store with the training labels of annotator "ana", and the pair."""
    store_path = tmp / "annotations" / "newsdiff.json"
    store_path.parent.mkdir()
    prefill(store_path, tmp, "ana")
    a, b = pair(tmp)
    return store_path, a, b


async def test_t_retrains_and_the_model_suggests(tmp_path: Path) -> None:
    """T trains in the background on the store's labels; the untagged probe sentence,
    fact by the rules, is then suggested opinion by the model, and the status says so."""
    assert suggest_label(PROBE)[0] == "fact"
    store_path, a, b = setup(tmp_path)
    app = create_app(str(a), str(b), store=store_path, annotator="ana", advance=True)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        session = app.session
        assert session is not None
        probe = len(session.sentences["a"]) - 1
        assert session.suggestion("a", probe)[0] == "fact"
        await pilot.press("T")
        await until(pilot, lambda: bool(app.trained_at), "the model was trained")
        assert model_file.model_path(store_path).exists()
        label, cues = session.suggestion("a", probe)
        assert label == "opinion"
        assert MARK in [c.text for c in cues]
        view.move_to("a", probe)
        await pilot.pause()
        assert "model of" in str(app.query_one(StatusLine).detail)


async def test_a_model_not_in_use_leaves_the_rules_and_the_status_says_so(
    tmp_path: Path,
) -> None:
    """Labels the rules already get right (the MARK sentences tagged fact, as the rules
    call them): T trains and saves a model that does not beat the rules, the probe keeps
    the rules' label and the status line says the model is not in use (review r22a)."""
    store_path = tmp_path / "annotations" / "newsdiff.json"
    store_path.parent.mkdir()
    prefill(store_path, tmp_path, "ana", mark="fact")
    a, b = pair(tmp_path)
    app = create_app(str(a), str(b), store=store_path, annotator="ana", advance=True)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        session = app.session
        assert session is not None
        probe = len(session.sentences["a"]) - 1
        await pilot.press("T")
        await until(pilot, lambda: bool(app.trained_at), "the model was trained")
        assert model_file.model_path(store_path).exists() and not app.model_in_use
        assert session.suggestion("a", probe) == suggest_label(PROBE)
        view.move_to("a", probe)
        await pilot.pause()
        assert "not in use" in str(app.query_one(StatusLine).detail)


async def test_twenty_five_new_labels_retrain_by_themselves(tmp_path: Path) -> None:
    """Tagging RETRAIN_EVERY sentences with keys starts training without a key for it,
    and the next app on the store loads the saved model after its first paint."""
    store_path, a, b = setup(tmp_path)
    app = create_app(str(a), str(b), store=store_path, annotator="ana", advance=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert not app.trained_at
        for _ in range(RETRAIN_EVERY):
            await pilot.press("f")  # fact, and the cursor moves on
        await until(pilot, lambda: bool(app.trained_at), "training started by itself")
        session = app.session
        assert session is not None
        assert session.suggestion("a", len(session.sentences["a"]) - 1)[0] == "opinion"
    again = create_app(str(a), str(b), store=store_path, annotator="ana")
    async with again.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await until(pilot, lambda: bool(again.trained_at), "the saved model was loaded")
        session = again.session
        assert session is not None
        assert session.suggestion("b", len(session.sentences["a"]) - 1)[0] == "opinion"


async def test_a_damaged_model_leaves_the_rules_and_t_replaces_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A truncated model file beside the store: the app's load after the first paint
    finds nothing usable (no crash), the rules' suggestions stay, and T trains a model
    that replaces the damaged file."""
    store_path, a, b = setup(tmp_path)
    path = model_file.model_path(store_path)
    path.write_bytes(b"PK\x03\x04 cut short")
    loaded: list[object] = []
    real = training.load_suggestions

    def spy(store: Path, texts: list[str], annotator: str) -> object:
        result = real(store, texts, annotator)
        loaded.append(result[0])
        return result

    monkeypatch.setattr(training, "load_suggestions", spy)
    app = create_app(str(a), str(b), store=store_path, annotator="ana")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await until(pilot, lambda: bool(loaded), "the model file was read")
        await pilot.pause()
        assert loaded == [None] and not app.trained_at
        session = app.session
        assert session is not None
        probe = len(session.sentences["a"]) - 1
        assert session.suggestion("a", probe)[0] == "fact"  # the rules'
        await pilot.press("T")
        await until(pilot, lambda: bool(app.trained_at), "the model was trained")
        assert session.suggestion("a", probe)[0] == "opinion"
    assert model_file.load(path).labels
