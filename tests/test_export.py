"""Export to JSONL / CSV and import back, from newsdiff, doccano and Prodigy records."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core.article import load
from newsdiff.core.sentences import split_sentences
from newsdiff.dataset.export import FIELDS
from newsdiff.store import Store, Tag, tag_for

from .conftest import SEED_A, SEED_B


def _fill(path: Path) -> list[Tag]:
    """Tags by two annotators on both seeds, with a note, unsure, a note-only record and
    a suggestion."""
    st = Store(path)
    out = []
    for seed in (SEED_A, SEED_B):
        art = load(str(seed))
        ss = split_sentences(art.text)
        out += [
            st.put(tag_for(art, ss[1], "fact", "ana")),
            st.put(tag_for(art, ss[2], "attribution", "ana", note="quote: “300”", unsure=True)),
            st.put(tag_for(art, ss[2], "estimate", "bo")),
            st.put(tag_for(art, ss[3], "", "bo", note="ask the desk")),
            st.put(tag_for(art, ss[4], "opinion", "suggester", source="suggestion")),
        ]
    return out


def _docs(tags: list[Tag]) -> list[dict[str, object]]:
    return sorted((t.to_doc() for t in tags), key=lambda d: json.dumps(d, sort_keys=True))


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_then_import_gives_the_same_tags(
    tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every field survives export and import into a fresh store (JSONL and CSV)."""
    tags = _fill(tmp_path / "a.json")
    out = tmp_path / f"tags.{fmt}"
    argv = ["export", "--store", str(tmp_path / "a.json"), "--format", fmt, "-o", str(out)]
    assert main(argv) == 0
    assert main(["import", str(out), "--store", str(tmp_path / "b.json")]) == 0
    assert "imported 10 records" in capsys.readouterr().out
    assert _docs(Store(tmp_path / "b.json").tags()) == _docs(tags)
    # Importing the same file again changes nothing.
    assert main(["import", str(out), "--store", str(tmp_path / "b.json")]) == 0
    assert "(0 new or changed, 10 already in the store)" in capsys.readouterr().out


def test_export_jsonl_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One record per tagged sentence with the documented fields; label is a list;
    --annotator filters."""
    _fill(tmp_path / "s.json")
    assert main(["export", "--store", str(tmp_path / "s.json"), "--no-suggestions"]) == 0
    recs = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(recs) == 8 and all(tuple(r) == FIELDS for r in recs)
    assert {r["source"] for r in recs} == {"human"}
    unsure = [r for r in recs if r["unsure"]]
    assert unsure[0]["label"] == ["attribution"] and unsure[0]["note"] == "quote: “300”"
    assert [r["label"] for r in recs if r["note"] == "ask the desk"] == [[], []]
    text = load(str(SEED_A)).text
    r = next(r for r in recs if r["article"] == str(SEED_A))
    assert text[r["start"] : r["end"]] == r["text"]
    assert main(["export", "--store", str(tmp_path / "s.json"), "--annotator", "bo"]) == 0
    assert {json.loads(x)["annotator"] for x in capsys.readouterr().out.splitlines()} == {"bo"}


def test_export_sources_own_decisions_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """By default export writes human labels and accepted suggestions; --no-suggestions
    leaves suggestions out, --include-propagated adds carried labels, and the old
    --include-suggestions still means every source."""
    tags = _fill(tmp_path / "s.json")
    art = load(str(SEED_B))
    Store(tmp_path / "s.json").put(
        tag_for(art, split_sentences(art.text)[7], "fact", "ana", source="propagated")
    )
    base = ["export", "--store", str(tmp_path / "s.json")]

    def sources(*flags: str) -> list[str]:
        assert main([*base, *flags]) == 0
        return sorted(json.loads(x)["source"] for x in capsys.readouterr().out.splitlines())

    assert sources() == sorted(t.source for t in tags)
    assert sources().count("suggestion") == 2
    assert set(sources("--no-suggestions")) == {"human"}
    assert sources("--include-propagated") == sorted([*sources(), "propagated"])
    assert set(sources("--no-suggestions", "--include-propagated")) == {"human", "propagated"}
    assert sources("--include-suggestions") == sources("--include-propagated")
    assert main([*base, "--include-suggestions", "--no-suggestions"]) == 2
    assert "contradicts" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "newsdiff export --include-propagated --output" in capsys.readouterr().out


def test_export_csv_opens_in_a_spreadsheet(tmp_path: Path) -> None:
    """UTF-8 with a BOM, a header row, the label as a plain string, CRLF rows."""
    _fill(tmp_path / "s.json")
    out = tmp_path / "t.csv"
    assert (
        main(["export", "--store", str(tmp_path / "s.json"), "--format", "csv", "-o", str(out)])
        == 0
    )
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert tuple(rows[0]) == FIELDS and len(rows) == 10
    assert {r["label"] for r in rows} == {"fact", "attribution", "estimate", "opinion", ""}
    assert any("“300”" in r["note"] for r in rows)


def test_import_doccano_and_prodigy_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Text-only records are placed by text; every skipped record is counted with why."""
    art = load(str(SEED_A))
    ss = split_sentences(art.text)
    lines = [
        {"text": ss[5].text, "label": ["opinion"]},  # doccano
        {"text": ss[6].text, "accept": ["fact"], "answer": "accept"},  # Prodigy choice
        {"text": ss[7].text, "label": "attribution", "answer": "accept"},  # Prodigy binary
        {"text": ss[8].text, "label": "fact", "answer": "reject"},
        {"text": ss[9].text, "label": ["fact", "opinion"]},
        {"text": ss[9].text, "label": ["rumour"]},
        {"text": "A sentence that is in no article.", "label": ["fact"]},
        {"text": ss[9].text, "label": [[0, 5, "fact"]]},  # doccano sequence labelling
        {"text": ss[11].text, "cats": {"estimate": 0.9, "fact": 0.1}},  # spaCy/Prodigy textcat
        {"text": ss[12].text, "labels": ["Fact"]},  # doccano 1.x
    ]
    f = tmp_path / "in.jsonl"
    f.write_text(
        "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\nnot json\n",
        encoding="utf-8",
    )
    store = tmp_path / "s.json"
    argv = ["import", str(f), "--store", str(store), "--annotator", "cy", "--article", str(SEED_A)]
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert "imported 5 records" in out and "skipped 6" in out
    for why in ("'reject'", "several labels", "unknown label 'rumour'", "not found", "span labels"):
        assert why in err, err  # on stderr, as notes
    assert "not a JSON line (line 11)" in err
    got = {(t.sentence, t.label, t.annotator) for t in Store(store).tags()}
    assert got == {
        (5, "opinion", "cy"),
        (6, "fact", "cy"),
        (7, "attribution", "cy"),
        (11, "estimate", "cy"),
        (12, "fact", "cy"),
    }
    assert all(t.article_id == art.id for t in Store(store).tags())


