"""Speed benchmarks behind the README's figures, newsdiff beside git in one run.

Run: make bench   (or .venv/bin/python bench/run.py [--quick] [--no-app])

1. Start-up: ``newsdiff diff`` of the seed pair (000 vs 001) as a whole process,
   beside ``git diff --no-index --word-diff`` and ``python -c pass``.
2. The seed pair in-process: compare() alone, and compare() plus classifying every
   change (what ``diff --format json``, ``report`` and the app's class marks need).
3. The seed pair repeated 100 times each (4,400 vs 3,000 sentences, copies joined by a
   blank line): ``newsdiff diff --format plain`` as a whole process, wall time and
   peak memory, beside git on the same files.
4. The same on a pair of about 1 MB each made of 8,000 distinct sentences
   (``bench/distinct_pair.py``: 15% edited, 5% moved, 5% dropped, 5% added).
   With ``--instructions``, both large pairs' instruction counts beside git's
   (valgrind's callgrind, whole process): the same on a busy machine.
5. The app, headless (``bench/tui_bench.py``, in a process of its own).

The machine is shared and noisy: every figure is a median, and the ratio to git
(measured alternately with newsdiff, in the same run) is the figure to compare.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_A = ROOT / "seeds" / "000_bffa4cee5f922f5d.txt"
SEED_B = ROOT / "seeds" / "001_7835627fb396a6e4.txt"
sys.path.insert(0, str(Path(__file__).resolve().parent))

import distinct_pair  # noqa: E402  (a sibling script, not a package)

#: The children write bytecode as an installed newsdiff would (a developer's
#: PYTHONDONTWRITEBYTECODE would make every start compile the sources again).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def seed_pipeline(runs: int = 40) -> tuple[float, float]:
    """Median seconds for compare() alone and for compare() plus classifying every
    change."""
    from newsdiff.core.article import load
    from newsdiff.meaning import compare as compare_mod
    from newsdiff.meaning.compare import compare

    plain, classified = [], []
    for _ in range(runs):
        # Measure real diffing and classifying every time, not the memo.
        for memo in (
            "_cached_pair",
            "_cached_diff",
            "_cached_changes",
            "_cached_counts",
            "_split_changes",
        ):
            clear = getattr(getattr(compare_mod, memo, None), "cache_clear", None)
            if clear is not None:  # the memos of this version (bench an old one too)
                clear()
        t = time.perf_counter()
        cmp = compare(load(str(SEED_A)), load(str(SEED_B)))
        t1 = time.perf_counter()
        cmp.changes()
        t2 = time.perf_counter()
        plain.append(t1 - t)
        classified.append(t2 - t)
    return statistics.median(plain), statistics.median(classified)


def timed(cmd: list[str]) -> tuple[float, float, int, float]:
    """Wall seconds, peak RSS in MB, exit status and CPU seconds of one run of ``cmd``
    (CPU time suffers less than wall time from the other work on a shared machine)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    if proc.stderr is not None:
        timed.last_error = proc.stderr.read().decode(errors="replace").strip()  # type: ignore[attr-defined]
        proc.stderr.close()
    cpu = usage.ru_utime + usage.ru_stime
    return wall, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), cpu


def tree_peak(cmd: list[str]) -> tuple[float, int]:
    """Peak memory of one run of ``cmd`` with its forked workers (``--jobs``) counted
    too: the most, polled every 5 ms, of the RSS of the process and its children
    summed (pages a worker shares with its parent counted twice), or the largest
    process's own peak if more; and the most processes seen at once. A run of its own:
    the polling would cost the timed runs their time."""
    page = os.sysconf("SC_PAGE_SIZE")
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    peak, most = 0, 1
    while True:
        pid, _status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            proc.returncode = 0  # reaped here: Popen must not wait for it again
            return max(peak, usage.ru_maxrss * 1024) / 2**20, most
        pids = [proc.pid]
        try:
            with open(f"/proc/{proc.pid}/task/{proc.pid}/children") as f:
                pids += [int(p) for p in f.read().split()]
            total = 0
            for p in pids:
                with open(f"/proc/{p}/statm") as f:
                    total += int(f.read().split()[1]) * page
        except (OSError, ValueError):  # a child ended between the reads
            continue
        peak, most = max(peak, total), max(most, len(pids))
        time.sleep(0.005)


def versus_git(label: str, ours: list[str], a: Path, b: Path, runs: int) -> None:
    """newsdiff and git alternately on the same files: medians, ratio, peak memory."""
    git = ["git", "diff", "--no-index", "--word-diff", str(a), str(b)]
    timed(ours + [str(a), str(b)])  # warm: bytecode written, files in the page cache
    nd: list[float] = []
    gt: list[float] = []
    nd_cpu: list[float] = []
    gt_cpu: list[float] = []
    peak = 0.0
    code = 0
    for _ in range(runs):
        wall, mb, code, cpu = timed(ours + [str(a), str(b)])
        if code == 2:
            print(f"{label}: newsdiff refused: {timed.last_error}")  # type: ignore[attr-defined]
            return
        nd.append(wall)
        nd_cpu.append(cpu)
        peak = max(peak, mb)
        if shutil.which("git"):
            g_wall, _mb, _code, g_cpu = timed(git)
            gt.append(g_wall)
            gt_cpu.append(g_cpu)
    ours_s, ours_cpu = statistics.median(nd), statistics.median(nd_cpu)
    line = f"{label}: newsdiff {ours_s:.3f} s (cpu {ours_cpu:.3f} s, all processes), "
    line += f"peak {peak:.0f} MB"
    if os.path.exists("/proc/self/task"):
        summed, processes = tree_peak(ours + [str(a), str(b)])
        if processes > 1:
            line += f" ({summed:.0f} MB with its {processes - 1} worker(s))"
    if gt:
        g, g_cpu = statistics.median(gt), statistics.median(gt_cpu)
        line += f"; git {g:.3f} s (cpu {g_cpu:.3f} s); ratio {ours_s / g:.1f}x"
    print(line + f"  (medians of {runs})")


