from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdiff.core.sentences import split_sentences

from .conftest import SEED_B, SEEDS


@pytest.mark.parametrize("path", sorted(SEEDS.iterdir()), ids=lambda p: p.name[:3])
def test_offsets_point_into_original(path):
    """Every sentence's offsets slice exactly its text out of the original."""
    text = path.read_text(encoding="utf-8")
    sents = split_sentences(text)
    assert sents
    for i, s in enumerate(sents):
        assert s.index == i
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
    assert all(a.end <= b.start for a, b in zip(sents, sents[1:], strict=False))


@pytest.mark.parametrize("path", sorted(SEEDS.iterdir()), ids=lambda p: p.name[:3])
def test_no_punctuation_only_sentences(path):
    """A closing quote stays with its sentence: no sentence is only punctuation."""
    for s in split_sentences(path.read_text(encoding="utf-8")):
        assert any(ch.isalnum() for ch in s.text), s


def test_captions_do_not_glue_to_next_sentence():
    """'(Image: Metro Graphics)' ends a unit in the run-on seed 001."""
    sents = [s.text for s in split_sentences(SEED_B.read_text(encoding="utf-8"))]
    assert "Huge areas of northern Ukraine have now been liberated (Image: Metro Graphics)" in sents
    assert any(s.startswith("Putin’s forces have left behind") for s in sents)
    assert not any("(Image: AP ) The official" in s for s in sents)


def test_headline_and_bullets_are_their_own_units():
    """Each newline-separated headline or bullet is its own sentence."""
    text = (SEEDS / "003_f23aa9e85174c19f.txt").read_text(encoding="utf-8")
    sents = [s.text for s in split_sentences(text)]
    assert sents[0].startswith("Russian Soldier Admits Defeat")
    assert sents[1] == "KEY POINTS"
    assert sents[2].startswith("- A Russian unit in Ukraine")


def test_abbreviations_do_not_split():
    """'U.S.' and 'Feb. 24' stay inside their sentences."""
    text = "The comments come as a senior U.S. defense official said Friday. It began on Feb. 24 and Monday."
    sents = [s.text for s in split_sentences(text)]
    assert len(sents) == 2


def test_crlf_offsets():
    """CRLF input: offsets still index the original string."""
    text = "First line here.\r\nSecond one. Third one.\r\n"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["First line here.", "Second one.", "Third one."]
    for s in sents:
        assert text[s.start : s.end] == s.text


@given(st.text(alphabet=st.sampled_from("ab .,!?\n\"“”'()Z"), max_size=200))
def test_offsets_law_on_any_text(text):
    """For any text, sentences are in order, disjoint, and slice the original exactly."""
    prev_end = 0
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.start >= prev_end
        prev_end = s.end


def test_issue_11_sentence_ends():
    """Issue 11 (5): '!' before a lower-case word, a title's full stop and a short
    'X said.' after the quote it closes end no sentence."""
    from newsdiff.core.sentences import split_sentences

    def texts(t: str) -> list[str]:
        return [s.text for s in split_sentences(t)]

    assert texts("Snap! went the trap. The woodman wept.") == [
        "Snap! went the trap.",
        "The woodman wept.",
    ]
    quote = "In the north, ''There is no money for the roads,'' Ms. Lindqvist said."
    assert texts(quote) == [quote]
    assert texts('"We will not give up." Clinton said. Then she left.') == [
        '"We will not give up." Clinton said.',
        "Then she left.",
    ]


