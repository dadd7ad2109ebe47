"""Other languages: the script-based guess, --lang, and the English-only parts (change
classes, suggestions) saying so instead of guessing (issue 11, item 6)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core.article import from_text
from newsdiff.core.language import (
    _FUNCTION_SETS,
    _SCRIPTS,
    _latin,
    guess,
    is_english,
    script_counts,
)
from newsdiff.core.words import STOP_WORDS
from newsdiff.main import build_app_parser
from newsdiff.meaning.compare import compare
from newsdiff.store import Store
from newsdiff.tui.session import TagSession

from .test_cli_meaning import run

# The same news sentence pair in each script, a number or a word changed on the way.
PAIRS = {
    "zh": ("俄罗斯军队在仓促撤退中丢弃了大量坦克。北约估计有七千名士兵阵亡。",
           "俄罗斯军队在匆忙撤退中丢弃了大量坦克。北约估计有七千名士兵阵亡。"),
    "ur": ("پولیس نے بتایا کہ حملے میں پانچ افراد ہلاک ہو گئے۔ حکام نے تحقیقات کا حکم دیا۔",
           "پولیس نے بتایا کہ حملے میں سات افراد ہلاک ہو گئے۔ حکام نے تحقیقات کا حکم دیا۔"),
    "ar": ("قالت الشرطة إن خمسة أشخاص قتلوا في الهجوم. وأمرت السلطات بإجراء تحقيق.",
           "قالت الشرطة إن سبعة أشخاص قتلوا في الهجوم. وأمرت السلطات بإجراء تحقيق."),
    "ru": ("Полиция сообщила, что в результате нападения погибли пять человек. "
           "Власти начали расследование.",
           "Полиция заявила, что в результате нападения погибли семь человек. "
           "Власти начали расследование."),
    "el": ("Η αστυνομία ανέφερε ότι πέντε άνθρωποι σκοτώθηκαν στην επίθεση. "
           "Οι αρχές διέταξαν έρευνα.",
           "Η αστυνομία ανέφερε ότι επτά άνθρωποι σκοτώθηκαν στην επίθεση. "
           "Οι αρχές διέταξαν έρευνα."),
    "hi": ("पुलिस ने बताया कि हमले में पांच लोग मारे गए। अधिकारियों ने जांच के आदेश दिए।",
           "पुलिस ने बताया कि हमले में सात लोग मारे गए। अधिकारियों ने जांच के आदेश दिए।"),
}  # fmt: skip

ENGLISH_A = "Police said five people were killed in the attack. Officials ordered an inquiry."
ENGLISH_B = (
    "Police said about seven people were killed in the attack. Officials ordered an inquiry."
)


def write_pair(tmp_path: Path, a: str, b: str) -> tuple[str, str]:
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text(a + "\n", "utf-8")
    pb.write_text(b + "\n", "utf-8")
    return str(pa), str(pb)


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_script_guess(lang: str) -> None:
    """Each sample's script gives its language; Urdu's letters tell it from Arabic."""
    assert guess(*PAIRS[lang]) == lang


def test_latin_guess_reads_function_words() -> None:
    """Latin script is English unless another language's function words dominate; a
    short or letterless text is English (nothing to doubt)."""
    assert guess(ENGLISH_A, ENGLISH_B) == "en"
    french = (
        "La police a indiqué que cinq personnes ont été tuées dans l'attaque et que les "
        "blessés sont dans un état grave selon les médecins de la ville qui sont sur place."
    )
    assert guess(french) == "fr"
    assert guess("12, 13 — 14.") == "en" and guess("Kyiv") == "en"
    assert is_english("en-GB") and not is_english("ur")


@pytest.mark.parametrize("lang", sorted(PAIRS))
def test_other_languages_end_to_end(lang: str) -> None:
    """Sentences split, words tokenised (one word changed, not the whole sentence), some
    reuse, and every change a plain rewording, the comparison saying it is not English."""
    a, b = PAIRS[lang]
    cmp = compare(from_text(a, "a"), from_text(b, "b"))
    assert cmp.lang == lang and not cmp.english
    assert len(cmp.a_sentences) == 2 and [r.kind for r in cmp.rows] == ["changed", "equal"]
    changes = cmp.rows[0].changes
    assert changes and {c.cls for c in changes} == {"rewording"}
    assert 0 < cmp.reuse_measures["a"]["runs"] < 1
    assert len(changes[0].a) < len(cmp.a_sentences[0].text) / 2
    assert cmp.stats()["classified"] is False and cmp.stats()["lang"] == lang


def test_english_keeps_its_classes_and_lang_forces() -> None:
    """English is classified (a number, a hedge); --lang ur on it turns classes off, and
    the forced language survives a change of options."""
    a, b = from_text(ENGLISH_A, "a"), from_text(ENGLISH_B, "b")
    cmp = compare(a, b)
    assert cmp.english and "number" in cmp.rows[0].classes()
    forced = compare(a, b, lang="ur")
    assert forced.lang == "ur" and forced.rows[0].classes() == {"rewording"}
    assert forced.with_options(forced.options).lang == "ur"


def test_cli_diff_and_report_say_classes_are_english_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """diff and report on Russian: one line on stderr, {rewording} classes, the JSON's
    lang and classified fields; --lang en forces English (no note); English: no note."""
    pair = write_pair(tmp_path, *PAIRS["ru"])
    code, out, err = run(capsys, "diff", "--format", "plain", *pair)
    assert code == 1 and "{rewording}" in out
    assert err.count("\n") == 1 and "language ru" in err and "English-only" in err
    _code, out, err = run(capsys, "report", "--format", "json", *pair)
    rep = json.loads(out)
    assert rep["lang"] == "ru" and rep["classified"] is False
    assert set(rep["classes"]) and rep["classes"]["number"] == 0
    _code, out, err = run(capsys, "diff", "--format", "json", "--lang", "en", *pair)
    assert err == "" and json.loads(out)["stats"]["lang"] == "en"
    _code, out, err = run(
        capsys, "diff", "--format", "plain", *write_pair(tmp_path, ENGLISH_A, ENGLISH_B)
    )
    assert err == "" and "{number}" in out


def test_cli_suggest_is_english_only(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """suggest on Hindi: every sentence listed without a label, and stderr says why;
    --lang en forces the rules on (no note); English text is suggested as before."""
    path, _b = write_pair(tmp_path, *PAIRS["hi"])
    code, out, err = run(capsys, "suggest", "--format", "json", path)
    assert code == 0 and "language hi" in err and "English-only" in err
    rows = json.loads(out)
    assert len(rows) == 2 and all(r["label"] is None and r["cues"] == [] for r in rows)
    _code, out, err = run(capsys, "suggest", "--format", "json", "--lang", "en", path)
    assert err == "" and len(json.loads(out)) == 2
    english, _b = write_pair(tmp_path, ENGLISH_A, ENGLISH_B)
    _code, out, err = run(capsys, "suggest", "--format", "json", english)
    assert err == "" and json.loads(out)[0]["label"] == "attribution"


def test_bad_lang_is_one_clear_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--lang takes a language code; anything else is exit 2 with a line saying so."""
    with pytest.raises(SystemExit) as exc:
        run(capsys, "diff", "--lang", "x y", *write_pair(tmp_path, ENGLISH_A, ENGLISH_B))
    assert exc.value.code == 2
    assert "'x y' is no language code" in capsys.readouterr().err


