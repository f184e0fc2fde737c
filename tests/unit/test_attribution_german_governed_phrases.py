"""German source spans read from the parse (session 23, issue 7): the noun phrase an according-to
preposition governs stops at the clause's own subject or object (`attribution.governed`); a clause
opened by a subordinator before or after a cue is no reported speech by itself; a subjectless
report's speaker comes from the frame. Invented sentences only."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_text


def _according(text: str) -> tuple[str | None, str, list[str]]:
    doc = de(text)
    (a,) = [a for a in doc.attributions if a.mode == "according_to"]
    return source_text(doc, a), a.rule, [doc.span_text(c) for c in a.content]


def test_a_subject_after_the_phrase_is_no_part_of_its_source() -> None:
    src, rule, content = _according("Im Hafen ist laut einer Erhebung der Kammer der Umsatz deutlich gestiegen.")
    assert src == "einer Erhebung der Kammer" and rule.endswith("+governed_subject")
    assert any("der Umsatz" in c for c in content)


def test_a_nominative_article_before_a_weak_adjective_ends_the_source() -> None:
    src, rule, _ = _according("Die Reederei ist laut den Hamburger Nachrichten der größte Arbeitgeber der Region.")
    assert src == "den Hamburger Nachrichten" and "+governed_case" in rule


def test_an_object_without_article_after_a_dative_plural_is_the_clauses() -> None:
    src, rule, content = _according("Er hat laut Medienberichten Informationen über die Firma auf den Inseln verwaltet.")
    assert src == "Medienberichten" and "+governed_parse" in rule
    assert any("Medienberichten Informationen über" in c for c in content)  # (the phrase inside its clause: `+inner_phrase`)


def test_a_genitive_owner_stays_in_the_source() -> None:
    assert _according("Laut Angaben der Polizei sind drei Menschen gestorben.")[0] == "Angaben der Polizei"
    assert _according("Der Umsatz ist laut einer Erhebung der Kammer deutlich gestiegen.")[0] == "einer Erhebung der Kammer"
    assert _according("Laut der Nachrichtenagentur Reuters hat der Minister den Plan gebilligt.")[0] == "der Nachrichtenagentur Reuters"


def test_a_subjectless_clause_of_its_own_keeps_the_whole_phrase() -> None:
    # a passive, or a wie-clause, has no subject: the genitive stays the source's
    assert _according("Laut Angaben der Polizei wurde am Abend geschossen.")[0] == "Angaben der Polizei"
    assert _according("Die Kosten sind gestiegen, wie aus einem Bericht der Behörde hervorgeht.")[0] == "einem Bericht der Behörde"


def test_zufolge_takes_no_subject_or_adverb_before_its_phrase() -> None:
    src, rule, _ = _according("Die Wirtschaft wird heuer dem Institut zufolge kräftig wachsen.")
    assert src == "dem Institut" and "+governed_case" in rule
    src, rule, _ = _according("Im Mai hat die Stadtverwaltung Presseberichten zufolge neue Regeln erlassen.")
    assert src == "Presseberichten" and "+governed_parse" in rule


def test_zufolge_keeps_a_genitive_and_a_name_after_its_noun() -> None:
    assert _according("Dem Bericht der Zeitung zufolge hat die Stadt den Vertrag gekündigt.")[0] == "Dem Bericht der Zeitung"
    assert _according("Der Nachrichtenagentur Anadolu zufolge wurde die Grenze geschlossen.")[0] == "Der Nachrichtenagentur Anadolu"


def test_a_cue_source_after_a_fronted_name_is_unchanged() -> None:
    doc = de("Die Kammer hat ihre Bilanz vorgelegt. Der Umsatz sei gestiegen, sagte der Präsident der Kammer.")
    a = one(doc, "Der Umsatz sei gestiegen")
    assert source_text(doc, a) == "der Präsident der Kammer"


def _said(text: str) -> list[tuple[str, str | None, list[str]]]:
    doc = de(text)
    return [(a.rule, source_text(doc, a), [doc.span_text(c) for c in a.content]) for a in doc.attributions]


def test_a_fronted_clause_of_condition_alone_is_no_claim_before_a_cue() -> None:
    assert _said("Weil die Kosten stark steigen, fordert der Verband mehr Geld vom Land.") == []
    said = _said("Auch wenn die Werte derzeit schlecht sind, sagt die Kandidatin, sie werde gewinnen.")
    assert [c for _, _, c in said] == [["sie werde gewinnen"]]


def test_a_condition_with_its_main_clause_stays_a_claim() -> None:
    (said,) = _said("Wenn die Preise weiter steigen, dann wird es schwierig, sagte die Ministerin.")
    assert said[1] == "die Ministerin" and said[2] == ["Wenn die Preise weiter steigen, dann wird es schwierig"]


def test_an_adverb_or_a_preposition_that_looks_like_a_subordinator_opens_a_claim() -> None:
    (said,) = _said("Seit Jahresbeginn seien mehr Menschen gekommen, sagte die Ministerin.")
    assert said[2] == ["Seit Jahresbeginn seien mehr Menschen gekommen"]
    (said,) = _said("Da zeigt sich ein seltsames Verständnis, kritisierte die Abgeordnete.")
    assert said[1] == "die Abgeordnete"


def test_a_condition_after_the_cues_object_is_not_what_was_said() -> None:
    assert not any("wenn diese" in c for _, _, cs in _said("Die Ministerin fordert mehr Geld für die Schulen, wenn diese mehr Aufgaben übernehmen.")
                   for c in cs)


def test_a_reason_in_the_konjunktiv_after_the_cue_is_reported_speech() -> None:
    (said,) = _said("Der Minister lehnte den Plan ab, weil die Kosten zu hoch seien.")
    assert said[1] == "Der Minister" and said[2] == ["weil die Kosten zu hoch seien"]


def _subjectless(text: str) -> tuple[str, str | None]:
    doc = de(text)
    (a,) = [a for a in doc.attributions if ".subjectless" in a.rule]
    return a.rule, source_text(doc, a)


def test_the_issuer_of_the_text_a_subjectless_report_stands_in_is_its_speaker() -> None:
    rule, src = _subjectless("Der Trainer steht unter Druck. In einer Erklärung, die sein Verein am Freitag veröffentlichte, "
                             "hieß es: Der Trainer bleibt bis zum Sommer.")
    assert src == "sein Verein" and rule.endswith("+issuer")
    rule, src = _subjectless("In einem Schreiben, das die Ministerin an die Schulen verschickte, heißt es, der Unterricht beginne später.")
    assert src == "die Ministerin" and rule.endswith("+issuer")


def test_a_text_that_no_one_named_issued_leaves_the_report_without_speaker() -> None:
    assert _subjectless("In einem Schreiben, das dem Ministerium vorliegt, heißt es, der Unterricht beginne später.")[1] is None


def test_a_report_carried_on_is_the_previous_speakers() -> None:
    rule, src = _subjectless("Die Polizei sucht Zeugen. Der Täter sei geflohen, teilte die Polizei am Morgen mit. "
                             "Er habe eine rote Jacke getragen, hieß es weiter.")
    assert src == "die Polizei" and rule.endswith("+previous_speaker")


def test_an_adverb_of_what_was_said_carries_no_report_on() -> None:
    # "weiter" before the comma belongs to what was said, not to the frame ("hieß es weiter")
    rule, src = _subjectless("Die Polizei sucht Zeugen. Der Täter sei geflohen, teilte die Polizei am Morgen mit. "
                             "Die Preise steigen weiter, hieß es in der Stadt.")
    assert src is None and "+previous_speaker" not in rule
    rule, src = _subjectless("Die Polizei sucht Zeugen. Der Täter sei geflohen, teilte die Polizei am Morgen mit. "
                             "Zudem hieß es, er habe eine rote Jacke getragen.")
    assert src == "die Polizei" and rule.endswith("+previous_speaker")


def test_a_general_saying_is_no_ones() -> None:
    assert _subjectless("Die Lage ist ernst. Allgemein heißt es, die Preise würden steigen.")[1] is None


def test_dort_points_at_the_body_named_before() -> None:
    rule, src = _subjectless("Wer nach den Parkgebühren fragt, wird vom Bezirk an das Umweltministerium verwiesen. "
                             "Dort heißt es jedoch, die Gebühren seien Sache der Gemeinden.")
    assert src == "das Umweltministerium" and rule.endswith("+place")
    assert _subjectless("Wir fuhren nach Graz. Dort heißt es, die Stadt sei schön.")[1] is None


def test_a_body_the_report_is_heard_in_is_its_source() -> None:
    rule, src = _subjectless("Die Steuer soll sinken. Man prüfe den Plan genau, heißt es im Finanzministerium.")
    assert src == "Finanzministerium" and rule.endswith("+body")
    assert _subjectless("Die Steuer soll sinken. Man prüfe den Plan genau, heißt es in der Hauptstadt.")[1] is None


def test_a_genitive_owner_the_token_rules_left_out_joins_the_phrase_it_belongs_to() -> None:
    src, rule, content = _according("Die Lage dürfte sich laut Einschätzungen der Ratingagentur weiter verschärfen.")
    assert src == "Einschätzungen der Ratingagentur" and rule.endswith("+governed_genitive")
    assert content == ["Die Lage dürfte sich laut Einschätzungen der Ratingagentur weiter verschärfen"]  # (`+inner_phrase`)
    assert _according("Die Männer starben laut Angaben ihrer Familien in einem Lager.")[0] == "Angaben ihrer Familien"


def test_a_name_in_the_genitive_after_a_noun_of_speech_is_the_person_named_in_full() -> None:
    doc = de("Die Ministerin Anna Berger-Hall besuchte das Werk. Die Lage ist nach Ansicht Berger-Halls ernst.")
    (a,) = [a for a in doc.attributions if a.mode == "according_to"]
    assert source_text(doc, a) == "Berger-Hall" and a.rule.endswith("+genitive_name")
    assert _according("Die Lage ist nach Ansicht Brüssels ernst.")[0] == "Ansicht Brüssels"  # no one named so


def test_a_condition_with_its_verb_first_alone_before_a_cue_is_no_claim() -> None:
    assert not any(".postposed" in rule for rule, _, _ in _said("Würden alle Abfälle in Lastwagen geladen werden, ergibt das eine Kolonne bis Bregenz."))
    (said,) = _said("Sollten die Preise steigen, würde das die Lage verschärfen, sagte der Ökonom.")
    assert said[1] == "der Ökonom" and said[2] == ["Sollten die Preise steigen, würde das die Lage verschärfen"]


def test_a_second_noun_without_article_that_opens_a_phrase_of_its_own_ends_the_source() -> None:
    doc = de("Laut Jahresbericht Rückgang an Beschwerden – Ministerium am häufigsten geprüft. Wien – Das Amt legte den Bericht vor.")
    (a,) = [a for a in doc.attributions if a.mode == "according_to"]
    assert source_text(doc, a) == "Jahresbericht" and "+governed_nouns" in a.rule
    assert doc.span_text(a.content[0]).startswith("Rückgang an Beschwerden")


def test_a_name_or_an_acronym_after_a_noun_stays_in_the_source() -> None:
    assert _according("Laut Bergrettung Axams ist der Hang gefährlich.")[0] == "Bergrettung Axams"
    assert _according("Die Lage ist laut der Agentur Reuters in Kiew ruhig.")[0] == "der Agentur Reuters"
