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


#: The status of the running command if its reader goes away before it has printed all
#: (``verdict_if_closed``); None: 0.
_verdict: list[Callable[[], int]] = []


def verdict_if_closed(status: Callable[[], int]) -> None:
    """Give the status a command returns if its standard output is closed while it
    prints: a comparison's verdict (0 same, 1 different), known before it prints."""
    _verdict[:] = [status]


def guarded(run: Callable[[Sequence[str]], int], argv: Sequence[str]) -> int:
    """``run(argv)`` with every expected failure turned into one line and an exit code.

    A closed standard output (``newsdiff sentences a.txt | head -1``) is no error: the
    reader stopped early. The command stops quietly, with the status it would have had:
    its own when only the last flush failed, ``verdict_if_closed``'s (diff, report), else 0.
    """
    _verdict.clear()
    code: int | None = None
    try:
        code = run(argv)
        sys.stdout.flush()
        return code
    except CliError as err:
        # A message can quote a path or a store's text: its control characters are shown.
        print(f"newsdiff: {visible(str(err))}", file=sys.stderr)
        return EXIT_TROUBLE
    except BrokenPipeError:
        _drop_stdout()
        if code is not None:
            return code
        return _verdict[0]() if _verdict else EXIT_SAME
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
