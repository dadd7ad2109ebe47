"""CLI tests for the change classes, the ignore options and the suggest command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.cli import main

from .conftest import SEED_A, SEED_B, run_cli

run = run_cli


@pytest.fixture
def quote_pair(tmp_path: Path) -> tuple[str, str]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The withdrawal was ‘hasty’ near Kiev.\nThe convoy reached Lisbon.\n", "utf-8")
    b.write_text("The withdrawal was “hasty” near Kyiv.\nThe convoy reached Lisbon.\n", "utf-8")
    return str(a), str(b)


def test_diff_json_rows_carry_classified_changes(capsys: pytest.CaptureFixture[str]) -> None:
    """diff --format json: each row has "changes" [{a, b, class}], exit 1 on the seeds."""
    code, out, _ = run(capsys, "diff", "--format", "json", str(SEED_A), str(SEED_B))
    assert code == 1
    rows = json.loads(out)["rows"]
    assert all("changes" in r for r in rows)
    found = {(c["a"], c["b"]): c["class"] for r in rows for c in r["changes"]}
    assert found[("actually deserted", "abandoned")] == "synonym"
    assert found[("Kyiv", "Kiev")] == "variant"


def test_ignore_options_decide_the_exit_status(
    capsys: pytest.CaptureFixture[str], quote_pair: tuple[str, str]
) -> None:
    """Quote style and spelling differ: exit 1, 1 with one of the two ignored, 0 with both."""
    a, b = quote_pair
    assert run(capsys, "diff", "--format", "plain", a, b)[0] == 1
    assert run(capsys, "diff", "--format", "plain", "--ignore-quotes", a, b)[0] == 1
    assert run(capsys, "diff", "--format", "plain", "--ignore-spelling", a, b)[0] == 1
    code, out, _ = run(
        capsys, "diff", "--format", "plain", "--ignore-quotes", "--ignore-spelling", a, b
    )
    assert code == 0
    assert "[-" not in out and "{+" not in out


def test_ignored_rows_are_equal_in_json(
    capsys: pytest.CaptureFixture[str], quote_pair: tuple[str, str]
) -> None:
    """With the differences ignored, the JSON rows are equal with no changes, and the
    ops still reassemble the exact texts."""
    a, b = quote_pair
    _code, out, _ = run(
        capsys, "diff", "--format", "json", "--ignore-quotes", "--ignore-spelling", a, b
    )
    doc = json.loads(out)
    assert [r["kind"] for r in doc["rows"]] == ["equal", "equal"]
    assert all(r["changes"] == [] for r in doc["rows"])
    first = doc["rows"][0]["ops"]
    assert "".join(t for op, t in first if op != "insert") == doc["a"]["sentences"][0]["text"]
    assert "".join(t for op, t in first if op != "delete") == doc["b"]["sentences"][0]["text"]


def test_rich_output_takes_the_options(
    capsys: pytest.CaptureFixture[str], quote_pair: tuple[str, str]
) -> None:
    """The default rich format runs with the options too."""
    a, b = quote_pair
    code, out, _ = run(
        capsys, "diff", "--width", "100", "--ignore-quotes", "--ignore-spelling", a, b
    )
    assert code == 0 and "2 equal" in out


def test_report_json_has_classes(capsys: pytest.CaptureFixture[str]) -> None:
    """report --format json: "classes" counts every class, most significant first."""
    code, out, _ = run(capsys, "report", "--format", "json", str(SEED_A), str(SEED_B))
    assert code == 1
    rep = json.loads(out)
    assert list(rep["classes"]) == [
        "negation", "number", "attribution", "hedge", "synonym", "variant", "rewording",
    ]  # fmt: skip
    assert rep["classes"]["synonym"] > 0 and rep["spin"][0]["class"] == "number"


def test_report_text_spin_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """report (text) opens with the spin summary, classes in significance order."""
    code, out, _ = run(capsys, "report", "--ignore-quotes", str(SEED_A), str(SEED_B))
    assert code == 1
    assert "What changed (ignoring quotes):" in out
    lines = [ln.split()[0] for ln in out.splitlines() if ln.startswith("  ") and ln.split()]
    order = [w for w in lines if w in ("number", "attribution", "hedge", "synonym", "variant")]
    assert order == ["number", "attribution", "hedge", "synonym", "variant"]
    assert '"deserted" -> "abandoned"' in out or '"actually deserted" -> "abandoned"' in out


def test_report_ignore_lowers_variant_count(capsys: pytest.CaptureFixture[str]) -> None:
    """Ignoring quotes, case and spelling removes variants from the counts."""
    _c, out, _ = run(capsys, "report", "--format", "json", str(SEED_A), str(SEED_B))
    before = json.loads(out)["classes"]["variant"]
    _c, out, _ = run(capsys, "report", "--format", "json", "--ignore-quotes", "--ignore-case",
                     "--ignore-spelling", "--ignore-punctuation", str(SEED_A), str(SEED_B))  # fmt: skip
    after = json.loads(out)["classes"]["variant"]
    assert after < before


def test_suggest_json(capsys: pytest.CaptureFixture[str]) -> None:
    """suggest --format json: [{index, text, label, cues}] with cue offsets."""
    code, out, _ = run(capsys, "suggest", "--format", "json", str(SEED_B))
    assert code == 0
    items = json.loads(out)
    assert [i["index"] for i in items] == list(range(len(items)))
    assert set(items[0]) == {"index", "text", "label", "cues"}
    first = items[0]
    assert first["label"] == "attribution"
    assert {"kind", "text", "start", "end"} <= set(first["cues"][0])
    c = first["cues"][0]
    assert first["text"][c["start"] : c["end"]] == c["text"]


def test_suggest_text_and_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """suggest prints one line per sentence with cues in brackets; reads stdin as -."""
    import io
    import sys

    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Officials said it was over.\n"))
    )
    code, out, _ = run(capsys, "suggest", "-")
    assert code == 0
    assert out.split() == ["0", "attribution", "Officials", "said", "it", "was", "over.", "[said]"]


def test_suggest_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A missing file is trouble: exit 2 and a one-line message."""
    code, _out, err = run(capsys, "suggest", str(tmp_path / "nope.txt"))
    assert code == 2 and "no such file" in err


