""" "May." and "no." end a sentence before every opener "June." ends one before
(outside review r19b finding 5): an initialism in capitals, "A" or "I" before a word,
and after the month a figure; "No. 10", "Art. IV", "docket no. CV-2023-114" go on."""

from __future__ import annotations

import pytest

from newsdiff.core.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, "en")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Talks were held in May.", "AP reported the outcome first."),
        ("Talks were held in May.", "NATO reported the outcome first."),
        ("Talks were held in May.", "EU ministers reported the outcome first."),
        ("Sales fell in May.", "US sales rose."),
        ("Talks were held in May.", "A spokesman reported the outcome first."),
        ("Sales fell in May.", "A year earlier they rose."),
        ("Talks were held in May.", "I reported the outcome first."),
        ("Talks were held in May.", "2024 was a hard year, the spokesman said."),
        ("Asked if he would resign, he said no.", '"I will stay," he said.'),
        ("Asked if he would resign, he said no.", "IBM later confirmed it."),
    ],
)
def test_may_and_no_end_a_sentence_as_june_does(first: str, second: str) -> None:
    assert _texts(f"{first} {second}") == [first, second]
    june = first.replace("May.", "June.")
    if june != first:
        assert _texts(f"{june} {second}") == [june, second]


@pytest.mark.parametrize(
    "text",
    [
        "He visited No. 10 Downing Street on Tuesday.",
        "See docket no. CV-2023-114 for the ruling.",
        "Under Art. IV of the charter, the council acts.",
        "Under Art. I of the charter, the council acts.",
        "Lt. Gen. Smith declined to comment.",
        "U.S. Rep. Jones declined to comment.",
        "The form asks for the case no. ABC-12 in full.",
    ],
)
def test_a_number_sign_an_article_or_a_title_goes_on(text: str) -> None:
    assert _texts(text) == [text]
