"""Issue 13, the articles and the terminal: escapes, closed stdin, a huge size limit,
a full output device, a FIFO. Each case is the exact input the hostile test used."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.cli import main
from newsdiff.core.visible import visible

from .conftest import SEED_B
from .test_cli import one_line_error, run

#: What the hostile article held: a terminal retitle (OSC 2) and a screen clear.
RETITLE = "\x1b]2;TITLE\x1b\\"
CLEAR = "\x1b[2J\x1b[H"
#: The bidi classes of the embeddings, overrides and isolates (not the RLM/LRM marks).
BIDI_CONTROLS = {"LRE", "RLE", "PDF", "LRO", "RLO", "LRI", "RLI", "FSI", "PDI"}


def newsdiff(*argv: str, shell_tail: str = "", **kw: object) -> subprocess.CompletedProcess[str]:
    """A real ``newsdiff`` process through bash, so that ``<&-`` and ``> /dev/full`` are real."""
    cmd = " ".join(f"'{a}'" for a in (sys.executable, "-m", "newsdiff", *argv))
    return subprocess.run(
        ["bash", "-c", f"{cmd} {shell_tail}"], capture_output=True, text=True, timeout=60, **kw
    )  # type: ignore[call-overload,no-any-return]


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, Path]:
    """A reprint whose sentences hold the escapes, and the clean original."""
    a = tmp_path / "a.txt"
    a.write_text(f"Hello {RETITLE} world. Clear {CLEAR} now. The mayor resigned.\n")
    b = tmp_path / "b.txt"
    b.write_text("Hello world. Clear now. The mayor resigned.\n")
    return a, b


# --- 2. article text must not drive the terminal ------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ("diff", "--format", "rich", "{a}", "{b}"),
        ("diff", "--format", "plain", "{a}", "{b}"),
        ("sentences", "{a}"),
        ("report", "{a}", "{b}"),
        ("suggest", "{a}"),
    ],
)
def test_escapes_in_article_text_are_shown_not_sent(capsys, hostile, argv):
    """ESC]2;TITLE ESC\\ and ESC[2J ESC[H reach the terminal as visible pictures, not commands."""
    a, b = hostile
    code, out, err = run(capsys, *(x.format(a=a, b=b) for x in argv))
    assert code in (0, 1), err
    assert "\x1b" not in out and "\x1b" not in err
    assert "\u241b]2;TITLE\u241b\\" in out or "\u241b[2J" in out  # shown where the text is
    if argv[0] in ("sentences", "suggest"):  # the whole sentence, both sequences
        assert f"Hello {visible(RETITLE)} world." in out
        assert f"Clear {visible(CLEAR)} now." in out


def test_escapes_in_a_file_name_and_in_store_text_are_shown(capsys, tmp_path):
    """A path is shown, not obeyed, by sentences; an annotator name holding an escape is
    refused before the store is touched (one line, exit 2, the escape shown)."""
    art = tmp_path / f"x{CLEAR}.txt"
    art.write_text("One sentence here. Another one there.\n")
    store = tmp_path / "st.json"
    argv = ("tag", str(art), "0", "fact", "--store", str(store))
    with pytest.raises(SystemExit) as exc:
        main([*argv, "--annotator", f"ana{RETITLE}"])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "\x1b" not in err and "control character" in err
    assert not store.exists()
    code, out, err = run(capsys, *argv, "--annotator", "ana")
    assert code == 0 and "\x1b" not in out + err
    code, out, err = run(capsys, "sentences", str(art), "--store", str(store))
    assert code == 0 and "\x1b" not in out + err
    assert "[ana=fact]" in out and f"x{visible(CLEAR)}.txt" in out
    code, out, err = run(capsys, "diff", str(tmp_path / f"gone{CLEAR}.txt"), str(art))
    assert code == 2 and "\x1b" not in err
    one_line_error(err, visible(CLEAR), "no such file")


def test_c1_and_delete_are_shown_too():
    """8-bit CSI (U+009B, what latin-1 makes of byte 0x9b) and DEL are replaced, tab is kept."""
    assert visible("a\x9b2Jb\x7fc\td") == "a\ufffd2Jb\u2421c\td"
    assert visible("line\nnext", keep="\t\n") == "line\nnext"
    assert visible("line\nnext") == "line\u240anext"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_visible_keeps_length_and_leaves_no_control(text):
    """One character per character (the diff's offsets hold), and no control is left but tab."""
    shown = visible(text)
    assert len(shown) == len(text)
    assert all(c == "\t" or unicodedata.category(c) != "Cc" for c in shown)
    assert all(
        s == t
        for s, t in zip(shown, text, strict=True)
        if unicodedata.category(t) != "Cc" and unicodedata.bidirectional(t) not in BIDI_CONTROLS
    )


@settings(max_examples=300, deadline=None)
@given(st.text(), st.sampled_from(["\t", "\t\n", "\t\n\r"]))
def test_visible_search_shortcut_matches_translating(text, keep):
    """The search that skips translating a line with nothing to replace (a line ending in a
    newline) gives what translating every character by the table gives."""
    from newsdiff.core.visible import _PICTURES

    # The shortcuts rest on this: every character replaced is one isprintable refuses.
    assert not any(chr(c).isprintable() for c in _PICTURES)
    table = {c: p for c, p in _PICTURES.items() if chr(c) not in keep}
    assert visible(text, keep) == text.translate(table)
    assert (
        visible(text + "\n", "\t\n")
        == text.translate({c: p for c, p in _PICTURES.items() if chr(c) not in "\t\n"}) + "\n"
    )


# --- 4. tracebacks: stdin closed, a huge size limit, a full output device ------------


def test_diff_with_stdin_closed_is_one_line():
    """`newsdiff diff a.txt - <&-` (standard input closed): one line, exit 2."""
    proc = newsdiff("diff", str(SEED_B), "-", shell_tail="<&-")
    assert proc.returncode == 2 and proc.stdout == ""
    one_line_error(proc.stderr, "standard input is closed")


@pytest.mark.parametrize(
    "argv",
    [
        ("sentences", "-"),
        ("suggest", "-"),
        ("report", str(SEED_B), "-"),
        ("tag", "-", "0", "fact"),
        ("diff", "--format", "plain", "/dev/stdin", str(SEED_B)),
    ],
)
def test_other_commands_with_stdin_closed(capsys, monkeypatch, argv):
    """The same in sentences, suggest, report and tag: Python's sys.stdin is None then."""
    monkeypatch.setattr(sys, "stdin", None)
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    one_line_error(err, "standard input is closed")


def test_huge_size_limit_is_capped(capsys, monkeypatch, hostile):
    """NEWSDIFF_MAX_BYTES=9223372036854775807 works as a (capped) limit: no OverflowError."""
    monkeypatch.setenv("NEWSDIFF_MAX_BYTES", "9223372036854775807")
    a, b = hostile
    code, out, err = run(capsys, "diff", "--format", "plain", str(a), str(b))
    assert code == 1 and err == "" and "resigned" in out
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b.read_bytes())))
    code, out, err = run(capsys, "sentences", "-")
    assert code == 0 and err == "" and "2  " in out


