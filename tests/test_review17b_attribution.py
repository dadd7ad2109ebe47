"""Review r17b's attribution findings (probe_said3, probe_say2, probe_told, probe_over,
probe_attr_fp, probe_attr, c_a/c_b, e_a/e_b): sources and reporting verbs the rules
missed, and speech verbs that carry no claim; each beside near sentences that keep
their label."""

from __future__ import annotations

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare
from newsdiff.meaning.suggest import suggest_label


def _label(text: str) -> str | None:
    return suggest_label(text)[0]


# 1. Sources and verbs missed.


@pytest.mark.parametrize(
    "text",
    [
        "A spokesperson said the risk to residents remained low.",
        "Health officials said the risk to the public remained very low.",
        "Police said the threat to shipping emerged last week.",
    ],
)
def test_a_verb_with_no_passive_after_to_is_the_reported_clause_verb(text: str) -> None:
    """ "said the risk to residents remained low": "remained" (WordNet gives it no frame
    with an object) cannot be a participle describing "residents", so it is the verb of
    the reported clause, and the judgement ("very low") is the source's."""
    assert _label(text) == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "She said goodbye to the crowd gathered outside.",
        "The council announced changes to the law passed last year.",
    ],
)
def test_a_participle_after_to_stays_part_of_the_object(text: str) -> None:
    """A transitive "-ed" form after "to" may describe its noun: no reported clause."""
    assert _label(text) != "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "Parents at the school say the building is unsafe.",
        "Aid workers on the ground say conditions are dire.",
        "Critics of the plan say it will raise rents.",
        "Residents of the town say the water is unsafe.",
        "Rights groups say the election was rigged.",
        "Rights groups claim the election was rigged.",
        "Rights groups argue the election was rigged.",
        "Aid agencies say the camps are full.",
        "People familiar with the matter say the deal is close.",
        "Sources close to the negotiations say a deal could be announced within days.",
    ],
)
def test_a_source_in_the_plural_or_with_a_phrase_saying_which(text: str) -> None:
    """A source noun in the plural ("Rights groups", WordNet's singular "group"), or
    followed by a phrase saying which ("Parents at the school"), owns what it says."""
    assert _label(text) == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The fire at the school says nothing about the cause.",
        "A group of paratroopers is said to have staged a mutiny.",
        "Prices at the pump say little about the market.",
    ],
)
def test_no_source_before_the_phrase(text: str) -> None:
    """No source noun before the phrase (a fire, prices), or a verb between ("is said
    to": an unnamed report, not the group's): the phrase names no source."""
    from newsdiff.meaning.cues.attribution import attribution_cues

    cues = [c.text for c in attribution_cues(text, with_sources=True)]
    assert not any(c.startswith(("The fire", "A group", "Prices")) for c in cues), cues


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors allege that Mr. Halvorsen diverted $4.2 million from the charity.",
        "The authors caution that the sample was small and mostly white.",
        "Rights groups concede that the vote was orderly.",
    ],
)
def test_a_source_before_a_reporting_verb_in_the_plural_present(text: str) -> None:
    """ "Prosecutors allege that": the plural's present of a reporting verb, after a
    source, as "Prosecutors alleged that" and "The prosecutor alleges that" are."""
    assert _label(text) == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The results confirm that the drug works.",
        "Students stress the importance of sleep.",
    ],
)
def test_no_source_or_no_content_before_a_plural_present(text: str) -> None:
    """Results are no source ("confirm" is left to what a person does); a stress on a
    noun reports nothing."""
    assert _label(text) != "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The minister told a press conference that the talks had failed.",
        "The minister told a news conference in Kyiv that the talks had failed.",
        "The minister told a parliamentary committee that the talks had failed.",
        "The minister told a packed meeting that difficult choices had to be made.",
        "The minister told a crowd of supporters that the election had been stolen.",
        "The chief executive told an investor conference that demand was weakening.",
    ],
)
def test_told_a_gathering_that(text: str) -> None:
    """A gathering told, after its modifiers ("a packed meeting"), is who was told."""
    assert _label(text) == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "He told the story of his escape in a 2019 documentary.",
        "The president told a joke about his age at the dinner.",
        "The minister told a long story that moved the crowd.",
    ],
)
def test_told_a_story_is_no_report(text: str) -> None:
    assert _label(text) != "attribution"


