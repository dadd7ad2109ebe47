"""Agreement: kappa and alpha against values worked by hand and another implementation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.dataset.agree import agreement, cohen_kappa, krippendorff_alpha, merge
from newsdiff.store import Store, Tag


def test_cohen_kappa_textbook_two_by_two() -> None:
    """The usual yes/no example: 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no.
    p_o = 35/50 = 0.7; p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5; kappa = 0.2 / 0.5 = 0.4."""
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert cohen_kappa(pairs) == pytest.approx(0.4)


ANA = ["fact", "fact", "fact", "fact", "attribution", "attribution", "attribution"]
ANA += ["opinion", "opinion", "opinion"]
BO = ["fact", "fact", "fact", "attribution", "attribution", "attribution", "opinion"]
BO += ["opinion", "opinion", "fact"]


def test_cohen_kappa_three_labels_by_hand() -> None:
    """10 items, agreement on 7: p_o = 0.7. Both give fact 4, attribution 3, opinion 3:
    p_e = (16 + 9 + 9) / 100 = 0.34. kappa = 0.36 / 0.66 = 6/11."""
    assert cohen_kappa(list(zip(ANA, BO, strict=True))) == pytest.approx(6 / 11)


# Rows the first annotator, columns the second: (first, second) -> count. The marginals
# differ (first: fact 12, attribution 6, opinion 2; second: 8, 8, 4), so a chance term
# taken from one annotator's counts alone gives another value.
UNEQUAL = {
    ("fact", "fact"): 7, ("fact", "attribution"): 3, ("fact", "opinion"): 2,
    ("attribution", "fact"): 1, ("attribution", "attribution"): 5,
    ("opinion", "opinion"): 2,
}  # fmt: skip


def _pairs(table: dict[tuple[str, str], int]) -> list[tuple[str, str]]:
    return [pair for pair, count in table.items() for _ in range(count)]


def test_cohen_kappa_unequal_marginals_by_hand() -> None:
    """20 items, agreement on 7 + 5 + 2: p_o = 0.7. p_e = (12*8 + 6*8 + 2*4) / 400 =
    0.38 (each annotator's own counts; the first's alone would give 0.46, the second's
    0.36). kappa = 0.32 / 0.62 = 16/31."""
    assert cohen_kappa(_pairs(UNEQUAL)) == pytest.approx(16 / 31)


def test_cohen_kappa_matches_nltk() -> None:
    """Same kappa as nltk's AnnotationTask (Cohen's for two coders) on the hand-worked
    tables and on random ones with uneven label use."""
    import random

    from nltk.metrics.agreement import AnnotationTask  # a dev dependency: test-only

    rng = random.Random(20261122)
    cases = [_pairs(UNEQUAL), list(zip(ANA, BO, strict=True))]
    labels = ["fact", "attribution", "estimate", "opinion"]
    for _ in range(20):
        weights_a = [rng.random() for _ in labels]
        weights_b = [rng.random() for _ in labels]
        n = rng.randint(5, 60)
        first = rng.choices(labels, weights_a, k=n)
        # Agreement above chance: the second often copies the first.
        second = [x if rng.random() < 0.6 else rng.choices(labels, weights_b)[0] for x in first]
        cases.append(list(zip(first, second, strict=True)))
    for pairs in cases:
        data = [("ana", i, a) for i, (a, _) in enumerate(pairs)]
        data += [("bo", i, b) for i, (_, b) in enumerate(pairs)]
        theirs = AnnotationTask(data=data).kappa()
        assert cohen_kappa(pairs) == pytest.approx(theirs), pairs


def test_kappa_and_alpha_undefined_without_variation() -> None:
    """Everyone says fact about everything: chance agreement is 1, both are undefined."""
    assert cohen_kappa([("fact", "fact")] * 5) is None
    assert krippendorff_alpha([["fact", "fact"]] * 5) is None
    assert cohen_kappa([]) is None and krippendorff_alpha([]) is None


def test_alpha_three_annotators_by_hand() -> None:
    """Units [f,f,f], [f,f,o], [a,a], [o,f]. Coincidences: o_ff = 3 + 1 = 4,
    o_fo = o_of = 1 + 1 = 2, o_aa = 2; n_f = 6, n_o = 2, n_a = 2, n = 10.
    alpha = 1 - (n - 1) * 4 / (100 - 36 - 4 - 4) = 1 - 36/56 = 5/14."""
    units = [["f", "f", "f"], ["f", "f", "o"], ["a", "a"], ["o", "f"]]
    assert krippendorff_alpha(units) == pytest.approx(5 / 14)


# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the nominal example:
# 4 observers, 12 units, missing values as None. Published value: alpha = 0.743.
RELIABILITY = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
]


def _units(data: list[list[int | None]]) -> list[list[str]]:
    return [[str(row[u]) for row in data if row[u] is not None] for u in range(len(data[0]))]


def test_alpha_matches_krippendorffs_published_example() -> None:
    """The published nominal alpha for Krippendorff's own example is 0.743."""
    assert krippendorff_alpha(_units(RELIABILITY)) == pytest.approx(0.743, abs=5e-4)


