"""Review r25c, finding 1 (issue 12): ``newsdiff train`` measured the model on folds dealt
by label, so the other sentences of a sentence's article taught the model its topic
nouns. 121 labels of 5 articles cross-validated rules alone 0.735, rules + model 0.775,
"in use"; on 154 sentences of 10 other texts macro-F1 fell 0.719 -> 0.710, and the 5
sentences it changed were all made opinion, none right: "Muslims discuss election
concerns" -> opinion [model: election], "The tobacco companies deny that they illegally
conspired..." [model: public]. The folds are now dealt by article."""

from __future__ import annotations

from pathlib import Path

from newsdiff.core.article import Article
from newsdiff.core.sentences import Sentence
from newsdiff.meaning import model_cv
from newsdiff.meaning.learning import articles_of
from newsdiff.store import Store, tag_for

from .conftest import cli_captured

#: Articles of one label each whose sentences differ only in the topic noun: what
#: tells an opinion article from a fact one here is its topic, which a model fitted on
#: other articles cannot know.
OPINION_TOPICS = ("election", "tobacco", "court", "public")
FACT_TOPICS = ("oil", "golf", "budget", "harbour")
SENTENCES = (
    "Muslims discuss {t} concerns",
    "Voters talk about the {t} again",
    "The {t} question comes up at every meeting",
    "Families mention the {t} each week",
    "Workers write letters on the {t}",
    "The {t} story runs on page two",
)


def _store(tmp_path: Path, file_of: dict[str, str]) -> Path:
    """A store of the labelled sentences, each topic's in the file ``file_of`` names
    (one sentence a line: the file's sentence n is its line n)."""
    lines: dict[str, list[tuple[str, str]]] = {}
    for topic in OPINION_TOPICS + FACT_TOPICS:
        label = "opinion" if topic in OPINION_TOPICS else "fact"
        for s in SENTENCES:
            lines.setdefault(file_of[topic], []).append((s.format(t=topic), label))
    tags = []
    for name, rows in lines.items():
        text = "\n".join(t for t, _l in rows) + "\n"
        article = Article(path=str(tmp_path / f"{name}.txt"), text=text, encoding="utf-8")
        start = 0
        for n, (sentence, label) in enumerate(rows):
            tags.append(
                tag_for(article, Sentence(n, start, start + len(sentence), sentence), label, "ana")
            )
            start += len(sentence) + 1
    store_path = tmp_path / "newsdiff.json"
    with Store(store_path) as store:
        store.put_many(tags)
    return store_path


def _train(store_path: Path) -> str:
    code, out, err = cli_captured("train", "--store", str(store_path))
    assert code == 0, err
    return out


def test_topic_nouns_learnt_from_the_same_article_do_not_put_the_model_in_use(
    tmp_path: Path,
) -> None:
    """Eight articles, each of one label: dealt by label the model read "election" as
    opinion from the article's other sentences and cross-validated 1.000 against the
    rules' 0.333, in use; measured on articles it never saw it is no better."""
    out = _train(_store(tmp_path, {t: t for t in OPINION_TOPICS + FACT_TOPICS}))
    assert "  rules alone                          0.333" in out
    assert "  rules + model                        0.333" in out
    assert "not in use: the model does not beat the rules alone by 0.01 macro-F1" in out


def test_one_sentence_a_file_is_measured_as_before(tmp_path: Path) -> None:
    """Near miss: the same labels one sentence a file (README's transcript) have no
    article in common, and the folds dealt by label already keep articles apart: the
    figures and the decision are what they were."""
    store_path = tmp_path / "s" / "newsdiff.json"
    store_path.parent.mkdir()
    tags = []
    n = 0
    for topic in OPINION_TOPICS + FACT_TOPICS:
        label = "opinion" if topic in OPINION_TOPICS else "fact"
        for s in SENTENCES:
            text = s.format(t=topic)
            article = Article(
                path=str(store_path.parent / f"{n}.txt"), text=text + "\n", encoding="utf-8"
            )
            tags.append(tag_for(article, Sentence(0, 0, len(text), text), label, "ana"))
            n += 1
    with Store(store_path) as store:
        store.put_many(tags)
    out = _train(store_path)
    assert "  rules + model                        1.000" in out
    assert "in use: the rules + model beat the rules alone" in out


def test_labels_of_too_few_articles_keep_the_rules(tmp_path: Path) -> None:
    """48 labels in 3 articles cannot give each of 5 folds an article of its own: it is
    said, and the rules stay."""
    out = _train(
        _store(
            tmp_path,
            {
                t: ("a" if t in OPINION_TOPICS[:2] else "b" if t in OPINION_TOPICS else "c")
                for t in OPINION_TOPICS + FACT_TOPICS
            },
        )
    )
    assert (
        "not in use: the labels come from 3 article(s), too few to measure the model on "
        "articles it did not learn from (5 needed)"
    ) in out
    measured = model_cv.Measured(0.3, None, 1.0, None, 24, 0, 3)
    assert measured.why_not(short=True) == "labels from 3 articles, 5 needed"
    assert model_cv.Measured.of_meta(measured.meta()) == measured


def test_each_article_in_one_fold_and_singletons_dealt_by_label() -> None:
    gold = ["opinion"] * 12 + ["fact"] * 12
    groups = [i // 4 for i in range(24)]
    fold = model_cv.folds(gold, groups=groups)
    assert all(len({fold[i] for i in range(24) if groups[i] == g}) == 1 for g in set(groups))
    assert len(set(fold)) == model_cv.FOLDS
    # near miss: every label its own article, or none known: the folds by label
    assert model_cv.folds(gold, groups=list(range(24))) == model_cv.folds(gold)


def test_versions_sharing_a_sentence_are_one_article() -> None:
    """Two versions of a story have two ids; a sentence they share joins them, or one
    fold would hold the sentence the model learnt in another."""
    texts = ["Muslims discuss election concerns", "A.", "Muslims  discuss election concerns", "B."]
    groups = articles_of(["v1", "v1", "v2", "v2"], texts)
    assert len(set(groups)) == 1
    assert len(set(articles_of(["v1", "v1", "v2", "v2"], ["a", "b", "c", "d"]))) == 2
    # a model file from before the folds by article keeps no count: not refused for it
    assert model_cv.Measured.of_meta({"cv_macro_f1": 0.8, "cv_rules_macro_f1": 0.7}) is not None
