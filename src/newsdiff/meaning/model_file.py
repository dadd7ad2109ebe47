"""The suggestion model's file beside the store (``newsdiff.model.npz``): written
durably with the store's permissions, read with every part checked.

The file is a numpy ``.npz`` archive (never pickled objects) of three arrays: ``rows``
(the hashed buckets seen in training, sorted), ``weights`` (one row per bucket, one
column per label) and ``meta`` (UTF-8 JSON: the version, the labels, the margin, whether
it is in use and the cross-validated figures behind that, when and on whose labels it
was trained). A file that is empty, truncated, damaged or not a model,
or whose description is wrong in any field, is refused with a ``ModelError`` in our own
words; the CLI turns it into one line and exit 2, and the app keeps the rules.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from newsdiff.core.durable import atomic_write
from newsdiff.core.labels import LABELS
from newsdiff.meaning.model import BUCKETS, MARGIN, VERSION, Floats, Ints, Model, ModelError
from newsdiff.meaning.model_plain import model_path as model_path

_ARRAYS = frozenset({"rows", "weights", "meta"})
_AGAIN = "run 'newsdiff train' again"


def save(model: Model, path: Path) -> None:
    """Write the model atomically (``core.durable``: a temporary file with the usual
    permissions, fsync, rename, folder fsync), so another annotator can read it."""
    meta = {**model.meta, "version": VERSION, "labels": model.labels, "buckets": BUCKETS}
    buf = io.BytesIO()
    np.savez_compressed(
        buf, rows=model.rows, weights=model.weights.astype(np.float32),
        meta=np.frombuffer(json.dumps(meta).encode(), np.uint8),
    )  # fmt: skip
    atomic_write(path, buf.getvalue())


def load(path: Path) -> Model:
    """The model saved at ``path``; ModelError if it cannot be read, is damaged or
    truncated, or is of another version."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ModelError(f"{path}: cannot read the model ({err.strerror or err})") from None
    parts = _arrays(raw)
    if parts is None:
        raise _damaged(path)
    meta, rows, weights = parts
    if not isinstance(meta, dict):
        raise _damaged(path)
    version = meta.get("version")
    if not _is_int(version):
        raise _damaged(path, "version")
    if version != VERSION:
        raise ModelError(
            f"{path}: a model of version {version} (this newsdiff reads {VERSION}); {_AGAIN}"
        )
    bad = _bad_field(meta)
    if bad is None and not _arrays_fit(rows, weights, len(meta["labels"])):
        bad = "weights"
    if bad is not None:
        raise _damaged(path, bad)
    margin = float(meta.get("margin", MARGIN))
    return Model(
        list(meta["labels"]), rows.astype(np.int64), weights.astype(np.float64), meta, margin
    )


def _damaged(path: Path, part: str = "") -> ModelError:
    why = f": its {part!r} is wrong" if part else ""
    return ModelError(f"{path}: not a newsdiff model (damaged or truncated{why}); {_AGAIN}")


def _arrays(raw: bytes) -> tuple[Any, npt.NDArray[Any], npt.NDArray[Any]] | None:
    """The file's description and its two arrays, or None when it is no such archive."""
    try:
        with np.load(io.BytesIO(raw), allow_pickle=False) as data:
            if set(data.files) != _ARRAYS:
                return None
            meta, rows, weights = data["meta"], data["rows"], data["weights"]
        if meta.dtype != np.uint8 or meta.ndim != 1:
            return None
        return json.loads(meta.tobytes().decode("utf-8")), rows, weights
    # The bytes are anyone's: zipfile, zlib, numpy's header parser (tokenize) and json
    # each raise their own errors on a damaged file (EOFError, BadZipFile, zlib.error,
    # TokenError, NotImplementedError, RecursionError, ... seen when fuzzing) and their
    # messages give numpy's advice (allow_pickle), not ours. Only decoding is in here.
    except Exception:
        return None


def _is_int(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_number(x: object, low: float, high: float) -> bool:
    return (
        isinstance(x, int | float)
        and not isinstance(x, bool)
        and math.isfinite(x)
        and low <= x <= high
    )


def _label_list(x: object, at_least: int) -> bool:
    return (
        isinstance(x, list)
        and len(x) >= at_least
        and all(isinstance(lab, str) and lab in LABELS for lab in x)
        and len(set(x)) == len(x)
    )


#: Each field of the description: whether it must be there, and what it may hold.
_FIELDS: dict[str, tuple[bool, Callable[[Any], bool]]] = {
    "buckets": (True, lambda x: _is_int(x) and x == BUCKETS),
    "labels": (True, lambda x: _label_list(x, 1)),
    "unused": (False, lambda x: _label_list(x, 0)),
    "margin": (False, lambda x: _is_number(x, 0.0, 1.0)),
    "l2": (False, lambda x: _is_number(x, 0.0, math.inf)),
    "in_use": (False, lambda x: isinstance(x, bool)),
    "cv_macro_f1": (False, lambda x: _is_number(x, 0.0, 1.0)),
    "cv_rules_macro_f1": (False, lambda x: _is_number(x, 0.0, 1.0)),
    "cv_opinion_f1": (False, lambda x: _is_number(x, 0.0, 1.0)),
    "cv_rules_opinion_f1": (False, lambda x: _is_number(x, 0.0, 1.0)),
    "cv_fixed": (False, lambda x: _is_int(x) and x >= 0),
    "cv_broken": (False, lambda x: _is_int(x) and x >= 0),
    "trained": (False, lambda x: isinstance(x, str)),
    "annotator": (False, lambda x: x is None or isinstance(x, str)),
    "given": (False, lambda x: _is_int(x) and x >= 0),
    "counts": (
        False,
        lambda x: (
            isinstance(x, dict) and all(k in LABELS and _is_int(n) and n >= 0 for k, n in x.items())
        ),
    ),
}


def _bad_field(meta: dict[str, Any]) -> str | None:
    """The first field of the description that is missing or wrong, or None."""
    for name, (needed, valid) in _FIELDS.items():
        if name not in meta:
            if needed:
                return name
        elif not valid(meta[name]):
            return name
    return None


def _arrays_fit(rows: npt.NDArray[Any], weights: npt.NDArray[Any], n_labels: int) -> bool:
    """Whether the arrays are a model's: sorted distinct buckets in range, and a finite
    weight for each bucket and label."""
    if rows.dtype.kind not in "iu" or rows.ndim != 1 or len(rows) == 0:
        return False
    if weights.dtype.kind != "f" or weights.shape != (len(rows), n_labels):
        return False
    r: Ints = rows.astype(np.int64)
    w: Floats = weights.astype(np.float64)
    return bool(r[0] >= 0 and r[-1] < BUCKETS and np.all(np.diff(r) > 0) and np.isfinite(w).all())
