from __future__ import annotations

import itertools

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsdiff.core.article import from_text
from newsdiff.core.sentences import Sentence
from newsdiff.core.worddiff import diff_words, tokenize
from newsdiff.meaning.classify import row_changes
from newsdiff.meaning.compare import compare
from newsdiff.meaning.options import CompareOptions, loose_key

PAIRS = [
    ("Russian forces left the capital on Monday.", "Russian forces left the capital on Monday."),
    ("The Western official spoke to reporters.", "The western official spoke to reporters."),
    ("The withdrawal was ‘hasty’ and chaotic.", "The withdrawal was “hasty” and chaotic."),
    ("Ukraine — and its allies — welcomed the news.", "Ukraine - and its allies - welcomed the news."),
    ("Moscow, however, denied the reports.", "Moscow however denied the reports."),
    ("Troops regrouped near Kiev after the defence failed.", "Troops regrouped near Kyiv after the defense failed."),
    ("At least 300 people were killed in Borodyanka.", "At least 400 people were killed in Borodyanka."),
    ("The Kharkov Offensive stalled in the spring.", "The Kharkiv offensive stalled in the spring."),
]  # fmt: skip
A = "\n".join(a for a, _b in PAIRS)
B = "\n".join(b for _a, b in PAIRS)

IDENTICAL, CASE, QUOTES, DASHES, PUNCT, SPELLING, REAL, CASE_AND_SPELLING = range(8)


def equal_rows(options: CompareOptions) -> set[int]:
    cmp = compare(from_text(A, "a"), from_text(B, "b"), options)
    assert [(r.a, r.b) for r in cmp.rows] == [((k,), (k,)) for k in range(len(PAIRS))]
    return {k for k, r in enumerate(cmp.rows) if r.kind == "equal"}


@pytest.mark.parametrize(
    ("options", "equal"),
    [
        (CompareOptions(), {IDENTICAL}),
        (CompareOptions(ignore_case=True), {IDENTICAL, CASE}),
        (CompareOptions(ignore_quotes=True), {IDENTICAL, QUOTES, DASHES}),
        # Quotes and dashes are punctuation too; a dash reads as a space.
        (CompareOptions(ignore_punctuation=True), {IDENTICAL, PUNCT, QUOTES, DASHES}),
        (CompareOptions(ignore_spelling=True), {IDENTICAL, SPELLING}),
        (
            CompareOptions(ignore_case=True, ignore_spelling=True),
            {IDENTICAL, CASE, SPELLING, CASE_AND_SPELLING},
        ),
        (CompareOptions(True, True, True, True), set(range(8)) - {REAL}),
    ],
)
def test_ignore_options_turn_exactly_the_intended_rows_equal(
    options: CompareOptions, equal: set[int]
) -> None:
    """Each option makes equal the rows that differ only in what it ignores, no others."""
    assert equal_rows(options) == equal


def test_default_counts_quote_style_as_a_change() -> None:
    """Without --ignore-quotes, a quote-style difference is a change (class variant)."""
    cmp = compare(from_text(PAIRS[QUOTES][0]), from_text(PAIRS[QUOTES][1]))
    (row,) = cmp.rows
    assert row.kind == "changed"
    assert {c.cls for c in row.changes} == {"variant"}
    assert not cmp.identical


def test_whitespace_is_always_folded() -> None:
    """Runs of spaces and non-breaking spaces are never a change."""
    cmp = compare(from_text("Troops  left\u00a0the city."), from_text("Troops left the city."))
    assert cmp.identical and cmp.rows[0].changes == ()


def test_ignored_changes_are_kept_apart() -> None:
    """Ignored differences leave `changes` but stay in `ignored`; ops keep exact text."""
    opts = CompareOptions(ignore_spelling=True)
    (row,) = compare(from_text(PAIRS[SPELLING][0]), from_text(PAIRS[SPELLING][1]), opts).rows
    assert row.kind == "equal" and row.changes == ()
    assert {(c.a, c.b) for c in row.ignored} == {("Kiev", "Kyiv"), ("defence", "defense")}
    assert ("delete", "Kiev") in row.ops and ("insert", "Kyiv") in row.ops


