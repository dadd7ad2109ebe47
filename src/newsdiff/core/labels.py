"""The four sentence labels, their keys and the guidelines shown in the app's help."""

from __future__ import annotations

from typing import Literal

Label = Literal["fact", "attribution", "estimate", "opinion"]

#: In precedence order: when two apply, the one a fact-checker acts on first wins.
LABELS: tuple[Label, ...] = ("attribution", "estimate", "opinion", "fact")

#: The key that sets each label in the app, and its one-letter badge.
KEYS: dict[str, Label] = {"f": "fact", "a": "attribution", "e": "estimate", "o": "opinion"}
BADGES: dict[Label, str] = {"fact": "F", "attribution": "A", "estimate": "E", "opinion": "O"}

GUIDELINES: dict[Label, str] = {
    "fact": "A checkable statement in the article's own voice about what is or happened.",
    "attribution": "The claim is carried by a source: a quote or reported speech "
    '("a Western official has said", "according to the Associated Press", '
    '"NATO estimates").',
    "estimate": "The core is an approximate, projected or uncertain quantity or outcome "
    'in the article\'s own voice ("as many as 300", "between 15% and 20%", '
    '"could be as high as").',
    "opinion": "Judgement, interpretation or speculation in the article's own voice.",
}

PRECEDENCE_NOTE = (
    "When two apply, the one a fact-checker acts on first wins: "
    "attribution, then estimate, then opinion, then fact."
)


def parse_label(value: str) -> Label:
    """A label from its name or its key (``"fact"`` or ``"f"``), case-insensitive.

    Raises:
        ValueError: with a one-line message naming the valid labels.
    """
    v = value.strip().lower()
    if v in KEYS:
        return KEYS[v]
    for label in LABELS:
        if v == label:
            return label
    raise ValueError(f"unknown label {value!r}; use one of: fact, attribution, estimate, opinion")
