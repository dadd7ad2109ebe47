"""What ``newsdiff export`` says before and after it reads the store: where an export
may go (never over the store's own files), and why an export came out empty."""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from newsdiff.cli.errors import CliError

if TYPE_CHECKING:
    from newsdiff.store import Store, Tag


def export_target(output: str | None, store: Store) -> Literal["file", "device", "stdout"]:
    """Where an export goes: a regular file (written whole), a device, or standard output.

    Refused: one of the store's own files (an export written over a tag file destroys
    its tags), and anything else that exists and is no regular file (a FIFO would wait
    for a reader, and a rename over a device node would replace it).
    """
    from newsdiff.core.article import file_kind, on_descriptor

    if not output:
        return "stdout"
    target = Path(output)
    if store.owns(target):
        raise CliError(
            f"{target}: is one of the store's own files; an export there would destroy "
            "tags, write it elsewhere"
        )
    try:
        st = os.stat(target)
    except FileNotFoundError:
        return "file"
    except OSError as err:
        raise CliError(f"{target}: cannot write ({err.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise CliError(f"{target}: is a directory, expected a file to write")
    if stat.S_ISREG(st.st_mode):
        return "file"
    if on_descriptor(st, 1):
        return "stdout"  # /dev/stdout, /dev/fd/1: a pipe or terminal by another name
    if stat.S_ISCHR(st.st_mode):
        return "device"  # /dev/null, a terminal
    raise CliError(f"{target}: is {file_kind(st.st_mode)}, expected a regular file to write")


def nothing_to_export(
    every: Sequence[Tag], annotator: str | None, sources: set[str] | None, skips: bool
) -> str:
    """Why an export has no record: no tags, none by that annotator, only skips (without
    ``skips``, --include-skipped), or none of those sources."""
    if not every:
        return "no tags to export: the store holds none"
    if annotator is not None:
        mine = [t for t in every if t.annotator == annotator]
        if not mine:
            names = ", ".join(sorted({t.annotator for t in every}))
            return f"no tags for annotator {annotator!r} (the store has tags by {names})"
        who = f" for annotator {annotator!r}"
    else:
        mine, who = list(every), ""
    chosen = [t for t in mine if sources is None or t.source in sources]
    if chosen and not skips and all(t.skipped for t in chosen):
        # A skip is a 'human' record: "there are only human" named the source that was
        # asked for, and not the filter that left it out.
        what = (
            "record is a skip (a sentence"
            if len(chosen) == 1
            else f"records are {len(chosen)} skips (sentences"
        )
        return (
            f"no tags{who} exported: the only {what} skipped as not a claim); "
            "--include-skipped exports skips"
        )
    kinds = ", ".join(sorted({t.source for t in mine}))
    wanted = ", ".join(sorted(sources or ()))
    hint = "; --include-propagated adds carried labels" if "propagated" in kinds else ""
    return f"no tags{who} of the sources exported ({wanted}); there are only {kinds}{hint}"
