"""The command line's exit codes, its one error type, and the guard every front door uses.

Kept apart from the parser so that command modules can raise ``CliError`` without
importing the module that imports them (the cycle ``cli.py`` <-> ``cli_store.py`` had).
Exit status follows diff(1): 0 no differences, 1 differences, 2 trouble.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

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
        print(f"newsdiff: {err}", file=sys.stderr)
        return EXIT_TROUBLE
    except BrokenPipeError:
        # The reader went away (newsdiff diff ... | head): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_DIFFERENT
    except KeyboardInterrupt:
        return 130