def test_huge_size_limit_in_a_real_process(hostile):
    """The same through the entry point, with the article on standard input."""
    a, b = hostile
    proc = newsdiff(
        "diff",
        str(a),
        "-",
        shell_tail=f"< '{b}'",
        env={**os.environ, "NEWSDIFF_MAX_BYTES": "9223372036854775807"},
    )
    assert proc.returncode == 1 and proc.stderr == ""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full on this system")
@pytest.mark.parametrize(
    "argv",
    [
        ("diff", "{a}", "{b}"),
        ("diff", "--format", "plain", "{a}", "{b}"),
        ("diff", "--format", "json", "{a}", "{b}"),
        ("sentences", "{a}"),
        ("export",),
        ("agree",),
    ],
)
def test_output_to_dev_full_is_one_line_exit_2(hostile, argv):
    """`newsdiff export > /dev/full` (and diff, sentences, agree): one line, exit 2 (never 1)."""
    a, b = hostile
    for who, label in (("ana", "fact"), ("bo", "opinion")):  # in the test's own store
        assert main(["tag", str(a), "2", label, "--annotator", who]) == 0
    proc = newsdiff(*(x.format(a=a, b=b) for x in argv), shell_tail="> /dev/full")
    assert proc.returncode == 2
    one_line_error(proc.stderr, "cannot write the output", "No space left on device")


def test_a_tag_saved_before_stdout_failed_is_kept_and_said(capsys, hostile, tmp_path):
    """`tag > /dev/full` saves the tag, then cannot print: exit 2, and the line says the
    store kept it (so nobody tags it again thinking it was lost)."""
    a, _ = hostile
    store = tmp_path / "full.json"
    proc = newsdiff("tag", str(a), "1", "fact", "--store", str(store), shell_tail="> /dev/full")
    assert proc.returncode == 2
    one_line_error(proc.stderr, "cannot write the output", "saved in the store is saved")
    assert main(["export", "--store", str(store)]) == 0
    assert '"label": ["fact"]' in capsys.readouterr().out


class _FullStdout(io.StringIO):
    def write(self, s: str) -> int:
        raise OSError(28, "No space left on device")


@pytest.mark.parametrize("argv", [("report", "{a}", "{b}"), ("suggest", "{a}")])
def test_a_failing_stdout_in_report_and_suggest(capsys, monkeypatch, hostile, argv):
    """A write that fails (a full disk) in report or suggest: exit 2 and one line."""
    a, b = hostile
    monkeypatch.setattr(sys, "stdout", _FullStdout())
    code = main([x.format(a=a, b=b) for x in argv])
    assert code == 2
    one_line_error(capsys.readouterr().err, "cannot write the output")


# --- 5. a FIFO must not hang -----------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ("diff", "{a}", "{fifo}"),
        ("report", "{fifo}", "{a}"),
        ("sentences", "{fifo}"),
        ("suggest", "{fifo}"),
        ("tag", "{fifo}", "0", "fact"),
    ],
)
def test_a_fifo_is_refused_without_waiting(hostile, tmp_path, argv):
    """`newsdiff diff a.txt fifo`: one line, exit 2, at once (no writer is ever coming)."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    a, _ = hostile
    proc = newsdiff(*(x.format(a=a, fifo=fifo) for x in argv))  # the timeout is the hang check
    assert proc.returncode == 2 and proc.stdout == ""
    one_line_error(proc.stderr, str(fifo), "FIFO", "not a regular file")


def test_a_character_device_is_refused(capsys, hostile):
    """/dev/zero never ends: refused by name like any file that is not a regular one."""
    a, _ = hostile
    code, _, err = run(capsys, "diff", str(a), "/dev/zero")
    assert code == 2
    one_line_error(err, "/dev/zero", "character device")


def test_dev_stdin_is_standard_input(hostile):
    """/dev/stdin (a pipe) is standard input by another name, not a refused FIFO."""
    a, b = hostile
    proc = newsdiff("diff", "--format", "plain", str(a), "/dev/stdin", shell_tail=f"< '{b}'")
    assert proc.returncode == 1, proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "newsdiff", "sentences", "/dev/stdin"],
        input=b.read_text(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0 and "The mayor resigned." in proc.stdout, proc.stderr
