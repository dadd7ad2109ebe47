from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core.align import align
from newsdiff.core.sentences import split_sentences

from .conftest import SEED_A, SEED_B

GOLD = json.loads((Path(__file__).parent / "data" / "gold_000_001.json").read_text("utf-8"))


def texts(path: Path) -> list[str]:
    return [s.text for s in split_sentences(path.read_text(encoding="utf-8"))]


def test_seed_pair_matches_gold():
    """000 vs 001 aligns exactly as the hand-checked gold links say."""
    links = align(texts(SEED_A), texts(SEED_B))
    got = sorted((list(lk.a), list(lk.b)) for lk in links if lk.a and lk.b)
    want = sorted((g["a"], g["b"]) for g in GOLD["links"])
    assert got == want
    assert sorted(lk.a[0] for lk in links if lk.kind == "removed") == [
        g["a"] for g in GOLD["removed"]
    ]


def test_gold_texts_still_match_segmentation():
    """The gold file's text excerpts still describe the same sentences."""
    a, b = texts(SEED_A), texts(SEED_B)
    for g in GOLD["links"]:
        assert " ".join(a[i] for i in g["a"]).startswith(g["a_text"])
        assert " ".join(b[j] for j in g["b"]).startswith(g["b_text"])


S = [
    "Russian forces abandoned huge numbers of tanks near the capital.",
    "The rapid retreat is a sign that morale has collapsed.",
    "Troops were accused of committing war crimes in Bucha.",
    "NATO estimates that between 7,000 and 15,000 soldiers were killed.",
    "The Kremlin acknowledged a significant loss of troops.",
    "Ukraine puts the death toll at 18,600 after six weeks of war.",
    "Contact our news team by emailing us at the usual address.",
]


def test_identical_lists_are_all_equal():
    """Same sentences on both sides: one equal row each, in order."""
    links = align(S, S)
    assert [(lk.kind, lk.a, lk.b) for lk in links] == [("equal", (i,), (i,)) for i in range(len(S))]


def test_added_and_removed():
    """A dropped sentence is removed, a new one added; the rest stay matched."""
    b = S[:2] + S[3:] + ["A brand new closing paragraph about weather in Lisbon."]
    kinds = {(lk.kind, lk.a, lk.b) for lk in align(S, b)}
    assert ("removed", (2,), ()) in kinds
    assert ("added", (), (len(b) - 1,)) in kinds


def test_moved_sentence_is_one_row():
    """A sentence taken from the middle to the end is one 'moved' row, not -/+."""
    b = [S[0], S[1], S[3], S[4], S[5], S[6], S[2]]
    links = align(S, b)
    moved = [lk for lk in links if lk.kind == "moved"]
    assert [(lk.a, lk.b) for lk in moved] == [((2,), (6,))]
    assert not [lk for lk in links if lk.kind in ("added", "removed")]


def test_split_and_merge():
    """One sentence split in two is a 1-2 row; two glued into one is a 2-1 row."""
    a = [S[0], "Troops were accused of war crimes in Bucha and of looting in Irpin.", S[4]]
    b = [
        S[0],
        "Troops were accused of war crimes in Bucha.",
        "They were also accused of looting in Irpin.",
        S[4],
    ]
    rows = {(lk.a, lk.b) for lk in align(a, b)}
    assert ((1,), (1, 2)) in rows
    rows = {(lk.a, lk.b) for lk in align(b, a)}
    assert ((1, 2), (1,)) in rows


def test_three_glued_into_one():
    """A reprint that glues three sentences into one gives a 3-1 row."""
    a = [S[0], "Troops left Bucha.", "Troops left Irpin.", "Troops left Hostomel.", S[4]]
    b = [S[0], "Troops left Bucha, Irpin and Hostomel.", S[4]]
    rows = {(lk.a, lk.b) for lk in align(a, b)}
    assert ((1, 2, 3), (1,)) in rows


def test_empty_sides():
    """Nothing on one side: everything added or removed."""
    assert [lk.kind for lk in align([], S[:2])] == ["added", "added"]
    assert [lk.kind for lk in align(S[:2], [])] == ["removed", "removed"]


sentence_lists = st.lists(st.sampled_from(S + [s.upper() for s in S[:3]]), max_size=12)


@settings(max_examples=150, deadline=None)
@given(sentence_lists, sentence_lists)
def test_alignment_laws(a, b):
    """Every sentence is in exactly one row; rows other than moved are monotonic."""
    links = align(a, b)
    assert sorted(i for lk in links for i in lk.a) == list(range(len(a)))
    assert sorted(j for lk in links for j in lk.b) == list(range(len(b)))
    last_a = last_b = -1
    for lk in links:
        assert lk.kind in ("equal", "changed", "added", "removed", "moved")
        assert list(lk.a) == list(range(lk.a[0], lk.a[0] + len(lk.a))) if lk.a else True
        if lk.kind == "moved":
            continue
        if lk.a:
            assert lk.a[0] > last_a
            last_a = lk.a[-1]
        if lk.b:
            assert lk.b[0] > last_b
            last_b = lk.b[-1]


