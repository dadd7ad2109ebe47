"""Short texts: a headline or a sentence or two in another Latin-script language is told
by its function words, and where they cannot tell, the English-only parts (suggest, the
change classes, the app) say they read it as English (outside review r13, issue 11
item 6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual import notifications

from newsdiff.core.article import from_text
from newsdiff.core.language import detect, guess
from newsdiff.meaning.compare import compare
from newsdiff.tui.app import create_app
from newsdiff.tui.single import one_sided

from .conftest import write_article
from .test_cli_meaning import run
from .tui_helpers import heard, ready

# 17 words of Spanish: under the 20 words from which the Latin guess once read anything.
SPANISH_A = (
    "El ministro dijo que las negociaciones en Estambul habían fracasado. "
    "Unas 300 personas murieron en el ataque."
)
SPANISH_B = (
    "El ministro afirmó que las negociaciones en Estambul no habían fracasado. "
    "Unas 400 personas murieron en el ataque."
)
SHORT = {
    "es": SPANISH_A,
    "fr": "La police a indiqué que cinq personnes ont été tuées.",
    "de": "Der Minister sagte, die Gespräche seien gescheitert. Die Regierung muss handeln.",
    "it": "Il ministro ha detto che i negoziati sono falliti.",
    "pt": "O ministro disse que as negociações em Istambul fracassaram.",
    "nl": "De minister zei dat de gesprekken in Istanbul waren mislukt.",
}
#: Short English that shows itself: more English function words than any other list's
#: ("a" is French and Portuguese too).
SURE_ENGLISH = [
    "The film is brilliant.",
    "Snap! went the trap.",
    "Prices are higher than a year ago.",
    "Mercury asked the Woodman what the trouble was.",
]
#: Too few function words to tell: a headline, a word, one shared by English and French,
#: one German article alone.
UNCLEAR = ["Obama wins", "Kyiv", "Obama a gagné", "Die Regierung muss handeln."]


@pytest.mark.parametrize("lang", sorted(SHORT))
def test_short_latin_text_is_told_by_its_function_words(lang: str) -> None:
    """One or two sentences of a common Latin-script language are that language, sure."""
    assert detect(SHORT[lang]) == (lang, True)


@pytest.mark.parametrize("text", SURE_ENGLISH)
def test_short_english_is_sure(text: str) -> None:
    """A short English sentence with its function words is English, and sure of it."""
    assert detect(text) == ("en", True)


@pytest.mark.parametrize("text", UNCLEAR)
def test_short_text_without_function_words_is_english_unsure(text: str) -> None:
    """Where the words cannot tell, the guess stays English but says it is not sure."""
    assert detect(text) == ("en", False) and guess(text) == "en"


def test_long_text_is_read_as_before() -> None:
    """From 20 words on, the guess is sure and decides as it did; 25 words none of whose
    lists' function words shows are a language it does not know (r18a finding 7), not
    English."""
    long = " ".join(["Kyiv"] * 25)
    assert detect(long) == ("und", True)
    assert detect(long.replace("Kyiv Kyiv", "Kyiv is in the Kyiv")) == ("en", True)


def test_suggest_diff_and_app_agree_on_a_short_spanish_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """suggest (one file), diff (the pair, and the file against itself) and the app's one
    article all read the 17-word Spanish file as Spanish: suggest gives no label."""
    a, b = write_article(tmp_path, "a.txt", SPANISH_A), write_article(tmp_path, "b.txt", SPANISH_B)
    code, out, err = run(capsys, "suggest", "--format", "json", a)
    assert code == 0 and "language es" in err and "English-only" in err
    assert [r["label"] for r in json.loads(out)] == [None, None]
    for pair in ((a, b), (a, a)):
        _code, out, err = run(capsys, "diff", "--format", "json", *pair)
        assert json.loads(out)["stats"]["lang"] == "es" and "language es" in err
    assert one_sided(from_text(SPANISH_A, "a")).lang == "es"


def test_unclear_language_is_said_by_suggest_and_diff(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A headline whose words cannot tell: suggest and diff say they read it as English,
    on one line; --lang en (asked), a sure English sentence and a diff with no change
    (nothing classed) say nothing."""
    a, b = (
        write_article(tmp_path, "a.txt", "Obama wins"),
        write_article(tmp_path, "b.txt", "Obama loses"),
    )
    code, out, err = run(capsys, "suggest", a)
    assert code == 0 and out and err.count("\n") == 1
    assert "language not clear" in err and "read it as English" in err
    _code, out, err = run(capsys, "diff", "--format", "plain", a, b)
    assert err.count("\n") == 1 and "language not clear" in err and "change classes" in err
    _code, out, err = run(capsys, "suggest", "--lang", "en", a)
    assert err == ""
    _code, out, err = run(capsys, "diff", "--format", "plain", a, a)
    assert err == ""
    sure = write_article(tmp_path, "c.txt", SURE_ENGLISH[0])
    _code, out, err = run(capsys, "suggest", sure)
    assert err == "" and "brilliant" in out
    assert compare(from_text("Obama wins", "a"), from_text("Obama loses", "b")).lang_sure is False


def later(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clock of Textual's notices a minute on: a test on a loaded machine that
    looked after a notice's 8 s (flaky25b) found it gone from ``app._notifications``."""
    now = notifications.time
    monkeypatch.setattr(notifications, "time", lambda: now() + 60)


async def test_app_says_when_the_language_is_not_clear(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app on a headline pair: a notice says the English-only parts read it as
    English; a forced language is no guess and gives none. Heard as raised, even when
    the test looks after the notice's timeout (``later``)."""
    a, b = (
        write_article(tmp_path, "a.txt", "Obama wins"),
        write_article(tmp_path, "b.txt", "Obama loses"),
    )
    for lang, said in ((None, True), ("en", False)):
        app = create_app(a, b, store=tmp_path / "s.json", annotator="t", lang=lang)
        notices = heard(app)
        async with app.run_test(size=(120, 40)) as pilot:
            await ready(pilot)
            later(monkeypatch)
            assert any("Language not clear" in n for n in notices) is said


async def test_app_on_one_short_spanish_file_says_spanish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app on the 17-word Spanish file alone reads it as suggest does: Spanish, and
    its notice says the English-only parts are off."""
    a = write_article(tmp_path, "a.txt", SPANISH_A)
    app = create_app(a, None, store=tmp_path / "s.json", annotator="t")
    notices = heard(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        later(monkeypatch)
        assert any(n.startswith("Language es:") for n in notices), notices


def test_the_note_says_how_the_language_was_guessed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Spanish was told by its function words, not by its script (Latin, as English's):
    the note says so; Russian was told by its script."""
    a, b = write_article(tmp_path, "a.txt", SPANISH_A), write_article(tmp_path, "b.txt", SPANISH_B)
    for command in (("suggest", a), ("diff", "--format", "plain", a, b)):
        _code, _out, err = run(capsys, *command)
        assert "language es (guessed from its function words;" in err
        assert "script" not in err
    ru = write_article(tmp_path, "ru.txt", "Министр заявил, что переговоры в Стамбуле провалились.")
    _code, _out, err = run(capsys, "suggest", ru)
    assert "language ru (guessed from the script;" in err
