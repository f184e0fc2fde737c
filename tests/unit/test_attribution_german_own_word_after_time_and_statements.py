"""German sources (sentences of our own; issue 7, session 36): "nach eigenen Angaben" after a time that
opens the sentence is the word of the subject after the verb, and a demonstrative before a noun of
speech ("Diese Mitteilung") points back at a statement: no source."""

from __future__ import annotations

from tests.attribution_helpers import de, one, source_name


def test_nach_eigenen_angaben_after_a_time_is_the_word_of_the_subject_after_the_verb() -> None:
    for opener in ("Dieser Tage", "Diese Woche"):
        doc = de(f"Die Kammer wächst. {opener} meldet die Kammer nach eigenen Angaben 300 neue Mitglieder.")
        a = one(doc, "meldet")
        assert a.rule.endswith("+own_after_time") and source_name(doc, a) == "Kammer", opener
        assert all(opener not in s.name for s in doc.sources)
    # a subject that opens the sentence stays the owner
    doc = de("Die Kammer meldet nach eigenen Angaben 300 neue Mitglieder.")
    assert "+own_after_time" not in one(doc, "300").rule and source_name(doc, one(doc, "300")) == "Kammer"


def test_a_demonstrative_before_a_noun_of_speech_is_no_source() -> None:
    doc = de("Im Mai kamen 2.000 Menschen in die Stadt. Diese Mitteilung kommt aus dem Sozialamt: "
             "Seit April zähle die Polizei alle Ankünfte am Bahnhof.")
    assert all("Mitteilung" not in s.name for s in doc.sources)
    assert one(doc, "Ankünfte").source is None


def test_a_so_tag_after_the_colon_of_an_according_to_claim_is_its_own_speakers() -> None:
    doc = de("Der Minister Jan Novak traf den Botschafter Igor Petrov. Der Botschafter habe laut Novak versucht, "
             "den Film herunterzuspielen: Nach wie vor gelte die alte Erklärung der Regierung, so Petrov.")
    a = one(doc, "alte Erklärung")
    assert a.rule == "attr.indirect.de.so+after_colon" and source_name(doc, a) == "Igor Petrov"
    assert doc.span_text(a.content[0]) == "Nach wie vor gelte die alte Erklärung der Regierung"
    assert [doc.span_text(v.span) for v in a.via] == ["Novak"]  # type: ignore[union-attr]
    # without a tag the Konjunktiv after the colon goes on with the phrase's source
    doc = de("Die Brücke hängt laut Anna Roth vom Wetter ab: In dürren Jahren müsse man sie sperren.")
    a = one(doc, "dürren Jahren")
    assert a.mode == "continuation" and source_name(doc, a) == "Anna Roth"


def test_a_wie_clause_closed_before_the_cue_names_no_speaker() -> None:
    doc = de("Der Umbau wird von manchen Gemeinderäten abgelehnt, die den Entwurf eines Parks, "
             "wie er früher geplant wurde, heftig kritisieren.")
    assert not any(a.rule.startswith("attr.indirect.de.wie") for a in doc.attributions)
    doc = de("Die Brücke sei gesperrt, wie Anna Roth, die das Amt leitet, am Montag berichtete.")
    assert source_name(doc, one(doc, "Brücke")) == "Anna Roth"
