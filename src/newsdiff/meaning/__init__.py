"""What a change means: compare options, the comparison of two articles, change
classes, cues, spelling variants, the word lexicon, label suggestions and their scores.

- ``options``: what a comparison ignores, and the loose key tokens are matched by;
- ``compare``: the whole engine in one call, two articles in, a ``Comparison`` out;
- ``changes``: the ``Change`` record and the change classes, in significance order;
- ``spans``: a row's replaced stretches cut into pieces, and the numbers they touch;
- ``classify``: every piece of a row gets its class (``row_changes``), reading the cues
  of each side (``sides``), the words (``wording``) and quotes turned into reported
  speech (``speech``);
- ``cues``: the cue families (numbers, attribution, quotes, hedges, negation,
  evaluative words), shared by the change classes and the suggestions;
- ``variants``, ``lexicon``: transliterations and British/American spelling, WordNet;
- ``suggest``: a suggested label per sentence, with the cue words behind it;
- ``scores``: how well suggested labels agree with reference labels (P/R/F1, MCC).

May import: ``core``. Never the store, the dataset layer or a face (cli, tui).
"""

from __future__ import annotations

#: The modules ``meaning`` offers (imported when used: the lexicon is not free).
__all__ = [
    "changes",
    "classify",
    "compare",
    "cues",
    "lexicon",
    "options",
    "scores",
    "sides",
    "spans",
    "speech",
    "suggest",
    "variants",
    "wording",
]
