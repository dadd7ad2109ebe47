"""Outside review r18a, findings 2, 3 and 10 (issue 11, items 5 and 6): German ordinals
and unit abbreviations, Hindi and Arabic titles and the Greek "μ.μ." split sentences in
the wrong places. German and French are now segmented by sentencex in their own
language, with ``core.abbreviations``' table (ordinals, month names, titles); a
Devanagari word's "." where sentences end with "।", and a one-letter Arabic word's,
are abbreviations; "π.μ."/"μ.μ." end a sentence before a capital as "p.m." does."""

from __future__ import annotations

import pytest

from newsdiff.core.language import detect
from newsdiff.core.sentences import split_sentences


def _texts(text: str, lang: str | None = None) -> list[str]:
    return [s.text for s in split_sentences(text, lang)]


# The review's file de_abbr.txt, quoted.
DE_ABBR = (
    "Die Sitzung fand am 4. Dezember in Berlin statt. Der Schaden beträgt ca. 3 Mio. Euro, "
    "u. a. an Dächern. Laut Dr. Weber vom 2. Polizeirevier gab es keine Verletzten. Der "
    "Bürgermeister sprach bzw. antwortete vor 200 Gästen. Am 1. Januar tritt das Gesetz in "
    "Kraft. Das ist die 3. Reform seit 2020."
)


def test_german_ordinals_and_units_end_no_sentence() -> None:
    """The review's German sentences, each whole; the text is read as German."""
    assert detect(DE_ABBR).lang == "de"
    assert _texts(DE_ABBR) == [
        "Die Sitzung fand am 4. Dezember in Berlin statt.",
        "Der Schaden beträgt ca. 3 Mio. Euro, u. a. an Dächern.",
        "Laut Dr. Weber vom 2. Polizeirevier gab es keine Verletzten.",
        "Der Bürgermeister sprach bzw. antwortete vor 200 Gästen.",
        "Am 1. Januar tritt das Gesetz in Kraft.",
        "Das ist die 3. Reform seit 2020.",
    ]


def test_german_dateline_is_one_sentence() -> None:
    """The dateline "Berlin, 4. Dezember." (of the review's de_a.txt) was two rows."""
    text = "Berlin, 4. Dezember. Die Bundesregierung hat am Donnerstag ein Hilfspaket beschlossen."
    assert _texts(text, "de") == [
        "Berlin, 4. Dezember.",
        "Die Bundesregierung hat am Donnerstag ein Hilfspaket beschlossen.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A figure ending a sentence after a preposition, before a noun: a sentence end.
        "Die Zahl der Toten stieg auf 3. Rettungskräfte suchen weiter.",
        "Der Leitzins liegt bei 4. Die Bank schweigt.",
    ],
)
def test_german_figure_at_a_sentence_end_still_ends_it(text: str) -> None:
    """Near misses: no article before the figure, no month after it."""
    assert len(_texts(text, "de")) == 2


def test_french_unit_abbreviation_and_title() -> None:
    """The review's "soit env." | "15 % de plus."; "M. Dupont" stays whole."""
    text = "Mme Martin a rencontré M. Dupont le 3 mars. Le coût atteint 1,2 Md€, soit env. 15 % de plus."
    assert _texts(text) == [
        "Mme Martin a rencontré M. Dupont le 3 mars.",
        "Le coût atteint 1,2 Md€, soit env. 15 % de plus.",
    ]
    # Near miss: "etc." before a capital still ends its sentence.
    assert len(_texts("Des pommes, des poires, etc. Le marché a fermé.", "fr")) == 2


# The review's file hi_abbr.txt, quoted.
HI_ABBR = (
    "डॉ. शर्मा ने कहा कि स्थिति गंभीर है। प्रो. वर्मा ने इस पर सहमति जताई। श्री राम कुमार ने बताया "
    "कि 20 लोग घायल हुए। बैठक में डॉ. सिंह भी मौजूद थे। सरकार ने राहत कोष की घोषणा की।"
)


