"""`newsdiff report`'s substitutions pair a deleted word with an inserted one only in
one slot of one sentence, never across the join of a merged or split row (a review saw
"and -> pays" and "were -> may" in a sentence a rewrite split in two)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.cli import main
from newsdiff.cli.render import plain_lines, plain_row
from newsdiff.core.article import from_text, load
from newsdiff.meaning.compare import compare
from newsdiff.meaning.report import fold, report, substitutions

from .conftest import run_cli, write_pair

CONTEXT = "The council met on Monday. "
END = " The mayor defended it."
# One sentence of A told as two in B: the diff replaces "were cut sharply and
# pensioners now travel for" with "may fall. Each pensioner pays", across B's join.
SPLIT_A = CONTEXT + "Bus fares were cut sharply and pensioners now travel for nothing." + END
SPLIT_B = CONTEXT + "Bus fares may fall. Each pensioner pays nothing." + END


def _subs(a: str, b: str) -> list[tuple[str, str]]:
    return [(s["a"], s["b"]) for s in report(compare(from_text(a), from_text(b)))["substitutions"]]


def test_no_substitution_across_the_join_of_a_split_sentence():
    cmp = compare(from_text(SPLIT_A), from_text(SPLIT_B))
    assert [(r.a, r.b) for r in cmp.rows if r.kind == "changed"] == [((1,), (1, 2))]
    assert ("delete", "were cut sharply and pensioners now travel for") in cmp.rows[1].ops
    assert _subs(SPLIT_A, SPLIT_B) == []  # was cut -> may, sharply -> fall, travel -> pays


def test_the_same_slot_still_pairs_in_a_split_row():
    """In a split row, a replacement inside one sentence still counts: "faces" ->
    "pays" sits after the join, with the same words around it."""
    a = CONTEXT + "Water bills were raised and every tenant faces higher rent this year." + END
    b = CONTEXT + "Water bills may rise. Every tenant pays higher rent this year." + END
    assert ("faces", "pays") in _subs(a, b)


def test_one_sentence_rows_keep_their_substitutions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """A 1:1 row is no join: "stated" -> "said" and "deserted" -> "abandoned" pair as
    before, in the command's JSON."""
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text("Troops have deserted the town, officials stated on Friday.\n", "utf-8")
    pb.write_text("Troops have abandoned the town, officials said on Friday.\n", "utf-8")
    main(["report", "--format", "json", str(pa), str(pb)])
    subs = json.loads(capsys.readouterr().out)["substitutions"]
    assert {(s["a"], s["b"]) for s in subs} == {("deserted", "abandoned"), ("stated", "said")}


# Substitutions are exactly the replacements the diff prints: "[-X-]{+Y+}" in
# --format plain, a delete followed by an insert in the JSON ops. Pairing the raw ops'
# words by count listed "a lot of" -> "behind many" where the diff shows
# "[-a lot-]{+many+}", then "[-of-]" alone and "left{+ behind+}" elsewhere, split
# "[-At least-]{+More than+}" into "at -> more" and "least -> than", and set the stop
# word "down" aside from "[-close-]{+shut down+}".
@pytest.mark.parametrize(
    ("a", "b", "printed", "want"),
    [
        (
            "At least 120 people were killed.",
            "More than 100 people were killed.",
            "~ [-At least-]{+More than+}{hedge} [-120-]{+100+}{number} people were killed.",
            {("at least", "more than"), ("120", "100")},
        ),
        (
            "The factory will close next week.",
            "The factory will shut down next week.",
            "~ The factory will [-close-]{+shut down+}{synonym} next week.",
            {("close", "shut down")},
        ),
        (
            "Troops have actually deserted the town, officials stated.",
            "Troops have abandoned the town, officials said.",
            "~ Troops have [-actually deserted-]{+abandoned+}{synonym} the town, officials "
            "[-stated-]{+said+}{attribution}.",
            {("actually deserted", "abandoned"), ("stated", "said")},
        ),
    ],
)
def test_a_substitution_is_a_printed_replacement(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    a: str,
    b: str,
    printed: str,
    want: set[tuple[str, str]],
) -> None:
    pa, pb = write_pair(tmp_path, a, b)
    assert run_cli(capsys, "diff", "--format", "plain", pa, pb)[1] == printed + "\n"
    assert set(_subs(a, b)) == want


def test_the_seed_report_lists_what_the_diff_prints(seed_a: Path, seed_b: Path) -> None:
    """On the seed pair: "[-a lot-]{+many+}" twice (with "[-of-]" alone after it), never
    "a lot of" -> "behind many" nor "actually" -> "added"; "eliminate" -> "fight" as
    often as the diff prints it (twice; the third was "the will to eliminate" ->
    "willpower")."""
    cmp = compare(load(str(seed_a)), load(str(seed_b)))
    subs = {(s["a"], s["b"]): s["count"] for s in report(cmp)["substitutions"]}
    plain = "\n".join(plain_lines(cmp))
    assert plain.count("[-a lot-]{+many+}{rewording}[-’ -]{+”+}{variant}[-of-]") == 2
    assert subs[("a lot", "many")] == 2
    assert ("a lot of", "behind many") not in subs and ("actually", "added") not in subs
    assert plain.count("[-eliminate-]{+fight+}") == subs[("eliminate", "fight")] == 2


