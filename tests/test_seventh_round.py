"""Issue 12's seventh rules round: the article's voice. A whole text whose sentences mostly
judge reads its uncued claims as opinion; a news report, and every sentence read alone,
keep them fact."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.sentences import split_sentences
from newsdiff.meaning.cues.base import Cue
from newsdiff.meaning.suggest import shown_why, suggest, suggest_label, suggest_text
from newsdiff.meaning.voice import MIN_STATEMENTS, Voice, article_voice

from .conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent

#: An editorial in miniature: six of its ten statements judge by a cue of their own.
EDITORIAL = [
    "The sanctions are a disastrous mistake.",
    "Europe must change course now.",
    "This policy is reckless and shortsighted.",
    "Putin sticks with the anti-reform choice.",
    "The treaty was signed in 1783.",
    "Critics say the plan is naive.",
    "We should not pretend otherwise.",
    "The outcome is obvious to anyone who looks.",
    "Nobody should be surprised by this failure.",
    "Production costs fall when energy costs do.",
]

#: A news report: it dates and quotes, and judges once.
REPORT = [
    "The council voted on Tuesday to close the library.",
    "Putin sticks with the anti-reform choice.",
    "Officials said the building would be sold.",
    "Residents gathered outside the town hall on Wednesday.",
    "The mayor said the decision was final.",
    "Production costs fall when energy costs do.",
    "A spokesman said talks would continue next week.",
    "The closure was a terrible blow, one resident said.",
    "Police closed the road for two hours.",
    "The library opened in 1952.",
]


@pytest.mark.parametrize(
    "text",
    [
        # from the editorial dev half: fact alone, the writer's claim in the editorial
        "Putin sticks with the anti-reform choice.",
        "Production costs fall when energy costs do.",
        "Georgians have little leverage over Moscow.",  # "have" of possession: the present
    ],
)
def test_an_uncued_claim_takes_the_voice_of_an_editorial(text: str) -> None:
    assert suggest_label(text)[0] == "fact"
    got = suggest([*EDITORIAL, text], document=True)[-1]
    assert got.label == "opinion"
    assert [c.kind for c in got.cues] == ["voice"]
    assert shown_why(got.cues, (c.text for c in got.cues)) == (
        f"article voice: opinion (6 of {len(EDITORIAL) + 1} sentences judge)"
    )


def test_what_an_editorial_reports_stays_as_it_is() -> None:
    """A dated past event stays fact, a source's words attribution, in any voice."""
    got = {s.text: s.label for s in suggest(EDITORIAL, document=True)}
    assert got["The treaty was signed in 1783."] == "fact"
    assert got["Critics say the plan is naive."] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        # from the editorial dev half: an estimate alone, the writer's speculation here
        "Soon Russia is expected to sign a treaty with Georgia's breakaway province.",
        "Food shortages are likely to grow.",
    ],
)
def test_a_hedge_without_a_figure_is_speculation_in_an_editorial(text: str) -> None:
    assert suggest_label(text)[0] == "estimate"
    got = suggest([*EDITORIAL, text], document=True)[-1]
    assert got.label == "opinion"
    assert got.cues[0].note == "article voice: opinion (6 of 11 sentences judge)"


@pytest.mark.parametrize(
    "text",
    [
        "Prices are expected to rise to 300 dollars.",  # a figure softened
        "As many as 300 people may have died.",
    ],
)
def test_a_softened_figure_stays_an_estimate_in_an_editorial(text: str) -> None:
    assert suggest([*EDITORIAL, text], document=True)[-1].label == "estimate"


def test_a_hedge_in_a_news_report_stays_an_estimate() -> None:
    text = "Talks are expected to resume."
    assert suggest([*REPORT, text], document=True)[-1].label == "estimate"


