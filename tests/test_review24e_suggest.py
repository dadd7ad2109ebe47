"""Review r24e: two regressions of b38612e's rules where no one reports. A quotation
before "by" in a passive frame names its speaker, not a title's author
(quotes.quoted_term), and "It" that is set, or quick, to call something a name is a
source named before, not the impersonal frame (calling.names_a_verdict)."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def label(sentence: str) -> str:
    return str(suggest_label(sentence)[0])


@pytest.mark.parametrize(
    "sentence",
    [
        # r24e cases sug4.txt and sug3.txt
        'The ruling was welcomed as "a victory for common sense" by campaigners.',
        'The raid was condemned as "an act of war" by the foreign ministry.',
    ],
)
def test_a_quotation_before_by_in_a_passive_is_attribution(sentence: str) -> None:
    assert label(sentence) == "attribution"


def test_a_title_before_its_author_is_still_no_one_speaking() -> None:
    # near miss: b38612e's titles (dev2, guardian/023)
    assert (
        label('The report, "Unequal Justice in the Courts", by the Sentencing Project, was long.')
        == "fact"
    )
    assert label('"The Crown", by Peter Morgan, returns on Friday.') == "fact"


def test_it_that_is_set_or_quick_to_call_is_a_source() -> None:
    # r24e case sug5.txt: "It" is the government, the president's office
    assert label('It is set to call the strike "illegal" in court.') == "attribution"
    assert label('It was quick to call the story "a hoax".') == "attribution"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # near misses: the impersonal frame b38612e meant
        ("It's fair to call this a crisis.", "opinion"),
        ("It would be wrong to call the report a whitewash.", "opinion"),
    ],
)
def test_the_impersonal_frame_still_has_no_source(sentence: str, expected: str) -> None:
    assert label(sentence) == expected
