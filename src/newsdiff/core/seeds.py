"""The bundled sample pair that ``newsdiff`` opens with no arguments."""

from __future__ import annotations

from importlib import resources

SEED_A = "000_bffa4cee5f922f5d.txt"
SEED_B = "001_7835627fb396a6e4.txt"


def seed_paths() -> tuple[str, str]:
    """The bundled sample pair: a spun rewrite (A) and the story it spun (B)."""
    root = resources.files("newsdiff") / "seeds"
    return str(root / SEED_A), str(root / SEED_B)
