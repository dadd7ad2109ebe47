"""The article's voice: whether a whole text mostly judges (an editorial, an op-ed, an
interview's answers) or mostly reports (a news report), read from the rules' own labels
of its sentences.

One sentence often carries no mark a rule can see, whatever it does: "Putin sticks with
the anti-reform choice" is a report in a news story and the writer's reading in an
editorial. Read alone, such a sentence is a fact (GUIDE section 3: no cue, fact). Read
in its text, it takes the text's voice: in a text whose statements judge at least
``JUDGING_SHARE`` of the time and judge more often than they quote a source (by
``JUDGING_OVER_REPORTING``), a tenth of them by a strong cue (``STRONG_SHARE``), an uncued claim about the present, in general or in the
present perfect (``cues.genre.leans_opinion``) is the writer's claim, opinion, with the
count as its reason ("article voice: opinion (21 of 48 sentences judge)"). What a text
reports stays as it is: a sentence in the past ("The treaty was signed in 1783"), what a
person or a body has done ("The mayor has resigned"), one with a date, a time word or a
figure, and one with a verb of saying or asking ("Sarvis discusses his background").

This is the text's genre, read once from the whole text: the rules' own labels count
what argues (opinion cues, among them the deontic modals, the inclusive "we", the
reader addressed as "you" and the writer's questions) against what reports (a source's
words). The Webis editorials of the dev and dev2 halves judge in 26 to 81 of each 100
statements (one, made of testimony, in 15), the Wikinews news articles in 0 to 29, the
seeds in 0 to 20, CheckThat!'s news sentences given one a line in 22 to 24 with 39 to 40
quoting: a news text keeps its facts.

News reports quote and date: by the rules, the 13 Wikinews news articles of
``bench/data/suggest`` and the five seeds judge in 0 to 29 of each 100 statements and
quote a source at least as often as they judge; the 10 editorials of the Webis dev half
judge in 26 to 62 and quote in 0 to 17 (Wikinews interviews, in the interviewee's own
words, judge in 29 to 54 and read as opinion texts too). The thresholds were chosen on
the editorial dev half and the Wikinews tune split only (``bench/editorial_bench.py
--mode document``; ``docs/meaning.md``, seventh round).

Headless: ``suggest.suggest(..., document=True)`` and ``suggest.suggest_text`` use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newsdiff.core.labels import Label

#: Fewer statements than this is too little text to have a voice (a headline and a lede).
MIN_STATEMENTS = 8
#: The share of a text's statements the rules call opinion from which its voice judges.
JUDGING_SHARE = 0.25
#: How many times as many judging statements as attributed ones a judging voice needs: an
#: interview written up as a report quotes more than it judges.
JUDGING_OVER_REPORTING = 1.5
#: The share of a text's statements that must judge by a strong cue (not only a word the
#: subjectivity lexicon rates, a present-tense claim or a pointing subject: a quoteless
#: news explainer's "are high", "important", "It links"): the Webis dev and dev2
#: editorials and the Wikinews interviews 0.17 to 0.69, the explainer of review r21b 0.04.
STRONG_SHARE = 0.1
#: The voice is read from a text's first statements only, so that reading it costs no more
#: for a longer text (the app reads it before its first paint). 400: a file of units or
#: claims one a line (``suggest --lines``; issue 12's outside check scored 400 units)
#: mixes many texts, and its voice is read from the whole of it; read from its first 80, a
#: share near the thresholds went either way with the order of the lines. An article of
#: fewer statements costs the same as before.
READ_STATEMENTS = 400


@dataclass(frozen=True)
class Voice:
    """How many of a text's first statements judge and how many report a source."""

    statements: int
    judging: int
    reporting: int
    #: judging statements with a strong cue (``cues.genre.strongly_judged``)
    strong: int = 0

    @property
    def judges(self) -> bool:
        """Whether the text's voice is the writer's opinion."""
        return (
            self.statements >= MIN_STATEMENTS
            and self.judging >= JUDGING_SHARE * self.statements
            and self.judging >= JUDGING_OVER_REPORTING * self.reporting
            and self.strong >= STRONG_SHARE * self.statements
        )

    def reason(self) -> str:
        """The reason a suggestion shows for a sentence the voice decided."""
        return f"article voice: opinion ({self.judging} of {self.statements} sentences judge)"


def article_voice(ruled: Iterable[Label | None | tuple[Label | None, bool]]) -> Voice:
    """The voice of a text from the rules' labels of its sentences, in order (``None``:
    not a statement, left out), each with whether it judges by a strong cue (a label
    alone: its opinion counts as strong); labels past its first ``READ_STATEMENTS``
    statements are not asked for (the app passes them lazily)."""
    statements: list[tuple[Label, bool]] = []
    for item in ruled:
        label, strong = item if isinstance(item, tuple) else (item, True)
        if label is not None:
            statements.append((label, strong))
            if len(statements) == READ_STATEMENTS:
                break
    return Voice(
        len(statements),
        sum(lab == "opinion" for lab, _s in statements),
        sum(lab == "attribution" for lab, _s in statements),
        sum(lab == "opinion" and strong for lab, strong in statements),
    )
