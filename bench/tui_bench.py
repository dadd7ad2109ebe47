"""How fast the app paints and answers keys, headless (``python bench/tui_bench.py``).

For the seed pair and for the seed pair repeated 100 times (about 4,300 vs 3,000
sentences) it measures, in one process:

- ``open``: loading both files, checking their size and opening the store, which
  ``create_app`` does before the app starts (a bad file must fail before the screen
  changes);
- ``first paint``: from entering ``App.run_test`` to the first screen update that shows
  the cursor's place on the status line (as an annotator, or tmux polled for "A#1 of",
  sees the rows arrive), which includes aligning and word-diffing the pair in the worker
  thread; and a ``j`` sent at once after it, to the screen that shows the cursor moved;
- ``j``, ``k``, PgDn, PgUp, End, the wheel and ``f``: median and 90th percentile, over
  50 presses each, from sending the key
  to the end of the screen update it causes, including turning that update into terminal
  output; in wall-clock time, and in CPU time of the main thread (the app's own work:
  on this shared two-core machine the wall clock also counts the time other
  processes held the core). Textual paces screen updates at 60 per second: a key that
  comes within a frame of the last update waits for the next one (a key after a
  pause is drawn at once);
- the floor: the same figures for an empty Textual app whose key changes one line;
- the first filter key (``4``, hedge) on the 1 MB pair of distinct sentences
  (``bench/distinct_pair.py``; ``--filter-pair A B`` for another), in two fresh
  apps: ``j`` at once after the first paint and the filter key 0.3 s later (the rows'
  changes not yet classified), then ``j`` every 0.25 s until the filter shows; and
  the same once the background classification is done. For each: the first ``j``,
  the filter key to the first screen that shows it (its rows, or its progress), the
  ``j`` presses meanwhile (median / max), and the key to the filtered rows on screen;
  every time to the screen that shows the key's effect. ``--filter-only`` prints
  only these.

The machine is noisy: compare figures from one run, and read medians.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from time import perf_counter, thread_time
from typing import Any, ClassVar

from textual import events
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.widgets import Static

from newsdiff.core.seeds import seed_paths
from newsdiff.tui.app import NewsdiffApp, create_app

SIZE = (160, 45)


def make_pair(folder: Path, times: int) -> tuple[str, str]:
    """The seed pair, each text repeated ``times`` times, written to ``folder``."""
    a, b = seed_paths()
    if times == 1:
        return a, b
    out = []
    for name, src in (("a", a), ("b", b)):
        text = Path(src).read_text(encoding="utf-8")
        path = folder / f"{name}_x{times}.txt"
        path.write_text("\n".join([text] * times), encoding="utf-8")
        out.append(str(path))
    return out[0], out[1]


def _cursor_shown(app: NewsdiffApp) -> bool:
    """Whether the screen shows the cursor's place on the status line ("A#1 of 8,020"):
    what an annotator (and the r21a reviewer, polling tmux for it) takes for the rows
    being there. The rows' layout alone was no such sign: the status line was drawn a
    frame before the rows once, and a key sent then waited for them."""
    from newsdiff.tui.widgets.header import StatusLine

    return bool(app.query_one(StatusLine).position)


def _instrument(app: App[Any], shown: Callable[[], bool]) -> dict[str, Any]:
    """Record when each screen update reaches the (headless) terminal, and when the
    first one for which ``shown()`` holds does."""
    probe: dict[str, Any] = {
        "paints": 0,
        "last": 0.0,
        "first_view": None,
        "shown": asyncio.Event(),
        "event": None,
        "times": [],
        "cpus": [],
        "watch": {},
        "seen": {},
        "seen_cpu": {},
    }
    probe["first_after"] = lambda t: next(x for x in probe["times"] if x > t)
    original = app._display

    def display(screen: Any, renderable: Any) -> None:
        original(screen, renderable)
        if renderable is None:
            return
        # A real driver writes these bytes; producing them is part of a repaint.
        render = getattr(renderable, "render_segments", None)
        if render is not None:
            render(app.console)
        now = perf_counter()
        probe["paints"] += 1
        probe["last"] = now
        probe["times"].append(now)
        probe["cpus"].append(thread_time())
        if probe["first_view"] is None and shown():
            probe["first_view"] = now
            probe["shown"].set()
        for name, holds in list(probe["watch"].items()):
            if holds():  # the first screen that shows what a watch waits for
                probe["seen"][name] = now
                probe["seen_cpu"][name] = probe["cpus"][-1]
                del probe["watch"][name]
        if probe["event"] is not None:
            probe["event"].set()

    app._display = display  # type: ignore[method-assign]
    return probe


async def _latency(
    app: Any, pilot: Any, probe: dict[str, Any], key: str, n: int, before: str = ""
) -> tuple[list[float], list[float], list[bool]]:
    """Key-to-screen times of ``n`` presses, the main thread's CPU time in each, and
    whether each press scrolled the view.

    ``before`` is pressed (and waited for, untimed) ahead of each timed press: ``home``
    before ``end``, so that every ``end`` has somewhere to go. ``wheel`` is the mouse
    wheel, one notch down, over the view.
    """
    times: list[float] = []
    cpus: list[float] = []
    scrolled: list[bool] = []
    # j and k scroll the view once every few presses: they go on until ``n`` have.
    attempts = 20 * n if key in ("j", "k") else n
    for _ in range(attempts):
        if key in ("j", "k") and sum(scrolled) >= n:
            break
        if before:
            await pilot.press(before)
        elif key in ("j", "k") and _at_end(app, 1 if key == "j" else -1):
            # Nowhere to go: back to the other end (untimed), so every press counts.
            await pilot.press("home" if key == "j" else "end")
        await pilot.pause()
        top = app.view.scroll_y if isinstance(app, NewsdiffApp) else 0
        timed = await _timed_press(app, pilot, probe, key)
        if timed is not None:
            times.append(timed[0])
            cpus.append(timed[1])
            scrolled.append(isinstance(app, NewsdiffApp) and app.view.scroll_y != top)
    return times, cpus, scrolled


async def _timed_press(
    app: Any, pilot: Any, probe: dict[str, Any], key: str, wait: float = 2, raw: bool = False
) -> tuple[float, float] | None:
    """One press: the time to the first screen update after it, and the main thread's
    CPU time until then (None: no update came within ``wait`` seconds).

    ``raw``: the key goes to the driver as a terminal's would, a letter or digit, and
    nothing waits for the app to be idle (``pilot.press`` waits up to a second twice
    while another thread works).
    """
    event = asyncio.Event()
    probe["event"] = event
    paints = probe["paints"]
    start, cpu = perf_counter(), thread_time()
    if raw:
        app._driver.send_message(events.Key(key, key))
    elif key == "wheel":
        view = app.view
        view.post_message(events.MouseScrollDown(view, 10, 5, 0, 1, 0, False, False, False))
    else:
        await pilot.press(key)
    while probe["paints"] == paints:
        try:
            await asyncio.wait_for(event.wait(), timeout=wait)
        except TimeoutError:
            break  # nothing to repaint (the view was already there)
        event.clear()
    probe["event"] = None
    after = [k for k, x in enumerate(probe["times"]) if x > start]
    if not after:
        return None
    # The first screen update after the key (pilot.press may return after more).
    return probe["times"][after[0]] - start, probe["cpus"][after[0]] - cpu


def _at_end(app: NewsdiffApp, step: int) -> bool:
    """Whether the cursor is on the last (``step`` 1) or first sentence of its side."""
    view = app.view
    return view.cursor.step(step) == view.sentence


#: The keys timed, in order: (name shown, key, key pressed untimed before each; x
#: clears the tag so that every f tags).
KEYS = (
    ("j", "j", ""),
    ("k", "k", ""),
    ("PgDn", "pagedown", "home"),
    ("PgUp", "pageup", "end"),
    ("End", "end", "home"),
    ("wheel", "wheel", "home"),
    ("f", "f", "x"),
)


async def measure(path_a: str, path_b: str, store: Path, presses: int) -> dict[str, Any]:
    t0 = perf_counter()
    app = create_app(path_a, path_b, store=store, annotator="bench")
    opened = perf_counter() - t0
    probe = _instrument(app, lambda: _cursor_shown(app))
    start = perf_counter()
    out: dict[str, Any] = {}
    async with app.run_test(size=SIZE) as pilot:
        # Waiting on an event, not polling: a polling loop competes with the comparison
        # thread for the interpreter lock and made first paint 0.5 s slower.
        await asyncio.wait_for(probe["shown"].wait(), timeout=120)
        first = probe["first_view"] - start
        # A key at once after the first paint, as an annotator who waited for the rows
        # presses it: it waits for whatever the app does once they are shown.
        out["first j"] = await _press_until(app, probe, "j", lambda: app.view.sentence != 0)
        await pilot.press("k")
        await pilot.pause(0.2)
        for name, key, before in KEYS:
            out[name] = await _latency(app, pilot, probe, key, presses, before)
        rows = len(app.view.rows)
        sa, sb = app.session.total("a"), app.session.total("b")  # type: ignore[union-attr]
    return {"rows": rows, "sentences": f"{sa:,} / {sb:,}", "open": opened, "first": first, **out}


#: The filter key timed, and the class it shows.
FILTER_KEY, FILTER_CLASS = "4", "hedge"
#: Seconds between the ``j`` presses while a filter waits (a reading pace).
JS_EVERY = 0.25


async def _press_until(
    app: Any, probe: dict[str, Any], key: str, holds: Callable[[], bool]
) -> float:
    """Seconds from a key (sent as a terminal's, nothing waits for the app to be idle:
    ``pilot.press`` waits up to a second twice while another thread works) to the
    first screen that shows what ``holds`` says it did."""
    name = f"press{len(probe['seen'])}-{perf_counter()}"
    probe["watch"][name] = holds
    start, cpu = perf_counter(), thread_time()
    app._driver.send_message(events.Key(key, key))
    while name not in probe["seen"]:
        await asyncio.sleep(0.002)
    probe["cpu"] = probe["seen_cpu"][name] - cpu
    return float(probe["seen"][name] - start)


async def first_filter(path_a: str, path_b: str, store: Path, wait_marks: bool) -> dict[str, Any]:
    """The first filter key of a fresh app: ``j`` at once after the first paint (or once
    the rows are classified, ``wait_marks``), the filter key 0.3 s later, then ``j``
    every ``JS_EVERY`` seconds until the filtered rows show."""
    app = create_app(path_a, path_b, store=store, annotator="bench")
    probe = _instrument(app, lambda: _cursor_shown(app))
    out: dict[str, Any] = {"marks": None}
    async with app.run_test(size=SIZE) as pilot:
        await asyncio.wait_for(probe["shown"].wait(), timeout=600)
        shown = perf_counter()
        view = app.view
        marks = getattr(view, "marks", None)  # None: the app before the marks
        if wait_marks and marks is not None:
            while not marks.complete:
                await asyncio.sleep(0.1)
            out["marks"] = perf_counter() - shown
        # At once, as the reviewer's tmux did once it saw the cursor's place.
        out["first j"] = await _press_until(app, probe, "j", lambda: view.sentence != 0)
        out["first j cpu"] = probe["cpu"]
        await asyncio.sleep(0.3)

        def applied() -> bool:
            return bool(view.class_filter == FILTER_CLASS)

        def answered() -> bool:
            # The key's first sign on screen: its rows, or its progress ("filtering").
            return applied() or getattr(view, "pending_filter", None) == FILTER_CLASS

        probe["watch"]["applied"] = applied
        start = perf_counter()
        out["key"] = await _press_until(app, probe, FILTER_KEY, answered)
        out["key cpu"] = probe["cpu"]
        js: list[float] = []
        while "applied" not in probe["seen"]:
            await asyncio.sleep(JS_EVERY)
            if "applied" in probe["seen"]:
                break
            before = (view.side, view.sentence)
            jcpus = out.setdefault("jcpu", [])
            js.append(
                await _press_until(
                    app, probe, "j", lambda b=before: (view.side, view.sentence) != b
                )
            )
            jcpus.append(probe["cpu"])
        out["applied"] = probe["seen"]["applied"] - start
        out["js"] = js
        out["rows"] = len(view.rows)
        await pilot.pause(0.2)
    return out


def _filter_line(label: str, r: dict[str, Any]) -> str:
    """One case's figures: wall clock, and (in brackets) the main thread's CPU time."""
    js, cpus = r["js"], r.get("jcpu", [])
    during = (
        f"{len(js)} j meanwhile {_median(js) * 1000:.1f} / max {max(js) * 1000:.1f} ms "
        f"({_median(cpus) * 1000:.1f} / {max(cpus) * 1000:.1f})"
        if js
        else "no j meanwhile"
    )
    marks = f" (classified {r['marks']:.1f} s after first paint)" if r["marks"] is not None else ""
    return (
        f"  {label}{marks}:\n    j {r['first j'] * 1000:.1f} ms ({r['first j cpu'] * 1000:.1f}), "
        f"filter key to screen {r['key'] * 1000:.1f} ms ({r['key cpu'] * 1000:.1f}), "
        f"to the {r['rows']} filtered rows {r['applied']:.2f} s; {during}"
    )


async def filter_figures(pair: tuple[str, str] | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if pair is None:
            script = Path(__file__).with_name("distinct_pair.py")
            a, b = str(folder / "distinct_a.txt"), str(folder / "distinct_b.txt")
            subprocess.run([sys.executable, str(script), a, b], check=True)
            name = "the 1 MB pair of distinct sentences"
        else:
            a, b = pair
            name = f"{Path(a).name} / {Path(b).name}"
        print(f"first filter key ({FILTER_KEY}: {FILTER_CLASS}), {name}:", flush=True)
        for case in FILTER_CASES:
            # A process each: the first would leave the second its memos of the classes.
            run = [sys.executable, __file__, "--filter-case", case, "--filter-pair", a, b]
            subprocess.run(run, check=True)


#: The first filter key's cases: pressed at once after the first paint, or once the
#: rows are classified in the background.
FILTER_CASES = {"now": "at once after first paint", "classified": "once classified"}


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _ms(values: list[float]) -> str:
    return f"{_median(values) * 1000:.1f} / {_p90(values) * 1000:.1f} ({len(values)})"


def _p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10)[-1] if len(values) > 1 else _median(values)


class FloorApp(App[None]):
    """The floor: an empty Textual app whose one key changes one line of text."""

    BINDINGS: ClassVar[list[BindingType]] = [("c", "count", "Count")]

    def compose(self) -> ComposeResult:
        yield Static("0", id="count")

    def action_count(self) -> None:
        self.presses = getattr(self, "presses", 0) + 1
        self.query_one(Static).update(str(self.presses))


async def floor(presses: int) -> tuple[float, list[float], list[float]]:
    """The floor's first paint and key to screen times (wall, CPU) on this machine."""
    app = FloorApp()
    probe = _instrument(app, lambda: True)
    start = perf_counter()
    async with app.run_test(size=SIZE) as pilot:
        await asyncio.wait_for(probe["shown"].wait(), timeout=60)
        first = probe["first_view"] - start
        await pilot.pause(0.2)
        times, cpus, _ = await _latency(app, pilot, probe, "c", presses)
    return first, times, cpus


