"""Outside review r17c of what comes in: invisible characters counted as changes of
meaning. Each with the reviewer's text, and a near miss the fix must leave alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.core.article import from_text, normalize
from newsdiff.core.worddiff import tokenize
from newsdiff.meaning.compare import compare
from newsdiff.meaning.report import substitutions

from .conftest import run_cli, write_pair

# 3. Invisible characters: soft hyphen, zero-width space, word joiner, BOM, and the
# joiners outside scripts that need them.

INVISIBLE_A = (
    "Café owner Renée Dupré said the naïve plan would cost €300,000 – “far too much”.\n\n"
    "The council’s vote is due on Monday.\n"
)
INVISIBLE_B = (
    "Café own\u00ader Renée Dupré sa\u200bid the naïve plan would cost €300,000 – “far too "
    "much”.\n\nThe council’s vote is due on Mon\u200dday.\n"
)


def test_invisible_characters_are_no_number_nor_attribution_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = write_pair(tmp_path, INVISIBLE_A, INVISIBLE_B)
    code, out, _ = run_cli(
        capsys, "diff", "--format", "plain", "--fail-on", "number,attribution", a, b
    )
    assert code == 0, out
    # The text shown is the text as written, each change a variant.
    assert "[-said-]{+sa\u200bid+}{variant}" in out
    assert "[-Monday-]{+Mon\u200dday+}{variant}" in out
    assert "[-owner-]{+own\u00ader+}{variant}" in out


def test_soft_hyphens_leave_reuse_whole_and_substitute_nothing() -> None:
    a = "The coastguard commander told reporters that 214 passengers were evacuated."
    b = "The coast\u00adguard comm\u00adander told repo\u00adrters that 214 passe\u00adngers were evac\u00aduated."
    comparison = compare(from_text(a, "a"), from_text(b, "b"))
    (row,) = comparison.rows
    assert {c.classes for c in row.changes} == {("variant",)}
    assert substitutions(list(comparison.rows)) == []


def test_zero_width_spaces_before_words_are_one_token_each() -> None:
    text = "Ferry \u200bruns \u200baground"
    assert tokenize(text) == ["Ferry", " ", "\u200bruns", " ", "\u200baground"]
    assert normalize(text) == "Ferry runs aground"
    assert normalize("\ufeffsa\u2060id") == "said"


@pytest.mark.parametrize(
    "kept",
    [
        "क्\u200dष",  # Devanagari: ZWJ asks for the half form
        "ক্\u200cষ",  # Bengali: ZWNJ keeps the conjunct apart
        "👨\u200d👩\u200d👧",  # one family emoji, not three faces
    ],
)
def test_joiners_stay_where_the_script_uses_them(kept: str) -> None:
    assert normalize(kept) == kept


def test_a_visible_change_next_to_an_invisible_one_is_still_read() -> None:
    """Near miss: "said" -> "den\u00adied" is an attribution change, soft hyphen or not."""
    (row,) = compare(
        from_text("The minister said the plan was costed.", "a"),
        from_text("The minister den\u00adied the plan was costed.", "b"),
    ).rows
    assert any("attribution" in c.classes for c in row.changes)
    (row,) = compare(
        from_text("The vote is due on Monday.", "a"),
        from_text("The vote is due on Tues\u200bday.", "b"),
    ).rows
    assert [c.classes for c in row.changes] == [("number",)]


# 4. A UTF-8 file with a few stray cp1252 bytes.

CURLY = "The MV Kestrel struck a sandbank near the island’s harbour.\n\n“Everyone is safe,” the coastguard said.\n"


def test_a_stray_cp1252_byte_leaves_the_rest_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(CURLY + "Reporting by Jose Garcia.\n", encoding="utf-8")
    b.write_bytes(CURLY.encode() + "Reporting by José García.\n".encode("cp1252"))
    code, out, err = run_cli(capsys, "diff", "--format", "plain", str(a), str(b))
    assert code == 1
    # The curly quotes are themselves, no mojibake, no change.
    assert "“Everyone is safe,” the coastguard said." in out
    assert "â" not in out and "{attribution}" not in out
    assert "[-Jose Garcia-]{+José García+}" in out
    (line,) = err.splitlines()
    first = len(CURLY.encode()) + len("Reporting by Jos")
    assert line.endswith(
        f"b.txt: UTF-8 but for 2 bytes that are not (the first at byte {first}, line 4), "
        "read as cp1252"
    )


def test_mixed_bytes_are_no_binary_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The reviewer's b_mixed_utf8_cp1252.txt: U+201D's UTF-8 holds 0x9D, undefined in
    # cp1252, so the whole file read as latin-1 control characters: "binary file".
    a, _ = write_pair(tmp_path, "The vote is due on Monday.\n", "")
    b = tmp_path / "mixed.txt"
    b.write_bytes("“The vote is due on Monday.” Signed: ".encode() + "José.\n".encode("cp1252"))
    code, out, err = run_cli(capsys, "diff", "--format", "plain", a, str(b))
    assert code == 1, err
    assert "binary file" not in err and "{+Signed: José.+}" in out
    first = len("“The vote is due on Monday.” Signed: Jos".encode())
    assert f"1 byte that is not (the first at byte {first}, line 1)" in err


def test_a_cp1252_file_stays_cp1252(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Near miss: a whole cp1252 file (curly quotes as single bytes), with one pair of
    bytes that happens to be valid UTF-8 ("É»"), is cp1252, not UTF-8 with strays."""
    path = tmp_path / "cp.txt"
    path.write_bytes("“Café” and “naïve”, said the CAFÉ» sign.\n".encode("cp1252"))
    code, out, err = run_cli(capsys, "sentences", str(path))
    assert code == 0
    assert "“Café” and “naïve”, said the CAFÉ» sign." in out
    assert "not valid UTF-8, decoded as cp1252" in err


