"""Text that would steer a terminal (bidi overrides, C1 controls) is shown, never obeyed,
and a file format written to a terminal is still the same data."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.cli.output import data_out, json_out, json_rows_out
from newsdiff.core.visible import visible

from .test_cli import run

#: Right-to-left override: "said" followed by RLO shows what follows reversed.
RLO = "\u202e"


class Terminal(io.StringIO):
    """Standard output that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_bidi_overrides_and_isolates_are_neutralised_but_marks_stay():
    """RLO/LRE/PDF and the isolates become U+FFFD; RLM and LRM (legitimate in Arabic) stay."""
    assert visible(f"said{RLO}deinedx") == "said\ufffddeinedx"
    assert visible("a\u2066b\u2069c\u202ad\u202ce") == "a\ufffdb\ufffdc\ufffdd\ufffde"
    assert visible("\u0642\u0627\u0644\u200f \u200e1") == "\u0642\u0627\u0644\u200f \u200e1"


def test_diff_shows_an_override_in_the_article(capsys, tmp_path):
    """An override in a reprint cannot reorder the line the reviewer reads."""
    a = tmp_path / "a.txt"
    a.write_text(f"The minister said{RLO} the talks failed.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("The minister said the talks failed.\n", encoding="utf-8")
    code, out, err = run(capsys, "diff", "--format", "plain", str(a), str(b))
    assert code == 1, err
    assert RLO not in out and "\ufffd" in out


def test_json_on_a_terminal_escapes_what_it_would_obey(monkeypatch):
    """On a terminal, U+009B and U+202E come out as \\u escapes: the same JSON, read back equal."""
    data = {"text": f"x\x9b2J{RLO}y", "n": 1}
    tty = Terminal()
    monkeypatch.setattr(sys, "stdout", tty)
    json_out(data)
    shown = tty.getvalue()
    assert "\x9b" not in shown and RLO not in shown and "\\u009b" in shown
    assert json.loads(shown) == data


def test_json_into_a_pipe_is_exact(monkeypatch):
    """Into a pipe or a file the text is written as it is (a script gets the exact data)."""
    data = {"text": f"x{RLO}y"}
    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stdout", pipe)
    json_out(data)
    assert pipe.getvalue() == json.dumps(data, ensure_ascii=False, indent=1) + "\n"


@pytest.mark.parametrize("tty", [False, True])
@pytest.mark.parametrize("last", [False, True])
@pytest.mark.parametrize("n", [0, 1, 3])
def test_json_rows_streamed_are_json_outs_bytes(monkeypatch, tty: bool, last: bool, n: int):
    """``diff --format json`` writes its rows one at a time (issue 16: the whole document
    as objects and as one string was ~60 MB of a 5 MB pair's peak): the same bytes as
    ``json_out``'s, whether the rows are the last key or not, none or several, nested
    and holding newlines, quotes, "rows": [] and what a terminal would obey."""
    rows = [
        {"ops": [["equal", f'a\n "rows": [],\n{RLO}\u009b'], ["insert", i]], "x": {"y": []}}
        for i in range(n)
    ]
    head = {"a": {"sentences": [{"text": 'say "rows": []'}]}, "rows": []}
    if not last:
        head["stats"] = {"rows": {"equal": 1}}
    streamed, whole = (Terminal() if tty else io.StringIO() for _ in range(2))
    monkeypatch.setattr(sys, "stdout", streamed)
    json_rows_out(dict(head), "rows", iter(rows))
    monkeypatch.setattr(sys, "stdout", whole)
    json_out({**head, "rows": rows})
    assert streamed.getvalue() == whole.getvalue()


def test_csv_on_a_terminal_shows_controls(monkeypatch):
    """CSV is a file format; on a terminal its ESC and overrides are shown as pictures."""
    tty = Terminal()
    monkeypatch.setattr(sys, "stdout", tty)
    data_out(f'1,"a\x1b[2Jb{RLO}",fact\r\n')
    assert tty.getvalue() == '1,"a\u241b[2Jb\ufffd",fact\r\n'


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_to_a_terminal_is_safe(monkeypatch, tmp_path: Path, fmt):
    """`export` to a terminal: a note holding an escape does not reach the terminal raw."""
    art = tmp_path / "a.txt"
    art.write_text("One sentence here. Another one there.\n", encoding="utf-8")
    store = tmp_path / "st.json"
    note = f"see\x1b]2;T\x1b\\{RLO}x"
    assert main(["tag", str(art), "0", "fact", "--store", str(store), "--note", note]) == 0
    tty = Terminal()
    monkeypatch.setattr(sys, "stdout", tty)
    assert main(["export", "--format", fmt, "--store", str(store)]) == 0
    shown = tty.getvalue()
    assert "\x1b" not in shown and RLO not in shown
    assert "see" in shown


# --- messages that said the wrong thing (found by the CLI reviewer) -----------------


def test_a_reference_without_an_id_says_so(capsys, tmp_path: Path):
    """`corpus.jsonl#` names an existing corpus with no id: say that, not "no such file"."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "x", "text": "Hello there. Fine."}\n', encoding="utf-8")
    code, out, err = run(capsys, "sentences", f"{corpus}#")
    assert code == 2 and out == ""
    assert "no article id after '#'" in err and "no such file" not in err


def test_import_reads_json_lines_from_standard_input(monkeypatch, capsys, tmp_path: Path):
    """`import -` reads the records from stdin (an export piped into another store)."""
    art = tmp_path / "a.txt"
    art.write_text("One sentence here. Another one there.\n", encoding="utf-8")
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    assert main(["tag", str(art), "1", "opinion", "--store", str(first)]) == 0
    capsys.readouterr()
    assert main(["export", "--store", str(first)]) == 0
    exported = capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(exported.encode())))
    code, out, err = run(capsys, "import", "-", "--store", str(second))
    assert code == 0, err
    assert out.startswith("imported 1 record (1 new or changed")
    code, out, err = run(capsys, "sentences", str(art), "--store", str(second))
    assert "=opinion]" in out


def test_scan_with_no_readable_article_is_an_error(capsys, tmp_path: Path):
    """A scan of only unreadable pages exits 2: an empty table would read as "no reuse"."""
    page = tmp_path / "p.html"
    page.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    code, out, err = run(capsys, "scan", str(page))
    assert code == 2 and out == ""
    assert "skipped 1 unreadable article:" in err and "no article could be read" in err


def test_counts_of_one_are_singular(capsys, tmp_path: Path):
    """ "1 article", "1 record", "1 change": not "1 articles"."""
    a = tmp_path / "a.txt"
    a.write_text("The mayor resigned on Monday.\n", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("The mayor quit on Monday.\n", encoding="utf-8")
    code, out, _ = run(capsys, "report", str(a), str(b))
    assert code == 1 and "(1 sentence, id" in out and ": 1 change," in out
    code, out, _ = run(capsys, "scan", str(a))
    assert code == 0 and out.startswith("1 article, 0 pairs")
