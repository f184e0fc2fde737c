"""`sourcetrace eval curated` converts the corpora's gold to the shared format: every converted
span must hold the text the corpus annotated (skips without ../shared)."""

from __future__ import annotations

import json

from tests.conftest import shared_path

from sourcetrace.eval.curated import _denews_gold, _gold_sources, _polnear_gold, curated_articles


def test_converted_gold_spans_hold_the_annotated_text() -> None:
    root = shared_path("data")
    arts = curated_articles(root)
    assert arts
    for path, meta in arts:
        text = path.read_text(encoding="utf-8")
        atts = _denews_gold(root, meta, text) if meta.get("gold_annotations") else _polnear_gold(root, meta, text)
        assert atts, path.name
        for a in atts:
            for sp in a["content"] + ([a["source"]] if a["source"] else []):
                assert text[sp["start"] : sp["end"]] == sp["text"]
        if meta.get("gold_annotations"):  # de-news-quotes: the speaker as the corpus wrote it (first span first)
            assert all(a["source_aliases"][0].startswith(a["source"]["text"]) for a in atts if a["source"] and a["source_aliases"])
        names = [s["name"] for s in _gold_sources(atts)]
        assert len(names) == len(set(names))
        json.dumps(atts)
