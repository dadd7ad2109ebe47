"""Garbage is collected between keys (issue 16): frozen and off while the rows are shown,
collected at rest, everything back as it was when the app closes."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdiff.tui import collector as collector_module
from newsdiff.tui.app import create_app
from newsdiff.tui.collector import Collector

from .tui_helpers import ready, until


@pytest.fixture
def collector() -> Iterator[Collector]:
    made = Collector()
    yield made
    made.release()


def _allocate(n: int) -> list[list[int]]:
    """``n`` container objects the collector tracks (its generation-0 count grows)."""
    return [[k] for k in range(n)]


def test_settled_collector_freezes_and_waits_for_rest(
    collector: Collector, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Settled, automatic collection is off and what was alive is frozen; a tick during
    input collects nothing, a tick at rest collects once there is enough."""
    collector.settle()
    assert not gc.isenabled() and gc.get_freeze_count() > 0
    now = [100.0]
    monkeypatch.setattr(collector_module, "monotonic", lambda: now[0])
    collector.touch()
    kept = _allocate(collector_module.WORTH_COLLECTING * 2)
    collector.tick()
    assert collector.collections == 0  # a key came 0 s ago: not now
    now[0] += collector_module.IDLE_AFTER + 0.1
    frozen = gc.get_freeze_count()
    collector.tick()
    assert collector.collections == 1
    # What survived the walk is frozen too: the next walk at rest skips it.
    assert gc.get_freeze_count() >= frozen + len(kept)
    collector.tick()
    assert collector.collections == 1  # nothing new since: not worth a walk
    assert kept


def test_long_burst_collects_the_young_generations(
    collector: Collector, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys without a pause still get collected once enough has piled up."""
    collector.settle()
    monkeypatch.setattr(collector_module, "MUST_COLLECT", 5_000)
    collector.touch()
    kept = _allocate(6_000)
    collector.tick()
    assert collector.collections == 1
    assert kept


def test_release_restores_automatic_collection(collector: Collector) -> None:
    """After release nothing is frozen and the collector runs by itself again."""
    collector.settle()
    collector.release()
    assert gc.isenabled() and gc.get_freeze_count() == 0


async def test_app_settles_and_releases(tmp_path: Path, seed_a: Path, seed_b: Path) -> None:
    """The app turns collection over to its collector once the rows show, and gives it
    back when it closes."""
    app = create_app(str(seed_a), str(seed_b), store=tmp_path / "s.json", annotator="t")
    async with app.run_test() as pilot:
        await ready(pilot)
        await until(pilot, lambda: app.collector.active, "the collector settled")
        assert not gc.isenabled()
    assert gc.isenabled() and gc.get_freeze_count() == 0
