"""Independent origins (issue 9, session 39): a claim whose one origin confirms or agrees ("X confirmed that …", "Y
agreed that …") has two, the one who told it first unnamed (`Linker._confirmed_first`, rule `link.origin.confirmed_first`); a sentence that says its claim is echoed by someone, or that its speaker
echoes someone ("…, a demand echoed by the harbour board", "Ina Holm echoed Ravi Teller's warning that …", "…,
echoing Ravi Teller, who …", "Dem schloss sich auch die Hafenbehörde an") names a second party that tells the claim:
an origin beside the speaker (`members.echo_party`, `members.mark_echoes`, `Member.echoed`, rule
`link.origin.echoed`). Invented texts, analyses written by hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

from tests.link_helpers import span_at

from sourcetrace.link import Linker
from sourcetrace.link.claims import members_of
from sourcetrace.link.claims.members import echo_party
from sourcetrace.link.claims.stance import speech_of_sentence
from sourcetrace.link.claims.words import WORD


def _analysis(text: str, attributions: list[dict[str, Any]], lang: str = "en") -> dict[str, Any]:
    sources = [a["source"] for a in attributions if a.get("source")]
    return {"id": "d1", "outlet": "Quay Courier", "date": "2026-05-02", "title": "Pier", "language": lang, "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}],
            "attributions": attributions,
            "sources": [{"id": s["id"], "name": s["name"], "aliases": [], "type": s["type"]} for s in sources],
            "hedges": [], "timexes": [], "quantities": []}


def _attribution(text: str, source: dict[str, Any], cue: str, content: str) -> dict[str, Any]:
    return {"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [], "source": source,
            "cue": span_at(text, cue), "content": [span_at(text, content)]}


def _row(d: dict[str, Any], words: str) -> dict[str, Any]:
    lk = Linker("hashing")
    lk.add([d])
    return next(r for r in lk.claim_rows() for m in r["members"] if words in d["text"][m["start"] : m["end"]])


def test_a_speaker_who_echoes_another_tells_the_claim_beside_them() -> None:
    content = "Ravi Teller's warning that the old ferry pier could collapse within a year"
    text = f"The pier was closed on Monday. Ina Holm echoed {content}."
    src = span_at(text, "Ina Holm", id="s1", name="Ina Holm", type="person")
    d = _analysis(text, [_attribution(text, src, "echoed", content)])
    assert members_of(d)[0].echoed == "Ravi Teller"
    row = _row(d, "ferry pier")
    assert row["origins"] == ["Ina Holm", "Ravi Teller"]
    assert row["independent_origins"] == 2 and row["status"] == "corroborated"
    assert "link.origin.echoed" in row["origin_rules"]


def test_a_claim_echoed_by_another_party_has_two_origins() -> None:
    content = "the old ferry pier must close before the winter storms"
    text = f"The pier was in the news again. Ina Holm said {content}, a demand echoed by the harbour board on Friday."
    src = span_at(text, "Ina Holm", id="s1", name="Ina Holm", type="person")
    row = _row(_analysis(text, [_attribution(text, src, "said", content)]), "ferry pier")
    assert row["independent_origins"] == 2 and row["status"] == "corroborated"
    assert "link.origin.echoed" in row["origin_rules"]


def test_no_second_party_where_the_echo_names_none() -> None:
    content = "the old ferry pier must close before the winter storms"
    for after in ("", ", and she echoed that point on Friday", ", though neither she nor Ravi Teller echoed the tone of the mayor"):
        text = f"The pier was in the news again. Ina Holm said {content}{after}."
        src = span_at(text, "Ina Holm", id="s1", name="Ina Holm", type="person")
        row = _row(_analysis(text, [_attribution(text, src, "said", content)]), "ferry pier")
        assert row["independent_origins"] == 1 and row["status"] == "single_origin", after
        assert "link.origin.echoed" not in row["origin_rules"]


def test_echo_party_reads_the_agent() -> None:
    assert echo_party("The board wants a new pier, a call echoed by the dockers' union on Friday.", "en") == "the dockers' union"
    assert echo_party("Mira Sand said so, echoing Ravi Teller, who spoke first.", "en") == "Ravi Teller"
    assert echo_party("Mira Sand said so, echoing many Islanders who had asked for it.", "en") == "many Islanders"
    assert echo_party("Ina Holm echoed remarks by the port director that the pier is unsafe.", "en") == "the port director"
    # (not a person echoed: themes, a pronoun, the speaker themself)
    assert echo_party("She won votes by echoing many themes of the protest.", "en") is None
    assert echo_party("The call was echoed by him on Friday.", "en") is None
    assert echo_party("Ina Holm echoed Holm's earlier warning that the pier is unsafe.", "en", "Ina Holm") is None
    assert echo_party("Dem schloss sich auch die Hafenbehörde an.", "de") == "die Hafenbehörde"
    assert echo_party("Die Reederei schloss sich dieser Einschätzung an.", "de") is None
    assert echo_party("Diesen Forderungen schlossen sich die Fischer an.", "de") == "die Fischer"
    assert echo_party("Die Reederei schloss sich der Forderung an.", "de") is None


def test_only_the_members_own_sentence_is_read() -> None:
    content = "the old ferry pier must close before the winter storms"
    first = f"Ina Holm said {content}."
    text = f"{first} The dockers want a new quay, a call echoed by the harbour board."
    src = span_at(text, "Ina Holm", id="s1", name="Ina Holm", type="person")
    d = _analysis(text, [_attribution(text, src, "said", content)])
    for sentences in ([], [{"start": 0, "end": len(first)}, {"start": len(first) + 1, "end": len(text)}]):
        m = next(m for m in members_of({**d, "sentences": sentences}) if "ferry pier" in m.text)
        assert m.echoed is None


def _one(text: str, source: str, stype: str, cue: str, content: str, lang: str = "en") -> dict[str, Any]:
    src = span_at(text, source, id="s1", name=source, type=stype)
    return _row(_analysis(text, [_attribution(text, src, cue, content)], lang), content.split()[-1])


def test_a_lone_confirmation_confirms_what_someone_told_first() -> None:
    # (rule link.origin.confirmed_first: the one who told it first counts, though no member names them)
    content = "that the old ferry pier will close in May"
    row = _one(f"The pier was in the news again. The port authority confirmed {content}.", "The port authority",
               "organization", "confirmed", content)
    assert row["independent_origins"] == 2 and row["status"] == "corroborated"
    assert "link.origin.confirmed_first" in row["origin_rules"]
    assert row["origins"] == ["(told first; confirmed by The port authority)", "The port authority"]
    content = "that the old ferry pier is too weak for the new ferries"
    row = _one(f"The pier was in the news again. Ina Holm agreed {content}.", "Ina Holm", "person", "agreed", content)
    assert row["independent_origins"] == 2 and row["status"] == "corroborated"
    content = "dass der alte Fähranleger im Mai schließt"
    row = _one(f"Der Anleger war wieder Thema. Die Hafenbehörde bestätigte, {content}.", "Die Hafenbehörde",
               "organization", "bestätigte", content, lang="de")
    assert row["independent_origins"] == 2 and row["status"] == "corroborated"


def test_no_unnamed_first_teller_beside_a_plain_statement_or_a_named_one() -> None:
    content = "that the old ferry pier will close in May"
    row = _one(f"The pier was in the news again. The port authority said {content}.", "The port authority",
               "organization", "said", content)
    assert row["independent_origins"] == 1 and "link.origin.confirmed_first" not in row["origin_rules"]
    # (whose account it confirms is named: that one is the second origin, no third)
    content = "Ravi Teller's account that the old ferry pier will close in May"
    row = _one(f"The pier was in the news again. The port authority confirmed {content}.", "The port authority",
               "organization", "confirmed", content)
    assert row["independent_origins"] == 2 and "link.origin.confirmed_first" not in row["origin_rules"]
    assert row["origins"] == ["Ravi Teller", "The port authority"]
    # (two who confirm it together are two origins already)
    content = "that the old ferry pier will close in May"
    row = _one(f"The pier was in the news again. Ina Holm and Ravi Teller confirmed {content}.", "Ina Holm and Ravi Teller",
               "person", "confirmed", content)
    assert row["independent_origins"] == 2 and "link.origin.confirmed_first" not in row["origin_rules"]


def test_a_confirmation_of_its_own_sources_words_adds_no_one() -> None:
    # ("X said …. X confirmed this.": what it confirms, its own source told, and no other origin)
    content = "that the old ferry pier will close in May"
    text = f"The port authority said {content}. The port authority confirmed this on Friday."
    src = span_at(text, "The port authority", id="s1", name="The port authority", type="organization")
    again = {"id": "a2", "mode": "indirect", "rule": "t", "status": "attributed", "via": [],
             "source": {**src, "start": text.rindex("The port authority"), "end": text.rindex("The port authority") + 18},
             "cue": span_at(text, "confirmed"), "content": [span_at(text, "The port authority confirmed this")]}
    lk = Linker("hashing")
    lk.add([_analysis(text, [_attribution(text, src, "said", content), again])])
    assert all(r["independent_origins"] == 1 and "link.origin.confirmed_first" not in r["origin_rules"] for r in lk.claim_rows())


def test_a_speaker_who_reaffirms_their_own_stand_told_it_first() -> None:
    # ("bekräftigte": one restates their own stand or decision — no one told it before them; rule
    # link.origin.confirmed_first counts no unnamed first teller, `reaffirm_cues`, `Member.reaffirms`)
    content = "dass die Gemeinde das alte Freibad am Moorweg nicht wieder öffnen wird"
    row = _one(f"Das Freibad war wieder Thema. Bürgermeisterin Hanna Oltrup bekräftigte, {content}.", "Hanna Oltrup",
               "person", "bekräftigte", content, lang="de")
    assert row["independent_origins"] == 1 and row["status"] == "single_origin"
    assert "link.origin.confirmed_first" not in row["origin_rules"]
    # (a sentence the analysis left unattributed reads its confirming word the same way)
    for said, again in (("Die Gemeinde bekräftigte am Montag ihre Absicht, das Freibad zu schließen.", True),
                        ("Die Gemeinde bestätigte am Montag, dass das Freibad schließt.", False)):
        speech = speech_of_sentence(said, 0, len(said), WORD.findall(said), "de")
        assert speech["confirms"] and speech["reaffirms"] is again


def test_an_echo_that_is_its_whole_sentence_echoes_the_claim_before_it() -> None:
    # ("Dem schloss sich auch Y an." says nothing but the echo: Y joins the claim of the sentence before, not a
    # claim of its own with two origins; rule link.origin.echoed+back)
    content = "dass der Fährhafen von Lindholm auch im Winter geöffnet bleibt"
    first = f"Die Fischer der Insel fordern, {content}."
    text = f"{first} Dem schloss sich auch die Hafenbehörde an."
    src = span_at(text, "Die Fischer der Insel", id="s1", name="Die Fischer der Insel", type="unnamed")
    d = _analysis(text, [_attribution(text, src, "fordern", content)], lang="de")
    for sentences in ([], [{"start": 0, "end": len(first)}, {"start": len(first) + 1, "end": len(text)}]):
        ms = members_of({**d, "sentences": sentences})
        assert [m.echoed for m in ms if "Fährhafen" in m.text] == ["die Hafenbehörde"]
        assert all(m.echoed is None for m in ms if "Fährhafen" not in m.text)
    lk = Linker("hashing")
    lk.add([d])
    rows = lk.claim_rows()
    told = next(r for r in rows if any("Fährhafen" in text[m["start"] : m["end"]] for m in r["members"]))
    assert told["independent_origins"] == 2 and "link.origin.echoed+back" in told["origin_rules"]
    assert all(r["independent_origins"] == 1 for r in rows if r is not told)


def test_the_unnamed_first_teller_is_no_claimreview_author() -> None:
    # (counted among the origins and in the rating, but no Person or Organization of schema.org: no `author`)
    content = "that the old ferry pier will close in May"
    text = f"The pier was in the news again. The port authority confirmed {content}."
    src = span_at(text, "The port authority", id="s1", name="The port authority", type="organization")
    lk = Linker("hashing")
    lk.add([_analysis(text, [_attribution(text, src, "confirmed", content)])])
    row = next(r for r in lk.claim_rows() if "link.origin.confirmed_first" in r["origin_rules"])
    review = lk.claimreview(row)
    assert [a["name"] for a in review["itemReviewed"]["author"]] == ["The port authority"]
    assert review["reviewRating"]["ratingExplanation"] == "2 independent origins"


def test_an_echo_alone_reaches_back_one_sentence_of_its_paragraph() -> None:
    content = "the old ferry pier must close before the winter storms"
    for after, party in ((" The call was echoed by the harbour board.", "the harbour board"),
                         ("\n\nThe call was echoed by the harbour board.", None),
                         (" The dockers want a new quay. The call was echoed by the harbour board.", None)):
        text = f"Ina Holm said {content}.{after}"
        src = span_at(text, "Ina Holm", id="s1", name="Ina Holm", type="person")
        d = _analysis(text, [_attribution(text, src, "said", content)])
        m = next(m for m in members_of(d) if "ferry pier" in m.text)
        assert m.echoed == party, after


def test_a_confirmation_of_the_speakers_own_act_has_one_origin() -> None:
    # (session 40: a confirmation whose content's subject is the speaker itself tells the speaker's own act or
    # decision, which they told first: no unnamed first teller, `Member.own_act`, rule link.origin.confirmed_own_act)
    for text, source, stype, cue, content, lang in (
            ("The ferry line confirmed on Tuesday that it will end the night crossings to Varn in May.", "The ferry line",
             "company", "confirmed", "that it will end the night crossings to Varn in May", "en"),
            ("Ina Holm confirmed on Monday that she will run for mayor of Kelby next year.", "Ina Holm", "person",
             "confirmed", "that she will run for mayor of Kelby next year", "en"),
            ("Die Stadtwerke bestätigten am Montag, dass sie das Freibad am Moorweg im Juni schließen werden.",
             "Die Stadtwerke", "company", "bestätigten", "dass sie das Freibad am Moorweg im Juni schließen werden", "de"),
            ("Das Ministerium bestätigte, dass es die Brücke über die Varn im März schließen werde.", "Das Ministerium",
             "government", "bestätigte", "dass es die Brücke über die Varn im März schließen werde", "de")):
        row = _one(text, source, stype, cue, content, lang)
        assert row["independent_origins"] == 1 and row["status"] == "single_origin", text
        assert "link.origin.confirmed_own_act" in row["origin_rules"], text
        assert "link.origin.confirmed_first" not in row["origin_rules"], text
    # (a subject that is someone or something else, or an expletive, still tells what another told first)
    for text, source, stype, cue, content, lang in (
            ("Police confirmed on Monday that he had been arrested near the old ferry pier.", "Police", "police",
             "confirmed", "that he had been arrested near the old ferry pier", "en"),
            ("The port authority confirmed on Monday that it was a fire that damaged the old ferry pier.",
             "The port authority", "government", "confirmed", "that it was a fire that damaged the old ferry pier", "en"),
            ("Die Polizei bestätigte, dass er am alten Fähranleger festgenommen worden sei.", "Die Polizei", "police",
             "bestätigte", "dass er am alten Fähranleger festgenommen worden sei", "de")):
        row = _one(text, source, stype, cue, content, lang)
        assert row["independent_origins"] == 2 and "link.origin.confirmed_first" in row["origin_rules"], text


def _sentence(text: str, lang: str = "en") -> dict[str, Any]:
    # (a sentence the analysis found no attribution in: a member whose speaker it did not read, `Member.unread_speaker`)
    return {**_analysis(text, [], lang), "claims": [{"start": 0, "end": len(text), "attributions": []}]}


def test_a_confirming_sentence_whose_speaker_was_not_read_names_no_first_teller() -> None:
    # (session 40: the outlet stands for a speaker the analysis did not read — mostly no confirmation of anyone's
    # words at all, "The council finally confirmed a new harbour master", "wurde im Amt bestätigt" —: it is
    # not named as a confirmer, and no unnamed first teller is counted beside it; rule link.origin.confirmed_first)
    for text, lang in (("The town council of Kelby finally confirmed a new harbour master after two months of delay.", "en"),
                       ("Die Hafenmeisterin Ina Holm wurde am Sonntag mit großer Mehrheit im Amt bestätigt.", "de"),
                       ("Der Verkauf des Hafens an die Reederei Lindholm muss noch vom Gemeinderat bestätigt werden.", "de")):
        d = _sentence(text, lang)
        assert [(m.unread_speaker, m.confirms) for m in members_of(d)] == [(True, True)]
        lk = Linker("hashing")
        lk.add([d])
        rows = lk.claim_rows()
        assert rows and all(r["independent_origins"] == 1 and "link.origin.confirmed_first" not in r["origin_rules"]
                            for r in rows), text


def test_an_echo_names_no_day_or_month_as_its_party() -> None:
    # (session 40: "echoing Monday's statement" names when it was said, not who: the party is the one after "by",
    # where it names one)
    assert echo_party("Ina Holm said the canal must be dredged, echoing Monday's statement by the port office.",
                      "en") == "the port office"
    assert echo_party("Ina Holm said the canal must be dredged, echoing January's warnings.", "en") is None
    assert echo_party("Ina Holm said the canal must be dredged, echoing Tuesday's remarks.", "en") is None
    content = "the old canal must be dredged before the winter storms"
    text = f"Ina Holm said {content}, echoing Monday's warnings."
    src = span_at(text, "Ina Holm", id="s1", name="Ina Holm", type="person")
    row = _row(_analysis(text, [_attribution(text, src, "said", content)]), "canal")
    assert row["independent_origins"] == 1 and "link.origin.echoed" not in row["origin_rules"]


def test_an_echo_in_a_sentence_whose_speaker_was_not_read_keeps_its_party() -> None:
    # (session 40: the unread speaker, for whom the outlet stands, and whom its sentence echoes are two: the party
    # is counted where the rule id is shown, not dropped with the unread sentences' one speaker)
    text = "Dock workers largely echoed Ravi Teller's warning that the old ferry pier could collapse within a year."
    d = _sentence(text)
    assert [m.echoed for m in members_of(d)] == ["Ravi Teller"]
    lk = Linker("hashing")
    lk.add([d])
    row = next(r for r in lk.claim_rows() if "link.origin.echoed" in r["origin_rules"])
    assert row["independent_origins"] == 2 and "Ravi Teller" in row["origins"]


def test_a_confirmation_of_the_articles_sentence_before_it_relays_its_speaker() -> None:
    # (session 40: "… Dies bestätigte X.": the analysis gives the sentence before to X, rule attr.*.de.anaphoric; the
    # article told it first as X's words, relaying X — no unnamed first teller, `Member.confirms_back`, rule
    # link.origin.confirmed_back)
    content = "Der alte Fähranleger von Lindholm wird im Mai für immer geschlossen."
    text = f"{content} Dies bestätigte Bürgermeisterin Hanna Oltrup am Montag."
    src = span_at(text, "Hanna Oltrup", id="s1", name="Hanna Oltrup", type="person")
    a = {**_attribution(text, src, "bestätigte", content), "rule": "attr.indirect.de.anaphoric"}
    d = _analysis(text, [a], lang="de")
    assert [m.confirms_back for m in members_of(d)] == [True]
    row = _row(d, "Fähranleger")
    assert row["independent_origins"] == 1 and row["status"] == "single_origin"
    assert "link.origin.confirmed_back" in row["origin_rules"] and "link.origin.confirmed_first" not in row["origin_rules"]
