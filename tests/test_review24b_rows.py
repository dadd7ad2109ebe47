"""Review r24b finding C: a wrong partner inside a merged row. The programme grouped
Hunt's "Thereupon he himself locked up the room, and left her in it alone." with the
two sentences Taylor tells as "She sat down in one corner of the room, ..." (one word in
common, "room"), while Taylor's "... the chamber door was locked, and she was left
alone." stayed added. An end member of a group of three sentences for one that shares
one word with the other side, and fewer than half the words it holds alone, is no
evidence of a merge and is left out (``trim.chance_members_out``). The review's second
example, "There he sat and cried, 'Lift me up beside you.'" riding with "She went and
opened the door, ..." into Taylor's "She did so, and the frog hopped into the room, ..."
("sat"), is a group of two, left as it was: taking such members out cost fables-2 dev
0.581 -> 0.557 (the Wolf's "find some excuse to seize it", one word and a meaning)."""

from __future__ import annotations

from newsdiff.core.align import align
from newsdiff.core.trim import chance_members_out
from newsdiff.meaning.lexicon import concepts

# Hunt (1884) and Taylor (1823), Rumpelstiltskin: the reviewer's rumpel1 A#5-A#7, B#6-B#7.
HUNT_ROOM = [
    "Thereupon he himself locked up the room, and left her in it alone.",
    "So there sat the poor miller's daughter, and for the life of her could not tell what"
    " to do; she had no idea how straw could be spun into gold, and she grew more and more"
    " miserable, until at last she began to weep.",
    'But all at once the door opened, and in came a little man, and said, "Good evening,'
    ' Mistress Miller; why are you crying so?"',
]
TAYLOR_ROOM = [
    "It was in vain that the poor maiden said that it was only a silly boast of her father,"
    " for that she could do no such thing as spin straw into gold: the chamber door was"
    " locked, and she was left alone.",
    "She sat down in one corner of the room, and began to bewail her hard fate; when on a"
    ' sudden the door opened, and a droll-looking little man hobbled in, and said, "Good'
    ' morrow to you, my good lass; what are you weeping for?"',
]
# The Frog Prince, the reviewer's frog2 A#7-A#11 and B#7-B#10.
HUNT_FROG = [
    "Then said the king, 'That which you have promised must you perform. Go and let him in.'",
    "She went and opened the door, and the frog hopped in and followed her, step by step,"
    " right to her chair.",
    "There he sat and cried, 'Lift me up beside you.'",
    "She delayed, until at last the king commanded her to do it.",
    "Once the frog was on the chair he wanted to be on the table, and when he was on the"
    " table he said, 'Now, push your little golden plate nearer to me that we may eat"
    " together.'",
]
TAYLOR_FROG = [
    "Then the king said to the young princess, 'As you have given your word you must keep"
    " it; so go and let him in.'",
    "She did so, and the frog hopped into the room, and then straight on, tap, tap, plash,"
    " plash, from the bottom of the room to the top, till he came up close to the table"
    " where the princess sat.",
    "'Pray lift me upon chair,' said he to the princess, 'and let me sit next to you.'",
    "As soon as she had done this, the frog said, 'Put your plate nearer to me, that I may"
    " eat out of it.'",
]


def _rows(a: list[str], b: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(lk.a, lk.b) for lk in align(a, b, concepts=concepts)]


def test_the_locked_room_pairs_its_own_partner() -> None:
    """Hunt's locked room pairs Taylor's locked door, not the corner of the room."""
    assert _rows(HUNT_ROOM, TAYLOR_ROOM) == [((0,), (0,)), ((1, 2), (1,))]


def test_a_group_of_two_keeps_its_member() -> None:
    """Near miss: "There he sat and cried, ..." stays in its group of two, as before."""
    rows = _rows(HUNT_FROG, TAYLOR_FROG)
    assert ((1, 2), (1,)) in rows


def test_a_short_sentence_merged_for_its_words_stays() -> None:
    """Near miss: 'He was 34.' holds one word, all in the other side: the merge stays."""
    a = [frozenset({"34"}), frozenset({"lived", "paris"}), frozenset({"wife", "two"})]
    b = [frozenset({"34", "lived", "paris", "wife", "two"})]
    groups = [((0, 1, 2), (0,), 1.0)]
    assert chance_members_out(groups, (a, b)) == groups


def test_an_answer_beside_its_sentence_stays() -> None:
    """Near miss: '"Some wine and meat," she replied.' shares 'meat' with its neighbour:
    the group with "Cake and wine. Yesterday was baking-day, ..." stays whole."""
    a = [
        '"Cake and wine. Yesterday was baking-day, so poor sick grandmother is to have'
        ' something good, to make her stronger."',
        '"Where does your grandmother live, Little Red Riding Hood?"',
    ]
    b = [
        '"Some wine and meat," she replied.',
        '"We baked the meat yesterday, so that grandmother, who is very weak, might have a'
        ' nice strengthening meal."',
        '"And where does your grandmother live?" asked the Wolf.',
    ]
    assert _rows(a, b)[0] == ((0,), (0, 1))


def test_a_group_of_shared_words_is_untouched() -> None:
    """Near miss: members sharing two words or more with the other side all stay."""
    a = [
        frozenset({"fox", "well", "fell"}),
        frozenset({"goat", "passed", "asked"}),
        frozenset({"drought", "water", "fox"}),
    ]
    b = [frozenset({"fox", "well", "goat", "asked", "fell", "drought", "water"})]
    groups = [((0, 1, 2), (0,), 0.6)]
    assert chance_members_out(groups, (a, b)) == groups
