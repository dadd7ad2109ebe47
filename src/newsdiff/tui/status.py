"""What the status line's second line says of the cursor's sentence and its row."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from textual.content import Content

from newsdiff.meaning.changes import CLASSES
from newsdiff.meaning.cues.base import Cue
from newsdiff.meaning.suggest import shown_why

from .layout import QUOTE_MARK, RowModel, Side, other
from .session import TagSession

#: The most words of one cue the status line shows: a quotation is a cue of
#: attribution, and whole it pushed the row's changes off the line.
CUE_WORDS = 3


#: What the status line says of a weak link's changes (``Row.sure`` false).
WEAK = "weak link: changes not classed"


def short_cue(text: str, words: int = CUE_WORDS) -> str:
    """A cue as the status line shows it: its first ``words`` words, then "…"."""
    parts = text.split()
    return text if len(parts) <= words else " ".join(parts[:words]) + "…"


def change_texts(model: RowModel) -> tuple[str, ...]:
    """The row's changes for the status line, most significant first ("number: 300 →
    400"); the status line shows as many as fit and counts the rest (``StatusLine``)."""
    changes = model.row.changes if model.kind in ("changed", "moved") else ()
    if model.row.drawn and not model.row.sure:
        return (WEAK,)
    ranked = sorted(changes, key=lambda c: CLASSES.index(c.cls))
    return tuple(
        f"{c.label}: {c.brief[0].strip() or '∅'} → {c.brief[1].strip() or '∅'}" for c in ranked
    )


def fit_changes(changes: Sequence[str], room: int) -> str:
    """As many of ``changes`` as fit in ``room`` cells, joined by "; ", then "+N more
    (v)" for the rest: v opens the detail panel, which lists every one. When not even
    the first fits, it is cut ("…") and the count and the key still show."""
    n = len(changes)
    for k in range(n, 0, -1):
        text = "; ".join(changes[:k]) + (f" +{n - k} more (v)" if k < n else "")
        if cell_len(text) <= room:
            return text
    if not n:
        return ""
    more = f" +{n - 1} more (v)" if n > 1 else " (v)"
    first = Content(changes[0]).truncate(max(1, room - len(more)), ellipsis=True)
    return first.plain + more


def detail(
    session: TagSession, model: RowModel, side: Side, sentence: int, suggestions: bool = True
) -> Content:
    """What the status line's second line says of the cursor's sentence and row, before
    the row's changes (``change_texts``).

    In order: who said what where annotators disagree, a label shift across the row,
    the note, where the label came from (or the suggestion and its cue words, each cut
    to a few words), a moved and edited row, an altered quotation.
    """
    parts: list[Content] = []
    said = session.disagreements(side).get(sentence)
    if said:
        who = ", ".join(f"{name}: {label}" for name, label in said.items())
        parts.append(Content.styled(f"≠ {who}", "$text-error"))
    if model.index in session.shift_rows():
        la = sorted({lab for i in model.row.a if (lab := session.own_label("a", i))})
        lb = sorted({lab for j in model.row.b if (lab := session.own_label("b", j))})
        parts.append(
            Content.styled(f"! label shift: A {'/'.join(la)} → B {'/'.join(lb)}", "$text-error")
        )
    record = session.record(side, sentence)
    if record is not None and record.note:
        parts.append(Content.styled(f"✎ {record.note}", "$text-accent"))
    source = session.source(side, sentence)
    if source == "propagated":
        where = other(side)
        from_ = [i for i in model.side_indices(where) if session.own_label(where, i)]
        names = ", ".join(f"{where.upper()}#{i + 1}" for i in from_) or "the counterpart"
        parts.append(Content(f"{record.label if record else ''} carried from {names}"))
    elif source == "suggestion":
        parts.append(Content("accepted suggestion"))
    elif source is None and suggestions:
        label, cues = session.suggestion(side, sentence)
        if label is not None:
            words = shown_why(cues, dict.fromkeys(short_cue(c.text) for c in cues))
            because = f": {words}" if words else " (no cue: a plain statement)"
            source_of = _source_of(session, cues)
            parts.append(Content.styled(f"suggests {label}{source_of} [s]{because}", "italic"))
    if model.row.edited:
        parts.append(Content.styled("moved, edited", "$text-accent"))
    if model.quote_altered:
        parts.append(Content.styled(f"{QUOTE_MARK} quote altered", "$text-warning"))
    return Content("  ·  ").join(parts)


def _source_of(session: TagSession, cues: Sequence[Cue]) -> str:
    """Which suggestions are in use, as the status line says it: the model's where it
    decided, or the rules' beside a model in use or not (``meaning.model_cv``)."""
    at = session.learned_at
    if not at:
        return ""
    if any(c.kind == "model" for c in cues):
        return f" (model of {at})"
    if session.model_in_use:
        return f" (rules; model of {at} in use)"
    return f" (rules; model of {at} not in use: {session.model_why_not or 'not better'})"


def cut_parts(text: Content, room: int, sep: str = "  ·  ", least: int = 6) -> Content:
    """``text`` in ``room`` cells, cut between its parts (joined by ``sep``): those that
    fit whole, then the next one cut ("…") when ``least`` cells are left for it. Never a
    separator at the end nor a lone "…": cut anywhere, the status line read
    "moved, edited  ·…  ·  number: …" and the header "reuse… ·  ignoring case"."""
    if text.cell_length <= room:
        return text
    kept = Content("")
    for k, part in enumerate(text.split(sep)):
        joint = sep if k else ""
        left = room - kept.cell_length - len(joint)
        if part.cell_length <= left:
            kept = Content.assemble(kept, joint, part)
            continue
        if left >= least:
            kept = Content.assemble(kept, joint, part.truncate(left, ellipsis=True))
        break
    return kept
