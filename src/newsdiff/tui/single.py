"""One article alone (``newsdiff ARTICLE``): the same view, store and keys, one pane.

Headless (no Textual). The view, the tag session and the painter all work on a
``Comparison``; a one-sided one serves an article alone with no second code path:
one row per sentence, each holding that sentence on side A and nothing on side B.
B is the same article with no sentences, so the session's records of both sides are
this article's (as when both sides are one article) and nothing is carried across.
The geometry (``Geometry.for_width(..., single=True)``) gives A the whole width.
"""

from __future__ import annotations

from newsdiff.core.article import Article
from newsdiff.core.language import Detected, detect, is_english
from newsdiff.core.sentences import split_sentences
from newsdiff.dataset.propagate import current, replaced_versions
from newsdiff.meaning.compare import Comparison, Row
from newsdiff.meaning.lexicon import known
from newsdiff.meaning.options import DEFAULT, CompareOptions
from newsdiff.store import Store, Tag

#: What a key that would move to side B says instead.
NO_SIDE_B = "One article alone: there is no side B."
#: What a key that compares two articles (a filter, the fold, n, l) says instead.
PAIR_ONLY = "Filters and changes compare two articles; this is one article."
#: The keys (binding ids) that help and the palette leave out in one article alone:
#: those that go to a side (A is the only one) or compare two articles.
PAIR_KEYS = frozenset(
    "side-a side-b switch-side next-change previous-change next-shift previous-shift fold".split()
)

#: What help and the palette say of the keys whose pair help speaks of both sides or of
#: fold lines (review r25e: "the tags of both sides", "On a fold line").
SINGLE_TOOLTIPS = {
    "detail": "Open or close the detail panel: the cursor's sentence in full, the "
    "suggestion and its cues, the tags; it follows the cursor.",
    "enter": "As v: open or close the detail panel.",
}


def pair_key(binding_id: str | None) -> bool:
    """Whether a key (its binding id) works only on two articles (``PAIR_KEYS``, and
    every filter of rows)."""
    return binding_id is not None and (binding_id in PAIR_KEYS or binding_id.startswith("filter-"))


def one_sided(
    article: Article, options: CompareOptions = DEFAULT, lang: str | None = None
) -> Comparison:
    """The article's sentences (split as a pair's are, so tags anchor alike), one row each.

    ``lang``: as ``compare`` takes it (None: guessed from the script).
    """
    language = Detected(lang) if lang else detect(article.text, known=known)
    english = is_english(language.lang)
    sentences = split_sentences(article.text, language.lang)  # guessed once, above
    rows = [
        Row("equal", (i,), (), 1.0, [("equal", s.text)], options, english=english)
        for i, s in enumerate(sentences)
    ]
    return Comparison(article, article, sentences, [], rows, options, *language)


def single_summary(sentences: int, tagged: int, damaged: bool = False) -> str:
    """The header's first line for one article: what it is and how far tagging got
    (``damaged``: its tag file cannot be read, so how far is not known)."""
    noun = "sentence" if sentences == 1 else "sentences"
    done = "tags damaged" if damaged else f"{tagged} tagged"
    return f"one article · {sentences} {noun} · {done}"


class Origins:
    """Whether a label carried to an article shown alone still holds.

    In a pair, a carried label counts while the other side of its row carries it
    (``TagRecords.record``); alone, that row is not on screen, so the label is checked
    against the sentences it was carried from, as ``newsdiff sentences`` and export do
    (``dataset.propagate.current``). Without this the app showed B#1's carried opinion
    as untagged, suggested fact, and ``s`` stored fact over it (review r25d finding 3).
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._sources: dict[str, list[Tag]] = {}
        self._replaced: set[str] | None = None

    def holds(self, tag: Tag) -> bool:
        origin = tag.origin_article
        if not origin or origin == tag.article_id:
            return True  # ``current`` keeps a record it cannot check
        if self._replaced is None:
            self._replaced = replaced_versions(self.store)
        sources = self._sources.get(origin)
        if sources is None:
            sources = self._sources[origin] = self.store.tags(origin)
        kept = current([tag, *sources], self._replaced)  # in order: ``tag`` first if kept
        return bool(kept) and kept[0] is tag

    def forget(self) -> None:
        """The store was read again (another window wrote): read the origins again too."""
        self._sources.clear()
        self._replaced = None
