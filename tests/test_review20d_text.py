"""Review r20d (the text findings: 3, 8, 9, 10, 11, 12, 13): suggestions, change classes,
sentence ends and the rich diff's cuts the review found wrong, with near misses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.meaning.suggest import suggest_label

from .conftest import run_cli


def label(sentence: str) -> str:
    return str(suggest_label(sentence)[0])


@pytest.mark.parametrize(
    "sentence",
    [
        # Finding 3: a noun phrase that only opens with study/survey/poll/research: its
        # head is the finder, and it found a thing.
        "A survey crew working for the county found the body on Tuesday.",
        "A poll worker found 300 uncounted ballots in a box.",
        "A survey ship found the wreck in 2019.",
        "A research vessel found the wreck off the coast.",
        "The poll station in the village found itself without power.",
        # "found its way" finds nothing out
        "A poll taken at the stadium on Friday found its way online.",
    ],
)
def test_a_phrase_that_only_opens_with_a_study_is_no_finding(sentence: str) -> None:
    assert label(sentence) == "fact"


@pytest.mark.parametrize(
    "sentence",
    [
        "A survey of 2,000 voters found that most back the plan.",
        "The study found higher rates of asthma.",
        "A Reuters poll found support at 40%.",
        "Poll results showed support at 40%.",
        "The poll last week found support at 40%.",
    ],
)
def test_a_study_that_found_still_carries_its_finding(sentence: str) -> None:
    """Near misses: the study is the head of its phrase ("of 2,000 voters", "last
    week" are no head), or what it yields is ("Poll results")."""
    assert label(sentence) == "attribution"


def test_implying_with_no_source_is_the_writers_inference() -> None:
    """Finding 3: ", implying that" after a fact and no one who says it is the writer's
    reading (as ", suggesting that" is), not attribution."""
    assert label("Prices fell 5%, implying that demand weakened.") == "opinion"


def test_implying_after_one_who_can_say_it_reports() -> None:
    """Near miss (r20c): a person implies it."""
    text = "The preacher discouraged viewers from taking the vaccine, implying that it was a plot."
    assert label(text) == "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        # Finding 11: "according to" right after the verb it qualifies, a noun of what
        # prescribes how a thing is done: a norm followed.
        "Workers are paid according to the agreement.",
        "The cake was baked according to the recipe.",
        "Seats are allocated according to the formula.",
        "The plant was run according to the manual.",
        "Prices are set according to the contract.",
    ],
)
def test_according_to_a_norm_followed_is_no_source(sentence: str) -> None:
    assert label(sentence) == "fact"


@pytest.mark.parametrize(
    "sentence",
    [
        # Near misses: a document that states or alleges, after the verb too (a756910)
        "He was fired according to the complaint.",
        "Staff were paid according to the budget document.",
        "The man was killed according to the report.",
        # a prescribing noun after a comma states what it holds
        "The company must pay $3 million, according to the contract.",
    ],
)
def test_according_to_what_states_stays_a_source(sentence: str) -> None:
    assert label(sentence) == "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        # Finding 8: "no obvious" before a worth or a way to solve weighs it.
        "The policy offers no obvious solution.",
        "The plan is without any obvious merit.",
    ],
)
def test_no_obvious_worth_is_a_judgement(sentence: str) -> None:
    assert label(sentence) == "opinion"


@pytest.mark.parametrize(
    "sentence",
    ["He had no obvious signs of injury.", "The raid erased any obvious Russian link."],
)
def test_no_obvious_thing_that_shows_is_no_judgement(sentence: str) -> None:
    """Near misses (564b55d): what shows or does not."""
    assert label(sentence) == "fact"


def test_a_persons_bodily_state_is_reported() -> None:
    """Finding 12 (last part): a medical state said of a patient; "critically" there
    criticises nothing."""
    assert label("The patient is critically ill in hospital.") == "fact"


@pytest.mark.parametrize("sentence", ["The economy is healthy.", "The plan is critically flawed."])
def test_a_bodily_word_said_of_a_thing_still_judges(sentence: str) -> None:
    """Near misses: a figure of speech; a judging adjective after the same adverb."""
    assert label(sentence) == "opinion"


