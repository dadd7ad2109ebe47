"""A short line in headline style that is a sentence all the same: "Fire kills two.",
"Police arrest three.", "Obama wins." (``clauses.is_statement``: a short line that ends
with a full stop and has a finite verb is a sentence, not a heading). After a noun an
"-s" form is as likely a plural ("Live updates.", "Key points."), so the verb must
take a count or a determiner as its object, or follow a name WordNet does not know. And a
headline that opens with its speaker and a colon: "John McCain: Republican Populist
Anger Appeals to ...", "Ukraine: Russian forces desert tanks" (``attribution``)."""

from __future__ import annotations

import re

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.base import Word
from newsdiff.meaning.cues.number_words import CARDINALS

#: What opens a verb's object in a headline: "kills two", "arrest the", "hits a".
_OBJECT_OPENS = frozenset(("the", "a", "an", "his", "her", "its", "their", "dozens", "hundreds"))


def headline_verb(text: str, ws: tuple[Word, ...]) -> bool:
    """Whether ws[1], a lower-case "-s" or base form, is the verb of a headline's
    subject: before a count or a determiner ("Fire kills two.", "Police arrest three."),
    or alone after a name ("Obama wins.")."""
    if len(ws) < 2 or text[ws[1][1]].isupper():
        return False
    form = lexicon.verb_form(ws[1][0])
    if form not in ("s", "base"):
        return False
    if len(ws) == 2:
        return form == "s" and not lexicon.known(ws[0][0])
    nxt = ws[2][0]
    return nxt.isdigit() or nxt in CARDINALS or nxt in _OBJECT_OPENS


#: A headline's speaker and what they said: "John McCain: Republican Populist Anger
#: Appeals to ...", "Ukraine: Russian forces desert tanks": up to three capitalised
#: words at the start, a colon, and at least three words that open with a capital or a
#: quotation mark.
_SPEAKER = re.compile(
    r"((?:Mc|Mac|O’|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: (?:Mc|Mac|O’|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?){0,2}):"
    r"(?= [\"“‘'A-Z][^ ]* \S+ \S)"
)
#: Capitalised words that head a label, not a speaker: "The Latest:", "Update:".
_NO_SPEAKER = frozenset("the a an this that these here why how what when where who watch".split())
#: WordNet's noun categories of one who speaks: a person, a people or body, a place.
_SPEAKERS = frozenset(("person", "group", "location"))


def speaker_headline(text: str) -> tuple[int, int] | None:
    """The span of a headline's speaker and colon ("John McCain:", "Ukraine:") when the
    line opens with one: a name WordNet does not know ("McCain", "Obama"), or a word
    that names a person, a body or a place last ("Scott", "Police", "Ukraine"); None for a label ("The Latest:", "Update:", "Mandatory
    Credit:", "Revealed:")."""
    m = _SPEAKER.match(text)
    if m is None:
        return None
    heads = m.group(1).split()
    if any(w.lower() in _NO_SPEAKER for w in heads):
        return None
    if any(not lexicon.known(w) for w in heads) or lexicon.noun_category(heads[-1]) in _SPEAKERS:
        return m.start(), m.end()
    return None
