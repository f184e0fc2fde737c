"""An outlet's own statement needs a word that can be its finite verb (`members._finite_verb`):
a subject named by the sentence's first word before a verb in "-s" ("Lind owns …"), the common
irregular past forms of English ("laid", "thought") and German's frequent strong and present forms
("übernahm", "liegen … vor", "stammen") count (`finite_verbs` of resources/<lang>/link.json); a
sentence with none of them was no member and its claim counted no origin. A heading or a fragment of
plural nouns after a function word still has none. Invented sentences."""

from __future__ import annotations

import pytest

from sourcetrace.link.claims.members import _finite_verb
from sourcetrace.link.claims.words import WORD


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Lind owns a small bakery near the ferry quay.", "en"),
    ("Nobody laid out a timetable for the repairs.", "en"),
    ("The harbour master thought the cracks were old.", "en"),
    ("Bisher liegen zwölf Angebote für die Fähre vor.", "de"),
    ("Die Genossenschaft übernahm die Leitung der Werft.", "de"),
    ("Alle Helfer stammen aus dem Nachbardorf.", "de"),
    # (after a count and its plural noun, the subject's verb in its base form — fix30)
    ("Many skippers want a later timetable for the winter.", "en"),
    ("Harbour fees rise again in spring.", "en"),
])
def test_a_stated_sentence_has_a_finite_verb(sentence: str, lang: str) -> None:
    assert _finite_verb(WORD.findall(sentence), lang)


@pytest.mark.parametrize(("fragment", "lang"), [
    ("With banners, flags and signs", "en"),
    ("After hours and on weekends", "en"),
    ("Fotos: Helfer am Kai", "de"),
    # (a count opens a noun phrase: its word in "-s" is the plural noun, no verb; a word in "-s"
    # that ends the words is a noun phrase's head — fix30)
    ("Several pilots of the ferry line", "en"),
    ("Three cranes at the dry dock", "en"),
    ("Some skippers, including Lind", "en"),
    ("Ferry updates", "en"),
    # (rev30c: a count after the plural noun goes on a list, no verb)
    ("Three ferries, two tugs and a barge", "en"),
])
def test_a_fragment_has_none(fragment: str, lang: str) -> None:
    assert not _finite_verb(WORD.findall(fragment), lang)
