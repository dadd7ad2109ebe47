"""Outside review r14: AP-style times, sentences that open with a figure, wrapped
paragraphs indented as a whole, counts of one, number changes in digits in any
language."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core.article import from_text, load
from newsdiff.core.sentences import split_sentences
from newsdiff.meaning import model
from newsdiff.meaning.compare import compare
from newsdiff.store import Store, tag_for


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_a_count_of_one_takes_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`newsdiff sentences` printed "1 sentences" and `newsdiff train` "1 labels"."""
    one = tmp_path / "one.txt"
    one.write_text("Police arrived at 9 p.m.\n", encoding="utf-8")
    assert main(["sentences", str(one), "--store", str(tmp_path / "s.json")]) == 0
    head = capsys.readouterr().out.splitlines()[0]
    assert "  1 sentence  (INDEX from 0" in head
    two = tmp_path / "two.txt"
    two.write_text("Police arrived.\n\nThey left.\n", encoding="utf-8")
    assert main(["sentences", str(two), "--store", str(tmp_path / "s.json")]) == 0
    assert "  2 sentences  (INDEX from 0" in capsys.readouterr().out
    article = load(str(one))
    store_path = tmp_path / "store.json"
    with Store(store_path) as store:
        store.put_many([tag_for(article, split_sentences(article.text)[0], "fact", "ana")])
    assert main(["train", "--store", str(store_path)]) == 0
    assert "not trained: 1 label (at least 30 are needed)" in capsys.readouterr().out
    assert model.too_few(["fact", "fact"]) == "2 labels (at least 30 are needed)"


def test_a_time_goes_on_into_its_day_month_or_zone() -> None:
    """AP-style times cut the sentence after "a.m."/"p.m." (ap_time.txt, split2.txt); a
    weekday, a month, a time zone or a lower-case word goes on with it, and a word
    that plainly opens a sentence (or a quote) still ends it."""
    for text in (
        "The hearing is set for 9 a.m. Tuesday at the federal courthouse.",
        "Police were called at 11:40 p.m. Saturday to a home in Elm Street.",
        "The polls close at 8 p.m. EST on Tuesday.",
        "J.K. Rowling spoke at 10 a.m. Monday in London.",
        "The vote opens at 7 A.M. Jan. 5 in Ohio.",
        "It ended at 5 p.m. Eastern time on Friday.",
        "It starts at 9 a.m. today at the courthouse.",
    ):
        assert _texts(text) == [text]
    assert _texts("The talks stopped at 9 p.m. The talks resumed.") == [
        "The talks stopped at 9 p.m.",
        "The talks resumed.",
    ]
    assert _texts("The meeting ended at 5 p.m. Officials then left.") == [
        "The meeting ended at 5 p.m.",
        "Officials then left.",
    ]
    assert _texts('It ended at 9 p.m. "We are done," he said.') == [
        "It ended at 9 p.m.",
        '"We are done," he said.',
    ]
    assert _texts("It ended at 5 p.m. Eastern Europe went dark.") == [
        "It ended at 5 p.m.",
        "Eastern Europe went dark.",
    ]


def test_a_wrapped_time_goes_on_into_its_day() -> None:
    """The same at a line break of hard-wrapped text: "9 a.m.\\nTuesday" is inside a
    sentence."""
    text = (
        "The hearing on the charges against the former mayor is set for 9 a.m.\n"
        "Tuesday at the federal courthouse, the clerk of the district court said.\n"
        "The mayor, who denies the charges, is expected to attend with lawyers.\n"
    )
    assert _texts(text) == [
        "The hearing on the charges against the former mayor is set for 9 a.m.\n"
        "Tuesday at the federal courthouse, the clerk of the district court said.",
        "The mayor, who denies the charges, is expected to attend with lawyers.",
    ]


def test_a_sentence_may_open_with_a_figure() -> None:
    """digit2.txt: "...12 million dollars. 50 people were hurt." and "Sales fell. 40%
    of stores closed." were one sentence each; an abbreviation before a number still
    holds ("No. 5", "p. 12", "vol. 3", "U.S. 30", "Fig. 2", "approx. 3 p.m.")."""
    assert _texts("The deal is worth 12 million dollars. 50 people were hurt.") == [
        "The deal is worth 12 million dollars.",
        "50 people were hurt.",
    ]
    assert _texts("Sales fell. 40% of stores closed.") == ["Sales fell.", "40% of stores closed."]
    assert _texts("The storm hit on Monday. 2023 was the wettest year on record.") == [
        "The storm hit on Monday.",
        "2023 was the wettest year on record.",
    ]
    assert _texts("The report was aired by NBC. 50 people died.") == [
        "The report was aired by NBC.",
        "50 people died.",
    ]
    for text in (
        "See No. 5 on the list, on p. 12 of vol. 3 of the report.",
        "Sales rose 3.5 per cent on U.S. 30 in Ohio, as Fig. 2 shows.",
        "He arrived at approx. 3 p.m. and left at 5 p.m.",
        "It began on Feb. 24 and ended on Jan. 5, as pp. 12-14 say.",
        "The vote was 52 vs. 48 on Art. 5 and Nos. 6 and 7.",
    ):
        assert _texts(text) == [text]


