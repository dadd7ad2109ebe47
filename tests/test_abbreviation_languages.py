"""Outside review r15 (issue 11, item 6): Russian and Spanish sentences were cut at
common abbreviations ("ул.", "г.", "проф.", "EE. UU.", "Dra."), because sentencex was
always told English. Each text now splits in its own language (guessed, or ``--lang``)
with sentencex's list and ``core.abbreviations``' table; English is as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core.abbreviations import TABLE
from newsdiff.core.article import from_text
from newsdiff.core.language import detect
from newsdiff.core.sentences import segmenter_language, split_sentences
from newsdiff.meaning.compare import compare
from newsdiff.tui.app import create_app
from newsdiff.tui.single import one_sided

from .conftest import run_cli, write_pair
from .tui_helpers import ready

SPLIT_RU = (
    "Пожар произошел на ул. Тверской в 2023 г. в Москве. По словам г. Иванова, пожар "
    "начался ночью. Ущерб составил 5 млн. руб. Пострадавших нет, т. е. никто не ранен. "
    "Об этом сообщил проф. Петров."
)
RU_SENTENCES = [
    "Пожар произошел на ул. Тверской в 2023 г. в Москве.",
    "По словам г. Иванова, пожар начался ночью.",
    "Ущерб составил 5 млн. руб.",
    "Пострадавших нет, т. е. никто не ранен.",
    "Об этом сообщил проф. Петров.",
]
SPLIT_ES = (
    "El gobierno de EE. UU. anunció nuevas sanciones. Según el Sr. García, la medida es "
    "injusta. La Dra. López no respondió."
)
ES_SENTENCES = [
    "El gobierno de EE. UU. anunció nuevas sanciones.",
    "Según el Sr. García, la medida es injusta.",
    "La Dra. López no respondió.",
]
RU_A = (
    "МОСКВА, 3 марта. Власти сообщили, что в результате пожара пострадали 12 человек. "
    "По словам г. Иванова, пожар начался ночью. Причины возгорания выясняются."
)
RU_B = RU_A.replace("сообщили", "заявили").replace("12", "15").replace("ночью", "вечером")


def _texts(text: str, lang: str | None = None) -> list[str]:
    return [s.text for s in split_sentences(text, lang)]


def test_review_examples_split_at_sentence_ends_only() -> None:
    """The review's Russian and Spanish files: no cut after "ул.", "г.", "проф.",
    "EE.", "UU.", "Dra."; "5 млн. руб." before a capital still ends its sentence."""
    assert detect(SPLIT_RU).lang == "ru" and detect(SPLIT_ES).lang == "es"
    assert _texts(SPLIT_RU) == RU_SENTENCES
    assert _texts(SPLIT_ES) == ES_SENTENCES


def test_french_and_german_split_as_before() -> None:
    """French and German, told to sentencex in their own language since review r18a,
    keep what its English rules had right on them."""
    fr = "Le président a parlé lundi. Selon M. Macron, la réforme est nécessaire. Mme Borne a quitté la réunion."
    de = "Die Regierung will sparen, z. B. bei der Bahn. Laut Prof. Dr. Müller ist das falsch. Die Sitzung endet um 18 Uhr."
    assert len(_texts(fr)) == 3 and _texts(de)[1] == "Laut Prof. Dr. Müller ist das falsch."


@pytest.mark.parametrize(
    ("lang", "text", "sentences"),
    [
        # An initial before a surname, in Cyrillic.
        ("ru", "Об этом сообщил А. С. Пушкин.", ["Об этом сообщил А. С. Пушкин."]),
        # Titles sentencex's Russian list lacks ("доц.", "им.").
        ("ru", "Сообщил доц. Смирнов. Музей им. Горького закрыт.", ["Сообщил доц. Смирнов.", "Музей им. Горького закрыт."]),
        # An abbreviation that ends a sentence: a capital after it opens the next one.
        ("ru", "Цены выросли на 5 тыс. руб. Новые правила вступят в силу.", ["Цены выросли на 5 тыс. руб.", "Новые правила вступят в силу."]),
        ("ru", "Это яблоки, груши и т. д. Затем пришли гости.", ["Это яблоки, груши и т. д.", "Затем пришли гости."]),
        # A year after a figure ends its sentence, unless the year opens the sentence.
        ("ru", "Он родился в 1990 г. Потом переехал.", ["Он родился в 1990 г.", "Потом переехал."]),
        ("ru", "В 2020 г. Росстат сообщил о росте.", ["В 2020 г. Росстат сообщил о росте."]),
        ("ru", "В 2019–2020 гг. Росстат сообщил о росте.", ["В 2019–2020 гг. Росстат сообщил о росте."]),
        ("ru", "Так было в 1990-х гг. Затем всё изменилось.", ["Так было в 1990-х гг.", "Затем всё изменилось."]),
        ("ru", "Это яблоки и пр. Затем пришли. Он живет на пр. Мира.", ["Это яблоки и пр.", "Затем пришли.", "Он живет на пр. Мира."]),
        ("uk", "Це було у 2019–2020 рр. Потім усе змінилося.", ["Це було у 2019–2020 рр.", "Потім усе змінилося."]),
        # A word's full stop before a figure: Cyrillic and Greek words have vowels too.
        ("ru", "Пострадали 12 человек. 15 домов сгорели.", ["Пострадали 12 человек.", "15 домов сгорели."]),
        ("el", "Η φωτιά έκαψε σπίτια. 40 άνθρωποι εκκενώθηκαν.", ["Η φωτιά έκαψε σπίτια.", "40 άνθρωποι εκκενώθηκαν."]),
        ("ru", "Ущерб 5 млн. 300 тыс. руб. не покрыт.", ["Ущерб 5 млн. 300 тыс. руб. не покрыт."]),
        ("ar", "قال المسؤول إن الحريق اندلع ليلا. 15 شخصا أصيبوا.", ["قال المسؤول إن الحريق اندلع ليلا.", "15 شخصا أصيبوا."]),
        ("es", "Las sanciones de EE. UU. El presidente habló.", ["Las sanciones de EE. UU.", "El presidente habló."]),
        ("es", "Frutas, verduras, etc. Luego vino. Vive en la Av. Libertador.", ["Frutas, verduras, etc.", "Luego vino.", "Vive en la Av. Libertador."]),
        ("es", "El Lic. Pérez y el Ing. Gómez hablaron. Ver pág. 5.", ["El Lic. Pérez y el Ing. Gómez hablaron.", "Ver pág. 5."]),
        ("uk", "Про це повідомив проф. Іваненко. Збитки склали 5 тис. грн. Далі.", ["Про це повідомив проф. Іваненко.", "Збитки склали 5 тис. грн.", "Далі."]),
        ("pt", "Mora na Av. Paulista. A Dra. Costa não respondeu.", ["Mora na Av. Paulista.", "A Dra. Costa não respondeu."]),
        ("it", "L'On. Meloni ha detto che la misura è giusta. Frutta, verdura, ecc. Poi arrivò.", ["L'On. Meloni ha detto che la misura è giusta.", "Frutta, verdura, ecc.", "Poi arrivò."]),
        ("pl", "Pożar wybuchł przy ul. Marszałkowskiej w 2023 r. w Warszawie. Zapytany gen. Nowak milczał.", ["Pożar wybuchł przy ul. Marszałkowskiej w 2023 r. w Warszawie.", "Zapytany gen. Nowak milczał."]),
        ("el", "Κατά τον κ. Παπαδόπουλο, η απόφαση είναι άδικη. Ο Δρ. Νικολάου μίλησε.", ["Κατά τον κ. Παπαδόπουλο, η απόφαση είναι άδικη.", "Ο Δρ. Νικολάου μίλησε."]),
    ],
)  # fmt: skip
def test_abbreviations_by_language(lang: str, text: str, sentences: list[str]) -> None:
    """Each language's titles hold their sentence together; its units, lists and
    "etc." end one where a capital follows; initials and years as documented. The
    language is given: a sentence or two may not show it ("Frutas, verduras, etc." has
    French function words too)."""
    assert _texts(text, lang) == sentences


def test_segmenter_is_told_the_language_of_its_table() -> None:
    """sentencex is told the language where the table has one, English elsewhere (its
    rules and ours were measured on every other script)."""
    assert {segmenter_language(code) for code in TABLE} == set(TABLE)
    assert segmenter_language("pt-BR") == "pt"
    assert {segmenter_language(c) for c in ("en", "ar", "ur", "hi", "zh", "th")} == {"en"}


def test_lang_forces_the_split(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """``--lang`` decides the split in sentences and tag (English reads "ул." as a
    sentence end), as ``split_sentences``' ``lang`` does."""
    path, _ = write_pair(tmp_path, SPLIT_RU, "")
    store = str(tmp_path / "store")
    sentences = {}
    for lang in ("ru", "en"):
        code, out, _err = run_cli(
            capsys, "sentences", "--format", "json", "--store", store, "--lang", lang, path
        )
        assert code == 0
        sentences[lang] = [s["text"] for s in json.loads(out)["sentences"]]
    assert sentences["ru"] == RU_SENTENCES == _texts(SPLIT_RU, "ru")
    assert sentences["en"] == _texts(SPLIT_RU, "en") and len(sentences["en"]) == 8
    code, _out, err = run_cli(capsys, "tag", "--store", store, path, "6", "fact", "--lang", "en")
    assert code == 0
    code, _out, err = run_cli(capsys, "tag", "--store", store, path, "6", "fact")
    assert code == 2 and "no sentence 6; it has 5" in err


