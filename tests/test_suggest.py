from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.cues import hedge_cues, numbers
from newsdiff.labels import LABELS
from newsdiff.sentences import split_sentences
from newsdiff.suggest import suggest, suggest_label, suggest_text

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((ROOT / "tests" / "data" / "gold_labels.json").read_text("utf-8"))


@pytest.mark.parametrize(
    ("text", "label", "cue"),
    [
        ("A Western official said the troops had left.", "attribution", "said"),
        ("The troops had left, according to the Associated Press.", "attribution",
         "according to the Associated Press"),
        ("NATO estimates that the war has cost 7,000 lives.", "attribution", "NATO estimates"),
        ("“We will not come back here again,” the soldier told his wife.", "attribution",
         "“We will not come back here again,”"),
        ("The retreat is said to be complete.", "attribution", "is said to"),
        ("As many as 300 people may have been killed in Borodyanka.", "estimate", "As many as"),
        ("Between 7,000 and 15,000 soldiers were killed in six weeks.", "estimate",
         "Between 7,000 and 15,000"),
        ("Losses could reach 40,000 by the summer.", "estimate", "could"),
        ("The soldiers reportedly returned home on foot.", "estimate", "reportedly"),
        ("The horrific scenes in Bucha shocked the world.", "opinion", "horrific"),
        ("Moscow is stuck in a quagmire of its own making.", "opinion", "quagmire"),
        ("The retreat is a sign that morale has broken.", "opinion", "is a sign"),
        ("Putin retreating?", "opinion", "?"),
        ("Russia invaded Ukraine on 24 February 2022.", "fact", None),
        ("The battalion was withdrawn to Belarus in March.", "fact", None),
    ],
)  # fmt: skip
def test_each_label_on_hand_made_sentences(text: str, label: str, cue: str | None) -> None:
    """Each label on a small sentence, with the cue that triggered it."""
    got, cues = suggest_label(text)
    assert got == label
    if cue is None:
        assert cues == ()
    else:
        assert cue in [c.text for c in cues]


@pytest.mark.parametrize(
    ("text", "label", "cue"),
    [
        # "say" after a source reports; "a say", "needless to say" do not.
        ("Officials say the talks failed.", "attribution", "Officials say"),
        ("Police say 300 people were hurt.", "attribution", "Police say"),
        ("Witnesses say the driver fled.", "attribution", "Witnesses say"),
        ("US officials now say the talks failed.", "attribution", "officials now say"),
        ("The talks have failed, say officials.", "attribution", "say officials"),
        ("Residents have a say in the plan.", "fact", None),
        ("Needless to say, the talks failed.", "fact", None),
        ("So to say, the talks failed completely.", "fact", None),
        ("As they say, the talks failed completely.", "fact", None),
        # A source that believes, estimates or warns owns the claim (attribution wins).
        ("Experts believe the dam will hold.", "attribution", "Experts believe"),
        ("The ministry estimated that 300 died.", "attribution", "ministry estimated"),
        ("Health experts warn the virus will spread.", "attribution", "experts warn"),
        ("Experts believe as many as 300 died.", "attribution", "Experts believe"),
        ("Three soldiers believed to have died were named.", "estimate", "believed"),
        ("We believe the war is already lost.", "opinion", "We believe"),
        # A hedge before an amount of money counts as before any number.
        ("The project will cost about $5 billion.", "estimate", "about"),
        ("They spent up to £300 million on roads.", "estimate", "up to"),
        ("Prices rose around 20% last year.", "estimate", "around"),
        # "collapsed" judges morale or talks, not a building.
        ("The building collapsed on Monday.", "fact", None),
        ("A bridge collapsed after the storm.", "fact", None),
        ("The roof of the school collapsed.", "fact", None),
        ("The talks collapsed on Monday.", "opinion", "collapsed"),
        ("The collapse of the talks was a blow.", "opinion", "collapse"),
        # Praise and blame.
        ("The plan was brilliant.", "opinion", "brilliant"),
        ("The minister gave an excellent speech.", "opinion", "excellent"),
        ("The reform was a failure.", "opinion", "was a failure"),
        ("It was a disastrous decision.", "opinion", "disastrous"),
        ("It was a shameful episode for the army.", "opinion", "shameful"),
        ("He died of heart failure last year.", "fact", None),
        ("The pump suffered a power failure.", "fact", None),
    ],
)  # fmt: skip
def test_audit_cues(text: str, label: str, cue: str | None) -> None:
    """The cues the audit found missing or wrong: source + say/believe/estimate, hedged
    money, the physical sense of "collapsed", praise and blame words."""
    got, cues = suggest_label(text)
    assert got == label, cues
    if cue is None:
        assert cues == ()
    else:
        assert cue in [c.text for c in cues]


