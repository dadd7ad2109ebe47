"""Issue 16, sixteenth round: what a plain diff does after the alignment follows the
distinct texts of its rows, so that a paragraph repeated through both sides (a live
blog's boilerplate; the 100x seed pair: 4,400 rows of 44 pairs of texts) costs its
twins a look-up. Held to the outputs they must keep."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdiff.core import language
from newsdiff.meaning.compare import Comparison

from .conftest import run_cli, write_article

# The review r23d example (tests/test_review23d_other_script.py): an Arabic quotation
# whose word changes inside an English story, and a figure that changes beside it.
FRAME = "Egypt's foreign minister Sameh Shoukry said on Saturday that the crossing would stay open."
QUOTE_A = 'In Arabic he said: "سيبقى معبر رفح مفتوحا أمام المساعدات الإنسانية."'
QUOTE_B = QUOTE_A.replace("مفتوحا", "مغلقا")
COPIES = 6


def _repeated(tmp_path: Path, quote_a: str, quote_b: str) -> tuple[str, str]:
    """The example's pair, each side its text six times over, copies a paragraph each."""
    one_a = f"{FRAME} {quote_a} Officials expect 200 trucks a day."
    one_b = f"{FRAME} {quote_b} Officials expect 150 trucks a day."
    a = write_article(tmp_path, "a.txt", "\n\n".join([one_a] * COPIES))
    b = write_article(tmp_path, "b.txt", "\n\n".join([one_b] * COPIES))
    return a, b


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """The texts ``language.other_script`` is asked about from now on."""
    asked: list[tuple[str, ...]] = []
    real = language.other_script

    def counted(*texts: str) -> bool:
        asked.append(texts)
        return real(*texts)

    monkeypatch.setattr(language, "other_script", counted)
    return asked


def test_twin_rows_are_asked_once_for_the_other_script_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Six copies of the example: the line counts every copy's change, but each
    distinct change (the Arabic word, the figure) is read once, not six times; and the
    plain diff asks no row's changes but its distinct ones (``Comparison.changes`` walks
    all 12 rows)."""
    a, b = _repeated(tmp_path, QUOTE_A, QUOTE_B)
    asked = _counting(monkeypatch)
    walks: list[int] = []
    real_changes = Comparison.changes

    def changes(self: Comparison) -> Any:
        walks.append(len(self.rows))
        return real_changes(self)

    monkeypatch.setattr(Comparison, "changes", changes)
    _code, out, err = run_cli(capsys, "diff", "--format", "plain", a, b)
    assert out.count("[-مفتوحا-]{+مغلقا+}{rewording}") == COPIES
    assert f"{COPIES} changes in another script than Latin" in err
    assert sorted(asked) == [("200", "150"), ("مفتوحا", "مغلقا")]
    assert walks == []


def test_near_miss_twins_without_another_script_say_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same six copies, the quotation unchanged: the figure alone changes, which is
    no change in another script; the line is not written, and the figure is read once."""
    a, b = _repeated(tmp_path, QUOTE_A, QUOTE_A)
    asked = _counting(monkeypatch)
    _code, out, err = run_cli(capsys, "diff", "--format", "plain", a, b)
    assert out.count("[-200-]{+150+}{number}") == COPIES
    assert "another script" not in err
    assert asked == [("200", "150")]


# Controls a hostile reprint could hold inside its sentences: ESC, a bidi override, a
# tab, a no-break space, DEL, a C1 control and a line separator.
HOSTILE_A = "The mayor\x1b[2J said\u202e the\tbudget rose\u00a0by 10% on Monday.\x7f It \x9bpassed\u2028late."
HOSTILE_B = HOSTILE_A.replace("10%", "12%").replace("Monday", "Tuesday")


def test_plain_lines_are_written_as_they_are_and_show_every_control(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plain diff writes its lines without ``say``'s scan of each (twins' lines
    4,400 times on the 100x seed pair): each is shown already, as ``say`` would write
    it, every control a picture (ESC U+241B, DEL U+2421, the override and the C1
    control U+FFFD; the line separator a space, the tab and no-break space kept)."""
    from newsdiff.cli import output

    a = write_article(tmp_path, "a.txt", "\n\n".join([HOSTILE_A] * 3))
    b = write_article(tmp_path, "b.txt", "\n\n".join([HOSTILE_B] * 3))
    scans: list[str] = []
    real = output.shown

    def counted(text: str) -> str:
        scans.append(text)
        return real(text)

    monkeypatch.setattr(output, "shown", counted)
    _code, out, _err = run_cli(capsys, "diff", "--format", "plain", a, b)
    assert scans == []
    lines = out.splitlines()
    assert lines and all(real(line) == line for line in lines)
    first = "~ The mayor\u241b[2J said\ufffd the\tbudget rose\u00a0by [-10%-]{+12%+}{number}"
    assert sum(line.startswith(first) for line in lines) == 3
    assert all("\x1b" not in line and "\u202e" not in line for line in lines)


def test_near_miss_other_formats_still_say_each_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The same pair in rich without colour shows the same pictures: its own path, as
    before."""
    a = write_article(tmp_path, "a.txt", HOSTILE_A)
    b = write_article(tmp_path, "b.txt", HOSTILE_B)
    _code, out, _err = run_cli(capsys, "diff", "--color", "never", "--width", "200", a, b)
    assert "\u241b[2J" in out and "\x1b" not in out and "\u202e" not in out


def test_repeated_paragraphs_share_their_sentence_texts() -> None:
    """A paragraph met again gives its sentences the same text objects (cut once; a
    memo by sentence text finds the hash made), each still its article's own slice; a
    wrapped paragraph's sentence keeps its line break, as the text has it."""
    from newsdiff.core.sentences import split_sentences

    one = "The mayor said the budget rose. It passed late on Monday.\n\nA second paragraph here."
    wrapped = (
        "Officials from the regional transport authority said on Friday that the old bridge\n"
        "would reopen to all traffic next week after repairs. Traffic was light on the bypass."
    )
    text = "\n\n".join([one, wrapped, one, wrapped, one])
    got = split_sentences(text, "en")
    assert [s.text for s in got[:5]] == [
        "The mayor said the budget rose.",
        "It passed late on Monday.",
        "A second paragraph here.",
        "Officials from the regional transport authority said on Friday that the old bridge"
        "\nwould reopen to all traffic next week after repairs.",
        "Traffic was light on the bypass.",
    ]
    assert len(got) == 13
    assert all(s.text == text[s.start : s.end] and s.index == k for k, s in enumerate(got))
    assert got[0].text is got[5].text is got[10].text
    assert got[3].text is got[8].text
    # Near miss: a sentence that only reads the same in another paragraph is not shared.
    assert got[0].start != got[5].start and got[2].text is not got[0].text


BLANKISH = st.text(
    alphabet=st.sampled_from(["a", ".", " ", "\t", "\n", "\r", "\x0b", "\u2028", "\u00a0"])
)


@given(BLANKISH)
def test_blank_line_after_each_line_is_the_patterns_count(text: str) -> None:
    """Whether a blank line follows each line but the last, seen while the lines are
    split, is what the pattern over the whole text counted (the rule it replaces)."""
    import re

    from newsdiff.core import paragraphs

    lines, spaced = paragraphs.lines_of(text)
    blanks = re.findall(r"\n(?:[^\S\n]*\n)+", text.strip())
    assert spaced == (bool(lines) and len(blanks) == len(lines) - 1)
