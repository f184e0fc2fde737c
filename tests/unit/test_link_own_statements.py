"""An outlet's own statements (issue 9, rule `link.claim.own_statement`): a body sentence the
analysis found no attribution in, with no cue verb, stated as a fact, is a claim member whose
origin is its outlet (or the agency whose copy the article runs); two outlets that state one fact
each on their own are two origins, an outlet that states what its own source told relays it.
Invented texts, analyses written by hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

import pytest
from tests.link_helpers import span_at

from sourcetrace.link import Linker
from sourcetrace.link.claims import members, members_of
from sourcetrace.link.claims.members import own_statements


def _claims(text: str, status: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The analysis's sentences (one per line of the invented text), unattributed."""
    out, at = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append({"start": at, "end": at + len(line), "text": line, "attributions": [], "hedges": [],
                        "status": (status or {}).get(line, "asserted")})
        at += len(line) + 1
    return out


def _doc(i: str, outlet: str, text: str, lang: str = "en", date: str = "2026-03-10",
         attributions: list[dict[str, Any]] | None = None, status: dict[str, str] | None = None,
         heading: str | None = None) -> dict[str, Any]:
    attributions = attributions or []
    claims = _claims(text, status)
    for a in attributions:  # (the sentence that holds an attribution is attributed)
        for c in claims:
            if c["start"] <= a["content"][0]["start"] < c["end"]:
                c["attributions"] = [a["id"]]
    segments = [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}]
    if heading:
        at = text.index(heading)
        segments = [{"kind": "title", "start": at, "end": at + len(heading), "rule": "t"},
                    {"kind": "body", "start": at + len(heading) + 1, "end": len(text), "rule": "t"}]
    sources = [a["source"] for a in attributions if a.get("source")]
    return {"id": i, "outlet": outlet, "date": date, "title": "t", "language": lang, "text": text,
            "segments": segments, "attributions": attributions, "claims": claims,
            "sources": [{"id": s["id"], "name": s["name"], "aliases": [], "type": s["type"]} for s in sources],
            "hedges": [], "timexes": [], "quantities": []}


FACT_EN = "The ferry company closed the harbour bridge to trucks on Monday after Jonas Keller spotted cracks."
FACT_DE = "Die Fährgesellschaft sperrte die Hafenbrücke am Montag für Lastwagen, nachdem Jonas Keller Risse fand."
#: other words of each article, so that two articles are no copies of each other (`CopyDetector`)
OTHER = ["Tourists waited on the quay for hours while gulls circled above the empty ticket booth.",
         "Mehrere Fischer verlegten ihre Boote vorübergehend in den kleineren Nachbarhafen im Norden.",
         "A local bakery handed out free coffee to drivers stuck in the long queue near the toll gate."]


@pytest.fixture(autouse=True)
def _anchored(monkeypatch: Any) -> None:
    """The other words of these articles (`OTHER`) are filler, no statement of a number, a date or a
    name: the tests here read own statements as anchored ones (`OWN_ANCHORED`, False since session
    25, where any statement counts: `test_what_is_no_own_statement`)."""
    monkeypatch.setattr(members, "OWN_ANCHORED", True)


def _own(d: dict[str, Any]) -> list[Any]:
    return [m for m in members_of(d) if m.rule == "link.claim.own_statement"]


def test_a_stated_sentence_is_an_own_statement() -> None:
    for fact, lang in [(FACT_EN, "en"), (FACT_DE, "de")]:
        ms = _own(_doc("d1", "Harbour Post", fact, lang))
        assert [m.text for m in ms] == [fact]
        assert ms[0].source is None and ms[0].own_statement and ms[0].sentence and not ms[0].unread_speaker


