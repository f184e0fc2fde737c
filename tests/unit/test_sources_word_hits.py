"""Registry.whole_word_hits finds a word where `whole_words` does, from one pass over the text."""

from sourcetrace.document import Document
from sourcetrace.steps.sources import Registry
from sourcetrace.textutil import whole_words


def test_whole_word_hits_agree_with_whole_words() -> None:
    text = "Lee spoke. Leeds won; Lee-Smith lost. Ms. Lee said, and O'Neil agreed with Lee."
    reg = Registry(Document(text=text))
    for word in ("Lee", "Leeds", "Lee-Smith", "O'Neil", "Ms.", "Smith"):
        found = [(m.start(), m.end()) for m in whole_words(text, word)]
        starts, ends = reg.whole_word_hits(word)
        assert list(zip(starts, ends)) == found, word
    assert len(reg.whole_word_hits("Lee")[0]) == 3


def test_type_nouns_before_a_name_agree_with_a_scan_of_the_text() -> None:
    import re

    from sourcetrace.steps.sources import type_nouns_before

    # a name twice in a row (the second one's word is the first one), a capital inside a word,
    # a line break, a hyphenated word, a longer word that starts with the name, a name with a stop
    text = ("Der Werftkonzern Falkwerk baut. Falkwerk Falkwerk Falkwerk-Chef Falkwerks xyZentrale Falkwerk. "
            "Die Reederei\nFalkwerk, Nord-Ost Falkwerk und Dr. Falk. Vorstand U.S. Falkwerk. Kai Falkwerk Falkwerk Falkwerk.")
    for name in ("Falkwerk", "U.S.", "Falk", "Vorstand"):
        scan = [m.group(1) for m in re.finditer(r"([A-ZÄÖÜ][\w-]+)\s+" + re.escape(name) + r"(?![\w-])", text)]
        assert list(type_nouns_before(text, name)) == scan, name
    assert list(type_nouns_before(text, "Falkwerk"))[:3] == ["Werftkonzern", "Falkwerk", "Zentrale"]


def test_a_pronoun_asks_the_gender_its_lexicon_gives() -> None:
    from sourcetrace.document import Span
    from sourcetrace.steps.lexicon import lang
    from sourcetrace.steps.sources import pronoun_gender

    doc = Document(text="sie sagte, sie sagten")
    en, de = lang("en"), lang("de")
    assert [pronoun_gender(doc, p, None, en) for p in ("He", "his", "she", "Hers", "they")] == ["m", "m", "f", "f", None]
    assert pronoun_gender(doc, "Er", None, de) == "m"
    # "sie" is also the plural: a woman only with a verb in the singular
    assert pronoun_gender(doc, "sie", Span(4, 9), de) == "f"
    assert pronoun_gender(doc, "sie", Span(15, 21), de) is None
    assert pronoun_gender(doc, "sie", None, de) is None
