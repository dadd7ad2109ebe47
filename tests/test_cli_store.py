"""The tagging commands: sentences, tag, export, import, agree, orphans."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsdiff.cli import build_parser, command_names, main
from newsdiff.core.article import load
from newsdiff.core.sentences import split_sentences
from newsdiff.store import Store, default_annotator, tag_for

from .conftest import SEED_A

STORE_COMMANDS = {"sentences", "tag", "export", "import", "agree", "orphans"}


def test_every_subcommand_help_shows_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    """`newsdiff COMMAND --help` ends with at least one runnable example."""
    names = command_names(build_parser())
    assert STORE_COMMANDS <= names
    for name in sorted(names):
        with pytest.raises(SystemExit) as info:
            main([name, "--help"])
        assert info.value.code == 0
        out = capsys.readouterr().out
        assert "Example" in out and f"newsdiff {name}" in out.split("Example", 1)[1], name


def test_sentences_lists_index_offsets_text_and_tags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Text and JSON forms; the offsets slice the original text; tags appear."""
    store = str(tmp_path / "s.json")
    assert main(["tag", str(SEED_A), "4", "a", "--store", store, "--annotator", "ana"]) == 0
    capsys.readouterr()
    assert main(["sentences", str(SEED_A), "--store", store, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    text = load(str(SEED_A)).text
    assert data["article_id"] == load(str(SEED_A)).id
    assert len(data["sentences"]) == len(split_sentences(text))
    for s in data["sentences"]:
        assert text[s["start"] : s["end"]] == s["text"]
    assert data["sentences"][4]["tags"] == [
        {
            "annotator": "ana",
            "label": "attribution",
            "note": "",
            "unsure": False,
            "skipped": False,
            "source": "human",
        }
    ]
    assert main(["sentences", str(SEED_A), "--store", store]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"# {SEED_A}")
    assert "[ana=attribution]" in lines[5] and lines[5].split()[0] == "4"


def test_sentences_without_a_store_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Listing sentences is read-only: no store appears where there was none."""
    assert main(["sentences", str(SEED_A), "--store", str(tmp_path / "x" / "s.json")]) == 0
    assert not (tmp_path / "x").exists()


def test_tag_writes_the_same_record_as_the_app(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """label, note, unsure, clear; source human; default annotator is the login name."""
    store = str(tmp_path / "s.json")
    f = str(SEED_A)
    assert main(["tag", f, "3", "estimate", "--store", store, "--note", "ask", "--unsure"]) == 0
    assert "tagged sentence 3 (#4) estimate" in capsys.readouterr().out
    art = load(f)
    s3 = split_sentences(art.text)[3]
    t = Store(store).get(art.id, 3, default_annotator())
    assert t is not None
    assert (t.label, t.note, t.unsure, t.source, t.text, t.start) == (
        "estimate", "ask", True, "human", s3.text, s3.start
    )  # fmt: skip
    assert main(["tag", f, "3", "opinion", "--store", store, "--no-unsure"]) == 0
    t = Store(store).get(art.id, 3, default_annotator())
    assert t is not None and (t.label, t.note, t.unsure) == ("opinion", "ask", False)
    assert main(["tag", f, "3", "--clear", "--store", store]) == 0
    assert Store(store).get(art.id, 3, default_annotator()) is None
    assert main(["tag", f, "3", "--clear", "--store", store]) == 0
    assert "had no tag" in capsys.readouterr().out.splitlines()[-1]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["tag", str(SEED_A), "999", "fact"], "no sentence 999"),
        (["tag", str(SEED_A), "-1", "fact"], "no sentence -1"),
        (["tag", str(SEED_A), "three", "fact"], "'three' is not a sentence index"),
        (["tag", str(SEED_A), "1", "rumour"], "unknown label 'rumour'"),
        (["tag", str(SEED_A), "1"], "give a LABEL"),
        (["tag", str(SEED_A), "1", "fact", "--clear"], "--clear takes no LABEL"),
        (["tag", "missing.txt", "1", "fact"], "missing.txt: no such file"),
        (["tag", str(SEED_A), "1", "fact", "--annotator", " "], "the name is empty"),
        (["sentences", "missing.txt"], "missing.txt: no such file"),
        (["export"], "no store here"),
        (["orphans"], "no store here"),
        (["import", "missing.jsonl"], "missing.jsonl: no such file"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    args: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bad index, label, file or store: one line on stderr, exit 2, nothing on stdout."""
    assert main(args) == 2
    cap = capsys.readouterr()
    assert cap.err.startswith("newsdiff: ") and cap.err.count("\n") == 1
    assert needle in cap.err and "Traceback" not in cap.err
    assert cap.out == ""


def test_real_process_bad_label_exit_status(tmp_path: Path) -> None:
    """Through the installed entry point: exit 2, one stderr line, no traceback."""
    proc = subprocess.run(
        [sys.executable, "-m", "newsdiff", "tag", str(SEED_A), "2", "nonsense"],
        capture_output=True,
        text=True,
        env={"NEWSDIFF_STORE": str(tmp_path / "s.json"), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "unknown label 'nonsense'" in proc.stderr


def test_export_output_refuses_a_directory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--output naming a directory is a one-line error."""
    store = str(tmp_path / "s.json")
    main(["tag", str(SEED_A), "1", "fact", "--store", store])
    capsys.readouterr()
    assert main(["export", "--store", store, "-o", str(tmp_path)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_orphans_on_a_clean_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No orphans: a plain sentence in text, [] in JSON."""
    store = str(tmp_path / "s.json")
    main(["tag", str(SEED_A), "1", "fact", "--store", store])
    capsys.readouterr()
    assert main(["orphans", "--store", store]) == 0
    assert "No orphaned tags" in capsys.readouterr().out
    assert main(["orphans", "--store", store, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_agree_with_nothing_to_compare(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One annotator only: the text says so by name (not "Annotators: (none)"), the JSON
    has zero items and undefined statistics, exit 0; two annotators without a sentence
    in common are both named."""
    store = str(tmp_path / "s.json")
    main(["tag", str(SEED_A), "1", "fact", "--store", store, "--annotator", "ana"])
    capsys.readouterr()
    assert main(["agree", "--store", store]) == 0
    assert capsys.readouterr().out == (
        "Only one annotator (ana): agreement needs two.\n"
        "Counting labels of source human, suggestion\n"
        "Left out: 1 sentence labelled by one annotator only\n"
    )
    assert main(["agree", "--store", store, "--format", "json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["items"] == 0 and rep["cohen_kappa"] is None and rep["disagreements"] == []
    main(["tag", str(SEED_A), "2", "opinion", "--store", store, "--annotator", "bo"])
    capsys.readouterr()
    assert main(["agree", "--store", store]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Annotators: ana, bo\n")
    assert "No sentence is labelled by two annotators yet" in out


def test_export_that_matches_nothing_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An export with no record is no error (exit 0, nothing on stdout) but says on
    stderr which filter left nothing: an annotator without tags, or only carried ones."""
    store = tmp_path / "s.json"
    art = load(str(SEED_A))
    ss = split_sentences(art.text)
    with Store(store) as st:
        st.put(tag_for(art, ss[1], "fact", "ana"))
        st.put(tag_for(art, ss[2], "fact", "cy", source="propagated"))
    assert main(["export", "--store", str(store), "--annotator", "nobody"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "newsdiff: no tags for annotator 'nobody' (the store has tags by ana, cy)\n"
    assert main(["export", "--store", str(store), "--annotator", "cy"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert "no tags for annotator 'cy' of the sources exported (human, suggestion)" in err
    assert "--include-propagated" in err
    assert main(["export", "--store", str(store), "--annotator", "ana"]) == 0
    assert capsys.readouterr().err == ""


def test_sentences_marks_carried_and_suggested_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A label carried from the counterpart or an accepted suggestion is told apart from
    one the annotator typed, in text and (by its source) in JSON."""
    store = tmp_path / "s.json"
    art = load(str(SEED_A))
    ss = split_sentences(art.text)
    with Store(store) as st:
        st.put(tag_for(art, ss[1], "fact", "ana", source="propagated"))
        st.put(tag_for(art, ss[1], "opinion", "bo", note="hm"))
        st.put(tag_for(art, ss[2], "estimate", "ana", source="suggestion", unsure=True))
    assert main(["sentences", str(SEED_A), "--store", str(store)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "[ana=fact (carried) bo=opinion*]" in lines[2]
    assert "[ana=estimate? (suggestion)]" in lines[3]
    assert main(["sentences", str(SEED_A), "--store", str(store), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [t["source"] for t in data["sentences"][1]["tags"]] == ["propagated", "human"]


def test_a_store_opened_through_a_symlink_is_the_store_it_points_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Through a link to the main file every command and the app read and write the real
    store (its tag folder, index and lock), and nothing is created beside the link."""
    from newsdiff.tui.app import create_app

    real = tmp_path / "x" / "t1.json"
    real.parent.mkdir()  # a named store's folder must exist
    link = tmp_path / "link.json"
    f = str(SEED_A)
    assert main(["tag", f, "3", "fact", "--store", str(real), "--annotator", "ana"]) == 0
    link.symlink_to(real)
    capsys.readouterr()
    assert main(["export", "--store", str(link)]) == 0
    assert [json.loads(x)["sentence"] for x in capsys.readouterr().out.splitlines()] == [3]
    assert main(["tag", f, "4", "opinion", "--store", str(link), "--annotator", "bo"]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.json", "x"]
    assert link.is_symlink()  # written through, not replaced by a file
    assert [(t.sentence, t.annotator) for t in Store(real).tags()] == [(3, "ana"), (4, "bo")]
    via_link, direct = Store(link), Store(real)
    assert via_link.lock_path == direct.lock_path and via_link.tags_dir == direct.tags_dir
    app = create_app(f, f, store=link, annotator="ana")
    assert app.store.tags_dir == direct.tags_dir


def test_store_core_never_imports_textual() -> None:
    """The headless store, export and agreement modules load without Textual."""
    code = (
        "import sys, newsdiff.store, newsdiff.dataset.export, newsdiff.dataset.importing, newsdiff.dataset.agree, newsdiff.store.anchor, "
        "newsdiff.cli.tag_commands, newsdiff.cli.dataset_commands; assert 'textual' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_sentence_numbers_say_their_base(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """sentences shows INDEX (from 0) and the app's #N (from 1) side by side, and tag
    takes either: A#10 and index 9 are the same sentence; #0 is no sentence."""
    store = str(tmp_path / "s.json")
    f = str(SEED_A)
    assert main(["sentences", f, "--store", store]) == 0
    out = capsys.readouterr().out
    assert "INDEX from 0; #N as the app, N = INDEX + 1" in out.splitlines()[0]
    assert out.splitlines()[10].startswith(" 9  #10 ")
    assert main(["tag", f, "A#10", "fact", "--store", store, "--annotator", "ana"]) == 0
    assert "tagged sentence 9 (#10) fact" in capsys.readouterr().out
    assert Store(store).get(load(f).id, 9, "ana") is not None
    assert main(["tag", f, "#0", "fact", "--store", store]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "#N from 1" in err
