"""Where reported content starts and ends around a reporting verb, and whether a short
text is a statement at all (``is_statement``).

A reporting verb is an attribution cue when it introduces or closes reported content.
A small heuristic without a part-of-speech tagger (``introduces``, ``closes``):

* it introduces content when "that" or "whether", a colon or a quotation mark (a
  comma and one) follows it, or a clause: a subject and, within the same clause, a
  finite verb ("Police believe the suspect fled", "said prices rose", "said it would
  rain"); the person told ("told reporters that", "told Reuters it was over") and a
  time or place ("said on Monday that") may stand between;
* it closes content when a comma or a closing quotation mark comes before its source
  (or before the verb itself: "..., said officials") and the clause ends after it,
  bar the person told and a time or place ("..., he said.", "“We won,” the minister
  told reporters in Kyiv.").

So "said goodbye", "told a story", "claimed the prize", "believe in" and "announced
her resignation" are no attribution: what follows is an object, not a claim. Verbs
whose object is itself the claim ("confirmed the deaths", "admitted the killing",
"the agency estimated the damage at $2bn") report whatever follows.
"""

from __future__ import annotations

import re

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.adjuncts import opens_adjunct
from newsdiff.meaning.cues.asides import (
    RELATIVE_OPENERS,
    after_aside,
    modifier,
    past_relative_clause,
    past_short_aside,
    what_before,
)
from newsdiff.meaning.cues.attribution_words import (
    ADDRESSEES,
    AUDIENCES,
    AUXILIARIES,
    CLAIMED,
    CLAUSE_STOPS,
    DEMONSTRATIVES,
    DETERMINERS,
    LINKING_ADVERBS,
    MOTION_PREPOSITIONS,
    NAME_CLAUSE_VERBS,
    NOT_A_SOURCE,
    NP_PREPOSITIONS,
    OBJECT_TO_VERBS,
    POSSESSIVES,
    PRONOUN_ADVERBS,
    SOURCE_PRONOUNS,
    SUBJECT_PRONOUNS,
    TELL_VERBS,
    TO_VERBS,
    UNMARKED_PASTS,
    WARN_OF,
    WARN_VERBS,
)
from newsdiff.meaning.cues.base import Word, words
from newsdiff.meaning.cues.base import one_phrase as one_phrase  # the clause rules' own
from newsdiff.meaning.cues.headlines import headline_verb
from newsdiff.meaning.cues.names import (
    before_object,
    name_opens,
    object_pronoun,
    owns,
    plural_agrees,
)
from newsdiff.meaning.verb_frames import takes_object

_CONTRACTED_SUBJECT = re.compile(r"(?:i|he|she|it|we|they|you|there|that)['’](?:s|re|m|ve|d|ll)")
_OPENS_CONTENT = re.compile(r"\s*(?::|,?\s*[“\"‘'«„]|[,—–-]\s+[“\"‘'«])")
_CLOSING_MARKS = ",”’\"'—–"


def _finite(word: str, after_pronoun: bool) -> bool:
    """Whether ``word`` reads as the finite verb of a clause: an auxiliary or a past
    form anywhere ("fled", "rose", "had"); an "-s" or base form only after a pronoun
    subject, since after a noun it is as likely a plural ("record profits")."""
    if word in AUXILIARIES or word.endswith(("n't", "n’t")):
        return True
    if lexicon.may_be_past(word):
        return True  # "rose", and "fell", "found", "saw", also verbs of their own
    return after_pronoun and lexicon.verb_form(word) in ("s", "base")


_HEDGED_SUBJECT = re.compile(
    r"(?:as (?:many|much|few|little) as|about|around|roughly|approximately|nearly|almost|"
    r"more than|less than|fewer than|at least|at most|up to|close to|over)\s+(?=\d)",
    re.I,
)


_ENDS_SENTENCE = re.compile(r"[.!?][”’\"')]*\s*$")


def is_statement(text: str) -> bool:
    """Whether a short text is a sentence rather than a heading: it ends with ".", "!"
    or "?" and has a finite verb after its first word, an auxiliary or a past form
    ("Prices rose.", "It is over."), an "-s" form after "the" or a pronoun ("The mayor
    resigns.") or that spells no noun ("Fighting continues."). "Live updates." is not."""
    if not _ENDS_SENTENCE.search(text):
        return False
    ws = words(text)
    for k in range(1, len(ws)):
        w = ws[k][0]
        if w in AUXILIARIES or w.endswith(("n't", "n’t")) or lexicon.may_be_past(w):
            return True
        if lexicon.verb_form(w) == "s" and (
            ws[k - 1][0] in ("he", "she", "it")
            or (k >= 2 and ws[k - 2][0] in DETERMINERS)
            or all(p != "n" for p, _b in lexicon.base_forms(w))
        ):
            return True
    return headline_verb(text, ws)


