from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.core.labels import LABELS
from newsdiff.core.sentences import split_sentences
from newsdiff.meaning.cues.attribution import attribution_cues
from newsdiff.meaning.cues.hedges import hedge_cues
from newsdiff.meaning.cues.numbers import numbers
from newsdiff.meaning.suggest import suggest, suggest_label, suggest_text

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
        # "collapsed" judges morale, not a building, nor talks (an event one can date).
        ("The building collapsed on Monday.", "fact", None),
        ("A bridge collapsed after the storm.", "fact", None),
        ("The roof of the school collapsed.", "fact", None),
        ("The talks collapsed on Monday.", "fact", None),
        ("Morale collapsed on Monday.", "opinion", "collapsed"),
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


REPORTED = [
    # "that", a colon or a quotation mark after the verb, or a clause: a subject and a
    # finite verb ("the talks had", "it was", "prices rose", "three men fled").
    ("A spokesman said that no decision had been made.", "said"),
    ("The minister said the talks had failed.", "said"),
    ("Witnesses said three men fled the scene.", "said"),
    ("The company said it would cut 500 jobs.", "said"),
    ("He said: \u201cWe will not give up.\u201d", "said"),
    ("Ukraine's army said Russian and Ukrainian forces clashed overnight.", "said"),
    ("John Kirby said US intelligence detected troops moving away.", "said"),
    # Who was told, or a time or place, may stand between.
    ("Officials told reporters the convoy had turned back.", "told reporters"),
    ("She told the BBC it was too early to say.", "told the BBC"),
    ("The mayor said on Monday that the bridge would reopen.", "said"),
    ("The regulator said in a statement the merger would be blocked.", "said"),
    ("Police told residents to stay indoors.", "told residents"),
    # Closing the content: a comma or a quotation mark, the source, the verb, the end.
    ("The talks have failed, the minister said.", "said"),
    ("\u201cWe will rebuild,\u201d the governor told reporters in Kyiv.", "told reporters"),
    ("The war, he said, is far from over.", "said"),
    ("They no longer believe in victory, the soldier told his wife.", "told his wife"),
    ("Prices will rise, said the central bank.", "said the central bank"),
    ("The offensive has begun, Andriy Yermak, the chief of staff, claimed.", "claimed"),
    # A claim of its own, and a source with a verb of believing that has content.
    ("The group claimed responsibility for the blast.", "claimed"),
    ("Officials warned of shortages this winter.", "warned"),
    ("Officials questioned whether the ceasefire would hold.", "questioned"),
    ("Police believe the suspect fled.", "Police believe"),
    ("He believes the war is lost.", "He believes"),
    ("The army said so.", "said"),
]
NOT_REPORTED = [
    "The company said goodbye to its founder in May.",
    "He said goodbye and left.",
    "The mayor said sorry to the residents.",
    "He said a prayer for the victims.",
    "The teacher told a story to the class.",
    "She told the truth about her past.",
    "He told them stories about the war.",
    "He claimed the prize in 2019.",
    "The virus claimed the lives of 300 people.",
    "She claimed the title last year.",
    "Police believe in community work.",
    "The minister announced her resignation.",
    "The firm announced record profits.",
    "The council declared a state of emergency.",
    "According to plan, the troops left.",
    "As per the rules, the match was replayed.",
    "Everything went according to schedule.",
    "He was admitted to hospital on Monday.",
    "Police questioned the suspect for hours.",
    "She wrote a book about the war.",
    "The engineers maintained the roads.",
    "He explained the rules to the children.",
    "Residents fear for their safety.",
    "However, he said nothing.",
    "She tweeted a photo of the crowd.",
    "He insisted on a vote.",
    "The army reported for duty at dawn.",
    "The team claimed a narrow victory in the final.",
    "She said hello to the crowd and waved.",
]


@pytest.mark.parametrize(("text", "cue"), REPORTED)
def test_a_reporting_verb_with_content_is_attribution(text: str, cue: str) -> None:
    """A reporting verb that introduces or closes reported content is an attribution
    cue (with who was told, or the source right before it)."""
    label, cues = suggest_label(text)
    assert label == "attribution" and cue in [c.text for c in cues], cues


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_a_reporting_verb_without_content_is_no_attribution(text: str) -> None:
    """'said goodbye', 'told a story', 'claimed the prize', 'believe in', 'announced her
    resignation', 'according to plan': an object, not a claim, so no attribution cue."""
    assert not attribution_cues(text)
    assert suggest_label(text)[0] != "attribution"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Residents claim the water is dirty.", "Residents claim"),
        ("Critics argue the plan is flawed.", "Critics argue"),
        ("Experts reckon the repairs will take months.", "Experts reckon"),
        ("Lawyers contend that the ruling was unlawful.", "Lawyers contend"),
        ("Officials insist the ceasefire is holding.", "Officials insist"),
        ("Doctors maintain the drug is safe.", "Doctors maintain"),
        # A source with "estimated" is attribution, with "that" or an object alike.
        ("The agency estimated the damage at $2bn.", "agency estimated"),
        ("The government estimated that 5,000 jobs were lost.", "government estimated"),
        ("He estimated that the cost would double.", "He estimated"),
    ],
)
def test_a_source_that_claims_argues_or_estimates(text: str, cue: str) -> None:
    """claim, argue, reckon, contend, insist, maintain after a source, with a clause, are
    attribution; a source that estimates is attribution, not estimate (precedence)."""
    label, cues = suggest_label(text)
    assert label == "attribution" and cue in [c.text for c in cues], cues


