"""Outside review r17a of the attribution change class (``--fail-on attribution`` must
mean that who says what changed): a speaker swapped before "added" read as a
rewording; attribution raised where nobody's words or source changed (a capital
only, a quote turned into reported speech counted twice, a split or merge that keeps
the same source and verb). Each with the review's sentences, and a near miss that
must keep its reading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.core.worddiff import diff_words
from newsdiff.meaning.classify import row_changes
from newsdiff.meaning.options import loose_key

from .conftest import run_cli, write_pair


def row(a: str, b: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """The changes of one row, its two sides given."""
    return [(c.a, c.b, c.classes) for c in row_changes(diff_words(a, b, key=loose_key))]


# 6. A speaker swapped before "added".

ADDED_A = 'He added: "History settles every account."'
ADDED_B = 'Schumer added: "History settles every account."'


@pytest.mark.parametrize(
    ("a", "b", "was", "now"),
    [
        (ADDED_A, ADDED_B, "He", "Schumer"),  # attr/t20, p7
        ('McConnell added: "History settles every account."', ADDED_B, "McConnell", "Schumer"),
        ("He added that the plan had failed.", "Schumer added that the plan had failed.", "He", "Schumer"),
        ('He continued: "The plan failed."', 'Schumer continued: "The plan failed."', "He", "Schumer"),
    ],
)  # fmt: skip
def test_a_speaker_swapped_before_added_is_attribution(a: str, b: str, was: str, now: str) -> None:
    """attr/t20, attr/t42: 'He added: "..."' -> 'Schumer added: "..."' was
    `{rewording}`; '"...," he added' and 'He warned:' already were attribution. The
    source before a verb that a pattern finds ("added:", a colon's quotation) is part
    of its cue, as it is of every other reporting verb's."""
    assert row(a, b) == [(was, now, ("attribution",))]


def test_a_speaker_swapped_before_added_fails_the_diff(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`--fail-on attribution` exited 0 on attr/t20."""
    pa, pb = write_pair(tmp_path, ADDED_A + "\n", ADDED_B + "\n")
    code, out, _err = run_cli(
        capsys, "diff", "--format", "plain", "--lang", "en", "--fail-on", "attribution", pa, pb
    )
    assert (code, out) == (
        1,
        '~ [-He-]{+Schumer+}{attribution} added: "History settles every account."\n',
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (ADDED_A, 'He also added: "History settles every account."'),
        ("He said the plan had failed.", "He also said the plan had failed."),
        ("Moscow has added thousands of troops.", "Kyiv has added thousands of troops."),
    ],
)
def test_the_same_speaker_or_no_speech_is_no_attribution(a: str, b: str) -> None:
    """Near misses: an adverb between the same source and its verb ("He also added")
    changes nobody, and "added" that adds troops reports nothing."""
    assert [c for _a, _b, c in row(a, b)] == [("rewording",)]


# 7. Attribution where nobody's words or source changed.


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        # attr/t13
        ("Ukrainian officials said the strike killed 12.",
         "Ukrainian Officials said the strike killed 12.",
         [("officials", "Officials", ("variant",))]),
        # p1_a.txt against p5_mt.txt: the verb changed too, and stays attribution
        ("Regional Governor Oleh Syniehubov said on Telegram that the drones hit a school.",
         "The regional governor Oleh Syniehubov declared on Telegram that the drones hit a school.",
         [("", "The", ("rewording",)), ("Regional Governor", "regional governor", ("variant",)),
          ("said", "declared", ("attribution",))]),
    ],
)  # fmt: skip
def test_a_capital_alone_is_a_variant(
    a: str, b: str, want: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    """attr/t13 "officials" -> "Officials" and p5_mt's "Regional Governor" -> "regional
    governor" were attribution: the source's cue reaches over a capitalised word
    ("Ukrainian Officials") and not over a lower-case one, so the two sides' cues
    differ though the words do not."""
    assert row(a, b) == want


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ukrainian officials said the strike killed 12.",
         "Ukrainian officers said the strike killed 12."),
        ("Rescuers said no survivors were found.",
         "According to rescuers, no survivors were found."),
    ],
)  # fmt: skip
def test_a_source_or_frame_that_changed_with_its_capital_stays_attribution(a: str, b: str) -> None:
    """Near misses: another source noun, and a frame replaced whose source only lost
    its capital ("Rescuers" -> "rescuers" is part of the one change)."""
    assert [c for _a, _b, c in row(a, b)] == [("attribution",)]


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        # cls/c101: "It said" dropped in a merge, and cls/c102 the reverse
        ("The ministry said exports rose 5% in May. It said imports fell 2%.",
         "The ministry said exports rose 5% in May while imports fell 2%.",
         [(". It said", "while", ("rewording",))]),
        ("The ministry said exports rose 5% in May while imports fell 2%.",
         "The ministry said exports rose 5% in May. Imports fell 2%, it said.",
         [("while", ".", ("rewording",)), ("imports", "Imports", ("variant",)),
          ("", ", it said", ("rewording",))]),
        # p7: "who said" -> ". Biden said"
        ("It went to President Joe Biden, who said he would sign it.",
         "It went to President Joe Biden. Biden said he would sign it.",
         [(",", ".", ("variant",)), ("who", "Biden", ("rewording",))]),
        # cls/c92: a relative clause moved, the same at both ends
        ("The company, which employs 1,200 people, said it would close the plant in 2025.",
         "The company said it would close the plant, which employs 1,200 people, in 2025.",
         [(", which employs 1,200 people,", "", ("rewording",)),
          ("", ", which employs 1,200 people,", ("rewording",))]),
    ],
)  # fmt: skip
def test_a_split_or_merge_that_keeps_the_source_is_no_attribution(
    a: str, b: str, want: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    """cls/c101, p7, p8, cls/c92: a verb with no subject of its own ("It said", "who
    said", ", said") where the other side has the same verb, or a named source
    against it ("Biden said"), repeats or drops a source the row names anyway."""
    assert row(a, b) == want


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("He said the plan failed.", "She said the plan failed."),
        ("The air force said it shot down 25 drones.", "Ukraine said it shot down 25 drones."),
        ("The ministry said exports rose 5% in May. Analysts said imports fell 2%.",
         "The ministry said exports rose 5% in May while imports fell 2%."),
        ("The ministry said exports rose 5% in May. It said imports fell 2%.",
         "The ministry said exports rose 5% in May. It claimed imports fell 2%."),
    ],
)  # fmt: skip
def test_another_speaker_or_verb_in_a_split_stays_attribution(a: str, b: str) -> None:
    """Near misses: another pronoun, a source the cues do not name ("The air force")
    for one they do, a named source dropped in the merge, another verb."""
    assert ("attribution",) in [c for _a, _b, c in row(a, b)]


# 7. A headline's frame moved over its changed clause.


def test_a_headline_frame_moved_is_a_rewording_at_both_ends() -> None:
    """p1_a/p1_b: "Ukraine says X" -> "X, Ukraine says" was a rewording at one end
    and attribution at the other: "says" before a headline's clause with a count as
    its object ("Russian drone strike kills 12") was read as no reporting verb. A
    frame only moved over a clause that changed is a rewording at both ends."""
    assert row(
        "Ukraine says Russian drone strike kills 12 in Kharkiv",
        "Russian drones kill 12 in Kharkiv, Ukraine says",
    ) == [
        ("Ukraine says", "", ("rewording",)),
        ("drone strike kills", "drones kill", ("rewording",)),
        ("", ", Ukraine says", ("rewording",)),
    ]


def test_a_headline_clause_with_a_count_is_reported() -> None:
    """The cue the headline's frame now has, and near misses: a plural before a count
    after an article ("said the magic words 12 times") is no clause."""
    from newsdiff.meaning.cues.attribution import attribution_cues

    cues = attribution_cues("Officials say Russian shelling kills 3 in Kherson")
    assert [c.text for c in cues] == ["Officials say"]
    assert attribution_cues("He said the magic words 12 times.") == []
    assert [
        c
        for _a, _b, c in row(
            "He said the magic words 12 times.", "She said the magic words 12 times."
        )
    ] == [("rewording",)]


# 7. A clause of commentary appended.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # cls/c81
        ("The bank said profits would rise.",
         "The bank said profits would rise, giving the chief executive some room."),
        # p10
        ("The party said it would not seek to topple the government.",
         "The party said it would not seek to topple the government, a decision that "
         "gives the new prime minister some breathing room."),
    ],
)  # fmt: skip
def test_an_appended_clause_that_reports_nothing_is_no_attribution(a: str, b: str) -> None:
    """cls/c81, p10: a clause added with a source noun in it ("chief executive",
    "prime minister") but no reporting verb reports nothing: a rewording."""
    assert [c for _a, _b, c in row(a, b)] == [("rewording",)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The plan failed, said officials and witnesses.", "The plan failed, said officials."),
        ("The bank said profits would rise.",
         "The bank said profits would rise, its chief executive said."),
        ("Officials, who spoke on condition of anonymity, said the plan failed.",
         "Analysts, who spoke on condition of anonymity, said the plan failed."),
    ],
)  # fmt: skip
def test_a_source_added_to_a_reporting_clause_stays_attribution(a: str, b: str) -> None:
    """Near misses: a source dropped from the clause of its verb, a clause that
    reports, a source replaced in place."""
    assert [c for _a, _b, c in row(a, b)] == [("attribution",)]


# r17a finding 7 (p3): a participle's clause split off as a sentence of its own.

STARMER_A = (
    "Starmer on Thursday announced a plan to build 1.5 million new homes over the next "
    "five years, saying the country faced its worst housing shortage in decades."
)
STARMER_B = (
    "Starmer on Thursday announced a plan to build 1.5 million new homes over the next "
    "five years. He said the country faced its worst housing shortage in decades."
)


@pytest.mark.parametrize(
    ("a", "b", "was", "now"),
    [
        (STARMER_A, STARMER_B, ", saying", ". He said"),  # p3
        (STARMER_B, STARMER_A, ". He said", ", saying"),
        ("The army left the town, warning that it would return.",
         "The army left the town. It warned that it would return.", ", warning", ". It warned"),
    ],
)  # fmt: skip
def test_a_participle_split_into_its_own_sentence_is_no_attribution(
    a: str, b: str, was: str, now: str
) -> None:
    """p3: ", saying ..." -> ". He said ..." was `{attribution}`: the same source says
    it with the same verb, in a sentence of its own. A reporting verb's participle that
    opens a clause after a comma reports, as its past form does."""
    assert row(a, b) == [(was, now, ("rewording",))]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (STARMER_A, STARMER_B.replace("He said", "Critics said")),
        (STARMER_A, STARMER_B.replace("He said", "He claimed")),
        (STARMER_A, STARMER_A.replace("saying", "claiming")),
    ],
)  # fmt: skip
def test_another_source_or_verb_for_a_participle_stays_attribution(a: str, b: str) -> None:
    """Near misses: another source ("Critics said") or another verb ("claimed",
    "claiming") in the split stays a change of who says what."""
    assert ("attribution",) in [c for _a, _b, c in row(a, b)]


def test_a_participle_with_no_content_reports_nothing() -> None:
    """ ", saying goodbye" reports nothing, as "said goodbye" does not; "the saying goes"
    is a noun; a participle after its subject ("was saying") is left to the other rules."""
    from newsdiff.meaning.cues.attribution import attribution_cues

    assert attribution_cues("He announced the plan, saying the country faced a crisis.")
    assert not attribution_cues("He waved to the crowd, saying goodbye to the city.")
    assert not attribution_cues("The saying goes that pride comes before a fall.")


# r17a finding 12 (cls/c162): a quotation turned into reported speech, counted twice.

C162_A = '"We will raise taxes next year," the minister said.\n'
C162_B = "The minister said the government would raise taxes next year.\n"


def test_a_quote_turned_into_reported_speech_is_one_change(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """cls/c162: the report counted 2 attribution changes, the frame moved to the
    sentence's start and the quote's close: one conversion, one change, drawn in two
    parts with what was said between them (its own change)."""
    pa, pb = write_pair(tmp_path, C162_A, C162_B)
    _code, out, _err = run_cli(capsys, "report", pa, pb)
    assert '  attribution     1   "," the minister said" -> "The minister said"\n' in out
    _code, out, _err = run_cli(capsys, "diff", "--format", "plain", pa, pb)
    assert out == (
        '~ {+The minister said +}[-"We will-]{+the government would+}{rewording} raise taxes'
        ' next year[-," the minister said-]{attribution}.\n'
    )


def test_another_source_beside_a_conversion_is_a_change_of_its_own(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Near misses: a source the sentence cites beside the frame ("according to
    Reuters" -> "according to the BBC") is a second attribution change, and a frame
    only moved in a row with no quotation stays a rewording."""
    pa, pb = write_pair(
        tmp_path,
        '"The talks have failed," the minister said, according to Reuters.\n',
        "The minister said the talks had failed, according to the BBC.\n",
    )
    _code, out, _err = run_cli(capsys, "report", pa, pb)
    assert "  attribution     2   " in out
    assert [
        c for _a, _b, c in row("Officials said it was shut.", "It was shut, officials said.")
    ] == [("rewording",)]


def test_a_change_between_the_parts_of_a_conversion_is_drawn_in_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """What was said and changed lies between two parts of the conversion: plain and
    the JSON ops draw every part in order, its class after the last, the number
    change between."""
    pa, pb = write_pair(
        tmp_path,
        "\u201cThe road will reopen on Monday,\u201d police said.\n",
        "Police said the road would reopen on Tuesday.\n",
    )
    _code, out, _err = run_cli(capsys, "diff", "--format", "plain", pa, pb)
    assert out == (
        "~ [-\u201c-]{+Police said +}[-The-]{+the+} road [-will-]{+would+} reopen on"
        " [-Monday-]{+Tuesday+}{number}[-,\u201d police said-]{attribution}.\n"
    )
    _code, out, _err = run_cli(capsys, "diff", "--format", "json", pa, pb)
    (row,) = json.loads(out)["rows"]
    assert row["ops"] == [
        ["delete", "\u201c"], ["insert", "Police said "], ["delete", "The"], ["insert", "the"],
        ["equal", " road "], ["delete", "will"], ["insert", "would"], ["equal", " reopen on "],
        ["delete", "Monday"], ["insert", "Tuesday"], ["delete", ",\u201d police said"],
        ["equal", "."],
    ]  # fmt: skip
    assert [c["class"] for c in row["changes"]] == ["attribution", "number"]
