"""Full-width and half-width punctuation ("，" "！" "（" "）", "。" and "．" for ".")
against ASCII: one text for aligning and matching words, and a change of width alone a
``variant`` change, as one of quote style is, ignored only under ``--ignore-punctuation``
(reviewer r16b: "，" against "," was an equal row whose ops still marked it, "。"
against "." a rewording)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.core.article import from_text, normalize
from newsdiff.meaning.compare import compare
from newsdiff.meaning.options import DEFAULT, CompareOptions
from newsdiff.meaning.spans import tone

from .conftest import run_cli

ZH_ASCII = "北京市今天发生交通事故,造成8人受伤."
ZH_COMMA = "北京市今天发生交通事故,造成8人受伤。"
ZH_WIDE = "北京市今天发生交通事故，造成8人受伤。"
EN = "Prices rose, he said (again): more; why?"
EN_WIDE = "Prices rose， he said （again）： more； why？"


@pytest.mark.parametrize(
    ("a", "b"), [(",", "，"), ("!", "！"), ("(x)", "（x）"), (".", "。"), (".", "．")]
)
def test_a_change_of_width_counts_but_under_ignore_punctuation(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)  # one text for aligning and matching words
    assert not DEFAULT.ignores(a, b)
    assert not CompareOptions(ignore_case=True, ignore_spelling=True).ignores(a, b)
    assert CompareOptions(ignore_punctuation=True).ignores(a, b)


def test_ignore_quotes_folds_full_width_quotes_and_hyphen() -> None:
    assert CompareOptions(ignore_quotes=True).ignores('"x" - y', "＂x＂ － y")
    assert not CompareOptions(ignore_quotes=True).ignores("x, y", "x， y")


def test_full_width_question_and_exclamation_marks_keep_the_tone() -> None:
    assert tone("why？ no！") == tone("why? no!") == ["!", "?"]


@pytest.mark.parametrize(
    ("a", "b", "n"), [(ZH_COMMA, ZH_WIDE, 1), (ZH_ASCII, ZH_WIDE, 2), (EN, EN_WIDE, 6)]
)
def test_a_change_of_width_is_a_variant_and_ignore_punctuation_drops_it(
    a: str, b: str, n: int
) -> None:
    cmp = compare(from_text(a, "a"), from_text(b, "b"))
    (row,) = cmp.rows
    assert row.kind == "changed"
    assert [c.cls for c in row.changes] == ["variant"] * n
    assert sum(op != "equal" for op, _t in row.shown_ops()) == 2 * n
    ignored = compare(from_text(a, "a"), from_text(b, "b"), CompareOptions(ignore_punctuation=True))
    assert [r.kind for r in ignored.rows] == ["equal"]
    assert not ignored.rows[0].changes


def test_cli_plain_json_and_report_mark_the_variants(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ZH_ASCII + "\n", encoding="utf-8")
    b.write_text(ZH_WIDE + "\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "diff", "--format", "plain", str(a), str(b))
    assert code == 1
    assert out == "~ 北京市今天发生交通事故[-,-]{+，+}{variant}造成8人受伤[-.-]{+。+}{variant}\n"
    code, out, _ = run_cli(capsys, "diff", "--format", "json", str(a), str(b))
    (row,) = json.loads(out)["rows"]
    assert row["kind"] == "changed"
    assert [c["class"] for c in row["changes"]] == ["variant", "variant"]
    code, out, _ = run_cli(capsys, "report", str(a), str(b))
    assert 'variant         2   "," -> "，"; "." -> "。"' in out
    code, out, _ = run_cli(
        capsys, "diff", "--format", "plain", "--ignore-punctuation", str(a), str(b)
    )
    assert code == 0 and out == f"  {ZH_ASCII}\n"
