"""What the status line's second line says of the cursor's sentence and its row."""

from __future__ import annotations

from textual.content import Content

from newsdiff.meaning.changes import CLASSES

from .layout import QUOTE_MARK, RowModel, Side, other
from .session import TagSession


def detail(
    session: TagSession, model: RowModel, side: Side, sentence: int, suggestions: bool = True
) -> Content:
    """What the status line's second line says of the cursor's sentence and row.

    In order: who said what where annotators disagree, a label shift across the row,
    the note, where the label came from (or the suggestion and its cue words), a moved
    and edited row, an altered quotation, and the row's changes by class, most
    significant first.
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
            words = ", ".join(dict.fromkeys(c.text for c in cues))
            because = f": {words}" if words else " (no cue: a plain statement)"
            source_of = f" (model of {session.learned_at})" if session.learned_at else ""
            parts.append(Content.styled(f"suggests {label}{source_of} [s]{because}", "italic"))
    if model.row.edited:
        parts.append(Content.styled("moved, edited", "$text-accent"))
    if model.quote_altered:
        parts.append(Content.styled(f"{QUOTE_MARK} quote altered", "$text-warning"))
    changes = model.row.changes if model.kind in ("changed", "moved") else ()
    if changes:
        ranked = sorted(changes, key=lambda c: CLASSES.index(c.cls))
        shown = [f"{c.cls}: {c.a.strip() or '∅'} → {c.b.strip() or '∅'}" for c in ranked[:3]]
        more = f" +{len(ranked) - 3} more" if len(ranked) > 3 else ""
        parts.append(Content("; ".join(shown) + more))
    return Content("  ·  ").join(parts)