def test_with_options_matches_a_fresh_compare() -> None:
    """Switching options on a comparison gives what comparing afresh with them gives."""
    base = compare(from_text(A), from_text(B))
    for flags in itertools.product([False, True], repeat=4):
        opts = CompareOptions(*flags)
        fresh = compare(from_text(A), from_text(B), opts)
        switched = base.with_options(opts)
        assert [(r.kind, r.changes) for r in switched.rows] == [
            (r.kind, r.changes) for r in fresh.rows
        ]


def test_flags_name_the_options() -> None:
    """CompareOptions.flags() gives the command-line flags that set it."""
    assert CompareOptions(ignore_case=True, ignore_spelling=True).flags() == [
        "--ignore-case",
        "--ignore-spelling",
    ]


WORDS = st.sampled_from(
    ["Troops", "troops", "left", "Kiev", "Kyiv", "the", "defence", "defense", "‘hasty’",
     "“hasty”", '"hasty"', "—", "-", ",", ".", ";", "300", "six", "6", "not", "said",
     "stated", "Colour", "color", "  ", "\u00a0", "U.S.", "US", "-5", "\u22125", "5.5", "55",
     "3%", "3 %", "1,000", "10.00", "minus", "$", "million", "m"]
)  # fmt: skip
SENTENCES = st.lists(WORDS, min_size=1, max_size=12).map(lambda ws: " ".join(ws) + ".")
ARTICLES = st.lists(SENTENCES, min_size=1, max_size=4).map("\n".join)
ALL_OPTIONS = [CompareOptions(*flags) for flags in itertools.product([False, True], repeat=4)]


@settings(max_examples=60, deadline=None)
@given(ARTICLES, ARTICLES)
def test_ops_reassemble_both_sides_under_every_option_combination(a: str, b: str) -> None:
    """Under all 16 option combinations: each row's equal+delete texts are its A side
    as the article writes it (``own_text``), equal+insert its B side; an in-place row is
    equal exactly when it has no change; identical means every row is equal."""
    if not a.strip() or not b.strip():
        return
    base = compare(from_text(a), from_text(b))
    for opts in ALL_OPTIONS:
        cmp = base.with_options(opts)
        for row in cmp.rows:
            assert _spelled(row.ops, "insert") == own_text(a, cmp.a_sentences, row.a)
            assert _spelled(row.ops, "delete") == own_text(b, cmp.b_sentences, row.b)
            if row.a and row.b and row.kind in ("equal", "changed"):
                assert (row.kind == "equal") == (not row.drawn)
            texts = row.side_texts()
            for c in row.ignored:
                assert opts.ignores_in(*texts, (c.a_start, c.a_end, c.b_start, c.b_end))
            for c in row.drawn:
                assert not opts.ignores_in(*texts, (c.a_start, c.a_end, c.b_start, c.b_end))
        assert cmp.identical == all(r.kind == "equal" for r in cmp.rows)


def test_a_space_next_to_punctuation_is_no_change() -> None:
    """'(AP)' -> '(AP )' and 'Chor/SOPA' -> 'Chor / SOPA': no change, row equal, the ops
    still spell both texts."""
    a, b = "A soldier stands in Bucha (Image: AP).", "A soldier stands in Bucha (Image: AP )."
    for x, y in [
        (a, b),
        ("Photo by Laurel Chor/SOPA Images.", "Photo by Laurel Chor / SOPA Images."),
    ]:
        cmp = compare(from_text(x), from_text(y))
        (row,) = cmp.rows
        assert row.kind == "equal" and row.changes == () and row.ignored == ()
        assert cmp.identical
        assert _spelled(row.ops, "insert") == own_text(x, cmp.a_sentences, row.a)
        assert _spelled(row.ops, "delete") == own_text(y, cmp.b_sentences, row.b)


