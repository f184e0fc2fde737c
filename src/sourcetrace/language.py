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


@cache
def _word_langs() -> dict[str, tuple[str, ...]]:
    """Word → the languages it is a function word of (`language_id_words` of each language's
    words.json; one look-up per word instead of one per language)."""
    from .resources import languages, load

    out: dict[str, tuple[str, ...]] = {}
    for code in languages():
        for w in load(code, "words").get("language_id_words", []):
            if code not in out.get(w, ()):
                out[w] = (*out.get(w, ()), code)
    return out


@cache
def _languages() -> tuple[str, ...]:
    from .resources import languages

    return tuple(code for code in languages() if any(code in v for v in _word_langs().values()))


def _votes(lowered: Iterable[str]) -> dict[str, int]:
    votes = dict.fromkeys(_languages(), 0)
    get = _word_langs().get
    for w in lowered:
        for lang in get(w, ()):
            votes[lang] += 1
    return votes


#: the votes of the latest token lists (a sentence's tokens): id → (the list, its length, the vote).
#: The syntax, timex and attribution steps ask for the same sentence's vote many times; the list is
#: kept so that its id cannot be reused by another list while its entry stands. Room for every
#: sentence of a text of about 2 MB: each step reads the sentences in order, so a smaller table, cleared
#: when full, would lose a long text's early sentences before the next step asks for them again
_VOTED: dict[int, tuple[list[Token], int, str | None]] = {}
_VOTED_MAX = 16384


def forget_votes() -> None:
    """Empty the table of `clear_vote` (pipeline.release_sentence_tables, after each text)."""
    _VOTED.clear()


def clear_vote(tokens: Iterable[Token]) -> str | None:
    """The language of a text by a clear function-word vote (three or more of its function words,
    none of any other language's), else None."""
    if type(tokens) is not list:
        return _clear_vote(tokens)
    hit = _VOTED.get(id(tokens))
    if hit is not None and hit[0] is tokens and hit[1] == len(tokens):
        return hit[2]
    if len(_VOTED) >= _VOTED_MAX:
        _VOTED.clear()
    vote = _clear_vote(tokens)
    _VOTED[id(tokens)] = (tokens, len(tokens), vote)
    return vote


def _clear_vote(tokens: Iterable[Token]) -> str | None:
    votes = dict.fromkeys(_languages(), 0)
    get = _word_langs().get
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
