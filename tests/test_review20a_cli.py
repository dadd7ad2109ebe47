"""Review r20a, the command line: ``newsdiff diff`` gives both text columns the same
width, so a sentence beside its byte copy wraps at the same words on both sides."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.cli.pair import MIN_WIDTH

from .conftest import SEED_B, run_cli

#: The reviewer's file (hostile/utf8.txt), then the start of seed 001: sentences of
#: many lengths, so that some wrap at every width.
TEXT = "The mayor said the bridge will reopen on Monday. Engineers disagreed.\n\n" + (
    " ".join(SEED_B.read_text(encoding="utf-8").split()[:120])
)


def table_lines(out: str) -> list[str]:
    lines = out.splitlines()
    return lines[: next(i for i, line in enumerate(lines) if line.startswith("8 rows"))]


def columns(out: str) -> tuple[int, int, list[str]]:
    """Where the A and B columns start (from the header's first line) and the body
    lines (after the header's lines, before the summary, which may wrap)."""
    lines = table_lines(out)
    start_a, start_b = lines[0].index("A"), lines[0].index("B")
    body = [line for line in lines[1:] if line[start_a:].strip()]
    # The header's names may wrap onto further lines: the body starts at the text.
    first = next(i for i, line in enumerate(body) if line[start_a:].startswith("The"))
    return start_a, start_b, body[first:]


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "utf8.txt", tmp_path / "copy.txt"
    a.write_text(TEXT, encoding="utf-8")
    b.write_bytes(a.read_bytes())
    return a, b


def test_the_reviewers_file_beside_its_copy_at_80(
    capsys: pytest.CaptureFixture[str], pair: tuple[Path, Path]
) -> None:
    """r20a finding 2, as run: `newsdiff diff utf8.txt a#b.txt` at 80 columns put
    "The mayor said the bridge will reopen / on Monday." beside "The mayor said the
    bridge will / reopen on Monday." (columns 37 and 36)."""
    code, out, _ = run_cli(capsys, "diff", "--width", "80", *map(str, pair))
    assert code == 0
    start_a, start_b, body = columns(out)
    assert [line[start_a:start_b].rstrip() for line in body[:2]] == [
        line[start_b:].rstrip() for line in body[:2]
    ]


def test_a_file_beside_its_copy_wraps_alike_at_every_width(
    capsys: pytest.CaptureFixture[str], pair: tuple[Path, Path]
) -> None:
    """At every width from the least ``--width`` takes, every line of every row reads the
    same on both sides (the table ``newsdiff diff`` prints, drawn at each width)."""
    from newsdiff.cli import render
    from newsdiff.cli.colour import console
    from newsdiff.core.article import load
    from newsdiff.meaning.compare import compare

    cmp = compare(*map(load, map(str, pair)))
    for width in range(MIN_WIDTH, 161):
        render.print_rich(cmp, console(width, colour=False), marks=True)
        out = capsys.readouterr().out
        start_a, start_b, body = columns(out)
        assert len(body) >= 3
        for line in body:
            assert line[start_a:start_b].rstrip() == line[start_b:].rstrip(), (width, line)
        # Near miss: the table keeps its width; only an odd spare column is left blank
        # (where rich's split was even, as at 81, the table is as wide as before).
        widest = max(len(line) for line in table_lines(out))
        assert widest == width or (widest == width - 1 and (width - 7) % 2 == 1), width
