"""A reporting verb's participle that opens a clause after a comma reports, as its
past form does: "Starmer announced a plan, saying the country faced its worst housing
shortage" hands the claim to Starmer, as "He said the country faced ..." does."""

from __future__ import annotations

from operator import itemgetter

from newsdiff.meaning.cues.base import Word

#: Participles of reporting verbs and the past form the clause rules know them by.
_PARTICIPLES = {
    "saying": "said",
    "telling": "told",
    "warning": "warned",
    "noting": "noted",
    "arguing": "argued",
    "insisting": "insisted",
    "stressing": "stressed",
    "explaining": "explained",
    "stating": "stated",
    "asserting": "asserted",
    "declaring": "declared",
    "acknowledging": "acknowledged",
    "admitting": "admitted",
    "conceding": "conceded",
    "complaining": "complained",
    "confirming": "confirmed",
    "denying": "denied",
}
#: The marks a participle's clause opens after.
_OPENERS = (",", ";", "\u2014", "\u2013")
_FORM = itemgetter(0)


def participles_read_as_past(text: str, ws: tuple[Word, ...]) -> tuple[Word, ...]:
    """``ws`` with each reporting verb's participle right after a comma, semicolon or
    dash put in its past form, so the clause rules read it: ", saying the country
    faced" reports, and ", saying goodbye" (no content after it) does not, as "said
    goodbye" does not. A participle elsewhere ("was saying", "the saying goes") is
    left as it is."""
    if _PARTICIPLES.keys().isdisjoint(map(_FORM, ws)):
        return ws  # most texts: a test in C (a pattern over the text cost 40 M of the 1 MB pair)
    out: list[Word] | None = None
    for k, (w, s, e) in enumerate(ws):
        past = _PARTICIPLES.get(w)
        if past is None or not k or not text[ws[k - 1][2] : s].rstrip().endswith(_OPENERS):
            continue
        if out is None:
            out = list(ws)
        out[k] = (past, s, e)
    return ws if out is None else tuple(out)
