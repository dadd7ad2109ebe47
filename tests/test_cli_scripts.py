"""diff and report for scripts and pagers: --color, the class after each plain change,
--only and --fail-on (issue 14, items 11 and 12)."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.cli.colour import use_color
from newsdiff.cli.selection import add_selection, names
from newsdiff.meaning.changes import CLASSES

from .conftest import SEED_A, SEED_B, run_cli

PAIR = (str(SEED_A), str(SEED_B))


run = run_cli


class Tty(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM", "COLORTERM"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_color_auto_follows_the_terminal_and_the_environment(
    clean_env: pytest.MonkeyPatch,
) -> None:
    """auto: colour on a terminal only; NO_COLOR turns it off, FORCE_COLOR on (NO_COLOR
    wins when both are set), TERM=dumb off; always and never override the environment."""
    pipe, tty = io.StringIO(), Tty()
    assert use_color("auto", tty) and not use_color("auto", pipe)
    clean_env.setenv("FORCE_COLOR", "1")
    assert use_color("auto", pipe)
    clean_env.setenv("NO_COLOR", "1")
    assert not use_color("auto", tty) and not use_color("auto", pipe)
    assert use_color("always", pipe)
    clean_env.delenv("FORCE_COLOR")
    clean_env.delenv("NO_COLOR")
    clean_env.setenv("TERM", "dumb")
    assert not use_color("auto", tty)
    assert not use_color("never", Tty())


def test_rich_diff_through_a_pipe_keeps_every_mark(
    capsys: pytest.CaptureFixture[str], clean_env: pytest.MonkeyPatch
) -> None:
    """diff A B | less: no escape codes, and the changes are marked in text with their
    class, so nothing the colours said is lost."""
    code, out, _ = run(capsys, "diff", "--width", "300", *PAIR)
    assert code == 1 and "\x1b[" not in out
    assert "[-actually deserted-]" in out and "{+abandoned+}{synonym}" in out


def test_color_always_and_force_color_colour_a_pipe(
    capsys: pytest.CaptureFixture[str], clean_env: pytest.MonkeyPatch
) -> None:
    """--color always (and FORCE_COLOR under auto) write escape codes for less -R, in
    the rich and the plain format; --color never beats FORCE_COLOR."""
    assert "\x1b[" in run(capsys, "diff", "--color", "always", *PAIR)[1]
    plain = run(capsys, "diff", "--format", "plain", "--color", "always", *PAIR)[1]
    assert "\x1b[" in plain and "{+abandoned+}" in plain
    clean_env.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in run(capsys, "diff", *PAIR)[1]
    assert "\x1b[" not in run(capsys, "diff", "--color", "never", *PAIR)[1]


def test_plain_carries_each_changes_class(capsys: pytest.CaptureFixture[str]) -> None:
    """--format plain: {class} after each change of a changed row, a known class."""
    code, out, _ = run(capsys, "diff", "--format", "plain", *PAIR)
    assert code == 1
    assert "[-actually deserted-]{+abandoned+}{synonym}" in out
    assert "[-stated-]{+said+}{attribution}" in out
    changed = [line for line in out.splitlines() if line.startswith("~ ")]
    assert changed and all(any(f"{{{c}}}" in line for c in CLASSES) for line in changed)


def test_only_keeps_the_rows_with_those_classes(capsys: pytest.CaptureFixture[str]) -> None:
    """--only number: every row kept has a number change, and none with one is left out;
    a row kind (removed) can be chosen too; the rich view says how many it shows."""
    every = json.loads(run(capsys, "diff", "--format", "json", *PAIR)[1])
    code, out, _ = run(capsys, "diff", "--format", "json", "--only", "number", *PAIR)
    data = json.loads(out)
    assert code == 1 and data["only"] == ["number"]
    with_number = [r for r in every["rows"] if any(c["class"] == "number" for c in r["changes"])]
    assert with_number and data["rows"] == with_number
    removed = json.loads(run(capsys, "diff", "--format", "json", "--only", "removed", *PAIR)[1])
    assert removed["rows"] and {r["kind"] for r in removed["rows"]} == {"removed"}
    plain = run(capsys, "diff", "--format", "plain", "--only", "number", *PAIR)[1]
    assert plain.count("\n") == len(with_number) and "{number}" in plain
    rich = run(capsys, "diff", "--only", "number", *PAIR)[1]
    total = len(every["rows"])
    assert f"Showing {len(with_number)} of {total} rows (--only number)." in rich


def test_report_only_counts_those_rows(capsys: pytest.CaptureFixture[str]) -> None:
    """report --only number: the classes and rows of the rows kept, reuse of the pair."""
    full = json.loads(run(capsys, "report", "--format", "json", *PAIR)[1])
    rep = json.loads(run(capsys, "report", "--format", "json", "--only", "number", *PAIR)[1])
    assert rep["classes"]["number"] == full["classes"]["number"] > 0
    assert sum(rep["rows"].values()) < sum(full["rows"].values())
    assert rep["reuse"] == full["reuse"] and rep["only"] == ["number"]
    text = run(capsys, "report", "--only", "number", *PAIR)[1]
    assert "Only the " in text and " rows with number" in text


def test_fail_on_exits_1_only_for_those_classes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--fail-on: 1 when a change of those classes exists, 0 when only others changed,
    on diff and report alike; an unknown class is one line and exit 2."""
    assert run(capsys, "diff", "--fail-on", "number,attribution", *PAIR)[0] == 1
    assert run(capsys, "report", "--fail-on", "number", *PAIR)[0] == 1
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The mayor said the bridge was quick to build. It cost 5 dollars.\n")
    b.write_text("The mayor said the bridge was rapid to build. It cost 5 dollars.\n")
    assert run(capsys, "diff", *map(str, (a, b)))[0] == 1
    assert run(capsys, "diff", "--fail-on", "number,negation", *map(str, (a, b)))[0] == 0
    assert run(capsys, "report", "--fail-on", "number", *map(str, (a, b)))[0] == 0
    with pytest.raises(SystemExit) as stop:  # refused by the parser, as a bad option is
        run(capsys, "diff", "--fail-on", "numbers", *PAIR)
    out, err = capsys.readouterr()
    assert stop.value.code == 2 and out == "" and err.count("\n") == 1 and "'numbers'" in err


def test_an_unknown_only_class_names_the_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Review r13: 'newsdiff diff --only bogus A B' says 'newsdiff diff: --only: ...' as
    every other bad option does, in one line, exit 2, before reading the files."""
    missing = str(tmp_path / "nope.txt")
    for command, flag in (("diff", "--only"), ("report", "--fail-on")):
        with pytest.raises(SystemExit) as stop:
            main([command, flag, "bogus", missing, missing])
        assert stop.value.code == 2
        out, err = capsys.readouterr()
        assert out == ""
        assert err.startswith(f"newsdiff {command}: {flag}: unknown class 'bogus' (choose from ")
        assert err.count("\n") == 1


def test_help_lists_every_class_only_takes() -> None:
    """The help's list of classes is the one --only checks against."""
    parser = argparse.ArgumentParser()
    add_selection(parser)
    flat = " ".join(parser.format_help().split())
    for name in names():
        assert name in flat, name
