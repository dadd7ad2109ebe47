"""What a change means: numbers, cues, spelling variants, the word lexicon, compare
options, change classes, the comparison of two articles, label suggestions.

May import: ``core``. Never the store, the dataset layer or a face (cli, tui).
"""

from __future__ import annotations

#: The modules ``meaning`` offers (imported when used: the lexicon is not free).
__all__ = ["changes", "compare", "cues", "lexicon", "options", "suggest", "variants"]
