"""Language identification: py3langid (its model ships inside the package, BSD licence), with a
function-word vote for short texts where the classifier is unreliable."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .document import Token

_WORD = re.compile(r"[^\W\d_]+")
_FUNCTION_WORDS = {
    "de": set(["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem", "des", "mit", "auf", "für", "von", "zu", "im", "sich", "es", "auch", "noch", "wie", "wir", "ich", "sie", "er", "nach", "bei", "aus", "sind", "wird", "wurde", "hat", "haben", "dass", "oder", "aber", "nur", "so", "zur", "zum", "vom", "über", "dann", "können", "kann"]),
    "en": set(["the", "and", "is", "not", "a", "an", "of", "to", "in", "that", "it", "for", "on", "with", "as", "was", "were", "are", "be", "by", "this", "from", "at", "or", "but", "have", "has", "had", "they", "he", "she", "we", "you", "i", "its", "it’s", "it's", "what", "does", "look", "like"]),
}


#: word → the languages it is a function word of (one look-up per word instead of one per language)
_WORD_LANGS: dict[str, tuple[str, ...]] = {}
for _lang, _words in _FUNCTION_WORDS.items():
    for _w in _words:
        _WORD_LANGS[_w] = (*_WORD_LANGS.get(_w, ()), _lang)


def _votes(lowered: Iterable[str]) -> dict[str, int]:
    votes = dict.fromkeys(_FUNCTION_WORDS, 0)
    get = _WORD_LANGS.get
    for w in lowered:
        for lang in get(w, ()):
            votes[lang] += 1
    return votes


def clear_vote(tokens: Iterable[Token]) -> str | None:
    """The language of a text by a clear function-word vote (three or more of its function words,
    none of any other language's), else None."""
    votes = dict.fromkeys(_FUNCTION_WORDS, 0)
    get = _WORD_LANGS.get
    for t in tokens:
        for lang in get(t.text.lower(), ()):
            votes[lang] += 1
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if len(ranked) >= 2 and ranked[0][1] >= 3 and ranked[1][1] == 0:
        return ranked[0][0]
    return None


def function_word_votes(words: Iterable[object]) -> dict[str, int]:
    """Per language, how many of `words` are its function words."""
    return _votes(str(w).lower() for w in words)


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str:
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return "und"
    votes = _votes(words)
    best = max(votes, key=lambda k: votes[k])
    if len(words) < 12:
        if votes[best] > 0 and list(votes.values()).count(votes[best]) == 1:
            return best
        if len(words) < 3:
            return "und"
    lang, prob = _identifier().classify(text)
    if lang not in votes and votes[best] >= max(2, len(words) // 5):
        return best
    return str(lang) if prob > 0.5 or lang in votes else best
