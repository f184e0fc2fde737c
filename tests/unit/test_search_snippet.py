"""Search snippets made from a hit's text: whole words marked, case and diacritics ignored, the
passage where most words meet, the start of the text when none occurs, bounded work."""

from __future__ import annotations

from sourcetrace.store.snippet import MAX_CHARS, WIDTH, query_words, snippet

TEXT = ("Der Gemeinderat von Kleinhafen tagte am Montag. Die Bürgermeisterin sagte, der Hafen werde "
        "ausgebaut. Später am Abend meldete die Polizei einen Unfall am Hafen; die Bürgermeisterin "
        "kündigte eine Untersuchung an.")


def marks(s: str) -> list[str]:
    return [part.split("]")[0] for part in s.split("[")[1:]]


def test_whole_words_are_marked_case_and_diacritics_ignored() -> None:
    s = snippet(TEXT, query_words("hafen BURGERMEISTERIN"))
    assert set(marks(s)) == {"Hafen", "Bürgermeisterin"}
    assert "[Kleinhafen]" not in s and "Klein[hafen]" not in s  # a word inside another is no match
    assert snippet("Ein Ausnahmefall.", query_words("fall")) == "Ein Ausnahmefall."


def test_the_passage_is_where_most_words_meet() -> None:
    s = snippet(TEXT, query_words("Polizei Unfall"))
    assert marks(s) == ["Polizei", "Unfall"]
    assert s.startswith("… ") and len(s) < WIDTH + 60
    # the first place that holds every word, not the first occurrence of one
    s = snippet(TEXT, query_words("Bürgermeisterin Untersuchung"))
    assert "[Untersuchung]" in s and "[Bürgermeisterin]" in s


def test_no_occurrence_in_the_text_gives_its_start() -> None:
    # a match in the title only: the text's beginning, nothing marked, an ellipsis where it goes on
    s = snippet(TEXT, query_words("Titelwort"))
    assert TEXT.startswith(s.removesuffix(" …")) and s.endswith(" …") and "[" not in s
    assert snippet("", query_words("x")) == ""
    assert snippet(None, query_words("x")) == ""
    assert snippet("Kurz.", query_words("")) == "Kurz."


def test_marks_and_spaces() -> None:
    s = snippet("Eine Zeile\n\n  noch   eine: Polizei", query_words("polizei"), mark=("\x02", "\x03"))
    assert s == "Eine Zeile noch eine: \x02Polizei\x03"
    # the query's words as the index splits them: a_b is a and b
    assert marks(snippet("a_b c", query_words("a_b"))) == ["a", "b"]


def test_work_is_bounded_by_the_start_of_the_text() -> None:
    far = "wort " * (MAX_CHARS // 5) + "Polizei"
    s = snippet(far, query_words("Polizei"))
    assert "[" not in s and s.startswith("wort wort")
    many = snippet("Polizei " * 10_000, query_words("polizei"))
    assert 10 < len(marks(many)) < 30 and len(many) < WIDTH + 60 and many.endswith(" …")