WORDS = [
    "the", "a", "of", "said", "stated", "Police", "police", "fire", "homes", "destroyed",
    "actually", "down", "shut", "close", "three", "3", "many", "a lot", "Kyiv", "Kiev",
    "‘hasty’", "“hasty”", "quick,", "rapid", "officials", "on", "Monday", "will",
]  # fmt: skip
SENTENCE = st.lists(st.sampled_from(WORDS), min_size=3, max_size=9)
EDIT = st.tuples(st.sampled_from(["keep", "swap", "drop", "add", "split"]), st.sampled_from(WORDS))


def _rewrite(words: list[str], edits: list[tuple[str, str]]) -> str:
    out: list[str] = []
    for w, (how, other) in zip(words, edits + [("keep", "")] * len(words), strict=False):
        if how == "keep":
            out.append(w)
        elif how == "swap":
            out.append(other)
        elif how == "add":
            out += [w, other]
        elif how == "split":
            out.append(w + ". The")
    return " ".join(out or ["Nothing"]) + "."


#: A deletion, "-]" not inside it, right before an insertion.
PRINTED = re.compile(r"\[-((?:(?!-\]).)*)-\]\{\+(.*?)\+\}")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(SENTENCE, st.lists(EDIT, max_size=9)), min_size=1, max_size=4))
def test_every_listed_substitution_is_printed_in_its_row(
    sentences: list[tuple[list[str], list[tuple[str, str]]]],
) -> None:
    """Row by row, every substitution listed is a delete immediately followed by an
    insert in that row's JSON ops and a "[-X-]{+Y+}" of its plain line, as often as
    listed at most (case folded, as the list has it), and the rows' lists add up to
    the pair's."""
    a = " ".join(" ".join(words) + "." for words, _edits in sentences)
    b = " ".join(_rewrite(words, edits) for words, edits in sentences)
    cmp = compare(from_text(a), from_text(b))
    sides = (cmp.a_sentences, cmp.b_sentences)
    total: Counter[tuple[str, str]] = Counter()
    for row in cmp.rows:
        listed = {(s["a"], s["b"]): s["count"] for s in substitutions([row], sentences=sides)}
        ops = row.to_json()["ops"]
        in_ops = Counter(
            (" ".join(fold(x)), " ".join(fold(y)))
            for (op, x), (op2, y) in zip(ops, ops[1:], strict=False)
            if (op, op2) == ("delete", "insert")
        )
        in_plain = Counter(
            (" ".join(fold(x)), " ".join(fold(y))) for x, y in PRINTED.findall(plain_row(row))
        )
        for pair, n in listed.items():
            assert n <= in_ops[pair] and n <= in_plain[pair], (pair, ops)
        total.update(listed)
    whole = {(s["a"], s["b"]): s["count"] for s in report(cmp)["substitutions"]}
    assert whole == dict(total)


# Review r18a finding 9a: p/zh_a.txt and p/zh_b.txt (CPI 2.1% -> 2.3%, 认为 -> 指出,
# 逐步 -> 逐渐, 将 -> 不会).
ZH_A = (
    "新华社北京12月4日电。国家统计局周四公布，11月份全国居民消费价格同比上涨2.1%。"
    "分析人士认为，物价温和上涨反映了国内需求的逐步恢复。预计明年物价将保持稳定。"
)
ZH_B = (
    "新华社北京12月4日电。国家统计局周四公布，11月份全国居民消费价格同比上涨2.3%。"
    "分析人士指出，物价温和上涨反映了国内需求的逐渐恢复。预计明年物价不会保持稳定。"
)


def _arrow_columns(out: str) -> set[int]:
    from rich.cells import cell_len

    table = out.split("Substitutions (A -> B), most frequent first:\n", 1)[1]
    return {cell_len(line[: line.index(" ->  ")]) for line in table.splitlines() if " ->  " in line}


def test_report_substitutions_line_up_by_display_width(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The arrows stood at display columns 13 / 14 / 14 / 15: "认为" was padded as two
    characters, though it takes four columns."""
    code, out, _err = run_cli(capsys, "report", *write_pair(tmp_path, ZH_A, ZH_B))
    assert "认为" in out and "2.1%" in out
    assert len(_arrow_columns(out)) == 1


def test_report_substitutions_of_one_cell_characters_line_up_as_before(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Near miss: English substitutions, one column a character, are padded as they were."""
    a = "The minister said prices would rise. Officials met on Monday."
    b = "The minister claimed prices could rise. Officials met on Tuesday."
    out = run_cli(capsys, "report", *write_pair(tmp_path, a, b))[1]
    assert out.endswith(
        "    1  monday  ->  tuesday\n    1  said    ->  claimed\n    1  would   ->  could\n"
    )
