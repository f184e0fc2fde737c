"""The hedge test set: German and English sentences of our own (tests/fixtures/hedges.tsv)."""

from __future__ import annotations

import csv

import pytest
from tests.conftest import FIXTURES, analyze

ROWS = list(csv.reader((FIXTURES / "hedges.tsv").open(encoding="utf-8"), delimiter="\t"))[1:]


@pytest.mark.parametrize(("sentence", "expected", "status"), ROWS)
def test_hedge_set(sentence: str, expected: str, status: str) -> None:
    doc = analyze(sentence)
    found = sorted(doc.span_text(h.span) for h in doc.hedges)
    assert found == sorted(x for x in expected.split("|") if x)
    assert doc.claims[0].status == status