def _row(name: str, times: list[float], cpus: list[float]) -> str:
    return f"  {name:<9} {_ms(times):>22}  {_ms(cpus):>22}"


async def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=50, help="key presses per key")
    parser.add_argument("--filter-pair", nargs=2, metavar=("A", "B"), help="first filter's pair")
    parser.add_argument("--filter-only", action="store_true", help="only the first filter key")
    parser.add_argument("--filter-case", choices=FILTER_CASES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.filter_case:
        a, b = args.filter_pair
        with tempfile.TemporaryDirectory() as tmp:
            wait = args.filter_case == "classified"
            r = await first_filter(a, b, Path(tmp) / "store.json", wait)
        print(_filter_line(FILTER_CASES[args.filter_case], r))
        return 0
    if args.filter_only:
        await filter_figures(args.filter_pair)
        return 0
    print(f"newsdiff TUI, headless {SIZE[0]}x{SIZE[1]}, {args.presses} presses per key")
    print("key to screen, ms: median / p90 (count), wall clock and the main thread's CPU")
    print("(the CPU time is the app's own work, without the waits of a loaded machine);")
    print("j, k, PgDn, PgUp, End, wheel: the presses that scrolled the view")
    first, times, cpus = await floor(args.presses)
    print(f"floor (an empty Textual app, one Static): first paint {first:.2f} s")
    print(f"  {'key':<9} {'wall':>22}  {'cpu':>22}")
    print(_row("a key", times, cpus))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for label, copies in (("seeds", 1), ("seeds×100", 100)):
            a, b = make_pair(folder, copies)
            r = await measure(a, b, folder / f"store_{copies}.json", args.presses)
            print(
                f"{label} ({r['sentences']} sentences): open {r['open']:.2f} s, "
                f"first paint {r['first']:.2f} s, a j at once after it "
                f"{r['first j'] * 1000:.0f} ms"
            )
            for name, _key, _before in KEYS:
                t, c, moved = r[name]
                if name in ("j", "k"):
                    still = [k for k, m in enumerate(moved) if not m]
                    print(_row(f"{name} still", [t[k] for k in still], [c[k] for k in still]))
                if name != "f":
                    kept = [k for k, m in enumerate(moved) if m]
                    t, c = [t[k] for k in kept], [c[k] for k in kept]
                print(_row(name, t, c))
    await filter_figures(args.filter_pair)
    print("targets: first paint < 0.3 s (seeds), < 1 s (×100); every key p90 < 16 ms")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))