def test_alpha_matches_the_krippendorff_package() -> None:
    """Same values as the `krippendorff` package on two data sets."""
    import krippendorff as kd  # a dev dependency: test-only
    import numpy as np

    codes = {"fact": 1, "attribution": 2, "opinion": 3}
    for data in (
        RELIABILITY,
        [[codes[x] for x in ANA], [codes[x] for x in BO]],
    ):
        arr = np.array([[np.nan if v is None else v for v in row] for row in data], dtype=float)
        theirs = kd.alpha(reliability_data=arr, level_of_measurement="nominal")
        assert krippendorff_alpha(_units(data)) == pytest.approx(theirs)


def _tag(aid: str, sentence: int, who: str, label: str, updated: str = "2026-01-01") -> Tag:
    return Tag(
        article_id=aid,
        article=f"{aid}.txt",
        sentence=sentence,
        start=0,
        end=5,
        text=f"Sentence {sentence}.",
        label=label,
        annotator=who,
        created=updated,
        updated=updated,
    )


def test_agreement_report_two_annotators() -> None:
    """Items are sentences both labelled; confusion rows are the first annotator."""
    tags = [_tag("a1", i, "ana", x) for i, x in enumerate(ANA)]
    tags += [_tag("a1", i, "bo", x) for i, x in enumerate(BO)]
    tags += [_tag("a1", 99, "ana", "fact"), _tag("a1", 98, "bot", "fact")]  # single labels
    # A carried label is not an annotator's decision: it does not count by default.
    tags.append(Tag(**{**_tag("a1", 0, "carrier", "opinion").to_doc(), "source": "propagated"}))
    rep = agreement(tags)
    assert rep["annotators"] == ["ana", "bo"] and rep["items"] == 10
    assert rep["cohen_kappa"] == pytest.approx(6 / 11, abs=1e-4)
    assert rep["krippendorff_alpha"] is not None
    table = rep["confusion"]["table"]
    assert (rep["confusion"]["rows"], rep["confusion"]["columns"]) == ("ana", "bo")
    assert table["fact"]["fact"] == 3 and table["fact"]["attribution"] == 1
    assert table["opinion"]["fact"] == 1 and table["attribution"]["opinion"] == 1
    assert [d["sentence"] for d in rep["disagreements"]] == [3, 6, 9]
    assert rep["disagreements"][0]["labels"] == {"ana": "fact", "bo": "attribution"}


def test_agreement_three_annotators_uses_alpha_only() -> None:
    """More than two annotators: no single kappa, alpha over all, pairwise kappas."""
    units = [["fact", "fact", "fact"], ["fact", "fact", "opinion"], ["attribution"] * 2]
    units.append(["opinion", "fact"])
    who = ["ana", "bo", "cy"]
    tags = [_tag("a", u, who[i], x) for u, vals in enumerate(units) for i, x in enumerate(vals)]
    rep = agreement(tags)
    assert rep["annotators"] == who and rep["items"] == 4
    assert rep["cohen_kappa"] is None
    assert rep["krippendorff_alpha"] == pytest.approx(5 / 14, abs=1e-4)
    assert rep["confusion"]["kind"] == "coincidence"
    assert len(rep["pairs"]) == 3


def test_merge_keeps_the_newest_of_the_same_tag() -> None:
    """The same annotator's tag in two stores: the later update wins."""
    old = _tag("a", 1, "ana", "fact", "2026-01-01")
    new = _tag("a", 1, "ana", "opinion", "2026-02-01")
    assert merge([[new], [old]]) == [new] and merge([[old], [new]]) == [new]