def test_a_pronouns_s_is_a_contraction(plain_diff: Callable[..., tuple[int, str]]) -> None:
    """Finding 13: "It's" -> "It is", "he's" -> "he is" are contractions: variants, and
    --ignore-spelling ignores them (as it now does "Don't" -> "Do not")."""
    a = "It's the second rise this year, and he's worried.\n"
    b = "It is the second rise this year, and he is worried.\n"
    code, out = plain_diff(a, b)
    assert code == 1
    assert "{+It is+}{variant}" in out and "{+he is+}{variant}" in out
    assert plain_diff(a, b, "--ignore-spelling") == (0, "  " + a)
    assert plain_diff("Don't go.\n", "Do not go.\n", "--ignore-spelling")[0] == 0
    assert "{+It has+}{variant}" in plain_diff("It's been a year.\n", "It has been a year.\n")[1]


def test_a_nouns_s_is_a_possessive_no_contraction(
    plain_diff: Callable[..., tuple[int, str]],
) -> None:
    """Near misses: "Putin's" -> "Putin is" is no contraction; "is" -> "has" is a change."""
    code, out = plain_diff("Putin's plan failed.\n", "Putin is plan failed.\n", "--ignore-spelling")
    assert code == 1 and "{+Putin is+}{rewording}" in out
    assert plain_diff("It is here.\n", "It has here.\n", "--ignore-spelling")[0] == 1


def _separators() -> list[str]:
    """Every Unicode space separator (Zs) but the ASCII space, and the line and
    paragraph separators (Zl, Zp)."""
    import sys
    import unicodedata

    return [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if unicodedata.category(c) in ("Zs", "Zl", "Zp") and c != " "
    ]


@pytest.mark.parametrize("end", ["May.", "no."])
def test_any_space_after_may_ends_the_sentence_as_a_space_does(end: str) -> None:
    """Finding 9: after "May." or "no." a thin, em, figure or ideographic space, a line
    separator (any Zs, Zl, Zp) ends the sentence as a space does."""
    from newsdiff.core.sentences import split_sentences

    text = "Prices rose 3% in {} Inflation rose to 4% in June."
    spaced = [s.text for s in split_sentences(text.format(end + " "))]
    assert len(spaced) == 2
    for sep in _separators():
        assert [s.text for s in split_sentences(text.format(end + sep))] == spaced, hex(ord(sep))


def test_any_space_after_a_title_still_goes_on() -> None:
    """Near miss: "Mr." before a name ends no sentence, whatever the space."""
    from newsdiff.core.sentences import split_sentences

    for sep in [" ", *_separators()]:
        assert len(split_sentences(f"He met Mr.{sep}Smith on Monday.")) == 1, hex(ord(sep))


def test_a_tag_after_a_change_of_two_words_is_cut_between_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Finding 10: at --width 41 "members+}{attribution}" (22 cells) is wider than the
    17-cell column; rich's fold cut the tag ("members+}{attribu" | "tion}"), the change
    and its tag are cut between them."""
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text("The PM said taxes would rise next year.\n", "utf-8")
    pb.write_text("The party members said taxes would rise next year.\n", "utf-8")
    argv = ("diff", "--format", "rich", "--color", "never", str(pa), str(pb))
    _code, out, _err = run_cli(capsys, *argv[:5], "--width", "41", *argv[5:])
    column = [line[23:].rstrip() for line in out.splitlines()[1:6]]
    assert column[:3] == ["The {+party", "members+}", "{attribution}"]
    # Near miss: where they fit together they stay together, as rich puts them.
    _code, out, _err = run_cli(capsys, *argv[:5], "--width", "60", *argv[5:])
    assert any(line.rstrip().endswith("members+}{attribution}") for line in out.splitlines())


_WORDS = st.sampled_from("the a plan said rose officials members of 3% taxes would".split())


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_WORDS, max_size=6),
    st.lists(_WORDS, min_size=1, max_size=3),
    st.sampled_from(["attribution", "variant", "rewording", "number"]),
    st.lists(_WORDS, max_size=6),
    st.integers(14, 30),
)
def test_a_tag_is_whole_wherever_it_fits(
    before: list[str], change: list[str], tag: str, after: list[str], width: int
) -> None:
    """A law: in text of one cell a character a class tag no wider than the column is
    never cut, and no line is wider than the column."""
    from rich.console import Console
    from rich.text import Text

    from newsdiff.cli.wide_text import wide

    text = " ".join([*before, "{+" + " ".join(change) + "+}{" + tag + "}", *after])
    lines = [line.plain for line in wide(Text(text), ()).wrap(Console(), width)]
    assert any("{" + tag + "}" in line for line in lines)
    assert all(len(line.rstrip()) <= width for line in lines)
