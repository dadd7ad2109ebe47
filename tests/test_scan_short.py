"""newsdiff scan finds short articles' pairs whenever their reuse reaches the threshold
(the sampled search alone missed most pairs of 2-sentence reprints)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsdiff.corpus import MIN_REUSE, MIN_SHARED
from newsdiff.corpus.candidates import Sampling
from newsdiff.corpus.overlap import overlap
from newsdiff.corpus.scan import scan
from newsdiff.corpus.shingles import featurize
from newsdiff.corpus.sources import pieces

from .conftest import SEED_B

WORDS = SEED_B.read_text(encoding="utf-8").split()

GDANSK = (
    "A fire destroyed a warehouse in the port of Gdansk early on Sunday, firefighters said. "
    "No one was hurt, but smoke forced the closure of two nearby roads for several hours.",
    "A blaze destroyed a warehouse in the port of Gdansk early on Sunday, fire officials "
    "said. Nobody was injured, but smoke forced the closure of two nearby roads for several "
    "hours.",
)
KYIV = (
    "Российские войска бросили десятки танков при поспешном отступлении из-под Киева. Об "
    "этом сообщил западный чиновник.\n«Боевой дух рухнул», — заявил он журналистам в "
    "понедельник.",
    "Российские войска оставили десятки танков при быстром отступлении из-под Киева. Об "
    "этом сообщил западный чиновник.\n«Боевой дух окончательно рухнул», — сказал он "
    "журналистам во вторник.",
)


def _write(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


def _pairs(folder: Path, sampling: Sampling | None = None) -> set[frozenset[str]]:
    return {
        frozenset((Path(p.a.ref).stem, Path(p.b.ref).stem))
        for p in scan([str(folder)], sampling=sampling).pairs
    }


def _exact(folder: Path) -> set[frozenset[str]]:
    """Every pair whose higher containment reaches the threshold and that shares
    MIN_SHARED 3-grams, by checking all pairs."""
    f = featurize(pieces([str(folder)]))
    out = set()
    for i in range(len(f.refs)):
        for j in range(i + 1, len(f.refs)):
            o = overlap(f.shingles[i], f.shingles[j])
            if max(o.reuse_a, o.reuse_b) >= MIN_REUSE and o.shared >= MIN_SHARED:
                out.add(frozenset((Path(f.refs[i]).stem, Path(f.refs[j]).stem)))
    return out


def _spun(words: list[str], every: int, phase: int) -> str:
    """``words`` with one word in ``every`` changed (a word of the same length, new)."""
    return " ".join(w if n % every != phase else f"q{w}q" for n, w in enumerate(words))


def test_reviewers_two_sentence_pairs_are_found(tmp_path: Path) -> None:
    """The reviewer's English (65.5% reuse) and Russian (42%) 2-sentence reprints are
    pairs of the scan, with report's reuse."""
    for name, (a, b) in {"en": GDANSK, "ru": KYIV}.items():
        folder = _write(tmp_path / name, {"a": a, "b": b})
        result = scan([str(folder)])
        assert len(result.pairs) == 1, name
        pair = result.pairs[0]
        assert min(pair.a.reuse, pair.b.reuse) > 0.4
        assert {pair.a.reuse, pair.b.reuse} == set(_exact_reuse(folder))


def _exact_reuse(folder: Path) -> tuple[float, float]:
    f = featurize(pieces([str(folder)]))
    o = overlap(f.shingles[0], f.shingles[1])
    return o.reuse_a, o.reuse_b


def test_short_sweep_finds_every_pair_above_the_threshold(tmp_path: Path) -> None:
    """A corpus of 20- to 80-word passages of one story and their copies with every 5th
    word changed (36-40% reuse; passages overlap too): the scan's pairs are exactly the
    pairs whose reuse reaches the threshold."""
    texts = {}
    for n, length in enumerate(range(20, 90, 10)):
        start = 37 * n
        passage = WORDS[start : start + length]
        texts[f"p{length}"] = " ".join(passage)
        texts[f"s{length}"] = _spun(passage, 5, n % 5)
    folder = _write(tmp_path / "sweep", texts)
    truth = _exact(folder)
    copies = {frozenset((f"p{n}", f"s{n}")) for n in range(20, 90, 10)}
    assert copies <= truth  # the test's premise: every spun copy is above the threshold
    assert _pairs(folder) == truth


def test_shingles_common_to_many_articles_still_count_for_a_short_pair(tmp_path: Path) -> None:
    """A short pair whose shared shingles are mostly too common to pair anybody (in more
    than max_df articles) is still a candidate: those count as shared in its estimate."""
    body = WORDS[:40]
    texts = {"a": " ".join(body), "b": _spun(body, 40, 38)}
    texts |= {f"copy{n}": " ".join(body[:36]) for n in range(3)}
    folder = _write(tmp_path / "common", texts)
    assert frozenset(("a", "b")) in _exact(folder)
    assert frozenset(("a", "b")) in _pairs(folder, Sampling(max_df=4))


@settings(max_examples=25, deadline=None)
@example(length=15, start=0, every=4, phase=0, cut=0)  # 3 3-grams shared, 23%: no pair
@given(
    length=st.integers(15, 90),
    start=st.integers(0, 300),
    every=st.integers(2, 7),
    phase=st.integers(0, 6),
    cut=st.integers(0, 40),
)
def test_short_pair_is_found_iff_its_reuse_reaches_the_threshold(
    length: int, start: int, every: int, phase: int, cut: int
) -> None:
    """For a short passage and a spun, cut copy of it, the scan lists the pair exactly
    when the exact check puts one side at the threshold or above."""
    passage = WORDS[start : start + length]
    copy = _spun(passage[cut // 4 :], every, phase % every)
    with tempfile.TemporaryDirectory() as tmp:
        folder = _write(Path(tmp), {"a": " ".join(passage), "b": copy})
        assert _pairs(folder) == _exact(folder)
