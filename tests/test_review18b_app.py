"""Review r18b, findings 8 and 9a/9d: keys typed before the rows show, ``sentences
--annotator``, and which labels a retraining left to the rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.cli import main

from .conftest import SEED_A


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
    from newsdiff.store import Store
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
    from newsdiff.tui.app import create_app
    from newsdiff.tui.widgets.header import StatusLine

    from .test_tui_training import pair
    from .tui_helpers import ready, until

    store_path = _store_with_four_estimates(tmp_path)
    a, b = pair(tmp_path)
    app = create_app(str(a), str(b), store=store_path, annotator="ana")
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        await pilot.press("T")
        await until(pilot, lambda: bool(app.trained_at), "the model was trained")
        await pilot.pause()
        said, left = app.query_one(StatusLine).message.split("\n")
        assert said.startswith("suggestions retrained at ") and left == LEFT
    assert main(["train", "--store", str(store_path), "--annotator", "ana"]) == 0
    assert LEFT in capsys.readouterr().out.splitlines()