def test_what_is_no_own_statement(monkeypatch: Any) -> None:
    monkeypatch.setattr(members, "OWN_ANCHORED", False)  # (as shipped)
    question = "Will the ferry company close the harbour bridge to trucks again before Jonas Keller returns?"
    short = "The bridge was closed."
    hedged = "The ferry company may close the harbour bridge again on Tuesday, Jonas Keller fears perhaps."
    fragment = "Photos: Jonas Keller, Harbour Post archive, ferry company, harbour bridge, Monday."
    plain = "The ferry company closed the old harbour bridge to heavy trucks after cracks appeared underneath."
    text = "\n".join([FACT_EN, question, short, hedged, fragment, plain])
    own = _own(_doc("d1", "Harbour Post", text, status={hedged: "hedged"}))
    # a question, too few words, a hedged claim, no finite verb; a statement with no number, date or
    # name is one since session 25 (`OWN_ANCHORED` False: with no member it counted no origin)
    assert [m.text for m in own] == [FACT_EN, plain]
    # a heading is no body sentence
    assert _own(_doc("d1", "Harbour Post", FACT_EN + "\n" + "x", heading=FACT_EN)) == []


def test_an_attributed_sentence_is_no_own_statement() -> None:
    content = "the ferry company closed the harbour bridge to trucks on Monday"
    text = f"Jonas Keller said {content} after he found cracks."
    src = span_at(text, "Jonas Keller", id="s1", name="Jonas Keller", type="person")
    att = {"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [], "source": src,
           "cue": span_at(text, "said"), "content": [span_at(text, content)]}
    d = _doc("d1", "Harbour Post", text, attributions=[att])
    d["claims"][0]["attributions"] = []  # (even where the analysis's sentence lost it: the spans overlap)
    assert own_statements(d, [], [], []) == []
    assert [m.rule for m in members_of(d)] == ["t"]


#: FACT_EN in other words (half its 5-word runs: no copy of it, `copies.SENTENCE_SHARE`)
OWN_WORDS_EN = "On Monday the ferry company closed the harbour bridge to trucks after Jonas Keller spotted cracks."


def test_two_outlets_stating_one_fact_are_two_origins() -> None:
    lk = Linker("hashing")
    lk.add([_doc("d1", "Harbour Post", f"{FACT_EN}\n{OTHER[0]}"),
            _doc("d2", "Coast Herald", f"{OTHER[2]}\n{OWN_WORDS_EN}", date="2026-03-11")])
    rows = [r for r in lk.claim_rows() if len({m["document"] for m in r["members"]}) == 2]
    assert len(rows) == 1
    row = rows[0]
    assert row["independent_origins"] == 2 and row["status"] == "corroborated"
    assert sorted(m["rule"] for m in row["members"]) == ["link.claim.own_statement"] * 2
    assert row["origin_rules"] == ["link.origin.own_statement"]


def test_one_own_statement_is_its_outlet_single_origin() -> None:
    lk = Linker("hashing")
    lk.add([_doc("d1", "Hafenbote", FACT_DE, "de")])
    (row,) = lk.claim_rows()
    assert row["status"] == "single_origin" and row["independent_origins"] == 1  # not `unsourced`
    assert row["members"][0]["origin_rule"] == "link.origin.own_statement"


def test_an_agency_copy_counts_the_agency() -> None:
    wire = f"HAFENSTADT (dpa) - {FACT_DE}"
    lk = Linker("hashing")
    lk.add([_doc("d1", "Hafenbote", wire, "de"), _doc("d2", "Elbkurier", f"{wire}\n{OTHER[1]}", "de", date="2026-03-11")])
    rows = [r for r in lk.claim_rows() if len(r["members"]) == 2]
    assert len(rows) == 1 and rows[0]["independent_origins"] == 1 and rows[0]["origins"] == ["dpa"]
    assert rows[0]["members"][0]["origin_rule"] == "link.origin.credited_agency"


def test_an_outlet_restating_its_own_source_relays_it() -> None:
    # the outlet's article names the source; its later own statement of the same words adds no origin
    content = "the ferry company closed the harbour bridge to trucks on Monday after Jonas Keller spotted cracks"
    text = f"Port officials said {content}."
    src = span_at(text, "Port officials", id="s1", name="Port officials", type="unnamed")
    att = {"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [], "source": src,
           "cue": span_at(text, "said"), "content": [span_at(text, content)]}
    lk = Linker("hashing")
    lk.add([_doc("d1", "Harbour Post", text, attributions=[att]),
            _doc("d2", "Harbour Post", f"{FACT_EN}\n{OTHER[0]}", date="2026-03-11"),
            _doc("d3", "Coast Herald", f"{OTHER[2]}\n{OWN_WORDS_EN}", date="2026-03-11")])
    rows = [r for r in lk.claim_rows() if len(r["members"]) == 3]
    assert len(rows) == 1
    # the officials, and the other outlet on its own: two (the first outlet relays its officials)
    assert rows[0]["independent_origins"] == 2
    assert "Harbour Post" not in rows[0]["origins"]


