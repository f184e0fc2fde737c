"""Outlet names: a known outlet is recognised and typed, a common word or a person's name is none."""

from __future__ import annotations

import pytest

from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources import analyse_mention


@pytest.mark.parametrize(("code", "mention", "name", "type_"), [
    # a person whose name holds a one-word outlet's name
    ("en", "Sun Xiaomei", "Sun Xiaomei", "person"),
    ("en", "Michael Bloomberg", "Michael Bloomberg", "person"),
    ("en", "Emma Watson", "Emma Watson", "person"),
    # known outlets, with a media word beside the name, and names that hold an anonymity word
    ("en", "Bloomberg", "Bloomberg", "media"),
    ("en", "Bloomberg News", "Bloomberg", "media"),
    ("en", "Fox News", "Fox News", "media"),
    ("en", "CNBC", "CNBC", "media"),
    ("en", "InsideSources", "InsideSources", "media"),
    ("de", "die Zeitung Haaretz", "Haaretz", "media"),
    ("de", "Blick TV", "Blick", "media"),
    # outlets we do not know by name, typed by a media word that belongs to the name
    ("en", "WXYZ TV", "WXYZ TV", "media"),
    ("en", "Radio Caroline", "Radio Caroline", "media"),
    ("de", "Radio Eriwan", "Radio Eriwan", "media"),
])
def test_outlet_or_not(code: str, mention: str, name: str, type_: str) -> None:
    info = analyse_mention(mention, lang(code))
    assert (info.name, info.type) == (name, type_)


@pytest.mark.parametrize(("code", "mention"), [
    ("en", "the time"), ("en", "At the time"), ("en", "the sun"), ("en", "an independent"),
    ("en", "the post"), ("de", "Peter Stern"), ("de", "Anna Blick"),
])
def test_common_words_are_no_outlet(code: str, mention: str) -> None:
    assert analyse_mention(mention, lang(code)).type not in ("media", "news_agency")
