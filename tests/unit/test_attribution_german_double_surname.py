"""A double surname joined by a hyphen ("Anna Müller-Lüdenscheidt") is a surname of the persons a German
text names in full (Context.person_surnames), as a single surname is: alone later ("…, sagte
Müller-Lüdenscheidt") it names that person, also where its last part is a noun of an event that would
otherwise make the speaker an event that says nothing (+surname_noun). Invented names and events."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, one, source_name

from sourcetrace.steps.attribution.context import Context, surname_word

analyze = partial(analyse, lang="de", date="2024-10-17")


def test_a_double_surname_is_a_word_of_a_surname() -> None:
    assert surname_word("Fischer") and surname_word("Müller-Lüdenscheidt") and surname_word("Koch-Weber-Lenz")
    # a part in lower case, an empty part, digits or an apostrophe make none
    assert not surname_word("Ost-ufer") and not surname_word("Nord-") and not surname_word("-Lenz")
    assert not surname_word("B12-Brücke") and not surname_word("Lenz’")


def test_the_surnames_of_a_text_keep_a_double_surname() -> None:
    doc = analyze("Anna Müller-Lüdenscheidt sagte am Montag, die Brücke über den Kanal sei marode.")
    assert "Müller-Lüdenscheidt" in Context(doc).person_surnames()


def test_a_double_surname_ending_in_an_event_noun_names_its_person() -> None:
    text = ("Die Lage sei ernst, sagte die Gesandte für die Region, Anna Koch-Besuch, am Sonntag. "
            "Das ist unvorstellbar, sagte Koch-Besuch.")
    doc = analyze(text)
    a = one(doc, "unvorstellbar")
    assert source_name(doc, a) == "Anna Koch-Besuch" and a.rule == "attr.indirect.de.postposed+surname_noun"
    # the noun with its article is still the event, which says nothing
    assert analyze("Der Besuch ist vorbei. Der Koch-Besuch zeigt, dass die Küche sauber ist.").attributions == []