def test_a_fragment_of_plural_nouns_has_no_finite_verb() -> None:
    fragment = "Crowds outside the ferry terminal of Jonas Keller with banners, flags and signs."
    stated = "The crane lifts the old bridge deck of Jonas Keller onto a barge after repairs."
    own = _own(_doc("d1", "Harbour Post", f"{fragment}\n{stated}"))
    # plural nouns ("banners", "signs") are no verbs; "lifts" after "the crane" is one
    assert [m.text for m in own] == [stated]


def test_a_name_anchors_an_own_statement_only_as_a_whole_word() -> None:
    text = "The ferry company closed its office in Leeds after cracks appeared underneath the old bridge."
    assert own_statements(_doc("d1", "Harbour Post", text), [], ["Lee"], []) == []
    assert [m.text for m in own_statements(_doc("d1", "Harbour Post", text), [], ["Leeds"], [])] == [text]


def test_own_statement_thresholds_are_in_thresholds_for_every_encoder() -> None:
    from sourcetrace.link.linker import THRESHOLDS

    assert {(t["own_starts"], t["claim_own_penalty"]) for t in THRESHOLDS.values()} == {(1.0, 0.2)}
    # a linker pickled before they were thresholds takes its encoder's values
    import pickle

    lk = Linker("hashing")
    del lk.t["own_starts"], lk.t["claim_own_penalty"]
    again = pickle.loads(pickle.dumps(lk))
    assert (again.t["own_starts"], again.t["claim_own_penalty"]) == (1.0, 0.2)


def test_an_own_statement_that_may_not_start_a_claim_is_kept_in_none() -> None:
    # own_starts 0: the outlet's own statement starts no claim, but it is kept (its document's
    # members and vectors one to one); a later own statement of the same fact does not join it
    lk = Linker("hashing", thresholds={"own_starts": 0})
    lk.add([_doc("d1", "Harbour Post", f"{FACT_EN}\n{OTHER[0]}")])
    (key,) = lk.docs["d1"].members
    assert lk.members[key].claim is None and lk.members[key].own_statement
    assert lk.claim_rows() == []
    lk.add([_doc("d2", "Coast Herald", f"{OTHER[2]}\n{FACT_EN}", date="2026-03-11")])
    assert lk.claim_rows() == [] and len(lk.members) == 2
    # a claim someone told: a later own statement of it joins it
    content = "the ferry company closed the harbour bridge to trucks on Monday after Jonas Keller spotted cracks"
    text = f"Port officials said {content}."
    src = span_at(text, "Port officials", id="s1", name="Port officials", type="unnamed")
    att = {"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [], "source": src,
           "cue": span_at(text, "said"), "content": [span_at(text, content)]}
    lk.add([_doc("d3", "Bay Times", text, date="2026-03-12", attributions=[att]),
            _doc("d4", "Quay Daily", f"{OTHER[1]}\n{FACT_EN}", date="2026-03-13")])
    (row,) = lk.claim_rows()
    assert sorted(m["document"] for m in row["members"]) == ["d3", "d4"]


def test_an_own_statement_kept_in_no_claim_survives_the_store(tmp_path: Any) -> None:
    import pytest

    pytest.importorskip("hnswlib")
    from sourcetrace.link import get_encoder
    from sourcetrace.link import store as ls
    from sourcetrace.store import Store

    url = f"sqlite:///{tmp_path / 's.db'}"
    with Store.open(url, create=True) as store:
        lk = Linker("hashing", thresholds={"own_starts": 0})
        lk.add([_doc("d1", "Harbour Post", f"{FACT_EN}\n{OTHER[0]}")])
        ls.save(store.engine, lk)
        again = ls.load_linker(store.engine, get_encoder("hashing"))  # (its vectors match its members)
        assert [again.members[k].claim for k in again.docs["d1"].members] == [None]
        assert again.claim_rows() == [] and "" not in again.claim_members
        again.t["own_starts"] = 0
        again.add([_doc("d2", "Coast Herald", f"{OTHER[2]}\n{FACT_EN}", date="2026-03-11")])
        ls.save(store.engine, again)
        assert ls.claim_lines(store.engine) == []


