"""The suggestion model: learning from tags, saving beside the store, train and suggest."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsdiff.cli import main
from newsdiff.cli.learn import _nobody
from newsdiff.core.article import load as load_article
from newsdiff.core.sentences import split_sentences
from newsdiff.meaning import model, model_cv, model_file
from newsdiff.meaning.learning import learn
from newsdiff.meaning.suggest import model_rows, suggest
from newsdiff.store import Store, tag_for

# Invented sentences: the opinions judge with words the rules do not list.
OPINION = [
    "The plan is a naff mess that nobody wanted.",
    "Frankly the new stadium is a naff eyesore.",
    "His speech was a naff display of vanity.",
    "This naff policy betrays every promise made.",
    "What a naff way to treat the voters.",
    "The whole naff affair smells of vanity.",
    "Their naff excuses insult the public.",
    "It is a naff, shabby little compromise.",
]
FACT = [
    "The council approved the budget on Tuesday.",
    "The bridge opened to traffic in 1998.",
    "Trains leave the station every hour.",
    "The company employs staff in four cities.",
    "The museum closed its west wing for repairs.",
    "The team played its final match in Leeds.",
    "Voters went to the polls in the morning.",
    "The factory makes parts for tractors.",
]
ESTIMATE = [
    "As many as 300 people may have left the city.",
    "Up to 40 houses could be flooded by the storm.",
    "Around 5,000 fans are expected at the match.",
    "Between 10 and 20 jobs may be lost this year.",
    "Roughly 70 boats reportedly left the harbour.",
    "The repairs could cost about $2 million.",
    "Some 200 staff might be moved to the new office.",
    "An estimated 900 birds were counted on the lake.",
]
ATTRIBUTION = [
    "The minister said the talks had failed.",
    "Police said two men were arrested.",
    "According to the mayor, the roads will reopen soon.",
    "The company told reporters that profits rose.",
    "Officials say the water is safe to drink.",
    "The union claimed the deal was unfair.",
    "Witnesses said the car was travelling fast.",
    "The report said prices rose in March.",
]


def _data() -> tuple[list[str], list[str]]:
    texts = OPINION + FACT + ESTIMATE + ATTRIBUTION
    gold = ["opinion"] * 8 + ["fact"] * 8 + ["estimate"] * 8 + ["attribution"] * 8
    return texts, gold


def test_fit_learns_a_word_the_rules_do_not_know() -> None:
    """After training, an unseen sentence with the learned judging word is an opinion,
    and the suggestion names that word as the reason."""
    texts, gold = _data()
    rows, _ = model_rows(texts)
    learned = model.fit(rows, gold)
    [s] = suggest(["The report was a naff piece of work."], learned)
    assert s.label == "opinion"
    assert any(c.kind == "model" and "naff" in c.text.lower() for c in s.cues)
    # Without the model the rules call it a fact.
    assert suggest(["The report was a naff piece of work."])[0].label == "fact"


def test_rules_keep_attribution_and_non_statements() -> None:
    """The model never overrides a sentence the rules find attributed, or no statement,
    and never calls attributed a sentence where the rules find no source."""
    assert model.combine("attribution", "opinion") == "attribution"
    assert model.combine("fact", "attribution") == "fact"
    assert model.combine(None, "fact") is None
    assert model.combine("fact", "opinion") == "opinion"


def test_too_few_labels_are_refused() -> None:
    """Under 30 labels, or fewer than two labels with 5 each, there is nothing to learn;
    two labels with 5 each are enough (the others stay with the rules)."""
    assert model.too_few(["fact"] * 29) is not None
    assert "estimate 4" in str(model.too_few(["fact"] * 30 + ["estimate"] * 4))
    assert model.too_few(_data()[1]) is None
    two = ["fact"] * 30 + ["opinion"] * 5 + ["estimate"] * 2
    assert model.too_few(two) is None
    assert sorted(model.learnable(two)) == ["fact", "opinion"]


def test_a_model_of_two_labels_decides_the_labels_never_given() -> None:
    """An annotator who marks only opinion against fact gets a model of those two: a
    sentence the rules call an estimate becomes opinion or fact (estimate is not in the
    annotator's scheme), while an attributed one stays with the rules."""
    texts = OPINION * 2 + FACT * 2
    gold = ["opinion"] * 16 + ["fact"] * 16
    learned = learn(texts, gold)
    assert not isinstance(learned, str)
    assert sorted(learned.model.labels) == ["fact", "opinion"]
    estimate, attributed = ESTIMATE[0], ATTRIBUTION[0]
    assert suggest([estimate])[0].label == "estimate"
    assert suggest([estimate], learned.model)[0].label in ("opinion", "fact")
    assert suggest([attributed], learned.model)[0].label == "attribution"


def test_a_label_given_too_rarely_to_learn_stays_with_the_rules() -> None:
    """A label the annotator gave, but under 5 times, is not learnt: the rules keep it."""
    texts = OPINION * 2 + FACT * 2 + ESTIMATE[:2]
    gold = ["opinion"] * 16 + ["fact"] * 16 + ["estimate"] * 2
    learned = learn(texts, gold)
    assert not isinstance(learned, str)
    assert "estimate" not in learned.model.labels
    assert suggest([ESTIMATE[0]], learned.model)[0].label == "estimate"


def test_each_feature_group_has_length_one() -> None:
    """Words, bigrams, character grams, cues and shape each weigh as much in a sentence,
    however many features the group has (a hundred character grams do not drown the
    rules' one label)."""
    [row], _rules = model_rows(
        ["Frankly the ludicrous new stadium is a naff eyesore, we must say."]
    )
    batch = model._Batch.of([row])
    groups: dict[str, float] = {}
    for name, value in zip(row, batch.vals, strict=True):
        key = name.partition(":")[0]
        groups[key] = groups.get(key, 0.0) + float(value) ** 2
    assert {"w", "b", "c", "r", "s"} <= set(groups)
    assert all(abs(total - 1.0) < 1e-9 for total in groups.values())


def test_shape_features_say_how_a_sentence_is_written() -> None:
    """Judging words the lexicons rate, first person, deontic modals and numbers show as
    shape features; a plain sentence has none of those."""
    judging = features("We must admit this is a terrible, absurd waste.")
    assert {"s:lex>=1", "s:first", "s:deontic"} <= set(judging)
    assert "s:number" not in judging
    plain = features("The bridge opened to traffic in 1998.")
    assert "s:number" in plain
    assert not {"s:lex>=1", "s:first", "s:deontic"} & set(plain)


def test_the_shape_carries_to_words_never_seen() -> None:
    """A model trained where only the shape separates the labels (opinions in the first
    person with "should", facts with numbers) labels sentences of unseen words by it."""
    opinion = [f"We should {w} the {v} now." for w, v in zip(_VERBS, _NOUNS, strict=True)]
    fact = [
        f"The {v} {w} 40 times in {1990 + i}."
        for i, (w, v) in enumerate(zip(_VERBS, _NOUNS, strict=True))
    ]
    rows = [features(t) for t in opinion + fact]
    learned = model.fit(rows, ["opinion"] * len(opinion) + ["fact"] * len(fact))
    new = ["We should mend our harbour walls.", "The lighthouse flashed 12 times in 2004."]
    assert [label for label, _why in learned.predict([features(t) for t in new])] == [
        "opinion",
        "fact",
    ]


_VERBS = ["visit", "paint", "close", "open", "count", "sell", "move", "clean", "check", "build"]
_NOUNS = [
    "museum",
    "fence",
    "school",
    "market",
    "library",
    "garden",
    "station",
    "office",
    "tower",
    "bakery",
]


def features(text: str) -> list[str]:
    """The model's features of one text as ``suggest`` builds them."""
    [row], _rules = model_rows([text])
    return row


def test_folds_are_stratified_and_deterministic() -> None:
    """Each label is dealt round the folds, the same way every run."""
    gold = _data()[1]
    f = model_cv.folds(gold)
    assert f == model_cv.folds(gold)
    for lab in set(gold):
        per = [f[i] for i, g in enumerate(gold) if g == lab]
        assert (
            max(per.count(k) for k in range(model_cv.FOLDS))
            - min(per.count(k) for k in range(model_cv.FOLDS))
            <= 1
        )


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    """A saved model predicts as before; a file of another version is refused."""
    texts, gold = _data()
    rows, _ = model_rows(texts)
    learned = model.fit(rows, gold)
    path = tmp_path / "m.model.npz"
    learned.meta = {"unused": ["estimate"]}
    model_file.save(learned, path)
    again = model_file.load(path)
    assert [p for p, _ in again.predict(rows)] == [p for p, _ in learned.predict(rows)]
    assert np.allclose(again.weights, learned.weights, atol=1e-6)
    assert again.meta["unused"] == ["estimate"] and again.labels == learned.labels
    assert not list(tmp_path.glob("*.tmp"))  # the temporary file was renamed
    meta = json.dumps({"version": 99, "labels": [], "buckets": model.BUCKETS}).encode()
    np.savez(
        path,
        rows=np.zeros(0, np.int64),
        weights=np.zeros((0, 0)),
        meta=np.frombuffer(meta, np.uint8),
    )
    with pytest.raises(model.ModelError, match="version 99"):
        model_file.load(path)


def _tag_all(tmp_path: Path, texts: list[str], gold: list[str], files: int = 8) -> Path:
    """A store of ``texts`` labelled ``gold``, sentence i in article i % ``files``:
    ``train`` measures the model on articles it did not learn from (review r25c), so
    the labels of one article alone would keep it out of use."""
    store_path = tmp_path / "newsdiff.json"
    tags = []
    for f in range(min(files, len(texts))):
        mine = [(t, g) for i, (t, g) in enumerate(zip(texts, gold, strict=True)) if i % files == f]
        article_path = tmp_path / f"article{f}.txt"
        article_path.write_text("\n\n".join(t for t, _g in mine) + "\n", encoding="utf-8")
        article = load_article(str(article_path))
        sentences = split_sentences(article.text)
        assert [s.text for s in sentences] == [t for t, _g in mine]
        tags += [tag_for(article, s, g, "ana") for s, (_t, g) in zip(sentences, mine, strict=True)]
    with Store(store_path) as store:
        store.put_many(tags)
    return store_path


def test_train_with_too_few_labels_saves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """train says why it did not train and leaves no model file."""
    store = _tag_all(tmp_path, FACT, ["fact"] * len(FACT))
    assert main(["train", "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert "not trained" in out and "fact 8" in out
    assert not model_file.model_path(store).exists()


def test_train_for_an_annotator_without_labels_names_those_with_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """train --annotator nobody says nobody has no labels and who does (as export does),
    saves nothing and exits 0 (the README: nothing to do is not trouble)."""
    store = _tag_all(tmp_path, FACT, ["fact"] * len(FACT))
    assert main(["train", "--store", str(store), "--annotator", "nobody"]) == 0
    out = capsys.readouterr().out
    assert (
        "not trained: no labels by annotator 'nobody' (the store has labels by ana); "
        "the suggestions stay the rules alone\n"
    ) in out
    assert not model_file.model_path(store).exists()
    assert _nobody("nobody", []) == "no labels by annotator 'nobody' (the store holds none)"
    assert main(["train", "--store", str(store), "--annotator", "ana"]) == 0
    assert "not trained: 8 labels (at least 30 are needed)" in capsys.readouterr().out


def test_train_on_two_labels_says_which_stay_with_the_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A store of fact and opinion labels trains, and train names the labels it left to
    the rules and the ones never given that the model decides."""
    store = _tag_all(tmp_path, OPINION * 2 + FACT * 2, ["opinion"] * 16 + ["fact"] * 16)
    capsys.readouterr()
    assert main(["train", "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert "left to the rules" not in out
    assert "attribution (0): always suggested by the rules\n" in out
    assert "never labelled, so the model chooses among your labels there: estimate" in out
    assert model_file.model_path(store).exists()


def test_train_then_suggest_uses_the_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """train saves a model beside the store; suggest --store then uses it."""
    texts, gold = _data()
    store = _tag_all(tmp_path, texts * 2, gold * 2)  # 32 labels are too few to be sure
    assert main(["train", "--store", str(store), "--annotator", "ana"]) == 0
    out = capsys.readouterr().out
    assert "opinion 16" in out and "rules alone" in out and "\nin use:" in out
    assert model_file.model_path(store).exists()
    new = tmp_path / "new.txt"
    new.write_text("The report was a naff piece of work.\n", encoding="utf-8")
    assert main(["suggest", "--format", "json", "--store", str(store), str(new)]) == 0
    [s] = json.loads(capsys.readouterr().out)
    assert s["label"] == "opinion" and s["cues"][0]["kind"] == "model"


def test_a_damaged_model_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A model file that is not one gives a one-line error, not a traceback."""
    store = tmp_path / "newsdiff.json"
    model_file.model_path(store).write_bytes(b"not a model")
    new = tmp_path / "new.txt"
    new.write_text("Prices rose.\n", encoding="utf-8")
    assert main(["suggest", "--store", str(store), str(new)]) == 2
    err = capsys.readouterr().err
    assert "not a newsdiff model" in err and len(err.strip().splitlines()) == 1


def test_train_keeps_the_choice_that_cross_validated_best(tmp_path: Path) -> None:
    """From 100 labels, train tries each penalty and margin, keeps the one that
    cross-validated best, and the saved file remembers it and the figures."""
    texts, gold = _data()
    texts, gold = texts * 4, gold * 4
    rows, rules = model_rows(texts)
    fitted, measured = model_cv.train(rows, gold, rules)
    assert fitted.meta["l2"] in model_cv.L2_CHOICES
    assert fitted.margin in model_cv.MARGINS
    assert fitted.meta["cv_rules_macro_f1"] == round(measured.rules_macro, 4)
    path = tmp_path / "m.model.npz"
    model_file.save(fitted, path)
    again = model_file.load(path)
    assert again.margin == fitted.margin and again.meta["in_use"] == measured.in_use


def test_under_100_labels_train_keeps_the_first_choice() -> None:
    """With few labels the folds are too small to choose by: the cautious defaults stay."""
    texts, gold = _data()
    rows, rules = model_rows(texts)
    fitted, _measured = model_cv.train(rows, gold, rules)
    assert (fitted.meta["l2"], fitted.margin) == (model_cv.L2_CHOICES[0], model.MARGIN)


def test_an_event_told_plainly_stays_a_fact_whatever_the_model() -> None:
    """Review r17b: after 154 labels of political opinion the model called "The
    government approved the budget on Tuesday." an opinion for its topic words; a state
    judged in a word the lexicons lack is the model's to decide."""
    from newsdiff.meaning.sentence_features import features

    def event(text: str) -> bool:
        return model.plain_event(features(text, "fact", []))

    assert event("The government approved the budget on Tuesday.")
    assert event("The club sacked its manager on Monday.")
    assert event("The party has elected a new leader.")
    assert not event("The report was a naff piece of work.")  # a state, no event
    assert not event("The plan is a misuse of time.")
    assert not event("The government's budget was a terrible mistake.")  # a rated word
    assert model.combine("fact", "opinion", event=True) == "fact"
    assert model.combine("fact", "opinion", event=False) == "opinion"
    assert model.combine("opinion", "fact", event=True) == "fact"  # opinions only