def test_a_source_without_a_clause_is_no_claim() -> None:
    """'Doctors maintain the equipment' and 'Critics argue about money' report nothing."""
    for text in ["Doctors maintain the old equipment.", "Critics argue about the money.",
                 "Residents claim benefits every month."]:  # fmt: skip
        assert suggest_label(text)[0] == "fact", text


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("He could swim at age four.", "fact"),
        ("She could not be reached for comment.", "fact"),
        ("Losses could reach 40,000 by the summer.", "estimate"),
        ("The repairs could cost $5m.", "estimate"),
        ("The strike could soon spread to other ports.", "estimate"),
        ("The dam could be breached.", "estimate"),
        ("They believed in a peaceful solution.", "fact"),
        ("Some 300 people are believed to have died.", "estimate"),
    ],
)
def test_could_hedges_only_what_may_come(text: str, label: str) -> None:
    """ "could" before be, reach, cost, spread ... is a hedge; past ability ("could
    swim") and "could not be reached" are not."""
    assert suggest_label(text)[0] == label


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


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Shops stayed shut.", "fact"),
        ("Trains stopped.", "fact"),
        ("The mayor resigned.", "fact"),
        ("Prices rose.", "fact"),
        ("Talks failed!", "fact"),
        ("The mayor resigns.", "fact"),
        ("It is over.", "fact"),
        # Headings, credits and dates stay without a label, full stop or not.
        ("Live updates.", None),
        ("Kyiv: Day 34.", None),
        ("Ukraine War", None),
        ("Prices Rose", None),
        ("March 29, 2022.", None),
    ],
)
def test_a_short_sentence_is_a_statement(text: str, label: str | None) -> None:
    """Under four words, a line that ends with '.', '!' or '?' and has a finite verb
    (an auxiliary, a past form) is a sentence and gets a label; a heading does not."""
    assert suggest_label(text)[0] == label


def test_scare_quotes_are_not_a_quotation() -> None:
    """Quoted terms of a word or three are not reported speech."""
    assert suggest_label("Putin launched a “special military operation” in February.")[0] == "fact"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("\u201cSome of them are vague about why they left and you may think", "attribution"),
        ("and that is why we are still here,\u201d the colonel went on.", "attribution"),
        ("The reply was \u201conly this\u201d in the end.", "fact"),
        # A curly single closing mark may be an apostrophe: no quotation of its own.
        ("The soldiers\u2019 morale may have collapsed near Kyiv.", "estimate"),
    ],
)  # fmt: skip
def test_a_quotation_running_beyond_the_sentence(text: str, label: str) -> None:
    """An opening mark left unpaired with four words or more after it (or a closing
    one with four before) is a quotation that runs on from or into the next sentence."""
    assert suggest_label(text)[0] == label


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


@pytest.mark.parametrize("lead", ["", "(", "In ", "Cost: ", "x" * 9 + " "])
@pytest.mark.parametrize("figure", ["US$ 5 million", "NZ$5m", "HK$ 7bn", "£4", "$ 12%", "20C"])
def test_a_figure_keeps_its_currency_wherever_the_scan_starts(lead: str, figure: str) -> None:
    """The scan for figures starts a few characters before the first digit: a currency
    prefix of up to four characters ("US$ ") stays part of the figure at any offset."""
    alone = numbers(figure)
    got = numbers(lead + figure)
    assert [(n.text, n.value) for n in got] == [(n.text, n.value) for n in alone]
    assert [n.start - len(lead) for n in got] == [n.start for n in alone] != []


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


@pytest.mark.parametrize(
    "text",
    [
        "By Sarah Collins, Yorkshire Post",
        "By JANE SMITH Associated Press",
        "By Jane Smith and Tom Hale, Reuters",
        "Published: 10:42 BST, 4 June 2024 | Updated: 11:15 BST, 4 June 2024",
        "Photograph: Christopher Furlong/Getty Images",
        "The Associated Press contributed to this report.",
    ],
)
def test_credits_get_no_label(text: str) -> None:
    """Review r17b: `suggest --help` says credits get none; bylines, a page's times, a
    photo credit and an agency's credit line were facts."""
    assert suggest_label(text) == (None, ())


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("By Tuesday, officials had left the city.", "fact"),
        ("The study was published on Monday.", "fact"),
        ("He contributed to this report and to others.", "fact"),
    ],
)
def test_sentences_like_credits_keep_their_label(text: str, label: str) -> None:
    assert suggest_label(text)[0] == label
