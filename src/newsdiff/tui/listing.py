"""The pair picker's data, without Textual: a corpus's scanned pairs, cached beside the
store, and each article's tag progress.

``newsdiff PATH`` with a folder, a corpus or several files scans them for pairs that
share text (``corpus.scan``) and lists the pairs. The scan is cached in the store's
folder (``newsdiff.scans/KEY.json``), keyed by the paths, the files' sizes and
modification times and the threshold: reopening the same corpus reads the list back
instead of scanning again, and touching a file scans again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Collection, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from newsdiff.core.article import InputError, load
from newsdiff.core.durable import unlink_quietly, write_temp
from newsdiff.core.sentences import split_sentences
from newsdiff.corpus import MIN_REUSE
from newsdiff.store import Store, StoreError

from .edits import PROPAGATED

#: Bumped when what a cache file holds changes: older files are then scanned again
#: (3: "containment" no longer names a source; 4: a pair shares MIN_SHARED 3-grams).
CACHE_VERSION = 4
#: The folder beside the store that holds the cached scans.
CACHE_FOLDER = "newsdiff.scans"

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Listed:
    """One scanned pair as the picker shows it: A is the likely source."""

    ref_a: str
    ref_b: str
    title_a: str
    title_b: str
    reuse_a: float
    reuse_b: float
    #: The articles' ids in the store and their sentence counts (the progress's total).
    id_a: str
    id_b: str
    total_a: int
    total_b: int
    #: Why A is the source ("date": dated earlier), or None: no telling (``scan``'s
    #: ``Pair.source``), and then the list shows no source mark.
    source: str | None = None


def scan_key(paths: Sequence[str], min_reuse: float = MIN_REUSE) -> str:
    """The cache key of a scan: the paths, each file's size and time, the threshold.

    Raises:
        InputError: a path does not exist, or a folder holds no articles.
    """
    from newsdiff.corpus.sources import pieces

    digest = hashlib.sha256(json.dumps([CACHE_VERSION, min_reuse, list(paths)]).encode())
    for path in dict.fromkeys(p.path for p in pieces(paths)):
        try:
            st = os.stat(path)
            stamp = f"{st.st_size}:{st.st_mtime_ns}"
        except OSError:
            stamp = "unreadable"
        digest.update(f"{os.path.abspath(path)}\0{stamp}\n".encode())
    return digest.hexdigest()[:32]


def cache_path(store: Store, key: str) -> Path:
    return store.path.parent / CACHE_FOLDER / f"{key}.json"


def read_cache(store: Store, key: str) -> list[Listed] | None:
    """The cached listing for ``key``, or None when there is none (or it is unusable)."""
    try:
        data = json.loads(cache_path(store, key).read_text(encoding="utf-8"))
        if data.get("version") != CACHE_VERSION:
            return None
        names = {f.name for f in fields(Listed)}
        return [Listed(**{n: item[n] for n in names}) for item in data["pairs"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write_cache(store: Store, key: str, listing: Sequence[Listed]) -> None:
    """Save the listing (temp file and rename); a folder that cannot be written costs
    only the next scan, so failures are ignored."""
    path = cache_path(store, key)
    data = {"version": CACHE_VERSION, "pairs": [asdict(item) for item in listing]}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # The store's files' permissions (0666 less the umask), not mkstemp's 0600: a
        # second annotator's account that shares the store reads the cache too.
        tmp = write_temp(path, json.dumps(data, ensure_ascii=False), sync=False)
        try:
            os.replace(tmp, path)
        except OSError:
            unlink_quietly(tmp)
            raise
    except OSError:
        pass


def scan_listing(
    paths: Sequence[str], min_reuse: float = MIN_REUSE, progress: Progress | None = None
) -> list[Listed]:
    """Scan ``paths`` and give its pairs, best first, with their articles' ids and sizes.

    A pair whose article can no longer be loaded is left out (the scan lists the
    files it could not read on the command line; here they are simply not pairs).
    """
    from newsdiff.corpus.scan import scan

    result = scan(paths, min_reuse, progress=progress)
    refs = list(dict.fromkeys(r for p in result.pairs for r in (p.a.ref, p.b.ref)))
    known: dict[str, tuple[str, int]] = {}
    for n, ref in enumerate(refs, 1):
        try:
            art = load(ref, warn=False)
        except InputError:
            continue
        known[ref] = (art.id, len(split_sentences(art.text)))
        if progress:
            progress("sentences", n, len(refs))
    return [
        Listed(
            p.a.ref,
            p.b.ref,
            p.a.title,
            p.b.title,
            p.a.reuse,
            p.b.reuse,
            known[p.a.ref][0],
            known[p.b.ref][0],
            known[p.a.ref][1],
            known[p.b.ref][1],
            p.source,
        )  # fmt: skip
        for p in result.pairs
        if p.a.ref in known and p.b.ref in known
    ]


def tagged_counts(
    store: Store,
    annotator: str,
    listing: Sequence[Listed],
    damaged: dict[str, str] | None = None,
    only: Collection[str] | None = None,
) -> dict[str, int]:
    """Sentences of each listed article this annotator is done with, as the app's
    progress counts them: a label of their own, or skipped (not a claim); propagated
    labels wait to be confirmed. ``only``: these articles alone (the others unread).

    An article whose tag file cannot be read raises StoreError, unless ``damaged`` is
    given: then the error goes there under the article's id and the article has no
    count. One damaged file must not hide the progress of the pairs that do not use it.
    """
    totals = {i: t for x in listing for i, t in ((x.id_a, x.total_a), (x.id_b, x.total_b))}
    out: dict[str, int] = {}
    for art_id, total in totals.items():
        if only is not None and art_id not in only:
            continue
        try:
            tags = store.tags(art_id, annotator)
        except (StoreError, OSError) as err:
            if damaged is None:
                raise
            damaged[art_id] = str(err)
            continue
        out[art_id] = len(
            {
                t.sentence
                for t in tags
                if (t.skipped or (t.label and t.source != PROPAGATED)) and 0 <= t.sentence < total
            }
        )
    return out


def tag_stamps(store: Store, listing: Sequence[Listed]) -> dict[str, object]:
    """Each listed article's tag file as one stat sees it (size, time, inode; None: no
    file; the error's text when it cannot be seen): a changed value means it was
    written, damaged or mended since."""
    out: dict[str, object] = {}
    for art_id in dict.fromkeys(i for x in listing for i in (x.id_a, x.id_b)):
        try:
            out[art_id] = store.article_stamp(art_id)
        except StoreError as err:
            out[art_id] = str(err)
    return out


def removed(store: Store, art_id: str) -> str:
    """What the store's poll says of an article's tag file deleted while it was shown."""
    return (
        f"{store.article_path(art_id)} was removed: this article's tags are gone, "
        "and it counts as untagged."
    )


def store_problem(store: Store, item: Listed) -> str | None:
    """Why the pair's tags cannot be read (a damaged or unreadable tag file), or None."""
    for art_id in (item.id_a, item.id_b):
        try:
            store.tags(art_id)
        except (StoreError, OSError) as err:
            return str(err)
    return None


