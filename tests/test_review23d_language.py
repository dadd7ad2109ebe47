"""Outside review r23d finding 3: one file, two languages. ``diff s_tr_a.txt s_tr_a.txt``
said "language it" for Turkish (its "da" twice), ``suggest s_tr_a.txt`` "not clear ...
read as English"; Indonesian s_id_a.txt was "it" in a pair (its "di" twice). A text given
twice is one text's evidence; a short text names a language by two different words of
its list, and words in letters none of the eight lists' languages writes make it none of
them; where the words cannot tell, the note says English may be wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.language import detect
from newsdiff.meaning.lexicon import known

from .conftest import run_cli, write_article

TR_A = "Başbakan yarın Ankara’da açıklama yapacak."
TR_B = "Başbakan bugün Ankara’da açıklama yapmayacak."
ID_A = "Presiden Joko Widodo tidak akan hadir di KTT G20 besok."
ID_B = "Presiden Joko Widodo akan hadir di KTT G20 besok."
#: Short Italian with four words of its list: named, whichever command reads it.
IT_A = "Il ministro ha detto che i negoziati sono falliti."
IT_B = "Il ministro ha detto che i negoziati non sono falliti."


@pytest.mark.parametrize(("a", "b"), [(TR_A, TR_B), (ID_A, ID_B), (IT_A, IT_B)])
def test_a_text_alone_twice_and_in_its_pair_is_guessed_alike(a: str, b: str) -> None:
    """The same guess for the file, the file twice and the file with its edit."""
    alone = detect(a, known=known)
    assert detect(a, a, known=known) == alone
    assert detect(a, b, known=known).lang == alone.lang


def test_turkish_and_indonesian_are_named_no_wrong_language() -> None:
    """Turkish ("yarın", "açıklama": ı, ş, ç none of the eight writes) is unknown;
    Indonesian (one "di") is not clear, read as English, unsure."""
    assert detect(TR_A, TR_A, known=known) == ("und", True)
    assert detect(ID_A, ID_B, known=known) == ("en", False)


def test_diff_and_suggest_say_the_same_of_one_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """diff and suggest name no Italian; the unsure note says English may be wrong and
    offers --lang."""
    tr = write_article(tmp_path, "s_tr_a.txt", TR_A)
    _code, _out, diff_err = run_cli(capsys, "diff", "--format", "plain", tr, tr)
    _code, _out, suggest_err = run_cli(capsys, "suggest", tr)
    for err in (diff_err, suggest_err):
        assert "language it" not in err
    assert "language unknown" in suggest_err and "--lang CODE" in suggest_err
    id_a, id_b = (
        write_article(tmp_path, "s_id_a.txt", ID_A),
        write_article(tmp_path, "s_id_b.txt", ID_B),
    )
    _code, _out, diff_err = run_cli(capsys, "diff", "--format", "plain", id_a, id_b)
    _code, _out, suggest_err = run_cli(capsys, "suggest", id_a)
    for err in (diff_err, suggest_err):
        assert "language not clear" in err and "language it" not in err
        assert "which may be wrong (--lang CODE to name its language)" in err


def test_near_miss_short_italian_and_a_romanian_story_keep_their_guess(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Four Italian function words name Italian in diff and suggest alike; a longer text
    whose words hold ă, ș, ț stays unknown as before; "Obama wins" stays English, unsure."""
    it_a, it_b = write_article(tmp_path, "a.txt", IT_A), write_article(tmp_path, "b.txt", IT_B)
    _code, _out, err = run_cli(capsys, "diff", "--format", "plain", it_a, it_b)
    assert "language it" in err
    _code, _out, err = run_cli(capsys, "suggest", it_a)
    assert "language it" in err
    romanian = (
        "Guvernul a anunțat că școlile vor rămâne închise până la sfârșitul lunii, "
        "după ce numărul cazurilor a crescut în ultima săptămână în toată țara."
    )
    assert detect(romanian) == ("und", True)
    assert detect("Obama wins", known=known) == ("en", False)
