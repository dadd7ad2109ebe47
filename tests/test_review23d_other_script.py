"""Outside review r23d finding 4: an English story quoting Arabic (mix_ar_a.txt /
mix_ar_b.txt). The reversal inside the quotation ("مفتوحا" open -> "مغلقا" closed) was a
plain rewording of an English pair, classified, with no word of why: the classes read
English words alone. Such a change is now classed as a change in a pair of its own
script is (rewording, bar a figure's number or a letter form's variant), and a line says
so."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import run_cli, write_article

FRAME = "Egypt's foreign minister Sameh Shoukry said on Saturday that the crossing would stay open."
QUOTE_A = 'In Arabic he said: "سيبقى معبر رفح مفتوحا أمام المساعدات الإنسانية."'
QUOTE_B = QUOTE_A.replace("مفتوحا", "مغلقا")


def test_a_change_in_arabic_inside_english_is_said_to_be_unread(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The review's example: the line names the change the classes cannot read (its
    words in no Latin letter, as Chinese's would be; a change of both scripts or of
    figures alone is no such change)."""
    from newsdiff.core.language import other_script

    assert other_script("مفتوحا", "مغلقا") and other_script("坚决", "强烈")
    assert not other_script("open", "مغلقا") and not other_script("200", "150")
    a = write_article(tmp_path, "a.txt", f"{FRAME} {QUOTE_A} Officials expect 200 trucks a day.")
    b = write_article(tmp_path, "b.txt", f"{FRAME} {QUOTE_B} Officials expect 150 trucks a day.")
    _code, out, err = run_cli(capsys, "diff", "--format", "plain", a, b)
    assert "[-مفتوحا-]{+مغلقا+}{rewording}" in out and "{number}" in out
    assert "1 change in another script than Latin" in err
    assert "not classed by what it means" in err
    assert err.count("\n") == 1
    _code, _out, err = run_cli(capsys, "diff", "--format", "plain", "--lang", "en", a, b)
    assert err == ""  # English forced: no line


def test_near_miss_english_changes_and_latin_names_say_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An English pair whose changes are English (a name with an accent, "Zürich" ->
    "Genève", is Latin) gives no such line."""
    a = write_article(tmp_path, "a.txt", "The talks in Zürich ended on Monday, officials said.")
    b = write_article(tmp_path, "b.txt", "The talks in Genève ended on Monday, officials said.")
    _code, out, err = run_cli(capsys, "diff", "--format", "plain", a, b)
    assert "another script" not in err and "{" in out
