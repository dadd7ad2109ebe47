"""Outside review r16 of the command line: a side without words, a closed standard
output, an import that takes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core.article import from_text, load
from newsdiff.core.reuse import words
from newsdiff.main import main
from newsdiff.meaning.compare import compare
from newsdiff.tui.widgets.header import figures

WIRE = (
    "Heavy rain has forced more than 4,000 people to leave their homes, officials said.\n\n"
    "The civil protection agency said at least 12 people had died."
)
#: Files with characters but no word: a rule between sections, an ellipsis.
NO_WORDS = ["* * *\n\n---\n", "...\n"]


def _reuse_shown(fmt: str, a: Path, b: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """Each side's reuse figures as ``fmt`` shows them (A's first, then B's)."""
    if fmt == "app header":
        head = figures(compare(load(str(a)), load(str(b)))).plain
        return head.split("  │  ")[0].removeprefix("reused A ").split(" · B ")
    command, _, style = fmt.partition(" ")
    args = [command, str(a), str(b)] + (["--format", style] if style else [])
    main(args)
    out = capsys.readouterr().out
    if style == "json":
        data = json.loads(out)
        found = data if command == "report" else data["stats"]
        measures = found["reuse_measures"]
        shares = [found["reuse"][k] for k in "ab"]
        shares += [measures[k][m] for m in ("ngram", "runs") for k in "ab"]
        return [json.dumps(v) for v in shares]
    lines = [line for line in out.splitlines() if "Reuse" in line or "Reused" in line]
    assert lines, out
    return [part for line in lines for part in _after_a_and_b(line)]


def _after_a_and_b(line: str) -> list[str]:
    tail = line.split(": A ", 1)[1]
    a, b = tail.split(", B ")
    return [a, b.rstrip(".")]


@pytest.mark.parametrize("text", NO_WORDS)
@pytest.mark.parametrize(
    "fmt", ["report", "report json", "diff", "diff rich", "diff json", "app header"]
)
def test_a_side_without_words_has_no_share_in_any_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, fmt: str
) -> None:
    """Punctuation alone ("* * *", "..."): a dash in text, null in JSON, never 100%; the
    other side's share is still a figure (none of its words are in the empty side)."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(text, encoding="utf-8")
    b.write_text(WIRE, encoding="utf-8")
    shown = _reuse_shown(fmt, a, b, capsys)
    none = "null" if fmt.endswith("json") else "—"
    a_side = shown[0::2]
    b_side = shown[1::2]
    assert a_side and all(s == none for s in a_side), shown
    assert all(s in ("0.0", "0%", "0.0%") for s in b_side), shown
    # And the other way round.
    shown = _reuse_shown(fmt, b, a, capsys)
    assert all(s == none for s in shown[1::2]) and none not in shown[0::2], shown


TOKENS = st.sampled_from(["Obama", "wins", "the", "vote", "*", "...", "---", "—", ",", "2,000"])


@settings(max_examples=80, deadline=None)
@given(st.lists(TOKENS, min_size=1, max_size=8), st.lists(TOKENS, min_size=1, max_size=8))
def test_a_share_is_none_exactly_when_its_side_has_no_word(
    a_tokens: list[str], b_tokens: list[str]
) -> None:
    """Both measures of a side are None when it has no word, else a share from 0 to 1."""
    a, b = " ".join(a_tokens), " ".join(b_tokens)
    cmp = compare(from_text(a, "a"), from_text(b, "b"))
    for side, text in (("a", a), ("b", b)):
        measures = cmp.reuse_measures[side]
        if words(text):
            assert all(v is not None and 0 <= v <= 1 for v in measures.values()), measures
        else:
            assert all(v is None for v in measures.values()), measures
        assert cmp.reuse[side] == measures["ngram"]
