"""Loading articles: bytes to text, input checks, comparison normalisation, identity."""

from __future__ import annotations

import os
import re
import stat
import sys
import unicodedata
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import BinaryIO, Protocol

from newsdiff.core import charsets
from newsdiff.core.charsets import BOMS, ENCODING_NAMES, FALLBACKS, decoded_as
from newsdiff.core.invisible import INVISIBLE, blank
from newsdiff.core.letterforms import fold_arabic
from newsdiff.core.mail_quote import unquoted

#: Inputs above this size are refused (NEWSDIFF_MAX_BYTES raises it): a bound on what
#: one comparison may take, well above any article or a day of a live blog.
DEFAULT_MAX_BYTES = 8 * 1024 * 1024
MAX_BYTES_VAR = "NEWSDIFF_MAX_BYTES"
#: A larger setting is taken as this (1 GB): beyond it no alignment would finish, and a
#: value such as 2**63 - 1 must not reach a read call (OverflowError).
MAX_BYTES_CAP = 1024 * 1024 * 1024
#: Input is read in pieces of this size, so a high limit allocates nothing up front.
_CHUNK = 1024 * 1024

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
    #: What the source says of itself, when it says it (an HTML page's or a corpus
    #: record's title; a date as written, ISO 8601 where the source gives one).
    title: str = ""
    date: str = ""
    #: The encoding was guessed from the bytes (``charsets.guess_cyrillic``,
    #: ``charsets.utf16_without_bom``), not declared by the file nor the fallback.
    guessed: bool = False

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
    import hashlib  # here: loading OpenSSL is 3-4 ms of start-up a plain diff never uses

    canonical = text.replace("\r\n", "\n").replace("\r", "\n")
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def max_bytes() -> int:
    """The size limit: ``$NEWSDIFF_MAX_BYTES`` if set (at most MAX_BYTES_CAP), else 8 MB.

    Read at each load rather than at import, so that a bad value is one line naming the
    variable (an InputError) where it is used, not a traceback on import.
    """
    raw = os.environ.get(MAX_BYTES_VAR, "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    try:
        value = int(raw)
    except ValueError:  # also a number of over 4,300 digits (int's own limit)
        value = 0
    if value <= 0:
        raise InputError(
            MAX_BYTES_VAR,
            f"{raw!r} is not a size in bytes (a whole number above 0; the default is "
            f"{DEFAULT_MAX_BYTES}, {format_size(DEFAULT_MAX_BYTES)})",
        )
    return min(value, MAX_BYTES_CAP)


def format_size(size: int) -> str:
    """A size for people: bytes, KB or MB (of 1024), one decimal where it shows."""
    if size < 1024:
        return "1 byte" if size == 1 else f"{size} bytes"
    value, unit = (size / 1024, "KB") if size < 1024 * 1024 else (size / 1024 / 1024, "MB")
    return f"{value:.1f}".removesuffix(".0") + f" {unit}"


def decode(data: bytes, path: str, declared: str | None = None) -> tuple[str, str]:
    """The text and the encoding of ``data`` (``_decode``, without whether the encoding
    was guessed)."""
    text, encoding, _guessed, _note = _decode(data, path, declared)
    return text, encoding


def _decode(data: bytes, path: str, declared: str | None) -> tuple[str, str, bool, str]:
    """Decode bytes as UTF-8 (BOM or not), else as UTF-8 with a few stray cp1252 bytes,
    else in the charset the file ``declared`` (an
    HTML page's meta), else in the Cyrillic charset its bytes read as (when it declares
    none newsdiff knows), falling back to cp1252, then latin-1.

    UTF-16 and UTF-32 are decoded when a byte-order mark says so (Windows editors save
    "Unicode" text as UTF-16 LE with one). Returns the text, the encoding used,
    whether it was guessed from the bytes, and a note on stray bytes ("" or the line
    to say of a file that is UTF-8 but for a few: ``charsets.utf8_but_strays``).
    Raises InputError for binary data: NUL bytes, or mostly control characters.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise InputError(
                    path,
                    f"starts with a {ENCODING_NAMES[encoding]} byte-order mark but is "
                    "not valid text in it (truncated, or binary)",
                ) from None
            if "\x00" in text:
                raise InputError(path, "binary file (contains NUL characters), expected text")
            return text, encoding, False, ""
    if b"\x00" in data:
        if (utf16 := charsets.utf16_without_bom(data)) is None:
            raise InputError(path, "binary file (contains NUL bytes), expected text")
        return data.decode(utf16), utf16, True, ""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), "utf-8", False, ""
    except UnicodeDecodeError:
        pass
    codec = charsets.codec_for(declared) if declared else None
    # A file that declares no charset it is valid in (or UTF-8) and is UTF-8 but for a
    # few stray bytes is UTF-8, those bytes cp1252 (``charsets.utf8_but_strays``).
    if codec is None and (mixed := charsets.utf8_but_strays(data)) is not None:
        text, count, offset = mixed
        if not charsets.is_garbage(text):
            line = data.count(b"\n", 0, offset) + 1
            return text, charsets.UTF8_STRAYS, False, charsets.strays_note(count, offset, line)
    guess = charsets.guess_cyrillic(data) if codec is None else None
    for charset in (*((codec,) if codec else ()), *((guess,) if guess else ()), *FALLBACKS):
        try:
            text = data.decode(charset)
        except UnicodeDecodeError:
            continue
        if charsets.is_garbage(text):
            raise InputError(
                path, "binary file (mostly control characters, not text in any charset)"
            )
        return text, charset, charset == guess, ""
    raise AssertionError("latin-1 decodes every byte")


def _read_bytes(path: str, stdin: BinaryIO | None) -> bytes:
    limit = max_bytes()
    if path == STDIN:
        data = _read_bounded(_stdin(stdin), limit, path)
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
        if on_descriptor(st, 0):
            # /dev/stdin, /dev/fd/0: standard input by another name.
            data = _read_bounded(_stdin(stdin), limit, path)
        elif not stat.S_ISREG(st.st_mode):
            # Opening a FIFO waits for a writer, a device may never end: only regular
            # files are read by name, anything else comes in on standard input.
            raise InputError(
                path, f"is {file_kind(st.st_mode)}, not a regular file (pipe it in as - instead)"
            )
        elif st.st_size > limit:
            raise InputError(path, _too_large(st.st_size, limit))
        else:
            try:
                # O_NONBLOCK: if the path became a FIFO since the stat, open does not wait.
                with open(path, "rb", opener=_open_nonblocking) as fh:
                    if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                        raise InputError(path, "is no longer a regular file")
                    data = _read_bounded(fh, limit, path)
            except PermissionError:
                raise InputError(path, "permission denied") from None
            except OSError as err:
                raise InputError(path, err.strerror or "cannot read") from None
    if len(data) > limit:
        # Read up to one byte past the limit (a pipe has no size to check first).
        raise InputError(path, _too_large(None, limit))
    return data


def _open_nonblocking(path: str, flags: int) -> int:
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


def _stdin(stdin: BinaryIO | None) -> BinaryIO:
    """The standard input to read: the one given, or the process's (None once closed)."""
    if stdin is not None:
        return stdin
    if sys.stdin is None or getattr(sys.stdin, "buffer", None) is None:
        # Started with standard input closed (``<&-``): Python sets sys.stdin to None.
        raise InputError(STDIN, "standard input is closed, nothing to read")
    return sys.stdin.buffer


def on_descriptor(st: os.stat_result, fd: int) -> bool:
    """Whether ``st`` is the pipe or device open on ``fd`` (as /dev/stdin is on 0)."""
    try:
        there = os.fstat(fd)
    except OSError:
        return False
    return (there.st_dev, there.st_ino) == (st.st_dev, st.st_ino) and not stat.S_ISREG(st.st_mode)


def file_kind(mode: int) -> str:
    """What a file that is not a regular one is, for a message: "a FIFO (named pipe)"."""
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "a special file"


def _read_bounded(stream: BinaryIO, limit: int, path: str) -> bytes:
    """At most ``limit + 1`` bytes of ``stream``, read in pieces (nothing allocated ahead)."""
    parts: list[bytes] = []
    size = 0
    try:
        while size <= limit:
            part = stream.read(min(_CHUNK, limit + 1 - size))
            if not part:
                break
            parts.append(part)
            size += len(part)
    except OSError as err:
        raise InputError(path, err.strerror or "cannot read") from None
    except ValueError:  # a closed stream
        raise InputError(path, "standard input is closed, nothing to read") from None
    return b"".join(parts)


def _too_large(size: int | None, limit: int) -> str:
    """``size`` None: only known to be above the limit."""
    shown, cap = format_size(size or 0), format_size(limit)
    if size is not None and shown == cap:  # 1030 bytes and 1024 both round to 1 KB
        shown, cap = f"{size:,} bytes", f"{limit:,} bytes"
    what = f"{shown}; the limit" if size is not None else "over the limit, which"
    return f"file is too large ({what} is {cap}; set {MAX_BYTES_VAR} to change it)"


class Reader(Protocol):
    """Articles that are not plain text files, read by a package above core.

    Core knows text files only. A package that knows more (``newsdiff.corpus``: HTML
    pages, JSON Lines corpora) plugs in with ``set_reader``, so that every ``load`` --
    the commands', the app's, and the store's when tags follow an edited file -- reads
    an article the same way, while core imports nothing of it.
    """

    def named(self, path: str) -> Article | None:
        """The article ``path`` names when it is no file of its own (a reference into a
        corpus such as ``corpus.jsonl#ID``), else None. May raise InputError."""

    def declared(self, path: str, data: bytes) -> str | None:
        """The charset a file's bytes declare (an HTML page's meta), else None."""

    def converted(self, path: str, text: str, encoding: str) -> Article | None:
        """The article inside a file's decoded text when it is not plain text (an HTML
        page), else None. May raise InputError (a page without article text)."""


_reader: Reader | None = None


def set_reader(reader: Reader | None) -> Reader | None:
    """Plug ``reader`` into ``load`` (None: text files only). Returns the one it replaces."""
    global _reader
    previous, _reader = _reader, reader
    return previous


def load(
    path: str, stdin: BinaryIO | None = None, warn: bool = True, nothing: str = "nothing to compare"
) -> Article:
    """Load an article from a path (``-`` for standard input).

    Raises InputError with a one-line message for every input newsdiff cannot use; an
    empty one says ``nothing`` ("nothing to suggest" for ``suggest``, which compares none).
    """
    reader = _reader
    if reader is not None and path != STDIN and (named := reader.named(path)) is not None:
        if warn and named.encoding != "utf-8":  # a corpus record not in UTF-8
            print(f"newsdiff: {path}: {decoded_as(named.encoding)}", file=sys.stderr)
        return named
    data = _read_bytes(path, stdin)
    declared = reader.declared(path, data) if reader else None
    text, encoding, guessed, note = _decode(data, path, declared)
    if (plain := unquoted(text)) is not None:
        text = plain  # a copy quoted in an e-mail reply reads as the story
    if (why := blank(text)) is not None:
        raise InputError(path, f"{why or 'empty file'}, {nothing}")
    article = Article(path=path, text=text, encoding=encoding, guessed=guessed)
    if reader is not None and (converted := reader.converted(path, text, encoding)) is not None:
        article = replace(converted, guessed=True) if guessed else converted
    # Said once the text is an article: a page refused (no article text) is one line.
    if warn and encoding != "utf-8":
        print(f"newsdiff: {path}: {note or decoded_as(encoding, guessed)}", file=sys.stderr)
    return article


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
#: Marks typed as two characters: archives write a double quote as two straight single
#: quotes (''...'') or two curly ones (‘‘...’’), TeX opens one with two backticks
#: (``...''), and typewriter copy
#: writes a dash as two or three hyphens ("plan -- if it works --"). Each is one mark,
#: of the style of '"' and "-" (the tokenizer keeps it one token, ``worddiff``).
DOUBLED_MARKS = re.compile(r"''|``|‘‘|’’|-{2,}")


def fold_doubled_marks(text: str) -> str:
    """``text`` with each two-character quote or dash mark (``DOUBLED_MARKS``) as one
    plain mark: '"' or "-"."""
    if (
        "''" not in text
        and "``" not in text
        and "--" not in text
        and "‘‘" not in text
        and "’’" not in text
    ):
        return text  # the common case, without a regex pass
    return DOUBLED_MARKS.sub(lambda m: "-" if m.group()[0] == "-" else '"', text)


def normalize(text: str) -> str:
    """The form used only for comparing: quote and dash styles, odd spaces, whitespace runs,
    invisible characters (``core.invisible``) and the Arabic script's letter forms,
    marks, digits and punctuation (``core.letterforms``).

    NFKC turns non-breaking and thin spaces into plain spaces, ligatures into letters
    and full-width marks into ASCII ones ("，" ","); "。" is a "." too.
    """
    folded = fold_doubled_marks(unicodedata.normalize("NFKC", text))
    # str.translate looks every character up in a dict; a replace per style mark that
    # occurs is 7x faster, and normalize() runs on every sentence of both articles.
    for mark, plain in _FOLD_PAIRS:
        if mark in folded:
            folded = folded.replace(mark, plain)
    if not folded.isascii():  # a flag of the string: ASCII text pays nothing more
        if "\u3002" in folded:  # the ideographic full stop, which NFKC keeps: "。" = "."
            folded = folded.replace("\u3002", ".")
        folded = fold_arabic(INVISIBLE.sub("", folded), marks=True)
    # Whitespace runs to one space, trimmed: str.split() splits at exactly what re's
    # \s matches (str.isspace, checked on every code point), 3x faster than the pattern.
    return " ".join(folded.split())
