"""Outlet names: a known outlet is recognised and typed, a common word or a person's name is none."""

from __future__ import annotations

import pytest
from tests.attribution_helpers import en

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


@pytest.mark.parametrize(("code", "mention"), [
    # an English plural is no outlet of the singular: German endings are stripped from German only
    ("en", "The Rolling Stones"), ("en", "Rolling Stones"),
    # an outlet of capitalised words matches only as written with capitals
    ("en", "page six of the audit"), ("en", "page six"),
])
def test_outlet_keys_by_language_and_case(code: str, mention: str) -> None:
    assert analyse_mention(mention, lang(code)).type not in ("media", "news_agency")


@pytest.mark.parametrize(("code", "mention", "name"), [
    ("en", "Page Six", "Page Six"),
    ("de", "des Wall Street Journals", "The Wall Street Journal"),
    ("de", "der Frankfurter Allgemeinen Zeitung", "Frankfurter Allgemeine Zeitung"),
])
def test_inflected_outlets_still_found(code: str, mention: str, name: str) -> None:
    assert analyse_mention(mention, lang(code)).name == name


def test_english_sentences_name_no_outlet_by_a_stem() -> None:
    doc = en("The Rolling Stones said in a statement that the tour would go ahead. "
             "According to page six of the audit, the dam is unsafe.")
    assert not any(s.type in ("media", "news_agency") for s in doc.sources), [(s.name, s.type) for s in doc.sources]
