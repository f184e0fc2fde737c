"""German speakers and cues of session 34 (issue 7; sentences of our own): the claim's object
pronoun between a cue and its speaker ("…, kommentierte dies die Anwältin", "So schilderte es der
Zeuge."), a name in the genitive that owns a noun of speech before a colon ("Der Vorwurf Bergers:
…"), "formulieren" as a cue, "weiters" as no subject, and the singular Konjunktiv II as no
continued speech."""

from __future__ import annotations

from tests.attribution_helpers import de


def _said(text: str) -> list[tuple[str, str | None, str]]:
    doc = de(text)
    names = {s.id: s.name for s in doc.sources}
    return [(doc.span_text(a.content[0]), names.get(a.source or ""), a.rule) for a in doc.attributions]


def test_a_pronoun_for_the_claim_before_a_postposed_speaker() -> None:
    got = _said("Der Markt für Fahrräder ist in Bewegung geraten, kommentierte dies Sabine Lehner, die Sprecherin der Händler.")
    assert got and got[0][1] == "Sabine Lehner" and got[0][2].endswith("+object_pronoun")
    got = _said("Die Brücke über den Kanal bleibt bis Juni gesperrt, sagte es Landesrat Max Huber am Montag.")
    assert got and got[0][1] == "Max Huber"
    got = _said("Die Brücke über den Kanal bleibt bis Juni gesperrt, bestätigte das ein Sprecher der Polizei.")
    assert got and got[0][0] == "Die Brücke über den Kanal bleibt bis Juni gesperrt"
    assert "das" not in (got[0][1] or "").split() and got[0][2].endswith("+object_pronoun")


def test_das_before_a_noun_is_the_article_of_the_speaker() -> None:
    got = _said("Die Brücke über den Kanal bleibt bis Juni gesperrt, sagte das Ministerium.")
    assert got and got[0][1] == "Ministerium" and "+object_pronoun" not in got[0][2]


def test_the_one_told_after_the_pronoun_is_no_speaker() -> None:
    # (review of session 34: a dative phrase between the pronoun and the speaker is the one told)
    got = _said("Die Fähre über den See fährt ab Mai wieder, bestätigte dies dem Sprecher ein Beamter des Hafens.")
    assert got and got[0][1] is not None and "Sprecher" not in got[0][1] and got[0][2].endswith("+object_pronoun")
    got = _said("Die Fähre über den See fährt ab Mai wieder, erklärte dies den Reportern die Landesrätin Eva Pichler.")
    assert got and got[0][1] == "Eva Pichler" and got[0][2].endswith("+object_pronoun")


def test_the_pronoun_carries_over_to_continued_speech() -> None:
    got = _said("Der Markt ist in Bewegung geraten, kommentierte dies Sabine Lehner, die Sprecherin der Händler. "
                "Die Preise seien viel zu hoch.")
    assert [g[1] for g in got] == ["Sabine Lehner", "Sabine Lehner"]


def test_so_with_the_pronoun_points_at_the_sentence_before() -> None:
    got = _said("Der neue Tunnel wird erst im Herbst fertig. So sagte es der Bauleiter am Montag vor Journalisten.")
    assert got == [("Der neue Tunnel wird erst im Herbst fertig", "Bauleiter", "attr.indirect.de.anaphoric_so")]
    # (a relative clause after the speaker: left alone)
    assert _said("Der neue Tunnel wird erst im Herbst fertig. So erklärte es der Bauleiter, der seit Jahren dort arbeitet.") == []


def test_so_closing_a_claim_takes_adverbials_after_its_speaker() -> None:
    got = _said("Der Fund im Frühjahr habe alles verzögert, so schilderte es die Bürgermeisterin vor dem Gemeinderat.")
    assert got and got[0][1] == "Bürgermeisterin" and got[0][2] == "attr.indirect.de.so_verb"


def test_formulieren_is_a_cue() -> None:
    got = _said("Der Fund im Frühjahr habe alles verzögert, so formulierte es die Bürgermeisterin.")
    assert got and got[0][1] == "Bürgermeisterin"


def test_a_genitive_name_after_a_noun_of_speech_owns_it() -> None:
    got = _said("Karl Berger klagt gegen die Stadt. Der Vorwurf Bergers: Die Behörde habe ihn absichtlich benachteiligt. "
                "Er sei kein Einzelfall.")
    assert [(g[1], g[2]) for g in got] == [("Karl Berger", "attr.indirect.de.colon_noun+genitive_after"),
                                           ("Karl Berger", "attr.continuation.de.konjunktiv+inherit")]
    got = _said("Karl Berger klagt gegen die Stadt. Bergers Fazit: Die Behörde habe ihn absichtlich benachteiligt.")
    assert got and got[0][1] == "Karl Berger" and got[0][2] == "attr.indirect.de.colon_noun+genitive"


