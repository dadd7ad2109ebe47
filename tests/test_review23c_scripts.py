"""Review r23c finding 1: every script that is not Latin is told by its script. A Tamil
text had no letter the guess counted and was English, sure, so `newsdiff diff ta_a.txt
ta_b.txt` and the app offered English `f` suggestions on it (Bengali and Hindi had their
own language)."""

from __future__ import annotations

import pytest

from newsdiff.core.language import ENGLISH, detect, guessed_how
from newsdiff.core.sentences import split_sentences

# A short news sentence in each script (the review's Tamil first), and its code.
SENTENCES = {
    "ta": "சென்னை மாநகராட்சி புதிய திட்டங்களை அறிவித்துள்ளது என்று மேயர் செய்தியாளர்களிடம் கூறினார்.",
    "te": "హైదరాబాద్‌లో భారీ వర్షాలు కురిశాయని అధికారులు తెలిపారు.",
    "kn": "ಬೆಂಗಳೂರಿನಲ್ಲಿ ಭಾರಿ ಮಳೆಯಾಗಿದೆ ಎಂದು ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದ್ದಾರೆ.",
    "ml": "തിരുവനന്തപുരത്ത് കനത്ത മഴ പെയ്തതായി അധികൃതർ അറിയിച്ചു.",
    "gu": "અમદાવાદમાં ભારે વરસાદ પડ્યો હોવાનું અધિકારીઓએ જણાવ્યું હતું.",
    "pa": "ਅੰਮ੍ਰਿਤਸਰ ਵਿੱਚ ਭਾਰੀ ਮੀਂਹ ਪਿਆ, ਅਧਿਕਾਰੀਆਂ ਨੇ ਦੱਸਿਆ।",
    "or": "ଭୁବନେଶ୍ୱରରେ ପ୍ରବଳ ବର୍ଷା ହୋଇଛି ବୋଲି ଅଧିକାରୀମାନେ କହିଛନ୍ତି।",
    "si": "කොළඹ නගරයේ අධික වර්ෂාවක් ඇද හැලුණු බව නිලධාරීන් පැවසීය.",
    "my": "ရန်ကုန်မြို့တွင် မိုးသည်းထန်စွာ ရွာသွန်းခဲ့သည်ဟု အာဏာပိုင်များက ပြောသည်။",
    "km": "អាជ្ញាធរបាននិយាយថា មានភ្លៀងធ្លាក់ខ្លាំងនៅភ្នំពេញ។",
    "lo": "ເຈົ້າໜ້າທີ່ກ່າວວ່າ ມີຝົນຕົກໜັກຢູ່ນະຄອນຫຼວງວຽງຈັນ.",
    "ka": "ხელისუფლების ცნობით, თბილისში ძლიერი წვიმა მოვიდა.",
    "hy": "Իշխանությունների խոսքով՝ Երևանում հորդառատ անձրև է տեղացել։",
    "am": "በአዲስ አበባ ከባድ ዝናብ መዝነቡን ባለሥልጣናት ገልጸዋል።",
    "bo": "ལྷ་སར་ཆར་པ་དྲག་པོ་བབས་པ་རེད། ",
    "mn": "ᠤᠯᠠᠭᠠᠨᠪᠠᠭᠠᠲᠤᠷ ᠬᠣᠲᠠ ᠳᠤ ᠬᠦᠴᠦᠲᠡᠢ ᠪᠣᠷᠤᠭ᠎ᠠ ᠣᠷᠤᠪᠠ᠃",
    "dv": "މާލޭގައި ގަދަ ވާރޭ ވެހިފައިވާކަމަށް ވެރިން ބުންޏެވެ.",
    "syr": "ܐܡܪܘ ܫܠܝܛܢܐ ܕܢܚܬ ܡܛܪܐ ܪܒܐ ܒܡܕܝܢܬܐ.",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_each_script_is_its_language(lang: str) -> None:
    """A sentence of each script is its language, sure, told by the script: not English
    (it was English, sure, for every one of them)."""
    found = detect(SENTENCES[lang])
    assert found == (lang, True)
    assert guessed_how(found.lang) == "guessed from the script"


def test_the_review_tamil_pair_is_tamil_alone_and_as_a_pair() -> None:
    """The review's ta_a/ta_b pair (a sentence changed): Tamil alone and together."""
    a = SENTENCES["ta"] + " இந்த திட்டங்கள் அடுத்த ஆண்டு தொடங்கும் என்றும் அவர் தெரிவித்தார்."
    b = SENTENCES["ta"] + " இந்த திட்டங்கள் அடுத்த மாதம் தொடங்கும் என்றும் அவர் தெரிவித்தார்."
    assert detect(a).lang == detect(b).lang == detect(a, b).lang == "ta"


def test_near_misses_keep_their_guess() -> None:
    """English naming one Tamil place stays English; Latin with no letters of another
    script, Hindi and Bengali keep theirs; the new scripts split sentences as before
    (English rules, as every script without an abbreviation table)."""
    assert detect("Police in சென்னை said five people were killed in the attack.").lang == ENGLISH
    assert detect("पुलिस ने बताया कि हमले में पांच लोग मारे गए।").lang == "hi"
    assert detect("পুলিশ জানিয়েছে যে হামলায় পাঁচজন নিহত হয়েছে।").lang == "bn"
    text = SENTENCES["ta"] + " மழை காரணமாக பல பள்ளிகளுக்கு விடுமுறை அறிவிக்கப்பட்டது."
    assert [s.text for s in split_sentences(text)] == [
        s.text for s in split_sentences(text, lang="en")
    ]
    assert len(split_sentences(text)) == 2
