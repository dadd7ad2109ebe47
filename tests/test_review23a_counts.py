"""Review r23a finding 6: a corpus's article count is one figure, the same in every message.

``report 'corpus.jsonl#nope' ...`` said "(9 articles)" where ``scan corpus.jsonl`` said
"8 articles": the reference counted distinct ids (the empty record's too), scan the
articles it could read. Both now count as scan does and say what was skipped.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.corpus import install

from .conftest import run_cli


@pytest.fixture(autouse=True)
def _reader() -> None:
    install()


def _corpus(path: Path, rows: list[dict[str, object] | str]) -> str:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    return str(path)


STORY = "The mayor resigned on Monday after a vote. The council met again on Tuesday."


def test_reference_counts_the_articles_scan_counts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The review's corpus in small: a repeated id ("mx" twice), an empty record, an
    unreadable line: "no article with id 'nope'" says scan's "2 articles" (it said 4),
    and what was skipped."""
    c = _corpus(
        tmp_path / "corpus.jsonl",
        [
            {"id": "mx", "text": STORY},
            {"id": "mx", "text": "Massive Magnitude 8.8 Quake Hits Chile, Killing Dozens."},
            {"id": "sichuan", "text": STORY.replace("mayor", "governor")},
            {"id": "empty", "text": ""},
            "not json at all",
        ],
    )
    code, _, err = run_cli(capsys, "report", f"{c}#nope", f"{c}#mx")
    assert code == 2
    assert err.strip() == (
        f"newsdiff: {c}#nope: no article with id 'nope' in {c} (2 articles; skipped: "
        "1 later record of a repeated id, 1 empty record, 1 unreadable line)"
    )
    _code, out, _ = run_cli(capsys, "scan", c)
    assert "2 articles, " in out


def test_clean_corpus_says_nothing_skipped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Near miss: a corpus with nothing to skip keeps its plain count."""
    c = _corpus(tmp_path / "c.jsonl", [{"id": "a", "text": STORY}, {"id": 7, "text": STORY}])
    code, _, err = run_cli(capsys, "sentences", f"{c}#nope")
    assert code == 2
    assert err.strip() == f"newsdiff: {c}#nope: no article with id 'nope' in {c} (2 articles)"
    code, _, err = run_cli(capsys, "sentences", c)
    assert err.startswith(f"newsdiff: {c}: a corpus of 2 articles: name one as")
