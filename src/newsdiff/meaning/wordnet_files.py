"""WordNet's sorted files searched in place (``meaning.lexicon`` reads WordNet through
them): a sparse sample of keys and ``bytes.find`` over one window (``Sorted``), the
synsets' data files from their offsets (``Synsets``)."""

from __future__ import annotations

import bisect
import mmap
from pathlib import Path


class Sorted:
    """One sorted WordNet file (an ``index.<pos>``, an exception list), searched in place.

    A sparse sample of keys (one every ``STEP`` bytes, taken on first use in under a
    millisecond) narrows a look-up to one small window, searched by ``bytes.find``.
    """

    #: A look-up scans half a window on average: at 16 KB that was most of classifying
    #: the seed pair (57 ms CPU); at 4 KB 42 ms, the sample still a few ms a file.
    STEP = 4096
    #: Files up to this size are sampled every ``STEP // 8`` bytes.
    SMALL = 65536

    def __init__(self, path: Path, step: int = STEP) -> None:
        with open(path, "rb") as fh:
            self._map = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        size = len(self._map)
        # A small file (the exception lists, 40 KB) is sampled finer: a few more keys
        # spare each of its look-ups (one per word and part of speech) most of a window.
        step = step if size > self.SMALL else self.STEP // 8
        # The licence header lines start with two spaces; data starts after them.
        pos = 0
        while self._map[pos : pos + 2] == b"  ":
            pos = self._map.find(b"\n", pos) + 1
        self._keys: list[bytes] = []
        self._starts: list[int] = []
        while pos < size:
            end = self._map.find(b" ", pos, pos + 512)
            self._keys.append(self._map[pos:end])
            self._starts.append(pos)
            nl = self._map.find(b"\n", pos + step)
            if nl < 0:
                break
            pos = nl + 1
        self._ends = [*self._starts[1:], size]

    def find(self, key: bytes) -> bytes | None:
        """The line whose first field is ``key``, or None."""
        k = bisect.bisect_right(self._keys, key) - 1
        if k < 0:
            return None
        lo = self._starts[k]
        if self._keys[k] == key:  # the sampled line itself
            at = lo
        else:
            at = self._search(b"\n" + key + b" ", key, k)
            if at < 0:
                return None
            at += 1
        end = self._map.find(b"\n", at)
        return self._map[at : end if end >= 0 else len(self._map)]

    def _search(self, probe: bytes, key: bytes, k: int) -> int:
        """Where ``probe`` (a newline, ``key``, a space) is in the window of sample ``k``,
        or -1."""
        # Searched in place: slicing the window out first would copy 4 KB a probe.
        # The window ends where the next sample starts (the last at the file's end).
        return self._map.find(probe, self._starts[k], self._ends[k])

    def offsets(self, lemma: str) -> tuple[int, ...]:
        """The synset offsets of ``lemma`` (lowercase, spaces as ``_``), or ()."""
        line = self.find(lemma.encode("utf-8"))
        return _parse_offsets(line) if line is not None else ()

    def has(self, lemma: str) -> bool:
        """Whether ``lemma`` has a synset (``bool(offsets(lemma))``, its count alone read)."""
        line = self.find(lemma.encode("utf-8"))
        return line is not None and int(line.split(b" ", 3)[2]) > 0


def _parse_offsets(line: bytes) -> tuple[int, ...]:
    # lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offsets...
    parts = line.split()
    n_synsets = int(parts[2])
    return tuple(int(p) for p in parts[len(parts) - n_synsets :])


class Synsets(Sorted):
    """A ``data.<pos>`` file: its lines sorted by their key, the synset's offset, which
    is the line's byte position in WordNet's own files. This distribution ships them
    with CRLF line ends, so a line lies past its offset by the line ends before it:
    never less far past than the sampled line before it, so the search for a key
    starts that far into the window, a few bytes before the line. That needs only a
    sample every 64 KB (the noun file is 15 MB: at 4 KB, 3,750 keys to read, and as
    many pages touched, before the first look-up)."""

    STEP = 65536

    def __init__(self, path: Path) -> None:
        super().__init__(path, self.STEP)

    def _search(self, probe: bytes, key: bytes, k: int) -> int:
        lo, end, sampled = self._starts[k], self._ends[k], self._keys[k]
        if key.isdigit() and sampled.isdigit():
            # The newline before the line is at or after this point.
            at = self._map.find(probe, lo + int(key) - int(sampled) - 1, end)
            if at >= 0:
                return at
        # Not there (a file laid out otherwise, or no such key): the whole window.
        return self._map.find(probe, lo, end)
