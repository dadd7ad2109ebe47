"""Opposites an outside review (r17a) found misread: verbs of upward and downward
change that WordNet does not list as antonyms ("increased" -> "declined" beside a
figure was a rewording)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare

from .conftest import run_cli, write_pair


def changes(a: str, b: str) -> list[tuple[str, str, tuple[str, ...]]]:
    (row,) = compare(from_text(a, "a"), from_text(b, "b")).rows
    return [(c.a, c.b, c.classes) for c in row.changes]


def test_the_reviewers_direction_pair_fails_on_number_and_negation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """r17a dir/d1: "Sales increased 4%" -> "declined 4%" was {rewording}, exit 0."""
    a, b = write_pair(
        tmp_path,
        "Sales increased 4% in the second quarter.\n",
        "Sales declined 4% in the second quarter.\n",
    )
    code, out, _err = run_cli(
        capsys, "diff", "--format", "plain", "--fail-on", "number,negation", a, b
    )
    assert "[-increased-]{+declined+}{negation}{number} 4%" in out
    assert code == 1


@pytest.mark.parametrize(
    ("up", "down"),
    [
        ("increased", "dropped"),
        ("climbed", "slid"),
        ("surged", "plunged"),
        ("jumped", "tumbled"),
        ("grew", "contracted"),
        ("expanded", "shrank"),
        ("rallied", "slumped"),
        ("raised", "cut"),
        ("hiked", "cut"),
        ("increased", "reduced"),
        ("rose", "dipped"),
        ("widened", "narrowed"),
        ("accelerated", "slowed"),
    ],
)
def test_a_verb_of_upward_change_against_one_of_downward_change_turns_a_figure(
    up: str, down: str
) -> None:
    """r17a dir/d2..d16: each was a rewording ("widened" -> "narrowed" a negation
    without the number); the figure's sign turns, either way round."""
    for x, y in ((up, down), (down, up)):
        got = changes(
            f"Sales {x} 4% in the second quarter.", f"Sales {y} 4% in the second quarter."
        )
        assert got == [(x, y, ("negation", "number"))]


def test_without_a_figure_the_reversal_is_a_negation_as_its_antonym_is() -> None:
    """ "increased" -> "decreased" (direct antonyms) was a negation and "increased" ->
    "declined" a rewording; both reverse the claim."""
    for y in ("decreased", "declined"):
        assert changes(
            "Sales increased in the second quarter.", f"Sales {y} in the second quarter."
        ) == [("increased", y, ("negation",))]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # The same direction, another verb: wording.
        ("Sales rose 4% in May.", "Sales climbed 4% in May.", ("synonym",)),
        ("Sales fell 4% in May.", "Sales plunged 4% in May.", ("rewording",)),
        # A verb of no direction against one of a direction.
        ("Sales hit $4 million in May.", "Sales rose $4 million in May.", ("rewording",)),
        # Only a date beside the verbs: a reversal, no number.
        ("Sales increased in June.", "Sales declined in June.", ("negation",)),
        # A rare sense ("to top": cut the top off) gives no direction.
        ("Sales topped 4% in May.", "Sales rose 4% in May.", ("rewording",)),
    ],
)
def test_no_reversed_figure(a: str, b: str, expected: tuple[str, ...]) -> None:
    ((_x, _y, got),) = changes(a, b)
    assert got == expected


def test_direction_reads_the_verb_trees() -> None:
    from newsdiff.meaning.opposites import direction

    assert {w: direction(w) for w in ("surged", "hiked", "widened", "plunged", "cut")} == {
        "surged": "up", "hiked": "up", "widened": "up", "plunged": "down", "cut": "down",
    }  # fmt: skip
    assert direction("said") is None and direction("topped") is None and direction("set") is None


