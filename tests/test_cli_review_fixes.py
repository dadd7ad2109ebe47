"""What an outside review of the command line found: sentence numbers that could not be
typed back, widths and counts that silently printed nothing or too little."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.cli import main

from .conftest import SEED_A, SEED_B


def test_agree_numbers_sentences_as_the_app_and_tag_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A disagreement on index 0 reads '#1', which 'tag FILE #1' takes back (it said '#0')."""
    store = str(tmp_path / "s.json")
    for who, label in (("ana", "fact"), ("bo", "opinion")):
        assert main(["tag", str(SEED_A), "0", label, "--store", store, "--annotator", who]) == 0
    capsys.readouterr()
    assert main(["agree", "--store", store]) == 0
    out = capsys.readouterr().out
    assert " #1: " in out
    assert "#0" not in out
    assert main(["tag", str(SEED_A), "#1", "estimate", "--store", store, "--annotator", "ana"]) == 0


def test_orphans_number_sentences_from_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An orphan of index 3 is listed as '#4', the app's number for it."""
    article = tmp_path / "a.txt"
    lines = ["First line here.", "Second line here.", "Third line here.", "Fourth goes away."]
    article.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = str(tmp_path / "s.json")
    assert main(["tag", str(article), "3", "opinion", "--store", store, "--annotator", "ana"]) == 0
    article.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["orphans", "--store", store]) == 0
    out = capsys.readouterr().out
    assert " #4 opinion" in out and " #3 " not in out


@pytest.mark.parametrize("width", ["0", "-5", "3"])
def test_a_width_too_narrow_is_refused(width: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`diff --width 0` printed nothing and exited 1; now it is refused, exit 2."""
    with pytest.raises(SystemExit) as stop:
        main(["diff", "--width", width, str(SEED_A), str(SEED_B)])
    assert stop.value.code == 2
    assert "--width" in capsys.readouterr().err


def test_report_top_below_zero_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """`report --top -1` listed all but the last substitution; now it is refused."""
    with pytest.raises(SystemExit) as stop:
        main(["report", "--top", "-1", str(SEED_A), str(SEED_B)])
    assert stop.value.code == 2
    assert "--top" in capsys.readouterr().err


def test_diff_counts_one_row_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`newsdiff diff` of a one-row pair ends "1 row: 1 changed.", not "1 rows"; two
    rows stay plural."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("One sentence here.\n", encoding="utf-8")
    b.write_text("One sentence there.\n", encoding="utf-8")
    assert main(["diff", "--color", "never", str(a), str(b)]) == 1  # they differ
    out = capsys.readouterr().out
    assert "1 row: 1 changed." in out and "1 rows" not in out
    b.write_text("One sentence there. And another one.\n", encoding="utf-8")
    assert main(["diff", "--color", "never", str(a), str(b)]) == 1  # they differ
    assert "2 rows: 1 changed, 1 added." in capsys.readouterr().out


@pytest.mark.parametrize(
    ("word", "hint"),
    [
        ("trian", "did you mean 'train'?"),
        ("exprot", "did you mean 'export'?"),
        ("sugest", "did you mean 'suggest'?"),
        ("help", "try 'newsdiff --help'"),
    ],
)
def test_a_mistyped_command_names_the_command(
    word: str,
    hint: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A first word that is no file but reads like a mistyped command says which command
    was likely meant, in one line with exit 2 (it said only 'trian: no such file')."""
    from newsdiff.main import main as front_door

    monkeypatch.chdir(tmp_path)
    assert front_door([word, "story.txt"]) == 2
    err = capsys.readouterr().err
    assert err == f"newsdiff: {word}: no such command or file ({hint})\n"


def test_a_file_named_like_a_command_typo_opens_as_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An existing file called 'trian' is an article, not a typo: no command hint."""
    from newsdiff.main import main as front_door

    monkeypatch.chdir(tmp_path)
    (tmp_path / "trian").write_bytes(b"")  # empty: the app refuses it in its own words
    assert front_door(["trian"]) == 2
    err = capsys.readouterr().err
    assert "did you mean" not in err and "trian" in err