def test_cue_offsets_point_into_the_sentence() -> None:
    """Every cue's offsets cut its text out of the sentence (for underlining)."""
    for s in suggest_text((ROOT / "seeds" / "003_f23aa9e85174c19f.txt").read_text("utf-8")):
        for c in s.cues:
            assert s.text[c.start : c.end] == c.text


def test_precedence_attribution_over_estimate_over_opinion() -> None:
    """Two cues: the label a fact-checker acts on first wins (GUIDE section 3)."""
    assert suggest_label("Officials said as many as 300 may have died.")[0] == "attribution"
    assert suggest_label("As many as 300 died in the horrific attack.")[0] == "estimate"
    assert suggest_label("The horrific attack killed 300 people.")[0] == "opinion"


def test_speculation_with_a_modal_is_opinion() -> None:
    """'could be a sign' is speculation, not an estimate, though 'could' is a hedge."""
    label, cues = suggest_label("The move could be a sign Putin is backtracking.")
    assert label == "opinion"


def test_no_suggestion_for_page_furniture() -> None:
    """Credits, navigation, bare dates and copyright lines get no label."""
    for text in ["(AP Photo/Felipe Dana)", "Navigation", "March 29, 2022",
                 "© Copyright IBTimes 2024.", "KEY POINTS"]:  # fmt: skip
        assert suggest_label(text) == (None, ())


def test_scare_quotes_are_not_a_quotation() -> None:
    """Quoted terms of a word or three are not reported speech."""
    assert suggest_label("Putin launched a “special military operation” in February.")[0] == "fact"


def test_suggest_keeps_sentence_indices() -> None:
    """suggest() over Sentence objects keeps their indices; over strings it counts."""
    sents = split_sentences("First fact is here today. Officials said so.")
    assert [(s.index, s.label) for s in suggest(sents)] == [(0, "fact"), (1, "attribution")]
    assert [s.index for s in suggest(["a b c d", "e f g h"])] == [0, 1]


def test_numbers_read_words_and_digits_alike() -> None:
    """'six' and '6' have one value; percentages, ranges, months and magnitudes parse."""
    text = "six, 6, 15%, 15 per cent, three hundred and six, twenty-first, thousands, Feb. 24, March 30"
    got = {n.text: n.value for n in numbers(text)}
    assert got["six"] == got["6"] == ("n", 6.0)
    assert got["15%"] == got["15 per cent"] == ("%", 15.0)
    assert got["three hundred and six"] == ("n", 306.0)
    # An ordinal is its own kind of value: "second" is "2nd", not "two".
    assert got["twenty-first"] == ("ord", 21.0)
    assert got["thousands"] == ("~", 1000.0)
    # A month next to a day is one date; alone it is a month.
    assert got["Feb. 24"] == ("date", 224.0) and got["March 30"] == ("date", 330.0)
    assert [n.value for n in numbers("They left in March.")] == [("month", 3.0)]
    assert not numbers("you may go on a march")


@pytest.mark.parametrize(
    ("text", "month", "hedges"),
    [("The council may meet in May.", "May", ["may"]),
     ("Talks might resume by May.", "May", ["might"]),
     ("It ended in early May 2022.", "May", []),
     ("May the talks succeed.", None, ["May"])],
)  # fmt: skip
def test_may_the_month_is_no_hedge(text: str, month: str | None, hedges: list[str]) -> None:
    """A capital "May" after a date word ("in", "by", "early") or before a figure is the
    month and no hedge cue; the modal (lower case, or opening the sentence) is one."""
    dates = [n.text for n in numbers(text) if n.written in ("month", "date")]
    assert (month in dates[0]) if month else not dates
    assert [c.text for c in hedge_cues(text)] == hedges


def test_gold_set_covers_every_seed_sentence() -> None:
    """The gold file tags every sentence of every seed, and its texts still match the
    segmentation; labels are the four or null."""
    files = GOLD["files"]
    assert sorted(files) == sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    for name, rows in files.items():
        sents = split_sentences((ROOT / "seeds" / name).read_text("utf-8"))
        assert [(r["index"], r["text"]) for r in rows] == [(s.index, s.text) for s in sents]
        assert all(r["label"] in (*LABELS, None) for r in rows)
