"""Quotation marks, direct quotations of speech and scare quotes."""

from __future__ import annotations

import re
from functools import lru_cache

from newsdiff.meaning.cues.attribution_words import (
    PEOPLE,
    SOURCE_NOUNS,
    SOURCE_PRONOUNS,
    SPEECH_VERBS,
    SUBJECT_VERBS,
)
from newsdiff.meaning.cues.base import Cue, words

#: Opening and closing quotation marks of every common style.
QUOTE_CHARS = "\"“”„‟«»‘’‚‛'`"
# An apostrophe is no quote: "Putin’s", and spun copy's "there’ s", "it’ s".
_APOSTROPHE = re.compile(r"(?<=\w)[’'](?=\w|\s(?:s|t|re|ve|ll|d|m)\b)")
# Doubled straight single quotes (''…''), as some archives write a double quote, and
# TeX's ``…'' are one mark each. The pattern opens with its character class, so ``re``
# skips to the next quote mark in C; ``''|``|[...]``, the same marks, tried its
# alternatives at every character (23 ms over the 1 MB bench pair's classified sides).
_QUOTE_MARK = re.compile("[" + re.escape(QUOTE_CHARS) + "](?:(?<=')'|(?<=`)`)?")
_OPENERS = {"“": "”", "„": "”", "«": "»", "‘": "’", "‚": "’", "``": "''"}
#: Straight marks: each closes with the next mark of its own kind.
_STRAIGHT = frozenset({'"', "'", "`", "''"})
#: Straight marks that open or close a quotation that runs beyond the sentence.
_STRAIGHT_DOUBLE = frozenset({'"', "''"})
_QUOTE_WORD = re.compile(r"\w+(?:[’']\w+)*")


def quote_marks(text: str) -> list[Cue]:
    """Quotation marks that open or close a quote (apostrophes left out)."""
    return list(_quote_marks(text))


#: A plural's possessive apostrophe ("the workers' union", "Midlands' assets", "both
#: companies’ board"): a single mark after an "s", before a word. Read as one only while
#: no single quotation is open before it, so that a quotation or a scare quote that
#: ends in "s" ("called them 'thugs' and left") still closes.
_PLURAL_POSSESSIVE = re.compile(r"(?<=[sS])[’'](?=\s+[^\W\d_])")
#: A single mark that opens a quotation: at the start or after a space, a bracket, a
#: dash or a double mark, before a word.
_SINGLE_OPENER = re.compile(r"(?:^|(?<=[\s(\[“\"—–-]))[‘'](?=\w)")


@lru_cache(maxsize=4096)
def _quote_marks(text: str) -> tuple[Cue, ...]:
    # A row side is asked for its marks three times (its cues, then twice by
    # ``quotations`` for the plain line's "quote altered" test): found once.
    # An apostrophe match is one character, so testing each mark's start alone (the
    # lookbehind still sees the text before it) finds what a scan of the whole text
    # would: a scan paid the lookbehind at every character, for a handful of marks.
    out: list[Cue] = []
    single_open = False
    for m in _QUOTE_MARK.finditer(text):
        at, mark = m.start(), m.group()
        if _APOSTROPHE.match(text, at) is not None:
            continue
        if mark in "'’":
            if not single_open and _PLURAL_POSSESSIVE.match(text, at) is not None:
                continue
            single_open = _SINGLE_OPENER.match(text, at) is not None
        elif mark == "‘":
            single_open = True
        out.append(Cue("quote", at, m.end(), mark))
    return tuple(out)


#: A quotation of speech has this many words or more; fewer is a scare quote ("‘rash’",
#: "“special military operation”"), a term the writer holds at a distance. One
#: threshold for the suggestions (a quotation is an attribution cue) and the change
#: classes (a scare quote that comes or goes is classed by its words).
QUOTE_MIN_WORDS = 4


def _paired_quotes(text: str) -> list[tuple[Cue, Cue]]:
    """Opening and closing marks paired in order: a curly opener with its own closer,
    a straight mark with the next straight mark of the same kind."""
    marks = quote_marks(text)
    out: list[tuple[Cue, Cue]] = []
    i = 0
    while i < len(marks):
        ch = marks[i].text
        closer = _OPENERS.get(ch, ch if ch in _STRAIGHT else None)
        j = i + 1
        if closer is not None:
            while j < len(marks) and marks[j].text != closer:
                j += 1
        if closer is None or j >= len(marks):
            i += 1
            continue
        out.append((marks[i], marks[j]))
        i = j + 1
    return out


