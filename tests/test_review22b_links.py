"""Review r22b (STS-B news headlines built into articles): different stories told in
a few of the same words were linked as sure, and their changes classed, so --fail-on
and the filters fired on them (finding 1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.core.confidence import sure

from .conftest import run_cli

#: The reviewer's run3_a.txt / run3_b.txt: three headlines a side, one a paragraph.
RUN3 = (
    "Google invests $200 million in Texas wind farm.\n\n"
    "Food poisoning kills at least 20 children in India.\n\n"
    "Kenya Supreme Court upholds election result.\n",
    "Google invests 200 million USD in Texas wind farm project.\n\n"
    "Baghdad cafe bombing kills at least 38.\n\n"
    "Kenya SC upholds election result.\n",
)


def _pair(tmp_path: Path, a: str, b: str) -> tuple[str, str]:
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text(a, "utf-8")
    pb.write_text(b, "utf-8")
    return str(pa), str(pb)


def _rows(capsys: pytest.CaptureFixture[str], a: str, b: str) -> list[dict[str, object]]:
    _code, out, _err = run_cli(capsys, "diff", "--format", "json", a, b)
    rows: list[dict[str, object]] = json.loads(out)["rows"]
    return rows


def test_a_run_of_light_words_makes_no_link_sure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """(1a) "kills at least" (one content word: "at" is a stop word, "least" a light
    one) linked two disasters at 0.18 as sure, classed 20 -> 38 a number change and
    --fail-on number exited 1."""
    a, b = RUN3
    assert not sure(0.18, a.split("\n\n")[1], b.split("\n\n")[1])
    pa, pb = _pair(tmp_path, a, b)
    code, _out, _err = run_cli(capsys, "diff", "--fail-on", "number", pa, pb)
    assert code == 0
    row = next(r for r in _rows(capsys, pa, pb) if r["a"] == [1])
    assert row["sure"] is False and row["changes"] == []


def test_a_run_that_carries_content_still_makes_a_link_sure() -> None:
    """Near miss: a run of three words two of which are content words ("chemical
    weapons attack") still makes a link below 0.3 sure, as a shared run of nine words
    of a rewrite does."""
    assert sure(
        0.2,
        "Inspectors said on Monday that the chemical weapons attack had killed hundreds.",
        "The chemical weapons attack in Ghouta was the worst in decades, envoys said.",
    )
    assert sure(
        0.23,
        "اور کہا کہ حکومت عوام کی فلاح کے لیے کام کرے گی",
        "اور کہا کہ حکومت عوام کی فلاح کے لیے پرعزم ہے",
    )


def test_a_run_that_is_most_of_a_short_sentence_still_makes_it_sure() -> None:
    """Near miss: "the painting was" holds three of the four words of "The painting was
    priceless.", a sentence kept and edited; and between long sentences any run counts
    (the seeds' spun copy: "you may have" is the only run of a rewritten quote)."""
    assert sure(0.25, "The painting was priceless.", "The painting was without a price.")
    assert sure(
        0.1,
        "Some of it's sort of uncertain regarding why it's been deserted since you may "
        "have believed there is a few of these lorries are still functional.",
        "Some of them are a bit vague as to why they have been abandoned because you may "
        "have thought some of these vehicles were still usable.",
    )
