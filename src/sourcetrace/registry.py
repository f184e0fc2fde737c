"""Versioned names → step factories. Filled on first use, not as an import side effect; built-in
steps register through the same `register` call a plugin would use."""

from __future__ import annotations

from collections.abc import Callable

from .errors import Errors, PipelineError
from .pipeline import Step

_STEPS: dict[str, Callable[[], Step]] = {}
_loaded = False


def register(name: str, factory: Callable[[], Step]) -> None:
    _STEPS[name] = factory


def _ensure_loaded() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    from .steps.article_date import ArticleDater
    from .steps.attribution import AttributionFinder, DenewsAttributionFinder, PolnearAttributionFinder
    from .steps.hedges import HedgeTagger
    from .steps.quantity import QuantityTagger
    from .steps.segment import Segmenter
    from .steps.sentence_model import QuoteSentenceModel
    from .steps.sentences import SentenceSplitter
    from .steps.syntax import SyntaxParser
    from .steps.timex import TimexTagger

    for cls in (Segmenter, SentenceSplitter, SyntaxParser, ArticleDater, TimexTagger, QuantityTagger,
                AttributionFinder, PolnearAttributionFinder, DenewsAttributionFinder, QuoteSentenceModel, HedgeTagger):
        register(cls.name, cls)


def names() -> list[str]:
    _ensure_loaded()
    return sorted(_STEPS)


def create(name: str) -> Step:
    _ensure_loaded()
    if name not in _STEPS:
        raise PipelineError(Errors.E021.format(name=name, choices=", ".join(sorted(_STEPS))))
    return _STEPS[name]()


DEFAULT_STEPS: tuple[str, ...] = (
    "segment.rules.v1",
    "sentences.rules.v1",
    "syntax.v1",
    "article_date.v2",
    "timex.rules.v1",
    "quantity.rules.v1",
    "attribution.rules.v1",
    "hedge.rules.v1",
)
#: steps that replace a default step for the conventions of a gold style (`analyze(conventions=…)`)
CONVENTION_STEPS: dict[str, dict[str, str]] = {"polnear": {"attribution.rules.v1": "attribution.rules.polnear.v1"},
                                               "denews": {"attribution.rules.v1": "attribution.rules.denews.v1"}}
#: optional steps and the default step they follow
OPTIONAL_STEPS: dict[str, str] = {"attribution.sentence_model.v1": "attribution.rules.v1"}
