"""A proxy for journalistic reuse (agency copy against newspaper stories), built from
the public-domain Bible passages of bench/data/bible/ (see bench/data/README.md).

A PROXY, not news: no public corpus of agency copy and newspaper stories labelled for
derivation was found (the METER and COUNTER corpora are the outside check's and are
not used). It keeps what makes journalistic reuse hard, each part a real derivation
or a real independence, never a made-up one:

- A, the "agency copy", is Mark's telling of an event.
- Derived: Matthew's or Luke's telling, which rewrote Mark's (cut, reworded,
  reordered, with material of their own): **whole**; **half** (the first half of its
  sentences, then the second half of John's telling of the same event, as a paper
  sets agency copy beside its own reporting); **light** (John's telling with a
  quarter of the derived telling's sentences set in its middle).
- Not derived: John's telling of the same event, written apart: the same names,
  numbers and events, and often the same sayings of the same speakers (in the World
  English Bible inside quotation marks, as a paper quotes).
- **reworded**: B is taken from another translation than A (KJV, BBE, WEB), so
  what was reused is reworded (a close paraphrase in WEB, a free one in BBE), as a
  sub-editor rewrites agency copy; the negatives are reworded the same way, so
  the translation tells nothing of the label.

Seven events have all three: Mark, a derived telling and John's (arrest, denial,
entry, feeding, pilate, tomb, water); ten derived tellings in all.
"""

from __future__ import annotations

from accuracy import ReusePair
from bible_sets import _passages

VERSIONS = ("kjv", "bbe", "web")


def _sentences(text: str) -> list[str]:
    from newsdiff.core.sentences import split_sentences

    return [s.text for s in split_sentences(text)]


def _cases(a_text: str, derived: list[str], john: str, name: str) -> list[ReusePair]:
    out: list[ReusePair] = []
    js = _sentences(john)
    for k, d in enumerate(derived):
        ds = _sentences(d)
        h, hj = (len(ds) + 1) // 2, len(js) // 2
        out.append(ReusePair(f"{name} whole {k}", a_text, d, True))
        out.append(ReusePair(f"{name} half {k}", a_text, " ".join(ds[:h] + js[hj:]), True))
        q = max(1, len(ds) // 4)
        mid = (len(ds) - q) // 2
        light = js[:hj] + ds[mid : mid + q] + js[hj:]
        out.append(ReusePair(f"{name} light {k}", a_text, " ".join(light), True))
    out.append(ReusePair(f"{name} john", a_text, john, False))
    return out


def journal_reuse() -> dict[str, list[ReusePair]]:
    """The proxy's two sets: B in A's translation ("same"), B in another ("reworded")."""
    texts = {v: _passages(v) for v in VERSIONS}
    stories = sorted(
        pid.split("-", 1)[1]
        for pid in texts["kjv"]
        if pid.startswith("john-") and f"mark-{pid.split('-', 1)[1]}" in texts["kjv"]
    )
    same: list[ReusePair] = []
    reworded: list[ReusePair] = []
    for story in stories:
        for va in VERSIONS:
            a_text = texts[va][f"mark-{story}"]
            for vb in VERSIONS:
                tb = texts[vb]
                derived = [tb[f"{w}-{story}"] for w in ("matt", "luke") if f"{w}-{story}" in tb]
                cases = _cases(a_text, derived, tb[f"john-{story}"], f"{story} {va}->{vb}")
                (same if va == vb else reworded).extend(cases)
    return {
        "journal-proxy same (bible)": same,
        "journal-proxy reworded (bible)": reworded,
    }