def instructions(cmd: list[str]) -> tuple[int, int] | None:
    """Instructions one run of ``cmd`` executes in its main process (valgrind's
    callgrind; its forked workers, with ``--jobs``, run beside it), and how many
    processes ran: unlike its time, the same on a busy machine as on an idle one. None
    without valgrind."""
    if shutil.which("valgrind") is None:
        return None
    env = {**ENV, "PYTHONHASHSEED": "0"}  # the same hashes, the same instructions
    proc = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        check=False,
    )
    lines = proc.stderr.decode(errors="replace").splitlines()
    # "==PID== ..." lines: the first is the main process's; a forked child's count
    # starts from the main process's count at the fork.
    main_pid = lines[0].split("==")[1] if lines and lines[0].startswith("==") else None
    counts = {
        line.split("==")[1]: int(line.rsplit(":", 1)[1]) for line in lines if "Collected :" in line
    }
    if main_pid not in counts:
        return None
    return counts[main_pid], len(counts)


def instructions_versus_git(label: str, ours: list[str], a: Path, b: Path) -> None:
    """Instructions of newsdiff and of git on the same files, and their ratio; with
    workers, those of one process too (``--jobs 1``): all the work, done alone."""
    git = ["git", "diff", "--no-index", "--word-diff", str(a), str(b)]
    timed(ours + [str(a), str(b)])  # warm: bytecode written
    nd = instructions(ours + [str(a), str(b)])
    got = instructions(git) if shutil.which("git") else None
    gt = got[0] if got else None
    if nd is None:
        print(f"{label}: no valgrind, no instruction counts")
        return
    count, processes = nd
    line = f"{label}: newsdiff {count / 1e6:,.0f} M instructions"
    if gt:
        line += f"; git {gt / 1e6:,.0f} M; ratio {count / gt:.1f}x"
    if processes > 1:
        alone = instructions([*ours, "--jobs", "1", str(a), str(b)])
        line += f" (the main process of {processes}"
        if alone:
            line += f"; --jobs 1: {alone[0] / 1e6:,.0f} M"
            line += f", {alone[0] / gt:.1f}x" if gt else ""
        line += ")"
    print(line + "  (valgrind --tool=callgrind, whole process)")


def startup(runs: int) -> None:
    exe = _exe()
    py = [sys.executable, "-c", "pass"]
    timed(py)
    base = statistics.median(timed(py)[0] for _ in range(runs))
    imp = [sys.executable, "-c", "import newsdiff.cli.program"]
    timed(imp)
    cli = statistics.median(timed(imp)[0] for _ in range(runs))
    print(f"python -c pass {base:.3f} s; import newsdiff.cli.program {cli:.3f} s")
    versus_git("seed pair, newsdiff diff (rich)", [exe, "diff"], SEED_A, SEED_B, runs)
    versus_git(
        "seed pair, newsdiff diff --format plain",
        [exe, "diff", "--format", "plain"],
        SEED_A,
        SEED_B,
        runs,
    )


def _exe() -> str:
    return shutil.which("newsdiff", path=str(Path(sys.executable).parent)) or "newsdiff"


def big_pairs(runs: int, tmp: Path, count: bool = False) -> None:
    a, b = tmp / "a100.txt", tmp / "b100.txt"
    a.write_text((SEED_A.read_text("utf-8").rstrip() + "\n\n") * 100, encoding="utf-8")
    b.write_text((SEED_B.read_text("utf-8").rstrip() + "\n\n") * 100, encoding="utf-8")
    plain = [_exe(), "diff", "--format", "plain"]
    versus_git("100x seed pair, diff --format plain", plain, a, b, runs)
    da, db = distinct_pair.write(tmp / "distinct_a.txt", tmp / "distinct_b.txt")
    size = (da.stat().st_size + db.stat().st_size) / 2 / 1e6
    versus_git(f"1 MB distinct pair ({size:.2f} MB), diff --format plain", plain, da, db, runs)
    if count:
        instructions_versus_git("100x seed pair, diff --format plain", plain, a, b)
        instructions_versus_git("1 MB distinct pair, diff --format plain", plain, da, db)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs (3 instead of 7)")
    parser.add_argument("--no-app", action="store_true", help="skip the app's figures")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count the large pairs' instructions beside git's (valgrind; a minute)",
    )
    args = parser.parse_args(argv)
    runs = 3 if args.quick else 7
    startup(runs * 2)
    plain, classified = seed_pipeline()
    print(f"seed pair in-process: compare {plain * 1000:.1f} ms, ", end="")
    print(f"with change classes {classified * 1000:.1f} ms (medians of 40)")
    with tempfile.TemporaryDirectory(prefix="newsdiff-bench-") as tmp:
        big_pairs(runs, Path(tmp), args.instructions)
    sys.stdout.flush()
    if not args.no_app:
        presses = ["--presses", "20"] if args.quick else []
        tui = [sys.executable, str(Path(__file__).with_name("tui_bench.py")), *presses]
        subprocess.run(tui, check=False, env=ENV)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