def _spelled(ops: list[tuple[str, str]], other: str) -> str:
    """A side's text as a row's ops spell it: all but the ``other`` side's ops."""
    return "".join(t for op, t in ops if op != other)


def own_text(text: str, sentences: list[Sentence], indices: tuple[int, ...]) -> str:
    """A row's side as the article writes it: its sentences' span of ``text``, what
    stands between two of them (whitespace; a lone mark no sentence holds) as one
    space, nothing where they touch."""
    if not indices:
        return ""
    assert list(indices) == list(range(indices[0], indices[0] + len(indices)))
    parts = [sentences[i].text for i in indices]
    gaps = [text[sentences[i].end : sentences[i + 1].start] for i in indices[:-1]]
    return "".join(p + (" " if g else "") for p, g in zip(parts, [*gaps, ""], strict=True))


#: Chinese and Japanese words (written without spaces) and marks of news copy.
UNSPACED_WORDS = st.sampled_from(
    ["爭議", "分歧", "提議人", "維基人", "反對", "北京", "今天", "事故", "5月", "6日", "，", "、",
     "；", "深さは", "約40キロ", "でした", "規模", "マグニチュード", "「肺炎」", "2019"]
)  # fmt: skip
UNSPACED_SENTENCES = st.lists(UNSPACED_WORDS, min_size=1, max_size=8).map(
    lambda ws: "".join(ws) + "。"
)
#: A paragraph's sentences follow each other with no space, as these languages write them.
UNSPACED_ARTICLES = st.lists(
    st.lists(UNSPACED_SENTENCES, min_size=1, max_size=4).map("".join), min_size=1, max_size=3
).map("\n".join)


@settings(max_examples=80, deadline=None)
@given(UNSPACED_ARTICLES, UNSPACED_ARTICLES)
def test_ops_of_unspaced_text_are_its_own_characters(a: str, b: str) -> None:
    """Review r23d finding 3: a row merging two Chinese or Japanese sentences had a space
    between them the text does not have (`[-；-]{+。 +}` for "爭議。提議人"): the ops of
    every row spell the article's own characters."""
    cmp = compare(from_text(a), from_text(b))
    for row in cmp.rows:
        assert _spelled(row.ops, "insert") == own_text(a, cmp.a_sentences, row.a)
        assert _spelled(row.ops, "delete") == own_text(b, cmp.b_sentences, row.b)


def test_respacing_beside_a_real_change_is_not_a_change() -> None:
    """A mark that moves across a space ('said( he' -> 'said (he') next to a real
    change: only the real change is left."""
    (row,) = compare(
        from_text("The man said( he left Kiev."), from_text("The man said (he left Kyiv.")
    ).rows
    assert [(c.a, c.b, c.cls) for c in row.changes] == [("Kiev", "Kyiv", "variant")]
    opts = CompareOptions(ignore_spelling=True)
    (row,) = compare(
        from_text("The man said( he left Kiev."), from_text("The man said (he left Kyiv."), opts
    ).rows
    assert row.kind == "equal" and row.changes == ()


def test_joined_words_are_not_whitespace() -> None:
    """'apart' -> 'a part' is a change: whitespace that splits a word is no mere spacing."""
    (row,) = compare(
        from_text("They stood apart today."), from_text("They stood a part today.")
    ).rows
    assert row.kind == "changed" and [(c.a, c.b) for c in row.changes] == [("apart", "a part")]


TOKENS = st.sampled_from(["Troops", "left", "Kiev", "(", ")", "AP", "/", "SOPA", ",", ".", "“", "”",
                          "7,000", "15%", "not", "—"])  # fmt: skip
