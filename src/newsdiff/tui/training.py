"""Suggestions that learn from the annotator: the model beside the store is loaded after
the first paint, retrained in a thread after every ``RETRAIN_EVERY`` new labels of the
annotator's own (typed or accepted) since the model was trained, counted in the whole
store and so across sittings, and on ``T``; its suggestions replace the rules' where it
exists. Nothing here runs on the event loop but handing the result over."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.binding import Binding
from textual.message import Message

from newsdiff.core.labels import Label
from newsdiff.meaning.cues.base import Cue
from newsdiff.meaning.model_plain import learns_from, model_path, trained_on
from newsdiff.store import Store, StoreError

from .app_base import background
from .layout import Side
from .loading import LoadingMixin
from .session import TagSession
from .widgets.diff_view import DiffView

#: Retrain after this many new labels of the annotator's own since the model was trained.
RETRAIN_EVERY = 25
#: The fewest labels a model is trained on (``meaning.model.MIN_LABELS``; not imported
#: here, where numpy would load with the app rather than at the first training).
RETRAIN_FROM = 30

Suggestions = dict[str, tuple[Label | None, tuple[Cue, ...]]]
#: A model's suggestions where it overrides the rules, when it was trained, which labels
#: it left to the rules (``Learned.left_to_the_rules``; None when none, or not known for
#: a saved model), and why it is not in use, None when it is (``train`` found it better
#: than the rules in cross-validation, ``meaning.model_cv``; a model not in use suggests
#: nothing).
Trained = tuple[Suggestions, str, str | None, str | None]


def session_texts(session: TagSession) -> list[str]:
    """Every sentence text of both sides (what the model suggests for)."""
    return [s.text for side in ("a", "b") for s in session.sentences[side]]


def own_labels(session: TagSession) -> int:
    """How many sentences of the pair carry a label a model learns from (typed or
    accepted; not skipped, not carried)."""
    sides: tuple[Side, ...] = ("a",) if session.one else ("a", "b")
    return sum(
        1
        for side in sides
        for i in range(len(session.sentences[side]))
        if (tag := session.stored(side, i)) is not None
        and learns_from(tag.label, tag.source, tag.text)
    )


#: The annotator's labels in the store's other articles, and how many of theirs the
#: model was trained on (None: a model of another's labels, or none to read).
Counted = tuple[int, int | None]


def labels_elsewhere(store_path: Path, annotator: str, ids: set[str]) -> int:
    """How many labels a model learns from the annotator has in the store's articles
    other than ``ids`` (the pair, which the session counts as it changes); 0 when the
    store cannot be read (the pair's labels still count)."""
    try:
        with Store(store_path) as store:
            tags = store.tags(annotator=annotator)
    except (StoreError, OSError):
        return 0
    return sum(
        1 for t in tags if t.article_id not in ids and learns_from(t.label, t.source, t.text)
    )


def load_suggestions(
    store_path: Path, texts: list[str], annotator: str = ""
) -> tuple[Trained | None, int | None]:
    """The saved model's suggestions for ``texts`` and when it was trained, or None
    (no model, or one that cannot be read: the rules stay), and how many of the
    annotator's labels it was trained on (0 with no model). A store without a model
    loads no numpy: most sessions never train one."""
    path = model_path(store_path)
    if not path.exists():
        return None, 0
    from newsdiff.meaning import model, model_file
    from newsdiff.meaning.learning import suggestions_of, why_not

    try:
        learned = model_file.load(path)
    except model.ModelError:
        return None, 0
    when = str(learned.meta.get("trained", "?"))
    base = trained_on(learned.meta, annotator)
    return (suggestions_of(texts, learned), when, None, why_not(learned)), base


def retrain(store_path: Path, annotator: str, texts: list[str]) -> Trained | str:
    """Fit the model on the annotator's labels in the store, save it beside the store,
    and return its suggestions for ``texts``; a string says why nothing was trained.
    Runs in a thread, so it opens the store on its own."""
    from newsdiff.meaning import model_file
    from newsdiff.meaning.learning import learn, suggestions_of, why_not

    try:
        with Store(store_path) as store:
            tags = [
                t for t in store.tags(annotator=annotator) if learns_from(t.label, t.source, t.text)
            ]
    except (StoreError, OSError) as err:
        return f"cannot read the labels ({err})"
    learned = learn(
        [t.text for t in tags], [t.label for t in tags], annotator, [t.article_id for t in tags]
    )
    if isinstance(learned, str):
        return learned
    try:
        model_file.save(learned.model, model_file.model_path(store_path))
    except OSError as err:
        return f"cannot save the model ({err.strerror or err})"
    when = str(learned.model.meta["trained"])
    fitted = learned.model
    return suggestions_of(texts, fitted), when, learned.left_to_the_rules(), why_not(fitted)


def clock(stamp: str) -> str:
    """ "2026-12-03T17:52:10+0000" -> "17:52"."""
    return stamp[11:16] if len(stamp) >= 16 else stamp


#: The app's key for retraining (``NewsdiffApp.BINDINGS`` lists it, so help does too).
RETRAIN_BINDING = Binding(
    "T", "retrain", "Retrain", show=False, id="retrain",
    tooltip="Retrain the suggestions on your labels now (in the background; they "
    f"retrain by themselves after every {RETRAIN_EVERY} new labels of yours, once you "
    f"have {RETRAIN_FROM}, counting those of earlier sittings since the last training; "
    "fewer are not enough to train on).",
)  # fmt: skip


class TrainingMixin(LoadingMixin):
    """Loads, retrains and applies the suggestion model (see the module docstring)."""

    learned: Suggestions = {}
    """The model's suggestions by sentence text (empty: the rules alone)."""
    trained_at = ""
    """When the model was trained (empty: no model)."""
    model_in_use = False
    """Whether that model beat the rules in ``train``'s cross-validation."""
    model_why_not = ""
    """Why it did not, in the status line's words (``learning.why_not``)."""
    training = False
    _elsewhere: int | None = None
    """The annotator's labels in the store's other articles (None: not read yet)."""
    _trained_on: int | None = None
    """How many of them, with the pair's, the model was last trained on (None: not known
    yet); ``RETRAIN_EVERY`` more and it retrains."""
    _before: int | None = None

    class ModelReady(Message):
        """The model's suggestions (posted from a thread), or why there are none."""

        def __init__(
            self,
            result: Trained | str | None,
            trained: bool,
            asked: bool,
            counted: Counted | None = None,
        ) -> None:
            super().__init__()
            self.result = result
            self.trained = trained
            self.asked = asked
            self.counted = counted

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
        if train and not self.view.save_now():
            # The key that reached the count has its writes staged until the next screen
            # update (``DiffView._staged``), and the thread reads the store: it trained
            # without that label (at the 30th, on too few: no model, in silence). Not
            # saved: nothing new to train on, and the count stays as it was.
            self.training = False
            return
        texts = session_texts(session)
        if train:
            # Counted from here, so a training that fails is not tried again at once.
            self._before, self._trained_on = self._trained_on, self._labels_now()
            background(self._train_thread, self.store.path, self.annotator, texts, asked)
        else:
            ids = set(session.ids.values())
            background(self._load_thread, self.store.path, self.annotator, texts, ids)

    def _load_thread(self, path: Path, annotator: str, texts: list[str], ids: set[str]) -> None:
        loaded, base = load_suggestions(path, texts, annotator)
        counted = (labels_elsewhere(path, annotator, ids), base)
        self.post_message(self.ModelReady(loaded, False, False, counted))

    def _labels_now(self) -> int | None:
        """The annotator's labels a model learns from in the whole store (None: the
        other articles not read yet)."""
        session = self.session
        if self._elsewhere is None or session is None:
            return None
        return self._elsewhere + own_labels(session)

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
        if message.counted is not None:
            self._elsewhere, base = message.counted
            # No model of this annotator's labels: count from this sitting's start.
            self._trained_on = self._labels_now() if base is None else base
        if not self.query(DiffView):  # the user quit while it was computed
            return
        result = message.result
        if isinstance(result, str):
            if message.asked:
                self._trained_on = self._before  # ``T`` too early moves nothing
                self._say(f"suggestions not retrained: {result}")
            return
        if result is None:
            return
        self.learned, self.trained_at, left, why = result
        self.model_in_use, self.model_why_not = why is None, why or ""
        self._hand_over()
        view = self.view
        view.painter.clear()
        view.refresh()
        self._update_status()
        if message.trained:
            # The labels too rare to learn go on the second line (a message's second part).
            said = f"suggestions retrained at {clock(self.trained_at)}"
            if not self.model_in_use:
                said += f"; not in use: {self.model_why_not}"
            self._say(f"{said}\n{left}" if left else said)

    def _hand_over(self) -> None:
        """Give the session (a new one after an options change too) the model's
        suggestions and their time, which the status line shows."""
        session = self.session
        if session is not None and (
            session.learned is not self.learned
            or session.model_in_use != self.model_in_use
            or session.model_why_not != self.model_why_not
        ):
            session.learned = self.learned
            session.learned_at = clock(self.trained_at)
            session.model_in_use = self.model_in_use
            session.model_why_not = self.model_why_not

    def _view_changed(self, what: str) -> None:
        self._hand_over()
        super()._view_changed(what)
        session = self.session
        now, base = self._labels_now(), self._trained_on
        if what and session is not None and not self.training and now is not None:
            if base is not None and now >= RETRAIN_FROM and now - base >= RETRAIN_EVERY:
                self._start(True, False)
