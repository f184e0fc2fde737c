"""Claim members (issue 9), rule `link.claim.noun_headline`: a speaker's headline (`link.claim.title_speaker`)
whose words after its cue verb are only a noun phrase ("Ann Lee denies ferry report", "Lee rejects claims")
tells no statement of its own: it joins the claim of its body's member of the same speaker, keeping its
stance (a denial joins as `denies`), else the body's nearest member's, else it makes no claim. And a claim
its members only deny counts one origin the articles do not name: the story report says so, not "-".
Invented texts, analyses written by hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

from sourcetrace.cli.link import render_text
from sourcetrace.link import Linker
from sourcetrace.link.claims.members import members_of

QUOTE = "the grain quay would stay closed until the cranes are repaired"


def _doc(title: str, cue: str = "denied that", quote: str = QUOTE) -> dict[str, Any]:
    """An English article whose text opens with the headline `title`, then Ann Lee's words `quote` after `cue`."""
    body = f"The harbour master Ann Lee {cue} {quote}."
    text = f"{title}\n{body}"
    b = len(title) + 1
    at = text.index(quote)
    src = text.index("Ann Lee")
    verb = text.index(cue.split()[0])
    return {"id": "d0", "outlet": "Harbour Post", "date": "2026-03-10", "title": title, "language": "en", "text": text,
            "segments": [{"kind": "title", "start": 0, "end": len(title), "rule": "t"},
                         {"kind": "body", "start": b, "end": len(text), "rule": "t"}],
            "attributions": [{"id": "a1", "rule": "attr.indirect.en.v2", "status": "attributed",
                              "content": {"start": at, "end": at + len(quote), "text": quote},
                              "source": {"id": "s1", "start": src, "end": src + 7, "text": "Ann Lee", "name": "Ann Lee",
                                         "type": "person"},
                              "cue": {"start": verb, "end": verb + len(cue.split()[0]), "text": cue.split()[0]}, "via": []}],
            "claims": [{"start": b, "end": len(text), "text": body, "attributions": ["a1"], "hedges": [], "status": "attributed"}],
            "sources": [{"id": "s1", "name": "Ann Lee", "type": "person", "aliases": []}],
            "hedges": [], "timexes": [], "quantities": [], "sentences": [{"start": b, "end": len(text)}]}


def _title(doc: dict[str, Any]) -> Any:
    (m,) = [m for m in members_of(doc) if m.rule == "link.claim.title_speaker"]
    return m


def test_a_noun_phrase_after_the_cue_verb_is_no_statement_of_its_own() -> None:
    m = _title(_doc("Ann Lee denies grain quay report"))
    assert m.noun_title and m.denial_cue and m.text == "grain quay report"
    assert _title(_doc("Harbour Master Lee Denies Crane Repair Claims")).noun_title
    # (words with a finite verb, or a speaker's words after a colon, tell a statement)
    assert not _title(_doc("Ann Lee says grain quay will stay shut until spring", "said")).noun_title
    assert not _title(_doc("Ann Lee denies the grain quay stays shut")).noun_title
    assert not _title(_doc("Lee: ‘Grain Quay Report Wrong’")).noun_title


def test_the_denying_headline_joins_the_claim_its_body_denies_as_a_denial() -> None:
    lk = Linker("hashing")
    lk.add([_doc("Ann Lee denies grain quay report")])
    (head,) = [lk.members[k] for k in lk.docs["d0"].members if lk.members[k].noun_title]
    (body,) = [lk.members[k] for k in lk.docs["d0"].members if not lk.members[k].noun_title]
    assert head.claim == body.claim and head.stance == body.stance == "denies"
    assert head.rule == "link.claim.title_speaker+headline" and lk.joined_by[head.key] == "link.claim.noun_headline"
    assert len(lk.claim_rows()) == 1


def test_a_noun_headline_that_joins_nothing_makes_no_claim() -> None:
    # (another number parts it from the body's words: the claim veto)
    quote = "the grain quay would stay closed for 12 weeks"
    lk = Linker("hashing")
    doc = _doc("Ann Lee denies report of 40 grain quay closures", quote=quote)
    text = doc["text"]
    doc["quantities"] = [{"start": text.index(n), "end": text.index(n) + 2, "text": n, "value": float(n)} for n in ("40", "12")]
    lk.add([doc])
    (head,) = [lk.members[k] for k in lk.docs["d0"].members if lk.members[k].noun_title]
    assert head.claim is None
    assert [r["text"] for r in lk.claim_rows()] == [quote]


def test_a_claim_only_denied_names_its_one_origin_as_unnamed_in_the_report() -> None:
    claim = {"status": "contested", "text": QUOTE, "members": [{"document": "d0"}], "origins": [],
             "independent_origins": 1, "denied_by": ["Ann Lee"], "anonymous_only": False}
    report = {"story": "s1", "documents": [], "claims": [claim], "citation_graph": []}
    line = render_text(report).splitlines()[-3]
    assert line.strip() == "1 article(s); 1 independent origin(s): one the articles do not name; denied by Ann Lee"
    unsourced = {**claim, "status": "unsourced", "independent_origins": 0, "denied_by": []}
    assert "0 independent origin(s): -" in render_text({**report, "claims": [unsourced]})