def test_cli_agree_merges_stores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two annotators' separate stores, merged: JSON keys and values as the spec says."""
    paths = [tmp_path / "ana.json", tmp_path / "bo.json"]
    Store(paths[0]).put_many(_tag("a1", i, "ana", x) for i, x in enumerate(ANA))
    Store(paths[1]).put_many(_tag("a1", i, "bo", x) for i, x in enumerate(BO))
    argv = ["agree", "--store", str(paths[0]), "--store", str(paths[1])]
    assert main([*argv, "--format", "json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert {"annotators", "items", "cohen_kappa", "krippendorff_alpha", "disagreements"} <= set(rep)
    assert rep["items"] == 10 and rep["cohen_kappa"] == pytest.approx(6 / 11, abs=1e-4)
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Cohen's kappa: 0.545" in out and "Disagreements (3)" in out


def test_cli_agree_needs_an_existing_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A mistyped --store is an error, not an empty report."""
    assert main(["agree", "--store", str(tmp_path / "nope.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nope.json" in err


def _sourced(tag: Tag, source: str) -> Tag:
    return Tag(**{**tag.to_doc(), "source": source})


def _nineteen() -> list[Tag]:
    """The issue's case: ana typed 19 labels; bo typed 4 and accepted 15 suggestions."""
    labels = (ANA + BO)[:19]
    tags = [_tag("a1", i, "ana", x) for i, x in enumerate(labels)]
    tags += [_tag("a1", i, "bo", x) for i, x in enumerate(labels[:4])]
    tags += [_sourced(_tag("a1", i, "bo", x), "suggestion") for i, x in enumerate(labels)][4:]
    tags.append(_sourced(_tag("a1", 30, "bo", "fact"), "propagated"))
    return tags


def test_agreement_counts_accepted_suggestions_by_default() -> None:
    """Accepted suggestions are the annotator's own labels: all 19 items count by default,
    and what is left out (a carried label) is counted with its reason."""
    rep = agreement(_nineteen())
    assert rep["items"] == 19 and rep["cohen_kappa"] == 1.0
    assert rep["sources"] == ["human", "suggestion"]
    assert rep["left_out"] == {"single_annotator": 0, "sources": {"propagated": 1}, "skipped": 0}


def test_agreement_human_only_says_what_it_left_out() -> None:
    """--sources human: 4 items, and the 15 sentences only ana labelled are reported."""
    rep = agreement(_nineteen(), {"human"})
    assert rep["items"] == 4
    assert rep["left_out"] == {
        "single_annotator": 15,
        "sources": {"propagated": 1, "suggestion": 15},
        "skipped": 0,
    }
    every = agreement(_nineteen(), {"human", "suggestion", "propagated"})
    assert every["items"] == 19 and every["left_out"]["single_annotator"] == 1


def test_cli_agree_sources_and_left_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The text report names the sources counted and says how many were left out and why;
    an unknown source is one line and exit 2."""
    path = tmp_path / "tags.json"
    Store(path).put_many(_nineteen())
    assert main(["agree", "--store", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Items (sentences labelled by 2+ annotators): 19" in out
    assert "Left out: 1 label of source 'propagated' (not in --sources)" in out
    assert main(["agree", "--store", str(path), "--sources", "human"]) == 0
    out = capsys.readouterr().out
    assert "Items (sentences labelled by 2+ annotators): 4" in out
    assert "Left out: 15 sentences labelled by one annotator only;" in out
    assert "15 labels of source 'suggestion'" in out
    assert main(["agree", "--store", str(path), "--sources", "human,gues"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'gues'" in err


def _skip(tag: Tag) -> Tag:
    return Tag(**{**tag.to_doc(), "label": "", "skipped": True})


def test_agreement_ignores_skipped_sentences_unless_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A sentence skipped as not a claim is no label: left out (and said so) by default;
    with include_skipped it is the label 'skipped', so a skip against a label disagrees."""
    tags = [_tag("a1", i, "ana", x) for i, x in enumerate(ANA)]
    tags += [_tag("a1", i, "bo", x) for i, x in enumerate(BO)]
    tags += [_skip(_tag("a1", 20, "ana", "fact")), _skip(_tag("a1", 20, "bo", "fact"))]
    tags += [_skip(_tag("a1", 21, "ana", "fact")), _tag("a1", 21, "bo", "fact")]
    rep = agreement(tags)
    assert rep["items"] == 10 and rep["left_out"]["skipped"] == 2  # sentences, not records
    asked = agreement(tags, include_skipped=True)
    assert asked["items"] == 12 and "skipped" in asked["labels"]
    assert {d["sentence"] for d in asked["disagreements"]} == {3, 6, 9, 21}
    path = tmp_path / "s.json"
    Store(path).put_many(tags)
    assert main(["agree", "--store", str(path)]) == 0
    out = capsys.readouterr().out
    assert "2 sentences skipped as not a claim (--include-skipped counts them)" in out
    assert main(["agree", "--store", str(path), "--include-skipped"]) == 0
    assert "Items (sentences labelled by 2+ annotators): 12" in capsys.readouterr().out


def test_left_out_sentences_are_counted_once_under_one_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A sentence one annotator labelled (an accepted suggestion) and the other skipped
    is left out once, as skipped, not also as labelled by one annotator only; a skip
    on a sentence two others compared leaves nothing out."""
    tags = [_tag("a1", i, "ana", x) for i, x in enumerate(ANA)]
    tags += [_tag("a1", i, "bo", x) for i, x in enumerate(BO)]
    tags += [
        _sourced(_tag("a1", 20, "ana", "fact"), "suggestion"),
        _skip(_tag("a1", 20, "bo", "fact")),
    ]
    tags += [_tag("a1", 21, "ana", "opinion")]  # one annotator only
    tags += [_skip(_tag("a1", 0, "cy", "fact"))]  # item 0 is compared all the same
    rep = agreement(tags)
    assert rep["items"] == 10
    assert rep["left_out"] == {"single_annotator": 1, "sources": {}, "skipped": 1}
    asked = agreement(tags, include_skipped=True)
    assert asked["items"] == 11 and asked["left_out"]["skipped"] == 0
    assert asked["left_out"]["single_annotator"] == 1
    path = tmp_path / "s.json"
    Store(path).put_many(tags)
    assert main(["agree", "--store", str(path)]) == 0
    out = capsys.readouterr().out
    assert (
        "Left out: 1 sentence labelled by one annotator only; 1 sentence skipped as not a "
        "claim (--include-skipped counts them)"
    ) in out