#: Marks that only open or only close a quotation (a curly single closing mark may be
#: an apostrophe: "the soldiers’ morale").
_RUN_ON_OPENERS = frozenset("“„«‘")
_RUN_ON_CLOSERS = frozenset("”»")


#: Short words a title leaves in lower case ("Gone with the Wind").
_TITLE_SMALL = frozenset(
    "a an the and or but nor of in on at to for by with from as is it up off out".split()
)


def _title(inner: str) -> bool:
    """Whether quoted words are a title ('All Bets Are Off.', "The Last of Us"): two
    or more words, each capitalised bar the small ones, the first always."""
    ws = _QUOTE_WORD.findall(inner)
    if len(ws) < 2 or not ws[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in ws)


@lru_cache(maxsize=4096)
def _title_spans(text: str) -> tuple[tuple[int, int], ...]:
    pairs = _paired_quotes(text)
    return tuple((o.start, c.end) for o, c in pairs if _title(text[o.end : c.start]))


#: The verbs a title's words may hold ("Everyone Says I Love You", "Say Her Name").
_TITLE_VERBS = SPEECH_VERBS | SUBJECT_VERBS | frozenset(("say", "tell"))


def in_a_title(text: str, start: int, end: int) -> bool:
    """Whether a cue from ``start`` to ``end`` ends on a verb of a quoted title ('"What
    Mother Told Me"', 'the film "Everyone Says I Love You"'): the title's words are a
    name, not anyone's speech, so the verb reports nothing."""
    if not _quote_marks(text):
        return False
    return any(
        s < end <= e and any(w in _TITLE_VERBS for w, _s, _e in words(text[max(s, start) : end]))
        for s, e in _title_spans(text)
    )


#: A straight or curly single mark right after the sentence's last stop closes a
#: quotation begun in an earlier sentence ("Horrible choice.'"): an apostrophe never
#: follows a full stop.
_TRAILING_CLOSER = re.compile(r"[.!?,]['’]\s*$")


