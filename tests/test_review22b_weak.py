"""Review r22b finding 2: a weak link (a row that is not ``sure``) paired two stories'
sentences, and the app carried a label across it to the other story."""

from __future__ import annotations

from pathlib import Path

from newsdiff.core.article import from_text
from newsdiff.dataset.propagate import label_shifts, propagate
from newsdiff.meaning.compare import Comparison, compare
from newsdiff.store import Store
from newsdiff.tui.session import TagSession

#: The reviewer's weak_a.txt / weak_b.txt.
WEAK = (
    "Australia cuts rates to record low.\n\n"
    "4 dead after boat capsizes off Florida coast.\n\n"
    "Israel expands subsidies to settlements.\n",
    "Australia cuts interest rates to record low.\n\n"
    "8 dead after heavy rains on island of St Vincent.\n\n"
    "Israel widens settlement subsidies.\n",
)


def _compare(a: str, b: str) -> Comparison:
    return compare(from_text(a, "a.txt"), from_text(b, "b.txt"))


def _session(store: Store, cmp: Comparison) -> TagSession:
    arts = (cmp.a, cmp.b)
    return TagSession(store, "ana", arts, (cmp.a_sentences, cmp.b_sentences), cmp.rows)


def test_no_label_is_carried_across_a_weak_link(tmp_path: Path) -> None:
    """ "4 dead after boat capsizes off Florida coast." / "8 dead after heavy rains on
    island of St Vincent." (0.08, a weak link): tagging A#2 opinion carried it to B#2
    ("[root=opinion (carried)]" in ``newsdiff sentences``); now B#2 stays untagged, in
    the app, in the store and in ``propagate``; no label shift is flagged across it."""
    cmp = _compare(*WEAK)
    (row,) = [r for r in cmp.rows if r.a == (1,)]
    assert row.b == (1,) and not row.sure
    with Store(tmp_path / "s.json") as store:
        s = _session(store, cmp)
        change = s.set("a", 1, "opinion")
        assert change is not None and change.carried == ()
        assert s.label("b", 1) is None and store.get(s.ids["b"], 1, "ana") is None
    _eff_a, eff_b = propagate(cmp.rows, {1: "opinion"}, {}, texts=_texts(cmp))
    assert 1 not in eff_b
    assert label_shifts(cmp.rows, {1: "opinion"}, {1: "fact"}) == []


def test_a_sure_link_still_carries_its_label(tmp_path: Path) -> None:
    """Near miss: the sure row beside it ("Australia cuts rates to record low." /
    "Australia cuts interest rates to record low.") still carries A#1's label to B#1."""
    cmp = _compare(*WEAK)
    with Store(tmp_path / "s.json") as store:
        s = _session(store, cmp)
        change = s.set("a", 0, "fact")
        assert change is not None and [(e.side, e.sentence) for e in change.carried] == [("b", 0)]
        assert (s.label("b", 0), s.source("b", 0)) == ("fact", "propagated")
    _eff_a, eff_b = propagate(cmp.rows, {0: "fact"}, {}, texts=_texts(cmp))
    assert eff_b[0].source == "propagated"
    assert [x.row for x in label_shifts(cmp.rows, {0: "fact"}, {0: "opinion"})] == [0]


def _texts(cmp: Comparison) -> tuple[list[str], list[str]]:
    return [s.text for s in cmp.a_sentences], [s.text for s in cmp.b_sentences]


def test_a_weak_row_is_counted_weak_not_changed(tmp_path: Path) -> None:
    """The reviewer's pair counted "3 rows: 0 equal, 3 changed, 0 added, 0 removed"
    though the middle row is two sentences the tool does not claim are one: it is
    counted ``weak`` in the stats, the report and the header; the sure rows stay
    ``changed`` (near miss)."""
    from newsdiff.cli.render import kind_counts
    from newsdiff.meaning.report import report

    cmp = _compare(*WEAK)
    assert cmp.counts() == {
        "equal": 0, "changed": 2, "added": 0, "removed": 0, "moved": 0, "weak": 1
    }  # fmt: skip
    assert report(cmp)["rows"]["weak"] == 1
    assert kind_counts(cmp.counts(), 0, "{n} {k}") == (
        "0 equal, 2 changed, 0 added, 0 removed, 0 moved, 1 weak"
    )
    sure_only = _compare(WEAK[0], WEAK[0].replace("Florida", "Georgia"))
    assert sure_only.counts()["weak"] == 0
    assert "weak" not in kind_counts(sure_only.counts(), 0, "{n} {k}")
