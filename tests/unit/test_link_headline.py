"""Rule `link.claim.headline`: a plain text that opens with its title line holds its headline as an own
statement of the outlet; the headline joins the claim of the member of its own article nearest to it (at
`claim_headline` or more, no claim veto between them), though their cosine lies below the bar for one
article. Invented texts, analyses written by hand, vectors chosen by the test (`StubEncoder`)."""

from __future__ import annotations

from typing import Any

import pytest
from tests.link_helpers import StubEncoder, unit

from sourcetrace.link import Linker

TITLE = "Harbour Board approves dredging of the north channel"
LEAD = "The harbour board voted on Tuesday to dredge the north channel before the autumn storms arrive."
OTHER = "Tourists waited on the quay for hours while gulls circled above the empty ticket booth."


#: the headline and the lead at a cosine of 0.5 (below the claim bar and the bar for one article), the
#: third sentence apart from both
VECTORS = {"approves dredging": unit(1.0, 0.0), "voted on Tuesday": unit(0.5, 0.75 ** 0.5), "Tourists": unit(0.0, 0.0, 1.0)}


def _doc(title: str, lines: list[str], doc_title: str | None = None) -> dict[str, Any]:
    text = "\n".join([f"{title}.", *lines])  # (the title line as a plain text gives it, with a full stop)
    claims, at = [], 0
    for line in text.split("\n"):
        claims.append({"start": at, "end": at + len(line), "text": line, "attributions": [], "hedges": [], "status": "asserted"})
        at += len(line) + 1
    return {"id": "d1", "outlet": "Harbour Courier", "date": "2026-04-14", "title": doc_title or title, "language": "en",
            "text": text, "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}], "attributions": [],
            "claims": claims, "sources": [], "hedges": [], "timexes": [], "quantities": []}


def _member(lk: Linker, words: str) -> Any:
    found = [m for m in lk.members.values() if words in m.text]
    assert len(found) == 1, (words, [m.text for m in lk.members.values()])
    return found[0]


def _linked(doc: dict[str, Any], thresholds: dict[str, float] | None = None) -> Linker:
    lk = Linker(StubEncoder(VECTORS), thresholds=thresholds)  # (a stub: USE's thresholds, `claim_headline` 0.4)
    lk.add([doc])
    return lk


def test_the_headline_joins_the_claim_of_the_lead_it_sums_up() -> None:
    lk = _linked(_doc(TITLE, [LEAD, OTHER]))
    head, lead, other = _member(lk, "approves dredging"), _member(lk, "voted on Tuesday"), _member(lk, "Tourists")
    assert head.own_statement and lead.own_statement
    assert head.claim == lead.claim != other.claim
    assert lk.vetoed["link.claim.headline"] == 1
    # (the rule is named: on the member in its claim's row, and as the path it joined by)
    (row,) = [r for r in lk.claim_rows() if r["claim"] == head.claim]
    assert sorted(x["rule"] for x in row["members"]) == ["link.claim.own_statement", "link.claim.own_statement+headline"]
    assert lk.joined_by[head.key] == "link.claim.headline" and lead.key not in lk.joined_by


def test_below_the_headline_bar_it_keeps_a_claim_of_its_own() -> None:
    lk = _linked(_doc(TITLE, [LEAD, OTHER]), {"claim_headline": 0.55})
    assert _member(lk, "approves dredging").claim != _member(lk, "voted on Tuesday").claim
    assert lk.vetoed["link.claim.headline"] == 0
    assert not _member(lk, "approves dredging").rule.endswith("+headline")


def test_a_number_the_lead_does_not_tell_parts_them() -> None:
    doc = _doc("Harbour Board approves dredging of the north channel for 40 million", [LEAD.replace("on Tuesday", "on Tuesday for 30 million"), OTHER])
    doc["quantities"] = [{"start": doc["text"].index(n), "end": doc["text"].index(n) + len(n), "text": n, "value": v, "rule": "t"}
                         for n, v in (("40 million", 40e6), ("30 million", 30e6))]
    lk = _linked(doc)
    assert _member(lk, "approves dredging").claim != _member(lk, "voted on Tuesday").claim
    assert lk.vetoed["link.claim.headline"] == 0


def test_a_first_line_that_is_not_the_title_is_no_headline() -> None:
    lk = _linked(_doc(TITLE, [LEAD, OTHER], doc_title="Storm season on the coast"))
    assert _member(lk, "approves dredging").claim != _member(lk, "voted on Tuesday").claim
    assert lk.vetoed["link.claim.headline"] == 0


