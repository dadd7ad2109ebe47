"""Review r24e findings 3 and 4, regressions of this session's quotation rules.

3 (4d20f26): a plural's possessive apostrophe ("the residents’ group") was read as the
closing quote of a quotation left open at its paragraph's end (as British news leaves
one that goes on), so "me." and "May." ended no sentence there.
4 (546b5a6): a speaker frame taken out between two quotations joined into one ('"The
plant will close," the owner said. "It employs 300 people," ...') was a join of one
speaker's words, ``rewording``; who speaks changed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdiff.core.sentences import split_sentences

PlainDiff = Callable[..., tuple[int, str]]


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


@pytest.mark.parametrize(
    ("a", "b", "row"),
    [
        # The reviewer's cases/q10a.txt, q10b.txt.
        (
            '"The plant will close," the owner said. "It employs 300 people," the union said.',
            '"The plant will close, and it employs 300 people," the owner said.',
            '~ "The plant will close,[-" the owner said. "-]{+ and +}{attribution}'
            '[-It-]{+it+}{variant} employs 300 people," the [-union-]{+owner+}{attribution}'
            " said.  (quote altered)\n",
        ),
        # cases/q2a.txt, q2b.txt.
        (
            '"The plant will close," the owner said. "It employs 300 people," a union'
            " official said.",
            '"The plant will close, and it employs 300 people," the owner said.',
            '~ "The plant will close,[-" the owner said. "-]{+ and +}{attribution}'
            '[-It-]{+it+}{variant} employs 300 people," [-a union official-]{+the owner+}'
            "{attribution} said.  (quote altered)\n",
        ),
    ],
)
def test_a_speaker_frame_taken_out_of_a_join_is_attribution(
    plain_diff: PlainDiff, a: str, b: str, row: str
) -> None:
    assert plain_diff(a, b)[1] == row


def test_two_quotes_joined_with_no_frame_between_stay_a_rewording(plain_diff: PlainDiff) -> None:
    """Near miss (546b5a6's own case): one speaker's two quotations joined."""
    _code, out = plain_diff(
        '"The plant will close." "It employs 300 people."',
        '"The plant will close, and it employs 300 people."',
    )
    assert out == (
        '~ "The plant will close[-." "-]{+, and +}{rewording}[-It-]{+it+}{variant} employs'
        ' 300 people."  (quote altered)\n'
    )
