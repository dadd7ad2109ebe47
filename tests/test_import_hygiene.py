"""The headless core never imports Textual: only ``newsdiff.tui.app`` and its widgets do."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from .conftest import SEED_A, SEED_B


def _textual_modules(code: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; return the textual modules it left loaded."""
    probe = textwrap.dedent(code) + textwrap.dedent(
        """
        import sys
        loaded = [m for m in sys.modules if m == "textual" or m.startswith("textual.")]
        print("textual:" + ",".join(loaded))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    last = out.stdout.strip().splitlines()[-1]
    assert last.startswith("textual:"), out.stdout
    return [m for m in last.removeprefix("textual:").split(",") if m]


def test_core_modules_do_not_import_textual() -> None:
    """Importing the engine, the store, the CLI and the view's data layer loads no Textual."""
    assert (
        _textual_modules(
            """
            import newsdiff.core.align, newsdiff.core.article, newsdiff.cli, newsdiff.meaning.compare
            import newsdiff.core.labels, newsdiff.cli.render, newsdiff.store, newsdiff.core.worddiff
            import newsdiff.tui.layout, newsdiff.tui.session
            """
        )
        == []
    )


def test_diff_command_does_not_import_textual() -> None:
    """Running 'newsdiff diff' end to end (rich output) loads no Textual."""
    assert (
        _textual_modules(
            f"""
            import contextlib, io
            from newsdiff.cli import main
            with contextlib.redirect_stdout(io.StringIO()):
                code = main(["diff", "--width", "100", {str(SEED_A)!r}, {str(SEED_B)!r}])
            assert code == 1, code
            """
        )
        == []
    )
