"""Outside review r23d finding 2: Thai th_a.txt was cut after a rank's abbreviation and a
given name ("พล.อ.ประยุทธ์" | "จันทร์โอชา นายกรัฐมนตรี ...") and inside a dateline
("ทำเนียบ 22 ธ.ค." | "-นายกฯ เตรียม ..."); its three paragraphs made 13 units, now 11."""

from __future__ import annotations

from newsdiff.core.sentences import split_sentences

#: th_a.txt's first paragraph, from its second unit: a place, a general's title, name
#: and surname, his two offices, then what he did.
NAMED = (
    "พระลานพระราชวังดุสิต พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงกลาโหม "
    "ให้สัมภาษณ์ภายหลังวางพวงมาลาเนื่องในวันคล้ายวันสวรรคตพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว"
)
#: th_a.txt's third paragraph: a dateline glued to its story by a dash.
DATELINE = (
    "ทำเนียบ 22 ธ.ค.-นายกฯ เตรียมออกแถลงการณ์สถานการณ์โควิดเย็นนี้ "
    "ขอให้เชื่อมั่นทุกอย่างควบคุมได้ โดยใช้เวลาเกือบ 10 นาที โดยไม่มีการแถลงข่าวเหมือนทุกครั้ง"
)


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_a_title_name_and_surname_stay_in_one_unit() -> None:
    """The review's example: "พล.อ.ประยุทธ์ จันทร์โอชา" and the offices after it (joined
    by "และ", and) are one unit; the space before the verb still ends one."""
    assert _texts(NAMED) == [
        "พระลานพระราชวังดุสิต พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงกลาโหม",
        "ให้สัมภาษณ์ภายหลังวางพวงมาลาเนื่องในวันคล้ายวันสวรรคตพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว",
    ]


def test_a_dateline_stays_with_its_story() -> None:
    """In "22 ธ.ค.-นายกฯ" the full stop of ธ.ค. (December) is an abbreviation's, glued to
    the dash; "ธ.ค. 2564", "08.30 น. นายกรัฐมนตรี" (o'clock) and "พ.ศ. 2564" go on as well."""
    assert _texts(DATELINE) == [
        "ทำเนียบ 22 ธ.ค.-นายกฯ เตรียมออกแถลงการณ์สถานการณ์โควิดเย็นนี้",
        "ขอให้เชื่อมั่นทุกอย่างควบคุมได้ โดยใช้เวลาเกือบ 10 นาที โดยไม่มีการแถลงข่าวเหมือนทุกครั้ง",
    ]
    dated = "ราคา 22 ธ.ค. 2564 เพิ่มขึ้นมากในวันจันทร์นี้ตามรายงานของกระทรวง"
    assert _texts(dated) == [dated]
    timed = "เวลา 08.30 น. นายกรัฐมนตรีเดินทางถึงทำเนียบรัฐบาลแล้วในวันนี้"
    assert _texts(timed) == [timed]
    era = "ในปี พ.ศ. 2564 รัฐบาลประกาศงบประมาณใหม่ในวันจันทร์"  # the Buddhist Era's year
    second = "นายกรัฐมนตรีกล่าวว่าการศึกษาจะได้รับเงินมากขึ้น"
    assert _texts(f"{era} {second}") == [era, second]


def test_near_miss_a_space_between_long_clauses_still_ends_a_unit() -> None:
    """No abbreviation before it: two clauses of 30 letters and more still part at the
    space, and so do they after a year three words on."""
    first = "รัฐบาลประกาศงบประมาณใหม่ในวันจันทร์"
    second = "นายกรัฐมนตรีกล่าวว่าการศึกษาจะได้รับเงินมากขึ้น"
    assert _texts(f"{first} {second}") == [first, second]
    dated = f"ในปี 2564 {first}"
    assert _texts(f"{dated} {second}") == [dated, second]
