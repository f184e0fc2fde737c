"""Language identification: py3langid (its model ships inside the package, BSD licence), with a
function-word vote for short texts where the classifier is unreliable."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

_WORD = re.compile(r"[^\W\d_]+")
_FUNCTION_WORDS = {
    "de": set(["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "den", "dem", "des", "mit", "auf", "für", "von", "zu", "im", "sich", "es", "auch", "noch", "wie", "wir", "ich", "sie", "er", "nach", "bei", "aus", "sind", "wird", "wurde", "hat", "haben", "dass", "oder", "aber", "nur", "so", "zur", "zum", "vom", "über", "dann", "können", "kann"]),
    "en": set(["the", "and", "is", "not", "a", "an", "of", "to", "in", "that", "it", "for", "on", "with", "as", "was", "were", "are", "be", "by", "this", "from", "at", "or", "but", "have", "has", "had", "they", "he", "she", "we", "you", "i", "its", "it’s", "it's", "what", "does", "look", "like"]),
}


def function_word_votes(words: object) -> dict[str, int]:
    ws = [str(w).lower() for w in words]  # type: ignore[attr-defined]
    return {lang: sum(w in fw for w in ws) for lang, fw in _FUNCTION_WORDS.items()}


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str:
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return "und"
    votes = {lang: sum(w in fw for w in words) for lang, fw in _FUNCTION_WORDS.items()}
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
