"""The eighth speed round's shortcuts (docs/performance.md, "The diff, eighth round"),
each held to what it replaces on generated text."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsdiff.core import figures, worddiff
from newsdiff.meaning.cues import base

#: Words, hyphens and apostrophes of both kinds, marks, digits, letters ``str.lower``
#: changes the length of ("İ") or reads in context (a final sigma).
_WORDY = [
    *"ab A B - ’ ' . , 3 \u0130 \u03a3 \u03a3a \u00e9 \u0301".split(),
    " ",
    "\n",
    "x-y",
    "n’t",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDY), max_size=12).map("".join))
def test_word_forms_are_the_words_scanned_alone(text: str) -> None:
    """``word_forms`` reads ``words``' memo: the lowercase words a scan of the text's
    own would find, in order."""
    assert list(base.word_forms(text)) == [w.lower() for w in base._WORD.findall(text)]


#: Digits and their separators, percent signs, joiners, doubled marks, blanks.
_TOKENY = [
    *"a Z 7 0 700 . , : % - ’ ' ‘ ` _ ! ( é".split(),
    " ",
    "\u202f",
    "\t",
    "\n",
    "--",
    "''",
    "x1",
]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_TOKENY + _WORDY), max_size=14).map("".join))
def test_possessive_runs_match_the_greedy_patterns(text: str) -> None:
    """The word and token patterns with possessive runs find what the greedy ones
    find: the same tokens, units and words, at the same places."""
    # The tail that joins a figure grouped by spaces ("1 200", core.figures), greedy.
    groups = figures.GROUPS_AFTER.replace("++", "+").replace(")?+", ")?")
    greedy_token = rf"\d+(?:[.,:]\d+)*{groups}|\w+(?:[’'\-]\w+)*|{worddiff._DOUBLED}"
    greedy = (
        rf"{greedy_token}|\s+|[^\w\s]",
        rf"{greedy_token}|[^\w\s]",
        rf"\s+|(?:{greedy_token}|[^\w\s])\s*",
        r"\w+(?:[’'\-]\w+)*",
    )
    patterns = (*worddiff._PLAIN_PATTERNS, base._WORD)
    for old, new in zip(greedy, patterns, strict=True):
        assert [m.span() for m in re.finditer(old, text)] == [m.span() for m in new.finditer(text)]


_SAYING = [
    *"as As AS aſ , ; ( — – - said says told reports report by released issued".split(),
    *"accused accuse of was the would not n't comment confirm deny declined to he İ ı".split(),
    " ",
    " ",
    "\n",
    ", ",
]
_OLD_KEPT_BACK = re.compile(
    r"\b(?:would|could|did|does|do|will|can)(?:\s+not|n['’]t|\s+neither)\s+(?:confirm|deny|"
    r"comment)\b|\b(?:declined|refused|declines|refuses)\s+to\s+(?:confirm|deny|comment)\b|"
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bthe )"
    r"\baccus(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){1,5}?of\b",
    re.IGNORECASE,
)


#: A clause the patterns look for, with a variant of each of its words.
_CLAUSE = st.tuples(
    st.sampled_from(["", "x", "x,", "x;", "(", "—", "x -"]),
    st.sampled_from([" ", "", "  "]),
    st.sampled_from(["as", "As", "aſ", "AS", "was", "the", "he"]),
    st.sampled_from([" he ", " police ", " ", " the army "]),
    st.sampled_from(["said", "says", "accused", "accuſed", "would not", "reports", "issued"]),
    st.sampled_from([",", " of", " by", " confirm", " that", ".", ""]),
).map("".join)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_SAYING), _CLAUSE), max_size=8).map("".join))
@example("Then, aſ he said, it was over as planned.")
@example("AS police said, the figures were iſſued by the army.")
@example("He accused would not comment of it.")
def test_attribution_patterns_run_where_they_can_match(text: str) -> None:
    """``_attribution_cues`` skips a pattern only where it cannot match, and the
    accusing half of what one pattern was finds, once deduplicated, what it found."""
    from newsdiff.meaning.cues import attribution as at

    low = text.lower()
    if at._AS_SAYS.search(text) and "as " in low:
        assert low.startswith(("as", "aſ")) or any(a in low for a in at._AS_AFTER)
    if at._REPORTS.search(text):
        assert "report" in low or base.may_hold(text, at._PUBLISHED)
    split = base.finditer("attribution", at._KEPT_BACK, text)
    if base.may_hold(text, ("accus",)):
        split += base.finditer("attribution", at._ACCUSES, text)
    assert base.dedupe(split) == base.dedupe(base.finditer("attribution", _OLD_KEPT_BACK, text))


def test_every_antonym_pointer_is_a_bang_between_spaces() -> None:
    """The antonym readers skip a synset whose data line has no " ! ": every WordNet
    synset with an antonym pointer (symbol "!") has one, in all four data files."""
    from newsdiff.meaning import lexicon

    seen = 0
    for name in lexicon.POS_FILES.values():
        with open(lexicon.data_dir() / f"data.{name}", "rb") as fh:
            for line in fh:
                if line.startswith(b"  "):
                    continue  # the licence header
                parts = line.split(b" | ")[0].split()
                p = 4 + 2 * int(parts[3], 16)
                symbols = parts[p + 1 : p + 1 + 4 * int(parts[p]) : 4]
                if b"!" in symbols:
                    assert b" ! " in line
                    seen += 1
    assert seen > 5000  # WordNet 3.0's synsets with an antonym (7,000-odd)


_PAIRED = (
    "rose fell rise for against Putin Kyiv 1178 convicted acquitted higher lower has lacks".split()
)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_PAIRED), st.sampled_from(_PAIRED + ["accepted", "rejected", "the"]))
def test_opposed_reads_antonyms_only_of_words_wordnet_has(x: str, y: str) -> None:
    """``opposed`` passes over the antonyms of a word whose partner WordNet lacks: it
    answers as reading both words' antonyms did."""
    from newsdiff.meaning import lexicon, opposites

    def both_ways(x: str, y: str) -> bool:
        a, b = x.lower(), y.lower()
        found = opposites.direct_antonyms(a) & lexicon.base_forms(b) or (
            opposites.direct_antonyms(b) & lexicon.base_forms(a)
        )
        return any(pos != "n" for pos, _base in found)

    if opposites.opposed(x, y) != both_ways(x, y):
        # Only the table, figures and posture verbs answer before the antonyms.
        assert frozenset((x.lower(), y.lower())) in opposites._TABLE


def test_a_rows_side_is_its_ops_joined() -> None:
    """``diff_side`` gives the comparison's side texts: what the row's ops spell, under
    any options, on every row of a seed pair."""
    from pathlib import Path

    from newsdiff.cli.render import diff_side
    from newsdiff.core.article import load
    from newsdiff.meaning.compare import compare
    from newsdiff.meaning.options import CompareOptions

    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    for options in (None, CompareOptions(ignore_case=True, ignore_punctuation=True)):
        cmp = compare(load(str(seeds[0])), load(str(seeds[2])), options=options)
        for row in cmp.rows:
            assert diff_side(row, "a") == "".join(t for op, t in row.ops if op != "insert")
            assert diff_side(row, "b") == "".join(t for op, t in row.ops if op != "delete")