def _clause_at(text: str, ws: tuple[Word, ...], j: int, names: bool = False) -> bool:
    """Whether a clause starts at ws[j]: a subject, then a finite verb in the same
    clause, within eight words ("the suspect fled", "it would", "prices rose", "the
    leader of the rebels was"); not "a story to the class", "her resignation".

    ``names``: an "-s" form after a capitalised word is a name's verb ("said Donald Trump
    favors"), as after a pronoun, and so is one before its object ("said the mayor favors
    the plan") or a base form after a plural ("say thousands need shelter"); only after
    verbs of saying that seldom take a name and a noun as object ("announced Windows updates")."""
    if j >= len(ws):
        return False
    hedged = _HEDGED_SUBJECT.match(text, ws[j][1])
    if hedged is not None:
        # "believe as many as 300 died": a hedged number opens the subject.
        while j < len(ws) and ws[j][1] < hedged.end():
            j += 1
        if j >= len(ws):
            return False
    first = ws[j][0]
    if _CONTRACTED_SUBJECT.fullmatch(first):
        return True  # "said it's over", "said they're leaving"
    if first in CLAUSE_STOPS or first in AUXILIARIES:
        return False
    if object_pronoun(text, ws[j]) and not (names and owns(text, ws, j)):
        return False  # "told him", not "said her suite of proposals addresses"
    pronoun = first in SUBJECT_PRONOUNS or first in DEMONSTRATIVES
    if pronoun:
        k = j + 1
        # An adverb may stand between: "he probably fled", "they would not", "he too
        # had quit", "he also fled" (r24a: "too" and "also" end in no "-ly").
        while (
            k < len(ws)
            and one_phrase(text, ws, k - 1)
            and (ws[k][0].endswith("ly") or ws[k][0] in PRONOUN_ADVERBS)
        ):
            k += 1
        if k < len(ws) and one_phrase(text, ws, k - 1) and _finite(ws[k][0], True):
            return True
        m = past_short_aside(text, ws, k)
        if m is not None and _finite(ws[m][0], True):
            return True  # "said Wednesday she, too, wants an inquiry"
        if first not in DEMONSTRATIVES:
            return False
    # A noun phrase: its first word, and the one after a determiner, is no verb.
    k = j + 1
    if first in DETERMINERS or first in DEMONSTRATIVES:
        while k < len(ws) and ws[k][0].endswith("ly"):
            k += 1
        k += 1
    after_to = False
    while k < len(ws) and k - j < 8:
        if not one_phrase(text, ws, k - 1):
            # "said the man, 34, was arrested": past an aside, the clause's verb
            m = after_aside(text, ws, k)
            return m is not None and m < len(ws) and _finite(ws[m][0], False)
        w = ws[k][0]
        if w in ("and", "or"):
            # "the army and police were" goes on; "goodbye and left" is a second verb,
            # and so is "the issue and then has" (an adverb between).
            m = k + 1
            while m + 1 < len(ws) and (ws[m][0] in LINKING_ADVERBS or ws[m][0].endswith("ly")):
                m += 1
            if m < len(ws) and _finite(ws[m][0], False):
                return False
        elif w in NP_PREPOSITIONS and k > j + (first in DETERMINERS):
            # A modifier of the subject ("the talks in Istanbul had failed", "repairs
            # to the flood wall would cost"); the word after the preposition is its
            # object, never the verb ("the trophy in May").
            after_to = after_to or w == "to"
            k += 1
        elif w in RELATIVE_OPENERS:  # "said the car that hit the boy was stolen"
            return past_relative_clause(text, ws, k, _finite) is not None
        elif w in CLAUSE_STOPS:
            return False
        elif after_to and w.endswith("ed") and takes_object(w):
            # After "to" an "-ed" form is as likely a participle of the object as the verb
            # ("said goodbye to the crowd gathered outside"): only an auxiliary, an irregular
            # past or a verb with no passive ("the risk to residents remained low") counts.
            pass
        elif modifier(text, ws, k):
            pass  # "announced a new ground offensive": "ground" is no "ground" of grind
        elif (
            _finite(w, False)
            or _unmarked_past(text, ws, k, names)
            or (names and plural_agrees(ws, k))
            or (
                names
                and lexicon.verb_form(w) == "s"
                and (name_opens(text, ws, j, k) or before_object(text, ws, k, first))
            )
        ):
            return True
        k += 1
    return False


