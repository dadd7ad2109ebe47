"""A long shared run of words links a pair; a weak row between equal rows that shares
no content word is a sentence replaced (outside review r14, items 1 and 2; issue 11,
item 3). Each row's link confidence is in the JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core.align import align
from newsdiff.core.article import normalize

SPEECH = (
    "Speaking to a packed hall of supporters in the capital late on Sunday evening, the "
    "opposition leader said the government had lost the trust of ordinary working "
    "families across the country and must now call an early general election."
)
STATEMENT = (
    "In a brief written statement released through her office, the opposition leader "
    "said the government had lost the trust of voters, adding that only a snap poll "
    "could now settle the question of who governs."
)

LANDFALL = "The storm made landfall near the coastal town of Port Elena late on Saturday."
POWER = "Power was cut to about 80,000 homes across the province."
WEAKENING = (
    "However, officials said this appeared to be a weakening of the system, rather than "
    "a true collapse."
)
FRIGHT = '"It was a rather frightening night for everyone on the coast," they said.'


def _write(tmp_path: Path, name: str, *sentences: str) -> str:
    path = tmp_path / name
    path.write_text("\n".join(sentences) + "\n", encoding="utf-8")
    return str(path)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(args))
    return code, capsys.readouterr().out


def test_a_lone_pair_sharing_an_eleven_word_run_is_linked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """The two sentences share "the opposition leader said the government had lost the
    trust of" (eleven words, five content words) at similarity 0.17: with nothing else
    in the texts no row held them in place, so they were removed and added and report's
    word-for-word reuse was 0.0%. Now they are one changed row, sure by its run."""
    assert [(lk.kind, lk.a, lk.b) for lk in align([SPEECH], [STATEMENT])] == [
        ("changed", (0,), (0,))
    ]
    a, b = _write(tmp_path, "a.txt", SPEECH), _write(tmp_path, "b.txt", STATEMENT)
    _code, out = _run(capsys, "diff", "--format", "plain", a, b)
    assert out.startswith("~ ") and "the opposition leader said the government had lost" in out
    _code, out = _run(capsys, "diff", "--format", "json", a, b)
    (row,) = json.loads(out)["rows"]
    assert row["kind"] == "changed" and row["similarity"] < 0.2 and row["sure"] is True
    _code, out = _run(capsys, "report", "--format", "json", a, b)
    runs = json.loads(out)["reuse_measures"]
    assert runs["a"]["runs"] > 0.25 and runs["b"]["runs"] > 0.25


def test_a_run_of_names_alone_does_not_link_a_lone_pair():
    """Reports written apart name the same people: a run of four content words
    ("Russian President Vladimir Putin") is below RUN_LINK and links nothing."""
    from newsdiff.core.confidence import RUN_LINK, run_weight
    from newsdiff.core.words import stems

    a = (
        "Russian President Vladimir Putin met the visiting Chinese envoy at the Kremlin on "
        "Monday to discuss grain exports and fertiliser prices."
    )
    b = (
        "Thousands of protesters in Kyiv burned an effigy of Russian President Vladimir "
        "Putin outside the embassy before police cleared the square."
    )
    shared = stems(normalize(a)) & stems(normalize(b))
    assert run_weight(normalize(a), normalize(b), shared) == 4 < RUN_LINK
    assert all(not (lk.a and lk.b) for lk in align([a], [b]))


def test_a_replaced_sentence_between_equal_rows_stays_unpaired(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """Told twice, the middle sentence replaced: it shares only "said" and "rather"
    (0.15) with its counterpart, and was a changed row classed attribution twice and
    hedge, so --only attribution showed it and --fail-on attribution failed."""
    a = _write(tmp_path, "a.txt", LANDFALL, WEAKENING, POWER)
    b = _write(tmp_path, "b.txt", LANDFALL, FRIGHT, POWER)
    _code, out = _run(capsys, "diff", "--format", "plain", a, b)
    assert [line[0] for line in out.splitlines()] == [" ", "-", "+", " "]
    code, out = _run(capsys, "diff", "--format", "plain", "--fail-on", "attribution", a, b)
    assert code == 0
    _code, out = _run(capsys, "diff", "--format", "plain", "--only", "attribution", a, b)
    assert "rather" not in out
    _code, out = _run(capsys, "diff", "--format", "json", a, b)
    doc = json.loads(out)
    assert doc["stats"]["rows"]["changed"] == 0
    assert not any(c["class"] == "attribution" for r in doc["rows"] for c in r["changes"])


def test_a_heavy_edit_between_equal_rows_keeps_its_link():
    """The same place, rewritten but for a number and a name: still one edited row,
    its link below the sure level (the JSON says so)."""
    edited = "Officials said 12 people were hurt in Port Elena, most of them by falling glass."
    rewritten = '"It was chaos," a nurse said, counting 12 injured around Port Elena by dawn.'
    rows = align([LANDFALL, edited, POWER], [LANDFALL, rewritten, POWER])
    assert [(lk.kind, lk.a, lk.b) for lk in rows][1] == ("changed", (1,), (1,))


def test_json_rows_say_whether_their_link_is_sure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """Every JSON row has "sure": an equal row is, a weak row held in place is not (a
    number and a name shared, 0.27), an unpaired sentence links nothing."""
    edited = "Officials said 12 people were hurt in Port Elena, most of them by falling glass."
    rewritten = '"It was chaos," a nurse said, counting 12 injured around Port Elena by dawn.'
    a = _write(tmp_path, "a.txt", LANDFALL, edited, POWER, "The mayor thanked rescuers.")
    b = _write(tmp_path, "b.txt", LANDFALL, rewritten, POWER)
    _code, out = _run(capsys, "diff", "--format", "json", a, b)
    rows = json.loads(out)["rows"]
    assert [(r["kind"], r["sure"]) for r in rows] == [
        ("equal", True),
        ("changed", False),
        ("equal", True),
        ("removed", False),
    ]
    assert rows[1]["similarity"] < 0.3
