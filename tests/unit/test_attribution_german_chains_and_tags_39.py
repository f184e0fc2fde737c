"""German chains and tags (invented sentences; issue 7, session 39): one who points at a survey or a
report that a relative clause quotes ("verwies auf eine Umfrage, derzufolge …") relays it
(attr.according.de.points_to; its "er" resolved as a link: source.via.pronoun+de); "berief sich auf …,
derzufolge …" reads as "wonach" (+according_relative); the words a colon opens after a lead naming someone
else's quotation ("bemühte das Zitat der Kanzlerin Y:") are that one's, the one recalling them a link
(+quotation_owner); "…, denn, so X …: …" opens only what the colon opens, with the medium its clause named
(+after_conjunction, +lead_adjuncts); a second ", so Y" tag closes a claim of its own (+second_tag);
", wie MEDIUM berichtet" after a tag is a link (+wie_medium); "sagte … aus", "warf … ein", "strich … heraus"
are speech verbs with their particle (cues.json)."""

from __future__ import annotations

from tests.attribution_helpers import de, link_names, one, source_name


def test_one_pointing_at_a_survey_that_a_relative_clause_quotes_relays_it() -> None:
    doc = de("Die Gemeinde lehnt den Bau ab. Der Sprecher des Landrats verwies auf die jüngste Befragung eines "
             "Instituts, derzufolge vier von fünf Anrainern gegen die Halle seien.")
    a = one(doc, "gegen die Halle seien")
    assert a.rule == "attr.according.de.points_to"
    assert source_name(doc, a) != "Sprecher des Landrats"
    assert link_names(a) == ["Sprecher des Landrats"]


def test_a_pointing_pronoun_is_the_person_named_before_as_a_link() -> None:
    doc = de("Der Streit um die Fähre geht weiter. Der Hafen werde nicht verkauft, sagte Tobias Lanz, der Sprecher der "
             "Reederei, am Montag. Er verwies auf einen Bericht der Hafenbehörde, dem zufolge "
             "die Fähre bis Juni fahre.")
    a = one(doc, "bis Juni fahre")
    assert link_names(a) == ["Tobias Lanz"]


def test_pointing_at_something_without_a_quoting_clause_is_the_speakers_own_cue() -> None:
    doc = de("Die Gemeinde lehnt den Bau ab. Die Bürgermeisterin Jana Brook verwies darauf, dass die "
             "Kosten zu hoch seien.")
    a = one(doc, "Kosten zu hoch seien")
    assert source_name(doc, a) == "Jana Brook" and link_names(a) == []


def test_relied_on_with_a_zufolge_relative_reads_as_wonach() -> None:
    doc = de("Die Mieten steigen weiter. Ein Sprecher der Kammer berief sich auf eine Studie, derzufolge "
             "die Preise im Herbst sinken würden.")
    a = one(doc, "im Herbst sinken")
    assert a.rule == "attr.indirect.de.relies_on+according_relative"
    assert link_names(a) == ["Sprecher der Kammer"]


def test_words_after_a_lead_naming_someone_elses_quotation_are_theirs() -> None:
    doc = de("Die Gala brachte viel Geld. Präsidentin Mara Holm erinnerte zum Abschluss an einen Satz des "
             "finnischen Regierungschefs Olli Rantanen: Wir stehen an eurer Seite.")
    a = one(doc, "an eurer Seite")
    assert source_name(doc, a) == "Olli Rantanen"
    assert link_names(a) == ["Mara Holm"]
    quoted = de("Die Gala brachte viel Geld. Präsidentin Mara Holm erinnerte an die Worte von Olli Rantanen: "
                "„Wir stehen an eurer Seite.“")
    b = one(quoted, "an eurer Seite")
    assert source_name(quoted, b) == "Olli Rantanen" and link_names(b) == ["Mara Holm"]


def test_a_lead_naming_no_ones_words_keeps_its_speaker() -> None:
    doc = de("Die Gala brachte viel Geld. Präsidentin Mara Holm erinnerte an die Worte des Sommers: "
             "„Wir stehen an eurer Seite.“")
    a = one(doc, "an eurer Seite")
    assert source_name(doc, a) == "Mara Holm" and link_names(a) == []


def test_so_after_a_conjunction_opens_the_words_after_its_colon_only() -> None:
    doc = de("Die Stadt plant eine Halle. Außerdem warb Bürgermeister Jan Roth in der Lindenauer Rundschau für "
             "einen Neubau der Halle, denn, so Roth unter Verweis auf die Baukosten und im Einklang mit dem "
             "Landrat: Es ist eine Frage der Vernunft, wenn man spart.")
    a = one(doc, "Frage der Vernunft")
    assert a.rule == "attr.indirect.de.so+colon_after+lead_adjuncts+after_conjunction"
    assert source_name(doc, a) == "Jan Roth" and link_names(a) == ["Lindenauer Rundschau"]
    assert not any("für einen Neubau" in doc.span_text(c) for x in doc.attributions for c in x.content)


def test_so_closing_the_words_before_it_still_claims_them_and_what_its_colon_opens() -> None:
    doc = de("Die Stadt plant eine Halle. Die Schulen brauchen mehr Geld, so Berger am Montag: Es ist eine "
             "Frage der Gerechtigkeit.")
    assert one(doc, "brauchen mehr Geld").rule == "attr.indirect.de.so"
    assert one(doc, "Frage der Gerechtigkeit").rule == "attr.indirect.de.so+colon_after"


def test_a_medium_relaying_a_tagged_speech_act_is_its_link() -> None:
    doc = de("Die Stadt plant eine Halle. Die Halle sei zu teuer, sagte Bürgermeister Jan Roth, wie die "
             "Lindenauer Rundschau berichtet.")
    a = one(doc, "Halle sei zu teuer")
    assert a.rule.endswith("+wie_medium")
    assert source_name(doc, a) == "Jan Roth" and link_names(a) == ["Lindenauer Rundschau"]
    other = de("Die Stadt plant eine Halle. Die Halle sei zu teuer, sagte der Bürgermeister, wie schon sein "
               "Vorgänger berichtet hatte.")
    assert link_names(one(other, "Halle sei zu teuer")) == []


def test_a_second_so_tag_closes_a_claim_of_its_own() -> None:
    doc = de("Der Direktor lobte die Spender. Der Kleiderbasar bleibe wichtig, so Berger, aber das meiste Geld "
             "käme wohl von den Banken, so die Leiterin der Tafel mit Blick auf die Finanzbranche.")
    assert one(doc, "Kleiderbasar bleibe wichtig").rule == "attr.indirect.de.so"
    second = one(doc, "von den Banken")
    assert second.rule == "attr.indirect.de.so+second_tag"
    assert "Kleiderbasar" not in " ".join(doc.span_text(c) for c in second.content)
    inside = de("Der Direktor lobte die Spender. Die Sammlung sei, so Berger, unersetzlich.")
    assert one(inside, "unersetzlich").rule == "attr.indirect.de.so"


def test_separable_speech_verbs_with_the_particle_at_the_clause_end_are_speech() -> None:
    for verb in ("sagte vor Gericht aus", "sagte aus", "sagte gegenüber der Polizei aus", "warf ein", "strich heraus"):
        doc = de(f"Der Prozess begann am Montag. Der Kunde {verb}, dass er die Salbe nicht gekauft habe.")
        a = one(doc, "Salbe nicht gekauft habe")
        assert source_name(doc, a) == "Kunde", verb
