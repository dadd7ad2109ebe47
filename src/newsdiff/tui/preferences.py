"""The app's preferences, remembered per store and annotator: what the comparison
ignores, whether suggestions show, auto-advance after a label, folded equal rows.

Kept in the store's state table (``preferences:ANNOTATOR``) so that the next session on
the same store opens as the last one was left. A new store (nothing written to it yet)
starts with auto-advance on: tagging 20 sentences takes 20 keys, not 41; an existing
store without preferences keeps the behaviour its annotators already know (off).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from newsdiff.meaning.options import DEFAULT, CompareOptions
from newsdiff.store import Store, StoreError


@dataclass(frozen=True)
class Preferences:
    """What the options screen (``i``) toggles."""

    options: CompareOptions = DEFAULT
    suggestions: bool = True
    advance: bool = False
    """After a label key, go to the next untagged sentence of the same side."""
    fold: bool = False
    """Runs of equal rows shown as one line ("12 equal rows")."""

    def toggled(self, name: str, value: bool) -> Preferences:
        """These preferences with one of their own switches (not an option) set."""
        changed: dict[str, Any] = {name: value}
        return replace(self, **changed)

    def to_state(self) -> dict[str, Any]:
        flags = {f.name: bool(getattr(self.options, f.name)) for f in fields(CompareOptions)}
        return {
            "options": flags,
            "suggestions": self.suggestions,
            "advance": self.advance,
            "fold": self.fold,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any], base: Preferences) -> Preferences:
        """Preferences from a stored state; anything missing or malformed keeps ``base``'s
        (a hand-edited or older store must not stop the app)."""
        out = base
        raw = state.get("options")
        if isinstance(raw, dict):
            known = {f.name for f in fields(CompareOptions)}
            flags = {k: v for k, v in raw.items() if k in known and isinstance(v, bool)}
            out = replace(out, options=replace(out.options, **flags))
        for name in ("suggestions", "advance", "fold"):
            value = state.get(name)
            if isinstance(value, bool):
                out = out.toggled(name, value)
        return out


def state_key(annotator: str) -> str:
    return f"preferences:{annotator}"


def load_preferences(store: Store, annotator: str) -> Preferences:
    """This annotator's preferences in ``store``; the defaults of a new or old store."""
    base = Preferences(advance=not store.exists)
    try:
        state = store.get_state(state_key(annotator))
    except (StoreError, OSError):
        return base
    return base if state is None else Preferences.from_state(state, base)


def save_preferences(store: Store, annotator: str, prefs: Preferences) -> None:
    """Remember ``prefs``; a store that cannot be written loses only them, not the session."""
    try:
        store.set_state(state_key(annotator), prefs.to_state())
    except (StoreError, OSError, ValueError):
        pass
