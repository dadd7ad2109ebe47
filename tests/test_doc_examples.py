"""The examples the README and docs/meaning.md give for the suggestions say what the rules
do: each quoted example (the fragment) is still in its document, and a sentence built
around it gets the label the document gives it. A rule change that moves one fails here,
so the documents are changed with it (an outside review found "The sanctions will hurt
more" described by a rule that had been taken out)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsdiff.meaning.suggest import suggest_label

ROOT = Path(__file__).resolve().parent.parent
README = "README.md"
MEANING = "docs/meaning.md"

# (document, fragment quoted in it, a sentence with the fragment, label the document says)
EXAMPLES = [
    # README, "newsdiff suggest" and the Opinion paragraph
    (README, "Officials say the talks failed", "Officials say the talks failed.", "attribution"),
    (README, "Many lawmakers say", "Many lawmakers say the bill will not pass.", "attribution"),
    (README, "The museum, Mr. Obama said,", "The museum, Mr. Obama said, would open in 2020.",
     "attribution"),
    (README, "She said Republican Donald Trump favors tariffs",
     "She said Republican Donald Trump favors tariffs.", "attribution"),
    (README, "called the charges", "He called the charges unsubstantiated.", "attribution"),
    (README, "said goodbye", "He said goodbye.", "fact"),
    (README, "conceded defeat", "He conceded defeat.", "fact"),
    (README, "called the police", "He called the police.", "fact"),
    (README, "reported from Kabul", "John Smith reported from Kabul.", "fact"),
    (README, "according to plan", "The talks went ahead according to plan.", "fact"),
    (README, "Prices rose.", "Prices rose.", "fact"),
    (README, "very warm", "The weather was very warm.", "opinion"),
    (README, "so\ncrowded", "The square was so crowded.", "opinion"),
    (README, "ironically", "Ironically, the rules raised costs.", "opinion"),
    (README, "of course", "Of course, the plan failed.", "opinion"),
    (README, "far from", "The plan is far from perfect.", "opinion"),
    (README, "hardly", "The plan was hardly a success.", "opinion"),
    (README, "much worse", "The result was much worse.", "opinion"),
    (README, "I would say", "I would say the plan failed.", "opinion"),
    (README, "was a complete\ndisaster", "The summit was a complete disaster.", "opinion"),
    (README, "It is logical for Europe to", "It is logical for Europe to act.", "opinion"),
    (README, "must", "The government must act.", "opinion"),
    (README, "tend to", "Such plans tend to fail.", "opinion"),
    (README, "might be responsible",
     "Different parts of the movement might be responsible for the attacks.", "opinion"),
    (README, "may have been the first", "The treaty may have been the first of its kind.",
     "opinion"),
    (README, "could rise", "Prices could rise.", "estimate"),
    (README, "may be closed", "The road may be closed.", "estimate"),
    (README, "up to 300 may have died", "Up to 300 may have died.", "estimate"),
    (README, "The sanctions will hurt more", "The sanctions will hurt more.", "opinion"),
    (README, "Net importers\nwill benefit", "Net importers will benefit.", "opinion"),
    (README, "Parliament will vote on the bill", "Parliament will vote on the bill.", "fact"),
    (README, "will convene on Thursday", "The council will convene on Thursday.", "fact"),
    (README, "panned the plan as “ludicrous”", "The minister panned the plan as “ludicrous”.",
     "attribution"),
    # docs/meaning.md, the clause heuristic and "Tag suggestions"
    (MEANING, "said prices rose", "The bank said prices rose.", "attribution"),
    (MEANING, "announced record profits", "The company announced record profits.", "fact"),
    (MEANING, "The company\n  announced Windows updates", "The company announced Windows updates.",
     "fact"),
    (MEANING, "He said Trump.", "He said Trump.", "fact"),
    (MEANING, "conceded the plan had failed", "He conceded the plan had failed.", "attribution"),
    (MEANING, "called the decision a mistake", "He called the decision a mistake.",
     "attribution"),
    (MEANING, "called the allegations\nbaseless", "She called the allegations baseless.",
     "attribution"),
    (MEANING, "called a meeting", "She called a meeting.", "fact"),
    (MEANING, "called him at home", "He called him at home.", "fact"),
    (MEANING, "called the baby Anna", "They called the baby Anna.", "fact"),
    (MEANING, "called it a day", "She called it a day.", "fact"),
    (MEANING, "listed", "She called the number listed.", "fact"),
    (MEANING, "Critics argue the plan is flawed", "Critics argue the plan is flawed.",
     "attribution"),
    (MEANING, "Doctors maintain the equipment", "Doctors maintain the equipment.", "fact"),
    (MEANING, "The agency estimated the damage at $2bn",
     "The agency estimated the damage at $2bn.", "attribution"),
    (MEANING, "NATO estimates", "NATO estimates 7,000 dead.", "attribution"),
    (MEANING, "Residents claim the water is dirty", "Residents claim the water is dirty.",
     "attribution"),
    (MEANING, "Officials now say", "Officials now say the road is open.", "attribution"),
    (MEANING, "have a say", "They have a say in the matter.", "fact"),
    (MEANING, "needless to say", "Needless to say, the talks failed.", "fact"),
    (MEANING, "is said to", "The man is said to be a spy.", "attribution"),
    (MEANING, "reports emerged", "Reports emerged of fighting.", "attribution"),
    (MEANING, "as many as 300", "As many as 300 people died.", "estimate"),
    (MEANING, "between 7,000 and 15,000", "Between 7,000 and 15,000 troops were sent.",
     "estimate"),
    (MEANING, "He could swim at age four", "He could swim at age four.", "fact"),
    (MEANING, "could not be reached", "He could not be reached.", "fact"),
    (MEANING, "morale collapsed", "Morale collapsed.", "opinion"),
    (MEANING, "the talks collapsed", "The talks collapsed.", "fact"),
    (MEANING, "the building collapsed", "The building collapsed.", "fact"),
    (MEANING, "critical condition", "The patient is in critical condition.", "fact"),
    (MEANING, "misleading", "The claim is misleading.", "opinion"),
    (MEANING, "was misleading and false", "The advertisement was misleading and false.",
     "opinion"),
    (MEANING, "is also encouraging citizens to",
     "The ministry is also encouraging citizens to report.", "fact"),
    (MEANING, "heart failure", "He died of heart failure.", "fact"),
    (MEANING, "will also be affected", "The trade deal will also be affected.", "opinion"),
    (MEANING, "Buses will run on\n  a modified timetable", "Buses will run on a modified timetable.",
     "fact"),
    (MEANING, "The council will meet", "The council will meet.", "fact"),
    (MEANING, "12,000 troops will stay\n  behind", "12,000 troops will stay behind.", "fact"),
    (MEANING, "the misery index", "The misery index rose.", "fact"),
    (MEANING, "They set up a disaster\n  relief fund.", "They set up a disaster relief fund.",
     "fact"),
    (MEANING, "Live updates.", "Live updates.", None),
    (MEANING, "The mayor resigned.", "The mayor resigned.", "fact"),
]  # fmt: skip


def _flat(text: str) -> str:
    """Whitespace folded to one space: a fragment may wrap across lines in the document."""
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize(("doc", "fragment", "sentence", "label"), EXAMPLES)
def test_documented_examples_get_their_documented_label(
    doc: str, fragment: str, sentence: str, label: str | None
) -> None:
    """Each example the README and docs/meaning.md quote for the suggestions is still in
    its document and gets the label the document gives it."""
    assert _flat(fragment) in _flat((ROOT / doc).read_text(encoding="utf-8"))
    assert suggest_label(sentence)[0] == label
