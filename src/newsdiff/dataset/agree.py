"""Inter-annotator agreement: Cohen's kappa, Krippendorff's alpha (nominal), confusion.

An item is one sentence of one article version, ``(article_id, sentence)``, labelled by
two or more annotators. By default the annotators' own decisions count: labels given with
a key and suggestions they accepted (as in export and progress); labels carried from the
counterpart do not, until confirmed. Every label and sentence left out is counted with
its reason, so that a kappa over 4 items never hides the 15 that were not compared.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from itertools import combinations, permutations
from typing import Any

from newsdiff.core.labels import LABELS
from newsdiff.store import OWN_SOURCES, Tag

from .propagate import current

Item = tuple[str, int]


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two annotators over the items both labelled.

    kappa = (p_o - p_e) / (1 - p_e): p_o the share of items they agree on, p_e the
    agreement expected by chance from each one's label frequencies. None when it is
    undefined: no items, or both gave one and the same label to everything (p_e = 1).
    """
    n = len(pairs)
    if n == 0:
        return None
    p_o = sum(a == b for a, b in pairs) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    p_e = sum(first[k] * second[k] for k in first) / (n * n)
    if p_e >= 1.0:
        return None
    return (p_o - p_e) / (1.0 - p_e)


def krippendorff_alpha(units: Iterable[Sequence[str]]) -> float | None:
    """Krippendorff's alpha for nominal data.

    ``units``: for each item, the labels its annotators gave (one per annotator; items
    with fewer than two are not pairable and are skipped). From the coincidence matrix
    o[c][k] (each ordered pair of values within a unit of m values counts 1 / (m - 1)):
    alpha = 1 - (n - 1) * sum(o[c][k], c != k) / sum(n_c * n_k, c != k). None when it is
    undefined (fewer than two pairable values, or a single value used throughout).
    """
    o: dict[tuple[str, str], float] = {}
    for values in units:
        m = len(values)
        if m < 2:
            continue
        for c, k in permutations(values, 2):
            o[(c, k)] = o.get((c, k), 0.0) + 1.0 / (m - 1)
    n_c: dict[str, float] = {}
    for (c, _), w in o.items():
        n_c[c] = n_c.get(c, 0.0) + w
    n = sum(n_c.values())
    if n <= 1:
        return None
    observed = sum(w for (c, k), w in o.items() if c != k)
    expected = sum(n_c[c] * n_c[k] for c in n_c for k in n_c if c != k)
    if expected == 0:
        return None
    return 1.0 - (n - 1) * observed / expected


def merge(stores: Iterable[Iterable[Tag]]) -> list[Tag]:
    """The tags of several stores as one: for the same (article, sentence, annotator),
    the most recently updated wins (an annotator who copied a store and went on)."""
    best: dict[tuple[str, int, str], Tag] = {}
    for tags in stores:
        for t in tags:
            key = (t.article_id, t.sentence, t.annotator)
            if key not in best or t.updated > best[key].updated:
                best[key] = t
    return [best[k] for k in sorted(best)]


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def left_out(tags: Sequence[Tag], sources: Collection[str]) -> dict[str, Any]:
    """What an agreement over ``sources`` does not count, and why.

    The sentences left out (no item: fewer than two annotators' counted labels) are
    counted once each, under one reason: ``skipped``, an annotator skipped it as not a
    claim (counted as the label "skipped" only when asked, and then no reason);
    else ``single_annotator``, one annotator's counted label and nothing to compare it
    with. ``sources`` counts labels, not sentences: those of a source not counted, by
    source (on a sentence left out or not).
    """
    by_source = Counter(t.source for t in tags if t.label and t.source not in sources)
    annotators: dict[Item, set[str]] = {}
    skipped: set[Item] = set()
    for t in tags:
        item = (t.article_id, t.sentence)
        if t.label and t.source in sources:
            annotators.setdefault(item, set()).add(t.annotator)
        elif t.skipped and not t.label:
            skipped.add(item)
    skipped -= {k for k, v in annotators.items() if len(v) >= 2}  # compared all the same
    single = sum(len(v) == 1 and k not in skipped for k, v in annotators.items())
    return {
        "single_annotator": single,
        "sources": dict(sorted(by_source.items())),
        "skipped": len(skipped),
    }


