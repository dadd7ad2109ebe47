"""r18a finding 6: thousands grouped by a space (a no-break, narrow or thin one too), or
by periods where nothing else can be meant ("2.500.000", "1.500,5"), are one figure:
regrouping it is a ``variant`` that --ignore-spelling drops, and a changed figure is
one ``number`` change between its whole values (``core.figures``)."""

from __future__ import annotations

import pytest

from newsdiff.core.article import from_text
from newsdiff.core.worddiff import tokenize
from newsdiff.meaning.compare import compare
from newsdiff.meaning.cues.numbers import number_values
from newsdiff.meaning.options import CompareOptions

RU = "Пожар уничтожил более {} тонн продукции, сообщил представитель МЧС."
DE = "Das Feuer zerstörte mehr als {} Tonnen Waren, sagte ein Sprecher der Feuerwehr."
FR = "La mesure concernera environ {} salariés, selon le ministre."
EN = "The fire destroyed more than {} tonnes of goods, an official said."


def _changes(a: str, b: str, options: CompareOptions | None = None) -> list[tuple[str, str, str]]:
    cmp = compare(from_text(a, "a"), from_text(b, "b"), options)
    return [(c.a, c.b, c.cls) for row in cmp.rows for c in row.changes]


@pytest.mark.parametrize(
    ("template", "x", "y"),
    [
        (RU, "1 200", "1200"),
        (RU, "1\u00a0200", "1200"),
        (RU, "1\u202f200", "1200"),
        (DE, "2.500.000", "2 500 000"),
        (DE, "1.500,5", "1500,5"),
        (FR, "2 500 000", "2500000"),
        (FR, "2\u202f500\u202f000", "2500000"),
        (EN, "1,200", "1200"),
    ],
)
def test_a_figure_grouped_otherwise_is_a_variant(template: str, x: str, y: str) -> None:
    """Was a `number` change even under --ignore-spelling (and --fail-on number failed)
    but for English's "1,200" -> "1200"."""
    a, b = template.format(x), template.format(y)
    ((ca, cb, cls),) = _changes(a, b)
    assert cls == "variant" and x in ca and y in cb
    assert _changes(a, b, CompareOptions(ignore_spelling=True)) == []


def test_spaces_of_another_kind_in_a_figure_are_no_change() -> None:
    """ "1 200" against "1\u00a0200": whitespace, which never counts."""
    cmp = compare(from_text(RU.format("1 200"), "a"), from_text(RU.format("1\u00a0200"), "b"))
    assert [row.kind for row in cmp.rows] == ["equal"]
    assert cmp.reuse_measures["a"]["runs"] == 1.0


@pytest.mark.parametrize(
    ("template", "x", "y"),
    [
        (RU, "1 200", "1 500"),  # was "200" -> "500"
        (DE, "3 000", "2 500"),  # was "3" -> "2" and "000" -> "500", two changes
        (FR, "2 500 000", "3 500 000"),  # was "2" -> "3"
        (DE, "1.500,5", "1.800,5"),
    ],
)
def test_a_changed_grouped_figure_is_one_number_change(template: str, x: str, y: str) -> None:
    assert _changes(template.format(x), template.format(y)) == [(x, y, "number")]


def test_only_groups_of_three_after_a_short_head_join() -> None:
    """Near misses: figures side by side stay apart."""
    assert [t for t in tokenize("in 2020 1 200 people") if not t.isspace()] == [
        "in",
        "2020",
        "1 200",
        "people",
    ]
    assert number_values("in 2020 1 200 people") == [("n", 1200.0), ("n", 2020.0)]
    assert number_values("they counted 5 1000 times") == [("n", 5.0), ("n", 1000.0)]
    assert number_values("the list 3, 000 and 12 34") == [
        ("n", 0.0),
        ("n", 3.0),
        ("n", 12.0),
        ("n", 34.0),
    ]


def test_a_single_period_group_is_a_decimal_point() -> None:
    """Near miss: English writes a decimal point ("1.125%"); only two period groups or
    a decimal comma after them group thousands. (German "1.200" -> "1200" stays a
    ``number``: the figures are read without the text's language, left.)"""
    assert number_values("rates rose to 1.125% on Tuesday") == [("%", 1.125), ("weekday", 2.0)]
    ((_a, _b, cls),) = _changes(EN.format("1.200"), EN.format("1200"))
    assert cls == "number"
    assert number_values("2.500.000 and 1.500,5") == [("n", 1500.5), ("n", 2500000.0)]
