"""What the store commands share: the store opened with one-line errors, an article read
with its sentences, the annotator's name, JSON on stdout."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdiff.cli.errors import CliError
from newsdiff.cli.output import json_out, note

if TYPE_CHECKING:
    from newsdiff.core.article import Article
    from newsdiff.core.sentences import Sentence
    from newsdiff.store import Store, Tag


@contextmanager
def open_store(
    path: str | None, must_exist: bool = False, reading: bool = False
) -> Iterator[Store]:
    """The store at ``path`` (or the default); StoreError becomes a one-line CliError.

    ``reading``: the command only reads, so an older store in a folder that cannot be
    written opens upgraded in memory (with a note on stderr) instead of failing.
    """
    from newsdiff.store import Store, StoreError, check_folder, default_path

    p = Path(path) if path else default_path()
    try:
        if path and not reading:
            check_folder(p)
        with Store(p, read_only_upgrade=reading) as store:
            if must_exist and not store.exists:
                raise CliError(f"{p}: no store here (nothing has been tagged with it)")
            if store.note:
                note(store.note)
            yield store
    except StoreError as err:
        raise CliError(str(err)) from None


def note_duplicates(tags: Sequence[Tag], store: Store) -> None:
    """Say which sentences have several records by one annotator (a file edited by hand).

    A reading command lists them all and writes nothing: the next write to that
    sentence keeps the latest and sets the others aside as orphans, never silently.
    """
    counts = Counter((t.article_id, t.sentence, t.annotator) for t in tags)
    for (article_id, sentence, who), n in sorted(counts.items()):
        if n > 1:
            note(
                f"{store.article_path(article_id)}: {n} records of sentence {sentence} by "
                f"{who}; all are listed, the file stays as it is until a write keeps the "
                "latest (the others become orphans)"
            )


def read_article(path: str, lang: str | None = None) -> tuple[Article, list[Sentence]]:
    from newsdiff.core.article import InputError, load
    from newsdiff.core.sentences import split_sentences

    try:
        art = load(path)
    except InputError as err:
        raise CliError(str(err)) from None
    return art, split_sentences(art.text, lang)


def annotator_name(name: str | None) -> str:
    from newsdiff.store import default_annotator

    if name is not None and not name.strip():
        raise CliError("--annotator: the name is empty")
    return name.strip() if name else default_annotator()


def dump_json(obj: Any) -> None:
    json_out(obj)


def note_orphans(store: Store, article_id: str | None = None) -> None:
    """Say once how many tags of the article (of every article: None) match no sentence:
    an upgrade that splits its sentences differently, or an edit, leaves them as orphans,
    which nothing else shows where the tags are read (review r23c finding 4)."""
    from newsdiff.store.api import orphan_count
    from newsdiff.store.records import orphans_said

    n = orphan_count(store, article_id)
    if n:
        note(orphans_said(n, "this article" if article_id is not None else None))