# -- the title line needs no finite verb: a headline in title case, or with no verb at all, is a member

CASED = "Harbour Board Approves Dredging Of The North Channel"
#: the lead names the board as the body writes it: its capitals are kept, the headline's others undone
CASED_LEAD = LEAD.replace("The harbour board", "The Harbour Board")


def test_a_headline_in_title_case_is_a_member_and_joins_the_lead() -> None:
    lk = Linker(StubEncoder({"Approves Dredging": VECTORS["approves dredging"], **VECTORS}))
    lk.add([_doc(CASED, [CASED_LEAD, OTHER])])
    head = _member(lk, "Approves Dredging")
    assert head.own_statement and head.text.startswith(CASED)
    assert head.claim == _member(lk, "voted on Tuesday").claim


def test_a_title_case_line_that_is_not_the_title_stays_no_member() -> None:
    lk = Linker(StubEncoder(VECTORS))
    lk.add([_doc(CASED, [CASED_LEAD, OTHER], doc_title="Storm season on the coast")])
    assert not [m for m in lk.members.values() if "Approves Dredging" in m.text]


def test_a_headline_with_no_verb_is_a_member() -> None:
    lk = Linker(StubEncoder({"Dredging for the north channel": VECTORS["approves dredging"], **VECTORS}))
    lk.add([_doc("Dredging for the north channel at last", [LEAD, OTHER])])
    head = _member(lk, "Dredging for the north channel")
    assert head.own_statement and head.claim == _member(lk, "voted on Tuesday").claim


def test_a_linker_pickled_before_the_rule_takes_its_encoders_bar(monkeypatch: Any) -> None:
    # (a store linked before rule link.claim.headline: its next batch links headlines as a new store does)
    import pickle

    from sourcetrace.link.linker import THRESHOLDS

    monkeypatch.setitem(THRESHOLDS, "hashing", {**THRESHOLDS["hashing"], "claim_headline": 0.4, "claim_corroborates": 0.75})
    lk = Linker("hashing")
    del lk.t["claim_headline"], lk.t["claim_corroborates"]
    again = pickle.loads(pickle.dumps(lk))
    assert (again.t["claim_headline"], again.t["claim_corroborates"]) == (0.4, 0.75)
    monkeypatch.setitem(THRESHOLDS, "hashing", {k: v for k, v in THRESHOLDS["hashing"].items() if k != "claim_headline"})
    assert "claim_headline" not in pickle.loads(pickle.dumps(Linker("hashing"))).t  # (an encoder without the bar: none)


# -- every input's title: an HTML page's headline and a plain text's first line that the segmenter set apart
#    (segments of kind `title`, not the body) are headline members the same way (`members._title_segments`)

#: the page's headline and its lead, written as an HTML page and as a plain text whose first line has no full stop
PAGE = f"""<!doctype html><html lang="en"><head><title>{TITLE}</title>
<meta property="article:published_time" content="2026-04-14T08:00:00Z"></head><body>
<article><h1>{TITLE}</h1><p>{LEAD}</p><p>{OTHER}</p></article></body></html>"""
PLAIN = f"{TITLE}\n\n{LEAD}\n\n{OTHER}\n"


def _analysed(text: str) -> dict[str, Any]:
    import sourcetrace
    from sourcetrace.writers.json import to_dict

    doc = sourcetrace.analyze(text, date="2026-04-14", lang="en")
    return {**to_dict(doc), "id": "d1", "outlet": "Harbour Courier", "date": "2026-04-14", "title": doc.title, "text": doc.text}


def test_an_html_pages_headline_joins_the_claim_of_its_lead() -> None:
    doc = _analysed(PAGE)
    (seg,) = [g for g in doc["segments"] if g["kind"] == "title"]  # (the reader's title, set apart from the body)
    assert doc["text"][seg["start"] : seg["end"]].strip() == TITLE
    lk = _linked(doc)
    head, lead, other = _member(lk, "approves dredging"), _member(lk, "voted on Tuesday"), _member(lk, "Tourists")
    assert head.own_statement and head.rule == "link.claim.own_statement+headline"
    assert head.claim == lead.claim != other.claim and lk.joined_by[head.key] == "link.claim.headline"


def test_a_plain_texts_first_line_set_apart_as_its_title_joins_the_claim_of_its_lead() -> None:
    doc = _analysed(PLAIN)
    (seg,) = [g for g in doc["segments"] if g["kind"] == "title"]
    assert seg["rule"] == "segment.title.first_line" and doc["title"] == TITLE
    lk = _linked(doc)
    head = _member(lk, "approves dredging")
    assert head.own_statement and head.claim == _member(lk, "voted on Tuesday").claim
    assert lk.vetoed["link.claim.headline"] == 1


