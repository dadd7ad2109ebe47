"""Articles as they are found: HTML pages, passim-style JSON Lines corpora, folders."""

from __future__ import annotations

import ast
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core.article import InputError, load, set_reader
from newsdiff.corpus import install, records, sources
from newsdiff.corpus.html import extract, is_html

from .conftest import ROOT, SEED_B, run_cli

HTML_PAGE = ROOT / "tests" / "data" / "seed_001.html"
SRC = ROOT / "src" / "newsdiff"


@pytest.fixture(autouse=True)
def _reader() -> None:
    install()


run = run_cli


def write_corpus(path: Path, rows: list[dict[str, object] | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_html_page_gives_title_and_paragraphs_without_boilerplate() -> None:
    """An HTML page loads as its title and main text; menus, promos, links, comments go."""
    art = load(str(HTML_PAGE))
    assert art.path == str(HTML_PAGE)
    assert art.title == "Russian forces abandon tanks in hurried withdrawal"
    assert art.text.startswith(art.title + "\n\n")
    for junk in ("Revealed", "Sign in", "kettle", "First!", "free cruise", "Privacy"):
        assert junk not in art.text
    seed = SEED_B.read_text(encoding="utf-8")
    paragraphs = art.text.strip().split("\n\n")[1:]
    assert len(paragraphs) > 5
    assert all(p in seed for p in paragraphs)


def test_html_pair_reuse_is_the_whole_seed(capsys: pytest.CaptureFixture[str]) -> None:
    """report on the HTML copy of seed 001 and seed 001: all of 001 reused."""
    code, out, _ = run(capsys, "report", "--format", "json", str(HTML_PAGE), str(SEED_B))
    rep = json.loads(out)
    assert code == 1
    assert rep["reuse"]["b"] == 1.0 and rep["reuse"]["a"] > 0.98


def test_html_sniffed_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    """HTML on standard input is recognised by its content and extracted the same way."""
    data = HTML_PAGE.read_bytes()
    assert load("-", stdin=io.BytesIO(data)).text == load(str(HTML_PAGE)).text
    assert is_html("page.txt", "\n <!-- saved --> <!DOCTYPE html><html>")
    assert not is_html("page.txt", "The <b>mayor</b> resigned.")


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav><a href=/>Home</a> <a href=/n>News</a></nav></body></html>",
        "<!doctype html><html><body><ul><li><a href=/>Home</a></li></ul>"
        "<div class=promo><a href=/x>Revealed: The Secrets our Clients Used</a></div></body></html>",
    ],
)
def test_page_without_article_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, page: str
) -> None:
    """A page of navigation and promos only: one line on stderr, exit 2."""
    path = tmp_path / "menu.html"
    path.write_text(page, encoding="utf-8")
    code, _, err = run(capsys, "diff", str(path), str(SEED_B))
    assert code == 2
    assert (
        err.strip()
        == f"newsdiff: {path}: no article text in this HTML page (only navigation or boilerplate)"
    )


def test_tags_on_html_record_the_source_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A tag on a page's sentence names the page; its offsets index the extracted text."""
    store = str(tmp_path / "s.json")
    assert (
        run(capsys, "tag", "--store", store, "--annotator", "ana", str(HTML_PAGE), "1", "fact")[0]
        == 0
    )
    code, out, _ = run(capsys, "export", "--store", store)
    (rec,) = [json.loads(line) for line in out.splitlines()]
    assert rec["article"] == str(HTML_PAGE.resolve())
    text = load(str(HTML_PAGE)).text
    assert text[rec["start"] : rec["end"]] == rec["text"]
    assert rec["text"].startswith("Russian forces have abandoned huge numbers")


