"""``python -m newsdiff``: the same as the ``newsdiff`` command."""

from newsdiff.main import entry

entry()
