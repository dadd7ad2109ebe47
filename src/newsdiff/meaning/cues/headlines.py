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
from newsdiff.meaning.cues.base import Cue, Word
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


#: A quotation in a heading: two or more words in quotation marks, at least one in
#: lower case ("Guantanamo man 'suing government'", "Soaring oil 'hits world economy'",
#: "'More to do' on adult literacy"): BBC News's way of putting a source's words in a
#: headline. A title in quotation marks is capitalised ('"The Crown" returns').
_HEADING_QUOTE = re.compile(r"(?:^|(?<=\s))[‘'\"“]([^‘'\"“”’.!?]*\s[^‘'\"“”’.!?]*)[’'\"”](?=\s|$)")
#: Longer than this is no heading.
_HEADING_MAX = 90


def quoted_heading(text: str) -> Cue | None:
    """A heading's quoted words (``_HEADING_QUOTE``) as a quote cue, in a line with no end
    stop of 90 characters or fewer and no finite verb outside the quotation (review
    r25c); None elsewhere."""
    line = text.strip()
    if len(line) > _HEADING_MAX or line.rstrip("’'\"”")[-1:] in (".", "!", "?", ":"):
        return None
    m = _HEADING_QUOTE.search(text)
    if m is None or not any(w[:1].islower() for w in m.group(1).split()):
        return None
    outside = re.findall(r"[a-z]+", (text[: m.start()] + " " + text[m.end() :]).lower())
    if any(w in _FINITE or lexicon.verb_form(w) in ("past", "s") for w in outside):
        return None  # 'Russia needed to "modernize and diversify,"': the writer's clause
    return Cue("quote", m.start(), m.end(), m.group())


#: A finite verb outside the quotation makes the line a clause of the writer's, no heading.
_FINITE = frozenset(
    "is are was were has have had will would can could may might must should does did".split()
)