# 2. The scan's source by dates as points in time, not as text.

RAIL = (
    "Thousands of rail workers in Valmora began a 48-hour strike on Monday after talks "
    "over pay broke down, halting most commuter services around the capital. The Rail and "
    "Transport Union said its members had rejected a 3.5% offer as far below inflation, "
    "which reached 6.1% last month. Transport minister Ilona Varga called the strike "
    "irresponsible and said the government would not reopen negotiations."
)


def _scan_dates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], wire: object, reprint: object
) -> tuple[str | None, str, str]:
    corpus = tmp_path / "c.jsonl"
    lines = [
        {"id": "wire", "text": RAIL, "date": wire},
        {"id": "reprint", "text": RAIL + " Trains will run again on Thursday.", "date": reprint},
    ]
    corpus.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    code, out, _ = run_cli(capsys, "scan", "--format", "jsonl", str(corpus))
    assert code == 0
    (pair,) = map(json.loads, out.splitlines())
    return pair["source"], pair["source_note"], pair["a"]["ref"].rpartition("#")[2]


@pytest.mark.parametrize(
    ("wire", "reprint"),
    [
        ("12/31/2025", "01/02/2026"),  # the reviewer's: as text, "01/..." came first
        ("May 30, 2026", "June 3, 2026"),  # as text, "June" came before "May"
        ("2026-06-01T23:00:00-05:00", "2026-06-02T05:00:00Z"),  # 04:00Z, one hour earlier
        ("2026-05-30", "June 3, 2026"),
    ],
)
def test_the_earlier_date_is_the_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], wire: str, reprint: str
) -> None:
    assert _scan_dates(tmp_path, capsys, wire, reprint) == ("date", "dated earlier", "wire")
    # Either way round.
    assert _scan_dates(tmp_path, capsys, reprint, wire) == ("date", "dated earlier", "reprint")


def test_the_reviewers_times_compare_in_utc(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 2026-06-01T23:00-05:00 is 04:00Z on the 2nd, after 01:00Z: the reprint came first.
    found = _scan_dates(tmp_path, capsys, "2026-06-01T23:00:00-05:00", "2026-06-02T01:00:00Z")
    assert found == ("date", "dated earlier", "reprint")


@pytest.mark.parametrize(
    ("wire", "reprint", "note"),
    [
        ("2026-06-02", "unknown", "only A dated"),
        ("2026-06-02", True, "only A dated"),  # "date": true read as the date "True"
        ("yesterday", "May 30", "no dates"),  # no year: no telling which came first
        # Near miss: the same day written two ways is the same date, no source.
        ("2026-06-02", "June 2, 2026", "same date"),
    ],
)
def test_what_is_no_date_gives_no_direction(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], wire: object, reprint: object, note: str
) -> None:
    assert _scan_dates(tmp_path, capsys, wire, reprint)[:2] == (None, note)


# 5. A corpus's ids and titles reach the terminal with their controls shown.