def test_corpus_reference_opens_one_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """corpus.jsonl#ID names one record; diff compares two of them."""
    corpus = write_corpus(
        tmp_path / "c.jsonl",
        [
            {
                "id": "w1",
                "text": "The mayor resigned on Monday.",
                "date": "2024-01-02",
                "title": "Mayor",
            },
            "not json",
            {"id": 7, "text": "The mayor quit on Monday.", "series": "paper"},
        ],
    )
    a = load(f"{corpus}#w1")
    assert (a.path, a.title, a.date) == (f"{corpus}#w1", "Mayor", "2024-01-02")
    code, out, _ = run(capsys, "diff", "--format", "plain", f"{corpus}#w1", f"{corpus}#7")
    assert code == 1
    assert out == "~ The mayor [-resigned-]{+quit+}{synonym} on Monday.\n"


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        (
            "{c}#nope",
            "{c}#nope: no article with id 'nope' in {c} (1 article; skipped: 1 empty record)",
        ),
        (
            "{c}",
            "{c}: a corpus of 1 article (skipped: 1 empty record): name one as {c}#ID, "
            "or find its pairs with 'newsdiff scan {c}'",
        ),
        ("{c}#empty", "{c}#empty: empty article, nothing to compare"),
    ],
)
def test_bad_corpus_reference_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, ref: str, message: str
) -> None:
    """An unknown id, a whole corpus, an empty record: one line, exit 2."""
    corpus = write_corpus(
        tmp_path / "c.jsonl", [{"id": "a", "text": "One."}, {"id": "empty", "text": " "}]
    )
    code, _, err = run(capsys, "sentences", ref.format(c=corpus))
    assert code == 2
    assert err.strip() == "newsdiff: " + message.format(c=corpus)


def test_reader_can_be_removed() -> None:
    """Without the corpus reader, core reads every file as plain text (the hook is all)."""
    previous = set_reader(None)
    try:
        assert "<html" in load(str(HTML_PAGE)).text
        with pytest.raises(InputError):
            load(f"{HTML_PAGE}#x")
    finally:
        set_reader(previous)


def test_folder_expands_recursively_in_name_order(tmp_path: Path) -> None:
    """A folder is every .txt/.html/.htm/.jsonl inside, at any depth, hidden ones skipped."""
    for name in [
        "b.txt",
        "a.html",
        "sub/c.htm",
        "sub/deeper/d.jsonl",
        "e.md",
        ".hidden.txt",
        ".git/x.txt",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text('{"id": 1, "text": "x"}\n' if name.endswith("jsonl") else "x")
    found = [
        (Path(p.path).relative_to(tmp_path).as_posix(), p.kind)
        for p in sources.pieces([str(tmp_path)])
    ]
    assert found == [
        ("a.html", "file"),
        ("b.txt", "file"),
        ("sub/c.htm", "file"),
        ("sub/deeper/d.jsonl", "corpus"),
    ]


def test_missing_path_and_empty_folder_are_input_errors(tmp_path: Path) -> None:
    """Nothing to read at a path: an InputError naming it."""
    with pytest.raises(InputError, match="no such file or folder"):
        sources.pieces([str(tmp_path / "gone")])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no .txt, .html, .htm or .jsonl files"):
        sources.pieces([str(tmp_path / "empty")])


@settings(max_examples=40, deadline=None)
@given(
    sizes=st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=12),
    piece=st.integers(min_value=1, max_value=200),
)
def test_corpus_pieces_read_every_record_once(
    tmp_path_factory: pytest.TempPathFactory, sizes: list[int], piece: int
) -> None:
    """Cut into byte ranges anywhere, a corpus reads each record exactly once, in order."""
    path = tmp_path_factory.mktemp("c") / "c.jsonl"
    write_corpus(path, [{"id": i, "text": "w" * n} for i, n in enumerate(sizes)])
    got = [
        r.id
        for p in sources.pieces([str(path)], corpus_piece=piece)
        for r in records.read_lines(p.path, p.start, p.end)
        if isinstance(r, records.Record)
    ]
    assert got == [str(i) for i in range(len(sizes))]


def _imports(folder: Path) -> set[str]:
    found = set()
    for file in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
    return {m.split(".")[1] for m in found if m.startswith("newsdiff.")}


def test_corpus_imports_core_only_and_core_never_corpus() -> None:
    """corpus builds on core alone; core (and store, dataset, meaning) never import corpus."""
    assert _imports(SRC / "corpus") <= {"core", "corpus"}
    for package in ("core", "meaning", "store", "dataset"):
        assert "corpus" not in _imports(SRC / package), package


def test_extract_keeps_paragraphs_apart() -> None:
    """Paragraphs of the page stay paragraphs: one blank line between them."""
    page = "<html><body><article><h1>Title here</h1><p>First paragraph is here.</p><p>Second one follows it.</p></article></body></html>"
    art = extract("x.html", page, "utf-8")
    assert art.text == "Title here\n\nFirst paragraph is here.\n\nSecond one follows it.\n"
