"""A command loads only what it uses: start-up is most of a small diff's time (issue 16)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from newsdiff.cli.program import COMMAND_NAMES, COMMANDS, build_parser, command_names

from .conftest import SEED_A, SEED_B


def _loaded_after(argv: list[object], watched: list[str]) -> set[str]:
    """Run ``newsdiff ARGV`` in a fresh interpreter; which of ``watched`` it loaded."""
    probe = textwrap.dedent(
        f"""
        import contextlib, io, sys
        from newsdiff.main import main
        with contextlib.redirect_stdout(io.StringIO()):
            main({[str(a) for a in argv]!r})
        print("loaded:" + ",".join(m for m in {watched!r} if m in sys.modules))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    last = out.stdout.strip().splitlines()[-1]
    return set(filter(None, last.removeprefix("loaded:").split(",")))


HEAVY = [
    "textual",
    "rich",
    "trafilatura",
    "tinydb",
    "numpy",
    "numpy.ma",
    "newsdiff.meaning.lexicon",
]


def test_plain_and_json_diff_load_no_rich_textual_or_store() -> None:
    """`diff --format plain` / `json` never load rich (only the rich format draws with
    it), Textual, trafilatura (plain text is no HTML page), the tag store, or numpy (a
    pair of articles aligns in plain Python: numpy was half the start-up)."""
    for fmt in ("plain", "json"):
        loaded = _loaded_after(["diff", "--format", fmt, SEED_A, SEED_B], HEAVY)
        unwanted = {"textual", "rich", "trafilatura", "tinydb", "numpy"}
        assert loaded & unwanted == set(), fmt
        assert "newsdiff.meaning.lexicon" in loaded  # the probe sees what classifying loads


def test_large_diff_loads_numpy(tmp_path: Path) -> None:
    """Past ``align.SMALL_MAX_PAIRS`` sentence pairs of many distinct texts the
    alignment runs in numpy (and never loads its masked arrays: ``np.unique`` pulls
    them in, 10-20 ms); a pair as long of a few texts copied through it (the seed pair
    five times) runs over its distinct texts, without numpy (``core.twins``)."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    seeds = sorted(Path(SEED_A).parent.glob("*.txt"))
    a.write_text("\n\n".join(p.read_text("utf-8") for p in seeds), encoding="utf-8")
    b.write_text("\n\n".join(p.read_text("utf-8") for p in reversed(seeds)), encoding="utf-8")
    loaded = _loaded_after(["diff", "--format", "plain", a, b], HEAVY)
    assert "numpy" in loaded
    assert "numpy.ma" not in loaded
    a.write_text((Path(SEED_A).read_text("utf-8") + "\n\n") * 5, encoding="utf-8")
    b.write_text((Path(SEED_B).read_text("utf-8") + "\n\n") * 5, encoding="utf-8")
    assert "numpy" not in _loaded_after(["diff", "--format", "plain", a, b], HEAVY)


def test_sentences_loads_no_alignment_or_lexicon() -> None:
    """`sentences` segments one article: no numpy, no WordNet, no rich, no Textual."""
    loaded = _loaded_after(["sentences", SEED_A], HEAVY)
    assert loaded & {"numpy", "newsdiff.meaning.lexicon", "rich", "textual"} == set()


def test_a_command_builds_its_own_parsers_only() -> None:
    """`newsdiff NAME` builds NAME's group of parsers alone (issue 16: every parser was a
    tenth of a diff's start-up); the table it picks from lists every command of the full
    parser, in --help's order, and each group adds exactly the names it lists."""
    parser = build_parser()
    assert command_names(parser) == set(COMMAND_NAMES)
    shown = [a.dest for a in parser._subparsers._group_actions[0]._choices_actions]  # type: ignore[union-attr]
    assert shown == [name for names, _module, _adder in COMMANDS for name in names]
    for names, _module, _adder in COMMANDS:
        for name in names:
            assert command_names(build_parser(name)) == set(names), name


def test_diff_loads_no_other_command_openssl_json_or_emoji() -> None:
    """`diff` (rich and plain) imports no other command's module, not hashlib (the
    article id, which these formats do not print, loads OpenSSL: 3-4 ms), not json, and
    not rich's emoji table (the column labels are given to rich as Text)."""
    others = [
        "newsdiff.cli.dataset_commands",
        "newsdiff.cli.tag_commands",
        "newsdiff.cli.scan_command",
        "newsdiff.cli.learn",
        "hashlib",
        "json",
        "rich._emoji_codes",
    ]
    for fmt in ("rich", "plain"):
        assert _loaded_after(["diff", "--format", fmt, SEED_A, SEED_B], others) == set(), fmt
    loaded = _loaded_after(["diff", "--format", "json", SEED_A, SEED_B], others)
    assert {"hashlib", "json"} <= loaded


