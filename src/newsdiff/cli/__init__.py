"""The command line: one module per command group over the headless packages.

``program`` builds the parser and runs a command; ``pair`` (diff, report, suggest),
``tag_commands`` (sentences, tag, orphans) and ``dataset_commands`` (export, import,
agree) hold the commands; ``errors`` the exit codes and ``CliError``; ``render`` the
rich and plain diff output.

May import: ``core``, ``meaning``, ``store``, ``dataset``, ``corpus``, ``display``
(before rich measures text: ``colour.console``, ``cell_len``). Never ``tui``: opening
the app is ``newsdiff.main``'s job.
"""

from __future__ import annotations

from newsdiff.cli.program import build_parser, command_names, main

__all__ = ["build_parser", "command_names", "main"]
