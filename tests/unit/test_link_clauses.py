"""A sentence that joins two clauses each stating a thing of its own (rule `link.claim.clause`,
`claims.members.clause_pieces`): "…; …", "…, while …", "…, and <a verb phrase of its own>" are two
members, so that a claim that another article tells about one clause is not merged with what
the other clause states (look-alikes held together by one member). A list of names, a quotation,
a parenthesis or a clause too short to state anything is no place to cut. Invented texts, analyses
written by hand, the hashing encoder."""

from __future__ import annotations

from tests.unit.test_link_own_statements import OTHER, _doc

from sourcetrace.link import Linker
from sourcetrace.link.claims.members import CLAUSE_SUFFIX, clause_pieces, members_of


def _pieces(text: str, lang: str = "en", least: int = 3) -> list[str]:
    return [text[a:b] for a, b in clause_pieces(text, 0, len(text), lang, least)]


INDEX = "The harbour index fell 3 percent to 812 points, while the shipping index gained 2 percent to 405 points."
POLLS = ("The mayor leads in the polls in Avonford and Kestrel Bay; the race looks tighter in Millbrook, "
         "where the council member Ada Frost has a small lead.")


def test_clauses_stating_things_of_their_own_are_cut() -> None:
    assert _pieces(INDEX) == ["The harbour index fell 3 percent to 812 points",
                              "the shipping index gained 2 percent to 405 points."]
    assert _pieces(POLLS) == ["The mayor leads in the polls in Avonford and Kestrel Bay",
                              "the race looks tighter in Millbrook, where the council member Ada Frost has a small lead."]
    # a clause that shares its subject opens with its verb: read from the conjunction on
    assert _pieces("The council members criticised the mayor for the delays, and urged him to resign before June.") == [
        "The council members criticised the mayor for the delays", "urged him to resign before June."]
    de = "Die Fähre aus Kestrel legte um zwölf Uhr ab, während der Hafen von Avonford wegen Sturm geschlossen blieb."
    assert _pieces(de, "de") == ["Die Fähre aus Kestrel legte um zwölf Uhr ab",
                                 "der Hafen von Avonford wegen Sturm geschlossen blieb."]


def test_what_is_no_place_to_cut() -> None:
    for text in ["The festival drew visitors from Avonford, Kestrel Bay, and Millbrook.",  # a list: no verb after it
                 "The ferry left at noon, and the crew said nothing.",  # too few words after it
                 'The mayor said "we closed the bridge; the river rose too fast" on Monday.',  # inside a quotation
                 "The bridge (closed since May; the council paid for it) reopened on Monday after repairs.",  # a parenthesis
                 "The bridge reopened on Monday, but the ferry company kept its trucks on the old road."]:  # "but": one thing set against another
        assert _pieces(text) == [text]


#: two clauses, each anchored by a full name (an own statement needs a number, a date or a name)
TWO = ("Mayor Jonas Keller closed the harbour bridge to trucks on Monday, "
       "while Councillor Ada Frost reopened the ferry pier at Kestrel Bay.")


def test_an_own_statement_of_two_clauses_is_two_members() -> None:
    ms = [m for m in members_of(_doc("d1", "Harbour Post", TWO)) if m.own_statement]
    assert [m.text for m in ms] == ["Mayor Jonas Keller closed the harbour bridge to trucks on Monday",
                                    "Councillor Ada Frost reopened the ferry pier at Kestrel Bay."]
    assert {m.rule for m in ms} == {"link.claim.own_statement" + CLAUSE_SUFFIX}
    assert not ms[0].words & {"pier", "ferry"} and "pier" in ms[1].words  # (each clause its own words)
    assert len({m.key for m in ms}) == 2
    # one clause: one member, as before
    one = [m for m in members_of(_doc("d1", "Harbour Post", "Mayor Jonas Keller closed the harbour bridge to trucks on Monday.")) if m.own_statement]
    assert [m.rule for m in one] == ["link.claim.own_statement"]


def test_a_reported_sentence_is_cut_only_where_each_clause_reports_speech() -> None:
    both = "The council members criticised the mayor for the delays at the Avonford bridge, and urged him to resign before June."
    ms = [m for m in members_of(_doc("d1", "Harbour Post", both)) if m.sentence and not m.own_statement]
    assert [m.rule for m in ms] == ["link.claim.sentence" + CLAUSE_SUFFIX] * 2
    # the second clause states a fact, no speech: the sentence stays one member
    one = ("The council members criticised the mayor for the delays at the Avonford bridge, "
           "and the ferry company moved its trucks to the old road.")
    ms = [m for m in members_of(_doc("d1", "Harbour Post", one)) if m.sentence and not m.own_statement]
    assert [m.rule for m in ms] == ["link.claim.sentence"]


def test_another_article_telling_one_clause_joins_that_clause_only() -> None:
    lk = Linker("hashing")
    lk.add([_doc("d1", "Harbour Post", f"{TWO}\n{OTHER[0]}"),
            _doc("d2", "Coast Herald", f"{OTHER[2]}\nOn Monday Mayor Jonas Keller closed the harbour bridge to trucks.",
                 date="2026-03-11")])
    rows = {r["claim"]: r for r in lk.claim_rows()}
    joined = [r for r in rows.values() if len({m["document"] for m in r["members"]}) == 2]
    assert len(joined) == 1
    # the pier's clause is no member of the claim the two articles tell: a claim of its own
    assert all("pier" not in r["text"] for r in joined)
    assert any(r["text"].startswith("Councillor Ada Frost reopened") for r in rows.values())
    assert joined[0]["independent_origins"] == 2
