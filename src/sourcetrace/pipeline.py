"""Steps and the pipeline that runs them.

A step is a small object with a `name`, the layers it `requires` and the layers it `assigns`,
and one verb: `__call__(doc) -> None`, which fills its layers in place. The pipeline checks the
order once when it is built (a step may only require what an earlier step assigns, or what the
reader provides), and records timings per step.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import ClassVar, Protocol, runtime_checkable

from .document import Document
from .errors import Errors, PipelineError

#: Layers a reader provides before any step runs.
READER_LAYERS: frozenset[str] = frozenset({"text", "metadata"})


@runtime_checkable
class Step(Protocol):
    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]

    def __call__(self, doc: Document) -> None: ...


@dataclass
class StepStats:
    calls: int = 0
    seconds: float = 0.0


@dataclass
class Pipeline:
    steps: Sequence[Step]
    stats: dict[str, StepStats] = field(default_factory=dict)

    def __post_init__(self) -> None:
        validate(self.steps)
        self.stats = {s.name: StepStats() for s in self.steps}

    def __call__(self, doc: Document) -> Document:
        for step in self.steps:
            t0 = time.perf_counter()
            step(doc)
            st = self.stats[step.name]
            st.calls += 1
            st.seconds += time.perf_counter() - t0
            doc.layers.extend(a for a in step.assigns if a not in doc.layers)
        release_sentence_tables()
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterable[Document]:
        for doc in docs:
            yield self(doc)

    def analyze_pipes(self) -> list[dict[str, object]]:
        """One row per step: what it requires, what it assigns (cf. spaCy's analyze_pipes)."""
        return [
            {"name": s.name, "requires": list(s.requires), "assigns": list(s.assigns)}
            for s in self.steps
        ]


def release_sentence_tables() -> None:
    """Empty the tables that keep a text's sentences' lower-case words and language votes
    (`textutil.lowered`, `language.clear_vote`) once the text is analysed: they serve the steps of one
    text (its token lists are its own) and hold its tokens alive, up to 16,384 sentences each, so that a
    long-running process (the web app, a corpus ingest) would keep the last long text's tokens between
    texts. A later question about those sentences computes its answer again (the same answer)."""
    from .language import forget_votes
    from .textutil import forget_lowered

    forget_lowered()
    forget_votes()


def validate(steps: Sequence[Step]) -> None:
    have = set(READER_LAYERS)
    for step in steps:
        for need in step.requires:
            if need not in have:
                raise PipelineError(Errors.E020.format(step=step.name, needs=need))
        have.update(step.assigns)
