from __future__ import annotations

from newsdiff.cli import entry

entry()