def test_sentences_past_the_text_are_skipped_and_counted() -> None:
    from sourcetrace.link.claims import members

    content = "the ferry company closed the harbour bridge to trucks on Monday"
    text = f"Jonas Keller said {content}, and the port will reopen on Friday after Mayor Ida Berg signs off."
    src = span_at(text, "Jonas Keller", id="s1", name="Jonas Keller", type="person")
    att = {"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [], "source": src,
           "cue": span_at(text, "said"), "content": [span_at(text, content)]}
    d = _doc("d1", "Harbour Post", f"{text}\n{FACT_EN}", attributions=[att])
    assert sorted(m.rule for m in members_of(d)) == ["link.claim.own_statement", "t"]
    before = members.skipped["past_text"]
    d["text"] = text[:40]  # (a document dict whose text was cut: its sentences reach past it)
    assert [m.rule for m in members_of(d)] == ["t"]
    # (both sentences reach past the text: each counted once, though the unattributed one is passed
    # over both as a sentence of speech and as an own statement)
    assert members.skipped["past_text"] - before == 2


def test_an_own_statement_that_repeats_another_outlets_sentence_is_a_copy() -> None:
    # the second outlet's sentence is the first's word for word (in an article of its own): a copy
    # of that sentence, the first outlet its origin (rule link.origin.copy_sentence), no origin more
    lk = Linker("hashing")
    lk.add([_doc("d1", "Harbour Post", f"{FACT_EN}\n{OTHER[0]}"),
            _doc("d2", "Coast Herald", f"{OTHER[2]}\n{FACT_EN}", date="2026-03-11")])
    (row,) = [r for r in lk.claim_rows() if len(r["members"]) == 2]
    assert row["independent_origins"] == 1 and row["status"] == "single_origin"
    assert row["origins"] == ["Harbour Post"]
    assert [m["origin_rule"] for m in row["members"]] == ["link.origin.own_statement", "link.origin.copy_sentence"]
    assert {(e["from"], e["to"], e["kind"]) for e in lk.citation_edges()} == {("Coast Herald", "Harbour Post", "copy")}
    # a third outlet in words of its own is an origin of its own
    lk.add([_doc("d3", "Bay Times", f"{OTHER[1]}\n{OWN_WORDS_EN}", date="2026-03-12")])
    (row,) = [r for r in lk.claim_rows() if len(r["members"]) == 3]
    assert row["independent_origins"] == 2 and row["origins"] == ["Bay Times", "Harbour Post"]


def test_a_sentence_copied_from_an_agency_copy_counts_the_agency() -> None:
    # the earlier article runs the agency's copy (credited); a later one repeats its sentence with no credit
    wire = f"HAFENSTADT (dpa) - {FACT_DE}"
    other_de = "Am Kai warteten viele Reisende stundenlang auf die nächste Fähre nach Süden."
    lk = Linker("hashing")
    lk.add([_doc("d1", "Hafenbote", f"{wire}\n{OTHER[1]}", "de"),
            _doc("d2", "Elbkurier", f"{other_de}\n{FACT_DE}", "de", date="2026-03-11")])
    (row,) = [r for r in lk.claim_rows() if len(r["members"]) == 2]
    assert row["origins"] == ["dpa"] and row["independent_origins"] == 1
    assert [m["origin_rule"] for m in row["members"]] == ["link.origin.credited_agency", "link.origin.copy_sentence"]


