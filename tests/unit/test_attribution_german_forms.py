"""German attribution across the forms a news text gives it (sentences of our own; issue 7): the
speaker before or after the cue, fronted objects and addressees, a colon or "so" with no verb,
according-to phrases, a speaker's role before the name, indirect speech that goes on in the
Konjunktiv, and speech acts that claim nothing in the seed's style."""

from __future__ import annotations

import pytest
from tests.attribution_helpers import de, one, source_name, source_text

# (text, words of the content, the speaker as written, mode)
CASES = [
    # subject first, inverted after a fronted adverbial or addressee, postposed
    ("Regierungssprecherin Anna Keller sagte am Mittwoch in Berlin, die Gespräche seien konstruktiv verlaufen.",
     "die Gespräche seien", "Regierungssprecherin Anna Keller", "indirect"),
    ("Zudem erklärte der Trainer, die Mannschaft habe gut gespielt.", "die Mannschaft habe", "der Trainer", "indirect"),
    ("Dem Sender erklärte die Ministerin, sie werde nicht zurücktreten.", "sie werde nicht", "die Ministerin", "indirect"),
    ("Der Zeitung sagte ein Sprecher, man prüfe die Vorwürfe.", "man prüfe", "ein Sprecher", "indirect"),
    ("Der Minister sagte dem Sender, die Pläne seien noch nicht beschlossen.", "die Pläne seien", "Der Minister", "indirect"),
    ("Gegenüber der Zeitung sagte der Reeder Jan Olsen, das Schiff sei verkauft.", "das Schiff sei", "der Reeder Jan Olsen", "indirect"),
    ("Das sei ein großer Erfolg, sagte die Trainerin nach dem Spiel.", "Das sei ein großer Erfolg", "die Trainerin", "indirect"),
    ("Er wisse nicht, ob er wieder antrete, sagte der Abgeordnete.", "Er wisse nicht, ob", "der Abgeordnete", "indirect"),
    ("Die Stadt prüfe, ob die Brücke hält, sagte die Sprecherin.", "Die Stadt prüfe", "die Sprecherin", "indirect"),
    ("Hinweise erhalte die Polizei vor allem aus der Nachbarschaft, sagte ein Sprecher.", "Hinweise erhalte", "ein Sprecher", "indirect"),
    # a role or an apposition with the name
    ("Der Anwalt des Angeklagten, Thomas Weber, sagte, sein Mandant bestreite die Vorwürfe.", "sein Mandant",
     "Der Anwalt des Angeklagten, Thomas Weber", "indirect"),
    ("Im Gespräch mit dieser Zeitung sagte Bürgermeister Olaf Krause, die Stadt werde klagen.", "die Stadt werde",
     "Bürgermeister Olaf Krause", "indirect"),
    # a subordinate clause, an infinitive, a separable verb, a passive quotation, a subjectless report
    ("Wie Polizeisprecherin Eva Brandt am Montag mitteilte, wurde niemand verletzt.", "wurde niemand verletzt",
     "Polizeisprecherin Eva Brandt", "indirect"),
    ("Die Angeklagte bestritt, das Geld genommen zu haben.", "das Geld genommen", "Die Angeklagte", "indirect"),
    ("Die Polizei teilte mit, der Fahrer sei betrunken gewesen.", "der Fahrer sei", "Die Polizei", "indirect"),
    ("Der Sprecher wurde mit den Worten zitiert, man habe keine Hinweise auf eine Straftat.", "man habe keine",
     "Der Sprecher", "indirect"),
    ("Aus dem Ministerium hieß es, man prüfe die Vorwürfe.", "man prüfe", "dem Ministerium", "indirect"),
    # according to
    ("Laut dem Sprecher der Feuerwehr, Tim Roth, brannte die Halle vollständig aus.", "brannte die Halle",
     "dem Sprecher der Feuerwehr, Tim Roth", "according_to"),
    ("Nach Angaben der Feuerwehr brach das Feuer am frühen Morgen aus.", "brach das Feuer", "Angaben der Feuerwehr", "according_to"),
    ("Einem Bericht der Zeitung zufolge plant die Stadt neue Parkhäuser.", "plant die Stadt", "Einem Bericht der Zeitung",
     "according_to"),
    # quotations: "so X", a colon after a speaker with no verb, "So X." as a sentence of its own
    ("«Wir werden nicht aufgeben», so die Vorsitzende des Vereins, Maria Lenz.", "Wir werden nicht aufgeben",
     "die Vorsitzende des Vereins, Maria Lenz", "direct"),
    ("Die Stadt plant eine Brücke. Der Bürgermeister: «Die Brücke wird im Frühjahr fertig.» Die Opposition zweifelt.",
     "Die Brücke wird", "Der Bürgermeister", "direct"),
    ("Die Stadt plant eine Brücke. Die Ministerin im Interview: «Wir haben keine Zeit mehr.» Die Opposition zweifelt.",
     "Wir haben keine Zeit", "Die Ministerin", "direct"),
    ("Die Stadt plant eine Brücke. «Wir prüfen alles.» So ein Sprecher des Hafens am Montag. Die Opposition zweifelt.",
     "Wir prüfen alles", "ein Sprecher des Hafens", "direct"),
]


