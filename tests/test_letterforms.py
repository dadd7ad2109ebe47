"""Arabic-script text typed on other keyboards, with optional marks and other digits
(``core.letterforms``): one text in the comparison form, the text shown as written.

The pairs in tests/data/arabic_script/: an agency's Urdu story (``ur_agency.txt``) and
the same text as an Arabic keyboard types it (Arabic yeh, alef maksura, kaf, heh; a few
vowel marks, a tatweel, Extended Arabic-Indic digits); a newspaper's rewording of it
(``ur_paper.txt``) and that rewording typed on an Arabic keyboard with Arabic-Indic
digits; Arabic news with marks, a tatweel and Arabic-Indic digits; Persian with Arabic
letters, no zero-width non-joiner and ASCII digits.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core.article import from_text, normalize
from newsdiff.core.letterforms import fold_arabic, has_arabic
from newsdiff.core.reuse import containments, run_words
from newsdiff.core.worddiff import diff_words_both
from newsdiff.corpus.shingles import words as shingle_words
from newsdiff.meaning.compare import compare
from newsdiff.meaning.options import ALL, DEFAULT, CompareOptions, loose_key

from .conftest import run_cli
from .test_reuse import _same_ops

DATA = Path(__file__).parent / "data" / "arabic_script"
AGENCY = DATA / "ur_agency.txt"
AGENCY_AR = DATA / "ur_agency_arabic_keys.txt"
PAPER = DATA / "ur_paper.txt"
PAPER_AR = DATA / "ur_paper_arabic_keys.txt"
ARABIC = DATA / "ar.txt"
ARABIC_MARKS = DATA / "ar_marks_digits.txt"
PERSIAN = DATA / "fa.txt"
PERSIAN_AR = DATA / "fa_arabic_keys.txt"
#: Each text and the same text with other letter forms, marks or digits.
VARIANTS = [(AGENCY, AGENCY_AR), (PAPER, PAPER_AR), (ARABIC, ARABIC_MARKS), (PERSIAN, PERSIAN_AR)]


# --- the fold ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("کتاب", "كتاب"),  # keheh / Arabic kaf
        ("کی", "كى"),  # Farsi yeh / alef maksura
        ("لیے", "ليے"),  # Farsi yeh / Arabic yeh
        ("ہے", "هے"),  # heh goal / Arabic heh
        ("زکوٰۃ", "زكوة"),  # superscript alef; teh marbuta goal / teh marbuta
        ("گئی", "گی\u0654ی"),  # yeh with hamza / Farsi yeh + hamza above
        ("محکمۂ", "محكمه\u0654"),  # heh goal with hamza / heh + hamza above
        ("حکومت", "حُكومت"),  # a vowel mark
        ("اعلان", "اعلـــان"),  # tatweel
        ("کرده‌اند", "كردهاند"),  # zero-width non-joiner
        ("1200", "۱۲۰۰"),  # Extended Arabic-Indic digits (Urdu, Persian)
        ("1200", "١٢٠٠"),  # Arabic-Indic digits
        ("25.5%", "٢٥٫٥٪"),  # decimal separator, percent sign
        ("لئے", "لیے"),  # hamza before yeh barree: the older and the reformed spelling
        ("چاہئے", "چاہیے"),
        ("کئے", "كيے"),  # ... typed on an Arabic keyboard too
    ],
)
def test_forms_of_one_letter_compare_as_one(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)
    assert loose_key(a) == loose_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("تھا", "تہا"),  # do-chashmee heh marks aspiration: "was" is not "تہا"
        ("کے", "کی"),  # yeh barree is no yeh: "of" (pl.) is not "of" (fem.)
        ("آم", "ام"),  # alef madda is no alef: "mango"
        ("ہاں", "ہان"),  # noon ghunna is no noon
        ("کوئی", "کوی"),  # the hamza stays
        ("آئیں", "آییں"),  # ... before any letter but yeh barree
    ],
)
def test_letters_urdu_keeps_apart_stay_apart(a: str, b: str) -> None:
    assert normalize(a) != normalize(b)


ARABIC_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
        st.sampled_from(" .,'\"-abcXYZ019\u200c\u200d\u200e\u200f“”—"),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(ARABIC_TEXT)
def test_fold_is_idempotent(text: str) -> None:
    once = fold_arabic(text)
    assert fold_arabic(once) == once
    # The comparison form holds the fold whole: folding it again changes nothing.
    assert fold_arabic(normalize(text)) == normalize(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F)))
def test_fold_never_changes_ascii_text(text: str) -> None:
    assert fold_arabic(text) is text
    assert not has_arabic(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x05FF)))
def test_text_without_the_arabic_block_is_left_alone(text: str) -> None:
    """Latin, Greek, Cyrillic, Hebrew, and the joiners outside Arabic-script text."""
    assert fold_arabic(text) is text


@pytest.mark.parametrize(
    ("a", "b"),
    [("کہا، یہ", "کہا, یہ"), ("کیا؟", "کیا?"), ("ہے۔", "ہے."), ("الف؛ ب", "الف; ب")],
)
def test_the_scripts_punctuation_is_a_style_of_the_latin_marks(a: str, b: str) -> None:
    """In the comparison form, and dropped by --ignore-punctuation only: a reprint
    typed with Latin marks is the same text, and the change is one of style."""
    assert normalize(a) == normalize(b)
    assert CompareOptions(ignore_punctuation=True).fold(a) == CompareOptions(
        ignore_punctuation=True
    ).fold(b)
    assert CompareOptions(ignore_spelling=True).fold(a) != CompareOptions(
        ignore_spelling=True
    ).fold(b)


def test_urdu_spelling_and_punctuation_of_another_paper_are_variants(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """لئے/لیے and the Urdu marks against Latin ones were rewordings, and cut the
    reuse of a reprint that changed nothing else to 84%."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(
        "حکومت نے عوام کے لئے نئی پالیسی کا اعلان کیا۔ وزیر اعظم نے کہا، یہ فیصلہ ملک کے مفاد میں ہے۔\n"
    )
    b.write_text(
        "حکومت نے عوام کے لیے نئی پالیسی کا اعلان کیا۔ وزیر اعظم نے کہا, یہ فیصلہ ملک کے مفاد میں ہے.\n"
    )
    code, out, _ = run_cli(capsys, "diff", "--format", "plain", str(a), str(b))
    assert code == 1
    assert out.count("{variant}") == 3 and "{rewording}" not in out
    code, out, _ = run_cli(capsys, "report", "--format", "json", str(a), str(b))
    doc = json.loads(out)
    assert doc["reuse_measures"]["b"] == {"runs": 1.0, "ngram": 1.0}
    code, out, _ = run_cli(
        capsys, "diff", "--format", "plain", "--ignore-punctuation", str(a), str(b)
    )
    assert [line[0] for line in out.splitlines()] == ["~", " "]  # the spelling is left
    code, out, _ = run_cli(capsys, "diff", "--format", "plain", "--ignore-spelling", str(a), str(b))
    assert [line[0] for line in out.splitlines()] == [" ", "~"]  # the marks are left


