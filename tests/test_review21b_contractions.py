"""Review r21b findings 3 and 12: the "'s" of a negative or indefinite pronoun, of
"let" and "how", and a noun's before a present participle, is a contraction (a
variant, ignored by --ignore-spelling), not a negation change or a rewording; near
misses stay changes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdiff.meaning.contractions import expansions


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        # Finding 3: were {negation}, exit 1 under --fail-on negation.
        ("Nobody's been charged.", "Nobody has been charged.", "[-Nobody's-]{+Nobody has+}"),
        ("Nothing's changed, officials said.", "Nothing has changed, officials said.",
         "[-Nothing's-]{+Nothing has+}"),
        ("Nobody's sure.", "Nobody is sure.", "[-Nobody's-]{+Nobody is+}"),
        # Finding 12: were {rewording}.
        ("Let's wait, he said.", "Let us wait, he said.", "[-Let's-]{+Let us+}"),
        ("How's the economy doing?", "How is the economy doing?", "[-How's-]{+How is+}"),
        ("Everyone's waiting.", "Everyone is waiting.", "[-Everyone's-]{+Everyone is+}"),
        ("No one's been charged.", "No one has been charged.", "[-one's-]{+one has+}"),
        ("The army is helping with the evacuation.", "The army's helping with the evacuation.",
         "[-army is-]{+army's+}"),
        ("Someone’s been arrested.", "Someone has been arrested.", "[-Someone’s-]{+Someone has+}"),
    ],
)  # fmt: skip
def test_a_pronouns_or_a_participles_s_is_a_contraction(
    plain_diff: Callable[..., tuple[int, str]], a: str, b: str, shown: str
) -> None:
    code, out = plain_diff(a, b)
    assert code == 1 and f"{shown}{{variant}}" in out, out
    assert plain_diff(a, b, "--fail-on", "negation")[0] == 0
    assert plain_diff(a, b, "--ignore-spelling")[0] == 0


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # A noun's "'s" before a noun is its possessive (d0aa88f's near miss).
        ("Putin's war goes on.", "Putin is war goes on.", "rewording"),
        # "was" is no reading of "'s"; "Everyone's" denies nothing.
        ("Nobody's been charged.", "Nobody was charged.", "rewording"),
        ("Nobody's been charged.", "Everyone's been charged.", "negation"),
        # An owning pronoun's "'s" before a noun; a noun's before a past participle.
        ("Everyone's vote counts.", "Everyone has vote counts.", "rewording"),
        ("The minister's gone.", "The minister has gone.", "rewording"),
    ],
)
def test_a_possessive_or_another_verb_stays_a_change(
    plain_diff: Callable[..., tuple[int, str]], a: str, b: str, kind: str
) -> None:
    code, out = plain_diff(a, b, "--ignore-spelling")
    assert code == 1 and f"{{{kind}}}" in out and "{variant}" not in out, out


def test_the_word_after_reads_the_s() -> None:
    assert expansions("army's", "helping") == ("army is", "army's")
    assert expansions("army's", "tanks") == ("army's",)
    assert expansions("everyone's", "vote") == ("everyone's",)
