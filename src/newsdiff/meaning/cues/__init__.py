"""Cue words and patterns: who says so, how sure, how judged, negated, how many.

Both the change classes (``meaning.classify``) and the tag suggestions
(``meaning.suggest``) read text through these detectors, so a word that makes a
sentence an attribution is the same word whose swap makes a change an attribution
change. Every detector returns ``base.Cue`` objects (or ``base.Number`` ones) with
character offsets into the text it was given. One module per cue family:

- ``base``: the ``Cue`` and ``Number`` records, the shared word scanner, overlaps;
- ``numbers`` (with ``dates``, ``durations``, ``written`` and the table ``number_words``):
  numbers by value;
- ``attribution`` (with ``clauses`` and the table ``attribution_words``): who says so;
- ``quotes``: quotation marks, quotations of speech, scare quotes;
- ``hedges``: number softeners, ranges, words of likelihood and hearsay;
- ``negation``: "not", "never", "n't";
- ``evaluative``: judgement and speculation in the writer's voice, with ``subjective``
  (the subjective adjectives of Pattern's lexicon, table ``subjectivity_words``, and
  VADER's judging adjectives, table ``valence_words``) and ``stance`` (degree, attitude
  adverbs, a first person weighing in, judging predicate nouns);
- ``generic`` and ``claims``: claims in the present with no word that judges, by their
  form (a copula's predicate, a kind as the subject, a denial, a subject pointing back).

The lists start from GUIDE section 3's public cue lists (attribution verbs: said, told,
added, claimed, stated, according to; hedges: about, around, roughly, as many as,
estimated, may, might, reportedly; evaluative words: collapsed, horrific, quagmire) and
widen them with the reporting verbs, hedges and judgement words common in wire copy.

Word lists are matched by looking each word of the text up in a set (one pass over
the text's words, shared by every detector) rather than by regular expressions with
hundreds of alternatives, which cost tens of microseconds per text each; the few
multi-word patterns are small regular expressions.

May import: ``core``, ``meaning.lexicon``.
"""

from __future__ import annotations

#: The cue modules (import the one you need: ``from newsdiff.meaning.cues.hedges import
#: hedge_cues``).
__all__ = [
    "attribution",
    "attribution_words",
    "base",
    "clauses",
    "dates",
    "evaluative",
    "hedges",
    "negation",
    "number_words",
    "numbers",
    "quotes",
    "stance",
    "subjective",
    "subjectivity_words",
    "valence_words",
    "written",
]