def _unmarked_past(text: str, ws: tuple[Word, ...], k: int, names: bool = False) -> bool:
    """Whether ws[k], a verb whose past is its base ("hit", "cut", "burst", "cost"), is
    the verb of the clause: after a noun (not a determiner or an adjective) and before
    its object, a determiner, a possessive or a number ("said prices hit a record",
    "said the river burst its banks", "said repairs cost 4.5 million pounds"); "announced
    a tax cut for families" is a noun. After a verb of saying (``names``) a preposition
    of motion also counts ("said the fire spread to the roof")."""
    if ws[k][0] not in UNMARKED_PASTS or not one_phrase(text, ws, k):
        return False
    nxt = ws[k + 1][0]
    objects = nxt in DETERMINERS or nxt in POSSESSIVES or nxt[0].isdigit()
    if not (objects or (names and nxt in MOTION_PREPOSITIONS)):
        return False
    prev = ws[k - 1][0]
    pos = {p for p, _b in lexicon.base_forms(prev)}
    return prev not in DETERMINERS and not ("a" in pos and "n" not in pos)


def _addressee(text: str, ws: tuple[Word, ...], j: int) -> int | None:
    """The index after the person or outlet told, starting at ws[j] ("reporters",
    "him", "the BBC", "Reuters", "a packed meeting", "a crowd of supporters"), or None."""
    if j >= len(ws) or not one_phrase(text, ws, j - 1):
        return None
    if object_pronoun(text, ws[j]):
        return j + 1
    if ws[j][0] in POSSESSIVES and j + 1 < len(ws) and one_phrase(text, ws, j):
        return j + 2  # "told his wife", "told their families"
    k = j + 1 if ws[j][0] in ("the", "a", "an", "local", "foreign") else j
    end = None  # after the last capital or addressee; modifiers only before one
    for m in range(k, min(len(ws), k + 3)):
        w, s, _e = ws[m]
        if not one_phrase(text, ws, m - 1) or w in NOT_A_SOURCE or w in CLAUSE_STOPS:
            break
        if text[s].isupper() or w in AUDIENCES:
            end = m + 1
        elif end is not None or ws[j][0] not in ("the", "a", "an"):
            break  # a modifier only after an article: "a packed meeting", not "told also"
    if end is not None and end + 1 < len(ws) and ws[end][0] == "of" and one_phrase(text, ws, end):
        m = end + 2 if ws[end + 1][0] in ("the", "its", "their") else end + 1  # "a crowd of"
        if m < len(ws) and one_phrase(text, ws, m - 1) and ws[m][0] in AUDIENCES:
            end = m + 1
    return end


def _content_at(text: str, ws: tuple[Word, ...], j: int, end: int, verb: str) -> bool:
    """Whether reported content starts right after ``end`` (the verb's end, or the
    end of who was told), at word ws[j]."""
    if _OPENS_CONTENT.match(text, end):
        return True  # "said: ...", "said, “...", "said “..."
    if j >= len(ws) or not text[end : ws[j][1]].isspace():
        return False
    w = ws[j][0]
    if w in ("that", "whether"):
        return True
    if w == "so" and re.match(r"so\s*(?:[.,;:!?”’\"]|$)", text[ws[j][1] :]):
        return True  # "said so", "believe so"
    if w == "not" and j + 1 < len(ws) and ws[j + 1][0] == "to" and one_phrase(text, ws, j):
        j, w = j + 1, "to"  # "asked the governments not to turn away boats"
    if w == "to":
        nxt = ws[j + 1][0] if j + 1 < len(ws) and one_phrase(text, ws, j) else ""
        return verb in TO_VERBS and lexicon.verb_form(nxt) == "base" and nxt not in DETERMINERS
    if verb in WARN_VERBS and w in WARN_OF:
        return True  # "warned of shortages"
    if verb.startswith("claim") and w in CLAIMED:
        return True  # "claimed responsibility"
    return _clause_at(text, ws, j, verb in NAME_CLAUSE_VERBS)


def introduces(text: str, ws: tuple[Word, ...], k: int) -> int | None:
    """Where the cue of the reporting verb ws[k] ends if content follows it (the verb,
    or the verb and who was told), else None."""
    verb, _s, end = ws[k]
    if verb in TELL_VERBS:
        after = _addressee(text, ws, k + 1)
        if after is not None and _content_after(text, ws, after - 1, verb):
            return ws[after - 1][2]
    if verb in OBJECT_TO_VERBS and _object_then_to(text, ws, k):
        return end
    return end if _content_after(text, ws, k, verb) else None