def test_a_whole_copy_of_an_agency_copy_counts_the_agency() -> None:
    # an article that runs the earlier article's text with the agency's credit cut off (a copy of the
    # whole text, `CopyDetector`): its own statements are the agency's (rule link.origin.copy)
    wire = f"HAFENSTADT (dpa) - {FACT_DE}\n{OTHER[1]}"
    lk = Linker("hashing")
    lk.add([_doc("d1", "Hafenbote", wire, "de"), _doc("d2", "Elbkurier", f"{FACT_DE}\n{OTHER[1]}", "de", date="2026-03-11")])
    assert lk.docs["d2"].credits == [] and lk.copies.original("d2") == "d1"
    rows = [r for r in lk.claim_rows() if len(r["members"]) == 2]
    assert rows and all(r["origins"] == ["dpa"] and r["independent_origins"] == 1 for r in rows)
    assert all([m["origin_rule"] for m in r["members"]] == ["link.origin.credited_agency", "link.origin.copy"] for r in rows)


def test_a_short_stock_sentence_or_a_sentence_in_other_words_copies_nothing() -> None:
    from sourcetrace.link.copies import SENTENCE_SHARE, sentence_share

    assert sentence_share(FACT_EN, f"{OTHER[0]} {FACT_EN}") == 1.0
    assert sentence_share(OWN_WORDS_EN, FACT_EN) < SENTENCE_SHARE
    stock = "The harbour office did not answer a request for comment."
    assert sentence_share(stock, f"Asked on Friday, {stock.lower()}") == 0.0  # (too short to tell a copy)


def test_an_earlier_dated_sentence_linked_later_is_no_copy_of_a_later_one() -> None:
    # the later article (2026-03-11) is linked first, the earlier one (2026-03-10) in a later batch:
    # the earlier outlet's sentence is not a copy of the later outlet's (a copy repeats an earlier document)
    lk = Linker("hashing")
    lk.add([_doc("d2", "Coast Herald", f"{OTHER[2]}\n{FACT_EN}", date="2026-03-11")])
    lk.add([_doc("d1", "Harbour Post", f"{FACT_EN}\n{OTHER[0]}")])
    (row,) = [r for r in lk.claim_rows() if len(r["members"]) == 2]
    assert {m["origin_rule"] for m in row["members"]} == {"link.origin.own_statement"}
    assert row["origins"] == ["Coast Herald", "Harbour Post"]
    assert not [e for e in lk.citation_edges() if e["kind"] == "copy"]


def _said(text: str, source: str, cue: str, content: str, status: str = "attributed") -> dict[str, Any]:
    return {"id": "a1", "mode": "indirect", "rule": "t", "status": status, "via": [],
            "source": span_at(text, source, id="s1", name=source, type="person"),
            "cue": span_at(text, cue), "content": [span_at(text, content)]}


def _rest(d: dict[str, Any]) -> list[str]:
    return [m.text for m in members_of(d) if m.rule == "link.claim.own_statement_rest"]


def test_the_rest_of_an_attributed_sentence_is_an_own_statement() -> None:
    # (rule `link.claim.own_statement_rest`: the clause beside the reported speech, its source and
    # the conjunction before it cut off)
    for fact, lang, join, cue, content in [
            ("The ferry company closed the harbour bridge to trucks after Ida Berg spotted cracks", "en", ", but Jonas Keller ",
             "said", "the cracks were small"),
            ("Die Fährgesellschaft sperrte die Hafenbrücke für Lastwagen, als Ida Berg Risse fand", "de", ", während Jonas Keller ",
             "sagte", "die Risse seien klein")]:
        text = f"{fact}{join}{cue} {content}."
        d = _doc("d1", "Harbour Post", text, lang, attributions=[_said(text, "Jonas Keller", cue, content)])
        d["sentences"] = [{"start": 0, "end": len(text)}]
        ms = [m for m in members_of(d) if m.rule == "link.claim.own_statement_rest"]
        assert [m.text for m in ms] == [fact]
        assert ms[0].source is None and ms[0].own_statement and not ms[0].unread_speaker
        # its origin is the outlet, beside the source of the reported speech
        lk = Linker("hashing")
        lk.add([d])
        rules = {m["rule"]: m["origin_rule"] for r in lk.claim_rows() for m in r["members"]}
        assert rules["link.claim.own_statement_rest"] == "link.origin.own_statement"


