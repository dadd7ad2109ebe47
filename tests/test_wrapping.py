"""Hard-wrapped text: a wrapped paragraph is one paragraph, decided per run of lines
(issue 11, item 5; outside review r13)."""

from __future__ import annotations

import re
import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core.paragraphs import paragraphs
from newsdiff.core.sentences import split_sentences

from .conftest import SEEDS

COUNCIL = (
    "The council voted on Tuesday to close three libraries in the east of the city, "
    "saying the savings of about 2 million pounds a year were needed to balance the "
    "budget. Opponents said the decision would hurt children most, and a petition "
    "signed by 4,000 residents was handed to the mayor's office on Wednesday morning."
)


def _texts(text: str) -> list[str]:
    return [" ".join(s.text.split()) for s in split_sentences(text)]


def test_one_paragraph_a_line_keeps_headline_byline_and_unstopped_line_apart() -> None:
    """Review r13 (i5_lines.txt): news saved one paragraph a line, lines under 100
    characters: the headline is not glued to the byline, nor a line without its final
    full stop to the next sentence."""
    lines = [
        "Flood warnings issued across three counties as river levels keep rising",
        "By Jane Smith, Environment Correspondent",
        "Flood warnings were issued across three counties on Sunday as river levels rose.",
        "The Environment Agency said more rain was expected overnight in the north-west.",
        "About 300 homes were evacuated in Cumbria, according to the county council",
        "Residents were told to move valuables upstairs and to avoid driving through water.",
    ]
    assert _texts("\n".join(lines) + "\n") == lines


def test_a_long_url_line_leaves_the_wrapped_paragraph_above_it_wrapped() -> None:
    """Review r13 (i5_url.txt): a line of one URL over 100 characters no longer turns
    wrapping off for the whole file (the paragraph split at every line break)."""
    url = "https://www.example-council.gov.uk/news/2024/03/libraries-consultation-outcome-statement.html"
    text = textwrap.fill(COUNCIL, 72) + "\n\nFull statement: " + url + "\n"
    assert _texts(text) == [*_texts(COUNCIL), "Full statement: " + url]
    # The same URL inside the wrapped block: it overflows the width, nothing more.
    longer = COUNCIL + " See " + url.replace(".html", "-with-annexes.html") + " for more."
    inside = textwrap.fill(longer, 72, break_on_hyphens=False, break_long_words=False)
    assert any(len(line) > 100 for line in inside.splitlines())
    assert _texts(inside) == _texts(longer)


def test_each_block_is_wrapped_at_its_own_width() -> None:
    """Review r13 (i5_wrap72.txt): a paragraph wrapped at 40 columns in a file that also
    holds 72-column text is one paragraph, not one sentence a line."""
    text = "\n\n".join(textwrap.fill(COUNCIL, w) for w in (72, 60, 40))
    assert _texts(text) == _texts(COUNCIL) * 3
    assert len(paragraphs(text)) == 3


def test_bullets_and_indented_lines_still_open_a_paragraph() -> None:
    """In wrapped text a bullet after a full line, or an indented line, starts a new
    paragraph; a '9.' or '-' that textwrap put at a line's start mid-sentence does not."""
    text = (
        "The council voted on Tuesday to close three libraries in the east of the\n"
        "city. The vote was held on Monday in the town hall.\n"
        "- First bullet of a short list\n"
        "- Second bullet\n"
        "    An indented line starts a new paragraph here.\n"
    )
    assert _texts(text) == [
        "The council voted on Tuesday to close three libraries in the east of the city.",
        "The vote was held on Monday in the town hall.",
        "- First bullet of a short list",
        "- Second bullet",
        "An indented line starts a new paragraph here.",
    ]
    run_on = "USI's exhibit is to run from January 23 through March\n9. The gallery opens at ten."
    assert _texts(run_on) == [
        "USI's exhibit is to run from January 23 through March 9.",
        "The gallery opens at ten.",
    ]


def _prose() -> list[str]:
    """Paragraphs of the seeds that end a sentence (a headline wrapped over two lines
    with no final stop reads like a headline over a byline, by design)."""
    out = []
    for path in sorted(SEEDS.iterdir()):
        for line in path.read_text(encoding="utf-8").splitlines():
            para = " ".join(line.split())
            if len(para) > 40 and para.rstrip("\"'”’)").endswith((".", "!", "?")):
                out.append(para)
    return out


PROSE = _prose()


def _same(text: str) -> list[str]:
    """Sentences with whitespace collapsed and a compound wrapped at its hyphen mended."""
    return [re.sub(r"(?<=\S)-\s+", "-", s) for s in _texts(text)]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(PROSE), min_size=1, max_size=3),
    st.integers(min_value=40, max_value=100),
    st.booleans(),
)
def test_wrapping_at_any_width_keeps_the_sentences(
    paras: list[str], width: int, hyphens: bool
) -> None:
    """The law of item 5: prose filled by textwrap at any width of 40 columns or more
    (paragraphs apart by a blank line) has the sentences of the unwrapped text."""
    filled = "\n\n".join(textwrap.fill(p, width, break_on_hyphens=hyphens) for p in paras)
    assert _same(filled) == _same("\n".join(paras))


def test_an_opening_quote_starts_the_sentence_it_opens() -> None:
    """A quotation whose close is in a later paragraph: the segmenter left its opening
    mark at the end of the sentence before it."""
    text = 'He urged action on iodised salt. "The effects depend on how severe it is.'
    assert _texts(text) == [
        "He urged action on iodised salt.",
        '"The effects depend on how severe it is.',
    ]


def test_a_wrapper_that_evens_its_lines_still_wraps() -> None:
    """fmt and par break before a word that would have fitted: the first line of this
    paragraph could have taken 'Underground,', yet the paragraph is one (bench/wrap_sentences.py
    measures fmt itself)."""
    text = (
        "The music of the evening came from The Velvet\n"
        "Underground, and the big hit of the evening was a room with\n"
        "silver pillows that visitors could walk through, staff said.\n"
    )
    assert _texts(text) == [" ".join(text.split())]
