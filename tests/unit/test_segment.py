from __future__ import annotations

from tests.conftest import analyze

ARTICLE = """Regierung plant neue Steuer
Die Regierung will im kommenden Jahr eine neue Steuer einführen. Das teilte das Finanzministerium am Montag mit.
Kritiker halten das für falsch. Die Wirtschaft werde darunter leiden, hiess es aus Verbandskreisen.
Taxes are going up again and nobody asked the people who pay them.
— Jane Roe (@janeroe_demo) May 2, 2025
This will hurt small shops the most, believe me.
1 | 2 pic.twitter.com/xyzXYZ123
Die Regierung verteidigt ihre Pläne und verweist auf die Schulden.
Lesen Sie auch: Was die neue Steuer für Familien bedeutet
Quellen:
- Finanzministerium
Völliger Unsinn, diese Steuer. Ich zahle jetzt schon genug!
"""


def kinds(doc):  # type: ignore[no-untyped-def]
    out = []
    for line in doc.text.split("\n"):
        if not line.strip():
            continue
        start = doc.text.index(line)
        seg = doc.segment_at(start)
        out.append(seg.kind if seg else None)
    return out


def test_lines_get_their_kinds() -> None:
    doc = analyze(ARTICLE)
    assert kinds(doc) == [
        "title", "body", "body", "social_post", "social_post", "social_post", "social_post",
        "body", "boilerplate", "source_list", "source_list", "comment",
    ]


def test_post_carries_author_handle_date_language() -> None:
    doc = analyze(ARTICLE)
    (post,) = [s for s in doc.segments if s.kind == "social_post"]
    assert (post.author, post.handle, post.date, post.language) == ("Jane Roe", "@janeroe_demo", "2025-05-02", "en")


def test_article_date_inferred_from_the_post_when_missing() -> None:
    import sourcetrace

    doc = sourcetrace.analyze(ARTICLE)
    assert doc.date is not None
    assert (doc.date.value, doc.date.origin) == ("2025-05-02", "inferred")


def test_given_date_wins() -> None:
    doc = analyze(ARTICLE, date="2025-05-03")
    assert doc.date is not None and doc.date.origin == "given"


def test_no_title_when_the_first_line_is_a_paragraph() -> None:
    doc = analyze("Das ist ein langer erster Absatz, der mit einem Punkt endet und kein Titel ist.\nZweiter Absatz folgt hier.")
    assert doc.segments[0].kind == "body"


def test_swiss_numbers_and_ordinals_do_not_split_sentences() -> None:
    doc = analyze("Am 3. März kamen mehr als 120'000 Menschen. Das sagte Dr. Meier.")
    texts = [doc.text[s.span.start : s.span.end] for s in doc.sentences]
    assert texts == ["Am 3. März kamen mehr als 120'000 Menschen.", "Das sagte Dr. Meier."]


def test_two_apostrophes_close_a_sentence_and_a_quotation() -> None:
    from sourcetrace.steps.quotes import find_quotes

    text = "''The pier is closed,'' he said. ''Come back in June.'' Then he left."
    doc = analyze(text)
    assert [doc.text[s.span.start : s.span.end] for s in doc.sentences] == [
        "''The pier is closed,'' he said.", "''Come back in June.''", "Then he left."]
    quotes = [text[q.inner.start : q.inner.end] for q in find_quotes(text, 0, len(text))]
    assert quotes == ["The pier is closed,", "Come back in June."]
    german = "Er rief ,,Nein'' und ging."  # ,,…'' closes a quotation no scanner rule opens: nothing is left open
    assert find_quotes(german, 0, len(german)) == []


def test_a_related_links_list_is_boilerplate_not_comments() -> None:
    doc = analyze(
        "Storm hits the coast\nThe storm destroyed hundreds of homes on Tuesday, officials said.\n"
        "Jane Doe contributed to this report.\nRead more:\nWhy storms are getting stronger\n"
        "Five things to know about the coast\n"
    )
    kinds = [s.kind for s in doc.segments]
    assert "comment" not in kinds
    assert kinds[-1] == "boilerplate"