# --- the text shown stays as written ---------------------------------------------------


WORDS = st.sampled_from(
    ["کتاب", "كتاب", "کے", "كے", "لیے", "ليے", "ہے", "هے", "حکومت", "حُكومت", "اعلـــان",
     "اعلان", "1200", "۱۲۰۰", "١٢٥٠", "تھا", "بھی", "نے", "،", " "]
)  # fmt: skip
SENTENCES = st.lists(WORDS, min_size=1, max_size=15).map(lambda w: " ".join(w) + "۔")


@settings(max_examples=120, deadline=None)
@given(SENTENCES, SENTENCES)
def test_every_format_shows_the_same_ops_in_arabic_script(a: str, b: str) -> None:
    """The JSON ops are plain's marks (``test_reuse``'s law) on letter forms, marks and
    digits, and they rebuild both texts as written."""
    _same_ops(a, b)


@pytest.mark.parametrize(("a", "b"), VARIANTS)
def test_shown_text_is_the_text_as_written(a: Path, b: Path) -> None:
    ta, tb = a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")
    cmp = compare(from_text(ta, "a"), from_text(tb, "b"))
    for row in cmp.rows:
        sa, sb = row.side_texts()
        assert all(s.text in ta for s in (cmp.a_sentences[i] for i in row.a))
        assert sa == " ".join(ta[s.start : s.end] for s in (cmp.a_sentences[i] for i in row.a))
        assert sb == " ".join(tb[s.start : s.end] for s in (cmp.b_sentences[i] for i in row.b))


# --- reuse, alignment, classes ---------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), VARIANTS)
def test_reuse_of_a_letter_form_variant_is_whole_both_ways(a: Path, b: Path) -> None:
    ta, tb = a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")
    assert containments(ta, tb) == (1.0, 1.0)
    cmp = compare(from_text(ta, "a"), from_text(tb, "b"))
    assert cmp.reuse_measures["a"]["runs"] == 1.0
    assert cmp.reuse_measures["b"]["runs"] == 1.0
    assert shingle_words(ta) == shingle_words(tb)


def test_a_word_in_another_form_keeps_a_run_whole() -> None:
    """Word for word: "كتاب" for "کتاب" inside a run of kept words does not cut it."""
    _, raw = diff_words_both("یہ نئی کتاب بہت اچھی ہے", "یہ نئی كتاب بہت اچھی ہے", key=loose_key)
    assert run_words(raw) == 6


@pytest.mark.parametrize(("a", "b"), VARIANTS)
def test_a_variant_is_a_variant_and_ignore_spelling_drops_it(a: Path, b: Path) -> None:
    ta, tb = a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")
    cmp = compare(from_text(ta, "a"), from_text(tb, "b"))
    assert all(r.kind in ("equal", "changed") for r in cmp.rows)
    assert {c.cls for r in cmp.rows for c in r.changes} == {"variant"}
    spelled = compare(from_text(ta, "a"), from_text(tb, "b"), CompareOptions(ignore_spelling=True))
    assert all(r.kind == "equal" for r in spelled.rows)
    assert ALL.fold(ta) == ALL.fold(tb)
    assert DEFAULT.fold(ta) != DEFAULT.fold(tb)


