from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from newsdiff.meaning import lexicon


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("deserted", "abandoned", True),  # verb synset "abandon, desert, forsake"
        ("massacred", "slaughtered", True),
        ("quick", "rapid", True),  # adjective cluster of "fast"
        ("picture", "image", True),
        ("talk about", "discuss", True),  # a collocation, looked up as talk_about
        ("fears", "feared", False),  # one lemma, two inflections: not synonyms
        ("soldier", "tank", False),
        ("good", "bad", False),
        ("xyzzy", "plugh", False),  # unknown words
    ],
)
def test_synonyms_from_wordnet(a: str, b: str, same: bool) -> None:
    """Synonymy is WordNet 3.0's: a shared synset, or one adjective cluster."""
    assert lexicon.are_synonyms(a, b) is same


def test_morphy_uses_exceptions_and_rules() -> None:
    """Irregular forms come from the exception lists, regular ones from the rules."""
    assert ("v", "leave") in lexicon.base_forms("left")
    assert ("n", "goose") in lexicon.base_forms("geese")
    assert ("v", "withdraw") in lexicon.base_forms("withdrawing")


def test_data_ships_with_the_package() -> None:
    """The WordNet files are inside the installed wn package, not downloaded."""
    root = lexicon.data_dir()
    assert "site-packages" in str(root) or "dist-packages" in str(root) or root.exists()
    for name in ("index.noun", "index.verb", "index.adj", "index.adv", "data.adj", "verb.exc"):
        assert (root / name).is_file()


def test_works_with_the_network_cut_off() -> None:
    """In a fresh interpreter where every socket raises, look-ups still work."""
    code = (
        "import socket\n"
        "def _no(*a, **k): raise OSError('network is off in this test')\n"
        "socket.socket = _no; socket.create_connection = _no\n"
        "from newsdiff.meaning import lexicon\n"
        "assert lexicon.are_synonyms('deserted', 'abandoned')\n"
        "from newsdiff.meaning.variants import canonical\n"
        "assert canonical('Colour') == 'Color' and canonical('Kiev') == 'Kyiv'\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "ok", out.stderr
    assert socket.socket is not None


def test_meaning_modules_never_import_textual() -> None:
    """The headless modules the app calls stay headless (no textual, no rich)."""
    code = (
        "import sys\n"
        "import newsdiff.meaning.changes, newsdiff.meaning.suggest, newsdiff.dataset.propagate, newsdiff.meaning.options\n"
        "import newsdiff.meaning.cues, newsdiff.meaning.lexicon, newsdiff.meaning.variants\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr
