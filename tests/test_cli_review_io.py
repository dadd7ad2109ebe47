"""What a second outside review of the command line found about input and output:
hard-wrapped text drawn with line-break glyphs, pages in a declared charset read as
cp1252, a plain diff that lost a space, multi-line usage errors, binary accepted, duplicate
corpus ids and store folders made silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core import charsets
from newsdiff.store import StoreError

from .conftest import write_pair
from .test_cli import run

WRAPPED_A = (
    "Flood waters forced 3,000 residents from their homes in the river town\n"
    "of Milbrook on Tuesday, officials said. The mayor said\n"
    "the levee had not failed but was overtopped by the water.\n"
)
WRAPPED_B = WRAPPED_A.replace("forced", "drove").replace("overtopped", "breached")


@pytest.fixture
def wrapped(tmp_path: Path) -> tuple[str, str]:
    return write_pair(tmp_path, WRAPPED_A, WRAPPED_B)


@pytest.mark.parametrize(
    "argv",
    [
        ["diff", "--color", "never", "--width", "300"],
        ["diff", "--color", "always", "--width", "300"],
        ["diff", "--format", "plain", "--color", "never"],
        ["diff", "--format", "plain", "--color", "always"],
        ["sentences"],
        ["suggest"],
    ],
)
def test_a_hard_wrapped_line_break_reads_as_a_space(
    argv: list[str], wrapped: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A line break inside a paragraph is a space on screen, never a glyph or a new line:
    each sentence (each row) is one line."""
    files = list(wrapped) if argv[0] == "diff" else [wrapped[0]]
    _, out, _ = run(capsys, *argv, *files)
    assert "\u240a" not in out
    first = [line for line in out.splitlines() if "Milbrook" in line]
    assert len(first) == 1 and "town of Milbrook" in first[0] and "officials said." in first[0]
    second = [line for line in out.splitlines() if "said the levee" in line]
    assert len(second) == 1 and "water." in second[0]


