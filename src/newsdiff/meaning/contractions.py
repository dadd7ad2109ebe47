"""Contractions written out, for the change classes (a contraction is a ``variant``)
and ``--ignore-spelling`` (which ignores it): "didn't" -> "did not", "they're" ->
"they are", and "'s" after a pronoun that cannot own ("it's", "he's", "there's": "is"
or "has", so both are tried). A noun's "'s" is its possessive ("Putin's" is no "Putin
is"), and "'d" ("had" or "would") is left alone."""

from __future__ import annotations

import re

_CONTRACTIONS = tuple(
    (re.compile(pattern, re.IGNORECASE), full)
    for pattern, full in (
        (r"\bwon[’']t\b", "will not"), (r"\bcan[’']t\b", "can not"),
        (r"\bshan[’']t\b", "shall not"), (r"\bcannot\b", "can not"), (r"n[’']t\b", " not"),
        (r"[’']re\b", " are"), (r"[’']ve\b", " have"), (r"[’']ll\b", " will"),
        (r"\bi[’']m\b", "i am"),
    )
)  # fmt: skip
#: Pronouns whose "'s" is "is" or "has": none of them owns anything ("its", "whose" do).
_S_PRONOUNS = re.compile(r"\b(it|he|she|that|there|what|who|here|where)[’']s\b", re.IGNORECASE)
#: What a pronoun's "'s" may stand for.
_S_FORMS = (r"\1 is", r"\1 has")


def expansions(text: str) -> tuple[str, ...]:
    """``text`` with its contractions written out, each way a pronoun's "'s" may be
    read ("it's" -> "it is", then "it has"); ``(text,)`` with none."""
    if "'" not in text and "’" not in text and "cannot" not in text.lower():
        return (text,)
    for pattern, full in _CONTRACTIONS:
        text = pattern.sub(full, text)
    if _S_PRONOUNS.search(text) is None:
        return (text,)
    return tuple(_S_PRONOUNS.sub(form, text) for form in _S_FORMS)