def test_a_wrapped_sentence_end_before_a_figure_ends_it() -> None:
    """A line that ends a sentence before a line that opens with a figure is no break
    inside a sentence (it was, by the same rule)."""
    text = "The deal is worth 12 million dollars.\n50 people were hurt in the blast.\n"
    assert _texts(text) == [
        "The deal is worth 12 million dollars.",
        "50 people were hurt in the blast.",
    ]


def test_a_wrapped_paragraph_indented_as_a_whole_is_one_paragraph() -> None:
    """wrapped_indented.txt: a paragraph whose every line is indented was cut at each
    line break ("Tourists were" | "turned away at the gates."); only a line indented
    relative to its neighbours (a first-line indent) opens a paragraph, and bullets
    still open items."""
    body = (
        "ATHENS (AP) - Authorities in Greece closed the Acropolis on Friday\n"
        "afternoon as a heatwave pushed temperatures above 44 degrees Celsius\n"
        "in parts of the country, the culture ministry said. Tourists were\n"
        "turned away at the gates. Officials said the site would reopen on\n"
        "Saturday morning if conditions allowed.\n"
    )
    want = [
        "ATHENS (AP) - Authorities in Greece closed the Acropolis on Friday afternoon as a "
        "heatwave pushed temperatures above 44 degrees Celsius in parts of the country, the "
        "culture ministry said.",
        "Tourists were turned away at the gates.",
        "Officials said the site would reopen on Saturday morning if conditions allowed.",
    ]
    bullets = ["- The Acropolis closed from noon to 5 p.m.", "- Wildfires broke out near Corinth"]
    for pad in ("", "    ", "\t"):
        text = "".join(pad + line + "\n" for line in body.splitlines())
        text += f"\n{pad}Key points:\n" + "".join(f"{pad}{b}\n" for b in bullets)
        assert [" ".join(t.split()) for t in _texts(text)] == [*want, "Key points:", *bullets]
    # Indented relative to the block around it: its own paragraph, wrapped.
    nested = (
        "    The ministry said the site would stay shut while the heat lasted.\n"
        "      An indented paragraph starts here and is wrapped at\n"
        "      seventy-two columns like the rest. It has two sentences.\n"
        "    The ministry said it would keep\n"
        "    monitoring.\n"
    )
    assert [" ".join(t.split()) for t in _texts(nested)] == [
        "The ministry said the site would stay shut while the heat lasted.",
        "An indented paragraph starts here and is wrapped at seventy-two columns like the rest.",
        "It has two sentences.",
        "The ministry said it would keep monitoring.",
    ]


def test_a_first_line_indent_still_opens_a_paragraph() -> None:
    """Print style: each paragraph's first line indented, no blank lines; a one-line
    headline indented as a first line is a paragraph of its own."""
    text = (
        "    Heatwave grips southern Europe as temperatures pass 44C\n"
        "    Authorities in Greece closed the Acropolis on Friday afternoon as a\n"
        "heatwave pushed temperatures above 44 degrees Celsius in parts of the\n"
        "country\n"
        "    Tourists were turned away at the gates of the site and told to come\n"
        "back on Saturday morning.\n"
    )
    assert [" ".join(t.split()) for t in _texts(text)] == [
        "Heatwave grips southern Europe as temperatures pass 44C",
        "Authorities in Greece closed the Acropolis on Friday afternoon as a heatwave pushed "
        "temperatures above 44 degrees Celsius in parts of the country",
        "Tourists were turned away at the gates of the site and told to come back on "
        "Saturday morning.",
    ]


RU_A = (
    "Правительство объявило в понедельник о повышении пенсий на 10 процентов.\n"
    "Оппозиция раскритиковала это решение.\n"
)
RU_B = (
    "Правительство объявило во вторник о повышении пенсий на 8 процентов.\n"
    "Оппозиция резко раскритиковала это решение.\n"
)


def test_a_figure_in_digits_is_a_number_change_in_any_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ru_a.txt / ru_b.txt: `--fail-on number` exited 0 where "10" became "8"; digits are
    written alike in every language, so that change is a number change, while words
    ("пять" -> "семь", a weekday) stay English-only and so rewording."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(RU_A, encoding="utf-8")
    b.write_text(RU_B, encoding="utf-8")
    assert main(["diff", "--format", "plain", "--fail-on", "number", str(a), str(b)]) == 1
    out, err = capsys.readouterr()
    assert "[-10-]{+8+}{number}" in out
    assert "[-в понедельник-]{+во вторник+}{rewording}" in out
    assert "English-only" in err and "unless a figure in digits changed (number)" in err
    cmp = compare(from_text("Погибли пять человек в 2023 году.", "a"),
                  from_text("Погибли семь человек в 2024 году.", "b"))  # fmt: skip
    assert cmp.lang == "ru"
    assert [(c.a, c.b, c.classes) for c in cmp.rows[0].changes] == [
        ("пять", "семь", ("rewording",)),
        ("2023", "2024", ("number",)),
    ]
    # A figure against a number word, or one value in another unit word: no guess.
    for x, y in (("Погибли 10 человек.", "Погибли десять человек."),
                 ("Рост 10 %.", "Рост 10 процентов.")):  # fmt: skip
        changes = compare(from_text(x, "a"), from_text(y, "b")).rows[0].changes
        assert {c.cls for c in changes} == {"rewording"}
    arabic = compare(
        from_text("قتل ١٠ أشخاص في الهجوم.", "a"), from_text("قتل ٨ أشخاص في الهجوم.", "b")
    )
    assert [c.cls for c in arabic.rows[0].changes] == ["number"]