def test_the_json_keeps_the_line_breaks(
    wrapped: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON keeps the text exactly: its ops reassemble the input, line breaks and all."""
    _, out, _ = run(capsys, "diff", "--format", "json", *wrapped)
    rows = json.loads(out)["rows"]
    a_text = "".join(t for row in rows for op, t in row["ops"] if op != "insert")
    assert "town\nof Milbrook" in a_text
    _, out, _ = run(capsys, "sentences", "--format", "json", wrapped[0])
    assert "town\nof Milbrook" in json.loads(out)["sentences"][0]["text"]


def test_report_quotes_a_wrapped_change_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A change that spans a line break is quoted with a space in the report."""
    changed = WRAPPED_A.replace("river town\nof Milbrook", "mill city\nnear Milton")
    _, out, _ = run(capsys, "report", *write_pair(tmp_path, WRAPPED_A, changed))
    assert '"river town of Milbrook" -> "mill city near Milton"' in out


def test_one_line_joins_breaks_and_still_shows_controls() -> None:
    """one_line: a break and its spaces become one space; ESC is still a picture."""
    from newsdiff.core.visible import one_line

    assert one_line("town\n  of\r\nMilbrook\u2028now") == "town of Milbrook now"
    assert one_line("a\x1b[2Jb\nc") == "a\u241b[2Jb c"
    assert one_line("tab\tkept\n") == "tab\tkept "


def _rebuilt(line: str, side: str) -> str:
    """One side of a plain diff line read back: shared text and that side's marks."""
    import re

    keep, drop = (
        (r"\[-(.*?)-\]", r"\{\+.*?\+\}") if side == "a" else (r"\{\+(.*?)\+\}", r"\[-.*?-\]")
    )
    text = re.sub(r"\{[a-z ]+\}(?!\+)", "", line[2:])  # the classes
    return re.sub(keep, r"\1", re.sub(drop, "", text))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Troops launched an offensive against rebel positions near the border town, "
            "killing dozens of fighters in the capital.",
            "Observers reported that rebel positions near the border town had been quietly "
            "abandoned weeks before.",
        ),
        ("The talks ended,and both sides left the hall.", "The talks ended and both sides left."),
    ],
)
def test_plain_diff_lets_a_reader_rebuild_both_sides(
    a: str, b: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A space that only B has beside a change is inside B's marks ('town{+ had+}'), not
    lost ('town[-, killing-]{+had+}' read as 'townhad')."""
    files = write_pair(tmp_path, a + "\n", b + "\n")
    _, out, _ = run(capsys, "diff", "--format", "plain", *files)
    line = out.splitlines()[0]
    assert _rebuilt(line, "a") == a
    assert _rebuilt(line, "b") == b


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["diff", "--format", "xml", "a", "b"],
            "newsdiff diff: --format must be one of rich, plain, json (got 'xml')",
        ),
        (
            ["tag", "a", "0", "fact", "--annotator", "a\x1b[2Jb"],
            "newsdiff tag: --annotator: 'a\\x1b[2Jb' holds a control character",
        ),
        (
            ["diff", "a", "b", "c"],
            "newsdiff diff: unrecognized arguments: c (see 'newsdiff diff --help')",
        ),
        (
            ["report"],
            "newsdiff report: the following arguments are required: A, B (see 'newsdiff report --help')",
        ),
        (["scan", "--top", "x", "dir"], "newsdiff scan: --top: "),
        (
            ["export", "--format", "xml"],
            "newsdiff export: --format must be one of jsonl, csv (got 'xml')",
        ),
    ],
)
def test_every_argument_error_is_one_line(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An argument error is one line on stderr, exit 2: no usage block above it."""
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1, err
    assert err.startswith(expected)
    assert "usage:" not in err and "\x1b" not in err


def test_the_app_parser_errors_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """The app's own parser (newsdiff A B ...) says a bad option in one line too."""
    from newsdiff.main import main as front_door

    with pytest.raises(SystemExit) as stop:
        front_door(["a.txt", "b.txt", "--bogus"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err == "newsdiff: unrecognized arguments: --bogus (see 'newsdiff --help')\n"


@pytest.mark.parametrize("code", ["xx", "zz-ZZ", "eng1"])
def test_an_unknown_language_code_is_refused(
    code: str, wrapped: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """--lang xx was taken as a language; now one line lists the codes accepted."""
    with pytest.raises(SystemExit) as stop:
        main(["diff", "--lang", code, *wrapped])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert f"--lang: {code!r} is no language code" in err
    assert " en " in err and " zh " in err and " ur " in err


@pytest.mark.parametrize("code", ["en", "pt-BR", "fil", "zh-Hant"])
def test_a_known_language_code_is_taken(
    code: str, wrapped: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Real codes, with a region or script, and three-letter ones, still work."""
    assert main(["diff", "--lang", code, "--format", "json", *wrapped]) == 1
    assert json.loads(capsys.readouterr().out)["stats"]["lang"] == code


def test_a_login_name_with_a_control_character_is_no_name(
    wrapped: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """$USER holding ESC made 'tag' end in a traceback; it counts as no login name."""
    for var in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(var, "a\x1b[2Jb")
    store = str(tmp_path / "s.json")
    assert main(["tag", wrapped[0], "0", "fact", "--store", store]) == 0
    assert "(annotator)" in capsys.readouterr().out


RUSSIAN = (
    "<p>Российские войска бросили десятки танков при поспешном отступлении из-под Киева, "
    "сообщил западный чиновник в понедельник.</p><p>По его словам, боевой дух солдат "
    "окончательно рухнул, и они больше не хотят воевать.</p>"
)
CHINESE = (
    "<p>俄罗斯军队在仓促撤退中丢弃了大量坦克。官员说，士兵的士气已经崩溃，他们不再有战斗意志。</p>"
)


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}<title>t</title></head><body><article>{body}</article></body></html>"


@pytest.mark.parametrize(
    ("head", "body", "charset", "codec"),
    [
        ('<meta charset="windows-1251">', RUSSIAN, "cp1251", "cp1251"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">',
            RUSSIAN,
            "koi8-r",
            "koi8-r",
        ),
        ("<meta charset=gb2312>", CHINESE, "gb2312", "gb18030"),
        (
            '<meta charset="Shift_JIS">',
            "<p>ロシア軍は戦車を放棄した。兵士の士気は崩壊した。</p>",
            "shift_jis",
            "shift_jis",
        ),
    ],
)
def test_a_page_is_read_in_the_charset_it_declares(
    head: str,
    body: str,
    charset: str,
    codec: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A page in windows-1251 (or koi8-r, gb2312, Shift_JIS) was read as cp1252:
    mojibake. Its meta charset is obeyed; the note names the charset used."""
    page = tmp_path / "page.html"
    page.write_bytes(_page(head, body).encode(charset))
    code, out, err = run(capsys, "sentences", "--format", "json", str(page))
    assert code == 0
    texts = " ".join(s["text"] for s in json.loads(out)["sentences"])
    first = body[3:13]
    assert first in texts
    assert err == f"newsdiff: {page}: not UTF-8: decoded as {codec}, as the page declares\n"


def test_an_unknown_or_wrong_declared_charset_falls_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A charset newsdiff does not know (or not a charset: rot13) falls back to cp1252,
    as before, with its note; a page that declares one but is UTF-8 reads as UTF-8."""
    text = "<p>The café owner said prices rose by five euros this week, and more.</p>" * 3
    for label in ("x-unknown-charset", "rot13", "unicode_escape"):
        page = tmp_path / "page.html"
        page.write_bytes(_page(f'<meta charset="{label}">', text).encode("cp1252"))
        code, out, err = run(capsys, "sentences", str(page))
        assert code == 0 and "café" in out
        assert err == f"newsdiff: {page}: not valid UTF-8, decoded as cp1252\n"
    page.write_bytes(_page('<meta charset="windows-1251">', text).encode("utf-8"))
    code, out, err = run(capsys, "sentences", str(page))
    assert code == 0 and "café" in out and err == ""


def test_a_plain_text_file_does_not_obey_markup_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only an HTML page declares a charset: a .txt quoting a meta tag stays cp1252."""
    article = tmp_path / "a.txt"
    article.write_bytes(
        'Write <meta charset="koi8-r"> in the head. The café opened.'.encode("cp1252")
    )
    code, out, err = run(capsys, "sentences", str(article))
    assert code == 0 and "café" in out and "decoded as cp1252" in err


def test_binary_without_nul_bytes_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Random bytes with the NULs taken out were decoded as latin-1 and diffed (exit 1);
    now they are refused in one line, exit 2."""
    import random

    rng = random.Random(7)
    data = bytes(rng.randrange(1, 256) for _ in range(5000))
    binary = tmp_path / "bin2.dat"
    binary.write_bytes(data)
    code, out, err = run(capsys, "diff", str(binary), str(binary))
    assert code == 2 and out == ""
    assert (
        err
        == f"newsdiff: {binary}: binary file (mostly control characters, not text in any charset)\n"
    )


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_real_single_byte_text_is_still_read(
    encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """cp1252 and latin-1 text, accents, a stray escape sequence and all, is still text."""
    text = "Le café a fermé à Zürich.\x1b[2J Die Straße ist gesperrt, sagte die Polizei.\n"
    article = tmp_path / "a.txt"
    article.write_bytes(text.encode(encoding))
    code, out, _ = run(capsys, "sentences", "--format", "json", str(article))
    assert code == 0
    assert "Zürich" in json.loads(out)["sentences"][0]["text"]


def _corpus(folder: Path, *records: tuple[str, str]) -> str:
    path = folder / "dup.jsonl"
    path.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in records), "utf-8")
    return str(path)


DUP_FIRST = "Flood waters forced 3,000 residents from their homes on Tuesday, officials said."
DUP_SECOND = "Flood waters forced 3,000 residents from their homes on Tuesday, officials claimed."


def test_a_duplicate_corpus_id_names_its_first_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two records of id x: x is the first (it was the last, silently), and stderr
    names the id and both lines, once."""
    from newsdiff.corpus import records

    records._told.clear()
    corpus = _corpus(tmp_path, ("x", DUP_FIRST), ("y", "Other news today."), ("x", DUP_SECOND))
    code, out, err = run(capsys, "sentences", f"{corpus}#x")
    assert code == 0 and "officials said." in out and "claimed" not in out
    assert err == (
        f"newsdiff: {corpus}#x: id 'x' is on lines 1 and 3 of {corpus}: the first is used, "
        "the others left out\n"
    )
    run(capsys, "sentences", f"{corpus}#x")
    assert run(capsys, "sentences", f"{corpus}#y")[2] == ""


def test_scan_counts_a_duplicate_id_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """scan counted two articles for one id (and paired x with x); the second record is
    left out and listed with the skipped ones."""
    corpus = _corpus(tmp_path, ("x", DUP_FIRST), ("x", DUP_SECOND))
    code, out, err = run(capsys, "scan", "--format", "json", corpus)
    assert code == 0
    assert json.loads(out) == []
    assert "id 'x' is on lines 1 and 2" in err
    code, out, _ = run(capsys, "scan", corpus)
    assert out.startswith("1 article, 0 pairs")


def test_tag_refuses_a_store_in_a_missing_folder(
    wrapped: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """tag --store /nonexist/a/b.json made /nonexist/a/ and saved there; now one line,
    exit 2, and nothing is made. The app refuses the same --store the same way."""
    from newsdiff.tui.app import create_app

    store = tmp_path / "nonexist" / "a" / "b.json"
    code, out, err = run(capsys, "tag", wrapped[0], "0", "fact", "--store", str(store))
    assert code == 2 and out == ""
    assert err.startswith(f"newsdiff: {store.parent}: no such folder for the store")
    assert len(err.splitlines()) == 1
    assert not (tmp_path / "nonexist").exists()
    with pytest.raises(StoreError, match="no such folder for the store"):
        create_app(wrapped[0], wrapped[1], store=str(store))
    assert not (tmp_path / "nonexist").exists()


def test_the_default_store_folder_is_still_made(
    wrapped: tuple[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Without --store, annotations/ is created on the first tag, as the README says;
    a --store in an existing folder is fine."""
    monkeypatch.delenv("NEWSDIFF_STORE")
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "tag", wrapped[0], "0", "fact")[0] == 0
    assert (tmp_path / "annotations" / "newsdiff.json").is_file()
    assert run(capsys, "tag", wrapped[0], "0", "fact", "--store", "here.json")[0] == 0
    assert (tmp_path / "here.json").is_file()


RUSSIAN_TEXT = (
    "Российские войска бросили большое количество танков при поспешном отступлении. "
    "Официальные лица заявили, что боевой дух солдат рухнул.\n"
)


@pytest.mark.parametrize("charset", ["cp1251", "koi8-r"])
def test_a_cyrillic_text_file_is_read_as_cyrillic(
    charset: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Outside review: a .txt in cp1251 (or KOI8-R) declares nothing and was decoded as
    cp1252 mojibake ('Ðîññèéñêèå'); its bytes read as Cyrillic, and the note says the
    charset was read from them."""
    article = tmp_path / "a.txt"
    article.write_bytes(RUSSIAN_TEXT.encode(charset))
    code, out, err = run(capsys, "sentences", "--format", "json", str(article))
    assert code == 0
    texts = [s["text"] for s in json.loads(out)["sentences"]]
    assert texts == [
        "Российские войска бросили большое количество танков при поспешном отступлении.",
        "Официальные лица заявили, что боевой дух солдат рухнул.",
    ]
    assert (
        err
        == f"newsdiff: {article}: not valid UTF-8, decoded as {charset} (guessed from its bytes)\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Élève à l'école: déjà été frappé, à côté du café. Où est la forêt? Même hôtel, çà et là.\n",
        "Die Straße über den Fluß ist gesperrt; Bürger müssen Umwege fahren, sagte die Behörde.\n",
        "Prisen på smørbrød og rødgrøt med fløte øker, sier næringsministeren i Ålesund.\n",
    ],
)
def test_latin_text_full_of_accents_stays_cp1252(
    text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """French, German and Norwegian in cp1252 have bytes Cyrillic charsets read as
    letters too; they stay cp1252, with the note they always had."""
    article = tmp_path / "a.txt"
    article.write_bytes(text.encode("cp1252"))
    code, out, err = run(capsys, "sentences", "--format", "json", str(article))
    assert code == 0 and text.split()[1] in out
    assert err == f"newsdiff: {article}: not valid UTF-8, decoded as cp1252\n"


def test_only_the_start_of_a_large_file_is_weighed() -> None:
    """The guess reads GUESS_SAMPLE bytes, not the whole file: Russian after that many
    bytes of cp1252 French is not looked at, so a 30 MB file costs what 64 KB do."""
    french = "Élève à l'école, déjà été frappé à côté du café. ".encode("cp1252")
    russian = RUSSIAN_TEXT.encode("cp1251")
    head = french * (charsets.GUESS_SAMPLE // len(french) + 1)
    assert charsets.guess_cyrillic(russian) == "cp1251"
    assert charsets.guess_cyrillic(head + russian * 1000) is None
