"""Review r23b finding 2: "me." ended no sentence in English text. sentencex's English
list holds "me" (Maine's short form), so a full stop after the pronoun, with a closing
quote or without, went on into the next sentence, and in Aesop's Wolf and Lamb joined
the Wolf's words to the Lamb's answer. French keeps "Me." (Maître) before a name."""

from __future__ import annotations

import pytest

from newsdiff.core.sentences import split_sentences


def _texts(text: str, lang: str | None = None) -> list[str]:
    return [s.text for s in split_sentences(text, lang)]


@pytest.mark.parametrize(
    "text",
    [
        'She said, "Call me." Nobody did.',  # the reviewer's split/me_quote.txt
        "Call me. Nobody did.",
        "She said, “Call me.” Nobody did.",
    ],
)
def test_me_ends_its_sentence_before_a_capital(text: str) -> None:
    assert _texts(text) == [text[: text.index("Nobody") - 1], "Nobody did."]


def test_the_wolfs_words_and_the_lambs_answer_are_two_sentences() -> None:
    # Townsend's fable (the reviewer's t/01_wolf_lamb.txt, its line breaks spaces).
    text = (
        'He thus addressed him: "Sirrah, last year you grossly insulted me." "Indeed,"'
        ' bleated the Lamb in a mournful tone of voice, "I was not then born."'
    )
    assert _texts(text) == [
        'He thus addressed him: "Sirrah, last year you grossly insulted me."',
        '"Indeed," bleated the Lamb in a mournful tone of voice, "I was not then born."',
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # Near misses: the reviewer's split/him_quote_nearmiss.txt split before.
        ('She said, "Call him." Nobody did.', ['She said, "Call him."', "Nobody did."]),
        # A lower-case word after "me." goes on, as after any other word.
        ("Call me. then the end.", ["Call me. then the end."]),
        # "Acme." is no "me.".
        ("He joined Acme. Nobody did.", ["He joined Acme.", "Nobody did."]),
    ],
)
def test_near_misses_split_as_before(text: str, sentences: list[str]) -> None:
    assert _texts(text) == sentences


@pytest.mark.parametrize("lang", ["fr", None])
def test_french_maitre_before_a_name_holds(lang: str | None) -> None:
    # French's own table keeps its title ("Me." Maître); the language told or guessed.
    text = (
        "Le client de Me. Dupont a fait appel de la décision du tribunal. "
        "Le juge a refusé la demande de son avocat."
    )
    assert _texts(text, lang) == [
        "Le client de Me. Dupont a fait appel de la décision du tribunal.",
        "Le juge a refusé la demande de son avocat.",
    ]
    bare = "Le client de Me Dupont a fait appel. Le juge a refusé la demande."
    assert _texts(bare, lang) == [
        "Le client de Me Dupont a fait appel.",
        "Le juge a refusé la demande.",
    ]