def quotations(text: str, min_words: int = QUOTE_MIN_WORDS) -> list[Cue]:
    """Direct quotations of ``min_words`` words or more, marks included.

    Scare quotes around fewer words ("‘hasty’", "“special military operation”") are
    not quotations of speech.
    """
    if not _quote_marks(text):
        # No mark, no quotation: a closing mark after the last stop is a mark too (an
        # apostrophe follows a word character), so the tail test below finds none.
        return []
    out: list[Cue] = []
    pairs = _paired_quotes(text)
    for opener, closer in pairs:
        start, end = opener.start, closer.end
        if _title(text[opener.end : closer.start]):
            continue  # a quoted title is named, not said
        if len(_QUOTE_WORD.findall(text[start:end])) >= min_words:
            out.append(Cue("quote", start, end, text[start:end]))
    # A quotation that runs beyond the sentence: an opening mark left unpaired ("“Some
    # of them are ..." to the end), or a closing one ("... for a fight,” he said.").
    paired = {c.start for pair in pairs for c in pair}
    for mark in quote_marks(text):
        if mark.start in paired or any(q.start <= mark.start < q.end for q in out):
            continue
        if mark.text in _RUN_ON_OPENERS or (
            mark.text in _STRAIGHT_DOUBLE and not text[: mark.start].strip()
        ):
            start, end = mark.start, len(text)
        elif mark.text in _RUN_ON_CLOSERS or (
            mark.text in _STRAIGHT_DOUBLE and not text[mark.end :].strip(" .,;:!?)")
        ):
            # A straight mark at the very end closes a quotation begun earlier.
            start, end = 0, mark.end
        else:
            continue
        if len(_QUOTE_WORD.findall(text[start:end])) >= min_words:
            out.append(Cue("quote", start, end, text[start:end]))
    tail = _TRAILING_CLOSER.search(text) if not out and not pairs else None
    if tail and len(_QUOTE_WORD.findall(text[: tail.end()])) >= min_words:
        # "So I wanted more.'": the end of a quotation begun in an earlier sentence.
        out.append(Cue("quote", 0, tail.end(), text[: tail.end()]))
    return sorted(out, key=lambda c: c.start)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where the text quotes someone, whatever the length: every paired quotation
    (scare quotes and titles too), a quotation that runs on beyond the sentence, and a
    sentence that ends a quotation begun before it ("So I wanted more.'"). Words in
    there are the quoted person's, not the writer's."""
    spans = {(o.start, c.end) for o, c in _paired_quotes(text)}
    return sorted(spans | {(q.start, q.end) for q in quotations(text, 1)})


def scare_marks(text: str) -> list[Cue]:
    """The marks of scare quotes: quotations of fewer than ``QUOTE_MIN_WORDS`` words.
    A mark left unpaired may belong to a quotation that runs on beyond the sentence,
    so it is not one of them."""
    out: list[Cue] = []
    for opener, closer in _paired_quotes(text):
        if len(_QUOTE_WORD.findall(text[opener.start : closer.end])) < QUOTE_MIN_WORDS:
            out += [opener, closer]
    return out


#: Words before an opening mark that make the quotation a noun phrase of the writer's
#: sentence: a determiner, a possessive or a preposition of naming ('a "common security
#: and defense space"', 'its "non-use of force" pledge', 'a treaty on "alliance and
#: strategic partnership"').
_BEFORE_TERM = frozenset("a an the its their his her our this that these those of on".split())
#: Words inside a quotation that show speech: a person speaking or spoken to.
_SPEAKING = frozenset("i me my we us our you your".split())
#: Verbs that hand a quoted verdict to their subject ("called the decision a 'grave
#: mistake'"): after them a quotation is the subject's words.
_NAMING = frozenset("called calls calling branded brands labelled labeled termed dubbed".split())
#: People who may speak a quotation that finishes their clause ('He urged residents to
#: "stay indoors"', 'Voters want leaders to "get on with the job"').
_SPEAKERS = PEOPLE | SOURCE_NOUNS | SOURCE_PRONOUNS | frozenset("i we you".split())
#: A quotation this long or longer is speech, whatever stands before it.
_TERM_MAX_WORDS = 8


#: After a title, its author: ', by the feminist academics', ' by Steven Pressfield'.
_BY_AUTHOR = re.compile(r",?\s+by\s+(?!far\b|all\b|then\b|now\b)(?:the\s+|a\s+|an\s+)?[A-Za-z]")
#: A passive frame just before the quotation ('was condemned as', 'is branded'): its
#: "by" names the agent who said the words, not a title's author.
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)(?:\s+as)?\s*$",
    re.IGNORECASE,
)


def quoted_term(text: str, quote: Cue) -> bool:
    """Whether ``quote`` names a term inside the writer's sentence rather than quoting
    speech: it opens after a determiner, a possessive or "of"/"on", holds fewer than
    ``_TERM_MAX_WORDS`` words, no first or second person and no stop inside."""
    before = _QUOTE_WORD.findall(text[: quote.start])
    inner = text[quote.start + 1 : quote.end - 1].rstrip(".,")
    ws = _QUOTE_WORD.findall(inner)
    if (
        _BY_AUTHOR.match(text, quote.end)
        # 'The raid was condemned as "an act of war" by the foreign ministry': the agent
        and not _PASSIVE_BEFORE.search(text, 0, quote.start)
        # a comma inside the marks closes speech ('"We will stay," by then ...')
        and not text[quote.start + 1 : quote.end - 1].rstrip().endswith(",")
        and not re.search(r"[.!?]", inner)
        and not any(w.lower() in _SPEAKING for w in ws)
    ):
        return True  # '"Steps towards change", by the academics Liz Kelly and ...': a title
    return (
        bool(before)
        and (before[-1].lower() in _BEFORE_TERM or _finishes_an_infinitive(before))
        and len(ws) < _TERM_MAX_WORDS
        and not any(w.lower() in _SPEAKING for w in ws)
        and not re.search(r"[.!?]", inner)
        and not any(w.lower() in _NAMING for w in before)
    )


def _finishes_an_infinitive(before: list[str]) -> bool:
    """Whether a quotation after "to" finishes the writer's own infinitive with a
    phrase borrowed from no one in the sentence ('the country had to "improve the
    investment climate."', 'The plan aims to "make the city safer"'): no person, source
    or name before it, who would be the one quoted ('He urged residents to "stay
    indoors"', 'Voters want leaders to "get on with the job"', 'told Reuters to')."""
    return (
        before[-1].lower() == "to"
        and not any(w.lower() in _SPEAKERS for w in before)
        and not any(w[:1].isupper() for w in before[1:])
    )
