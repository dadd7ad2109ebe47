"""newsdiff scan: the pairs of a corpus that share text, ranked, in three formats."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsdiff.cli import main
from newsdiff.core.article import normalize
from newsdiff.core.reuse import words as reuse_words
from newsdiff.corpus.candidates import Sampling
from newsdiff.corpus.overlap import overlap
from newsdiff.corpus.scan import scan
from newsdiff.corpus.shingles import passage, shingle_hashes, words

from .conftest import ROOT, SEEDS, run_cli

HTML_PAGE = ROOT / "tests" / "data" / "seed_001.html"


run = run_cli


@pytest.fixture
def seed_folder(tmp_path: Path) -> Path:
    """The seeds plus an HTML copy of seed 001 with boilerplate around it."""
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    (folder / "web").mkdir()
    shutil.copy(HTML_PAGE, folder / "web" / "seed_001.html")
    return folder


def _names(pair: dict[str, dict[str, str]]) -> set[str]:
    return {Path(pair["a"]["ref"]).name, Path(pair["b"]["ref"]).name}


def test_seeds_and_html_copy_rank_the_two_real_pairs_first(
    capsys: pytest.CaptureFixture[str], seed_folder: Path
) -> None:
    """The done-when: 000/001 and HTML/001 are the first two pairs of the seed folder."""
    code, out, err = run(capsys, "scan", "--format", "json", str(seed_folder))
    assert code == 0 and err == ""
    pairs = json.loads(out)
    first_two = [_names(p) for p in pairs[:2]]
    seed0, seed1 = "000_bffa4cee5f922f5d.txt", "001_7835627fb396a6e4.txt"
    assert {"seed_001.html", seed1} in first_two
    assert {seed0, seed1} in first_two
    html_pair = pairs[[_names(p) for p in pairs].index({"seed_001.html", seed1})]
    assert min(html_pair["a"]["reuse"], html_pair["b"]["reuse"]) > 0.98
    assert html_pair["longest"]["words"] > 600
    # The HTML copy beside 000 repeats 000/001 and comes after the pairs that do not.
    later = [p for p in pairs[2:] if _names(p) == {seed0, "seed_001.html"}]
    assert later and later[0]["repeats"] is not None


def test_jsonl_is_one_documented_object_a_line(
    capsys: pytest.CaptureFixture[str], seed_folder: Path
) -> None:
    """--format jsonl: one pair a line with the documented keys, ranks in order."""
    code, out, _ = run(capsys, "scan", "--format", "jsonl", "--top", "2", str(seed_folder))
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [p["rank"] for p in lines] == [1, 2]
    for p in lines:
        assert set(p) == {
            "rank", "a", "b", "source", "source_note", "longest", "repeats", "command"
        }  # fmt: skip
        assert set(p["a"]) == {"ref", "title", "date", "words", "reuse"}
        assert p["command"] == f"newsdiff {p['a']['ref']} {p['b']['ref']}"


def test_table_names_pairs_and_the_command(
    capsys: pytest.CaptureFixture[str], seed_folder: Path
) -> None:
    """The table says how many articles and pairs, each pair's shares and its command."""
    code, out, _ = run(capsys, "scan", "--top", "1", str(seed_folder))
    assert code == 0
    assert out.startswith("6 articles, 3 pairs with at least 15% of one side reused")
    assert "newsdiff " in out and "seed_001.html" in out


