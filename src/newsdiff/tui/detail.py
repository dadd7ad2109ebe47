"""What the detail panel (``v`` or Enter) says of the cursor's row: everything the
status line has no room for. Headless: it builds text, the panel only shows it."""

from __future__ import annotations

from textual.content import Content

from newsdiff.meaning.changes import CLASSES
from newsdiff.meaning.suggest import shown_why

from .layout import QUOTE_MARK, SIDES, RowModel, Side
from .session import TagSession

#: What the panel says of a weak link (``Row.sure`` false), in place of its changes.
WEAK_LINK = (
    "A weak link (similarity below 0.3, no run of three words shared that counts): its "
    "changes "
    "are drawn, in no class, and no filter counts them."
)


def _tags(session: TagSession, side: Side, sentence: int) -> str:
    """The annotator's record of a sentence and, where they differ, the others' labels."""
    record = session.record(side, sentence)
    if record is not None and record.skipped:
        mine = "skipped (not a claim)"
    elif record is not None and record.label:
        mine = record.label + ("" if record.source == "human" else f" ({record.source})")
    else:
        mine = "untagged"
    extras = []
    if record is not None and record.unsure:
        extras.append("unsure")
    if record is not None and record.note:
        extras.append(f"note: {record.note}")
    said = session.disagreements(side).get(sentence)
    if said:
        extras.append("annotators: " + ", ".join(f"{n} {lab}" for n, lab in said.items()))
    return f"{session.annotator}: {mine}" + "".join(f" · {e}" for e in extras)


def row_detail(
    session: TagSession,
    model: RowModel,
    rows: int,
    side: Side,
    sentence: int,
    suggestions: bool = True,
) -> Content:
    """The cursor's row in full: its kind and similarity, every change with its class,
    then both sides' sentences with their tags (and suggestions)."""
    row = model.row
    if not row.b and model.kind == "equal":  # one article alone (``single``): a row is a sentence
        total = len(session.sentences[side])
        lines = [Content.styled(f"{side.upper()}#{sentence + 1} of {total}", "bold")]
    else:
        lines = [
            Content.assemble(
                (f"Row {model.index + 1} of {rows}", "bold"),
                f" · {'moved, edited' if row.edited else model.kind} · similarity "
                f"{row.similarity:.2f} · cursor on {side.upper()}#{sentence + 1}",
            )
        ]
    if model.quote_altered:
        lines[0] = Content.assemble(
            lines[0], " · ", (f"{QUOTE_MARK} quote altered", "bold $text-warning")
        )
    # The changes first: the panel is a few lines high (40% of the screen) and takes
    # no focus, so whatever comes after the fold of an 80x24 terminal goes unseen
    # unless J pages it.
    changes = row.changes if model.kind in ("changed", "moved") else ()
    if changes:
        lines.append(Content.styled(f"Changes ({len(changes)}), most significant first:", "bold"))
        width = max(len(c.label) for c in changes)
        for c in sorted(changes, key=lambda c: CLASSES.index(c.cls)):
            lines.append(
                Content(
                    f"  {c.label:<{width}}  {c.brief[0].strip() or '∅'} → {c.brief[1].strip() or '∅'}"
                )
            )
    elif model.kind in ("added", "removed"):
        lines.append(Content(f"The whole row is {model.kind}."))
    elif row.drawn and not row.sure:
        lines.append(Content(WEAK_LINK))
    for s in SIDES:
        for i in model.side_indices(s):
            text = session.sentences[s][i].text
            head = Content.styled(f"{s.upper()}#{i + 1} ", "bold $text-accent")
            lines.append(Content.assemble(head, text))
            lines.append(Content.styled(f"    {_tags(session, s, i)}", "$text-muted"))
            label, cues = session.suggestion(s, i)
            if suggestions and label is not None and not session.done(s, i):
                words = shown_why(cues, dict.fromkeys(c.text for c in cues)) or "no cue"
                lines.append(Content.styled(f"    suggests {label} ({words})", "italic"))
    return Content("\n").join(lines)