def test_weiters_is_no_subject() -> None:
    got = _said("Die Stadt plant neue Radwege. Weiters verweisen Experten darauf, dass die Kosten steigen.")
    assert got and got[0][1] == "Experten"


def test_a_singular_konjunktiv_two_continues_no_speech() -> None:
    lead = "Die Bürgermeisterin Lena Vogt sagte am Montag, die Brücke sei marode. "
    for follow in ("Mit einem Neubau stünde der Ort deutlich besser da.", "Ein Verbot für Lastwagen könnte helfen.",
                   "Genug Geld für einen Neubau gäbe es im Land."):
        assert [g for g in _said(lead + follow) if "continuation" in g[2]] == [], follow
    # (the plural and "würde" still go on with it)
    got = _said(lead + "Die Pfeiler würden bald nachgeben.")
    assert [g[0] for g in got if "continuation" in g[2]] == ["Die Pfeiler würden bald nachgeben"]


def test_a_subjectless_tag_takes_the_claim_after_a_colon() -> None:
    got = _said("Die Stadt hat verloren. Tatsächlich hat die Behörde schon im Mai reagiert: Die Brücke ist sicher und bleibt "
                "offen, heißt es in dem Schreiben.")
    assert got and got[0][0] == "Die Brücke ist sicher und bleibt offen" and got[0][2] == "attr.indirect.de.subjectless+after_lead"


def test_so_inside_a_claim_ends_at_a_colon_before_another_tag() -> None:
    got = _said("Die Stadt hat verloren. Immerhin, so der Sprecher, sei die Brücke seit Jahren gesperrt: Das sind zehn Jahre "
                "ohne Verbindung, sagte Huber am Abend.")
    assert [(g[1], g[2]) for g in got] == [("Sprecher", "attr.indirect.de.so+inside+colon_cut"), ("Huber", "attr.indirect.de.postposed")]
    assert got[1][0] == "Das sind zehn Jahre ohne Verbindung"
    # (no tag after the colon: the claim runs on)
    got = _said("Die Stadt hat verloren. Immerhin, so der Sprecher, sei die Brücke seit Jahren gesperrt: zehn Jahre ohne Verbindung.")
    assert len(got) == 1 and got[0][2] == "attr.indirect.de.so+inside"


def test_a_dateline_is_no_part_of_the_speaker_nor_of_the_claim() -> None:
    got = _said("Neue Pläne für die Bahn. Graz – Bürgermeisterin Anna Roth sagte am Montag, die Linie werde verlängert.")
    assert got and got[0][1] == "Anna Roth" and got[0][2].endswith("+past_dateline")
    doc = de("Neue Pläne für die Bahn. Graz – Die Stadt hat die Linie als zu langsam bezeichnet.")
    assert [doc.span_text(a.source_span) for a in doc.attributions if a.source_span] == ["Die Stadt"]
    assert [doc.span_text(a.content[0]) for a in doc.attributions] == ["Die Stadt hat die Linie als zu langsam bezeichnet"]
    # (an article opens no dateline; a dash of a pair is an aside)
    got = _said("Neue Pläne für die Bahn. Die Grünen – allen voran Anna Roth – sagten, die Linie werde verlängert.")
    assert got and "+past_dateline" not in got[0][2]


def test_a_subjectless_tag_keeps_a_colon_that_opens_a_phrase() -> None:
    got = _said("Die Stadt hat verloren. Viele Pendler nennen einen Grund für die Verspätungen: das nasse Laub auf den Gleisen, "
                "heißt es in der Studie.")
    assert got and got[0][0].startswith("Viele Pendler") and "+after_lead" not in got[0][2]


def test_more_verbs_mark_a_konjunktiv_one() -> None:
    lead = "Die Sprecherin der Firma sagte am Montag, das Werk stehe still. "
    for follow in ("Seit dem Morgen pumpe die Feuerwehr das Wasser aus der Halle ab.",
                   "Die Sache berge ein großes Risiko für alle Beteiligten."):
        got = _said(lead + follow)
        assert [g[0] for g in got if "continuation" in g[2]] == [follow.rstrip(".")], follow


def test_a_colon_after_a_conjunction_stays_inside_the_claim() -> None:
    got = _said("Die Stadt hat verloren. Im Mai habe der Verein einen Plan für die Schulen eingereicht, doch: Eine Antwort "
                "des Landes fehlt bis jetzt, klagte Huber.")
    assert got and got[0][0].startswith("Im Mai habe der Verein") and got[0][1] == "Huber"
    got = _said("Die Stadt hat verloren. So lautet die Botschaft: Der Plan ist gescheitert, sagt die Ökonomin.")
    assert got and got[0][0] == "Der Plan ist gescheitert"
