"""Review r23a (a new user on real news): change classes and a quoted copy, findings 2-4."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import run_cli


def test_the_means_of_telling_between_who_was_told_and_the_content(
    plain_diff: Callable[..., tuple[int, str]],
) -> None:
    """Finding 2: "told Reuters by phone" -> "told the BBC by phone" was rewording
    (``--fail-on attribution`` exited 0), as "told Reuters on Monday" -> "told the BBC"
    was not; so was the reprint's "... told Reuters by telephone." -> "... told the
    Associated Press by telephone."."""
    code, out = plain_diff(
        "The officer told Reuters by phone that the town was flooded.",
        "The officer told the BBC by phone that the town was flooded.",
        "--fail-on",
        "attribution",
    )
    assert code == 1 and "{+the BBC+}{attribution}" in out
    _code, out = plain_diff(
        "“It was very strong,” police officer Pedro Ramon Moreno told Reuters by telephone.",
        "“It was very strong,” police officer Pedro Ramon Moreno told the Associated Press "
        "by telephone.",
    )
    assert "{+the Associated Press+}{attribution}" in out


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The officer told Reuters by phone that the town was flooded.",
            "The officer told Reuters by email that the town was flooded.",
        ),
        (
            "The town was cut off by floods on Monday.",
            "The town was cut off by landslides on Monday.",
        ),
    ],
)
def test_near_miss_the_means_changed_and_not_who_was_told(
    plain_diff: Callable[..., tuple[int, str]], a: str, b: str
) -> None:
    """The same source told by other means, and "by" as an agent: no attribution."""
    code, out = plain_diff(a, b, "--fail-on", "attribution")
    assert code == 0 and "{attribution}" not in out


STORY = (
    "A strong earthquake off the Pacific Coast of Central America shook the region on\n"
    "Thursday, but there were no immediate reports of any damage.\n"
    "\n"
    "Its epicenter was located some 149 km (93 miles) south-southwest of Puerto Triunfo\n"
    "in El Salvador, according to the U.S. Geological Survey.\n"
)


def _quoted(text: str, mark: str = "> ") -> str:
    return "".join(
        mark + line if line.strip() else mark.strip() + "\n" for line in text.splitlines(True)
    )


@pytest.mark.parametrize("mark", ["> ", ">> ", "> > ", ">"])
def test_a_copy_quoted_in_an_e_mail_reply_reads_as_the_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mark: str
) -> None:
    """Finding 3: the copy with ">" before each line against the story was "attribution
    1: (nothing) -> '>'" (a ">" inside "according to") and a rewording per line."""
    a, b = tmp_path / "story.txt", tmp_path / "quoted.txt"
    a.write_text(STORY, "utf-8")
    b.write_text(_quoted(STORY, mark), "utf-8")
    code, out, _err = run_cli(capsys, "report", str(a), str(b))
    assert code == 0 and "What changed: 0 changes" in out and "'>'" not in out


@pytest.mark.parametrize(
    "text",
    [
        "> 50 people were hurt.\n",  # one line: "more than 50"
        "Hi Bob, see below.\n\n" + _quoted(STORY),  # a reply: some lines its own
    ],
)
def test_near_miss_a_text_not_quoted_throughout_keeps_its_marks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(text, "utf-8")
    _code, out, _err = run_cli(capsys, "sentences", str(path))
    assert "> " in out and text.splitlines()[-1][2:] in out


@pytest.mark.parametrize(
    ("a", "b", "marked"),
    [
        ("according to the USGS.", "according > to the USGS.", "{+> +}{variant}to"),
        ("according to the USGS.", "according >> to the USGS.", "{+>> +}{variant}to"),
        # Near miss: before a figure, ">" is "more than".
        ("The quake damaged 50 homes.", "The quake damaged > 50 homes.", "{+> +}{rewording}50"),
    ],
)
def test_a_quoting_mark_between_words_is_no_attribution(
    plain_diff: Callable[..., tuple[int, str]], a: str, b: str, marked: str
) -> None:
    """Finding 3, where the marks stay (a reply with lines of its own): "according
    {+> +}to" was an attribution change."""
    lead = "Its epicenter was south of Puerto Triunfo in El Salvador, "
    code, out = plain_diff(lead + a, lead + b, "--fail-on", "attribution")
    assert code == 0 and marked in out


SEATS = "Muslim voters could swing the result in {} constituencies."


@pytest.mark.parametrize(
    ("a", "b", "marked"),
    [
        ("up to 50", "as many as 60", "[-up to 50-]{+as many as 60+}{number} "),
        ("up to 50", "as many as 50", "[-up to-]{+as many as+}{synonym} 50"),
        ("as many as 50", "up to 50", "[-as many as-]{+up to+}{synonym} 50"),
        # Near misses: a top for another hedge, or for none, is a hedge change.
        ("up to 50", "about 50", "[-up to-]{+about+}{hedge} 50"),
        ("up to 50", "at least 50", "[-up to-]{+at least+}{hedge} 50"),
        ("up to 50", "60", "[-up to 50-]{+60+}{number}{hedge} "),
    ],
)
def test_one_top_for_another_is_no_hedge_change(
    plain_diff: Callable[..., tuple[int, str]], a: str, b: str, marked: str
) -> None:
    """Finding 4: "up to 50" -> "as many as 60" (reprint_muslims.txt) was
    {number}{hedge}, and "up to 50" -> "as many as 50" a hedge: one hedge swapped for
    an equal one is a synonym (README)."""
    _code, out = plain_diff(SEATS.format(a), SEATS.format(b))
    assert marked in out
