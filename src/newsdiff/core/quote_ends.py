"""A quotation and the attribution that closes it, in the scripts whose segmentation
sentencex leaves to its English rules or reads without case.

English keeps '"We will never give up!" Mr. Zhang told reporters.' as one sentence
(``sentences._SAID``); the same sentence in another script was cut after the closing
quote (outside review r18a, issue 11 items 5 and 6), so the quote and its speaker took
separate labels. After a closing quote whose quotation ends with a terminal mark, the
sentence goes on when what follows is:

- a lower-case word (Greek «…;» αναρωτήθηκαν, Russian «…» сказал): a sentence opens
  with a capital in every cased script;
- a dash and a lower-case word (Russian «…!» — заявил он): the dash of a speech
  clause; a dash before a capital opens a line of dialogue;
- the Japanese quotative particle after 」 or 』 (「…。」と述べた): no sentence opens
  with it;
- in Han text, a clause of at most ``HAN_CLAUSE`` characters, with no comma, that ends
  with a verb of saying and "。" (“…！”张先生对记者说。, “…？”一位市民问道。): no case
  marks it, so the verb does; a sentence of its own after a quote ("他表示，谈判将继续。")
  has a comma or goes on past its verb.

``inside_quotation`` tells whether an offset falls inside a quotation that closes after
it: sentencex ends no sentence there, and neither do the cuts ``sentences`` adds after
"me." and "May." (review r24b).
"""

from __future__ import annotations

import re

#: Closing quote marks of the scripts concerned (guillemets, corner brackets, curly).
_CLOSING = "»”’」』“\"'"
#: A quotation's own final mark, inside the closing quote.
_TERMINAL = ".!?…;\u037e！？。"
#: A dash, then a lower-case word.
_DASH_CLAUSE = re.compile(r"[—–-]\s*[^\W\d_]")
#: The Japanese quotative particle (と, って) opening the text.
_QUOTATIVE = ("と", "って")
#: A Han clause's end on a verb of saying (said, asked, stated, claimed, pointed out,
#: stressed, answered, revealed, admitted; told someone), "道" after it as in "问道".
_HAN_SAID = re.compile(r"(?:说|问|表示|称|指出|强调|回答|透露|坦言|告诉[^，,。]{0,4})道?。\Z")
#: The longest Han clause read as an attribution (a speaker, a title, a verb).
HAN_CLAUSE = 20
_HAN = re.compile(r"[\u4e00-\u9fff]")


def continues_quote(tail: str, nxt: str) -> bool:
    """Whether ``nxt`` is the attribution closing the quotation that ends ``tail``."""
    if not tail.endswith(tuple(_CLOSING)):
        return False
    core = tail.rstrip(_CLOSING)
    if not core.endswith(tuple(_TERMINAL)):
        return False
    first = nxt[:1]
    if first.islower():
        return True
    if _DASH_CLAUSE.match(nxt) is not None:
        rest = nxt[1:].lstrip()
        return rest[:1].islower()
    if tail.endswith(("」", "』")):
        return nxt.startswith(_QUOTATIVE)
    return (
        _HAN.match(nxt) is not None
        and len(nxt) <= HAN_CLAUSE
        and "，" not in nxt
        and _HAN_SAID.search(nxt) is not None
    )


#: Marks after which a single quote opens a quotation (or nothing: the text's start).
_BEFORE_OPENING = '([—–-"“'


def inside_quotation(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` falls inside a quotation that opens before it
    and closes after it in ``text`` (straight or curly, double or single quotes), where
    sentencex ends no sentence: "'... who has brought you here? Do come in, and stay
    with me. No harm shall happen to you.'" is one sentence to it. A single quote
    between two letters is an apostrophe ("don't", "children’s"); one after a space or
    an opening mark and before a letter opens a quotation, one after a letter or a mark
    and before a space, a mark or the end closes the last one open; but one after "s"
    and before a space and a word is a plural's possessive ("‘The council never wrote to
    me. The residents’ group only heard about it": review r24e), so the quotation left
    open there, as British news leaves one that goes on in the next paragraph, lets
    "me." and "May." end their sentences."""
    straight = -1  # where an open straight double quote is
    curly: list[int] = []  # open curly double quotes
    single: list[int] = []  # open single quotes, straight or curly
    for k, ch in enumerate(text):
        if ch == '"':
            if straight < 0:
                straight = k
            elif straight < at <= k:
                return True
            else:
                straight = -1
        elif ch == "“":
            curly.append(k)
        elif ch == "”" and curly:
            if curly.pop() < at <= k:
                return True
        elif ch in "'‘’":
            before = text[k - 1] if k else " "
            after = text[k + 1] if k + 1 < len(text) else " "
            if before.isalnum() and after.isalnum():
                continue
            if before in "sS" and after == " " and text[k + 2 : k + 3].isalpha():
                continue  # "the residents’ group": a plural's possessive (review r24e)
            if ch != "’" and (before.isspace() or before in _BEFORE_OPENING) and after.isalnum():
                single.append(k)
            elif single and not before.isspace() and not after.isalnum():
                if single.pop() < at <= k:
                    return True
    return False