def test_app_takes_lang_and_gives_no_suggestion_in_another_language(tmp_path: Path) -> None:
    """The app's parser takes --lang; a session of a non-English pair suggests nothing."""
    assert build_app_parser().parse_args(["a", "b", "--lang", "zh"]).lang == "zh"
    a, b = from_text(PAIRS["zh"][0], "a"), from_text(PAIRS["zh"][1], "b")
    cmp = compare(a, b)
    session = TagSession(
        Store(tmp_path / "store"), "ana", (a, b), (cmp.a_sentences, cmp.b_sentences), cmp.rows
    )
    session.english = cmp.english
    assert session.suggestion("a", 0) == (None, ())


# The script classes as regular expressions, as the guess counted them before it
# counted code point ranges (issue 16): the ranges must count the same characters.
_CLASSES = {
    "ja": "\u3040-\u30ff",
    "zh": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "ko": "\u1100-\u11ff\uac00-\ud7af",
    "th": "\u0e00-\u0e7f",
    "ar": "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff",
    "he": "\u0590-\u05ff",
    "hi": "\u0900-\u097f",
    "bn": "\u0980-\u09ff",
    "ru": "\u0400-\u04ff",
    "el": "\u0370-\u03ff\u1f00-\u1fff",
    "la": "A-Za-z\u00c0-\u024f\u1e00-\u1eff",
    "pa": "\u0a00-\u0a7f",
    "gu": "\u0a80-\u0aff",
    "or": "\u0b00-\u0b7f",
    "ta": "\u0b80-\u0bff\U00011fc0-\U00011fff",
    "te": "\u0c00-\u0c7f",
    "kn": "\u0c80-\u0cff",
    "ml": "\u0d00-\u0d7f",
    "si": "\u0d80-\u0dff",
    "lo": "\u0e80-\u0eff",
    "bo": "\u0f00-\u0fff",
    "my": "\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f",
    "ka": "\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f",
    "am": "\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f",
    "km": "\u1780-\u17ff\u19e0-\u19ff",
    "mn": "\u1800-\u18af",
    "hy": "\u0530-\u058f\ufb13-\ufb17",
    "syr": "\u0700-\u074f",
    "dv": "\u0780-\u07bf",
}


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        st.one_of(
            st.characters(max_codepoint=0x2FF),
            st.characters(min_codepoint=0x360, max_codepoint=0x1FFF),
            st.characters(min_codepoint=0x3000, max_codepoint=0xFFFF),
        ),
        max_size=60,
    )
)
def test_script_counts_equal_the_regex_classes(text: str) -> None:
    """`script_counts` counts each script's letters as `re.findall` over its class did,
    edges of every range included (the guess depends on these counts alone)."""
    expected = {lang: len(re.findall(f"[{chars}]", text)) for lang, chars in _CLASSES.items()}
    assert script_counts(text) == expected
    edges = "".join(
        chr(c) for _lang, ranges in _SCRIPTS for lo, hi in ranges for c in (lo - 1, lo, hi, hi + 1)
    )
    edge_counts = {lang: len(re.findall(f"[{chars}]", edges)) for lang, chars in _CLASSES.items()}
    assert script_counts(edges) == edge_counts


