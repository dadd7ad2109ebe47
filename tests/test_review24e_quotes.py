"""Review r24e finding 3, a regression of 4d20f26: a plural's possessive apostrophe
("the residents’ group") was read as the closing quote of a quotation left open at its
paragraph's end (as British news leaves one that goes on), so "me." and "May." ended
no sentence there."""

from __future__ import annotations

import pytest

from newsdiff.core.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


# The third, a double quote open with the possessive "'", split right before the fix too.
@pytest.mark.parametrize(("opening", "closing"), [("‘", "’"), ("'", "'"), ('"', "'")])
def test_a_plural_possessive_closes_no_quotation(opening: str, closing: str) -> None:
    """The reviewer's cases/sq4.txt (and sq3.txt with straight quotes): the quotation
    left open at its paragraph's end ends its sentences at "me." and "May."."""
    text = (
        f"{opening}The council never wrote to me. The residents{closing} group only heard"
        " about it from a neighbour.\n\n"
        f"{opening}We are furious,{closing} she said.\n\n"
        f"He said: {opening}The ballot closes in May. The members{closing} verdict will be"
        " final.\n"
    )
    assert _texts(text) == [
        f"{opening}The council never wrote to me.",
        f"The residents{closing} group only heard about it from a neighbour.",
        f"{opening}We are furious,{closing} she said.",
        f"He said: {opening}The ballot closes in May.",
        f"The members{closing} verdict will be final.",
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # Near misses: a quote that closes after "s" before a comma or its end keeps
        # "me." inside (4d20f26), and a possessive inside a closed quote changes nothing.
        (
            "‘Write to me. Ask the residents’, she said.",
            ["‘Write to me. Ask the residents’, she said."],
        ),
        (
            "He said: ‘Call me. Ask the residents’ group first.’ Then he left.",
            ["He said: ‘Call me. Ask the residents’ group first.’", "Then he left."],
        ),
    ],
)
def test_a_quote_closed_after_s_keeps_me_inside(text: str, sentences: list[str]) -> None:
    assert _texts(text) == sentences
