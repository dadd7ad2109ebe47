"""Suggestions that learn from the annotator: the model beside the store is loaded after
the first paint, retrained in a thread after every ``RETRAIN_EVERY`` new labels of the
annotator's own (typed or accepted) and on ``T``, and its suggestions replace the rules'
where it exists. Nothing here runs on the event loop but handing the result over."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual import on
from textual.app import SystemCommand
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen

from newsdiff.core.labels import Label
from newsdiff.meaning.cues.base import Cue
from newsdiff.store import Store, StoreError

from .app_base import background
from .commands import palette_help
from .loading import LoadingMixin
from .session import TagSession
from .widgets.diff_view import DiffView

#: Retrain after this many new labels of the annotator's own.
RETRAIN_EVERY = 25
#: The fewest labels a model is trained on (``meaning.model.MIN_LABELS``; not imported
#: here, where numpy would load with the app rather than at the first training).
RETRAIN_FROM = 30

Suggestions = dict[str, tuple[Label | None, tuple[Cue, ...]]]
#: A model's suggestions where it overrides the rules, when it was trained, which labels
#: it left to the rules (``Learned.left_to_the_rules``; None when none, or not known for
#: a saved model), and whether it is in use (``train`` found it better than the rules in
#: cross-validation, ``meaning.model_cv``; a model not in use suggests nothing).
Trained = tuple[Suggestions, str, str | None, bool]


def session_texts(session: TagSession) -> list[str]:
    """Every sentence text of both sides (what the model suggests for)."""
    return [s.text for side in ("a", "b") for s in session.sentences[side]]


def own_labels(session: TagSession) -> int:
    """How many sentences of the pair carry a label of the annotator's own."""
    return session.tagged("a") + session.tagged("b")


def load_suggestions(store_path: Path, texts: list[str]) -> Trained | None:
    """The saved model's suggestions for ``texts`` and when it was trained, or None
    (no model, or one that cannot be read: the rules stay). A store without a model
    loads no numpy: most sessions never train one."""
    from newsdiff.meaning.model_plain import model_path

    path = model_path(store_path)
    if not path.exists():
        return None
    from newsdiff.meaning import model, model_file
    from newsdiff.meaning.learning import in_use, suggestions_of

    try:
        learned = model_file.load(path)
    except model.ModelError:
        return None
    when = str(learned.meta.get("trained", "?"))
    return suggestions_of(texts, learned), when, None, in_use(learned)


def retrain(store_path: Path, annotator: str, texts: list[str]) -> Trained | str:
    """Fit the model on the annotator's labels in the store, save it beside the store,
    and return its suggestions for ``texts``; a string says why nothing was trained.
    Runs in a thread, so it opens the store on its own."""
    from newsdiff.meaning import model_file
    from newsdiff.meaning.learning import LEARN_SOURCES, in_use, learn, suggestions_of

    try:
        with Store(store_path) as store:
            tags = [
                t
                for t in store.tags(annotator=annotator)
                if t.label and t.source in LEARN_SOURCES and t.text.strip()
            ]
    except (StoreError, OSError) as err:
        return f"cannot read the labels ({err})"
    learned = learn([t.text for t in tags], [t.label for t in tags], annotator)
    if isinstance(learned, str):
        return learned
    try:
        model_file.save(learned.model, model_file.model_path(store_path))
    except OSError as err:
        return f"cannot save the model ({err.strerror or err})"
    when = str(learned.model.meta["trained"])
    fitted = learned.model
    return suggestions_of(texts, fitted), when, learned.left_to_the_rules(), in_use(fitted)


def clock(stamp: str) -> str:
    """ "2026-12-03T17:52:10+0000" -> "17:52"."""
    return stamp[11:16] if len(stamp) >= 16 else stamp