def _latin_by_word(sample: str) -> tuple[str, bool]:
    """The Latin guess as it was written first: every word tested against every list
    (under 20 words, a language needs 2 different words of its list and a lead, review
    r23d: "le le" is one word; English, more than any other)."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", sample)]
    hits = {lang: sum(w in found for w in words) for lang, found in _FUNCTION_SETS.items()}
    best = max(hits, key=lambda k: hits[k])
    english = hits["en"] * 1.2 >= hits[best]
    if len(words) >= 20:
        if max(hits[best], sum(w in STOP_WORDS for w in words)) < 0.1 * len(words):
            return "und", True  # none of the lists, nor English's stop words (r18a)
        return ("en" if english else best), True
    if not english and len({w for w in words if w in _FUNCTION_SETS[best]}) >= 2:
        return best, True
    return "en", all(hits["en"] > n for k, n in hits.items() if k != "en")


_LATIN_WORDS = st.sampled_from(
    ["the", "of", "said", "le", "la", "de", "der", "und", "el", "y", "il", "che", "o", "em",
     "het", "een", "news", "Kyiv", "A", "NO", "não", "über", "42"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_LATIN_WORDS, max_size=60).map(" ".join))
def test_latin_guess_counts_each_list_as_word_by_word(sample: str) -> None:
    """The Latin guess counts each list's words in the sample (issue 16) and decides as
    testing every word against every list did, ties and short texts included."""
    assert _latin(sample) == _latin_by_word(sample)


ARABIC = "قال وزير الصحة إن 120 شخصا أصيبوا في الحادث. وأضاف أن الحكومة ستفتح تحقيقا كاملا."
# The same typed on a Persian keyboard: ک for ك, ی for ي and ى, Persian digits.
ARABIC_ON_PERSIAN_KEYS = (
    "قال وزیر الصحة إن ۱۲۰ شخصا أصیبوا فی الحادث. وأضاف أن الحکومة ستفتح تحقیقا کاملا."
)
PERSIAN = "وزیر بهداشت گفت که ۱۲۰ نفر در این حادثه زخمی شدند و دولت تحقیق کاملی را آغاز می‌کند."


def test_arabic_typed_on_a_persian_keyboard_is_arabic_beside_arabic() -> None:
    """Reviewer r16b: a pair's language follows both texts. ک ی alone are Persian's
    forms of Arabic letters, so beside a text with no Persian letter they are Arabic
    typed on a Persian keyboard; a Persian letter of its own (گ) is Persian."""
    assert guess(ARABIC) == "ar"
    assert guess(ARABIC_ON_PERSIAN_KEYS) == "fa"  # alone, nothing tells
    assert guess(ARABIC, ARABIC_ON_PERSIAN_KEYS) == "ar"
    assert guess(ARABIC_ON_PERSIAN_KEYS, ARABIC) == "ar"
    assert guess(ARABIC_ON_PERSIAN_KEYS, ARABIC_ON_PERSIAN_KEYS) == "fa"
    assert guess(ARABIC, PERSIAN) == "fa"
    assert guess(PERSIAN, ARABIC_ON_PERSIAN_KEYS) == "fa"