def test_import_text_only_matches_sentences_already_in_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --article, a record's text is looked up among the store's tagged sentences,
    and a text found in two articles is refused as ambiguous."""
    tags = _fill(tmp_path / "s.json")
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"text": tags[0].text, "label": ["opinion"], "user": "dee"}) + "\n")
    assert main(["import", str(f), "--store", str(tmp_path / "s.json")]) == 0
    assert "imported 1 record " in capsys.readouterr().out
    st = Store(tmp_path / "s.json")
    assert st.get(tags[0].article_id, tags[0].sentence, "dee") is not None
    twin = Tag(**{**tags[0].to_doc(), "article_id": "0123456789abcdef", "article": "twin.txt"})
    st.put(twin)
    # Its one record skipped, nothing is imported: exit 2, the reason on stderr.
    assert main(["import", str(f), "--store", str(tmp_path / "s.json")]) == 2
    assert "text matches several sentences" in capsys.readouterr().err


def test_import_text_only_record_goes_to_the_article_it_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A text-only record with its own `article` (a path, absolute or relative to the
    imported file) or `article_id` is placed in that article: found without --article,
    not ambiguous when other --article files share the sentence, and a text that is not
    in the named article is skipped rather than put in another one."""
    shared = "The response was a disgrace."
    pa, pb = tmp_path / "pa.txt", tmp_path / "pb.txt"
    pa.write_text(f"The army left the city. {shared}\n", encoding="utf-8")
    pb.write_text(f"Rain fell all day. {shared}\n", encoding="utf-8")
    art_b = load(str(pb))
    sub = tmp_path / "data"
    sub.mkdir()
    f = sub / "in.jsonl"
    records = [
        {"text": shared, "label": ["opinion"], "article": str(pb), "user": "ana"},
        {"text": shared, "label": ["fact"], "article": "../pb.txt", "user": "bo"},
        {"text": "Rain fell all day.", "label": ["fact"], "article": str(pa), "user": "ana"},
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    monkeypatch.chdir(tmp_path / "data")  # "../pb.txt" is relative to both here
    for extra in ([], ["--article", str(pa), "--article", str(pb)]):
        store = tmp_path / f"s{len(extra)}.json"
        assert main(["import", str(f), "--store", str(store), *extra]) == 0
        out, err = capsys.readouterr()
        assert "imported 2 records" in out, out
        assert "text not found in the article the record names (line 3)" in err
        got = {
            (t.article_id, t.sentence, t.annotator, t.label, t.article) for t in Store(store).tags()
        }
        assert got == {
            (art_b.id, 1, "ana", "opinion", str(pb.resolve())),
            (art_b.id, 1, "bo", "fact", str(pb.resolve())),
        }
    # An article_id without a sentence narrows the lookup the same way.
    by_id = tmp_path / "by_id.jsonl"
    by_id.write_text(json.dumps({"text": shared, "label": ["estimate"], "article_id": art_b.id}))
    store = tmp_path / "s_id.json"
    argv = ["import", str(by_id), "--store", str(store), "--article", str(pa), "--article", str(pb)]
    assert main([*argv, "--annotator", "cy"]) == 0
    assert [(t.article_id, t.sentence) for t in Store(store).tags()] == [(art_b.id, 1)]


def test_import_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A missing file, a directory, a non-UTF-8 file: exit 2 with one line."""
    bad = tmp_path / "latin.jsonl"
    bad.write_bytes(b'{"text": "caf\xe9"}\n')
    for arg in (str(tmp_path / "nope.jsonl"), str(tmp_path), str(bad)):
        assert main(["import", arg, "--store", str(tmp_path / "s.json")]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("newsdiff: ")


TRICKY = [
    '=HYPERLINK("http://evil.example","click")',
    "+44 people were hurt.",
    "-",
    "@channel read this",
    "\tindented",
    "\rcarriage",
    "'=already quoted",
    "'Quoted,' he said.",
    "A plain sentence.",
]


def test_csv_protects_formula_cells_and_import_restores_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Text, note and annotator cells that a spreadsheet would compute get a leading
    apostrophe in CSV; import strips it, so export -> import -> export is identical;
    JSONL keeps the text as it is."""
    st = Store(tmp_path / "a.json")
    for i, text in enumerate(TRICKY):
        st.put(
            Tag(
                article_id="abc",
                article="/tmp/story.txt",
                sentence=i,
                start=0,
                end=len(text),
                text=text,
                label="fact",
                annotator="=cmd|' /C calc'!A0" if i == 0 else "ana",
                note=TRICKY[-1 - i],
                created="2026-01-01T00:00:00+00:00",
                updated="2026-01-02T00:00:00+00:00",
            )
        )
    first, second = tmp_path / "1.csv", tmp_path / "2.csv"
    argv = ["export", "--format", "csv", "-o"]
    assert main([*argv, str(first), "--store", str(tmp_path / "a.json")]) == 0
    rows = list(csv.DictReader(io.StringIO(first.read_text("utf-8-sig"), newline="")))
    for row in rows:
        for name in ("text", "note", "annotator"):
            assert row[name][:1] not in ("=", "+", "-", "@", "\t", "\r"), row[name]
    by_text = {r["sentence"]: r["text"] for r in rows}
    assert by_text["0"] == "'" + TRICKY[0] and by_text["6"] == "''=already quoted"
    assert by_text["7"] == "'Quoted,' he said." and by_text["8"] == "A plain sentence."
    assert main(["import", str(first), "--store", str(tmp_path / "b.json")]) == 0
    assert _docs(Store(tmp_path / "b.json").tags()) == _docs(st.tags())
    assert main([*argv, str(second), "--store", str(tmp_path / "b.json")]) == 0
    assert second.read_bytes() == first.read_bytes()
    capsys.readouterr()
    assert main(["export", "--store", str(tmp_path / "a.json")]) == 0
    texts = [json.loads(x)["text"] for x in capsys.readouterr().out.splitlines()]
    assert texts == TRICKY


def test_skipped_sentences_exported_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A sentence skipped as not a claim is not in an export by default; with
    --include-skipped it is, with label null and skipped true (CSV: a skipped column);
    the labelled records carry no skipped field."""
    path = tmp_path / "s.json"
    art = load(str(SEED_A))
    sents = split_sentences(art.text)
    with Store(path) as store:
        store.put(tag_for(art, sents[0], "fact", "ana"))
        store.put(Tag(**{**tag_for(art, sents[1], "", "ana").to_doc(), "skipped": True}))
    assert main(["export", "--store", str(path)]) == 0
    records = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["sentence"] for r in records] == [0] and "skipped" not in records[0]
    assert main(["export", "--store", str(path), "--include-skipped"]) == 0
    records = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    skipped = [r for r in records if r["sentence"] == 1]
    assert skipped and skipped[0]["label"] is None and skipped[0]["skipped"] is True
    out = tmp_path / "x.csv"
    args = ["export", "--store", str(path), "--include-skipped", "--format", "csv"]
    assert main([*args, "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {r["sentence"]: r["skipped"] for r in rows} == {"0": "false", "1": "true"}
