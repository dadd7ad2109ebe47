"""Regenerate ``src/newsdiff/meaning/cues/subjectivity_words.py`` from Pattern's English
adjective lexicon as TextBlob ships it (``textblob/en/en-sentiment.xml``).

    pip download textblob --no-deps -d /tmp/tb && unzip -o /tmp/tb/textblob-*.whl -d /tmp/tb/x
    python bench/make_subjectivity_table.py /tmp/tb/x/textblob/en/en-sentiment.xml

Each word form's senses are averaged (as Pattern and TextBlob do); forms with an
average subjectivity of 0.5 or more are kept, with that subjectivity and polarity.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/newsdiff/meaning/cues/subjectivity_words.py"
HEAD = '''"""Data table: word -> (subjectivity, polarity), derived from Pattern's English adjective
lexicon as TextBlob ships it (``textblob/en/en-sentiment.xml`` in textblob 0.20.1).

The lexicon: Tom De Smedt and Walter Daelemans, "Pattern for Python", Journal of
Machine Learning Research 13 (2012) 2063-2067; its file declares the PDDL (Open Data
Commons Public Domain Dedication and License); TextBlob (Steven Loria and
contributors) ships it under the MIT licence. Derived here by
``bench/make_subjectivity_table.py``: each form's senses averaged, as Pattern does;
forms whose average subjectivity is under 0.5 left out. Subjectivity runs 0 (objective)
to 1 (subjective), polarity -1 (negative) to +1 (positive).
"""

from __future__ import annotations

#: One ``word subjectivity polarity`` per line.
TABLE = """
'''


def main(path: str) -> int:
    senses: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for w in ET.parse(path).getroot():
        form = (w.get("form") or "").lower()
        if form:
            senses[form].append((float(w.get("subjectivity", 0)), float(w.get("polarity", 0))))
    lines = []
    for form in sorted(senses):
        v = senses[form]
        subj = sum(s for s, _p in v) / len(v)
        pol = sum(p for _s, p in v) / len(v)
        if subj >= 0.5 and " " not in form:
            lines.append(f"{form} {subj:.2f} {pol:.2f}")
    OUT.write_text(HEAD + "\n".join(lines) + '\n"""\n', "utf-8")
    print(f"{len(lines)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