@pytest.mark.parametrize(("text", "needle", "speaker", "mode"), CASES)
def test_the_speaker_of_each_form(text: str, needle: str, speaker: str, mode: str) -> None:
    doc = de(text)
    a = one(doc, needle)
    assert (source_text(doc, a), a.mode) == (speaker, mode)


@pytest.mark.parametrize("text", [
    "Die Staatsanwaltschaft geht davon aus, dass der Brand gelegt wurde.",  # a belief
    "Die Polizei bittet um Hinweise.",  # a request
    "Die Bahn rechnet mit Verspätungen.",
    "Den Vorwurf der Untätigkeit wies die Ministerin am Dienstag entschieden zurück.",  # a rejection names no claim
    "Das Ministerium bestätigte den Besuch des Königs.",  # an act named, nothing claimed (the seed's style)
    "Die Stadt plant eine Brücke. Die Lage: «unklar». Die Opposition zweifelt.",  # no one before the colon
])
def test_no_claim(text: str) -> None:
    assert de(text).attributions == [], text


def test_konjunktiv_goes_on_with_the_speaker_until_a_new_speaker() -> None:
    doc = de("Der Bürgermeister sagte, die Stadt habe genug Geld. Der Kämmerer warnte dagegen vor neuen Schulden. "
                  "Es fehle an allen Ecken.")
    a = one(doc, "Es fehle")
    assert a.mode == "continuation" and source_text(doc, a) == "Der Kämmerer"
    doc = de("Der Vorstand erklärte, das Werk werde geschlossen. Es gebe keine Alternative. Die Mitarbeiter reagierten mit Empörung.")
    assert [a.mode for a in doc.attributions] == ["indirect", "continuation"]


def test_a_wie_clause_with_its_source_is_no_part_of_the_claim() -> None:
    for text in ("Wie aus einem Bericht der Behörde hervorgeht, sind die Kosten gestiegen.",
                 "Die Kosten sind gestiegen, wie aus einem Bericht der Behörde hervorgeht."):
        doc = de(text)
        (a,) = doc.attributions
        assert a.mode == "according_to" and source_text(doc, a) == "einem Bericht der Behörde"
        assert [doc.span_text(c) for c in a.content] in (["sind die Kosten gestiegen"], ["Die Kosten sind gestiegen"])


def test_on_her_own_word_means_the_one_named_before() -> None:
    doc = de("Eine Sprecherin des Hafens sagte, der Kran sei defekt. Nach ihren Angaben wird er im Mai ersetzt.")
    a = one(doc, "wird er im Mai")
    assert a.mode == "according_to" and source_name(doc, a) == "Sprecherin des Hafens"
    doc = de("Der Hafenchef Ole Berg kam 2010. Er ist nach eigenen Angaben kein Freund der Pläne.")
    assert source_name(doc, one(doc, "kein Freund")) == "Ole Berg"  # the role before the name is his role, not his name


def test_a_thing_is_no_speaker() -> None:
    # an abstract noun for a subject: the verb reports no one's speech
    assert de("Niemand aus der Regierung greift ein, verlangt eine Entschuldigung für die Beleidigung.").attributions == []
    # an organisation, a document or an owner named in the phrase speak
    for text, speaker in (("Die Regierungserklärung betont, dass die Lage ernst sei.", "Die Regierungserklärung"),
                          ("Die Kommission betonte, dass die Lage ernst sei.", "Die Kommission"),
                          ("Erste Ermittlungen ergaben, dass der Brand gelegt worden sei.", "Erste Ermittlungen")):
        doc = de(text)
        assert source_text(doc, one(doc, "dass")) == speaker, text


def test_a_konjunktiv_in_a_clause_under_the_authors_indicative_goes_on_with_no_one() -> None:
    doc = de("Die Ministerin sagte, die Lage sei ernst. Die Stadt wurde aufgefordert, die Brücke zu öffnen, "
                  "damit Hilfe ankommen könne.")
    assert [a.mode for a in doc.attributions] == ["indirect"]
    doc = de("Die Ministerin sagte, die Lage sei ernst. Die Stadt müsse die Brücke öffnen, damit Hilfe ankomme.")
    assert [a.mode for a in doc.attributions] == ["indirect", "continuation"]


def test_reported_speech_ends_at_the_colon_of_its_quotation() -> None:
    doc = de("Er sagt von sich, dass er aus Protest gehandelt habe: «Ich bin gegen den Handel mit Waffen», schrieb er der Zeitung.")
    a = one(doc, "aus Protest")
    assert doc.span_text(a.content[-1]) == "dass er aus Protest gehandelt habe"
    assert one(doc, "Ich bin gegen").mode == "direct"


