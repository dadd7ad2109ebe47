"""Change classes an outside review found misread: a negator beside a privative
paraphrase ("lost power" -> "were left without electricity") and a source moved from
the front of a sentence to an "according to" tail, each with its sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def pair(tmp_path: Path, a: str, b: str) -> tuple[str, str]:
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text(a + "\n", "utf-8")
    pb.write_text(b + "\n", "utf-8")
    return str(pa), str(pb)


def changes(a: str, b: str) -> list[tuple[str, str, tuple[str, ...]]]:
    (row,) = compare(from_text(a, "a"), from_text(b, "b")).rows
    return [(c.a, c.b, c.classes) for c in row.changes]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Thousands of homes lost power.", "Thousands of homes were left without electricity."),
        ("The town lacks clean water.", "The town has no clean water."),
        ("The water is free of lead.", "The water contains no lead."),
        ("The homes have no power.", "The homes lost power."),
        ("The party lost the election.", "The party did not win the election."),
        ("The minister did not attend the summit.", "The minister failed to attend the summit."),
        ("The suspect was not armed.", "The suspect was unarmed."),
    ],
)
def test_a_negator_beside_a_privative_paraphrase_is_no_negation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, a: str, b: str
) -> None:
    """ "lost" and "left without", "lacks" and "has no", "failed to" and "did not" say
    the same absence: the negator negates nothing the other side asserts. A rewording,
    and --fail-on negation exits 0."""
    found = changes(a, b)
    assert found and all("negation" not in cls for _a, _b, cls in found)
    pa, pb = pair(tmp_path, a, b)
    assert run(capsys, "diff", "--format", "plain", "--fail-on", "negation", pa, pb)[0] == 0


def test_lost_power_is_one_rewording() -> None:
    assert changes("Thousands of homes lost power.", "Thousands of homes were left without electricity.") == [
        ("lost power", "were left without electricity", ("rewording",))
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The homes have power.", "The homes have no power."),
        ("Thousands of homes were left without power.", "Thousands of homes were not left without power."),
        ("Homes lost power.", "Homes did not lose power."),
        ("The minister failed to attend.", "The minister did not fail to attend."),
        ("The town lacks clean water.", "The town does not lack clean water."),
        ("The suspect was armed.", "The suspect was not armed."),
    ],
)  # fmt: skip
def test_a_negation_beside_a_privative_that_reverses_is_still_a_negation(a: str, b: str) -> None:
    """A negator that negates the privative ("not left without", "did not lose") or
    a claim with none ("have power" -> "have no power") still reverses what is said."""
    assert any("negation" in cls for _a, _b, cls in changes(a, b))


def test_a_privative_alone_is_no_negation() -> None:
    """ "has" -> "lacks" reverses the claim as any antonym does ("rose" -> "fell"): no
    negator comes or goes, so it stays a rewording, as before."""
    assert changes("The town has clean water.", "The town lacks clean water.") == [
        ("has", "lacks", ("rewording",))
    ]


@pytest.mark.parametrize(
    ("a", "b", "whole"),
    [
        (
            "Fire officials said the blaze started in the kitchen.",
            "According to firefighters the blaze started in the kitchen.",
            ("Fire officials said", "According to firefighters"),
        ),
        (
            "Police said the suspect fled on foot.",
            "Officials claimed the suspect fled on foot.",
            ("Police said", "Officials claimed"),
        ),
        (
            "The minister did not comment.",
            "The minister declined to comment.",
            ("did not", "declined to"),
        ),
    ],
)
def test_a_reporting_frame_replaced_in_place_is_one_attribution_change(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, a: str, b: str, whole: tuple[str, str]
) -> None:
    """ "Fire officials said" -> "According to firefighters" is one change of who says
    it (was "Fire" -> "According", "officials" -> "to", "said" -> "firefighters"): one
    change in JSON, one class mark in plain, counted once by report."""
    assert changes(a, b) == [(*whole, ("attribution",))]
    pa, pb = pair(tmp_path, a, b)
    _c, plain, _ = run(capsys, "diff", "--format", "plain", pa, pb)
    assert plain.count("{attribution}") == 1
    _c, out, _ = run(capsys, "report", "--format", "json", pa, pb)
    assert json.loads(out)["classes"]["attribution"] == 1


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # Only the source, or only the verb: one change, as before.
        (
            "Police said the suspect fled on foot.",
            "Authorities said the suspect fled on foot.",
            [("Police", "Authorities", ("attribution",))],
        ),
        (
            "Officials said the talks had failed.",
            "Officials claimed the talks had failed.",
            [("said", "claimed", ("attribution",))],
        ),
        (
            "The minister said the talks in Istanbul had failed completely.",
            "The minister claimed the talks in Istanbul had failed completely.",
            [("said", "claimed", ("attribution",))],
        ),
        # A spinner's word-for-word swap outside any frame stays word for word.
        (
            "Vast locations of the country were flooded by the river.",
            "Huge areas of the country were flooded by the river.",
            [("Vast", "Huge", ("synonym",)), ("locations", "areas", ("rewording",))],
        ),
    ],
)
def test_a_frame_joins_only_its_own_words(
    a: str, b: str, found: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert changes(a, b) == found