@pytest.mark.parametrize("command", ["diff", "report", "suggest"])
def test_help_has_an_example(capsys: pytest.CaptureFixture[str], command: str) -> None:
    """Each command's --help ends with an example; diff and report list the ignore flags."""
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    out = capsys.readouterr().out
    assert exit_info.value.code == 0
    assert "Example" in out and f"newsdiff {command} " in out
    if command != "suggest":
        for flag in (
            "--ignore-case",
            "--ignore-punctuation",
            "--ignore-quotes",
            "--ignore-spelling",
        ):
            assert flag in out


def test_report_lists_no_whitespace_change(capsys: pytest.CaptureFixture[str]) -> None:
    """The seed pair's '(Image: AP )' vs '(Picture: REX/AP)' spacing is no variant: report
    shows no '(nothing) -> " "' and no change in the JSON is whitespace on both sides."""
    _code, out, _ = run(capsys, "report", "--examples", "50", str(SEED_A), str(SEED_B))
    assert '(nothing) -> " "' not in out and '" " -> (nothing)' not in out
    _code, out, _ = run(capsys, "diff", "--format", "json", str(SEED_A), str(SEED_B))
    changes = [c for r in json.loads(out)["rows"] for c in r["changes"]]
    assert changes and not [c for c in changes if not c["a"].strip() and not c["b"].strip()]


def test_ignore_spelling_folds_numbers_on_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """diff: 'Fifteen' vs '15' and '$5 million' vs '$5m' differ (exit 1, variants) and
    are equal with --ignore-spelling (exit 0)."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Fifteen people died.\nThe repairs will cost $5 million.\n", "utf-8")
    b.write_text("15 people died.\nThe repairs will cost $5m.\n", "utf-8")
    code, out, _ = run(capsys, "diff", "--format", "json", str(a), str(b))
    assert code == 1
    found = [(c["a"], c["b"], c["class"]) for r in json.loads(out)["rows"] for c in r["changes"]]
    assert found == [("Fifteen", "15", "variant"), ("$5 million", "$5m", "variant")]
    assert run(capsys, "diff", "--format", "plain", "--ignore-spelling", str(a), str(b))[0] == 0


def test_ignore_punctuation_keeps_a_change_of_value(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """diff --ignore-punctuation: a decimal point, a thousands separator or a minus sign
    that changes a value still differs (exit 1, number changes); a comma dropped from
    the same value does not (exit 0)."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Growth was 5.5 percent.\nIt was -5C at dawn.\nThe bill was 1,234 dollars.\n")
    b.write_text("Growth was 55 percent.\nIt was 5C at dawn.\nThe bill was 12.34 dollars.\n")
    code, out, _ = run(capsys, "diff", "--format", "json", "--ignore-punctuation", str(a), str(b))
    assert code == 1
    found = [(c["a"], c["b"], c["class"]) for r in json.loads(out)["rows"] for c in r["changes"]]
    assert found == [("5.5", "55", "number"), ("-5C", "5C", "number"), ("1,234", "12.34", "number")]
    b.write_text("Growth was 5.5 percent.\nIt was -5C at dawn.\nThe bill was 1234 dollars.\n")
    assert run(capsys, "diff", "--format", "plain", "--ignore-punctuation", str(a), str(b))[0] == 0


def test_suggest_lines_one_unit_a_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """suggest --lines: each line that is not blank is one sentence, even without a final
    mark (argument units of an editorial, as a user feeds them): split as an article, a
    line starting in lower case joins the line above as a wrapped paragraph's. The lines
    are read as one text, so the article's voice counts."""
    units = [
        "Last week we got very joyful news",
        "All of this is good news as we ring in the new year",
        "And the best may be yet to come",
        "Imports fell by nearly 2 percent",
        "this alone added almost 0.2 percentage points to GDP growth",
        "Gas prices should continue to fall",
        "Even that greatly understates the economic windfall from cheap energy",
        "the addition to GDP from energy should be even higher",
        "The news was so good that it hasn't deterred the bulls on Wall Street",
        "the good-news story rolls on",
    ]
    path = tmp_path / "units.txt"
    path.write_text("\n".join(units) + "\n\n", "utf-8")
    _c, out, _ = run(capsys, "suggest", "--format", "json", str(path))
    assert len(json.loads(out)) < len(units)  # the splitter joins some lines
    code, out, _ = run(capsys, "suggest", "--lines", "--format", "json", str(path))
    items = json.loads(out)
    assert code == 0
    assert [i["text"] for i in items] == units
    assert [i["index"] for i in items] == list(range(len(units)))
    last = items[-1]
    assert last["label"] == "opinion"
    assert [c["kind"] for c in last["cues"]] == ["voice"]
