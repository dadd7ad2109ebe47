"""The words that make no two sentences one: English's stop words, and each other
script's function words, which the aligner's similarity leaves out (``core.words``)."""

from __future__ import annotations

STOP_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves s t also""".split()
)

#: Each script's function words (postpositions, particles, conjunctions, pronouns,
#: auxiliaries), which two unrelated sentences share as English ones share "the" and
#: "was". ``STOP_WORDS`` is English: Hindi's में को ने कि है का counted as content and
#: put two stories about different cities on sure rows (review r18a, finding 5). The
#: words are the closed-class ones among the commonest of jusText's stoplists
#: (``justext/stoplists/*.txt``, shipped with trafilatura): those lists are Wikipedia's
#: commonest words whole and carry content words too (भारत, कहा, Население), so are not
#: read as they are. Latin-script languages other than English are left out: their
#: function words are English words ("die", "a", "con", "pour") the English rules need.
#: CJK and Thai are cut into bigrams (``words.unspaced_units``), where no list applies.
FUNCTION_WORDS = {
    "hi": """का की के को में से ने पर और कि है हैं था थी थे हो होता होती होते होने हुआ
        हुए हुई गया गई गए जा जाता जाती जाते रहा रही रहे भी ही तो यह वह ये वे इस उस इन
        उन एक या तथा एवं लेकिन जो जिस जिसे कर करने करते किया किए लिए तक साथ द्वारा
        नहीं न अपने अपनी इसके उसके उनके उन्होंने""",
    "bn": """ও এবং এই একটি এর তিনি থেকে তার করা করে বা হল জন্য তাঁর সাথে এটি এ ছিল যে যা
        করতে হতে কিন্তু তাদের দিয়ে আর না""",
    "ur": """کا کی کے کو میں سے نے پر اور کہ ہے ہیں تھا تھی تھے ہو ہوا ہوئے ہوتا گیا گئی
        گئے بھی ہی تو یہ وہ ان اس ایک یا لیکن جو جس کر کرنے کیا لیے تک ساتھ نہیں نہ اپنے
        اپنی""",
    "ar": """في من على إلى عن مع أن إن أو و ما لا لم لن قد كان كانت هو هي هذا هذه ذلك التي
        الذي الذين ثم حتى كل بين بعد قبل عند منذ له لها فيها عليه أنه إلا ولكن وقد وفي
        وهو وهي ومن وكان""",
    "fa": """و در به از که این را با آن است برای او بر خود تا یا شده نیز بود یک هم شد
        می اما هر کرد""",
    "he": """של את על הוא היא עם היה הייתה גם לא בין או כי אך זה זו עד כל אשר הם היו כמו
        יש אל אף רק כך אם לו בו""",
    "ru": """в и на с по из не к что от для как а его до он она они оно за или о при но во
        у же был была были было это то так только со её их все уже чтобы также""",
    "uk": """в і у на з та до що від за не для а як його він вона вони або про із при але
        її це то й є був була були було де які який яка через""",
    "el": """και του το της την από με η να που ο τον των στην σε είναι για στο τα τη τους
        οι ήταν τις στη ως στις ένα στον ή δεν ότι στα μια κατά ενώ αλλά όπως θα όπου
        προς μία αυτό αυτή""",
}
#: The similarity's stop words: English's and every other script's (a Hindi word is
#: never an English one, so one set serves a text in either).
SIMILARITY_STOP_WORDS = STOP_WORDS.union(*(words.split() for words in FUNCTION_WORDS.values()))