#: The app's key for retraining (``NewsdiffApp.BINDINGS`` lists it, so help does too).
RETRAIN_BINDING = Binding(
    "T", "retrain", "Retrain", show=False, id="retrain",
    tooltip="Retrain the suggestions on your labels now (in the background; they "
    f"retrain by themselves after every {RETRAIN_EVERY} new labels of yours, once you "
    f"have {RETRAIN_FROM}; fewer are not enough to train on).",
)  # fmt: skip


class TrainingMixin(LoadingMixin):
    """Loads, retrains and applies the suggestion model (see the module docstring)."""

    learned: Suggestions = {}
    """The model's suggestions by sentence text (empty: the rules alone)."""
    trained_at = ""
    """When the model was trained (empty: no model)."""
    model_in_use = False
    """Whether that model beat the rules in ``train``'s cross-validation."""
    training = False
    _labels_at_training: int | None = None

    class ModelReady(Message):
        """The model's suggestions (posted from a thread), or why there are none."""

        def __init__(self, result: Trained | str | None, trained: bool, asked: bool) -> None:
            super().__init__()
            self.result = result
            self.trained = trained
            self.asked = asked

    @on(LoadingMixin.Compared)
    def _load_model_later(self, _message: LoadingMixin.Compared) -> None:
        if self.trained_at or self.training:
            return  # the options made a new session: ``_view_changed`` hands it the model
        # After the first paint, in a thread: start-up never waits for the model.
        self.call_after_refresh(self._start, False, False)

    def _start(self, train: bool, asked: bool) -> None:
        session = self.session
        if session is None or self.training:
            return
        self.training = train
        self._labels_at_training = own_labels(session)
        texts = session_texts(session)
        if train:
            background(self._train_thread, self.store.path, self.annotator, texts, asked)
        else:
            background(self._load_thread, self.store.path, texts)

    def _load_thread(self, path: Path, texts: list[str]) -> None:
        self.post_message(self.ModelReady(load_suggestions(path, texts), False, False))

    def _train_thread(self, path: Path, annotator: str, texts: list[str], asked: bool) -> None:
        self.post_message(self.ModelReady(retrain(path, annotator, texts), True, asked))

    def action_retrain(self) -> None:
        """Retrain now (the key ``T``)."""
        if self.training:
            self._say("already retraining the suggestions…")
            return
        self._say("retraining the suggestions on your labels…")
        self._start(True, True)

    @on(ModelReady)
    def _model_ready(self, message: ModelReady) -> None:
        self.training = False
        if not self.query(DiffView):  # the user quit while it was computed
            return
        result = message.result
        if isinstance(result, str):
            if message.asked:
                self._say(f"suggestions not retrained: {result}")
            return
        if result is None:
            return
        self.learned, self.trained_at, left, self.model_in_use = result
        self._hand_over()
        view = self.view
        view.painter.clear()
        view.refresh()
        self._update_status()
        if message.trained:
            # The labels too rare to learn go on the second line (a message's second part).
            said = f"suggestions retrained at {clock(self.trained_at)}"
            if not self.model_in_use:
                said += "; not in use: it does not beat the rules alone"
            self._say(f"{said}\n{left}" if left else said)

    def _hand_over(self) -> None:
        """Give the session (a new one after an options change too) the model's
        suggestions and their time, which the status line shows."""
        session = self.session
        if session is not None and (
            session.learned is not self.learned or session.model_in_use != self.model_in_use
        ):
            session.learned = self.learned
            session.learned_at = clock(self.trained_at)
            session.model_in_use = self.model_in_use

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if self.session is not None:
            yield SystemCommand(
                "Retrain the suggestions",
                palette_help(RETRAIN_BINDING.tooltip, RETRAIN_BINDING.key),
                self.action_retrain,
            )

    def _view_changed(self, what: str) -> None:
        self._hand_over()
        super()._view_changed(what)
        session = self.session
        if what and session is not None and not self.training:
            base = self._labels_at_training
            if base is None:
                self._labels_at_training = base = own_labels(session)
            if own_labels(session) - base >= RETRAIN_EVERY:
                self._start(True, False)