def test_the_direction_tables_are_wordnets() -> None:
    """``_UP`` and ``_DOWN`` are ``wordnet_direction``'s answers for every one-word
    verb of the trees under ``_ROOTS`` (their troponyms, WordNet's ``~`` pointers)."""
    from newsdiff.meaning import lexicon, opposites

    seen: set[int] = set()
    stack = list(opposites._roots())
    members: set[str] = set()
    while stack:
        off = stack.pop()
        if off in seen:
            continue
        seen.add(off)
        line = lexicon.synset_line("v", off)
        assert line is not None
        parts = line.split()
        n = int(parts[3], 16)
        members.update(opposites._lemma(w) for w in parts[4 : 4 + 2 * n : 2])
        p = 4 + 2 * n
        stack += [
            int(parts[p + 2 + 4 * k]) for k in range(int(parts[p])) if parts[p + 1 + 4 * k] == b"~"
        ]
    ways = {b: opposites.wordnet_direction(b) for b in members if "_" not in b}
    assert opposites._UP == {b for b, w in ways.items() if w == "up"}
    assert opposites._DOWN == {b for b, w in ways.items() if w == "down"}


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        # r17a cls/c30 and c4: "rejected" -> "accepted" was a negation, this a rewording.
        ("Parliament approved the bill on Tuesday.", "Parliament rejected the bill on Tuesday.", ("approved", "rejected")),
        ("The bill was approved by parliament.", "The bill was rejected by parliament.", ("approved", "rejected")),
        # r17a cls/c1.
        ("The court upheld the ruling.", "The court overturned the ruling.", ("upheld", "overturned")),
        # r17a cls/c6 without its figure: "slow" is "decelerate"'s synonym.
        ("Inflation slowed in March.", "Inflation accelerated in March.", ("slowed", "accelerated")),
        ("He declined the offer.", "He accepted the offer.", ("declined", "accepted")),
    ],
)  # fmt: skip
def test_an_opposite_by_a_synonyms_antonym_is_a_negation(
    a: str, b: str, pair: tuple[str, str]
) -> None:
    for x, y, (p, q) in ((a, b, pair), (b, a, pair[::-1])):
        assert changes(x, y) == [(p, q, ("negation",))]


def test_the_reviewers_approved_rejected_pair_fails_on_negation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """r17a cls/c30: `--fail-on negation` exited 0."""
    a, b = write_pair(
        tmp_path,
        "Parliament approved the bill on Tuesday.\n",
        "Parliament rejected the bill on Tuesday.\n",
    )
    code, out, _err = run_cli(capsys, "diff", "--format", "plain", "--fail-on", "negation", a, b)
    assert "[-approved-]{+rejected+}{negation}" in out
    assert code == 1


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # A synonym in the sense they share is no opposite ("approved" -> "sanctioned").
        ("Parliament approved the bill.", "Parliament sanctioned the bill.", ("synonym",)),
        # A negated word against a WordNet antonym says the same.
        ("Parliament did not approve the bill.", "Parliament rejected the bill.", ("rewording",)),
        # The antonym's synset-mates stay indirect: "rise" (get up) is not "turn in".
        ("He rose at six.", "He turned in at six.", ("rewording",)),
    ],
)
def test_no_opposite_by_synonym(a: str, b: str, expected: tuple[str, ...]) -> None:
    assert [c for *_w, c in changes(a, b)] == [expected]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Brent crude settled at $82.10 a barrel.", "Brent crude rose to $82.10 a barrel."),
        ("The crowd numbered 3,000 people.", "The crowd grew to 3,000 people."),
        ("The rate was corrected to 3%.", "The rate was raised to 3%."),
        ("The firm quoted a price of $5.", "The firm cut a price of $5."),
    ],
)
def test_verbs_whose_tree_is_another_sense_reverse_nothing(a: str, b: str) -> None:
    """Lead's check of cf6e8c8: "settle", "number", "correct", "quote" are in the
    trees of a quantity's move in senses news seldom means beside a figure."""
    assert all("negation" not in got for _x, _y, got in changes(a, b))
