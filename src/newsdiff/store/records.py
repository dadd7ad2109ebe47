"""The records the store holds: a Tag (one label on one sentence by one annotator), an
Orphan (a tag whose sentence is gone), and the checks a record must pass to be stored."""

from __future__ import annotations

import getpass
import os
import re
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from newsdiff.core.labels import LABELS

if TYPE_CHECKING:
    from newsdiff.core.article import Article
    from newsdiff.core.sentences import Sentence

# Article ids name files, so only characters that are safe in a file name are accepted.
ARTICLE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_NO_PATH = {"", "-", "<stdin>", "<text>"}

#: Where a label came from: a key or ``newsdiff tag``, an accepted suggestion (``s``), or
#: carried from the aligned counterpart.
SOURCES = ("human", "suggestion", "propagated")
#: The annotator's own decisions: an accepted suggestion is one (the annotator pressed
#: ``s``); a label carried from the counterpart is not, until the annotator confirms it.
#: What export, progress and agreement count by default.
OWN_SOURCES = frozenset(("human", "suggestion"))


class Unchecked:
    """The type of ``ANY``."""

    def __repr__(self) -> str:
        return "ANY"


#: ``expect=ANY`` (the default): write whatever the store holds now.
ANY = Unchecked()


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def default_annotator() -> str:
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return "annotator"
    # A login name ($USER) with a control character would be refused by the store when
    # the first tag is saved (a traceback): such a name is none.
    return name if name.strip() and name.isprintable() else "annotator"


@dataclass(frozen=True)
class Span:
    """One sentence of one article version: where a tag sits, or an imported text may."""

    article_id: str
    article: str
    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Tag(Span):
    """One label on one sentence of one article, by one annotator.

    ``label`` is one of LABELS, or ``""`` for a record that carries only a note or the
    unsure flag (a note may be put on a sentence before deciding its label), or that is
    ``skipped``: not a claim (a navigation line, a dateline, a heading), done without a
    label. ``skipped`` is absent from records written before it existed, which reads as
    False, so it needs no migration.

    A label carried from the aligned counterpart (``source="propagated"``) names where it
    came from: ``origin_article``, the counterpart's article id, and ``origin_sentences``,
    that row's sentences there. It counts only while they carry that label of their own
    (``newsdiff.dataset.propagate.current``). Any other record has neither (they are
    cleared here); records written before they existed have neither either.
    """

    label: str
    annotator: str
    note: str = ""
    unsure: bool = False
    source: str = "human"
    created: str = field(default_factory=now)
    updated: str = field(default_factory=now)
    skipped: bool = False
    origin_article: str = ""
    origin_sentences: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        # A record that is no carried label has no origin: a label typed over a carried
        # one (app or ``newsdiff tag``) must not keep pointing at the counterpart.
        if self.source != "propagated" or not self.label:
            object.__setattr__(self, "origin_article", "")
            object.__setattr__(self, "origin_sentences", ())
        elif not isinstance(self.origin_sentences, tuple):  # a JSON list, read back
            object.__setattr__(self, "origin_sentences", tuple(self.origin_sentences))

    @property
    def kept(self) -> bool:
        """Whether the record holds anything (else it is removed, not stored)."""
        return bool(self.label or self.note or self.unsure or self.skipped)

    def to_doc(self) -> dict[str, Any]:
        # A list, as JSON reads it back: put_many compares a stored doc with this one.
        return {**asdict(self), "origin_sentences": list(self.origin_sentences)}

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Tag:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in doc.items() if k in names})


@dataclass(frozen=True)
class Orphan:
    """A tag whose sentence could not be found after its article changed.

    ``tag`` still describes the sentence it was given to (the old article id, index and
    text); ``article_id`` is the version of the article it is now filed under.
    """

    tag: Tag
    article_id: str
    reason: str
    orphaned: str


def orphans_said(n: int, whose: str | None) -> str:
    """How the CLI and the app say that ``n`` tags (of ``whose``) match no sentence."""
    tags = f"{n} tag{'' if n == 1 else 's'}" + (f" of {whose}" if whose else "")
    verb, its = ("matches", "its") if n == 1 else ("match", "their")
    return (
        f"{tags} {verb} no sentence ({its} sentence is gone or split differently): "
        "newsdiff orphans to see them"
    )


def tag_for(
    article: Article,
    sentence: Sentence,
    label: str,
    annotator: str,
    *,
    note: str = "",
    unsure: bool = False,
    source: str = "human",
) -> Tag:
    """The record for ``label`` on ``sentence`` of ``article`` (the app and CLI agree)."""
    return Tag(
        article_id=article.id,
        article=stored_path(article.path),
        sentence=sentence.index,
        start=sentence.start,
        end=sentence.end,
        text=sentence.text,
        label=label,
        annotator=annotator,
        note=note,
        unsure=unsure,
        source=source,
    )


def same_record(a: Tag | None, b: Tag | None) -> bool:
    """The same record, times aside (None: no record). What ``expect=`` compares."""
    if a is None or b is None:
        return a is b
    return replace(a, created="", updated="") == replace(b, created="", updated="")


def check_tag(tag: Tag) -> None:
    """Refuse a record the store must not hold. Raises ValueError with one line."""
    if not ARTICLE_ID.match(tag.article_id):
        raise ValueError(f"bad article id {tag.article_id!r}")
    if isinstance(tag.sentence, bool) or not isinstance(tag.sentence, int) or tag.sentence < 0:
        raise ValueError(f"bad sentence index {tag.sentence!r}")
    if not 0 <= tag.start <= tag.end:
        raise ValueError(f"offsets {tag.start}-{tag.end} are not a span of the text")
    if not tag.annotator.strip():
        raise ValueError("the annotator name is empty")
    if not tag.annotator.isprintable():
        # A name is printed by agree, export and the app's status line: an escape in it
        # would be obeyed by the reader's terminal.
        raise ValueError(f"the annotator name {tag.annotator!r} holds a control character")
    if tag.skipped and tag.label:
        raise ValueError("a skipped record has no label")
    if tag.label == "":
        if not tag.kept:
            raise ValueError("a record without a label needs a note, the unsure flag or skipped")
    elif tag.label not in LABELS:
        raise ValueError(f"unknown label {tag.label!r}")
    if tag.origin_article and not ARTICLE_ID.match(tag.origin_article):
        raise ValueError(f"bad origin article id {tag.origin_article!r}")


def real_path(path: str) -> str | None:
    """The canonical form of an article path, None for stdin and in-memory texts."""
    if path in _NO_PATH or path.startswith("<"):
        return None
    return os.path.realpath(path)


def stored_path(path: str) -> str:
    """The ``article`` a tag record names: the resolved absolute path, as the index keeps.

    A path as typed (relative, or through a symlink such as the package's ``seeds``)
    would name the same file differently from one record to the next and mean nothing
    from another working directory. Standard input and in-memory texts keep their name.
    """
    return real_path(path) or path
