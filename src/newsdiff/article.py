"""Loading articles: bytes to text, input checks, comparison normalisation, identity."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import BinaryIO

#: Inputs above this size are refused: alignment needs memory that grows with the
#: product of both sentence counts, so a clear refusal beats a machine that swaps.
MAX_BYTES = int(os.environ.get("NEWSDIFF_MAX_BYTES", 8 * 1024 * 1024))

STDIN = "-"


class InputError(Exception):
    """A file newsdiff cannot use. ``str(err)`` is the one-line message for the user."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Article:
    """One article: the original decoded text and where it came from."""

    path: str
    text: str
    encoding: str

    @cached_property
    def id(self) -> str:
        # Cached: the app asks on every key press, and hashing a long text each time
        # cost 160 ms a press at 100x the seed size.
        return article_id(self.text)

    @property
    def name(self) -> str:
        return "<stdin>" if self.path == STDIN else Path(self.path).name


def article_id(text: str) -> str:
    """Content id: the same text gives the same id whatever its line endings."""
    canonical = text.replace("\r\n", "\n").replace("\r", "\n")
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode bytes as UTF-8 (BOM or not), falling back to cp1252, then latin-1.

    Returns the text and the encoding used. Raises InputError for binary data.
    """
    if b"\x00" in data:
        raise InputError(path, "binary file (contains NUL bytes), expected text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        return data.decode("latin-1"), "latin-1"


def _read_bytes(path: str, stdin: BinaryIO | None) -> bytes:
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
    else:
        try:
            st = os.stat(path)
        except FileNotFoundError:
            raise InputError(path, "no such file") from None
        except PermissionError:
            raise InputError(path, "permission denied") from None
        except OSError as err:
            raise InputError(path, err.strerror or "cannot read") from None
        if stat.S_ISDIR(st.st_mode):
            raise InputError(path, "is a directory, expected a text file")
        if stat.S_ISREG(st.st_mode) and st.st_size > MAX_BYTES:
            raise InputError(path, _too_large(st.st_size))
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except PermissionError:
            raise InputError(path, "permission denied") from None
        except OSError as err:
            raise InputError(path, err.strerror or "cannot read") from None
    if len(data) > MAX_BYTES:
        raise InputError(path, _too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    return (
        f"file is too large ({size / 1e6:.1f} MB or more; the limit is "
        f"{MAX_BYTES / 1e6:.1f} MB, set NEWSDIFF_MAX_BYTES to change it)"
    )


def load(path: str, stdin: BinaryIO | None = None, warn: bool = True) -> Article:
    """Load an article from a path (``-`` for standard input).

    Raises InputError with a one-line message for every input newsdiff cannot use.
    """
    data = _read_bytes(path, stdin)
    text, encoding = decode(data, path)
    if not text.strip():
        raise InputError(path, "empty file, nothing to compare")
    if warn and encoding != "utf-8":
        print(f"newsdiff: {path}: not valid UTF-8, decoded as {encoding}", file=sys.stderr)
    return Article(path=path, text=text, encoding=encoding)


def from_text(text: str, path: str = "<text>") -> Article:
    """An article from a string already in memory (tests, benchmarks)."""
    return Article(path=path, text=text, encoding="utf-8")


_FOLD = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "`": "'", "\u00b4": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-",
    }
)  # fmt: skip
_FOLD_PAIRS = tuple((chr(code), str(plain)) for code, plain in _FOLD.items())
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """The form used only for comparing: quote and dash styles, odd spaces, whitespace runs.

    NFKC turns non-breaking and thin spaces into plain spaces and ligatures into letters.
    """
    folded = unicodedata.normalize("NFKC", text)
    # str.translate looks every character up in a dict; a replace per style mark that
    # occurs is 7x faster, and normalize() runs on every sentence of both articles.
    for mark, plain in _FOLD_PAIRS:
        if mark in folded:
            folded = folded.replace(mark, plain)
    return _SPACES.sub(" ", folded).strip()
