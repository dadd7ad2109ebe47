"""The app's preferences, remembered per store and annotator: what the comparison
ignores, whether suggestions show, auto-advance after a label, folded equal rows.

Kept in the store's state table (``preferences:ANNOTATOR``) so that the next session on
the same store opens as the last one was left. Auto-advance is on until the annotator
turns it off (tagging 20 sentences takes 20 keys, not 41): the default must not hang on
whether the store exists, since any session (or the pair list's scan cache) creates it,
and a default that flips then would switch auto-advance off behind the annotator's back.
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
    advance: bool = True
    """After a label key, go to the next untagged sentence of the same side."""
    fold: bool = False
    """Runs of equal rows shown as one line ("12 equal rows")."""

    def toggled(self, name: str, value: bool) -> Preferences:
        """These preferences with one of their own switches (not an option) set."""
        changed: dict[str, Any] = {name: value}
        return replace(self, **changed)

    def with_flags(self, given: CompareOptions) -> Preferences:
        """These preferences with the ignore flags ``given`` on the command line turned on
        (they win for the session); the remembered others stay as they were."""
        on = {f.name: True for f in fields(CompareOptions) if getattr(given, f.name) is True}
        return replace(self, options=replace(self.options, **on)) if on else self

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
    """This annotator's preferences in ``store``; the defaults where none were saved."""
    base = Preferences()
    try:
        state = store.get_state(state_key(annotator))
    except (StoreError, OSError):
        return base
    return base if state is None else Preferences.from_state(state, base)


def session_preferences(
    store: Store, annotator: str, given: CompareOptions = DEFAULT, advance: bool | None = None
) -> Preferences:
    """The preferences a session opens with: the remembered ones, with the command line's
    ignore flags (``given``) and ``advance`` (None: as remembered) over them."""
    prefs = load_preferences(store, annotator).with_flags(given)
    return prefs if advance is None else replace(prefs, advance=advance)


def save_preferences(store: Store, annotator: str, prefs: Preferences) -> None:
    """Remember ``prefs``.

    Raises:
        StoreError, OSError: the store cannot be read or written (a damaged main file
            is left as it is); the app says so and goes on, the session is not lost.
    """
    store.set_state(state_key(annotator), prefs.to_state())
