"""Two unrelated Hindi stories are not aligned: a word keeps its vowel signs, and each
script's function words are stop words, as English's are (review r18a, finding 5)."""

from __future__ import annotations

from newsdiff.core.align import align
from newsdiff.core.sentences import split_sentences
from newsdiff.core.words import STOP_WORDS, content_words

# The reviewer's pair: Delhi's air against Mumbai's metro, paired "sure" at 0.33.
DOCTOR = "डॉ. शर्मा ने कहा कि बच्चों और बुज़ुर्गों को घर के अंदर रहना चाहिए।"
METRO = "यह मार्ग अंधेरी को हवाई अड्डे से जोड़ता है।"
WEATHER = "मौसम विभाग ने बताया कि हवा की गति कम होने से स्थिति और बिगड़ सकती है।"
PASSENGERS = "यात्रियों ने नई सेवा का स्वागत किया। अगले साल दो और मार्ग शुरू होने की उम्मीद है।"


def test_a_hindi_word_keeps_its_vowel_signs() -> None:
    """``\\w+`` cut "बच्चों" into "बच", "च" and "में" into "म": single consonants any two
    Hindi sentences share."""
    words = content_words(DOCTOR)
    assert "बच्च" in {w[:4] for w in words} and not {"म", "च", "क", "ह"} & words


def test_hindi_function_words_are_not_content() -> None:
    words = content_words(DOCTOR)
    assert not {"ने", "कि", "और", "को", "के"} & words
    assert {"शर्मा", "घर", "अंदर"} <= {w for w in words} | {w[:5] for w in words}


def test_unrelated_hindi_sentences_are_not_paired() -> None:
    assert [r.kind for r in align([DOCTOR, WEATHER], [METRO, PASSENGERS])] == [
        "removed",
        "removed",
        "added",
        "added",
    ]


def test_a_hindi_sentence_edited_stays_paired() -> None:
    """Near miss: the same sentence with one word changed is still one changed row."""
    edited = DOCTOR.replace("बच्चों", "बुज़ुर्ग मरीज़ों")
    (row,) = align([DOCTOR], [edited])
    assert row.kind == "changed" and row.similarity >= 0.6


#: r18a's p/hi_a.txt and p/hi_u.txt (Delhi's air, Mumbai's new metro line).
DELHI = 'नई दिल्ली, 4 दिसंबर। दिल्ली में गुरुवार को वायु गुणवत्ता सूचकांक 450 तक पहुँच गया, जो इस मौसम का सबसे ऊँचा स्तर है। केंद्रीय प्रदूषण नियंत्रण बोर्ड के अनुसार शहर के 35 निगरानी केंद्रों में से 30 पर हवा "गंभीर" श्रेणी में रही। सरकार ने सभी प्राथमिक विद्यालयों को बंद करने का आदेश दिया है। डॉ. शर्मा ने कहा कि बच्चों और बुज़ुर्गों को घर के अंदर रहना चाहिए। निर्माण कार्य पर अगले आदेश तक रोक लगा दी गई है। मौसम विभाग ने बताया कि हवा की गति कम होने से स्थिति और बिगड़ सकती है।'
MUMBAI = "मुंबई, 4 दिसंबर। मुंबई में गुरुवार को नए मेट्रो मार्ग का उद्घाटन किया गया। मुख्यमंत्री ने कहा कि इससे रोज़ाना दो लाख यात्रियों को लाभ होगा। यह मार्ग अंधेरी को हवाई अड्डे से जोड़ता है। किराया 10 से 50 रुपये के बीच रखा गया है। यात्रियों ने नई सेवा का स्वागत किया। अगले साल दो और मार्ग शुरू होने की उम्मीद है।"


def test_the_reviewers_unrelated_stories_pair_only_their_datelines() -> None:
    """Five sure "changed" rows (0.33-0.50) joined the two stories, and a tag saved on
    one was carried to the other."""
    a = [s.text for s in split_sentences(DELHI)]
    b = [s.text for s in split_sentences(MUMBAI)]
    paired = [(r.a, r.b) for r in align(a, b) if r.a and r.b]
    assert paired == [((0,), (0,))]  # "नई दिल्ली, 4 दिसंबर।" / "मुंबई, 4 दिसंबर।"


def test_english_stop_words_are_unchanged_and_scripts_do_not_mix() -> None:
    """Near miss: no other script's function word is an English word, so English text
    keeps its content words ("die", "a", "con" are not added)."""
    from newsdiff.core.words import FUNCTION_WORDS

    others = {w for words in FUNCTION_WORDS.values() for w in words.split()}
    assert not any(w.isascii() for w in others) and not others & STOP_WORDS
    assert content_words("Police say two people die in a con.") == content_words(
        "Police say two people die in a con."
    ) and {"die", "con"} <= content_words("Police say two people die in a con.")