def test_party_designations_and_more_titles_end_no_sentence():
    """Review r17a: AP's party and state after a lawmaker's name, "Atty. Gen." and
    "Ft. Lauderdale" were cut in two; an initialism's letter before a capital word, or
    a sentence ending in one, still ends the sentence."""
    from newsdiff.core.sentences import _joins, split_sentences

    def texts(t: str) -> list[str]:
        return [s.text for s in split_sentences(t)]

    for one in (
        "Sen. Chuck Schumer, D-N.Y., called it a momentous day.",
        "Rep. Nancy Mace, R-S.C., voted against the bill.",
        "Atty. Gen. Merrick Garland declined to comment.",
        "The ship was docked at Ft. Lauderdale for two days.",
        "Maj. Gen. Patrick Ryder and Adm. John Kirby spoke.",
    ):
        assert texts(one) == [one]
    # The rest of an initialism is what joins: "A. Smith" opens a sentence.
    assert not _joins("He flew to the U.S.", "A. Smith met him there.")
    assert _joins("He flew to Washington, D.", "C., on Monday.")
    assert texts("The ship sailed at 3 p.m. Officials then left.") == [
        "The ship sailed at 3 p.m.",
        "Officials then left.",
    ]


def test_hard_wrapped_paragraphs_are_not_split_at_line_breaks():
    """Issue 11 (5): lines wrapped at a fixed width join; a blank line or a bullet
    starts a new paragraph; offsets still index the original text."""
    from newsdiff.core.sentences import split_sentences

    text = (
        "The mayor spoke at length about the budget and the new roads\n"
        "and the bridges. He said it was fine and that the council\n"
        "would meet again on Monday to vote on the final plan for it.\n"
        "\n"
        "A new paragraph starts here.\n"
        "- a bullet line\n"
    )
    sents = split_sentences(text)
    assert [s.text.replace("\n", " ") for s in sents] == [
        "The mayor spoke at length about the budget and the new roads and the bridges.",
        "He said it was fine and that the council would meet again on Monday to vote on "
        "the final plan for it.",
        "A new paragraph starts here.",
        "- a bullet line",
    ]
    assert all(text[s.start : s.end] == s.text for s in sents)


@given(st.text(alphabet=st.sampled_from("ab \t\n\r\x0b\x0c\x85\u2028\u00a0"), max_size=60))
def test_lines_split_as_the_line_pattern(text):
    """The lines a paragraph is built from are the runs without \\r or \\n that are not
    blank, whether the text is split in C (no \\r) or by the pattern."""
    from newsdiff.core.paragraphs import _LINE
    from newsdiff.core.paragraphs import lines_of as _lines

    want = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    assert _lines(text)[0] == want
    assert _lines(text.replace("\r", ""))[0] == [
        (m.start(), m.end()) for m in _LINE.finditer(text.replace("\r", "")) if m.group().strip()
    ]


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_list_marker_belongs_to_its_item():
    """Outside review (bl.txt): '1.' at a line start is the item's number, not a
    sentence of its own."""
    text = "BREAKING: Storm hits coast\n\n1. Roads are closed.\n2. Schools are shut.\n"
    assert _texts(text) == [
        "BREAKING: Storm hits coast",
        "1. Roads are closed.",
        "2. Schools are shut.",
    ]
    assert _texts("iv. Roads are closed.") == ["iv. Roads are closed."]


def test_full_stop_before_a_lower_case_word_continues_the_sentence():
    """Outside review (ab.txt): 'hrs.' and '$3.5m.' before a lower-case word end no
    sentence; a real end before a capital, or before 'eBay', still does."""
    assert _texts("They talked for 2.5 hrs. about the U.K. economy. Its shares rose.") == [
        "They talked for 2.5 hrs. about the U.K. economy.",
        "Its shares rose.",
    ]
    he_earned = (
        "He earned $3.5m. in 2021, vs. $2m. a year earlier, according to filings with "
        "the S.E.C. on Monday."
    )
    assert _texts(he_earned) == [he_earned]
    assert _texts("Sales fell sharply. eBay said it would cut jobs.") == [
        "Sales fell sharply.",
        "eBay said it would cut jobs.",
    ]


def test_lower_case_text_and_caseless_scripts_keep_their_sentence_ends():
    """A full stop in text written all in lower case, and a sentence end in a script
    without case, still end the sentence."""
    assert _texts("the storm hit. three people died.") == ["the storm hit.", "three people died."]
    assert _texts("وقالت الشرطة. قتل ثلاثة أشخاص.") == ["وقالت الشرطة.", "قتل ثلاثة أشخاص."]