def corpus_progress(
    listing: Sequence[Listed], counts: dict[str, int], damaged: Collection[str] = ()
) -> tuple[int, int, int]:
    """(sentences tagged, sentences in all, articles) over the listed pairs' articles,
    leaving out those whose tag file is ``damaged``: their tags cannot be read, so
    counting their sentences would only lower the share by sentences that may be done."""
    totals = {
        i: t
        for x in listing
        for i, t in ((x.id_a, x.total_a), (x.id_b, x.total_b))
        if i not in damaged
    }
    return sum(counts.get(i, 0) for i in totals), sum(totals.values()), len(totals)


def progress_line(
    listing: Sequence[Listed], counts: dict[str, int], damaged: Collection[str] = ()
) -> str:
    """Above the list: the pairs, and the progress over the articles they pair.

    It says whose articles it counts ("of these pairs"): ``scan`` counts every article
    of the folder, and an article no pair lists is not here. A byte copy is the same
    article (its tags are the original's), so it counts once. An article whose tag file
    is ``damaged`` is left out of the count, and the line says how many were.
    """
    tagged, total, articles = corpus_progress(listing, counts, damaged)
    listed = {i for x in listing for i in (x.id_a, x.id_b)}
    left_out = len(listed & set(damaged))
    many = len(listing) != 1
    pairs = f"{len(listing)} pair{'s' if many else ''}"
    pct = f" ({tagged / total:.0%})" if total else ""
    whose = "these pairs" if many else "this pair"
    if left_out and not articles:
        # Nothing is counted: "0/0 sentences tagged in 0 of the 2 articles" says it
        # in riddles (review r22c finding 9).
        every = {1: "its article", 2: "both articles"}.get(left_out, f"all {left_out} articles")
        return f"{pairs} · the tags of {every} are damaged"
    counted = f"the {articles}" if not left_out else f"{articles} of the {articles + left_out}"
    line = (
        f"{pairs} · {tagged:,}/{total:,} sentences tagged{pct} "
        f"in {counted} article{'s' if articles + left_out != 1 else ''} of {whose}"
    )
    if left_out:
        whose_tags = "article's" if left_out == 1 else "articles'"
        line += f" · {left_out} {whose_tags} tags damaged"
    return line


def untagged(item: Listed, counts: dict[str, int], damaged: Collection[str] = ()) -> bool:
    """Whether the pair has a sentence left to tag (not a pair that cannot be tagged,
    one of whose articles' tag file is ``damaged``)."""
    if item.id_a in damaged or item.id_b in damaged:
        return False
    return counts.get(item.id_a, 0) < item.total_a or counts.get(item.id_b, 0) < item.total_b


def next_untagged(
    listing: Sequence[Listed], counts: dict[str, int], after: int, damaged: Collection[str] = ()
) -> int | None:
    """The first pair after row ``after`` (wrapping round) with an untagged sentence."""
    n = len(listing)
    for step in range(1, n + 1):
        row = (after + step) % n
        if untagged(listing[row], counts, damaged):
            return row
    return None
