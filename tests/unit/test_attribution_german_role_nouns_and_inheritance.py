"""German role nouns that describe a person named before join that person's source (issue 7: one
entity per real-world source), and continued speech inherits only a speaker that can speak
(sentences of our own, session 23)."""

from __future__ import annotations

from tests.attribution_helpers import de, link_names, names, one, source_name


def test_a_compound_head_of_a_body_is_the_one_whose_role_heads_it() -> None:
    doc = de("Die Vorsitzende im Verband der Bäcker, Ulla Brenner, fordert mehr Geld für Lehrlinge. "
             "Ohne neue Mittel gehe es nicht, sagte die Verbands-Chefin am Montag.")
    assert source_name(doc, one(doc, "Ohne neue Mittel")) == "Ulla Brenner"
    assert names(doc) == ["Ulla Brenner"]


def test_a_head_of_another_body_stays_a_description() -> None:
    # "Landesverband" is not the "Verband" the description names
    doc = de("Die Vorsitzende im Landesverband der Bäcker, Ulla Brenner, fordert mehr Geld für Lehrlinge. "
             "Ohne neue Mittel gehe es nicht, sagte die Verbands-Chefin am Montag.")
    assert source_name(doc, one(doc, "Ohne neue Mittel")) == "Verbands-Chefin"


def test_a_compound_role_with_or_without_its_linking_s_is_one_role() -> None:
    doc = de("Vereinsschef Tom Gerber will den Platz erneuern. Der Rasen sei zu alt, sagte der Vereinschef am Dienstag.")
    assert names(doc) == ["Tom Gerber"]
    # another role of the same club is not the same person
    doc = de("Vereinssprecherin Lea Kamm will den Platz erneuern. Der Rasen sei zu alt, sagte der Vereinschef am Dienstag.")
    assert source_name(doc, one(doc, "Der Rasen")) == "Vereinschef"


def test_a_compound_role_noun_is_the_spokesman_of_the_body_named_before() -> None:
    doc = de("Der Plan stehe, sagte ein Sprecher des Verkehrsministeriums am Freitag. Die Arbeiten beginnen im Mai, so der Ministeriumssprecher.")
    a = one(doc, "Die Arbeiten beginnen")
    assert source_name(doc, a) == "Sprecher des Verkehrsministeriums" and a.rule.endswith("+source.compound_role")
    assert names(doc) == ["Sprecher des Verkehrsministeriums"]
    doc = de("Der Plan stehe, sagte ein Sprecher des Verkehrsministeriums am Freitag. Die Arbeiten beginnen im Mai, so der Vereinssprecher.")
    assert source_name(doc, one(doc, "Die Arbeiten beginnen")) == "Vereinssprecher"


def test_a_thing_that_a_cue_made_a_speaker_passes_nothing_on() -> None:
    doc = de("Bürgermeisterin Anna Roth will die alte Brücke sanieren. Die Arbeiten seien dringend, sagte Roth am Montag. "
             "Der Slogan Sicher über den Fluss soll das unterstreichen. Die Kosten seien tragbar.")
    a = one(doc, "Die Kosten seien")
    assert a.mode == "continuation" and source_name(doc, a) == "Anna Roth"
    assert a.rule == "attr.continuation.de.konjunktiv+speaker_before+inherit"
    assert names(doc) == ["Anna Roth"]


def test_an_unnamed_group_that_speaks_goes_on() -> None:
    doc = de("Die Brücke sei marode, sagte Roth am Montag. Kritiker sagten dagegen, die Stadt habe zu lange gewartet. "
             "Die Kosten seien viel zu hoch.")
    a = one(doc, "Die Kosten seien")
    assert source_name(doc, a) == "Kritiker" and a.rule == "attr.continuation.de.konjunktiv+inherit"


def test_a_surname_that_opens_its_cue_clause_is_a_new_speaker_whom_speech_goes_on_with() -> None:
    # "Kurz" is also an adverb: the parse may read it as one, the full name before tells a person
    doc = de("Ministerin Eva Kurz besuchte am Montag das Werk. Laut Experten sind 200 Stellen bedroht. "
             "Kurz sagte, dass sie nicht hoffe, dass es dazu komme. Die Firma habe genug Aufträge.")
    a = one(doc, "nicht hoffe")
    assert source_name(doc, a) == "Eva Kurz" and a.rule == "attr.indirect.de.main_subject"
    assert doc.span_text(a.content[0]) == "dass sie nicht hoffe, dass es dazu komme"
    b = one(doc, "Die Firma habe")
    assert source_name(doc, b) == "Eva Kurz" and b.rule == "attr.continuation.de.konjunktiv+inherit"
    # an adverb that opens the clause is no speaker: the speech goes on with the one before
    doc = de("Ministerin Eva Kurz besuchte am Montag das Werk. Die Lage sei ernst, sagte sie. Knapp sagte der Betriebsrat, er hoffe, "
             "dass es dazu nicht komme.")
    assert not any(doc.span_text(a.source_span or a.content[0]) == "Knapp" for a in doc.attributions)


def test_a_person_described_by_role_as_the_subject_before_speaks_on() -> None:
    doc = de("Die Kosten stiegen weiter, sagte ein Sprecher der Baufirma. Die Frage nach dem Termin beantwortete der Bürgermeister nicht. "
             "Die Gespräche seien aber im Gange.")
    a = one(doc, "Die Gespräche seien")
    assert source_name(doc, a) == "Bürgermeister" and a.rule == "attr.continuation.de.konjunktiv+about"
    # several holders of a role (the plural) are no one person: the speech goes on with the one before
    doc = de("Die Kosten stiegen weiter, sagte ein Sprecher der Baufirma. Die Frage nach dem Termin beantworteten die Bürgermeister nicht. "
             "Die Gespräche seien aber im Gange.")
    a = one(doc, "Die Gespräche seien")
    assert source_name(doc, a) == "Sprecher der Baufirma" and a.rule == "attr.continuation.de.konjunktiv+inherit"


