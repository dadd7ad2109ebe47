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


#: Every module of these packages is headless, and so are the app's data layer modules.
HEADLESS_PACKAGES = ("core", "meaning", "store", "dataset", "corpus", "cli")
HEADLESS_TUI = tuple(
    f"newsdiff.tui.{m}"
    for m in ("layout", "session", "cursor", "viewport", "records", "edits", "wrap", "filtering")
)


def test_core_modules_do_not_import_textual() -> None:
    """Importing every module of the headless packages (found by walking them, so a new
    module is covered at once) and the view's data layer loads no Textual."""
    loaded = _textual_modules(
        f"""
        import importlib, pkgutil
        import newsdiff
        names = [*{HEADLESS_TUI!r}]
        for pkg in {HEADLESS_PACKAGES!r}:
            try:
                mod = importlib.import_module("newsdiff." + pkg)
            except ModuleNotFoundError:
                continue  # a package the table names before it exists
            names.append(mod.__name__)
            names += [m.name for m in pkgutil.walk_packages(mod.__path__, mod.__name__ + ".")]
        for name in names:
            importlib.import_module(name)
        assert len(names) > 30, names  # the walk found the modules
        """
    )
    assert loaded == []


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