def test_indented_line_under_a_bullet_continues_the_item():
    """Outside review (wrapped.txt rows 5-6): a line indented to a bullet item's text
    wraps that item; a line indented otherwise starts a new paragraph."""
    text = (
        "Key points:\n"
        "- Schools closed\n"
        "* Forecasters expect as many as 40 millimetres of rain on\n"
        "  Wednesday, and more on Thursday.\n"
        "    An indented line starts a new paragraph.\n"
    )
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Key points:",
        "- Schools closed",
        "* Forecasters expect as many as 40 millimetres of rain on\n"
        "  Wednesday, and more on Thursday.",
        "An indented line starts a new paragraph.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sents)


def test_greek_question_mark_ends_a_sentence():
    """Outside review (el3.txt): the Greek question mark U+037E (and ';' after a Greek
    word, which NFKC makes of it) ends a sentence; an English ';' does not."""
    assert _texts("Ο υπουργός δήλωσε ότι απέτυχαν\u037e Τρεις άνθρωποι σκοτώθηκαν.") == [
        "Ο υπουργός δήλωσε ότι απέτυχαν\u037e",
        "Τρεις άνθρωποι σκοτώθηκαν.",
    ]
    assert _texts("Ο υπουργός δήλωσε ότι απέτυχαν; Τρεις άνθρωποι σκοτώθηκαν.") == [
        "Ο υπουργός δήλωσε ότι απέτυχαν;",
        "Τρεις άνθρωποι σκοτώθηκαν.",
    ]
    assert _texts("He came; He left.") == ["He came; He left."]


def test_str_split_cuts_at_exactly_the_whitespace_re_matches():
    """normalize and the options' fold turn whitespace runs into one space by
    ``str.split`` (3x faster than ``re.sub(r"\\s+", ...)``): the same characters for
    every code point, so the same text."""
    import re
    import sys

    space = re.compile(r"\s")
    differ = [c for c in range(sys.maxunicode + 1) if bool(space.match(chr(c))) != chr(c).isspace()]
    assert differ == []


@given(
    st.text(
        alphabet=st.sampled_from("ab .\t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2028\u3000\u200b\ufeff’"),
        max_size=40,
    )
)
def test_normalize_collapses_whitespace_as_the_pattern_did(text):
    """normalize gives what NFKC, the fold of doubled marks and quote styles, the
    invisible characters dropped (zero-width space, BOM: ``core.invisible``) and ``\\s+``
    -> one space did."""
    import re
    import unicodedata

    from newsdiff.core.article import _FOLD_PAIRS, fold_doubled_marks, normalize
    from newsdiff.core.invisible import fold_invisible

    folded = fold_doubled_marks(unicodedata.normalize("NFKC", text))
    for mark, plain in _FOLD_PAIRS:
        folded = folded.replace(mark, plain)
    folded = fold_invisible(folded)
    assert normalize(text) == re.sub(r"\s+", " ", folded).strip()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The talks ended.", "de Klerk said he was pleased."),
        ("He painted it in Arles.", "van Gogh later sold it."),
        ("The match ended in a draw.", "da Silva scored twice."),
        ("What a goal!", "van der Merwe scored again."),
        ("The talks ended.", "al-Assad said no."),
        ("The talks ended.", "d'Estaing left early."),
    ],
)
def test_a_surname_particle_after_a_full_stop_starts_a_sentence(first, second):
    """Outside review: a lower-case name particle ('de Klerk', 'van Gogh', 'da Silva')
    opens a sentence, though a plain lower-case word after a full stop does not."""
    assert _texts(f"{first} {second}") == [first, second]


def test_a_particle_before_a_lower_case_word_still_continues_the_sentence():
    """Only a particle before a capital is a name: 'van drivers' after an
    abbreviation's full stop continues the sentence, and 'Prof. de Klerk' is a title."""
    assert _texts("They waited 2 hrs. van drivers said.") == [
        "They waited 2 hrs. van drivers said."
    ]
    assert _texts("He met Prof. de Klerk today. It rained.") == [
        "He met Prof. de Klerk today.",
        "It rained.",
    ]