def test_what_rest_of_an_attributed_sentence_is_no_own_statement() -> None:
    # too few words beside the speech ("after he found cracks"), the source and cue alone, a rest
    # with nothing that anchors it (no number, date or name), a hedged sentence, another sentence
    cases = [("Jonas Keller said the ferry company closed the harbour bridge to trucks on Monday after he found cracks.",
              "said", "the ferry company closed the harbour bridge to trucks on Monday", "attributed"),
             ("Speaking to reporters at the quay, Jonas Keller told them the bridge had been closed to trucks on Monday.",
              "told", "the bridge had been closed to trucks on Monday", "attributed"),
             ("The old wooden pier was slowly sinking into the grey water, while Jonas Keller said the bridge was closed on Monday.",
              "said", "the bridge was closed on Monday", "attributed"),
             ("The ferry company of Ida Berg closed the harbour bridge to trucks on Monday, but Jonas Keller said the cracks may be small.",
              "said", "the cracks may be small", "hedged")]
    for text, cue, content, status in cases:
        d = _doc("d1", "Harbour Post", text, attributions=[_said(text, "Jonas Keller", cue, content, status)])
        d["claims"][0]["status"] = status
        d["sentences"] = [{"start": 0, "end": len(text)}]
        assert _rest(d) == [], text
        if status == "hedged":  # (the same sentence stated, not hedged, has its rest: the status alone keeps it out)
            d["claims"][0]["status"] = "attributed"
            assert _rest(d) == ["The ferry company of Ida Berg closed the harbour bridge to trucks on Monday"]
    # an attributed claim of several sentences: only a rest inside one of the document's sentences
    text = "The ferry company of Ida Berg closed the harbour bridge to trucks on Monday. Jonas Keller said the cracks were small."
    d = _doc("d1", "Harbour Post", text, attributions=[_said(text, "Jonas Keller", "said", "the cracks were small")])
    d["claims"] = [{"start": 0, "end": len(text), "text": text, "attributions": ["a1"], "hedges": [], "status": "attributed"}]
    cut = text.index(". ") + 1
    d["sentences"] = [{"start": 0, "end": cut}, {"start": cut + 1, "end": len(text)}]
    assert _rest(d) == []
    d["sentences"] = [{"start": 0, "end": len(text)}]  # (read as one sentence, the same words are a rest)
    assert _rest(d) == ["The ferry company of Ida Berg closed the harbour bridge to trucks on Monday."]


def test_the_rest_of_an_attributed_sentence_ends_on_a_word_not_on_a_no_break_space() -> None:
    # (a no-break space before the quotation, as news copy has it: cut off as a plain space is)
    fact = "The harbour board under Ida Berg closed the old bridge to trucks on Monday"
    text = f"{fact}:\u00a0\u201cThe cracks are small,\u201d Jonas Keller said."
    d = _doc("d1", "Harbour Post", text, attributions=[_said(text, "Jonas Keller", "said", "The cracks are small")])
    d["sentences"] = [{"start": 0, "end": len(text)}]
    ms = [m for m in members_of(d) if m.rule == "link.claim.own_statement_rest"]
    assert [(m.start, m.end, m.text) for m in ms] == [(0, len(fact), fact)]


def test_a_source_and_a_relative_clause_about_it_are_no_own_statement() -> None:
    # (the source, then a clause that describes it: the speaker described, nothing the outlet states;
    # `source_relatives` of link.json; session 26)
    for lang, source, desc, cue, content in [
            ("de", "Eine Angestellte der Werft Holm", ", die ihren Namen nicht nennen will, ", "sagte",
             "die Kräne seien seit März defekt"),
            ("en", "A clerk at the Holm shipyard", " who asked not to be named in 2026 ", "said",
             "the cranes had been broken since March")]:
        text = f"{source}{desc}{cue} {content}."
        d = _doc("d1", "Harbour Post", text, lang, attributions=[_said(text, source, cue, content)])
        d["sentences"] = [{"start": 0, "end": len(text)}]
        assert _rest(d) == [], text
