"""Review r23c finding 4: after an upgrade that splits an article's sentences
differently, tags whose sentence is gone became orphans silently: tricky_pl.txt tagged
with the old split, opened with the new one, showed "3/5 tagged" and nothing said the
other labels went missing; only `newsdiff orphans` listed them. `sentences` and `export`
now say so once on stderr, the app in a notice, with the count and `newsdiff orphans`.
The old split is the text read as English (`--lang en`), as 44c8202 split it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.tui.app import create_app

from .conftest import run_cli
from .tui_helpers import ready

TRICKY_PL = (
    "W 2021 r. rząd przyjął m.in. nowy budżet. Spotkanie odbyło się ok. godz. 12 w "
    "Warszawie przy ul. Wiejskiej. Wzięło w nim udział ok. 300 osób, w tym prof. Jan Nowak.\n"
    "\n"
    'Premier powiedział, że to "dobry dzień dla Polski". Opozycja się nie zgadza.\n'
)
SAID = "3 tags of this article match no sentence (their sentence is gone or split differently)"


def _tagged(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> tuple[str, str]:
    """tricky_pl.txt with each of its 7 old sentences tagged, and the store."""
    path, store = tmp_path / "tricky_pl.txt", str(tmp_path / "s.json")
    path.write_text(TRICKY_PL, "utf-8")
    for i in range(7):
        code, _out, _err = run_cli(
            capsys, "tag", str(path), str(i), "fact", "--lang", "en", "--store", store,
            "--annotator", "ann",
        )  # fmt: skip
        assert code == 0
    return str(path), store


def test_sentences_and_export_say_tags_went_missing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, store = _tagged(capsys, tmp_path)
    code, out, err = run_cli(capsys, "sentences", path, "--store", store)
    assert code == 0 and "5 sentences" in out
    assert err.count(SAID) == 1 and "newsdiff orphans to see them" in err
    code, _out, err = run_cli(capsys, "export", "--store", store)
    assert code == 0 and err.count("3 tags match no sentence") == 1
    code, out, _err = run_cli(capsys, "orphans", "--store", store)
    assert out.startswith("3 orphaned tags")


def test_near_miss_the_same_split_says_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Listed with the split it was tagged with, every tag is on its sentence."""
    path, store = _tagged(capsys, tmp_path)
    code, _out, err = run_cli(capsys, "sentences", path, "--store", store, "--lang", "en")
    assert code == 0 and "match no sentence" not in err
    code, _out, err = run_cli(capsys, "export", "--store", store)
    assert code == 0 and "match no sentence" not in err


async def test_the_app_says_so_once(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path, store = _tagged(capsys, tmp_path)
    app = create_app(path, None, store=store, annotator="ann")
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        notices = [str(n.message) for n in app._notifications]
        assert [n for n in notices if "match no sentence" in n] == [
            "3 tags of this article match no sentence (their sentence is gone or split "
            "differently): newsdiff orphans to see them."
        ]
    app = create_app(path, None, store=store, annotator="ann", lang="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot)
        assert not [n for n in app._notifications if "match no sentence" in str(n.message)]
