"""sourcetrace: make the sourcing of news articles explicit.

    >>> import sourcetrace
    >>> doc = sourcetrace.analyze("Laut Polizei gab es drei Verletzte.", date="2024-10-13")
    >>> [a.mode for a in doc.attributions]
    ['according_to']
"""

from __future__ import annotations

from .api import analyze, default_pipeline
from .document import (
    Attribution,
    Credit,
    Document,
    Hedge,
    Quantity,
    Segment,
    Sentence,
    Source,
    Span,
    Timex,
)
from .errors import InputError, PipelineError, SourcetraceError
from .pipeline import Pipeline, Step

__version__ = "0.1.0"

__all__ = [
    "Attribution",
    "Credit",
    "Document",
    "Hedge",
    "InputError",
    "Pipeline",
    "PipelineError",
    "Quantity",
    "Segment",
    "Sentence",
    "Source",
    "SourcetraceError",
    "Span",
    "Step",
    "Timex",
    "__version__",
    "analyze",
    "default_pipeline",
]
