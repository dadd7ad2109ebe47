"""Outside review r23d finding 1: sentences cut after an abbreviation before a number, a
comma or a name, in Polish (tricky_pl.txt), Russian (tricky_ru.txt) and Vietnamese
(tricky_vi.txt, tricky_vi2.txt), guessed or forced with --lang."""

from __future__ import annotations

import pytest

from newsdiff.core.sentences import split_sentences

PL = (
    "W 2021 r. rząd przyjął m.in. nowy budżet. Spotkanie odbyło się ok. godz. 12 w "
    "Warszawie przy ul. Wiejskiej. Wzięło w nim udział ok. 300 osób, w tym prof. Jan Nowak."
)
RU = (
    "В 2021 г. президент В. В. Путин подписал указ. Встреча прошла на ул. Тверской, т.е. "
    "в центре Москвы. Ее посетили ок. 300 чел., сообщил пресс-секретарь Д. С. Песков."
)
VI = (
    "Thủ tướng Phạm Minh Chính chủ trì cuộc họp. PGS.TS. Trần Văn B cho biết dự án sẽ "
    "hoàn thành vào năm 2025. ThS. Lê Thị C đồng ý."
)
VI_TS = (
    "Ngày 30/10, UBND TP.HCM cho biết đã phát hiện 25 ca mắc mới. TS. Nguyễn Văn A, Giám "
    "đốc Sở Y tế, cho biết tình hình vẫn trong tầm kiểm soát."
)


def _texts(text: str, lang: str | None = None) -> list[str]:
    return [s.text for s in split_sentences(text, lang)]


@pytest.mark.parametrize("lang", [None, "pl"])
def test_polish_ok_and_godz_before_a_figure_go_on(lang: str | None) -> None:
    """ "ok. godz." | "12 w Warszawie", "ok." | "300 osób" were cut."""
    assert _texts(PL, lang) == [
        "W 2021 r. rząd przyjął m.in. nowy budżet.",
        "Spotkanie odbyło się ok. godz. 12 w Warszawie przy ul. Wiejskiej.",
        "Wzięło w nim udział ok. 300 osób, w tym prof. Jan Nowak.",
    ]


@pytest.mark.parametrize("lang", [None, "ru"])
def test_russian_ok_before_a_figure_and_a_comma_after_a_unit_go_on(lang: str | None) -> None:
    """ "Ее посетили ок." | "300 чел." | ", сообщил ...": a sentence never opens with a
    comma."""
    assert _texts(RU, lang)[2] == "Ее посетили ок. 300 чел., сообщил пресс-секретарь Д. С. Песков."
    assert len(_texts(RU, lang)) == 3


@pytest.mark.parametrize("lang", [None, "vi"])
def test_vietnamese_titles_stay_with_the_name(lang: str | None) -> None:
    """ "PGS.TS." | "Trần Văn B ...", "ThS." | "Lê Thị C ...", "TS." | "Nguyễn Văn A"."""
    assert _texts(VI, lang) == [
        "Thủ tướng Phạm Minh Chính chủ trì cuộc họp.",
        "PGS.TS. Trần Văn B cho biết dự án sẽ hoàn thành vào năm 2025.",
        "ThS. Lê Thị C đồng ý.",
    ]
    assert _texts(VI_TS, lang)[1].startswith("TS. Nguyễn Văn A, Giám đốc")


def test_near_miss_real_ends_before_a_figure_or_a_capital_still_split() -> None:
    """A sentence end before a figure in English; "ok.", "чел." and "TS." before a
    capital where they end the sentence (Polish, Russian, English)."""
    assert _texts("Rose 5%. 300 people came.") == ["Rose 5%.", "300 people came."]
    assert _texts("Wszystko jest ok. Jutro wracamy do domu, powiedział premier.", "pl") == [
        "Wszystko jest ok.",
        "Jutro wracamy do domu, powiedział premier.",
    ]
    assert _texts("Пришло 300 чел. Потом пришли еще люди.", "ru") == [
        "Пришло 300 чел.",
        "Потом пришли еще люди.",
    ]
    assert _texts("He cited the TS. Nguyen agreed.") == ["He cited the TS.", "Nguyen agreed."]
    assert _texts("Người dân đi bộ. Ông nói thêm.") == ["Người dân đi bộ.", "Ông nói thêm."]
