"""The diff view's look: its component classes (one per thing it draws) and their CSS.

A theme or the app's stylesheet may restyle any of these; the painter reads them.
"""

from __future__ import annotations

from newsdiff.meaning.changes import CLASSES

VIEW_COMPONENT_CLASSES: set[str] = {
    "diff-view--delete",
    "diff-view--insert",
    "diff-view--removed",
    "diff-view--added",
    "diff-view--filler",
    "diff-view--moved",
    "diff-view--cursor",
    "diff-view--cursor-bar",
    "diff-view--counterpart",
    "diff-view--rule",
    "diff-view--mark-changed",
    "diff-view--mark-added",
    "diff-view--mark-removed",
    "diff-view--mark-moved",
    "diff-view--tag-fact",
    "diff-view--tag-attribution",
    "diff-view--tag-estimate",
    "diff-view--tag-opinion",
    "diff-view--carried-fact",
    "diff-view--carried-attribution",
    "diff-view--carried-estimate",
    "diff-view--carried-opinion",
    "diff-view--suggestion",
    "diff-view--skipped",
    "diff-view--cue",
    "diff-view--unsure",
    "diff-view--disagree",
    "diff-view--note",
    "diff-view--shift",
    "diff-view--quote",
    "diff-view--fold",
    *(f"diff-view--class-{cls}" for cls in CLASSES),
}
"""
| Class | Description |
| :- | :- |
| `diff-view--delete` | Words of A that B does not have. |
| `diff-view--insert` | Words of B that A does not have. |
| `diff-view--removed` | A sentence only A has. |
| `diff-view--added` | A sentence only B has. |
| `diff-view--filler` | The empty side facing an added or removed sentence. |
| `diff-view--moved` | The badge of a moved sentence. |
| `diff-view--cursor` | The current sentence. |
| `diff-view--cursor-bar` | The bar in the gutter beside the current sentence. |
| `diff-view--counterpart` | The other side of the current sentence's row. |
| `diff-view--rule` | The rule between the panes. |
| `diff-view--mark-KIND` | A row's mark on the rule (changed, added, removed, moved). |
| `diff-view--tag-LABEL` | A tag badge in the gutter (fact, attribution, estimate, opinion). |
| `diff-view--carried-LABEL` | The badge of a label propagated from the counterpart. |
| `diff-view--suggestion` | The badge of a suggested label (untagged sentence). |
| `diff-view--skipped` | The badge of a sentence skipped as not a claim (``-``). |
| `diff-view--cue` | A cue word behind a suggestion. |
| `diff-view--unsure` | The unsure flag in the gutter. |
| `diff-view--disagree` | The flag of a sentence where annotators disagree. |
| `diff-view--note` | The note flag in the gutter. |
| `diff-view--shift` | The mark of a row whose sides carry different labels. |
| `diff-view--fold` | A fold line: a run of equal rows folded into one (``z``). |
| `diff-view--class-CLASS` | A changed word of that class (negation, number, ...). |
"""

VIEW_CSS = """
DiffView {
    overflow-x: hidden;
    overflow-y: scroll;
    scrollbar-size-vertical: 1;
    background: $surface;
    color: $foreground;

    & > .diff-view--delete { background: $error 35%; }
    & > .diff-view--insert { background: $success 35%; }
    & > .diff-view--removed { background: $error 8%; }
    & > .diff-view--added { background: $success 8%; }
    & > .diff-view--filler { color: $foreground 12%; }
    & > .diff-view--moved { color: $text-accent; text-style: bold; }
    & > .diff-view--cursor { background: $primary 35%; }
    & > .diff-view--cursor-bar { color: $primary; }
    & > .diff-view--counterpart { background: $primary 15%; }
    & > .diff-view--rule { color: $foreground 20%; }
    & > .diff-view--mark-changed { color: $text-warning; text-style: bold; }
    & > .diff-view--mark-added { color: $text-success; text-style: bold; }
    & > .diff-view--mark-removed { color: $text-error; text-style: bold; }
    & > .diff-view--mark-moved { color: $text-accent; text-style: bold; }
    & > .diff-view--tag-fact { color: $text; background: $primary; text-style: bold; }
    /* Not $secondary: in the default theme a dark shade of $primary, fact's blue.
       The theme has four hues (blue, orange, red, green), and red means trouble. */
    & > .diff-view--tag-attribution { color: white; background: #8a4fbf; text-style: bold; }
    & > .diff-view--tag-estimate { color: $text; background: $warning; text-style: bold; }
    /* Not $accent: in the default theme it is $warning's colour, estimate's block. */
    & > .diff-view--tag-opinion { color: $text; background: $success; text-style: bold; }
    /* Propagated: the label's colour without its block, so it reads as borrowed
       (the text- shade: navy letters on the dark surface would hardly show). */
    & > .diff-view--carried-fact { color: $text-primary; text-style: bold underline; }
    & > .diff-view--carried-attribution { color: #c39be6; text-style: bold underline; }
    & > .diff-view--carried-estimate { color: $text-warning; text-style: bold underline; }
    & > .diff-view--carried-opinion { color: $text-success; text-style: bold underline; }
    & > .diff-view--suggestion { color: $foreground 45%; text-style: italic; }
    & > .diff-view--skipped { color: $foreground 60%; text-style: bold; }
    & > .diff-view--cue { text-style: underline; }
    & > .diff-view--unsure { color: $text-warning; text-style: bold; }
    & > .diff-view--disagree { color: $text-error; text-style: bold; }
    & > .diff-view--note { color: $text-accent; text-style: bold; }
    & > .diff-view--quote { color: $text-warning; text-style: bold; }
    & > .diff-view--fold { color: $foreground 60%; text-style: italic; }
    & > .diff-view--shift { color: $text; background: $error; text-style: bold; }
    /* What a change means: the most significant classes stand out most. Each has
       a colour of its own in the default theme, where $accent is $warning's
       (a hedge word, usually a cue, is underlined anyway: colour tells it apart). */
    & > .diff-view--class-negation { color: $text-error; text-style: bold underline; }
    & > .diff-view--class-number { color: $text-warning; text-style: bold underline; }
    & > .diff-view--class-attribution { color: $text-primary; text-style: bold underline; }
    & > .diff-view--class-hedge { color: $text-success; text-style: bold; }
    & > .diff-view--class-synonym { text-style: italic; }
    & > .diff-view--class-variant { color: $foreground 55%; }
    & > .diff-view--class-rewording { }
    &:blur > .diff-view--cursor { background: $primary 20%; }
}
"""