def test_reports_with_a_clause_of_their_own_are_a_time_not_a_source() -> None:
    doc = de("Nach Berichten, wonach der Minister erkrankt sei, hatte sein Sprecher am Sonntag gesagt, er sei gesund.")
    a = one(doc, "er sei gesund")
    assert source_text(doc, a) == "sein Sprecher"
    assert not any(x.mode == "according_to" for x in doc.attributions)


def test_a_question_put_to_the_speaker_is_no_claim() -> None:
    doc = de("Die Lage ist unklar. Auf die Frage, ob er einen Rücktritt erwäge, sagte der Präsident am Montag "
                  "bei einer Pressekonferenz im Rathaus: „Ja, ich weiß Bescheid.“")
    assert [(a.mode, doc.span_text(a.content[0])) for a in doc.attributions] == [("direct", "Ja, ich weiß Bescheid")]
    doc = de("Auf die Frage, ob er zurücktrete, sagte der Minister, er denke nicht daran.")
    assert [doc.span_text(a.content[0]) for a in doc.attributions] == ["er denke nicht daran"]


def test_a_relative_clause_on_the_object_is_no_reported_clause() -> None:
    assert de("Die Behörde verlangt die Rückzahlung der Spenden, die zwei Zeitungen aufgedeckt hatten.").attributions == []
    for text, content in (("Der Minister sagte am Montag, die Regierung plant neue Steuern.", "die Regierung plant neue Steuern"),
                          ("Der Verband warf der Stadt vor, den Bau verzögert zu haben.", "den Bau verzögert zu haben")):
        doc = de(text)
        assert [doc.span_text(c) for a in doc.attributions for c in a.content] == [content], text


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Die Stadtwerke hielten fest, die Gebühren würden im Frühjahr steigen.", "die Gebühren würden im Frühjahr steigen", "Stadtwerke"),
    ("Die Kammer hält fest: Die Zahl der Lehrlinge ist gesunken.", "Die Zahl der Lehrlinge ist gesunken", "Kammer"),
    ("Der Verein hielt in einer Aussendung fest, dass die Saison abgesagt werde.", "dass die Saison abgesagt werde", "Verein"),
    ("Der Bericht des Rechnungshofs, der festhielt, dass Belege fehlten, liegt vor.", "dass Belege fehlten", "Rechnungshof"),  # (a body typed by its head: its name in the nominative)
])
def test_festhalten_reports_what_was_said(text: str, content: str, speaker: str) -> None:
    doc = de(text)
    a = one(doc, content)
    assert a.mode == "indirect"
    assert source_name(doc, a) == speaker


@pytest.mark.parametrize("text", [
    "Der Bergsteiger hielt sich am Seil fest, als der Wind drehte.",
    "Die Polizei hielt den Radfahrer fest.",
    "Die Gemeinde hält an ihrem Plan fest, obwohl die Kosten steigen.",
    "Die Partei hielt an dem Ziel fest, die Schulden zu senken.",
    "Nachdem die Wachleute den Dieb festgehalten hatten, rief die Filialleiterin die Polizei.",
])
def test_festhalten_as_a_grip_or_a_stance_is_no_speech(text: str) -> None:
    assert de(text).attributions == []


def test_a_participle_closing_a_fronted_clause_of_circumstance_leaves_a_report_after_it_alone() -> None:
    doc = de("Nachdem der Sprecher gesagt hatte, dass die Halle schließt, gingen die Gäste.")
    assert [doc.span_text(c) for a in doc.attributions for c in a.content] == ["dass die Halle schließt"]
    doc = de("Der Minister widersprach, indem er sagte, die Reform werde nichts kosten.")
    assert [doc.span_text(c) for a in doc.attributions for c in a.content] == ["die Reform werde nichts kosten"]


def test_a_konjunktiv_clause_after_a_fronted_participle_is_what_was_said() -> None:
    # the comma after the auxiliary opens the reported clause: a subject, then the Konjunktiv
    doc = de("Nachdem der Minister gesagt hatte, die Brücke sei sicher, fuhren die Busse wieder.")
    assert [doc.span_text(c) for a in doc.attributions for c in a.content] == ["die Brücke sei sicher"]
    # a main clause after the fronted clause puts its verb right after the comma: still no speech
    assert de("Nachdem die Wärter den Hund festgehalten hatten, habe er sich beruhigt.").attributions == []


@pytest.mark.parametrize("text, content", [
    ("Die Stiftung hielt am Dienstag fest, dass die Mittel ausreichen.", "dass die Mittel ausreichen"),
    ("Der Anwalt hielt an der Pressekonferenz fest, dass sein Mandant unschuldig sei.", "dass sein Mandant unschuldig sei"),
    ("Die Ärztin hielt am Montag fest: Die Lage ist ernst.", "Die Lage ist ernst"),
    ("Die Ärztin hielt am Montag fest, die Lage sei ernst.", "die Lage sei ernst"),
])
def test_festhalten_after_a_preposition_reports_when_its_particle_opens_what_was_said(text: str, content: str) -> None:
    doc = de(text)
    assert [doc.span_text(c) for a in doc.attributions for c in a.content] == [content]
