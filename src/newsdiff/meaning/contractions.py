"""Contractions written out, for the change classes (a contraction is a ``variant``)
and ``--ignore-spelling`` (which ignores it): "didn't" -> "did not", "they're" ->
"they are", "let's" -> "let us", and "'s" after a pronoun or adverb that cannot own
("it's", "he's", "there's", "how's", "nobody's", "nothing's", "no one's": "is" or
"has", so both are tried). A noun's "'s" is its possessive ("Putin's" is no "Putin
is") unless a present participle follows ("The army's helping": "is"); a pronoun that
owns too ("everyone's", "someone's") is "is" or "has" before a participle or a word
that is no noun ("Everyone's waiting", "Someone's sure"; not "everyone's vote"). "'d"
("had" or "would") is left alone."""

from __future__ import annotations

import re
from functools import partial

from newsdiff.meaning import lexicon

_CONTRACTIONS = tuple(
    (re.compile(pattern, re.IGNORECASE), full)
    for pattern, full in (
        (r"\bwon[’']t\b", "will not"), (r"\bcan[’']t\b", "can not"),
        (r"\bshan[’']t\b", "shall not"), (r"\bcannot\b", "can not"), (r"n[’']t\b", " not"),
        (r"[’']re\b", " are"), (r"[’']ve\b", " have"), (r"[’']ll\b", " will"),
        (r"\bi[’']m\b", "i am"), (r"\b(let)[’']s\b", r"\1 us"),
    )
)  # fmt: skip
#: Pronouns (and "how") whose "'s" is "is" or "has": none of them owns anything ("its",
#: "whose" do; "nobody's fault" is no rewrite anyone makes to "nobody is fault").
_S_PRONOUNS = re.compile(
    r"\b(it|he|she|that|there|what|who|here|where|how|one|nobody|nothing|none|everything"
    r"|something|anything)[’']s\b",
    re.IGNORECASE,
)
#: What a pronoun's "'s" may stand for.
_S_FORMS = (r"\1 is", r"\1 has")
#: A word's "'s" before the next word, read by that word (``_read_s``).
_S_BEFORE = re.compile(r"\b([^\W\d_]+)[’']s(?=\s+([^\W\d_]+)\b)")
#: Pronouns that own as well as contract: "everyone's vote", "Everyone's waiting".
_OWNERS = frozenset("everyone everybody someone somebody anyone anybody".split())


def _as_read(form: str, m: re.Match[str]) -> str:
    """A "'s" ``_S_BEFORE`` matched, as ``form`` where ``_read_s`` allows it."""
    return f"{m[1]} {form}" if _read_s(m[1], m[2], form) else m[0]


def _read_s(word: str, nxt: str, form: str) -> bool:
    """Whether ``word``'s "'s" before ``nxt`` may be read as ``form`` ("is" or "has")."""
    done = lexicon.verb_form(nxt)
    if word.lower() in _OWNERS:
        forms = lexicon.base_forms(nxt)
        return done in ("ing", "past") or bool(forms) and all(p != "n" for p, _ in forms)
    return form == "is" and done == "ing"


def expansions(text: str, after: str = "") -> tuple[str, ...]:
    """``text`` with its contractions written out, each way a pronoun's "'s" may be
    read ("it's" -> "it is", then "it has"); ``(text,)`` with none. ``after`` is the
    word that follows ``text`` in its sentence: a noun's or an owning pronoun's "'s"
    at the end of ``text`` is read by it ("army's" before "helping")."""
    if "'" not in text and "’" not in text and "cannot" not in text.lower():
        return (text,)
    for pattern, full in _CONTRACTIONS:
        text = pattern.sub(full, text)
    tail = f" {after}" if after else ""
    whole = text + tail
    read = [whole, whole]
    if ("'s" in whole or "’s" in whole) and _S_BEFORE.search(whole):
        read = [_S_BEFORE.sub(partial(_as_read, form), whole) for form in ("is", "has")]
    if read[0] == whole == read[1] and _S_PRONOUNS.search(text) is None:
        return (text,)
    out = (_S_PRONOUNS.sub(form, r) for form, r in zip(_S_FORMS, read, strict=True))
    return tuple(dict.fromkeys(r[: len(r) - len(tail)] for r in out))


_NEXT = re.compile(r"\s+([^\W\d_]+)")


def word_after(ta: str, tb: str, span: tuple[int, int, int, int]) -> str:
    """The word both texts have right after a change (``span``: a0, a1, b0, b1) that
    holds an apostrophe, which reads a "'s" at its end ("The [army's] helping"); ""
    without one, or where the words differ."""
    a0, a1, b0, b1 = span
    a, b = ta[a0:a1], tb[b0:b1]
    if "'" not in a and "’" not in a and "'" not in b and "’" not in b:
        return ""
    ma, mb = _NEXT.match(ta, a1), _NEXT.match(tb, b1)
    return ma[1] if ma and mb and ma[1] == mb[1] else ""
