"""Review r23d finding 3: a row merging two Chinese or Japanese sentences joined them
with a space the text does not have: `[-；-]{+。 +}` and the JSON op
``["insert", "。 "]`` where B reads "爭議。提議人" (``core.sentences.glue``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare, sentence_at
from newsdiff.tui.layout import build_rows, piece_spans

from .conftest import run_cli, write_pair

# The finding's pairs, their merged paragraph (zh: zh.wikinews.org, 2020 review; ja:
# ANN, 2023-05-11): A's one sentence is B's two.
ZH_A = (
    "5月4日，中文維基百科用戶忒有錢在互助客棧方針區中提議請求禁止使用中立性可能存在爭議的稱呼"
    "「武漢肺炎」，同時又指出目前的問題包括不同地域維基人之間對2019冠狀病毒病及其各種簡稱的命名"
    "存在爭議；提議人在互助客棧發表意見之後在一日內隨即遭到十名以上的維基人反對。\n"
)
ZH_B = (
    "5月6日，中文維基百科用戶忒有錢在互助客棧方針區中提議請求禁止使用中立性可能存在分歧的稱呼"
    "「新冠肺炎」，同時又指出目前的問題包括不同地域維基人之間對2019冠狀病毒病及其各種簡稱的命名"
    "存在爭議。提議人在互助客棧發表意見之後在一日內隨即遭到二十名以上的維基人反對。\n"
)
JA_A = (
    "午前4時16分ごろに発生した地震は、千葉県の外房を震源として、深さは約40キロ、規模を示す"
    "マグニチュードは5.2で、日本列島に沈み込むフィリピン海プレートの内部だったとみられます。\n"
)
JA_B = (
    "午前4時18分ごろに発生した地震は、千葉県の外房を震源として、深さは約40キロでした。規模を示す"
    "マグニチュードは5.2で、日本列島に沈み込むフィリピン海プレートの内部だったとみられます。\n"
)


@pytest.mark.parametrize(
    ("a", "b", "mark"),
    [(ZH_A, ZH_B, "[-；-]{+。+}"), (JA_A, JA_B, "{+でした。+}")],
    ids=["zh", "ja"],
)
def test_plain_and_json_ops_are_the_texts_own_characters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, a: str, b: str, mark: str
) -> None:
    """`diff --format plain` marks "；" -> "。" with no space after it (was `{+。 +}`),
    and every row's JSON ops spell a stretch of each article as it is written."""
    paths = write_pair(tmp_path, a, b)
    plain = run_cli(capsys, "diff", "--format", "plain", *paths)[1]
    assert mark in plain and "。 +}" not in plain
    doc = json.loads(run_cli(capsys, "diff", "--format", "json", *paths)[1])
    (row,) = doc["rows"]
    assert len(row["a"]) == 1 and len(row["b"]) == 2
    assert "".join(t for op, t in row["ops"] if op != "insert") == a.strip()
    assert "".join(t for op, t in row["ops"] if op != "delete") == b.strip()


def test_a_merged_english_row_keeps_its_space(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Near miss: sentences with a space between them (English) are joined by it, as
    before: the ops of a merged row read "... on Monday. It ..."."""
    a = "The minister said prices would rise on Monday, and it was not a surprise to anyone.\n"
    b = "The minister said prices would rise on Monday. It was not a surprise to anyone.\n"
    doc = json.loads(run_cli(capsys, "diff", "--format", "json", *write_pair(tmp_path, a, b))[1])
    (row,) = doc["rows"]
    assert len(row["b"]) == 2
    assert "".join(t for op, t in row["ops"] if op != "delete") == b.strip()
    assert "Monday. It" in "".join(t for op, t in row["ops"] if op != "delete")


def test_the_app_marks_the_same_characters_per_sentence() -> None:
    """The app draws a merged side sentence by sentence from offsets into the joined
    text: B's "。" is marked at the end of its first sentence, and "二十名" in its second,
    as the ops have them; ``sentence_at`` maps the second's offsets to it."""
    cmp = compare(from_text(ZH_A), from_text(ZH_B))
    (model,) = build_rows(cmp)
    first, second = model.b
    marked = [
        [piece.text[s:e] for s, e, mark, _cls in spans if mark == "insert"]
        for piece, spans in zip(model.b, piece_spans(model, "b"), strict=True)
    ]
    assert marked[0][-1] == "。" and "二十名" in marked[1]
    at = cmp.rows[0].side_texts()[1].index("二十名")
    assert sentence_at(cmp.b_sentences, model.row.b, at) == (
        second.sentence,
        cmp.b_sentences[second.sentence].text.index("二十名"),
    )
    assert first.offset == 0 and second.offset == len(cmp.b_sentences[first.sentence].text)
