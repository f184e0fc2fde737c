"""A question word capitalised at the start of a sentence is never a person's given name or the first
word of an outlet's name (resources/<lang>/lexicon.json `question_words`, read by
steps/sources/gazetteer.function_words): "Was Anna K. sich wünscht, …" names Anna K., not "Was Anna K."
(sentences of our own)."""

from __future__ import annotations

from tests.attribution_helpers import de, names, one, source_name

from sourcetrace.steps.sources.gazetteer import function_words
from sourcetrace.steps.sources.naming import initial_full_name


def test_question_words_of_both_languages_are_function_words() -> None:
    words = function_words()
    assert {"was", "wer", "wie", "warum", "what", "who", "how", "why"} <= words
    assert "anna" not in words and "paul" not in words


def test_a_question_word_before_a_given_name_is_not_part_of_the_name() -> None:
    doc = de("Anna K. ist seit dem Sommer arbeitslos. Was Anna K. sich wünscht, ist eine feste Stelle. "
             "Die Suche sei mühsam, sagte K..")
    assert initial_full_name(doc, "K") == "Anna K."
    a = one(doc, "Die Suche sei mühsam")
    assert source_name(doc, a) == "Anna K."
    assert not any(n.startswith("Was ") for n in names(doc))
