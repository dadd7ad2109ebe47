"""Regenerate ``src/newsdiff/meaning/cues/valence_words.py`` from the VADER sentiment
lexicon (``vaderSentiment/vader_lexicon.txt`` in vaderSentiment 3.3.2, MIT licence).

    pip download vadersentiment==3.3.2 --no-deps -d /tmp/vd && unzip -o /tmp/vd/*.whl -d /tmp/vd/x
    pip download textblob==0.20.1 --no-deps -d /tmp/tb && unzip -o /tmp/tb/textblob-*.whl -d /tmp/tb/x
    python bench/make_valence_table.py /tmp/vd/x/vaderSentiment/vader_lexicon.txt \
        /tmp/tb/x/textblob/en/en-sentiment.xml

What is kept: the words of VADER that Pattern's lexicon (``subjectivity_words``) does
not rate at all, so that where Pattern has a judgement of its own it wins, and that
WordNet 3.0 lists as an adjective and as no noun or verb of the same spelling:

* an adjective that is no participle, with a mean valence of 1.0 or more either way
  ("chic" 1.1, "misleading" aside, "dismal" -3.0, "lacklustre" via its US spelling);
* an "-ing" adjective whose valence is 2.0 or more either way ("heartbreaking",
  "degrading"): weaker ones mostly describe ("conflicting", "struggling");
* no "-ed" participle: in news they report what happened to someone ("abandoned",
  "jailed", "injured", "banned"), whatever their valence.

Nouns are kept apart (``NOUNS``), valence 2.0 or more either way: they judge only as
the predicate of a sentence ("was a disaster", "what a fiasco"), which the cue checks.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from newsdiff.meaning import lexicon

OUT = Path(__file__).resolve().parent.parent / "src/newsdiff/meaning/cues/valence_words.py"
HEAD = '''"""Data table: judging words from the VADER sentiment lexicon, word -> mean valence
(-4 to +4), made by ``bench/make_valence_table.py`` (which says what is kept and why).

The lexicon: C.J. Hutto and E. Gilbert, "VADER: A Parsimonious Rule-based Model for
Sentiment Analysis of Social Media Text", ICWSM 2014; ``vader_lexicon.txt`` of the
vaderSentiment 3.3.2 package, MIT licence. Kept: words Pattern's lexicon does not rate,
that WordNet 3.0 has only as an adjective (no "-ed" participle; an "-ing" one from 1.5
either way, any other from 1.0) or only as a noun (from 2.0, for ``stance``'s
predicate nouns), bar the describing forms the script lists.
"""

from __future__ import annotations

'''

ADJ_MIN = 1.0
ING_MIN = 1.5
NOUN_MIN = 2.0
#: Forms that pass the tests above but, in news copy, describe rather than judge
#: ("conflicting reports", "raging fire", "the offending officer", "succeeding
#: years", "a lone gunman", "the lowest level", "fatal crash", "severe weather"),
#: chosen by reading the generated table, not from a development set's errors.
DESCRIBING = frozenset(
    "attacking conflicting disabling grieving improving lamenting laughing offending "
    "praising raging restricting struggling succeeding threatening welcoming trusting "
    "repressing sorrowing alone lone lowest lowermost fatal severe contagious obsolete "
    "successive honorary unequal tops uncertain unclear isolated suicidal weaponed "
    "warring itchy allergic phobic inhibitory excitatory destructible exhaustible "
    "resolvable perfectible consolable intelligible apprehensible shockable dynamical "
    "punishable unsecured unprotected unsupported uninvolved unified freeborn wellborn "
    "lowbred heavenward divinatory inspiratory nurtural amort fab pukka po nh aas tia "
    "slaw vip pita beaten broke fallen struck stricken stuck torn worn forbidden efficient "
    "robust rigorous influential profitable prosperous adverse benign fiery beneficial "
    "lossy nervous reluctant restless unstable uncontrolled uncontrollable faulty "
    "defective harmless sunny unsure sceptical unconvinced favorable optimal responsive "
    "achievable positivistic feudalistic impressionistic lowly riskless satisfiable "
    "perversive rejective violative irritative amoristic affectional assurgent benefic "
    "gracile nurturant desirous aversive adventuristic acceptant grateful thankful "
    "hesitant forgiving tolerant meditative excitable fidgety jumpy weepy punitive abusive".split()
)
#: Nouns that name an event, an act, a person's role or a thing more than they judge
#: ("a crime", "the death", "a prisoner", "a festival", "a friend").
NOT_JUDGING_NOUNS = frozenset(
    "abduction abuser accident acceptance agreement assassination attacker beating "
    "blockbuster bonus cancer casualty choking comforts confidence congratulation "
    "congratulations corpse crime danger death enemy engagement eviction fatality "
    "felony festival fiesta freedom friend heart hearts heroin honoree honours "
    "intelligence justice killer kissing liberty lover medal murderee murderer "
    "murderess peace peacetime penalty perpetrator poisoning popularity poverty prison "
    "prisoner prosecution punishment rapist raper relief riches robber smuggler "
    "smuggling strength strengthening suicide sunshine terrorism terrorist thief "
    "threat torturer violation violator violence wealth winner winnings energizer "
    "enjoyer inspirer respecter appreciator destroyer degrader ruiner sufferer sorrower "
    "poisoner harasser molester annoyer arguing irritant improvement intellect passion "
    "slavery racism totalitarianism terror infringement grievance hostilities "
    "misrepresentation lying stealing thievery spammer".split()
)


#: Adjectives WordNet also lists as nouns ("chic" is also elegance) that judge all the
#: same, picked by reading VADER's adjective-and-noun forms.
ALSO_NOUNS = frozenset("chic contradictory gallant inferior irrational lowbrow undesirable".split())


def _pos(word: str) -> set[str]:
    return {pos for pos, base in lexicon.base_forms(word) if base == word}


def _verb_based(word: str) -> bool:
    return any(pos == "v" for pos, _base in lexicon.base_forms(word))


def main(vader_path: str, pattern_path: str) -> int:
    pattern = {(w.get("form") or "").lower() for w in ET.parse(pattern_path).getroot()}
    adjectives: list[str] = []
    nouns: list[str] = []
    for line in Path(vader_path).read_text("utf-8").splitlines():
        token, mean, *_rest = line.split("\t")
        if not re.fullmatch(r"[a-z]+(?:-[a-z]+)?", token) or token in pattern:
            continue
        valence = float(mean)
        pos = _pos(token)
        if token in DESCRIBING or token in NOT_JUDGING_NOUNS:
            continue
        if pos == {"a"} or token in ALSO_NOUNS:
            participle = token.endswith(("ed", "ing")) and _verb_based(token)
            if token.endswith("ed") and participle:
                continue
            floor = ING_MIN if participle else ADJ_MIN
            if abs(valence) >= floor:
                adjectives.append(f"{token} {valence:.1f}")
        elif pos == {"n"} and abs(valence) >= NOUN_MIN:
            nouns.append(f"{token} {valence:.1f}")
    OUT.write_text(
        HEAD
        + '#: One ``word valence`` per line: adjectives that judge.\nADJECTIVES = """\n'
        + "\n".join(adjectives)
        + '\n"""\n\n#: One ``word valence`` per line: nouns that judge as a predicate.\n'
        + 'NOUNS = """\n'
        + "\n".join(nouns)
        + '\n"""\n',
        "utf-8",
    )
    print(f"{len(adjectives)} adjectives, {len(nouns)} nouns -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
