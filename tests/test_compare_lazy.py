from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare
from newsdiff.meaning.options import CompareOptions

from .conftest import SEED_A, SEED_B

WORDS = st.sampled_from(
    ["Kyiv", "Kiev", "kyiv", "the", "The", "‘hasty’", "'hasty'", '"hasty"', "defence",
     "defense", "said", "stated", "300", "three", "U.S.", "US", "not", "-", "—", ",", "."]
)  # fmt: skip
SENTENCE = st.lists(WORDS, min_size=1, max_size=10).map(lambda ws: "Troops " + " ".join(ws) + ".")
OPTIONS = st.builds(CompareOptions, st.booleans(), st.booleans(), st.booleans(), st.booleans())


@settings(max_examples=200, deadline=None)
@given(SENTENCE, SENTENCE, OPTIONS)
def test_kind_agrees_with_classified_changes(a, b, options):
    """The quick kind check and the classified changes never disagree (a weak link's
    changes are drawn, in no class: ``drawn``, not ``changes``)."""
    cmp = compare(from_text(a, "a"), from_text(b, "b"), options)
    for row in cmp.rows:
        if row.a and row.b and row.kind in ("equal", "changed"):
            assert (row.kind == "equal") == (not row.drawn), (row.ops, row.drawn)
        assert row.changes == (row.drawn if row.sure else ())


def test_kind_agrees_on_seeds_under_every_option():
    """Same law on the seed pair, for each option alone and all together."""
    a = from_text(SEED_A.read_text("utf-8"), "a")
    b = from_text(SEED_B.read_text("utf-8"), "b")
    base = compare(a, b)
    for opts in [CompareOptions()] + [
        CompareOptions(**{k: True}) for k in ("ignore_case", "ignore_punctuation",
                                               "ignore_quotes", "ignore_spelling")
    ] + [CompareOptions(True, True, True, True)]:  # fmt: skip
        for row in base.with_options(opts).rows:
            if row.a and row.b and row.kind in ("equal", "changed"):
                assert (row.kind == "equal") == (not row.drawn)
