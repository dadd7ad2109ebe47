"""Tags out and back: export (JSONL, CSV), import (export, doccano, Prodigy: ``importing``),
agreement between annotators, and labels carried across an alignment (propagation).

May import: ``store`` and ``core``.
"""

from __future__ import annotations

#: The modules ``dataset`` offers.
__all__ = ["agree", "export", "importing", "propagate"]