def test_article_language_is_the_one_with_most_text() -> None:
    doc = analyze(
        "Short English headline here\n"
        "Die Regierung hat am Montag ein neues Gesetz beschlossen, das die Mieten in den grossen Städten begrenzen soll.\n"
    )
    assert doc.language == "de"


def test_a_straight_and_a_curly_mark_make_one_quotation_when_they_are_mixed() -> None:
    from sourcetrace.steps.quotes import find_quotes

    text = '"The ferry will run," Reed said. "The boats may not be ready.”\n“We will see," she said. “Yes,” he said.'
    quotes = [(text[q.inner.start : q.inner.end], q.closed) for q in find_quotes(text, 0, len(text))]
    assert quotes == [("The ferry will run,", True), ("The boats may not be ready.", True), ("We will see,", True), ("Yes,", True)]
    same = 'He wrote "no ” mark" and "yes".'  # a straight mark of its own kind closes it: no mixing
    assert [same[q.inner.start : q.inner.end] for q in find_quotes(same, 0, len(same))] == ["no ” mark", "yes"]


def test_two_right_single_marks_close_a_double_quotation() -> None:
    from sourcetrace.steps.quotes import find_quotes

    text = "“The pier was a trap,’’ Reed said. “Come back in June.” The board spoke of “a sound plan.’’ Then it left."
    quotes = [(text[q.inner.start : q.inner.end], q.closed) for q in find_quotes(text, 0, len(text))]
    assert quotes == [("The pier was a trap,", True), ("Come back in June.", True), ("a sound plan.", True)]
    own = "“The ‘pier’’s end’ is near,” he said."  # a closing mark of the opener's own kind follows: no slip
    assert [own[q.inner.start : q.inner.end] for q in find_quotes(own, 0, len(own)) if q.depth == 0] == ["The ‘pier’’s end’ is near,"]


def test_a_line_without_function_words_takes_the_article_language() -> None:
    # rule segment.language.no_function_words: a heading and a list of names with ranks that close an
    # English article, which the classifier guesses to be German from the names, are English
    doc = analyze(
        "The weekly poll of party members was released on Tuesday, and the order at the top changed again. "
        "The committee said that the next poll would be published in a week and would include every candidate.\n\n"
        "ROUND 7.\n\n"
        "1. Frank Walter (2.)\n\n"
        "2. Heinz Schmidt (1.)\n"
    )
    assert doc.language == "en"
    assert {seg.language for seg in doc.segments if seg.kind == "body"} == {"en"}
    assert doc.quantities == []  # "ROUND 7" names the round (an English label noun)


UNDETERMINED_LINE = """Council approves new bike lanes

The city council voted on Tuesday to build twelve kilometres of new bike lanes along the river, the mayor said.
Residents had asked for safer routes for years, and the plan was welcomed by local groups.
Update 3:
Contributors: Jens Köhler, Ute Brandt, Maik Schröder, Jörg Weiß, Sven Müller
Editing by Grete Hölzel and Rüdiger Hahn
"""


def test_undetermined_line_does_not_absorb_the_lines_after_it() -> None:
    # "Update 3:" has no language of its own: it joins the English body before it and does not
    # open a segment that swallows the list of names after it (guessed German as a whole)
    doc = analyze(UNDETERMINED_LINE)
    assert doc.language == "en"
    text = doc.text
    update = doc.segment_at(text.index("Update 3:"))
    assert update is not None and update.language == "en"
    assert update.span.start < text.index("Residents")
    names = doc.segment_at(text.index("Contributors"))
    editing = doc.segment_at(text.index("Editing by"))
    assert names is not None and editing is not None
    assert names is not update and editing is not update
    assert [s.language for s in doc.segments if s.kind in ("body", "title")] == ["en"] * 4


def test_undetermined_lines_alone_take_the_article_language() -> None:
    doc = analyze("Neue Brücke eröffnet\n\nDie Stadt hat am Montag die neue Brücke über den Fluss eröffnet, "
                  "wie der Bürgermeister mitteilte.\n\nTeil 2:\n\nDer Verkehr soll nun schneller fließen, "
                  "sagte eine Sprecherin der Stadt.\n")
    part = doc.segment_at(doc.text.index("Teil 2:"))
    assert part is not None and part.language == "de"
    assert doc.language == "de"
