"""``newsdiff train`` never makes the suggestions worse without saying so (review r22a
finding 1): it measures the rules alone and the rules with the model on the same folds,
prints both, and the model is used only where it beats the rules; a strong rule cue is
never turned into a fact by topic words; the model's reasons are words (finding 7); and
``--lines`` keeps the article's voice with a model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.meaning import model, model_file
from newsdiff.meaning.learning import learn
from newsdiff.meaning.suggest import model_rows, suggest, suggest_label

from .test_genre import ARGUED
from .test_model import FACT, OPINION, _tag_all

# The rules get every training label right: the opinions judge with words the lexicons
# rate, the facts are plain. But every opinion is about the budget, every fact about
# teachers: a model learns the topic ("teachers" -> fact), which says nothing of
# sentences of other articles.
TOPIC_OPINION = [
    "The budget is a disgraceful shambles.",
    "This budget is a shameful betrayal of voters.",
    "The budget plan is utterly absurd.",
    "Such a budget is a terrible mistake.",
    "The new budget is a dreadful failure.",
    "The budget cuts are cruel and senseless.",
    "A budget like this is an awful idea.",
    "The budget vote was a pathetic farce.",
]
TOPIC_FACT = [
    "The teachers met the board on Monday.",
    "Teachers in the district voted on Friday.",
    "The teachers walked to the town hall.",
    "Two teachers joined the union in May.",
    "The teachers left the school at noon.",
    "Teachers from four towns signed the letter.",
    "The teachers held a meeting in the library.",
    "Most teachers arrived by bus that morning.",
]
# Another article: the rules' strong cue ("deeply disenchanted") is right.
PROBE = "The teachers are deeply disenchanted with the profession."


def _topic_store(tmp_path: Path) -> Path:
    texts = (TOPIC_OPINION + TOPIC_FACT) * 2
    gold = (["opinion"] * 8 + ["fact"] * 8) * 2
    return _tag_all(tmp_path, texts, gold)


def test_topic_words_do_not_make_the_suggestions_worse(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a store where only the topic tells the labels apart and the rules get every
    label right, train prints the rules alone and the rules + model, says the model is
    not in use, and suggest --store keeps the rules' opinion for a sentence of another
    article whose topic the model learnt as fact."""
    assert suggest_label(PROBE)[0] == "opinion"
    store = _topic_store(tmp_path)
    capsys.readouterr()
    assert main(["train", "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert "rules alone" in out and "rules + model" in out
    assert "\nnot in use: the model does not beat the rules alone" in out
    assert model_file.model_path(store).exists()  # saved, marked not in use
    new = tmp_path / "new.txt"
    new.write_text(PROBE + "\n", encoding="utf-8")
    assert main(["suggest", "--format", "json", "--store", str(store), str(new)]) == 0
    [s] = json.loads(capsys.readouterr().out)
    assert s["label"] == "opinion" and all(c["kind"] != "model" for c in s["cues"])


def test_a_model_in_use_never_turns_a_strong_cue_into_a_fact() -> None:
    """Even a model forced in use leaves an opinion the rules judge with a word the
    lexicons rate ("deeply disenchanted"): review r22a saw fact [model: teachers]."""
    texts = (TOPIC_OPINION + TOPIC_FACT) * 2
    gold = (["opinion"] * 8 + ["fact"] * 8) * 2
    rows, _ = model_rows(texts)
    fitted = model.fit(rows, gold)
    fitted.margin = 0.0
    [probe], _ = model_rows([PROBE])
    assert fitted.predict([probe])[0][0] == "fact"  # alone, it learnt the topic
    [s] = suggest([PROBE], fitted)
    assert s.label == "opinion" and all(c.kind != "model" for c in s.cues)


def test_a_class_the_rules_miss_puts_the_model_in_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Opinions judged with a word no rule knows ("naff"), labelled consistently: the
    rules call them facts, the model beats them in cross-validation, train says it is in
    use, and suggest --store suggests opinion with the word as the reason."""
    store = _tag_all(tmp_path, OPINION * 2 + FACT * 2, ["opinion"] * 16 + ["fact"] * 16)
    capsys.readouterr()
    assert main(["train", "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert "\nin use: the rules + model beat the rules alone" in out
    rules_line = next(line for line in out.splitlines() if "rules alone" in line)
    model_line = next(line for line in out.splitlines() if "rules + model" in line)
    assert float(model_line.split()[-2]) > float(rules_line.split()[-2])  # macro-F1
    new = tmp_path / "new.txt"
    new.write_text("The report was a naff piece of work.\n", encoding="utf-8")
    assert main(["suggest", "--store", str(store), str(new)]) == 0
    assert capsys.readouterr().out.rstrip().endswith("[model: naff]")


def test_reasons_are_words_never_marks_alone() -> None:
    """The model's reasons are n-grams with a letter: never "’" or "?" alone (review
    r22a: "[model: Skabeyeva, ’]"), never empty."""
    opinions = [t.replace("'", "’") + " ’" for t in OPINION] + [f"Is it? {t} ?" for t in OPINION]
    facts = FACT * 2
    learned = learn(opinions + facts, ["opinion"] * 16 + ["fact"] * 16)
    assert not isinstance(learned, str)
    fitted = learned.model
    fitted.margin = 0.0
    probes = ["The plan ’ is a naff ’ mess ?", "Why ’ this ? naff ?", "’ ? ’"]
    for s in suggest(probes, fitted):
        assert s.cues or s.label in ("fact", None)  # a plain statement, or none
        said = [c.text for c in s.cues if c.kind == "model"]
        assert all(any(ch.isalpha() for ch in t) for t in said), s
    rows, _ = model_rows(probes)
    for _label, why in fitted.predict(rows):
        assert all(any(ch.isalpha() for ch in gram) for gram in why), why


def test_lines_keep_the_article_voice_with_a_model_in_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """suggest --lines with a model: where the model keeps the rules' label, it is the
    label read in the text's voice (review r22a: with a model, --lines lost the voice)."""
    store = _tag_all(tmp_path, OPINION * 2 + FACT * 2, ["opinion"] * 16 + ["fact"] * 16)
    assert main(["train", "--store", str(store)]) == 0  # in use (the test above)
    capsys.readouterr()
    lines = [*ARGUED, "The reforms are starting to pay off."]
    new = tmp_path / "lines.txt"
    new.write_text("\n".join(lines) + "\n", encoding="utf-8")
    none = str(tmp_path / "none" / "newsdiff.json")  # no store, no model: the rules alone
    assert main(["suggest", "--lines", "--format", "json", "--store", none, str(new)]) == 0
    alone = json.loads(capsys.readouterr().out)
    voiced = [s for s in alone if any(c["kind"] == "voice" for c in s["cues"])]
    assert voiced, alone  # the last line is the writer's opinion in this voice
    args = ["suggest", "--lines", "--format", "json", "--store", str(store), str(new)]
    assert main(args) == 0
    with_model = json.loads(capsys.readouterr().out)
    for s in voiced:
        [same] = [m for m in with_model if m["index"] == s["index"]]
        assert same["label"] == "opinion" and [c["kind"] for c in same["cues"]] == ["voice"]