def test_the_subject_of_a_cue_beside_an_according_to_phrase_speaks_on() -> None:
    doc = de("Ministerin Eva Brand hat das Urteil scharf kritisiert. Das Gericht habe die Lage verkannt, erklärte Brand laut einem Schreiben "
             "vom Dienstag. Nun brauche es rasch eine Einigung.")
    a = one(doc, "Nun brauche es")
    # ("Brand", an event noun too, is her surname: the cue's own claim is hers, `+surname_noun`, and the speech goes on with her)
    assert source_name(doc, a) == "Eva Brand" and source_name(doc, one(doc, "Lage verkannt")) == "Eva Brand"
    assert one(doc, "Lage verkannt").rule.endswith("+surname_noun")
    # no one named as the cue's subject: the text the phrase names goes on
    doc = de("Das Gericht habe die Lage verkannt, hieß es laut einem Schreiben vom Dienstag. Nun brauche es rasch eine Einigung.")
    a = one(doc, "Nun brauche es")
    assert source_name(doc, a) == "Schreiben" and a.rule == "attr.continuation.de.konjunktiv+inherit"


def test_the_head_of_a_body_is_the_one_named_with_that_role_further_back() -> None:
    doc = de("UN-Generalsekretär Jon Kal warnte am Montag vor einer Hungersnot. Parteichef Tom Rieder sagte, das Land werde helfen. "
             "Die Hilfe komme zu spät, sagte der UN-Chef.")
    a = one(doc, "Die Hilfe komme")
    assert source_name(doc, a) == "Jon Kal" and a.rule.endswith("+source.role_agrees")


def test_a_role_variant_named_further_back_is_no_alias() -> None:
    # a head of government is no head of state: only the same role (or the head of the same body) joins
    doc = de("Regierungschef Ali Demir eröffnete am Montag die Brücke. Parteichef Tom Rieder kritisierte den Bau. "
             "Die Brücke sei sicher, sagte der Staatspräsident.")
    assert source_name(doc, one(doc, "Die Brücke sei sicher")) == "Staatspräsident"


def test_a_role_description_is_the_one_person_just_named() -> None:
    doc = de("Ein Flüchtling sei er nicht, sagt Karim. Zurück nach Hause könne er nicht, erklärt der junge Familienvater.")
    a = one(doc, "Zurück nach Hause")
    assert source_name(doc, a) == "Karim" and a.rule.endswith("+source.person_before")
    assert names(doc) == ["Karim"]
    # two persons just named: the description stays one of its own
    doc = de("Ein Flüchtling sei er nicht, sagt Karim. Auch Jonas ist gekommen. Zurück nach Hause könne er nicht, erklärt der junge Familienvater.")
    assert source_name(doc, one(doc, "Zurück nach Hause")) == "junge Familienvater"


def test_the_origin_an_outlet_relies_on_in_its_sentence_speaks_on() -> None:
    doc = de("Nach einem Bericht der Zeitung Hafenblatt vom Montag unter Berufung auf das Landesamt für Umwelt wurden im Fluss "
             "tote Fische gefunden. Das Wasser sei zu warm gewesen.")
    a = one(doc, "Das Wasser sei")
    assert source_name(doc, a) == "Landesamt für Umwelt" and a.rule == "attr.continuation.de.konjunktiv+origin+inherit"
    assert link_names(a) == ["Zeitung Hafenblatt"]
    # an outlet alone goes on itself
    doc = de("Nach einem Bericht der Zeitung Hafenblatt wurden im Fluss tote Fische gefunden. Das Wasser sei zu warm gewesen.")
    a = one(doc, "Das Wasser sei")
    assert source_name(doc, a) == "Zeitung Hafenblatt" and a.rule == "attr.continuation.de.konjunktiv+inherit"


def test_speech_after_a_speech_act_of_someone_not_named_inherits_no_earlier_speaker() -> None:
    doc = de("Die Kosten seien gestiegen, sagte Bürgermeisterin Anna Roth am Montag. Am Abend dann die Wende: Man werde alles prüfen, "
             "hieß es. Die Pläne müssten neu berechnet werden.")
    a = one(doc, "Die Pläne müssten")
    assert a.mode == "continuation" and a.source is None and a.rule == "attr.continuation.de.konjunktiv+after_unnamed"
    # without that speech act the one named before goes on
    doc = de("Die Kosten seien gestiegen, sagte Bürgermeisterin Anna Roth am Montag. Die Pläne müssten neu berechnet werden.")
    assert source_name(doc, one(doc, "Die Pläne müssten")) == "Anna Roth"


def test_a_subject_loses_the_prepositional_phrase_the_parse_hung_on_its_name() -> None:
    from sourcetrace.document import Span
    from sourcetrace.steps.attribution.context import Context
    from sourcetrace.steps.attribution.continuation import _name_before_preposition
    from sourcetrace.steps.lexicon import lang

    text = "Die Lage sei ruhig, sagte Anna Berg. Dagegen ärgerte sich Jan Roth im Gespräch mit der Zeitung über die Gerüchte."
    doc = de(text)
    ctx = Context(doc)
    start = text.index("Jan Roth im")
    whole = Span(start, text.index(" über"))
    assert doc.span_text(_name_before_preposition(ctx, whole, lang("de"))) == "Jan Roth"
    # no person before the preposition: the phrase stays as it is
    start = text.index("Gespräch mit")
    rest = Span(start, text.index(" über"))
    assert _name_before_preposition(ctx, rest, lang("de")) == rest