def test_rewording_on_another_keyboard_aligns_as_on_the_same() -> None:
    """The newspaper's rewording against the agency copy, typed on an Arabic keyboard
    with Arabic-Indic digits: the same rows and containment as typed alike, and a
    changed figure is still a number change ("1200" -> "١٢٥٠")."""
    agency = from_text(AGENCY.read_text(encoding="utf-8"), "a")
    same = compare(agency, from_text(PAPER.read_text(encoding="utf-8"), "b"))
    other = compare(agency, from_text(PAPER_AR.read_text(encoding="utf-8"), "b"))
    # The same links; a sentence equal to its source is now only a variant of it.
    assert [(r.a, r.b) for r in other.rows] == [(r.a, r.b) for r in same.rows]
    assert [r.kind for r in same.rows] == ["changed"] * 4 + ["equal"]
    assert [r.kind for r in other.rows] == ["changed"] * 5
    assert other.reuse_measures["a"]["ngram"] == same.reuse_measures["a"]["ngram"]
    numbers = [(c.a, c.b) for r in other.rows for c in r.changes if c.cls == "number"]
    assert numbers == [("1200", "١٢٥٠")]


# --- the command line and the app ------------------------------------------------------


def test_cli_diff_plain_marks_variants_not_rewording(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "diff", "--format", "plain", str(AGENCY), str(AGENCY_AR))
    assert code == 1  # as diff(1): the texts differ
    assert "{rewording}" not in out and "{number}" not in out
    assert "[-1200-]" not in out  # inside a variant with its neighbours
    assert out.count("{variant}") == 59
    assert "(variant)" in err
    code, out, _ = run_cli(
        capsys, "diff", "--format", "plain", "--ignore-spelling", str(AGENCY), str(AGENCY_AR)
    )
    assert code == 0 and "[-" not in out and "{+" not in out
    assert out.splitlines()[0].removeprefix("  ") in AGENCY.read_text(encoding="utf-8")


def test_cli_json_ops_rebuild_both_texts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "diff", "--format", "json", str(AGENCY), str(AGENCY_AR))
    assert code == 1
    doc = json.loads(out)
    ta, tb = AGENCY.read_text(encoding="utf-8"), AGENCY_AR.read_text(encoding="utf-8")
    for row in doc["rows"]:
        side_a = "".join(t for op, t in row["ops"] if op != "insert")
        side_b = "".join(t for op, t in row["ops"] if op != "delete")
        assert side_a in ta and side_b in tb
        assert {c["class"] for c in row["changes"]} == {"variant"}


def test_cli_report_reuse_is_whole_both_ways(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "report", "--format", "json", str(AGENCY), str(AGENCY_AR))
    assert code == 1
    doc = json.loads(out)
    assert doc["reuse"] == {"a": 1.0, "b": 1.0}
    assert doc["reuse_measures"] == {
        "a": {"runs": 1.0, "ngram": 1.0},
        "b": {"runs": 1.0, "ngram": 1.0},
    }
    assert doc["classes"]["number"] == 0 and doc["classes"]["rewording"] == 0
    code, out, _ = run_cli(capsys, "report", str(PAPER), str(PAPER_AR))
    assert "A 100.0%, B 100.0%" in out


def test_cli_sentences_keep_the_text_as_written(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "sentences", str(AGENCY_AR))
    assert code == 0
    listed = [re.split(r"\s+", line, maxsplit=3)[3] for line in out.splitlines()[1:]]
    assert listed == AGENCY_AR.read_text(encoding="utf-8").splitlines()


async def test_app_header_reads_whole_reuse(tmp_path: Path) -> None:
    from newsdiff.tui.app import create_app
    from newsdiff.tui.widgets.header import PairHeader

    from .tui_helpers import ready

    app = create_app(
        str(AGENCY), str(AGENCY_AR), store=tmp_path / "s.json", annotator="t", advance=False
    )
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot)
        top = str(app.query_one(PairHeader).render()).splitlines()[0]
        assert "reused A 100% · B 100%" in top


def test_cli_scan_finds_each_reprint_whole_whichever_keyboard(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The scan's shingles are the comparison form's: each text and its retyped twin are
    100% reuse both ways, and the rewording scores alike against either typing."""
    code, out, _ = run_cli(capsys, "scan", "--format", "json", str(DATA))
    assert code == 0
    found = {
        frozenset((Path(p["a"]["ref"]).name, Path(p["b"]["ref"]).name)): (
            p["a"]["reuse"],
            p["b"]["reuse"],
        )
        for p in json.loads(out)
    }
    for a, b in VARIANTS:
        assert found[frozenset((a.name, b.name))] == (1.0, 1.0)
    rewordings = {
        found[frozenset((x.name, y.name))] for x in (AGENCY, AGENCY_AR) for y in (PAPER, PAPER_AR)
    }
    assert len(rewordings) == 1
