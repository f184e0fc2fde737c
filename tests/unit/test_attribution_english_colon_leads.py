"""An English quotation after a colon lead with no verb of speech (invented sentences): the subject of
the lead clause's main verb is the speaker ("… issued the following statement:", "… called them on
it:", "… worded it more carefully:"; rule `attr.direct.en.colon_lead.clause`), never its object, and a
line that is only a name with party and state in brackets gives the speaker of the quotation after it
(`attr.direct.en.colon_lead.name_line`). A relative clause hands the words to someone else, the
author speaking in the first person is no speaker, and a lead with a copula names none."""

from __future__ import annotations

from tests.attribution_helpers import en, one, source_name, source_text


def _quoted(doc, needle: str):  # type: ignore[no-untyped-def]
    return [a for a in doc.attributions if any(needle in doc.span_text(c) for c in a.content)]


def test_the_subject_of_a_colon_lead_speaks_the_quotation() -> None:
    doc = en("The storm flooded the harbour of Westmoor on Tuesday.\n\nAfter the flood, Governor Mara Quist issued the "
             "following statement:\n\n“Our thoughts are with every family who lost a home tonight. We will rebuild "
             "the harbour together.”")
    a = one(doc, "Our thoughts are with every family")
    assert "Mara Quist" in (source_name(doc, a) or "") and a.rule == "attr.direct.en.colon_lead.clause"


def test_the_object_of_a_colon_lead_is_not_the_speaker() -> None:
    doc = en("The panel asked the candidates about their taxes.\n\nSenator Dale Orwin called them on it:\n\n“The "
             "questions asked tonight show why voters distrust this panel. Nobody here wants a real debate.”")
    a = one(doc, "The questions asked tonight")
    assert "Orwin" in (source_name(doc, a) or "")
    # (a clause with a relative clause of its own before the lead's subject: the lead's verb is still the main one)
    doc = en("When the panel gave in to the lure of mockery, and how tempting that is!— Dale Orwin called them on "
             "it:\n\n“The questions asked tonight show why voters distrust this panel.”")
    a = one(doc, "The questions asked tonight")
    assert a.rule == "attr.direct.en.colon_lead.clause" and source_text(doc, a) == "Dale Orwin"


def test_a_body_or_a_text_as_subject_of_a_colon_lead() -> None:
    doc = en("The audit of the canal was released on Monday.\n\nThe Quist campaign, in a memo on the canal dispute, "
             "worded it even more carefully: \"Quist always wrote to the board on its own servers, so her letters "
             "were kept.\"")
    a = one(doc, "Quist always wrote to the board")
    assert a.rule == "attr.direct.en.colon_lead.clause" and "Quist campaign" in (source_text(doc, a) or "")
    doc = en("The canal board kept most letters on a system called HARP. A footnote in the audit makes that clear: "
             "\"These findings do not cover the letters of the board chair.\"")
    a = one(doc, "These findings do not cover")
    assert a.rule == "attr.direct.en.colon_lead.clause" and source_text(doc, a) == "the audit"


def test_a_name_line_with_party_and_state_introduces_the_quotation() -> None:
    doc = en("The hearing on the canal contracts lasted nine hours.\n\nRep. Tobias Wrenfield (R-Ohio):\"I have never "
             "seen a contract written this badly. Who signed it first?\"")
    a = one(doc, "I have never seen a contract")
    assert "Tobias Wrenfield" in (source_name(doc, a) or "") and a.rule == "attr.direct.en.colon_lead.name_line"


def test_a_relative_clause_or_the_author_or_a_copula_gives_no_colon_lead() -> None:
    doc = en("The mayor of Westmoor forwarded a note from her aide, Pim Arvel, that read: \"The canal stays open "
             "all winter. Every boat will be checked twice.\"")
    assert all(a.rule != "attr.direct.en.colon_lead.clause" for a in _quoted(doc, "The canal stays open"))
    doc = en("We visited the harbour of Westmoor last week:\n\n“The canal stays open all winter. Every boat will be "
             "checked twice.”")
    assert all(not a.rule.startswith("attr.direct.en.colon_lead") for a in _quoted(doc, "The canal stays open"))