@pytest.mark.parametrize(
    "text",
    [
        "Sarvis discusses his background with reporters.",  # a verb of saying
        "Many aid agencies have pulled out their staff.",  # a perfect: what a body did
        "The conference opens in London next week.",  # a time word
        "Noam Chomsky is a professor emeritus at MIT.",  # a profile (cues.generic)
        "The museum is open daily.",
    ],
)
def test_a_report_in_an_editorial_keeps_its_label(text: str) -> None:
    got = suggest([*EDITORIAL, text], document=True)[-1]
    assert got.label == "fact"


def test_a_news_report_keeps_its_facts() -> None:
    """The guard: a text that dates and quotes has no judging voice, so the same uncued
    sentences stay fact."""
    alone = [s.label for s in suggest(REPORT)]
    assert [s.label for s in suggest(REPORT, document=True)] == alone
    assert alone[1] == alone[5] == "fact"


def test_sentences_alone_have_no_voice() -> None:
    """Without ``document`` the sentences are unrelated (a benchmark's shuffled set)."""
    assert [s.label for s in suggest(EDITORIAL)][3] == "fact"


def test_the_seeds_are_news_and_keep_their_labels() -> None:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text("utf-8")
        alone = [s.label for s in suggest(split_sentences(text))]
        assert [s.label for s in suggest_text(text)] == alone, path.name


def test_a_short_text_has_no_voice() -> None:
    short = EDITORIAL[: MIN_STATEMENTS - 3] + ["Putin sticks with the anti-reform choice."]
    assert suggest(short, document=True)[-1].label == "fact"


def test_the_voice_counts_statements_only() -> None:
    voice = article_voice(["opinion", None, "fact", "attribution", None, "opinion"])
    assert voice == Voice(statements=4, judging=2, reporting=1, strong=2)
    assert not voice.judges  # too few statements
    many = article_voice(["opinion"] * 3 + ["attribution"] * 2 + ["fact"] * 5)
    assert many.judges
    assert not article_voice(["opinion"] * 3 + ["attribution"] * 3 + ["fact"] * 4).judges


def test_a_cue_without_note_is_written_as_before() -> None:
    assert Cue("hedge", 0, 3, "may").to_json() == {
        "kind": "hedge", "text": "may", "start": 0, "end": 3
    }  # fmt: skip
    assert Cue("voice", 0, 0, "", "article voice").to_json()["note"] == "article voice"


def test_suggest_command_reads_the_file_in_its_voice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "editorial.txt"
    path.write_text("\n".join(EDITORIAL) + "\n", "utf-8")
    code, out, _err = run_cli(capsys, "suggest", str(path))
    assert code == 0
    line = next(x for x in out.splitlines() if "Putin sticks" in x)
    assert "opinion" in line
    assert "[article voice: opinion (6 of 10 sentences judge)]" in line


def test_the_app_reads_each_article_in_its_voice(tmp_path: Path) -> None:
    """The app's suggestion of a sentence is the one ``newsdiff suggest FILE`` gives: the
    editorial's uncued claim is opinion, the report's stays fact."""
    from newsdiff.core.article import from_text
    from newsdiff.store import Store
    from newsdiff.tui.session import TagSession

    a, b = from_text("\n".join(EDITORIAL), "a"), from_text("\n".join(REPORT), "b")
    sentences = (split_sentences(a.text), split_sentences(b.text))
    session = TagSession(Store(tmp_path / "store"), "ana", (a, b), sentences)
    for side, text in (("a", a.text), ("b", b.text)):
        cli = [(s.label, s.cues) for s in suggest_text(text)]
        app = [session.suggestion(side, i) for i in range(session.total(side))]
        assert app == cli
    putin = next(i for i, s in enumerate(sentences[0]) if s.text.startswith("Putin"))
    label, cues = session.suggestion("a", putin)
    assert label == "opinion" and cues[0].note == "article voice: opinion (6 of 10 sentences judge)"
    putin = next(i for i, s in enumerate(sentences[1]) if s.text.startswith("Putin"))
    assert session.suggestion("b", putin)[0] == "fact"
