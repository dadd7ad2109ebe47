"""A suggestion's "why" shows words that carry the reason: the judged phrase of a
present-tense claim, not its verb alone ("are"), and the model's content n-grams, not
"The", "is", "a" (outside review r13, issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.cli.program import main
from newsdiff.core.words import STOP_WORDS
from newsdiff.meaning import model
from newsdiff.meaning.cues.base import Cue
from newsdiff.meaning.suggest import _why, model_rows, shown_why, suggest, suggest_label

from .test_model import _data, _tag_all


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("This is a mistake.", "is a mistake"),
        ("The ruble is down.", "is down"),
        ("Angola is also vulnerable.", "is also vulnerable"),
        ("This is the end of the road for the party.", "is the end"),
    ],
)
def test_a_present_tense_claim_shows_its_judged_phrase(text: str, why: str) -> None:
    """The generic-claim rule shows what is claimed, not the copula alone."""
    label, cues = suggest_label(text)
    assert label == "opinion" and [c.text for c in cues] == [why]
    assert [text[c.start : c.end] for c in cues] == [why]
    assert [c.text for c in suggest([text])[0].cues] == [why]


def test_the_judged_phrase_is_for_the_eye_only() -> None:
    """The model's features still read the copula's cue (labels and trained models are
    unchanged), and a hedge after the copula still makes an estimate."""
    [row], [label] = model_rows(["This is a gamble."])
    assert label == "opinion" and "kt:speculative:is" in row
    assert suggest_label("Food shortages are likely to grow.")[0] == "estimate"


@pytest.fixture(scope="module")
def learned() -> model.Model:
    texts, gold = _data()
    rows, _ = model_rows(texts)
    fitted = model.fit(rows, gold)
    fitted.margin = 0.0  # the model decides wherever it differs: its reasons are shown
    return fitted


@pytest.mark.parametrize(
    "text", ["The plan is a misuse of time.", "The report was a naff piece of work."]
)
def test_the_model_says_why_with_content_words(learned: model.Model, text: str) -> None:
    """A model suggestion's cues are n-grams with no stop word ("is a", "a", "of" were
    shown)."""
    [s] = suggest([text], learned)
    assert s.label == "opinion" and s.cues
    assert all(c.kind == "model" for c in s.cues)
    assert all(STOP_WORDS.isdisjoint(c.text.lower().split()) for c in s.cues)


def test_a_model_decision_with_no_word_keeps_the_rules(learned: model.Model) -> None:
    """Where no content word of the sentence stands out for the model's label it has
    nothing to show: the rules' label stays with their cue, never an empty "[model]"
    (review r22a finding 7: "But the risk is real." -> fact [model]). The model's words
    read "model: WORDS"; the rules' words as they are."""
    assert _why("The economy is in a mess.", []) == ()
    blank = "Xq zv wp yt."  # no word the model has seen: nothing to show
    [s] = suggest([blank], learned)
    assert s.label == suggest([blank])[0].label and not any(c.kind == "model" for c in s.cues)
    naff = Cue("model", 15, 19, "naff")
    assert shown_why([naff], ["naff"]) == "model: naff"
    assert shown_why([Cue("evaluative", 4, 9, "huge")], ["huge"]) == "huge"


def test_cli_suggest_names_the_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """suggest --store with a trained model: the model's reason reads "[model: naff]"."""
    texts, gold = _data()
    store = _tag_all(tmp_path, texts * 2, gold * 2)
    assert main(["train", "--store", str(store), "--annotator", "ana"]) == 0
    capsys.readouterr()
    new = tmp_path / "new.txt"
    new.write_text("The report was a naff piece of work.\n", encoding="utf-8")
    assert main(["suggest", "--store", str(store), str(new)]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("[model: naff]"), out
