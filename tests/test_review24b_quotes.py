"""Review r24b finding B: a quotation was cut after "me." but not after "here?", which
sentencex keeps inside it, leaving "No harm shall happen to you.'" with a dangling
closing quote. "me." and "May." end a sentence where "him." and "June." do: at a
quotation's end or outside one, never inside it. The answer "No." still ends one."""

from __future__ import annotations

import pytest

from newsdiff.core.quote_ends import inside_quotation
from newsdiff.core.sentences import split_sentences

#: The reviewer's min/split_in_quote.txt (Hunt's Hansel and Grethel).
SPLIT_IN_QUOTE = (
    "The old woman nodded and said: 'Oh, you dear children, who has brought you here?"
    " Do come in, and stay with me. No harm shall happen to you.' She took them both by"
    " the hand."
)


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(("opening", "closing"), [("'", "'"), ('"', '"'), ("“", "”"), ("‘", "’")])
def test_a_quotation_is_not_cut_after_me(opening: str, closing: str) -> None:
    """Straight, double and curly quotes alike: the quotation is one sentence."""
    text = SPLIT_IN_QUOTE.replace("'", opening, 1).replace("you.'", "you." + closing)
    assert _texts(text) == [
        text[: text.index(" She took")],
        "She took them both by the hand.",
    ]


def test_a_quote_closed_by_clinton_said_keeps_me_inside() -> None:
    """The quotation and "Clinton said." that closes it are one sentence, "me." inside."""
    text = '"Stay with me. No harm will come," Clinton said. Then he left.'
    assert _texts(text) == [text[: text.index(" Then")], "Then he left."]


def test_may_inside_a_quotation_ends_no_sentence_either() -> None:
    """'May.' inside a quotation goes on as 'June.' does."""
    text = 'He said: "We met in May. Nobody came. It was sad." Then he left.'
    assert _texts(text) == [
        'He said: "We met in May. Nobody came. It was sad."',
        "Then he left.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # Near misses: the quote closes at the cut, or there is none (review r23b).
        ('She said, "Call me." Nobody did.', ['She said, "Call me."', "Nobody did."]),
        ("She said, 'Call me.' Nobody did.", ["She said, 'Call me.'", "Nobody did."]),
        ("Call me. Nobody did.", ["Call me.", "Nobody did."]),
        ("Don't call me. Nobody's home.", ["Don't call me.", "Nobody's home."]),
        ("It rained in May. Nobody came.", ["It rained in May.", "Nobody came."]),
        # The answer "No." opening a quote ends its sentence (review r21b).
        ('"No. Two aides quit," he said.', ['"No.', 'Two aides quit," he said.']),
        # "Clinton said." closing a quote stays with it (issue 11 item 5).
        (
            '"Stay with him. No harm will come," Clinton said. Then he left.',
            ['"Stay with him. No harm will come," Clinton said.', "Then he left."],
        ),
    ],
)
def test_near_misses_split_as_before(text: str, sentences: list[str]) -> None:
    """Cuts at a quotation's end or outside any stand."""
    assert _texts(text) == sentences


def test_inside_quotation_tells_apostrophes_from_quotes() -> None:
    """An apostrophe opens and closes nothing; a quote closed at the offset is left."""
    text = "She said: 'Don't go. It's late.' Then he left."
    assert inside_quotation(text, text.index(" It's"))
    assert not inside_quotation(text, text.index(" Then"))
    bare = "Don't go. It's the children's."
    assert not inside_quotation(bare, bare.index(" It's"))
