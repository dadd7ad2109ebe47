from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_A = SEEDS / "000_bffa4cee5f922f5d.txt"
SEED_B = SEEDS / "001_7835627fb396a6e4.txt"


@pytest.fixture
def seed_a() -> Path:
    return SEED_A


@pytest.fixture
def seed_b() -> Path:
    return SEED_B


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes to the real annotations/ folder."""
    monkeypatch.setenv("NEWSDIFF_STORE", str(tmp_path / "store" / "newsdiff.json"))
