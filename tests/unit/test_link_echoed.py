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
