"""Laws of the tag store a user relies on (make fuzz, stop 21): what ``newsdiff tag``
writes is there after a reload; ``export`` in each format gives back the labels, notes
and sentence texts exactly (quotes, tabs, line breaks, commas, formula-like cells,
non-ASCII), and ``import`` of that export into an empty store gives the same tags; a
store file damaged in any way is one line on stderr, exit 2, and left as it was."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsdiff.core.sentences import split_sentences

from .conftest import cli_captured

_SHM = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None

#: Sentences whose text tests a format's escaping: quotes, a tab, a line break inside
#: a wrapped paragraph, commas, cells a spreadsheet would compute, other scripts.
_POOL = [
    'He said "no, never," and left.', "Prices rose\tsharply in May.", "It rose 3%, 4% and 5%.",
    "=SUM(A1:A3) was the formula.", "-5 degrees was the low.", "+3 points, she said.",
    "@newsdesk wrote it first.", "Ünïcödé café naïve façade.", "北京今天发生交通事故。",
    "The council said that the plan, which cost millions,\nwas dropped on Monday.",
    "Back\\slash and 'single' quotes.", "“Curly” quotes and ‘single’ ones.",
    "A line\r\nwith a CRLF inside a wrapped paragraph, as Windows writes it.",
]  # fmt: skip
_LABELS = ["fact", "attribution", "estimate", "opinion"]
_NOTES = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("\",\t\n'="),
    max_size=20,
)


@st.composite
def tagged(draw: st.DrawFn) -> tuple[str, list[tuple[int, str, str]]]:
    sentences = draw(st.lists(st.sampled_from(_POOL), min_size=1, max_size=6, unique=True))
    text = draw(st.sampled_from([" ", "\n\n"])).join(sentences)
    n = len(split_sentences(text))
    picks = draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=4, unique=True))
    return text, [(k, draw(st.sampled_from(_LABELS)), draw(_NOTES)) for k in picks]


@settings(max_examples=20, deadline=None)
@given(tagged())
def test_tags_survive_a_reload_and_every_export_round_trips(
    case: tuple[str, list[tuple[int, str, str]]],
) -> None:
    text, tags = case
    with tempfile.TemporaryDirectory(dir=_SHM) as tmp:
        root = Path(tmp)
        article = root / "a.txt"
        article.write_text(text, encoding="utf-8", newline="")
        store = str(root / "store" / "tags.json")
        (root / "store").mkdir()
        sentences = split_sentences(article.read_bytes().decode("utf-8"))
        for k, label, note in tags:
            code, _, err = cli_captured(
                "tag", str(article), str(k), label, f"--note={note}", "--annotator", "ana",
                "--store", store,
            )  # fmt: skip
            assert code == 0, err
        want = {(sentences[k].text, label, note.strip() or "") for k, label, note in tags}
        code, out, err = cli_captured("export", "--store", store)
        assert code == 0, err
        got = {
            (r["text"], r["label"][0], r["note"] or "") for r in map(json.loads, out.splitlines())
        }
        assert {(t, lab) for t, lab, _ in got} == {(t, lab) for t, lab, _ in want}
        for fmt in ("jsonl", "csv"):
            path = root / f"out.{fmt}"
            code, _, err = cli_captured(
                "export", "--store", store, "--format", fmt, "--output", str(path)
            )
            assert code == 0, err
            if fmt == "csv":
                with path.open(encoding="utf-8-sig", newline="") as fh:
                    rows = list(csv.DictReader(fh))
                texts = {
                    (
                        r["text"].removeprefix("'")
                        if r["text"][:2] in {"'=", "'+", "'-", "'@"}
                        else r["text"],
                        r["label"],
                    )
                    for r in rows
                }  # noqa: E501
                assert texts == {(t, lab) for t, lab, _ in want}
            fresh = str(root / f"fresh_{fmt}" / "tags.json")
            (root / f"fresh_{fmt}").mkdir()
            code, _, err = cli_captured(
                "import", str(path), "--store", fresh, "--article", str(article)
            )
            assert code == 0, err
            code, again, err = cli_captured("export", "--store", fresh)
            assert code == 0, err
            back = {
                (r["text"], r["label"][0], r["note"] or "")
                for r in map(json.loads, again.splitlines())
            }
            assert back == got, fmt


_DAMAGE = st.one_of(
    st.tuples(st.just("truncate"), st.floats(0, 0.99)),
    st.tuples(st.just("garbage"), st.binary(min_size=1, max_size=40)),
    st.tuples(
        st.just("json"),
        st.one_of(
            st.lists(st.integers(), max_size=3), st.text(max_size=5), st.integers(), st.none(),
            st.dictionaries(st.text(max_size=4), st.integers() | st.text(max_size=3), max_size=3),
        ).map(lambda v: json.dumps(v).encode()),
    ),
)  # fmt: skip
_COMMANDS = [
    ("tag", "{a}", "0", "opinion"), ("export",), ("sentences", "{a}"), ("orphans",),
    ("agree",), ("tag", "{a}", "0", "--clear"),
]  # fmt: skip


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["main", "index", "tags"]), _DAMAGE, st.sampled_from(_COMMANDS))
@example("tags", ("truncate", 0.5), ("export",))
# Found by fuzz21 (fixed stop 22): a main file of "{}" read as an empty store, exit 0 and
# tags written beside it; a JSON object of no store's shape is damage like any other.
@example("main", ("json", b"{}"), ("export",))
@example("main", ("json", b"{}"), ("tag", "{a}", "0", "opinion"))
def test_a_damaged_store_is_one_line_exit_2_and_left_as_it_was(
    which: str, damage: tuple[str, object], command: tuple[str, ...]
) -> None:
    with tempfile.TemporaryDirectory(dir=_SHM) as tmp:
        root = Path(tmp)
        article = root / "a.txt"
        article.write_text("The mayor resigned. Critics said it was late.", encoding="utf-8")
        store = root / "s" / "t.json"
        store.parent.mkdir()
        for k in (0, 1):
            assert cli_captured("tag", str(article), str(k), "fact", "--store", str(store))[0] == 0
        target = {
            "main": store,
            "index": root / "s" / "t.index.json",
            "tags": next((root / "s" / "t.tags").iterdir()),
        }[which]
        how, what = damage
        raw = target.read_bytes()
        if how == "truncate":
            assert isinstance(what, float)
            raw = raw[: int(len(raw) * what)]
        else:
            assert isinstance(what, bytes)
            raw = what
        target.write_bytes(raw)
        argv = [part.format(a=article) for part in command]
        code, _, err = cli_captured(*argv, "--store", str(store))
        assert "Traceback" not in err
        assert target.read_bytes() == raw, "the damaged file was rewritten"
        if code != 0 or how != "truncate":  # a cut at the last byte may leave valid JSON
            assert code == 2 and len(err.strip().splitlines()) == 1, (code, err)
