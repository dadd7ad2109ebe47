"""scan counts words as a reader does: a Chinese article's words, not its characters,
and its longest shared passage as written, not spaced character by character (review
r18a finding 11)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.corpus import shingles
from newsdiff.corpus.shingles import passage, words

from .conftest import run_cli

# r18a's p/zh_a and p/zh_b (the reprint: a figure, a word, a sentence moved).
ZH_A = (
    "新华社北京12月4日电。国家统计局周四公布，11月份全国居民消费价格同比上涨2.1%。其中，"
    "食品价格上涨3.5%，非食品价格上涨1.8%。分析人士认为，物价温和上涨反映了国内需求的逐步"
    "恢复。国家统计局发言人表示：“我们将继续密切关注价格走势。”预计明年物价将保持稳定。"
    "工业生产者出厂价格同比下降1.2%。"
)
ZH_B = (
    "新华社北京12月4日电。国家统计局周四公布，11月份全国居民消费价格同比上涨2.3%。工业生产"
    "者出厂价格同比下降1.2%。其中，食品价格上涨3.5%，非食品价格上涨1.8%。分析人士指出，物价"
    "温和上涨反映了国内需求的逐渐恢复。国家统计局发言人表示：“我们将继续密切关注价格走势。”"
    "预计明年物价不会保持稳定。专家建议加大消费刺激力度。"
)
EN = "Police said five people were killed in the attack on Monday in the capital."


def test_chinese_words_are_words() -> None:
    """124 characters-as-words before; ICU's words now (新华社 北京 12 月 4 日 电 ...)."""
    chars = len(words(ZH_A))
    assert chars == 124
    assert 60 < shingles.word_total(ZH_A, chars) < 90


def test_english_count_is_its_tokens() -> None:
    """Near miss: spaced text keeps the count it had."""
    assert shingles.word_total(EN, len(words(EN))) == len(words(EN)) == 14


def test_passage_reads_as_written() -> None:
    """Was "新 华 社 北 京 12 月 4 日 电 国 家 ..." (no match of words joined by spaces)."""
    text = passage(ZH_A, 0, 10)
    assert text == "新华社北京12月4日电"


def test_scan_shows_words(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "zh_a.txt").write_text(ZH_A + "\n", "utf-8")
    (tmp_path / "zh_b.txt").write_text(ZH_B + "\n", "utf-8")
    _code, out, _err = run_cli(capsys, "scan", "--format", "jsonl", str(tmp_path))
    (pair,) = [json.loads(line) for line in out.splitlines()]
    assert pair["a"]["words"] < 100 and pair["b"]["words"] < 100
    assert " " not in pair["longest"]["text"] and pair["longest"]["words"] < 30
