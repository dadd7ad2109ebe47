"""The README's terminal transcripts are real: each ``$ newsdiff ...`` line in a
``console`` block is run and its output compared with the lines under it.

A line ``...`` in a transcript stands for any number of output lines (an excerpt).
After a change that moves the figures, refresh the transcripts with
``python tests/test_readme.py --update`` and read the diff before committing.
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from collections.abc import Iterator
from contextlib import redirect_stdout
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest

from newsdiff.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_BLOCK = re.compile(r"^```console\n(.*?)^```", re.M | re.S)
ELLIPSIS = "..."


@dataclass(frozen=True)
class Transcript:
    command: str
    expected: list[str]
    #: Where the expected lines sit in the README, for --update.
    start: int
    end: int


def transcripts(text: str) -> Iterator[Transcript]:
    """Every ``$ newsdiff`` command in a console block, with the lines it shows."""
    for block in _BLOCK.finditer(text):
        body_start = block.start(1)
        lines = block.group(1).splitlines(keepends=True)
        pos = body_start
        current: tuple[str, int] | None = None
        expected: list[str] = []
        for line in [*lines, "$ \n"]:
            if line.startswith("$ "):
                if current is not None and current[0].startswith("newsdiff "):
                    yield Transcript(current[0], expected, current[1], pos)
                current, expected = (line[2:].strip(), pos + len(line)), []
            elif current is not None:
                expected.append(line.rstrip("\n"))
            pos += len(line)


def run(command: str) -> list[str]:
    """The command's standard output, run in-process from the project folder."""
    argv = shlex.split(command)[1:]
    out = StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with redirect_stdout(out):
            main(argv)
    finally:
        os.chdir(cwd)
    return out.getvalue().rstrip("\n").splitlines()


def matches(expected: list[str], actual: list[str]) -> bool:
    """``expected`` equals ``actual``, where an ``...`` line stands for any lines."""
    if not expected:
        return not actual
    head, *rest = expected
    if head == ELLIPSIS:
        return any(matches(rest, actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and actual[0].rstrip() == head.rstrip() and matches(rest, actual[1:])


def _excerpt(expected: list[str], actual: list[str]) -> list[str]:
    """Fresh output in the shape of the old excerpt: the same kept lines around each
    ``...`` (the first and last lines an excerpt showed, by position)."""
    if ELLIPSIS not in expected:
        return actual
    cut = expected.index(ELLIPSIS)
    tail = len(expected) - cut - 1
    return [*actual[:cut], ELLIPSIS, *(actual[len(actual) - tail :] if tail else [])]


CASES = list(transcripts(README.read_text(encoding="utf-8")))


def test_readme_has_transcripts() -> None:
    """The README shows the command line at work (and this test finds its examples)."""
    assert len(CASES) >= 2


@pytest.mark.parametrize("case", CASES, ids=[c.command[:60] for c in CASES])
def test_readme_transcript(case: Transcript) -> None:
    """What the README shows a command printing is what it prints."""
    actual = run(case.command)
    assert matches(case.expected, actual), "\n".join(
        ["README shows:", *case.expected, "", "got:", *actual]
    )


def update() -> int:
    text = README.read_text(encoding="utf-8")
    out, last = [], 0
    for case in transcripts(text):
        fresh = _excerpt(case.expected, run(case.command))
        out += [text[last : case.start], "".join(f"{line}\n" for line in fresh)]
        last = case.end
    out.append(text[last:])
    README.write_text("".join(out), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(update() if "--update" in sys.argv else 0)
