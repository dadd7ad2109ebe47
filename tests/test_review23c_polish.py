"""Review r23c finding 3: one text, one guess, whether alone or in a pair. `suggest
g_pl_a.txt` read "Na wiec przyszło ok. 300 osób. Policja interweniowała szybko." as
English (unsure: one Polish function word, "na", which Portuguese writes too) and
labelled its first sentence `opinion`, while `diff g_pl_a.txt g_pl_b.txt` guessed `pl`
(B's "w" gave the pair a second word) and gave no suggestions. A short text with a
letter only Polish writes (ł ą ę ś ź ż ń), none Polish does not, and a Polish function
word is Polish, alone as in its pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.language import ENGLISH, detect
from newsdiff.meaning.lexicon import known

from .conftest import run_cli

G_PL_A = "Na wiec przyszło ok. 300 osób. Policja interweniowała szybko."
G_PL_B = "Na wiec w Warszawie przyszło ok. 300 osób. Policja interweniowała szybko."


def test_the_review_text_is_polish_alone_and_in_its_pair() -> None:
    assert detect(G_PL_A, known=known) == ("pl", True)
    assert detect(G_PL_A, G_PL_B, known=known) == ("pl", True)
    assert detect(G_PL_B, known=known) == ("pl", True)


def test_suggest_and_diff_say_the_same_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """suggest gives no English label to the Polish text (it gave `opinion`), and says
    `pl` as diff of the pair does."""
    a, b = tmp_path / "g_pl_a.txt", tmp_path / "g_pl_b.txt"
    a.write_text(G_PL_A + "\n", "utf-8")
    b.write_text(G_PL_B + "\n", "utf-8")
    code, out, err = run_cli(capsys, "suggest", str(a))
    assert code == 0 and "language pl" in err and "opinion" not in out
    _code, _out, err = run_cli(capsys, "diff", "--format", "plain", str(a), str(b))
    assert "language pl" in err


@pytest.mark.parametrize(
    "text",
    [
        # One Polish function word and no letter only Polish writes: unsure English.
        "Na wiec przyszli ludzie.",
        # A Polish name in English: English's words outnumber Polish's "do".
        "Lech Wałęsa said he will do it on Monday.",
        # Lithuanian writes ą ę and "po" too, but also ė ų, which Polish does not.
        "Po pietų ąžuolas ėjo namo.",
    ],
)
def test_near_misses_are_not_polish(text: str) -> None:
    found = detect(text, known=known)
    assert found.lang != "pl"
    assert found == detect(text, text, known=known)


def test_near_miss_english_stays_english() -> None:
    assert detect("Ministers met in Łódź on Monday.", known=known).lang == ENGLISH