def test_corpus_dates_decide_the_source(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """In a corpus with dates the earlier article is the source; an excerpt is found."""
    wire = (SEEDS / "001_7835627fb396a6e4.txt").read_text(encoding="utf-8")
    excerpt = " ".join(wire.split()[:80])
    rows = [
        {"id": "copy", "text": wire, "date": "2022-04-07"},
        {"id": "wire", "text": wire, "date": "2022-04-06", "title": "Wire"},
        {"id": "short", "text": excerpt, "date": "2022-04-08"},
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out, _ = run(capsys, "scan", "--format", "json", str(corpus))
    pairs = json.loads(out)
    assert code == 0
    by_names = {(p["a"]["ref"].split("#")[1], p["b"]["ref"].split("#")[1]): p for p in pairs}
    assert by_names[("wire", "copy")]["source"] == "date"
    assert by_names[("wire", "short")]["b"]["reuse"] == 1.0
    assert by_names[("wire", "short")]["a"]["reuse"] < 0.2


def test_unreadable_files_are_listed_once_at_the_end(
    capsys: pytest.CaptureFixture[str], seed_folder: Path
) -> None:
    """A binary file and a bad corpus line are skipped and listed on stderr, not fatal."""
    (seed_folder / "broken.txt").write_bytes(b"\x00\x01binary")
    (seed_folder / "c.jsonl").write_text('{"id": 1, "text": "fine words here"}\nnot json\n')
    code, out, err = run(capsys, "scan", str(seed_folder))
    assert code == 0 and out.startswith("7 articles")
    assert err.splitlines() == [
        "newsdiff: skipped 2 unreadable articles:",
        f"  {seed_folder / 'broken.txt'}: binary file (contains NUL bytes), expected text",
        f"  {seed_folder / 'c.jsonl'}: line 2: not JSON",
    ]


@pytest.mark.parametrize("make", ["missing", "empty"])
def test_missing_or_empty_path_is_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make: str
) -> None:
    """A path that is not there, or a folder without articles: one line, exit 2."""
    path = tmp_path / make
    if make == "empty":
        path.mkdir()
    code, out, err = run(capsys, "scan", str(path))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and str(path) in err


def test_sampled_search_finds_what_the_exhaustive_one_finds(seed_folder: Path) -> None:
    """On the seeds the sampled candidates lose no pair the all-pairs reference finds."""
    fast = scan([str(seed_folder)])
    full = scan([str(seed_folder)], sampling=Sampling.exhaustive())
    assert [p.to_json(0) for p in fast.pairs] == [p.to_json(0) for p in full.pairs]
    assert full.candidates >= fast.candidates


def test_overlap_is_3gram_containment_with_the_longest_run() -> None:
    """Reuse is each side's share of distinct 3-grams found in the other; the longest
    shared run is exact."""
    words_a = "a b c d e f g h".split()
    words_b = "x c d e f y a b z".split()
    table = {w: i + 1 for i, w in enumerate(sorted(set(words_a + words_b)))}

    def sh(ws: list[str]) -> np.ndarray:
        return shingle_hashes(np.asarray([table[w] for w in ws], dtype=np.uint64), 3)

    o = overlap(sh(words_a), sh(words_b), 3)
    # Shared 3-grams: "c d e" and "d e f"; A has 6, B has 7.
    assert (o.reuse_a, o.reuse_b) == (round(2 / 6, 4), round(2 / 7, 4))
    assert (o.longest_a, o.longest_b, o.longest) == (2, 1, 4)


def test_scan_reuse_is_reports_headline(
    capsys: pytest.CaptureFixture[str], seed_folder: Path
) -> None:
    """The shares scan gives a pair are the ones report gives it."""
    _, out, _ = run(capsys, "scan", "--format", "json", str(seed_folder))
    for pair in json.loads(out)[:2]:
        _, rep, _ = run(capsys, "report", "--format", "json", pair["a"]["ref"], pair["b"]["ref"])
        assert json.loads(rep)["reuse"] == {"a": pair["a"]["reuse"], "b": pair["b"]["reuse"]}


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcé xyz'’-_.,:0123459%\n\u0301\u4e2d\u6587“”", max_size=80))
def test_words_are_reports_words(text: str) -> None:
    """The scan's fast word split gives core.reuse.words exactly."""
    assert words(text) == reuse_words(text)


@settings(max_examples=80, deadline=None)
@given(
    st.text(alphabet="abcé xyzİ'’-_.,:0123459%\n\u0301\u4e2d“”", min_size=1, max_size=80),
    st.integers(0, 20),
    st.integers(1, 20),
)
def test_passage_is_the_words_as_they_read(text: str, start: int, length: int) -> None:
    """The longest passage's text is a piece of the folded article whose words are
    exactly the passage's (cut at the words' places, or found by a pattern of them), or
    the words themselves where lowercasing moved them ('İ')."""
    every = words(text)
    assume(every)
    start %= len(every)  # a place in the text, rather than filter most draws out
    span = every[start : start + length]
    found = passage(text, start, length)
    assert found in normalize(text) or found == " ".join(span)
    assert words(found) == span


def test_passage_keeps_the_articles_punctuation_and_case() -> None:
    """The passage reads as in the article, from its first word to its last."""
    text = "Smoke rose. “It’s over,” she said — 3,000 homes, 12% of the town!"
    assert passage(text, 2, 6) == "It's over,\" she said - 3,000 homes"
    assert passage(text, 0, 1) == "Smoke"


def test_min_reuse_help_states_the_default_in_use(capsys: pytest.CaptureFixture[str]) -> None:
    """The help's default is the threshold the scan applies (it once said 0.2 for 0.15)."""
    from newsdiff.corpus import MIN_REUSE
    from newsdiff.corpus.scan import scan as scan_fn

    with pytest.raises(SystemExit):
        main(["scan", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert f"(default {MIN_REUSE:g})" in out
    assert scan_fn.__defaults__ is not None and MIN_REUSE in scan_fn.__defaults__


# Review r22b's whole2 (finding 4): six news headlines, each paraphrased by another
# paper (STS Benchmark dev, human scores 3.8-5.0); 13.5% / 12.2% of 3-grams shared.
REWRITE_A = (
    "UK alert on Syrian chemical arms. Major fire breaks out in JK secretariat in Srinagar. "
    "Rosberg emulates father with Monaco win. Two NATO soldiers killed in Afghanistan. "
    "Fire in Russian psychiatric hospital kills 38. Fashion designer Lilly Pulitzer dies.\n"
)
REWRITE_B = (
    "West raises stakes over Syria chemical claims. 38 feared dead in Russian psychiatric "
    "hospital fire. FORMULA 1: Rosberg stays modest despite Monaco win. NATO soldier killed "
    "in Afghan attack. Designer, Socialite Lilly Pulitzer Dies at 81. Fire breaks out near "
    "secretariat in Srinagar.\n"
)


def test_help_says_a_rewrite_in_other_words_needs_a_lower_min_reuse(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """scan --help says what the default leaves out, and its advice works on the
    review's wholly rewritten pair: not listed at the default, listed below it."""
    from newsdiff.corpus import MIN_REUSE

    with pytest.raises(SystemExit):
        main(["scan", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert f"a rewrite in other words may keep under {MIN_REUSE:.0%}" in out
    assert "lower --min-reuse to list it" in out
    (tmp_path / "a.txt").write_text(REWRITE_A, "utf-8")
    (tmp_path / "b.txt").write_text(REWRITE_B, "utf-8")
    paths = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert scan(paths).pairs == []
    found = scan(paths, 0.1).pairs
    assert len(found) == 1 and 0.1 <= max(found[0].a.reuse, found[0].b.reuse) < MIN_REUSE
