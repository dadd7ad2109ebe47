"""Issue 12, thirteenth round (editorial units, rules alone): where no one reports, the
writer speaks. A gerund that opens its sentence ("Calling for an alliance ... is
important"), a naming verb in an impersonal frame ("It's rather tactful to call this an
“approach”"), a modal's "can only be described as" and a quoted title followed by its
author are no attribution; near misses that still report."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def label(sentence: str) -> str:
    return str(suggest_label(sentence)[0])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # editorial dev split (guardian/104): a demand no one makes, the writer's claim
        (
            "Calling for an alliance between Europe and Arab countries in a renewed fight "
            "against terrorism is important",
            "opinion",
        ),
        ("Calling for calm is not enough.", "opinion"),
        # dev2 (guardian/013): the writer names, no source speaks
        ('It\'s rather tactful to call this an "approach"', "opinion"),
        ("It would be wrong to call the report a whitewash.", "opinion"),
    ],
)
def test_no_one_calls_for_or_calls_it(sentence: str, expected: str) -> None:
    assert label(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a participle clause with its source, a source that calls
        "Calling for calm, the mayor urged residents to stay home.",
        "The mayor is calling for calm.",
        "The minister called the report a whitewash.",
        "Critics want to call the report a whitewash.",
        'Bernie Sanders calls it the "big enchilada".',
    ],
)
def test_a_source_that_calls_still_reports(sentence: str) -> None:
    assert label(sentence) == "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        # dev2 (foxnews/031): the writer's verdict, no one reported to describe it
        "He uses his knowledge of the law for a purpose that can only be described as abusive",
        "The attack could hardly be called a success.",
    ],
)
def test_what_can_only_be_described_so_is_the_writers_verdict(sentence: str) -> None:
    assert label(sentence) == "opinion"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # near misses: a plain description, a passive that reports, a modal of ability
        ("The device can be described as a hybrid of a phone and a tablet.", "fact"),
        ("The attack was described as a massacre by witnesses.", "attribution"),
        ("The attack was described as a massacre.", "attribution"),
    ],
)
def test_other_descriptions_keep_their_labels(sentence: str, expected: str) -> None:
    assert label(sentence) == expected


def test_a_quoted_title_and_its_author_quote_no_one() -> None:
    # dev2 (guardian/023): the corpus's anecdote, a report's title and its authors
    assert (
        label(
            '"Domestic violence perpetrator programmes (DVPPs): steps towards change", '
            "by the feminist academics Liz Kelly and Nicole Westmarland, is based on "
            "interviews with men who attend programmes"
        )
        == "fact"
    )
    assert (
        label('The report, "Unequal Justice in the Courts", by the Sentencing Project, was long.')
        == "fact"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: speech, its comma inside the marks, or "by far", "by" a time
        '"The war is over, and we won it," by far the boldest claim, came from the minister.',
        '"The blockade must end at once and for good," by Friday the council had agreed.',
        '"We will rebuild every school," said the mayor.',
    ],
)
def test_a_quotation_before_by_that_is_speech_still_reports(sentence: str) -> None:
    assert label(sentence) == "attribution"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # dev2 (foxnews/050, aljazeera/036, foxnews/025): a word in another part of speech
        (
            "Atlanta Mayor Kasim Reed threatened that the former fire chief's reputation "
            "would be destroyed should he file a lawsuit",
            "fact",
        ),
        ("Should the talks fail, the strike will go ahead on Monday.", "fact"),
        ("The bank will cut rates should inflation fall below 2%.", "fact"),
        (
            "some countries like the UK are also pursuing nuclear energy as a longer-term solution",
            "fact",
        ),
        ("Cities like Paris have banned diesel cars.", "fact"),
        ("He never told that story again.", "fact"),
        ("Send handwritten notes to three people you admire most in the world", "opinion"),
    ],
)
def test_a_word_in_another_part_of_speech_cues_nothing(sentence: str, expected: str) -> None:
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # near misses: duty, questions, verbs of saying and liking
        ("The bank should cut rates.", "opinion"),
        ("We should also act now.", "opinion"),
        ("Why should we care?", "opinion"),
        ("Voters like the plan.", "fact"),
        ("The report notes that prices rose.", "attribution"),
        ("As Smith notes, prices rose.", "attribution"),
        ("He said that was wrong.", "attribution"),
        ("He said that prices rose.", "attribution"),
        ('Netanyahu said that Israel "is following the region very closely".', "attribution"),
    ],
)
def test_the_verb_and_the_duty_keep_their_labels(sentence: str, expected: str) -> None:
    assert label(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # dev2 (guardian/029, guardian/023): the writer moved, in the first person
        "It amazes me that she remains employed by CBC",
        "But there are other findings that give me cause for concern",
        "It worries me that prices keep rising.",
    ],
)
def test_the_writer_moved_is_opinion(sentence: str) -> None:
    assert label(sentence) == "opinion"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He gave me the keys to the car.", "fact"),
        ("The officer told me the road was closed.", "attribution"),
        ('"It amazes me that she still works there," the mayor said.', "attribution"),
    ],
)
def test_me_that_is_no_feeling_keeps_its_label(sentence: str, expected: str) -> None:
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # dev2 (foxnews/050): "I'd" is "I would", as "He would say" reports nothing
        (
            "I'd say The New York Times is suggesting a policy for public workers who "
            "happen to be Christian",
            "opinion",
        ),
        ("He'd say the plan will fail.", "opinion"),
        # dev2 (aljazeera/020): seen with the eyes, no hedge
        ("Assad himself is seen less and less", "opinion"),
        ("The suspect was seen leaving the building on Monday.", "fact"),
        # dev and dev2 (guardian/024, foxnews/055): the impersonal "one" who knows
        ("One knows vaguely that there aren't many decent alternatives", "opinion"),
        (
            "One can only conclude that the senator is attempting to re-write her own role",
            "opinion",
        ),
    ],
)
def test_would_seen_and_one_read_as_the_writer_means_them(sentence: str, expected: str) -> None:
    assert label(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # near misses: a report, a hedge of perception, a named "one"
        ("He'd said the plan failed.", "attribution"),
        ("O'Brien said the plan failed.", "attribution"),
        ("Russia is seen withdrawing its troops.", "estimate"),
        ("Growth is seen slowing to 2% next year.", "estimate"),
        ("Growth is seen at 3% next year.", "estimate"),
        ("The comet is seen at night.", "fact"),
        ("No one knows who fired the shots.", "fact"),
        ("One of the victims was a nurse.", "fact"),
        ("One could see the smoke from the bridge.", "fact"),
    ],
)
def test_reports_hedges_and_counted_ones_keep_their_labels(sentence: str, expected: str) -> None:
    assert label(sentence) == expected