def test_a_modifier_before_who_was_told_only_after_an_article() -> None:
    """A row of bench/distinct_pair.py's 1 MB pair: "told also Some Russian forces" has
    no article, so "also" is no modifier of an addressee: "Some Russian" is no one told
    (the row's "rest of" -> "also" stays a rewording)."""
    from newsdiff.meaning.cues.attribution import attribution_cues

    text = "While some combat actions discuss internal Columbia University told also Some Russian forces General given that."
    cues = [c.text for c in attribution_cues(text, with_sources=True)]
    assert cues == ["Columbia University told"]


@pytest.mark.parametrize(
    "text",
    [
        "The court heard that the donations had been raised for children with cancer.",
        "The jury heard the defendant had sent 300 messages to the victim.",
        "The inquest heard she had been dead for several days.",
    ],
)
def test_a_hearing_heard_what_was_said(text: str) -> None:
    """ "The court heard that ...": what a witness or lawyer said, as "The tribunal was
    told that" already was."""
    assert _label(text) == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The court heard evidence from 14 witnesses.",
        "The jury heard the case.",
        "Residents heard the gunmen were leaving.",
    ],
)
def test_heard_without_a_hearing_or_a_clause(text: str) -> None:
    assert _label(text) != "attribution"


# 2. The diff: one reporting verb for another.


def _classes(a: str, b: str) -> set[str]:
    rows = compare(from_text(a), from_text(b)).rows
    return {cls for r in rows for c in r.changes for cls in (c.cls, *c.also)}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The minister said the risk to residents remained low.",
            "The minister claimed the risk to residents remained low.",
        ),
        (
            "Rights groups say the election was rigged.",
            "Rights groups claim the election was rigged.",
        ),
        (
            "Parents at the school say the building is unsafe.",
            "Parents at the school claim the building is unsafe.",
        ),
    ],
)
def test_said_to_claimed_is_an_attribution_change(a: str, b: str) -> None:
    """Review r17b c_a/c_b, e_a/e_b: the spin of issue 12, with or without "that"."""
    assert "attribution" in _classes(a, b)


# 3. Speech verbs that carry no claim.


@pytest.mark.parametrize(
    "text",
    [
        'The Woody Allen film "Everyone Says I Love You" was shown on the festival\'s closing night.',
        'Her memoir, "What Mother Told Me," was published in March.',
        'The exhibition "Say Her Name" opens at the Tate on Friday.',
        'The 1968 novel "They Said It Couldn\'t Be Done" was reissued last year.',
        'The show "Say Yes to the Dress" was cancelled after 20 seasons.',
    ],
)
def test_a_speech_verb_in_a_quoted_title_reports_nothing(text: str) -> None:
    """Review r17b probe_attr_fp lines 0-5: a title's words are a name."""
    assert _label(text) == "fact"


@pytest.mark.parametrize(
    "text",
    [
        '"They said it couldn\'t be done," the coach said after the match.',
        'He said "Everyone Says I Love You" was his favourite film.',
        'Her mother told her that "What Mother Told Me" was a lie.',
    ],
)
def test_speech_beside_a_title_still_reports(text: str) -> None:
    """A quotation of speech (not in title case), and a verb outside the title."""
    assert _label(text) == "attribution"


def test_a_passive_instruction_carries_no_claim() -> None:
    """Review r17b probe_attr_fp line 30: an order or advice, nobody's claim."""
    assert _label("Residents were told to boil their water.") == "fact"
    assert _label("Drivers were urged to avoid the area.") == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The tribunal was told that staff had been bullied.",
        "The spy is said to have fled to Vienna.",
        "Police told residents to stay indoors.",
    ],
)
def test_a_passive_that_reports_stays(text: str) -> None:
    """ "was told that" reports what was said, "is said to" a hearsay; an instruction
    with its source named is still the source's."""
    assert _label(text) == "attribution"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Aid agencies say thousands of people need shelter.",
            "Aid agencies claim thousands of people need shelter.",
        ),
        (
            "Residents of the town say the water tastes of chlorine.",
            "Residents of the town claim the water tastes of chlorine.",
        ),
    ],
)
def test_one_reporting_verb_for_another_where_no_rule_finds_the_content(a: str, b: str) -> None:
    """Issue 12: said -> claimed is spin "with or without that", so also where the
    clause rules do not find what is said (a present verb after a plural)."""
    assert "attribution" in _classes(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("He told a story about the war.", "He wrote a story about the war."),
        ("You believe they are safe.", "You think they are safe."),
    ],
)
def test_a_verb_with_an_object_or_of_belief_is_no_swap_of_sources(a: str, b: str) -> None:
    """ "told a story" -> "wrote a story" is wording; "believe" -> "think" a synonym."""
    assert "attribution" not in _classes(a, b)