#: The value a skipped sentence is counted as, with ``include_skipped``.
SKIPPED = "skipped"


def agreement(
    tags: Iterable[Tag],
    sources: Collection[str] = OWN_SOURCES,
    include_skipped: bool = False,
    replaced: Collection[str] = (),
) -> dict[str, Any]:
    """The agreement report; its keys are what ``newsdiff agree --format json`` prints.

    Only labels of ``sources`` count (default: the annotators' own, typed or accepted);
    a sentence skipped as not a claim counts as the label "skipped" with
    ``include_skipped``, else not at all. A carried label whose origin no longer
    carries it is no label (``propagate.current``, with the stores' ``replaced`` versions).
    """
    every = [
        replace(t, label=SKIPPED) if include_skipped and t.skipped and not t.label else t
        for t in current(tags, replaced)
    ]
    labelled = [t for t in every if t.label and t.source in sources]
    by_item: dict[Item, dict[str, Tag]] = {}
    for t in labelled:
        by_item.setdefault((t.article_id, t.sentence), {})[t.annotator] = t
    items = {k: v for k, v in sorted(by_item.items()) if len(v) >= 2}
    annotators = sorted({a for v in items.values() for a in v})
    seen = {t.label for v in items.values() for t in v.values()}
    labels = [lb for lb in LABELS if lb in seen] + sorted(seen - set(LABELS))

    pairs_out = []
    for a, b in combinations(annotators, 2):
        both = [(v[a].label, v[b].label) for v in items.values() if a in v and b in v]
        pairs_out.append(
            {
                "annotators": [a, b],
                "items": len(both),
                "observed_agreement": _round(sum(x == y for x, y in both) / len(both))
                if both
                else None,
                "cohen_kappa": _round(cohen_kappa(both)),
            }
        )

    units = [[t.label for t in v.values()] for v in items.values()]
    alpha = krippendorff_alpha(units)
    agree_all = sum(len({t.label for t in v.values()}) == 1 for v in items.values())

    confusion: dict[str, Any]
    if len(annotators) == 2:
        a, b = annotators
        table = {r: dict.fromkeys(labels, 0) for r in labels}
        for v in items.values():
            table[v[a].label][v[b].label] += 1
        confusion = {"kind": "confusion", "rows": a, "columns": b, "table": table}
    else:
        # With more than two annotators there is no "row" and "column" annotator: the
        # coincidence matrix alpha is built from is the per-label table that applies.
        co: dict[str, dict[str, float]] = {r: dict.fromkeys(labels, 0.0) for r in labels}
        for values in units:
            for c, k in permutations(values, 2):
                co[c][k] += 1.0 / (len(values) - 1)
        table_co = {r: {c: round(x, 4) for c, x in row.items()} for r, row in co.items()}
        confusion = {"kind": "coincidence", "rows": None, "columns": None, "table": table_co}

    disagreements = [
        {
            "article_id": article_id,
            "article": next(iter(v.values())).article,
            "sentence": sentence,
            "text": next(iter(v.values())).text,
            "labels": {ann: v[ann].label for ann in sorted(v)},
        }
        for (article_id, sentence), v in items.items()
        if len({t.label for t in v.values()}) > 1
    ]
    return {
        "annotators": annotators,
        "sources": sorted(sources),
        "include_skipped": include_skipped,
        "items": len(items),
        "left_out": left_out(every, sources),
        "labels": labels,
        "observed_agreement": _round(agree_all / len(items)) if items else None,
        "cohen_kappa": pairs_out[0]["cohen_kappa"] if len(annotators) == 2 else None,
        "krippendorff_alpha": _round(alpha),
        "pairs": pairs_out,
        "confusion": confusion,
        "disagreements": disagreements,
    }
