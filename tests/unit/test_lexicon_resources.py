"""The function words of the clause rules are data (resources/<lang>/*.json), read by the rules."""

from __future__ import annotations

from sourcetrace.document import Span, Token
from sourcetrace.steps.attribution.cues import negated
from sourcetrace.steps.lexicon import AUX, CONJ_START, PREPOSITIONS_DE, REL_PRONOUNS, SUBORDINATORS, lang


def _tokens(text: str) -> list[Token]:
    out, pos = [], 0
    for w in text.split():
        out.append(Token(Span(pos, pos + len(w)), w))
        pos += len(w) + 1
    return out


def test_function_words_of_both_languages_come_from_the_lexicons() -> None:
    assert {"sei", "hatte", "has", "were"} <= AUX
    assert {"trotz", "laut"} <= PREPOSITIONS_DE and {"jedoch", "but"} <= CONJ_START
    assert {"nachdem", "that"} <= SUBORDINATORS and {"denen", "whom"} <= REL_PRONOUNS
    assert "Regierungssprecher".lower().endswith(lang("de").noun_endings)
    assert "bereits" in lang("de").not_participles and "earlier" in lang("en").after_cue_time_words


def test_a_negation_before_the_cue_from_the_language_resource() -> None:
    toks = _tokens("Der Sprecher wollte sich nicht äußern .")
    assert negated(toks, 5, lang("de"))
    toks = _tokens("The spokesman did not respond .")
    assert negated(toks, 4, lang("en"))
    toks = _tokens("Er werde nicht zurücktreten , sagte der Minister .")
    assert not negated(toks, 5, lang("de"))


def test_each_coordinator_stands_in_one_list_and_is_read_by_both_rules_that_need_it() -> None:
    from sourcetrace.resources import load
    from sourcetrace.steps.attribution.contents import clause_words

    lex, cues = load("de", "lexicon"), load("de", "cues")
    lists = [set(lex["clause_coordinators"]), set(lex["verb_and_clause_coordinators"]), set(cues["particle_coordinators"])]
    assert all(not (a & b) for i, a in enumerate(lists) for b in lists[i + 1 :])
    # "und" joins two clauses and two verbs; "jedoch" only clauses; "sowie" only verbs
    assert {"und", "jedoch"} <= clause_words("de")[1] and "sowie" not in clause_words("de")[1]
    assert {"und", "sowie"} <= lang("de").particle_coordinators and "jedoch" not in lang("de").particle_coordinators


def test_the_pair_words_that_need_no_head_noun_are_pair_words() -> None:
    for code, alone in (("de", {"beide", "beiden"}), ("en", {"both"})):
        assert alone == lang(code).pair_words_alone <= lang(code).pair_words
    assert "two" in lang("en").pair_words and "two" not in lang("en").pair_words_alone
