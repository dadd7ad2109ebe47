"""Review r23a finding 5: what is said of sentences skipped as not a claim.

When a store's only record was a ``-`` skip, ``newsdiff export`` said "no tags of the
sources exported (human, suggestion); there are only human": the skip is a 'human'
record, left out by the missing --include-skipped, which it did not name. And
``sentences`` showed a skip as ``[root=-]`` and a note-or-unsure-only record as
``[root=-?*]``: one "-" for two things. A skip is now ``root=skip``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.core.article import load
from newsdiff.core.sentences import split_sentences
from newsdiff.store import Store, Tag

from .conftest import SEED_A, run_cli


def _store(tmp_path: Path, *records: dict[str, object]) -> str:
    """A store holding ``records`` (Tag fields past the text) on SEED_A's first sentences."""
    art = load(str(SEED_A))
    sentences = split_sentences(art.text)
    path = tmp_path / "s.json"
    with Store(path) as st:
        for i, fields in enumerate(records):
            s = sentences[i]
            st.put(Tag(art.id, art.path, i, s.start, s.end, s.text, **fields))  # type: ignore[arg-type]
    return str(path)


SKIP = {"label": "", "annotator": "root", "skipped": True}
UNSURE = {"label": "", "annotator": "root", "note": "which survey?", "unsure": True}


def test_export_of_skips_only_names_include_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The review's store: one skip. The note names --include-skipped, which exports it."""
    store = _store(tmp_path, SKIP)
    code, out, err = run_cli(capsys, "export", "--store", store)
    assert (code, out) == (0, "")
    assert err.strip() == (
        "newsdiff: no tags exported: the only record is a skip (a sentence skipped as not "
        "a claim); --include-skipped exports skips"
    )
    code, out, _ = run_cli(capsys, "export", "--store", store, "--include-skipped")
    assert json.loads(out)["skipped"] is True


def test_export_near_misses_keep_their_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Near misses: a skip beside a label exports the label, silently; a store whose only
    records are of a source not exported still names the sources."""
    store = _store(tmp_path, SKIP, {"label": "fact", "annotator": "root"})
    code, out, err = run_cli(capsys, "export", "--store", store)
    assert [json.loads(x)["label"] for x in out.splitlines()] == [["fact"]] and err == ""
    store = _store(tmp_path / "p", {"label": "fact", "annotator": "root", "source": "propagated"})
    code, out, err = run_cli(capsys, "export", "--store", store)
    assert "there are only propagated; --include-propagated adds carried labels" in err


def test_sentences_marks_a_skip_apart_from_no_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``[root=skip]`` for the skip, ``[root=-?*]`` (unchanged) for a note-and-unsure
    record without a label; the JSON says which is skipped."""
    store = _store(tmp_path, SKIP, UNSURE)
    code, out, _ = run_cli(capsys, "sentences", "--store", store, str(SEED_A))
    lines = out.splitlines()
    assert "[root=skip]" in lines[1] and "[root=-?*]" in lines[2]
    code, out, _ = run_cli(capsys, "sentences", "--store", store, "--format", "json", str(SEED_A))
    tags = [s["tags"] for s in json.loads(out)["sentences"][:2]]
    assert [t[0]["skipped"] for t in tags] == [True, False]