def test_large_input_uses_candidates_and_stays_right():
    """The seed pair repeated 20 times aligns copy to copy (rare-word candidates path)."""
    a, b = texts(SEED_A) * 20, texts(SEED_B) * 20
    links = align(a, b)
    one = {(g["a"][0], g["b"][0]) for g in GOLD["links"]}
    na, nb = len(texts(SEED_A)), len(texts(SEED_B))
    matched = [(lk.a[0], lk.b[0]) for lk in links if lk.a and lk.b and lk.kind != "moved"]
    assert len(matched) == 20 * len(one)
    assert all(i // na == j // nb and (i % na, j % nb) in one for i, j in matched)


def test_low_threshold_only_between_matches():
    """Different stories: headlines before the first match are not paired by the gap rule."""
    from .conftest import SEEDS

    a = texts(SEEDS / "002_1cc3676e003670d7.txt")
    b = texts(SEEDS / "004_9c1960deb1d72b96.txt")
    links = align(a, b)
    first = next(lk for lk in links if lk.a and lk.b)
    assert first.similarity >= 0.2
    assert all(lk.kind in ("added", "removed") for lk in links[: links.index(first)])


def test_progress_is_reported_in_order_and_changes_nothing():
    """A progress callback sees shares rising to at most 1, and the rows are the same."""
    a, b = texts(SEED_A) * 10, texts(SEED_B) * 10  # 440 rows: past PROGRESS_EVERY
    seen: list[float] = []
    with_progress = align(a, b, seen.append)
    assert seen, "no progress reported on 440 sentences"
    assert seen == sorted(seen) and 0 < seen[0] and seen[-1] <= 1
    assert with_progress == align(a, b)


def test_compare_reports_each_stage_in_order():
    """compare() tells the app which stage it is in: segmenting, aligning, diffing."""
    from newsdiff.core.article import load
    from newsdiff.meaning.compare import compare

    stages: list[str] = []
    compare(load(str(SEED_A)), load(str(SEED_B)), progress=lambda s, _f: stages.append(s))
    order = [s for k, s in enumerate(stages) if k == 0 or stages[k - 1] != s]
    assert order == ["segmenting", "aligning", "diffing"]


def test_a_short_sentence_whose_only_content_word_changed_still_aligns():
    """'He was 34.' / 'He was 43.' between two matched rows is one changed row, not a
    removed and an added one (its content words, '34' and '43', share nothing)."""
    a = ["The fire started at night.", "He was 34.", "Police came later."]
    b = ["The fire started at night.", "He was 43.", "Police came later."]
    assert [(lk.kind, lk.a, lk.b) for lk in align(a, b)] == [
        ("equal", (0,), (0,)),
        ("changed", (1,), (1,)),
        ("equal", (2,), (2,)),
    ]
    c = ["The fire started at night.", "Nobody knew why.", "Police came later."]
    kinds = [lk.kind for lk in align(a, c)]
    assert kinds.count("changed") == 0, "unrelated short sentences must not be paired"


def _few_words_text(n: int, seed: int) -> list[str]:
    import random

    rng = random.Random(seed)
    words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo".split()
    return [" ".join(rng.choice(words) for _ in range(rng.randint(5, 12))) + "." for _ in range(n)]


def test_a_large_text_of_few_words_aligns_with_its_copy():
    """Past the size where only rare words make candidates, a text whose every word is
    common still aligns: identical copies are all equal, an edited copy all in place."""
    a = _few_words_text(800, seed=3)  # 640,000 pairs: rare-word candidates only
    assert [lk.kind for lk in align(a, a)] == ["equal"] * len(a)
    b = [s.replace(s.split()[1], "zulu", 1) if k % 40 == 0 else s for k, s in enumerate(a)]
    links = align(a, b)
    assert all(lk.a == lk.b and len(lk.a) == 1 for lk in links)
    assert sum(lk.kind == "changed" for lk in links) == len(range(0, 800, 40))


def test_a_weak_link_between_reports_written_apart_is_left_unpaired():
    """Two shared words (0.23) are no link: seed 002's withdrawal sentence is not paired
    with seed 001's quote about a hasty withdrawal (issue 11, item 3)."""
    a = [
        "“It was a rather hasty withdrawal from Russian forces and there is a lot of Russian"
        " equipment that has been abandoned,” they said."
    ]
    b = ["However, this appeared to be a shifting of forces, rather than a true withdrawal."]
    links = align(a, b)
    assert [lk.kind for lk in links] == ["removed", "added"]


def test_seeds_001_and_002_share_no_link():
    """Independent reports of one event: nothing of seed 002 pairs with seed 001."""
    seeds = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
    links = align(texts(seeds[1]), texts(seeds[2]))
    assert [lk for lk in links if lk.a and lk.b] == []


def test_best_partners_out_of_order_pair_as_moved():
    """A sentence whose best partner sits out of order is paired with it as moved, not
    left unpaired while a shorter sentence takes the in-order link (issue 11, item 4)."""
    a = [
        "As he stood wringing his hands and weeping, the god Mercury suddenly appeared"
        " and asked what the trouble was.",
        "On hearing what had happened, Mercury dived into the river and brought up a golden axe.",
        "Mercury asked the Woodman.",
    ]
    b = [
        "Mercury asked the Woodman whether the golden axe was his.",
        "To his surprise Mercury appeared and asked him what was the matter.",
    ]
    links = {(lk.a, lk.b): lk.kind for lk in align(a, b)}
    assert links[((0,), (1,))] == "moved"
    assert links[((2,), (0,))] == "changed"


def test_a_large_alignment_loads_numpy_with_one_blas_thread() -> None:
    """The aligner that loads numpy asks OpenBLAS for one thread (it multiplies no
    matrices; idle BLAS threads spin on the machine's other core), unless told otherwise."""
    import os
    import subprocess
    import sys

    code = (
        "import os, sys\n"
        "from newsdiff.core.align import align\n"
        "texts = [f'Sentence number {i} about topic {i % 7} here.' for i in range(160)]\n"
        "align(texts, texts[::-1])\n"
        "print('numpy' in sys.modules, os.environ.get('OPENBLAS_NUM_THREADS'))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.split() == ["True", "1"], out.stderr
    env["OPENBLAS_NUM_THREADS"] = "2"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.split() == ["True", "2"], out.stderr