SPACING = st.sampled_from(["", " ", "  ", "\u00a0", " \u00a0 "])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(TOKENS, SPACING, SPACING), min_size=1, max_size=15))
def test_respacing_a_text_is_no_change(parts: list[tuple[str, str, str]]) -> None:
    """The same tokens spaced two ways give no change, under every option combination."""
    tokens = [t for t, _x, _y in parts]
    # Sentences never start with whitespace: the first token opens both texts.
    a = "".join(x + t for t, x, _y in parts).lstrip()
    b = "".join(y + t for t, _x, y in parts).lstrip()
    # Tokens run together may read as other tokens ("left" "AP" -> "leftAP"): not a respacing.
    assume(all([t for t in tokenize(s) if not t.isspace()] == tokens for s in (a, b)))
    assert row_changes(diff_words(a, b, key=loose_key)) == ()
    assert all(opts.ignores(a, b) for opts in ALL_OPTIONS)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Fifteen people died in Kiev.", "15 people died in Kyiv."),
        ("The bill came to $5 million.", "The bill came to $5m."),
        ("Prices rose fifteen per cent.", "Prices rose 15%."),
        ("The talks began on March 3.", "The talks began on the 3rd of March."),
    ],
)
def test_ignore_spelling_folds_numbers_written_another_way(a: str, b: str) -> None:
    """--ignore-spelling ignores a number written another way with the same value, as it
    ignores Kiev/Kyiv; by default the difference is a variant."""
    (row,) = compare(from_text(a), from_text(b)).rows
    assert row.kind == "changed" and {c.cls for c in row.changes} == {"variant"}
    (row,) = compare(from_text(a), from_text(b), CompareOptions(ignore_spelling=True)).rows
    assert row.kind == "equal" and row.changes == () and row.ignored


@pytest.mark.parametrize(
    ("a", "b"),
    [("He came second.", "He came 2nd."), ("They bought a dozen.", "They bought 12."),
     ("It cost 40 pounds.", "It cost \u00a340."), ("It is minus 4.", "It is \u22124."),
     ("It covers 10 kilometres.", "It covers 10 km."), ("It ended last week.", "It ended past week.")],
)  # fmt: skip
def test_ignore_spelling_folds_ordinals_signs_and_units(a: str, b: str) -> None:
    """--ignore-spelling folds an ordinal, a sign, a unit or money written another
    way ("second"/"2nd", "minus 4"/"−4", "40 pounds"/"£40"), as it folds "fifteen"/"15"."""
    (row,) = compare(from_text(a), from_text(b), CompareOptions(ignore_spelling=True)).rows
    assert row.kind == "equal" and row.ignored


def test_ignore_spelling_keeps_other_values() -> None:
    """Another value still counts under --ignore-spelling: 'fifteen' -> '16', '$5m' -> '£5m'."""
    opts = CompareOptions(ignore_spelling=True)
    for a, b in [("Fifteen people died.", "16 people died."), ("It cost $5m.", "It cost £5m."),
                 ("He came second.", "He came two."), ("It is 10 km.", "It is 10 miles.")]:  # fmt: skip
        (row,) = compare(from_text(a), from_text(b), opts).rows
        assert row.kind == "changed" and {c.cls for c in row.changes} == {"number"}


# --- numbers under the ignore options ------------------------------------------------

_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen").split()  # fmt: skip


def _write(cents: int, unit: str, style: tuple[int, int, int, int]) -> str:
    """A value (in hundredths, signed) with a unit ("n", "%" or "$") written one of
    many ways: sign as "-", "−" or "minus", thousands separators or none, decimals
    kept to two places or cut, percent as "%", " percent" or " per cent", words for
    small whole numbers."""
    sign_style, group, decimals, unit_style = style
    sign = ("-", "\u2212", "minus ")[sign_style % 3] if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    if frac == 0 and whole < 20 and group == 2 and unit == "n":
        figure = _SMALL[whole]
    else:
        figure = f"{whole:,}" if group == 1 else str(whole)
        if frac or decimals == 1:
            figure += f".{frac:02d}".rstrip("0") if decimals == 0 and frac else f".{frac:02d}"
    if unit == "%":
        return sign + figure + ("%", " percent", " per cent")[unit_style % 3]
    if unit == "$":
        return sign + ("$", "US$")[unit_style % 2] + figure
    return sign + figure


VALUES = st.integers(-999_999_99, 999_999_99)
UNITS = st.sampled_from(["n", "%", "$"])
STYLES = st.tuples(*(st.integers(0, 2) for _ in range(4)))