def test_pair_commands_and_app_split_by_language(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """diff, report and suggest split each text in its language: "По словам г.
    Иванова, ..." is one row with its change (it was a row of its own, "По словам г.",
    beside a half-sentence); --lang en gives the English split back."""
    a, b = write_pair(tmp_path, RU_A, RU_B)
    code, out, _err = run_cli(capsys, "diff", "--format", "plain", "--color", "never", a, b)
    assert code == 1
    assert (
        "~ По словам г. Иванова, пожар начался [-ночью-]{+вечером+}{rewording}." in out.splitlines()
    )
    code, out, _err = run_cli(
        capsys, "diff", "--format", "plain", "--color", "never", "--lang", "en", a, b
    )
    assert "  По словам г." in out.splitlines()
    for lang, rows in ((None, 4), ("en", 5)):
        extra = ("--lang", lang) if lang else ()
        code, out, _err = run_cli(capsys, "diff", "--format", "json", *extra, a, b)
        assert len(json.loads(out)["rows"]) == rows
        code, out, _err = run_cli(capsys, "suggest", "--format", "json", *extra, a)
        assert len(json.loads(out)) == rows
        code, out, _err = run_cli(capsys, "report", "--format", "json", *extra, a, b)
        assert code in (0, 1) and json.loads(out)
    art = from_text(RU_A)
    assert len(one_sided(art).rows) == 4 and len(one_sided(art, lang="en").rows) == 5
    assert len(compare(art, from_text(RU_B)).a_sentences) == 4


async def test_app_splits_by_the_forced_language(tmp_path: Path) -> None:
    """The app's --lang reaches the split (the pair as ``compare`` splits it)."""
    a, b = write_pair(tmp_path, RU_A, RU_B)
    for lang, count in ((None, 4), ("en", 5)):
        app = create_app(a, b, store=tmp_path / "s.json", annotator="t", lang=lang)
        async with app.run_test(size=(120, 40)) as pilot:
            await ready(pilot)
            assert app.comparison is not None and len(app.comparison.a_sentences) == count


_WORDS = st.sampled_from(
    "Пожар произошел на ул. Тверской г. Иванова проф. Петров 5 млн. руб. т. е. и др. "
    "А. С. Пушкин в 2023 г. В EE. UU. Sr. García Dra. López etc. pág. 12 Ущерб никто "
    "El la medida es injusta. Пострадавших нет. «Да», — сказал он. ? ! ; ...".split(" ")
)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(_WORDS, max_size=40),
    seps=st.lists(st.sampled_from([" ", " ", " ", "  ", "\n", "\n\n"]), min_size=40, max_size=40),
    lang=st.sampled_from(["ru", "es", "uk", "pl", "en"]),
)
def test_sentences_reassemble_the_text(words: list[str], seps: list[str], lang: str) -> None:
    """In every language: sentences in order, each its own text's slice, and between
    them (and around them) no letter or digit (whitespace, or a stray mark with no word
    at a paragraph's start, which is no sentence): every word of the text is in one."""
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    found = split_sentences(text, lang)
    pos = 0
    for s in found:
        assert s.text == text[s.start : s.end] and s.text.strip() == s.text and s.text
        assert s.start >= pos and not _has_word(text[pos : s.start])
        pos = s.end
    assert not _has_word(text[pos:])


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def test_polish_is_told_by_its_function_words() -> None:
    """Polish joins the Latin-script languages the guess tells (it was read as English,
    and "ul." and "gen." cut its sentences)."""
    text = "Pożar wybuchł przy ul. Marszałkowskiej w 2023 r. w Warszawie. Nikt nie ucierpiał."
    assert detect(text) == ("pl", True)
    assert _texts(text) == [
        "Pożar wybuchł przy ul. Marszałkowskiej w 2023 r. w Warszawie.",
        "Nikt nie ucierpiał.",
    ]