def test_regex_only_for_text_that_needs_it(tmp_path: Path) -> None:
    """English news (the seeds: curly quotes, a no-break space) is tokenized with ``re``:
    ``regex`` (Unicode scripts and marks, a tenth of a plain diff's start-up) loads only
    for text with characters the two modules class differently (here Devanagari)."""
    for fmt in ("rich", "plain"):
        assert _loaded_after(["diff", "--format", fmt, SEED_A, SEED_B], ["regex"]) == set()
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("मुंबई में बारिश हुई। The rain fell.\n", encoding="utf-8")
    b.write_text("मुंबई में भारी बारिश हुई। The rain fell.\n", encoding="utf-8")
    assert _loaded_after(["diff", "--format", "plain", a, b], ["regex"]) == {"regex"}


def test_a_command_freezes_the_collector_and_the_app_does_not() -> None:
    """A command (the console script's entry) freezes what is imported and collects the
    youngest generation every 1,000,000 allocations instead of 700 (4% of a long diff's
    work at 50,000, 1% more); calling ``main`` in a process, as the tests do, leaves the collector alone."""
    import subprocess
    import sys

    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print(gc.get_threshold()[0], gc.get_freeze_count() > 0))\n"
        "sys.argv = ['newsdiff', *sys.argv[1:]]\n"
        "from newsdiff.main import entry\n"
        "entry()\n"
    )
    out = subprocess.run([sys.executable, "-c", code, "--version"], capture_output=True, text=True)
    assert out.stdout.split()[-2:] == ["1000000", "True"], out.stderr
    import contextlib
    import gc
    import io

    from newsdiff.main import main

    before = gc.get_threshold()
    with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):
        main(["--version"])
    assert gc.get_threshold() == before


def test_diff_and_report_end_without_finalising_and_print_everything(tmp_path: Path) -> None:
    """``diff`` and ``report`` through the console script's entry end with ``os._exit``
    once their output is flushed (Python's finalisation freed every object for nothing:
    1.6% of the 100x pair's instructions): no exit handler runs, the exit status is the
    command's, and the output is whole (here a pipe, 4,400 lines); other commands exit
    as before."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text((Path(SEED_A).read_text("utf-8").rstrip() + "\n\n") * 100, encoding="utf-8")
    b.write_text((Path(SEED_B).read_text("utf-8").rstrip() + "\n\n") * 100, encoding="utf-8")
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('finalised', file=sys.stderr))\n"
        "sys.argv = ['newsdiff', *sys.argv[1:]]\n"
        "from newsdiff.main import entry\n"
        "entry()\n"
    )
    import contextlib
    import io

    from newsdiff.main import main

    for argv in (["diff", "--format", "plain", a, b], ["report", "--format", "json", a, b]):
        out = subprocess.run(
            [sys.executable, "-c", code, *map(str, argv)], capture_output=True, text=True
        )
        assert "finalised" not in out.stderr
        assert out.returncode == 1
        held = io.StringIO()
        with contextlib.redirect_stdout(held):
            main([str(x) for x in argv])
        assert out.stdout == held.getvalue()
    out = subprocess.run([sys.executable, "-c", code, "--version"], capture_output=True, text=True)
    assert "finalised" in out.stderr


def test_the_app_without_a_model_loads_no_numpy(tmp_path: Path) -> None:
    """The app on a pair of articles, with a store that has no model beside it: once
    the rows show and the model has been looked for, numpy is still not loaded (the
    rules' suggestions and the model's path need none; it was 0.1 s of a thread's
    time holding the interpreter lock right after the first paint)."""
    probe = textwrap.dedent(
        f"""
        import asyncio, sys
        from pathlib import Path
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from tui_helpers import ready, until
        from newsdiff.tui import training
        from newsdiff.tui.app import create_app

        looked: list[object] = []
        real = training.load_suggestions

        def spy(path, texts, annotator):
            found = real(path, texts, annotator)
            looked.append(found[0])
            return found

        training.load_suggestions = spy

        async def run() -> None:
            app = create_app(
                {str(SEED_A)!r}, {str(SEED_B)!r}, store=Path({str(tmp_path / "s.json")!r})
            )
            async with app.run_test(size=(120, 36)) as pilot:
                await ready(pilot)
                await until(pilot, lambda: bool(looked), "the model was looked for")
                await pilot.press("j", "s")
                await pilot.pause()

        asyncio.run(run())
        print("looked:", looked, "numpy:", "numpy" in sys.modules)
        """
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1:] == ["looked: [None] numpy: False"], out.stderr