def _object_then_to(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether "to" and a verb follow the object of ws[k] within eight words of one
    phrase: "urged members to reject", "asked the governments of the region not to
    turn"; not "asked for a glass of water"."""
    for j in range(k + 1, min(len(ws), k + 9)):
        if not one_phrase(text, ws, j - 1):
            return False
        w = ws[j][0]
        if w == "to":
            nxt = ws[j + 1][0] if j + 1 < len(ws) and one_phrase(text, ws, j) else ""
            return lexicon.verb_form(nxt) == "base" and nxt not in DETERMINERS
        if w in CLAUSE_STOPS and w not in NP_PREPOSITIONS:
            return False
    return False


def _content_after(text: str, ws: tuple[Word, ...], k: int, verb: str) -> bool:
    """Whether content follows ws[k] (the verb or who was told), directly or after a
    time or place: "said on Monday that", "told reporters in Kyiv that"."""
    if _content_at(text, ws, k + 1, ws[k][2], verb):
        return True
    j = k + 1
    if j < len(ws) and one_phrase(text, ws, k) and opens_adjunct(ws, j):
        # The time or place is ws[j:m], of up to six words; the content starts at ws[m].
        for m in range(j + 1, min(len(ws), j + 6) + 1):
            if _content_at(text, ws, m, ws[m - 1][2], verb):
                return True
            if m >= len(ws) or not one_phrase(text, ws, m - 1):
                break
    return False


def _clause_ends(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether the clause ends after ws[k] (a verb, or who was told), bar a time or
    place of a few words: "he said.", "he said on Monday.", "she told reporters in Kyiv,"."""
    rest = text[ws[k][2] :]
    m = re.match(r"\s*(?:[.,;:!?)”’\"'—–]|$)", rest)
    if m is not None:
        return True
    j = k + 1
    if j >= len(ws) or not one_phrase(text, ws, k):
        return False
    if not opens_adjunct(ws, j) and not ws[j][0].endswith("ly"):
        return False
    m2 = re.match(r"[^.,;:!?”’\"]*", rest)
    assert m2 is not None
    tail = rest[m2.end() :]
    return len(words(m2.group())) <= 6 and (not tail or tail[0] in '.,;:!?”’"')


def closes(text: str, ws: tuple[Word, ...], first: int, k: int) -> int | None:
    """Where the cue ends if the verb ws[k], its source from ws[first], closes content
    before it: "..., he said.", "“...,” the minister told reporters.", "..., said
    officials."; else None."""
    before = text[: ws[first][1]].rstrip()
    if not before or before[-1] not in _CLOSING_MARKS or not words(before):
        return None
    if ws[first][0] in _RELATIVES:
        return None  # "..., which were all images Wikinews observed at the show.": no source
    verb, _s, end = ws[k]
    last = k
    if verb in TELL_VERBS:
        after = _addressee(text, ws, k + 1)
        if after is not None:
            last = after - 1
    if first == k and last == k:
        if _clause_ends(text, ws, k):
            # The source in apposition before: "..., Andriy Yermak, his chief of
            # staff, claimed."; not after "what": "what X, a host, said on air"
            return None if what_before(before) else end
        # Inverted: "..., said officials", "“...,” said the minister", "..., said the
        # central bank": the source, and the clause ends.
        return inverted_source(text, ws, k)
    return ws[last][2] if _clause_ends(text, ws, last) else None


#: Relative words that open a clause of their own after a comma, never a source ("...,
#: what the minister said on air": "what" is the verb's object, nothing is reported).
_RELATIVES = frozenset("which where when whose what".split())


def inverted_source(text: str, ws: tuple[Word, ...], k: int) -> int | None:
    """Where the source after an inverted verb ws[k] ends ("said the central bank."),
    or None: one to six words to the clause's end, opening with a determiner, a
    capital, a source noun, people or "he", "she", "they" ("said goodbye." is none)."""
    j = k + 1
    if j >= len(ws) or not one_phrase(text, ws, k):
        return None
    w, s, _e = ws[j]
    if not (
        w in DETERMINERS
        or w in SOURCE_PRONOUNS
        or w in ADDRESSEES
        or (text[s].isupper() and w not in NOT_A_SOURCE)
    ):
        return None
    last = j
    while last + 1 < len(ws) and last - j < 5 and one_phrase(text, ws, last):
        if _finite(ws[last + 1][0], False) or ws[last + 1][0] in CLAUSE_STOPS:
            break
        last += 1
    return ws[last][2] if _clause_ends(text, ws, last) else None