def _row(a: str, b: str, opts: CompareOptions) -> tuple[str, set[str]]:
    (row,) = compare(from_text(a), from_text(b), opts).rows
    return row.kind, row.classes()


@settings(max_examples=120, deadline=None)
@given(VALUES, UNITS, STYLES, STYLES, st.sampled_from(["shift", "sign", "plus", "unit"]))
def test_no_ignore_option_hides_a_change_of_value(
    cents: int,
    unit: str,
    style_a: tuple[int, int, int, int],
    style_b: tuple[int, int, int, int],
    how: str,
) -> None:
    """Law: two numbers of different value (a decimal point moved, a sign lost, another
    figure, another unit), each written any way, give a `number` change under all 16
    combinations of the ignore options: punctuation inside or in front of a number is
    part of its value."""
    other, other_unit = cents, unit
    if how == "shift":
        other = cents * 10 if abs(cents) < 10_000_000 else cents // 10
    elif how == "sign":
        other = -cents
    elif how == "plus":
        other = cents + 1
    else:
        other_unit = {"n": "%", "%": "$", "$": "n"}[unit]
    assume((other, other_unit) != (cents, unit))
    a = f"Officials said it was {_write(cents, unit, style_a)} last year."
    b = f"Officials said it was {_write(other, other_unit, style_b)} last year."
    for opts in ALL_OPTIONS:
        kind, classes = _row(a, b, opts)
        assert kind == "changed" and "number" in classes, (a, b, opts.flags(), classes)


@settings(max_examples=120, deadline=None)
@given(VALUES, UNITS, STYLES, STYLES)
def test_the_same_value_written_two_ways_is_a_variant(
    cents: int, unit: str, style_a: tuple[int, int, int, int], style_b: tuple[int, int, int, int]
) -> None:
    """Law: one value written two ways ("-5.50%" and "minus 5.5 per cent", "$1,000"
    and "US$1000") is never a number change, and --ignore-spelling folds it."""
    a = f"Officials said it was {_write(cents, unit, style_a)} last year."
    b = f"Officials said it was {_write(cents, unit, style_b)} last year."
    kind, classes = _row(a, b, CompareOptions())
    assert classes <= {"variant"}, (a, b, classes)
    assert _row(a, b, CompareOptions(ignore_spelling=True))[0] == "equal", (a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Growth slowed to 5.5 percent.", "Growth slowed to 55 percent."),
        ("The bill was 1,234 dollars.", "The bill was 12.34 dollars."),
        ("The city has 3.2 million people.", "The city has 32 million people."),
        ("The load was 1,000 kg.", "The load was 10.00 kg."),
        ("Output fell 3% in May.", "Output fell -3% in May."),
        ("It was -5C at dawn.", "It was 5C at dawn."),
        ("It was \u22125C at dawn.", "It was 5C at dawn."),
        ("It was minus five degrees.", "It was five degrees."),
        ("Losses were (−2.5%) overall.", "Losses were (2.5%) overall."),
    ],
)
def test_value_marks_survive_every_option(a: str, b: str) -> None:
    """The audit's pairs: a decimal point, a thousands separator or a minus sign that
    changes the value is a `number` change under every option combination (before,
    --ignore-punctuation folded them away and the rows were equal)."""
    for opts in ALL_OPTIONS:
        kind, classes = _row(a, b, opts)
        assert kind == "changed" and "number" in classes, opts.flags()


@pytest.mark.parametrize(
    ("a", "b"),
    [("Inflation hit 3% in June.", "Inflation hit 3 % in June."),
     ("Inflation hit 3.5% in June.", "Inflation hit 3.5 %  in June.")],
)  # fmt: skip
def test_a_space_before_a_percent_sign_is_no_change(a: str, b: str) -> None:
    """'3%' -> '3 %' is whitespace only: no change, the row is equal."""
    cmp = compare(from_text(a), from_text(b))
    assert cmp.identical and cmp.rows[0].changes == ()