def test_hindi_titles_stay_with_their_sentence() -> None:
    assert _texts(HI_ABBR) == [
        "डॉ. शर्मा ने कहा कि स्थिति गंभीर है।",
        "प्रो. वर्मा ने इस पर सहमति जताई।",
        "श्री राम कुमार ने बताया कि 20 लोग घायल हुए।",
        "बैठक में डॉ. सिंह भी मौजूद थे।",
        "सरकार ने राहत कोष की घोषणा की।",
    ]


def test_devanagari_full_stop_without_danda_ends_the_sentence() -> None:
    """Near miss: Marathi copy ends its sentences with "."; without a "।" near it a
    Devanagari word's full stop still ends one."""
    assert len(_texts("तो घरी आला. ती बाजारात गेली.")) == 2


def test_arabic_one_letter_title() -> None:
    """The review's ar_abbr.txt: "وقال د." | "محمد علي ..." was two sentences."""
    text = "وقال د. محمد علي، أستاذ الاقتصاد، إن القرار كان متوقعا. وأضاف أن التضخم سيتراجع العام المقبل."
    assert _texts(text) == [
        "وقال د. محمد علي، أستاذ الاقتصاد، إن القرار كان متوقعا.",
        "وأضاف أن التضخم سيتراجع العام المقبل.",
    ]
    # Near miss: a word of more than one letter ends its sentence.
    assert len(_texts("قال المسؤول إن الحريق اندلع ليلا. وأضاف أن التحقيق مستمر.")) == 2


def test_greek_pm_before_a_capital_ends_the_sentence() -> None:
    """The review's el_punct.txt: "στις 3 μ.μ. Την Τρίτη ..." was one sentence."""
    text = "Η συνεδρίαση έληξε στις 3 μ.μ. Την Τρίτη θα υπάρξει νέα ενημέρωση."
    assert _texts(text, "el") == [
        "Η συνεδρίαση έληξε στις 3 μ.μ.",
        "Την Τρίτη θα υπάρξει νέα ενημέρωση.",
    ]
    # Near miss: before a lower-case word the sentence goes on.
    assert len(_texts("Η συνεδρίαση έληξε στις 3 μ.μ. και όλοι έφυγαν.", "el")) == 1


@pytest.mark.parametrize(
    ("text", "lang", "sentences"),
    [
        # The review's zh_quote.txt, ja_quote.txt, ruDe_quote.txt and el_punct.txt.
        (
            "“我们绝不会放弃！”张先生对记者说。他表示，谈判将继续进行。“为什么价格还在上涨？”一位市民问道。",
            None,
            ["“我们绝不会放弃！”张先生对记者说。", "他表示，谈判将继续进行。", "“为什么价格还在上涨？”一位市民问道。"],
        ),
        (
            "首相は「増税はしない。」と述べた。野党は「説明が足りない！」と批判した。",
            None,
            ["首相は「増税はしない。」と述べた。", "野党は「説明が足りない！」と批判した。"],
        ),
        (
            "«Мы никогда не сдадимся!» — заявил он журналистам. Переговоры продолжатся.",
            "ru",
            ["«Мы никогда не сдадимся!» — заявил он журналистам.", "Переговоры продолжатся."],
        ),
        (
            "«Γιατί τόση καθυστέρηση;» αναρωτήθηκαν οι γονείς. Η συνεδρίαση έληξε.",
            "el",
            ["«Γιατί τόση καθυστέρηση;» αναρωτήθηκαν οι γονείς.", "Η συνεδρίαση έληξε."],
        ),
    ],
)  # fmt: skip
def test_a_quote_keeps_the_attribution_that_closes_it(
    text: str, lang: str | None, sentences: list[str]
) -> None:
    """As English keeps '"We will never give up!" Mr. Zhang told reporters.' whole."""
    assert _texts(text, lang) == sentences


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # A sentence of its own after a quote: a comma, no verb of saying at its end.
        ("“我们绝不会放弃！”他表示，谈判将继续进行。", None),
        # A dash before a capital opens a line of dialogue.
        ("«Мы сдадимся!» — Нет, — сказал он.", "ru"),
        ("«Мы сдадимся!» Переговоры продолжатся.", "ru"),
        # No quotative particle after the closing bracket.
        ("「増税はしない。」首相は述べた。", None),
    ],
)
def test_a_quote_before_a_new_sentence_still_ends(text: str, lang: str | None) -> None:
    assert len(_texts(text, lang)) == 2
