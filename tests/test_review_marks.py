"""Marks typed as two characters (''…'', ‘‘…’’, ``…'', --): one mark, one token, one change."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core.worddiff import diff_words, tokenize
from newsdiff.meaning.classify import row_changes
from newsdiff.meaning.options import CompareOptions, loose_key

DOUBLED = "The mayor said: ''We will rebuild every single home in this town.''"
TEX = "The mayor said: ``We will rebuild every single home in this town.''"
DOUBLE_CURLY = "The mayor said: ‘‘We will rebuild every single home in this town.’’"
CURLY = "The mayor said: “We will rebuild every single home in this town.”"
HYPHENS = "The plan -- if it works -- will cost $5bn."
EM_DASH = "The plan — if it works — will cost $5bn."


def changes(a: str, b: str) -> list[tuple[str, str, str]]:
    return [(c.a, c.b, c.cls) for c in row_changes(diff_words(a, b, key=loose_key))]


def test_a_doubled_mark_is_one_token() -> None:
    """'' , `` and -- are one token each, as they are one mark."""
    assert "''" in tokenize(DOUBLED) and "'" not in tokenize(DOUBLED)
    assert "``" in tokenize(TEX)
    assert tokenize(HYPHENS).count("--") == 2 and "-" not in tokenize(HYPHENS)
    assert "".join(tokenize(DOUBLED)) == DOUBLED


@pytest.mark.parametrize("a", [DOUBLED, TEX, DOUBLE_CURLY])
def test_doubled_quotes_against_curly_are_variants(a: str) -> None:
    """''…'' (or ``…'') -> “…” is two quote-style variants, no attribution change."""
    found = changes(a, CURLY)
    assert [c for _a, _b, c in found] == ["variant", "variant"]
    assert {b for _a, b, _c in found} == {"“", "”"}


def test_hyphens_against_an_em_dash_are_variants() -> None:
    """'--' -> '—' is one dash-style variant per dash, not a deleted hyphen beside it."""
    assert changes(HYPHENS, EM_DASH) == [("--", "—", "variant"), ("--", "—", "variant")]


@pytest.mark.parametrize(
    ("a", "b"), [(DOUBLED, CURLY), (TEX, CURLY), (DOUBLE_CURLY, CURLY), (HYPHENS, EM_DASH)]
)
def test_ignore_quotes_folds_doubled_marks(a: str, b: str) -> None:
    """--ignore-quotes (and --ignore-punctuation) fold a doubled mark like any style."""
    assert CompareOptions(ignore_quotes=True).fold(a) == CompareOptions(ignore_quotes=True).fold(b)
    assert CompareOptions(ignore_punctuation=True).ignores(a, b)
    assert not CompareOptions().ignores(a, b)


def test_cli_ignore_quotes_makes_the_row_equal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reviewer's q4/q5 and dash pairs: exit 0 under --fail-on attribution
    --ignore-quotes, and the plain row shows one variant per mark."""
    for k, (a, b) in enumerate([(DOUBLED, CURLY), (HYPHENS, EM_DASH)]):
        fa, fb = tmp_path / f"a{k}.txt", tmp_path / f"b{k}.txt"
        fa.write_text(a + "\n", "utf-8")
        fb.write_text(b + "\n", "utf-8")
        assert main(["diff", "--fail-on", "attribution", "--ignore-quotes", str(fa), str(fb)]) == 0
        assert "1 equal" in capsys.readouterr().out
        main(["diff", "--format", "plain", str(fa), str(fb)])
        out = capsys.readouterr().out
        assert "{attribution}" not in out and out.count("{variant}") == 2


def test_a_quote_mark_moved_over_an_article_is_one_variant() -> None:
    """'‘the will to fight’' -> 'the “will to fight”' (seed pair 000/001): one change of
    quoting, not 'attribution: ‘ -> ∅; attribution: ∅ -> “'."""
    found = changes(
        "Analysts said the army had lost ‘the will to fight’ in the east.",
        "Analysts said the army had lost the “will to fight” in the east.",
    )
    assert found == [("‘the ", "the “", "variant"), ("’", "”", "variant")]


def test_a_quote_mark_moved_over_a_content_word_is_one_attribution() -> None:
    """'‘lost the will’' -> 'lost “the will': the speaker loses a word, one attribution."""
    found = changes(
        "Analysts said the army had ‘lost the will to fight’ in the east.",
        "Analysts said the army had lost “the will to fight” in the east.",
    )
    assert found[0] == ("‘lost ", "lost “", "attribution")
    assert [cls for _a, _b, cls in found].count("attribution") == 1
