"""Whether a figure after "ok." or "ок." counts something: both are an abbreviation
before a figure (Polish "około", Russian "около": about) and a word that ends a sentence
(okay). "Wzięło udział ok. 300 osób" goes on; "Wszystko jest ok. 15 maja odbędzie się
..." and "Все было ок. 2024 год стал ..." are two sentences (review r23c finding 2).
"""

from __future__ import annotations

import re

#: Data table: the words of ``core.abbreviations``' ``numbers`` that are also a word
#: ending a sentence ("ok", "ок": okay); the others ("godz", "бл") are abbreviations only.
ALSO_A_WORD = frozenset({"ok", "ок"})

#: Data table: words after a figure that make it a date or a year opening a sentence, not
#: a count: month names (Polish, Russian and Ukrainian, nominative and genitive, "15
#: maja", "15 мая") and the year in the nominative ("2025 rok będzie", "2024 год стал";
#: "ok. 1990 roku", "ок. 1990 года", about 1990, stay counts).
_NOT_COUNTED = frozenset(
    """styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec
    czerwca lipiec lipca sierpień sierpnia wrzesień września październik października
    listopad listopada grudzień grudnia rok
    январь января февраль февраля март марта апрель апреля май мая июнь июня июль июля
    август августа сентябрь сентября октябрь октября ноябрь ноября декабрь декабря год
    """.split()
)

#: A figure (digits grouped by spaces, full stops or commas, or a range "300-400") and
#: the first word or mark after it.
_FIGURE_THEN = re.compile(r"\d+(?:[ .,\-–]\d+)*\s*(\S*)")
_LETTERS = re.compile(r"[^\W\d_]+")


def counts(nxt: str) -> bool:
    """Whether the figure opening ``nxt`` counts something: a word in lower case follows
    it that is no month and no nominative year ("osób", "tys.", "чел.", "минут"), or a
    unit's mark or a punctuation mark ("30%", "300,", "300."); not a capital."""
    found = _FIGURE_THEN.match(nxt)
    if found is None:
        return False
    after = found.group(1)
    word = _LETTERS.search(after)
    if word is None:
        return True  # "%", "°", ",", ".", or the text's end
    return word.group()[0].islower() and word.group() not in _NOT_COUNTED
