"""The command line's exit codes, its one error type, and the guard every front door uses.

Kept apart from the parser so that command modules can raise ``CliError`` without
importing the module that imports them (the cycle ``cli.py`` <-> ``cli_store.py`` had).
Exit status follows diff(1): 0 no differences, 1 differences, 2 trouble.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

from newsdiff.core.visible import visible

EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2


class CliError(Exception):
    """A problem to report in one line with exit status 2."""


def guarded(run: Callable[[Sequence[str]], int], argv: Sequence[str]) -> int:
    """``run(argv)`` with every expected failure turned into one line and an exit code."""
    try:
        code = run(argv)
        sys.stdout.flush()
        return code
    except CliError as err:
        # A message can quote a path or a store's text: its control characters are shown.
        print(f"newsdiff: {visible(str(err))}", file=sys.stderr)
        return EXIT_TROUBLE
    except BrokenPipeError:
        # The reader went away (newsdiff diff ... | head): not an error of ours.
        _drop_stdout()
        return EXIT_DIFFERENT
    except OSError as err:
        if err.filename is not None:
            print(f"newsdiff: {visible(str(err.filename))}: {err.strerror}", file=sys.stderr)
            return EXIT_TROUBLE
        # No file named: a write to standard output failed (> /dev/full, a full disk).
        # Exit 2, never 1: for diff, 1 would read as "the articles differ".
        _drop_stdout()
        # Commands print after they save: the reader must not think a tag or an import
        # was lost and redo it.
        print(
            f"newsdiff: cannot write the output ({err.strerror or err}); only the printing "
            "failed: what the command saved in the store is saved",
            file=sys.stderr,
        )
        return EXIT_TROUBLE
    except KeyboardInterrupt:
        return 130


def _drop_stdout() -> None:
    """Point standard output at /dev/null, so that the flush at exit finds nothing to fail on."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass  # stdout closed or not a file: nothing buffered will reach a descriptor
