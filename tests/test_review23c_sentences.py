"""Review r23c finding 2: the rules of review r23d's finding 1 (an abbreviation before a
figure, a Vietnamese title before a name) joined real sentence ends. "ok."/"ок." is
also okay: before a figure it goes on only where the figure counts something (a word in
lower case, not a month or a nominative year); a Vietnamese title goes on before a
family name and a capitalised word, not before a capital that opens a clause."""

from __future__ import annotations

import pytest

from .test_review23d_sentences import _texts

#: pl20.txt of the review, whole (its language guessed from it).
PL20 = (
    "Na wiec przed Sejmem przyszło ok. 2 tys. osób. Policja nie interweniowała.\n"
    "Wynik był ok. 2025 rok będzie lepszy, powiedział prezes spółki.\n"
    "Zebranie rozpoczęło się o godz. 10. Po dwóch godzinach radni przyjęli budżet.\n"
    "Premier spotkał się z prezydentem w poniedziałek. 12 ministrów wzięło udział w naradzie.\n"
    "Wszystko jest ok. 15 maja odbędzie się kolejne spotkanie.\n"
    "Ceny wzrosły o 3 proc. w maju. W czerwcu mają spaść.\n"
)


@pytest.mark.parametrize("lang", [None, "pl"])
def test_polish_ok_at_a_sentence_end_before_a_date_or_a_year(lang: str | None) -> None:
    """pl20.txt: "Wynik był ok." | "2025 rok ...", "Wszystko jest ok." | "15 maja ..."
    were one sentence each since r23d's rule; the rest of the file is as before."""
    assert _texts(PL20, lang) == [
        "Na wiec przed Sejmem przyszło ok. 2 tys. osób.",
        "Policja nie interweniowała.",
        "Wynik był ok.",
        "2025 rok będzie lepszy, powiedział prezes spółki.",
        "Zebranie rozpoczęło się o godz. 10.",
        "Po dwóch godzinach radni przyjęli budżet.",
        "Premier spotkał się z prezydentem w poniedziałek.",
        "12 ministrów wzięło udział w naradzie.",
        "Wszystko jest ok.",
        "15 maja odbędzie się kolejne spotkanie.",
        "Ceny wzrosły o 3 proc. w maju.",
        "W czerwcu mają spaść.",
    ]


# ru20.txt's and vi_t.txt's sentences: "ок." and "ThS." end their sentence; "Năm nay"
# (this year) and "Theo" (according to) open a clause, not a name.
ENDS = [
    ("ru", "Все было ок. 2024 год стал для компании рекордным, сообщил директор.", 12),
    ("vi", "Sinh viên năm cuối phải bảo vệ luận văn ThS. Năm nay có 300 người tham dự.", 44),
    ("vi", "Ông đã bảo vệ luận án TS. Theo Bộ Y tế, số ca mắc giảm.", 25),
]


@pytest.mark.parametrize(("code", "text", "end"), ENDS)
@pytest.mark.parametrize("forced", [False, True])
def test_ok_and_a_title_at_a_sentence_end(code: str, text: str, end: int, forced: bool) -> None:
    assert _texts(text, code if forced else None) == [text[:end], text[end + 1 :]]


def test_near_misses_counts_and_names_go_on() -> None:
    """What counts after "ok."/"ок." and names after a title still go on (pl20, ru20,
    vi_t's other lines; r23d's examples are held by tests/test_review23d_sentences.py)."""
    assert len(_texts("Na wiec przed Sejmem przyszło ok. 2 tys. osób. Policja nie.", "pl")) == 2
    assert _texts("Zebranie rozpoczęło się o godz. 10. Po dwóch godzinach radni wyszli.")[0] == (
        "Zebranie rozpoczęło się o godz. 10."
    )
    assert len(_texts("Zbudowano go ok. 1990 roku w Gdańsku.", "pl")) == 1
    assert len(_texts("Wzrost wyniósł ok. 30% w tym roku.", "pl")) == 1
    ru = "На митинг вышли ок. 5 тыс. человек. Доклад занял ок. 40 минут."
    assert _texts(ru, "ru") == ["На митинг вышли ок. 5 тыс. человек.", "Доклад занял ок. 40 минут."]
    vi = "Đoàn công tác đã đến TP. Hồ Chí Minh vào sáng nay."
    assert _texts(vi) == [vi]
    vi = "Ông Nguyễn Văn A, TS. kinh tế, cho biết giá xăng sẽ tăng. Bà Lê Thị C đồng ý."
    assert len(_texts(vi)) == 2
