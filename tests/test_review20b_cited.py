"""Review r20b finding 6: "according to" a court paper cites a source. 49452ec read
the head noun's most frequent WordNet sense alone, and "complaint" is first an
ailment (noun.state), "judgment" first an opinion (cognitive content), so both were
norms and the sentence a fact. A noun any of whose senses is a statement or a document
is a source; only a norm followed is not."""

from __future__ import annotations

import pytest

from newsdiff.meaning.suggest import suggest_label


def label(sentence: str) -> str:
    return str(suggest_label(sentence)[0])


@pytest.mark.parametrize(
    "sentence",
    [
        # the reviewer's examples
        "The company paid $3 million to the family, according to the complaint.",
        "The company paid $3 million to the family, according to a complaint filed in federal"
        " court.",
        "The company paid $3 million to the family, according to the lawsuit's complaint.",
        "The company paid $3 million to the family, according to the judgment.",
        "The company lost $3 million last year, according to the complaint.",
        # and the documents that stood as sources before
        "The company paid $3 million to the family, according to the indictment.",
        "The company lost $3 million last year, according to its annual report.",
    ],
)
def test_according_to_a_court_paper_is_attribution(sentence: str) -> None:
    assert label(sentence) == "attribution"


@pytest.mark.parametrize(
    "sentence",
    [
        # Near misses: a norm followed, though WordNet files some as lists or papers.
        "The plant will close in May, according to the schedule.",
        "The plant will close in May, according to the plan.",
        "Seats were handed out according to the rules.",
        "Prices were set according to the tariff.",
        "Staff were moved according to the policy.",
    ],
)
def test_according_to_a_norm_stays_no_source(sentence: str) -> None:
    assert label(sentence) == "fact"
