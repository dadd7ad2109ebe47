"""Issue 12's rules: reporting without "that", more speech verbs, findings, straight
quotes that run on, deontic voice, and said -> claimed as an attribution change."""

from __future__ import annotations

import pytest

from newsdiff.core.article import Article
from newsdiff.meaning.compare import compare
from newsdiff.meaning.suggest import suggest_label


@pytest.mark.parametrize("that", ["", "that "])
def test_said_to_claimed_is_an_attribution_change(that: str) -> None:
    """The classic spin of a reprint is attribution with or without "that"."""
    a = Article(
        "a", f"The minister said {that}the talks in Istanbul had failed completely.", "utf-8"
    )
    b = Article(
        "b", f"The minister claimed {that}the talks in Istanbul had failed completely.", "utf-8"
    )
    classes = {c.cls for row in compare(a, b).rows for c in row.changes}
    assert classes == {"attribution"}


@pytest.mark.parametrize(
    "text",
    [
        "The minister said the talks in Istanbul had failed completely.",
        "Rathke also asked the governments of the region not to turn away boats.",
        "The union urged members to reject the offer.",
        "The mayor vowed to rebuild the bridge.",
        "The company denied the allegations.",
        "Protesters called for the minister's resignation.",
        "A poll by the university found support for the plan had fallen.",
        'There are no casualties left at the location."',
    ],
)
def test_reported_content_is_attribution(text: str) -> None:
    """Speech verbs, findings and the end of a quotation begun earlier are attribution."""
    assert suggest_label(text)[0] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "She claimed the trophy in May.",
        "Police found a body near the river.",
        "He asked for a glass of water.",
    ],
)
def test_objects_are_no_attribution(text: str) -> None:
    """A verb whose object is a thing, not a claim, reports nothing."""
    assert suggest_label(text)[0] != "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The government must act before the winter.",
        "Voters should reject this cynical plan.",
        "The talks seem to be going nowhere.",
        "It is another sign that the alliance is fraying.",
    ],
)
def test_deontic_and_speculative_voice_is_opinion(text: str) -> None:
    """must, should, seem to, another sign: the writer judges or speculates."""
    assert suggest_label(text)[0] == "opinion"
