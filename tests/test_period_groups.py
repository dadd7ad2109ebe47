"""A figure grouped by one period ("1.200") in a language that groups thousands so is
1200: "1.200" -> "1200" or "1 200" is a variant there, not a number change (review
r18a finding 6, left by feda7ef; figures.periods_read)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare

from .conftest import run_cli

# r18a's num_de_a / num_de_b / num_de_c.
DE = "Das Feuer zerstörte mehr als {} Tonnen Waren, sagte ein Sprecher der Feuerwehr."


def _classes(a: str, b: str, lang: str | None = None) -> list[str]:
    cmp = compare(from_text(a, "a"), from_text(b, "b"), lang=lang)
    return [c.cls for row in cmp.rows for c in row.changes]


@pytest.mark.parametrize("other", ["1200", "1 200", "1\u00a0200"])
def test_german_regrouped_thousands_are_a_variant(other: str) -> None:
    assert _classes(DE.format("1.200"), DE.format(other)) == ["variant"]


@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        (DE.format("1.200"), DE.format("1.500"), None),  # another value
        (DE.format("1,2"), DE.format("12"), None),  # a decimal comma
        (DE.format("1.2"), DE.format("12"), None),  # one or two digits after: no group
        ("国家统计局说价格上涨了1.200个点。", "国家统计局说价格上涨了1200个点。", None),
        (DE.format("1.200"), DE.format("1200"), "ru"),  # Russian groups by spaces
    ],
)
def test_other_readings_stay_number(a: str, b: str, lang: str | None) -> None:
    assert _classes(a, b, lang) == ["number"]


def test_fail_on_number_passes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text(DE.format("1.200") + "\n", "utf-8")
    pb.write_text(DE.format("1200") + "\n", "utf-8")
    code, out, _err = run_cli(
        capsys, "diff", "--format", "plain", "--fail-on", "number", str(pa), str(pb)
    )
    assert code == 0 and "{variant}" in out


# Review r19b finding 2: each side read by its own convention made any mix "the same".
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("1.200", "1,200"),  # "1.200 Millionen" -> "1,200 Millionen": 1200 -> 1.2
        ("1.200", "1,2"),
        ("1,200", "1200"),  # 1.2 -> 1200
        ("1.250", "1,25"),
        ("1.200", "1.200,5"),
    ],
)
def test_both_sides_read_by_the_period_convention(a: str, b: str) -> None:
    assert _classes(DE.format(a), DE.format(b)) == ["number"]


@pytest.mark.parametrize(("a", "b"), [("1.200", "1 200,0"), ("1,5", "1.5"), ("1.200", "1200")])
def test_the_same_value_in_the_period_convention_is_a_variant(a: str, b: str) -> None:
    """Near miss: regrouped, or a decimal comma written as a point, is the same value."""
    assert _classes(DE.format(a), DE.format(b)) == ["variant"]
