"""Law (d) of stop 21 (make fuzz): any bytes as an article, random binary, UTF-16 or
UTF-32 with a byte-order mark, pieces in several encodings glued together, never make
a command raise: ``diff`` and ``report`` exit 0, 1 or 2, the others 0 or 2, and exit 2
says why in one line on stderr."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

_SHM = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(" .\n"),
    max_size=60,
)
_PIECE = st.one_of(
    st.binary(max_size=40),
    _TEXT.map(lambda t: t.encode("utf-8")),
    _TEXT.map(lambda t: t.encode("cp1252", "ignore")),
    _TEXT.map(lambda t: t.encode("koi8-r", "ignore")),
    st.sampled_from([b"Inflation rose 3% in May. ", b"Caf\xe9 au lait. ", b"\xc3\xa9t\xc3\xa9. "]),
)
BYTES = st.one_of(
    st.binary(max_size=200),
    st.lists(_PIECE, max_size=6).map(b"".join),
    st.tuples(st.sampled_from(["utf-16", "utf-16-be", "utf-32"]), _TEXT).map(
        lambda e: ("\ufeff" + e[1]).encode(e[0]) if e[0].endswith("be") else e[1].encode(e[0])
    ),
    st.tuples(
        st.sampled_from([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf"]), st.binary(max_size=60)
    ).map(b"".join),
)
_COMMANDS = [("diff", "--format", "plain"), ("diff", "--format", "json"), ("report",),
             ("sentences",), ("suggest",), ("tag", "0", "fact")]  # fmt: skip


def _cli(*argv: str) -> tuple[int, str, str]:
    from newsdiff.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@settings(max_examples=40, deadline=None)
@given(BYTES, st.sampled_from(_COMMANDS))
# Found by hypothesis (stop 21): a text of marks alone has no sentence, and tag said
# "no sentence 0; it has 0 (0 to -1, see ...)".
@example(b"\xfe\xff\x00\x01", ("tag", "0", "fact"))
def test_any_bytes_as_an_article_exit_0_1_or_2_and_never_raise(
    raw: bytes, command: tuple[str, ...]
) -> None:
    with tempfile.TemporaryDirectory(dir=_SHM) as tmp:
        path = Path(tmp) / "x.txt"
        path.write_bytes(raw)
        other = Path(tmp) / "b.txt"
        other.write_text("Inflation rose 3% in May. Prices fell.", encoding="utf-8")
        name, *rest = command
        if name in ("diff", "report"):
            argv = [name, *rest, str(path), str(other)]
        elif name == "tag":
            argv = [name, str(path), *rest, "--store", str(Path(tmp) / "s.json")]
        else:
            argv = [name, *rest, str(path)]
        code, _, err = _cli(*argv)
    assert code in ((0, 1, 2) if name in ("diff", "report") else (0, 2)), (code, err)
    # One message a line (a note on the encoding may come before the error).
    assert all(line.startswith("newsdiff") for line in err.splitlines()), err
    if code == 2:
        assert "no sentence 0; it has 0 " not in err  # "(0 to -1, ...)"