RED_TITLE = "Line one\nLine two\x1b[31mRED\x1b[0m \u202eevil"


def _ctrl_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "ctrl.jsonl"
    lines = [
        {"id": "t1", "title": RED_TITLE, "text": RAIL},
        {"id": "t2\x1b[2J", "text": RAIL + " Trains will run again on Thursday."},
    ]
    corpus.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return corpus


def test_scan_shows_ids_and_titles_controls_as_pictures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, "scan", str(_ctrl_corpus(tmp_path)))
    assert code == 0
    assert "\x1b" not in out and "\u202e" not in out
    assert "Line one Line two␛[31mRED␛[0m �evil" in out
    assert "ctrl.jsonl#t2␛[2J" in out
    # The columns stay aligned: each side's title starts at the same column.
    a_line, b_line = (ln for ln in out.splitlines() if ln.startswith(("     A  ", "     B  ")))
    assert a_line.index("Line one") == b_line.index("Thousands")


def test_scan_leaves_plain_ids_and_titles_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Near miss: a title with accents, quotes and a right-to-left name is shown as it is."""
    corpus = tmp_path / "plain.jsonl"
    title = "Grève à Valmora: «pas de trains», dit אבי"
    lines = [{"id": "t1", "title": title, "text": RAIL}, {"id": "t2", "text": RAIL}]
    corpus.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    code, out, _ = run_cli(capsys, "scan", str(corpus))
    assert code == 0 and title in out


def test_the_pickers_cells_show_controls_as_spaces() -> None:
    from newsdiff.tui.listing import Listed
    from newsdiff.tui.screens.picker import side_cells

    item = Listed(
        "c.jsonl#t1", "c.jsonl#t2\x1b[2J\x1b[H", RED_TITLE, "Rail", 1.0, 0.9, "a", "b", 3, 3
    )
    a, b = side_cells(item, 60)
    assert a == "Line one Line two [31mRED [0m evil" and b == "Rail"
    a, b = side_cells(item, 12)  # narrow: the file names, cut in the middle
    assert "\x1b" not in a + b and b.startswith("c.jso")


# 7. A corpus in UTF-16 (with its byte-order mark) or in cp1252 is read as text files are.


def _corpus_lines(*texts: str) -> str:
    return "".join(
        json.dumps({"id": f"r{n}", "text": t}, ensure_ascii=False) + "\n"
        for n, t in enumerate(texts, 1)
    )


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_a_utf16_corpus_keeps_its_first_record_and_has_no_phantom_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], codec: str
) -> None:
    corpus = tmp_path / "wide.jsonl"
    data = _corpus_lines(RAIL, RAIL + " Trains will run again on Thursday. 😀")
    bom = {"utf-16-be": b"\xfe\xff"}.get(codec, b"")
    corpus.write_bytes(bom + data.encode(codec))
    code, out, err = run_cli(capsys, "scan", "--format", "jsonl", str(corpus))
    assert code == 0 and err == ""
    (pair,) = map(json.loads, out.splitlines())
    assert {pair["a"]["ref"], pair["b"]["ref"]} == {f"{corpus}#r1", f"{corpus}#r2"}
    code, out, err = run_cli(capsys, "sentences", f"{corpus}#r2")
    assert code == 0 and "Trains will run again on Thursday. 😀" in out
    assert "decoded as UTF-" in err


def test_a_cp1252_corpus_is_read_not_called_not_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "cp.jsonl"
    corpus.write_bytes(
        _corpus_lines("Café owner said €300.", "Café owner said €400.").encode("cp1252")
    )
    code, out, err = run_cli(capsys, "diff", "--format", "plain", f"{corpus}#r1", f"{corpus}#r2")
    assert code == 1
    assert out.startswith("~ Café owner said €[-300-]{+400+}{number}.")
    assert "r1: not valid UTF-8, decoded as cp1252" in err


def test_a_corpus_line_that_is_not_json_still_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Near miss: a UTF-8 line that is broken JSON, and one with a NUL byte, are still
    refused, each for what is wrong with it."""
    corpus = tmp_path / "bad.jsonl"
    corpus.write_bytes(
        _corpus_lines(RAIL, RAIL + " More.").encode() + b'{"id": "x", "text": "Caf\xc3\xa9\n'
        b'{"id": "y", "text": "a\x00b"}\n'
    )
    code, _, err = run_cli(capsys, "scan", str(corpus))
    assert code == 0
    assert "line 3: not JSON" in err and "line 4: binary file (contains NUL bytes)" in err


