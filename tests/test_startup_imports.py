"""A command loads only what it uses: start-up is most of a small diff's time (issue 16)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from .conftest import SEED_A, SEED_B


def _loaded_after(argv: list[object], watched: list[str]) -> set[str]:
    """Run ``newsdiff ARGV`` in a fresh interpreter; which of ``watched`` it loaded."""
    probe = textwrap.dedent(
        f"""
        import contextlib, io, sys
        from newsdiff.main import main
        with contextlib.redirect_stdout(io.StringIO()):
            main({[str(a) for a in argv]!r})
        print(",".join(m for m in {watched!r} if m in sys.modules))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    return set(filter(None, out.stdout.strip().splitlines()[-1].split(",")))


HEAVY = [
    "textual",
    "rich",
    "trafilatura",
    "tinydb",
    "numpy",
    "numpy.ma",
    "newsdiff.meaning.lexicon",
]


def test_plain_and_json_diff_load_no_rich_textual_or_store() -> None:
    """`diff --format plain` / `json` never load rich (only the rich format draws with
    it), Textual, trafilatura (plain text is no HTML page), the tag store or numpy's
    masked arrays (``np.unique`` pulls them in: 10-20 ms)."""
    for fmt in ("plain", "json"):
        loaded = _loaded_after(["diff", "--format", fmt, SEED_A, SEED_B], HEAVY)
        unwanted = {"textual", "rich", "trafilatura", "tinydb", "numpy.ma"}
        assert loaded & unwanted == set(), fmt
        assert "numpy" in loaded  # the probe sees what the alignment does load


def test_sentences_loads_no_alignment_or_lexicon() -> None:
    """`sentences` segments one article: no numpy, no WordNet, no rich, no Textual."""
    loaded = _loaded_after(["sentences", SEED_A], HEAVY)
    assert loaded & {"numpy", "newsdiff.meaning.lexicon", "rich", "textual"} == set()
