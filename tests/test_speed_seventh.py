"""The seventh speed round's shortcuts (docs/performance.md, "The diff, seventh round:
the 1 MB pair's classes and rows"), each held to what it replaces on generated text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.meaning import options

#: Words, marks, percent signs, whitespace of every kind, and characters the plain
#: tokenizer leaves to ``regex`` (a combining mark, Thai, an Arabic sign that joins
#: the space after it into one grapheme).
_SPACY = [
    *"ab 3% \t\n\u00a0\u2009\u3000.,-’'\"",
    "x y",
    "7,000",
    "\u0301",
    "ก่",
    "\u0600",
    "\u0600 ",
    "\x1c",
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_SPACY), max_size=10).map("".join),
    st.lists(st.sampled_from(_SPACY), max_size=10).map("".join),
)
def test_same_tokens_agrees_with_the_tokens(a: str, b: str) -> None:
    """``same_tokens`` answers "no" without tokenizing when the texts differ once all
    whitespace is out; it answers as comparing the tokens would."""
    assert options.same_tokens(a, b) == (a == b or options._solid(a) == options._solid(b))
    # The same text respaced: the shortcut never decides those.
    respaced = " ".join(a.split())
    assert options.same_tokens(a, respaced) == (
        a == respaced or options._solid(a) == options._solid(respaced)
    )


_SPELLY = [
    *"a b - ’ ' \u0130 \u017f".split(),
    " ",
    *"Kiev KIEV kiev colour Colour COLOURS centre amongst e-mail E-mail per-cent".split(),
    *"philtre okay Okay learnt x1 7,000 Kyiv color".split(),
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SPELLY), max_size=10).map("".join))
def test_canonical_text_is_the_substitution_it_skips(text: str) -> None:
    """``canonical_text`` returns a text with no respelled word as it is: what the
    substitution of every word by its canonical spelling gives."""
    from newsdiff.meaning import variants

    want = variants._WORD.sub(lambda m: variants.canonical(m.group()), text)
    assert variants.canonical_text(text) == want


def test_respelled_words_are_those_with_another_spelling() -> None:
    from newsdiff.core import spelling

    words = {*spelling.TRANSLITERATIONS, *spelling.DOUBLETS, *spelling._british_to_american()}
    assert spelling.respelled() == {w for w in words if spelling.canonical_lower(w) != w}
    assert "kiev" in spelling.respelled() and "kyiv" not in spelling.respelled()


_QUOTY = [*"ab .!?,’'\"“”`\t", "’s", "' t", ".’", "''", " ", "x.'  "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_QUOTY), max_size=12).map("".join))
def test_a_text_without_marks_has_no_quotation(text: str) -> None:
    """``quotations`` answers at once for a text with no quotation mark: its one
    quotation without a pair of marks, a closing mark after the last stop, is a mark."""
    from newsdiff.meaning.cues import quotes

    if not quotes.quote_marks(text):
        assert quotes._TRAILING_CLOSER.search(text) is None
        assert quotes.quotations(text) == []
        assert quotes.quotations(text, min_words=1) == []


_SPANNY = [*"a an An A the decade Decade century hour hours half x".split(), "an hour", "a\tdecade"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SPANNY), max_size=6).map(" ".join))
def test_one_span_is_searched_wherever_it_can_match(text: str) -> None:
    from newsdiff.meaning.cues import durations

    if durations.ONE_SPAN.search(text):
        assert durations.may_span_one(text)


_FINDY = [
    *"study Survey polls research data figures report analysis review census audit".split(),
    *"inquiry the new of a x found finds showed shows concluded revealed placed puts".split(),
    *"put Putin ſhows FOUND fİnds stİdy ſtudy Data".split(),
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FINDY), max_size=8).map(" ".join))
def test_a_finding_is_scanned_for_wherever_it_can_match(text: str) -> None:
    """The findings pattern runs only where ``may_hold`` finds a noun and a verb of it:
    never where it would have matched ("A study fİnds": ``re`` folds İ to i)."""
    from newsdiff.meaning.cues import base, findings

    if findings.FINDINGS.search(text):
        assert base.may_hold(text, findings.FINDING_VERBS)
        assert base.may_hold(text, findings.FINDING_NOUNS)


def test_a_finding_with_a_dotted_capital_i_is_found() -> None:
    """ "A study fİnds that": ``re`` under IGNORECASE reads İ as i, and the finding is
    a cue; the verb test by ``casefold`` ("fi̇nds") skipped it."""
    from newsdiff.meaning.cues.attribution import attribution_cues

    assert [c.text for c in attribution_cues("A study fİnds that the fence is old.")] == [
        "study fİnds"
    ]


_FIGURY = [
    *"5 12 0.1 0.10 7,000 1.234 3% -3 − – minus five Five 5m $5 million m ½ ² ① ５ ٣".split(),
    *"March 3 3rd of a thousand ‘ ’ “ \" -- '' Kiev x . , : %".split(),
    *"Tuesday last week thousands doubled a decade half an hour 10 km 40 pounds".split(),
    *"second 2nd 1,234.5 £40 US$ 5bn per cent twenty-five May 2012 hundreds of".split(),
    " ",
    "\u00a0",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_FIGURY), max_size=8).map("".join))
def test_every_fold_keeps_the_digits(text: str) -> None:
    """Every fold keeps a text's digits (``fold_digits``), as written or, when it
    ignores spelling, as its numbers are written one way: what lets ``any_ignores``
    skip the folds of two texts whose digits differ."""
    for o in options.EVERY:
        spelled = options.fold_digits(text, spelling=o.ignore_spelling)
        assert options.fold_digits(o.fold(text)) == spelled


def test_no_respelled_word_holds_a_digit() -> None:
    """``fold_digits`` counts on spellings never adding or dropping a digit."""
    from newsdiff.core.spelling import canonical_lower, respelled

    assert not any(ch.isdigit() for w in respelled() for ch in w + canonical_lower(w))


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_FIGURY), max_size=6).map("".join),
    st.lists(st.sampled_from(_FIGURY), max_size=6).map("".join),
)
def test_any_ignores_is_any_option_ignoring(a: str, b: str) -> None:
    assert options.any_ignores(a, b) == any(o.ignores(a, b) for o in options.EVERY)


_NEGATORY = [*"not n't no never could be rise said x Police".split(), "didn’t", "no one"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_NEGATORY), max_size=8).map(" ".join),
    st.lists(st.sampled_from(_NEGATORY), max_size=8).map(" ".join),
)
def test_changed_negations_are_those_the_counts_tell(a: str, b: str) -> None:
    """A side with no negation, or facing a side with none, answers without the words
    around each: what counting each negation's words on both sides gives."""
    from collections import Counter

    from newsdiff.meaning import sides

    sa, sb = sides.Side(a), sides.Side(b)
    sa.pair(sb)
    for me, other in ((sa, sb), (sb, sa)):
        mine = [sides._negation_key(me.text, c) for c in me.negations]
        theirs = Counter(sides._negation_key(other.text, c) for c in other.negations)
        have = Counter(mine)
        want = [c for c, k in zip(me.negations, mine, strict=True) if have[k] != theirs[k]]
        assert me.changed_negations == want
        assert me.cue_texts(me.negations, 0, len(me.text)) == sorted(
            sides._cue_key(c) for c in me.negations
        )


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "b", "c", "d", "the", ","]), max_size=6),
    st.lists(st.sampled_from(["a", "b", "e", "f", "the", "."]), max_size=6),
)
def test_opcodes_are_the_matchers(ka: list[str], kb: list[str]) -> None:
    """A stretch's opcodes without a matcher where no key is shared: the matcher's."""
    import difflib

    from newsdiff.meaning.spans import opcodes

    want = difflib.SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()
    assert opcodes(ka, kb) == want
