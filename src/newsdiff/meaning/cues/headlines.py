"""A short line in headline style that is a sentence all the same: "Fire kills two.",
"Police arrest three.", "Obama wins." (``clauses.is_statement``: a short line that ends
with a full stop and has a finite verb is a sentence, not a heading). After a noun an
"-s" form is as likely a plural ("Live updates.", "Key points."), so the verb must
take a count or a determiner as its object, or follow a name WordNet does not know."""

from __future__ import annotations

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
