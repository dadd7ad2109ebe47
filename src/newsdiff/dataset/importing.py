"""Labels back into the store: records from a newsdiff export (JSONL or CSV), doccano
or Prodigy, each placed on a known sentence, or skipped with the reason counted.

Reading the records and checking their fields is ``dataset.fields``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdiff.core.article import Article, normalize
from newsdiff.core.labels import parse_label
from newsdiff.dataset.fields import (
    field_problem,
    flag,
    labels_of,
    stored_article,
    whole,
)
from newsdiff.store import Span, Tag, check_tag, now, stored_path

if TYPE_CHECKING:
    from newsdiff.core.sentences import Sentence


@dataclass
class SentenceIndex:
    """Known sentences by normalised text, to place records that carry only text.

    One span per sentence of an article version, ``(article_id, sentence)``: the same
    sentence known from a stored tag and from its file is one sentence, not two (the
    file's span wins, it names where the file is now).
    """

    by_text: dict[str, dict[tuple[str, int], Span]] = field(default_factory=dict)
    by_key: dict[tuple[str, int], Span] = field(default_factory=dict)
    preferred: set[str] = field(default_factory=set)  # article ids given with --article
    read: set[str] = field(default_factory=set)  # article ids whose file was read
    by_path: dict[str, set[str]] = field(default_factory=dict)  # article ids per file
    ids: set[str] = field(default_factory=set)

    def add(self, span: Span, preferred: bool = False, replace: bool = False) -> None:
        key = (span.article_id, span.sentence)
        spans = self.by_text.setdefault(normalize(span.text), {})
        if replace or key not in spans:
            spans[key] = span
        if replace or key not in self.by_key:
            self.by_key[key] = span
        self.by_path.setdefault(span.article, set()).add(span.article_id)
        self.ids.add(span.article_id)
        if preferred:
            self.preferred.add(span.article_id)

    def find(self, text: str) -> list[Span]:
        spans = self.by_text.get(normalize(text), {}).values()
        chosen = [s for s in spans if s.article_id in self.preferred] or list(spans)
        return sorted(chosen, key=lambda s: (s.article_id, s.sentence))

    def find_in(self, text: str, article_ids: Collection[str]) -> list[Span]:
        """The sentences with this text in the given article versions only."""
        spans = self.by_text.get(normalize(text), {}).values()
        return sorted(
            (s for s in spans if s.article_id in article_ids),
            key=lambda s: (s.article_id, s.sentence),
        )

    def ids_at(self, path: str) -> set[str]:
        """The article versions known to have been tagged in the file at ``path``."""
        return self.by_path.get(path, set())

    def knows(self, article_id: str) -> bool:
        return article_id in self.ids

    def add_article(
        self, article: Article, sentences: Sequence[Sentence], preferred: bool = False
    ) -> None:
        """Every sentence of an article (an ``Article`` and its ``Sentence`` list)."""
        if article.id in self.read and not preferred:
            return
        self.read.add(article.id)
        path = stored_path(article.path)
        for s in sentences:
            span = Span(article.id, path, s.index, s.start, s.end, s.text)
            self.add(span, preferred=preferred, replace=True)


class ArticleFiles:
    """The articles that text-only records name in their ``article`` field, read once each.

    A relative path is looked for under each of ``bases`` in turn (the working folder,
    then the imported file's folder). A file that is missing or unusable gives None: the
    record is then placed as if it named no file.
    """

    def __init__(self, bases: Sequence[Path] = ()) -> None:
        self.bases = list(bases) or [Path.cwd()]
        self._cache: dict[str, tuple[Article, list[Sentence]] | None] = {}

    def get(self, path: str) -> tuple[Article, list[Sentence]] | None:
        if path not in self._cache:
            self._cache[path] = self._load(path)
        return self._cache[path]

    def _load(self, path: str) -> tuple[Article, list[Sentence]] | None:
        from newsdiff.core.article import InputError, load
        from newsdiff.core.sentences import split_sentences

        given = Path(path)
        for candidate in [given] if given.is_absolute() else [b / given for b in self.bases]:
            if not candidate.is_file():
                continue
            try:
                art = load(str(candidate), warn=False)
            except InputError:
                return None
            return art, split_sentences(art.text)
        return None


@dataclass
class ImportResult:
    tags: list[Tag] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    lines: dict[str, list[int]] = field(default_factory=dict)

    def skip(self, reason: str, line: int) -> None:
        self.skipped[reason] += 1
        self.lines.setdefault(reason, []).append(line)

    def why_none(self) -> str:
        """Why no record was imported: none in the file, or the first line skipped's reason."""
        first = min(((n, why) for why, lines in self.lines.items() for n in lines), default=None)
        if first is None:
            return "no record in it"
        skipped = sum(self.skipped.values())
        lines = "1 line skipped" if skipped == 1 else f"{skipped} lines skipped, the first"
        return f"{lines} (line {first[0]}): {first[1]}"


def to_tags(
    records: Iterable[tuple[int, dict[str, Any] | str]],
    index: SentenceIndex,
    annotator: str | None,
    default_annotator: str,
    files: ArticleFiles | None = None,
) -> ImportResult:
    """Turn records into tags; every record left out is counted with its reason.

    ``files`` reads the article a text-only record names (its ``article`` field), so
    the record is placed in that article rather than wherever its text occurs.
    """
    result = ImportResult()
    seen: dict[tuple[str, int, str], int] = {}
    for line, rec in records:
        if isinstance(rec, str):
            result.skip(rec, line)
            continue
        labels = labels_of(rec)
        if isinstance(labels, str):
            result.skip(labels, line)
            continue
        if len(labels) > 1:
            result.skip("several labels (newsdiff keeps one per sentence)", line)
            continue
        try:
            label = parse_label(labels[0]) if labels else ""
        except ValueError:
            result.skip(f"unknown label {labels[0]!r}", line)
            continue
        problem = field_problem(rec)
        if problem:
            result.skip(problem, line)
            continue
        note = rec.get("note") if isinstance(rec.get("note"), str) else ""
        unsure = bool(flag(rec.get("unsure")))
        if not label and not (note or unsure):
            result.skip("no label", line)
            continue

        span = _span_of(rec, index, files)
        if isinstance(span, str):
            result.skip(span, line)
            continue
        who = annotator or next(
            (
                str(rec[k])
                for k in ("annotator", "_annotator_id", "user")
                if isinstance(rec.get(k), str | int) and str(rec[k]).strip()
            ),
            default_annotator,
        )
        stamp = now()
        tag = Tag(
            article_id=span.article_id,
            article=span.article,
            sentence=span.sentence,
            start=span.start,
            end=span.end,
            text=span.text,
            label=label,
            annotator=who,
            note=note or "",
            unsure=unsure,
            source=str(rec.get("source") or "human"),
            created=str(rec.get("created") or stamp),
            updated=str(rec.get("updated") or stamp),
        )
        try:
            check_tag(tag)
        except ValueError as err:
            result.skip(str(err), line)
            continue
        key = (tag.article_id, tag.sentence, tag.annotator)
        if key in seen:  # the later record wins, as a re-labelling would in the app
            result.tags[seen[key]] = tag
            result.skip("same sentence and annotator again later in the file", line)
            continue
        seen[key] = len(result.tags)
        result.tags.append(tag)
    return result


def _span_of(rec: dict[str, Any], index: SentenceIndex, files: ArticleFiles | None) -> Span | str:
    article_id = rec.get("article_id")
    sentence = whole(rec.get("sentence"))
    text = rec.get("text")
    if isinstance(article_id, str) and article_id and sentence is not None:
        known = index.by_key.get((article_id, sentence))
        start, end = whole(rec.get("start")), whole(rec.get("end"))
        if isinstance(text, str) and text and start is not None and end is not None:
            article = stored_article(rec.get("article"))
            if article is None:
                return "'article' is not an absolute path"
            return Span(article_id, article, sentence, start, end, text)
        if known is not None:
            return known
        return "article_id and sentence given but no text or offsets, and not in the store"
    if not isinstance(text, str) or not text.strip():
        return "no text"
    named = _named_article(rec, index, files)
    if named:
        # The record says which article it belongs to: its text is looked for there
        # only, so a sentence that several articles share (or that another --article
        # file has) is not ambiguous, and a text that is not in it is not put elsewhere.
        for ids in named:
            found = index.find_in(text, ids)
            if len(found) == 1:
                return found[0]
            if found:
                return "text matches several sentences of its article"
        return "text not found in the article the record names"
    found = index.find(text)
    if not found:
        return "text not found among the store's or the --article files' sentences"
    if len(found) > 1:
        return "text matches several sentences (give the article with --article)"
    return found[0]


def _named_article(
    rec: dict[str, Any], index: SentenceIndex, files: ArticleFiles | None
) -> list[set[str]]:
    """The article versions a text-only record names, most trusted first.

    Its ``article`` file as it is now (read, and its sentences added to the index), the
    version its ``article_id`` names, then the versions the store knows at its path.
    Empty when the record names no article that can be found.
    """
    tiers: list[set[str]] = []
    path = rec.get("article")
    if isinstance(path, str) and path.strip() and files is not None:
        loaded = files.get(path)
        if loaded is not None:
            art, sentences = loaded
            index.add_article(art, sentences)
            tiers.append({art.id})
    article_id = rec.get("article_id")
    if isinstance(article_id, str) and index.knows(article_id):
        tiers.append({article_id})
    if isinstance(path, str) and path.strip():
        at_path = index.ids_at(stored_path(path))
        if at_path:
            tiers.append(at_path)
    return tiers


def build_index(
    tags: Iterable[Tag], articles: Sequence[tuple[Article, Sequence[Sentence]]]
) -> SentenceIndex:
    """Sentences known from stored tags, and those of articles named with --article."""
    index = SentenceIndex()
    for t in tags:
        index.add(Span(t.article_id, t.article, t.sentence, t.start, t.end, t.text))
    for article, sentences in articles:
        index.add_article(article, sentences, preferred=True)
    return index
