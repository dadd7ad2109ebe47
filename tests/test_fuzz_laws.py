"""Laws drawn over the words newsdiff meets in the news and the narrow strategies of
the other property tests did not draw (make fuzz, stop 19): short sentences of stop
words alone, dates and abbreviations with their periods, quotes, figures with units
and currencies, other scripts, line breaks."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare

#: Sentences as news writes them, among them some of stop words alone ("It was not.",
#: "Why?"), which have no content word to pair by.
SENTENCES = st.sampled_from(
    ["Inflation rose 3% in May.", "It was not.", "Why?", "But it was.", "No.",
     "Mr. Smith said on Jan. 3 that prices rose.", "“We will not leave,” he said.",
     "The U.S. economy grew 2.5% to $5.2bn.", "« Non ! », a-t-il dit.",
     "北京今天发生交通事故。", "मुंबई भारत का सबसे बड़ा शहर है।", "قال الرئيس إن الاقتصاد نما.",
     "Москва — столица России.", "Temperatures hit 40°C at 9:30 a.m. on Monday.",
     "He is.", "Is it?", "It is what it is.", "—", "***", "And so on."]
)  # fmt: skip
_JOINS = st.sampled_from([" ", "\n\n", "\n"])


@st.composite
def articles(draw: st.DrawFn) -> str:
    sentences = draw(st.lists(SENTENCES, min_size=1, max_size=10))
    out = sentences[0]
    for s in sentences[1:]:
        out += draw(_JOINS) + s
    return out


@settings(max_examples=150, deadline=None)
@given(articles())
# Found by hypothesis (make fuzz): a sentence of stop words alone had no content word
# to pair by, so kept unchanged at a text's start or end it was removed and added.
@example("Inflation! « the.")
@example("Why? Inflation rose sharply.")
@example("Inflation rose sharply. It was. It was not. Prices fell.")
def test_a_text_against_itself_is_every_row_equal(text: str) -> None:
    """A text compared with itself: every sentence in a row of its own, equal."""
    cmp = compare(from_text(text, "a"), from_text(text, "b"))
    assert [(row.kind, row.a) for row in cmp.rows] == [
        ("equal", (k,)) for k in range(len(cmp.rows))
    ]
    assert all(row.a == row.b for row in cmp.rows)