# 8. A record that has the id asked for but is no article says why; any number is an id.


def test_a_record_without_text_is_named_not_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "mixed.jsonl"
    lines = [
        {"id": "wire-1", "text": RAIL},
        {"id": "nodate", "body": RAIL},  # the reviewer's line 4: "body", not "text"
        {"id": 1.5, "text": RAIL},
    ]
    corpus.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    code, _, err = run_cli(capsys, "sentences", f"{corpus}#nodate")
    assert code == 2
    assert err == (
        f"newsdiff: {corpus}#nodate: line 2: id 'nodate' has no 'text' (its fields: 'id', 'body')\n"
    )
    code, out, _ = run_cli(capsys, "sentences", f"{corpus}#1.5")
    assert code == 0 and "Thousands of rail workers" in out
    # Near miss: an id no line has is still "no article with id".
    code, _, err = run_cli(capsys, "sentences", f"{corpus}#body")
    assert code == 2 and "no article with id 'body'" in err
    code, _, err = run_cli(capsys, "scan", str(corpus))
    assert "line 2: id 'nodate' has no 'text'" in err


# 9. A currency's ISO code for its sign is the same figure.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("€300,000", "EUR 300,000"),  # the reviewer's
        ("$40", "USD 40"),
        ("£40", "40 GBP"),
        ("EUR 300,000", "300,000 EUR"),
        ("¥5,000", "JPY5,000"),
    ],
)
def test_a_currency_code_for_its_sign_is_a_variant(a: str, b: str) -> None:
    (row,) = compare(
        from_text(f"The plan would cost {a}, the council said on Monday.", "a"),
        from_text(f"The plan would cost {b}, the council said on Monday.", "b"),
    ).rows
    assert [c.classes for c in row.changes] == [("variant",)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("EUR 300,000", "EUR 350,000"),
        ("EUR 300,000", "USD 300,000"),  # another currency
        ("€300,000", "GBP 300,000"),
    ],
)
def test_another_amount_or_currency_is_still_a_number(a: str, b: str) -> None:
    (row,) = compare(
        from_text(f"The plan would cost {a}, the council said on Monday.", "a"),
        from_text(f"The plan would cost {b}, the council said on Monday.", "b"),
    ).rows
    assert [c.classes for c in row.changes] == [("number",)]


# 6. A paywalled page: the full text in its JSON-LD, the teaser and "Subscribe" shown.

FERRY = [
    "A passenger ferry ran aground off Brindle Island early on Tuesday, and all 214 people "
    "on board were taken off safely, the coastguard said.",
    "The MV Kestrel, operated by Northsound Lines, struck a sandbank about two kilometres "
    "from the island's harbour at around 6:40 a.m. in thick fog.",
    "Lifeboats from Port Calder and two fishing vessels helped transfer passengers to the "
    "shore over three hours.",
    "The Marine Accident Investigation Branch has sent inspectors to the scene.",
]


def _paywalled(body: str) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": "Ferry runs aground", "articleBody": body})  # fmt: skip
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry runs aground</title>'
        f'<script type="application/ld+json">{ld}</script></head><body><nav>Home News</nav>'
        f"<article><h1>Ferry runs aground</h1><p>{FERRY[0]}</p><div class='paywall'>"
        "<p>Subscribe to continue reading. Get unlimited access for just £1 a month.</p>"
        "<p>Already a subscriber? Log in</p></div></article></body></html>"
    )


def test_a_paywalled_page_gives_its_json_ld_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "paywall.html"
    page.write_text(_paywalled("\n\n".join(FERRY)), encoding="utf-8")
    code, out, _ = run_cli(capsys, "sentences", str(page))
    assert code == 0
    assert "Subscribe" not in out and "Log in" not in out
    assert all(p in out for p in FERRY)


def test_a_json_ld_summary_is_not_taken_for_the_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Near miss: a body that does not start as the page does (another story, a summary)
    is not the article; the page's own text stays."""
    page = tmp_path / "summary.html"
    other = "A bus crashed near Port Calder on Monday, injuring three people, police said. " * 8
    page.write_text(_paywalled(other), encoding="utf-8")
    code, out, _ = run_cli(capsys, "sentences", str(page))
    assert code == 0 and FERRY[0] in out and "bus crashed" not in out