def test_a_title_segment_that_is_not_the_documents_title_makes_no_member() -> None:
    doc = {**_analysed(PLAIN), "title": "Storm season on the coast"}
    lk = _linked(doc)
    assert not [m for m in lk.members.values() if "approves dredging" in m.text]
    assert _member(lk, "voted on Tuesday").claim != _member(lk, "Tourists").claim


def test_a_headline_that_gives_a_speakers_words_stays_the_speakers_member() -> None:
    # (rule link.claim.title_speaker: the body's attribution names the speaker; no own statement beside it)
    text = ("Ann Lee: harbour board approves dredging of the north channel\n\n"
            "The harbour board approves dredging of the north channel, port director Ann Lee said on Tuesday.\n\n" + OTHER + "\n")
    lk = _linked(_analysed(text))
    heads = [m for m in lk.members.values() if m.start < text.index("\n")]
    assert [(m.rule, m.source) for m in heads] == [("link.claim.title_speaker", "Ann Lee")]


# -- a plain text's first line that the segmenter set apart by its shape alone is no headline where it is a
#    byline, a line of names and numbers, a rubric of capitalised words (German) or cut off mid-sentence
#    (rule link.claim.title_not_headline, `members._no_headline`): the document's title is that line itself
#    (no title given), so its words match and prove nothing

BODY_DE = ("Der Hafenrat stimmte am Dienstag für das Ausbaggern der Nordrinne, bevor die Herbststürme kommen.\n\n"
           "Touristen warteten stundenlang am Kai, während Möwen über dem leeren Kartenhäuschen kreisten.\n")


def _plain(first: str, lang: str) -> dict[str, Any]:
    import sourcetrace
    from sourcetrace.writers.json import to_dict

    body = f"{LEAD}\n\n{OTHER}\n" if lang == "en" else BODY_DE
    doc = sourcetrace.analyze(f"{first}\n\n{body}", date="2026-04-14", lang=lang)
    return {**to_dict(doc), "id": "d1", "outlet": "Harbour Courier", "date": "2026-04-14", "title": doc.title, "text": doc.text}


def _first_line_members(doc: dict[str, Any]) -> list[str]:
    from sourcetrace.link.claims.members import members_of

    (seg,) = [g for g in doc["segments"] if g["kind"] == "title"]
    assert seg["rule"] == "segment.title.first_line" and doc["title"] == doc["text"][seg["start"] : seg["end"]].strip()
    return [m.rule for m in members_of(doc) if m.start < seg["end"]]


@pytest.mark.parametrize(("first", "lang"), [
    ("By Ann Lee and Tom Reed", "en"),                         # a byline
    ("KESTREL BAY, 14 April 2026 (Harbour Wire)", "en"),       # a dateline
    ("Kestrel Bay Rovers 3 Northgate Albion 1", "en"),         # a result
    ("The harbour board said on Tuesday that the ferry and the", "en"),  # cut off after an article
    ("Von Anna Berg und Jan Holt", "de"),                      # a byline
    ("KESTREL BAY, 14 April 2026 (hw)", "en"),                 # a dateline, its credit in lower case
    ("Zur Person Anna Berg", "de"),                            # a rubric: capitalised words only
])
def test_a_first_line_that_is_no_headline_makes_no_member(first: str, lang: str) -> None:
    assert _first_line_members(_plain(first, lang)) == []


@pytest.mark.parametrize(("first", "lang"), [
    ("Harbour Board Approves Dredging Of The North Channel", "en"),  # title case, no digit
    ("Harbour board approves 3 million for dredging", "en"),         # a digit beside lower-case words
    ("Hafenrat billigt Ausbaggern der Nordrinne", "de"),              # a German headline: its verb lower-case
])
def test_a_first_line_that_reads_as_a_headline_stays_a_member(first: str, lang: str) -> None:
    assert _first_line_members(_plain(first, lang)) == ["link.claim.own_statement"]


def test_only_a_language_that_capitalises_its_nouns_reads_a_line_of_capitals_as_a_rubric() -> None:
    from sourcetrace.link.claims.members import _no_headline

    line = "Harbour Board Approves Dredging"
    assert _no_headline(line, "de") and not _no_headline(line, "en") and not _no_headline(line, "fr")
    assert not _no_headline(line, "")  # (a document of no language read: capitals may be the title's style)
