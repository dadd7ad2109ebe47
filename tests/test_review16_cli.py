"""Outside review r16 of the command line: a side without words, a closed standard
output, an import that takes nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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


# --- a closed standard output ---------------------------------------------------------

SEED_A = Path(__file__).parent.parent / "seeds" / "000_bffa4cee5f922f5d.txt"
SEED_B = Path(__file__).parent.parent / "seeds" / "001_7835627fb396a6e4.txt"


def _with_closed_stdout(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """``newsdiff ARGS`` as its own process, writing into a pipe nobody reads any more
    (``| head -1`` once head has gone): every write fails with EPIPE, the first as the
    last, whatever the size of the output."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", "newsdiff", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            cwd=cwd,
            timeout=120,
        )
    finally:
        os.close(write_end)


@pytest.fixture(scope="module")
def tagged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store where two annotators disagree on a sentence of seed 000."""
    store = tmp_path_factory.mktemp("store") / "tags.json"
    for who, label in (("ana", "fact"), ("bo", "opinion")):
        args = ["tag", "--store", str(store), "--annotator", who, str(SEED_A), "0", label]
        assert main(args) == 0
    return store


A, B = str(SEED_A), str(SEED_B)
CLOSED = [
    (["diff", A, B], 1),  # the verdict, known before printing: different
    (["diff", A, A], 0),
    (["diff", "--format", "plain", A, A], 0),
    (["diff", "--format", "plain", "--color", "always", A, A], 0),
    (["diff", "--format", "json", A, A], 0),
    (["report", A, B], 1),
    (["report", A, A], 0),
    (["report", "--format", "json", A, A], 0),
    (["sentences", A], 0),
    (["suggest", "--store", "STORE", A], 0),
    (["export", "--store", "STORE"], 0),
    (["export", "--store", "STORE", "--format", "csv"], 0),
    (["agree", "--store", "STORE"], 0),
    (["orphans", "--store", "STORE"], 0),
    (["scan", str(SEED_A.parent)], 0),
    (["--help"], 0),
]


@pytest.mark.parametrize(
    ("args", "status"), CLOSED, ids=[" ".join(Path(x).name for x in a[:4]) for a, _ in CLOSED]
)
def test_a_closed_output_stops_quietly_with_the_commands_status(
    tagged: Path, tmp_path: Path, args: list[str], status: int
) -> None:
    """``newsdiff ... | head -1``: the reader stopped early, which is no error. Nothing on
    stderr, and the status the command would have had: diff and report their verdict
    (0 same, 1 different), every other command 0 (before: 1 from every command)."""
    args = [str(tagged) if a == "STORE" else a for a in args]
    proc = _with_closed_stdout(args, tmp_path)
    assert (proc.returncode, proc.stderr) == (status, ""), args


def test_a_tag_is_saved_when_its_confirmation_cannot_be_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``tag`` saves before it prints: a closed output loses the line, not the tag."""
    store = tmp_path / "tags.json"
    proc = _with_closed_stdout(["tag", "--store", str(store), A, "1", "estimate"], tmp_path)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert main(["export", "--store", str(store)]) == 0
    assert json.loads(capsys.readouterr().out)["label"] == ["estimate"]


# --- an import that takes nothing ------------------------------------------------------

NO_LABEL = json.dumps({"text": "The bridge opened on Monday.", "article_id": "ab", "sentence": 0})


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (
            NO_LABEL + "\nnot json\n",
            "nothing imported: 2 lines skipped, the first (line 1): no label field",
        ),
        ("\nnot json\n", "nothing imported: 1 line skipped (line 2): not a JSON line"),
        ("", "nothing imported: no record in it"),
        ("\n  \n", "nothing imported: no record in it"),
    ],
    ids=["every line bad", "one bad line", "empty", "blank lines"],
)
def test_an_import_that_takes_nothing_exits_2_saying_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, why: str
) -> None:
    """A script must tell "nothing imported" from an import: exit 2, one line naming the
    first line skipped and why (before: "imported 0 records ... skipped 2", exit 0)."""
    f = tmp_path / "in.jsonl"
    f.write_text(content, encoding="utf-8")
    store = tmp_path / "s.json"
    assert main(["import", str(f), "--store", str(store)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1, (out, err)
    assert err.startswith(f"newsdiff: {f}: {why}"), err


def test_an_import_that_takes_some_exits_0_with_the_skipped_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Some records imported: exit 0, the count on stdout, each reason on stderr."""
    assert main(["tag", "--store", str(tmp_path / "a.json"), A, "2", "fact"]) == 0
    capsys.readouterr()
    assert main(["export", "--store", str(tmp_path / "a.json")]) == 0
    good = capsys.readouterr().out
    f = tmp_path / "in.jsonl"
    f.write_text(NO_LABEL + "\n" + good + "not json\n", encoding="utf-8")
    assert main(["import", str(f), "--store", str(tmp_path / "b.json")]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("imported 1 record (1 new or changed") and out.endswith("skipped 2\n")
    assert err.splitlines() == [
        "newsdiff: skipped 1: no label field (label, accept or cats) (line 1)",
        "newsdiff: skipped 1: not a JSON line (line 3)",
    ]
