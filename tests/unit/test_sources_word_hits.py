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
