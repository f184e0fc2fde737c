"""Cross-article linking on invented documents (hashing encoder: no model, deterministic)."""

from __future__ import annotations

import re
from typing import Any

import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from sourcetrace.link import Linker
from sourcetrace.link.claims import numbers_compatible, veto
from sourcetrace.link.copies import CopyDetector, agency_credits
from sourcetrace.link.entities import EntityResolver, effective_type


def doc(doc_id: str, outlet: str, date: str, title: str, claims: list[dict[str, Any]], lang: str = "en",
        extra: str = "") -> dict[str, Any]:
    """An analysis dict as the pipeline writes it: the text is built from the title and the
    claims, each claim `{"src", "type", "content", "via"?, "status"?, "num"?, "role"?}`."""
    text = title + "\n\n"
    attributions, sources, quantities = [], [], []
    for i, c in enumerate(claims, 1):
        sent = f"{c['src']} said that {c['content']}. " if lang == "en" else f"{c['src']} sagte, {c['content']}. "
        base = len(text)
        s_start = base
        c_start = base + sent.index(c["content"])
        text += sent
        sid = f"s{i}"
        sources.append({"id": sid, "name": c["src"], "aliases": [], "type": c["type"], "role": c.get("role")})
        via = [{"id": f"v{i}{j}", "name": n, "position": "upstream", "rule": "t"} for j, n in enumerate(c.get("via", []))]
        for j, (n, t) in enumerate(c.get("via_types", [])):
            sources.append({"id": f"v{i}{j}", "name": n, "aliases": [], "type": t})
        attributions.append({"id": f"a{i}", "mode": "indirect", "rule": "t",
                             "source": {"start": s_start, "end": s_start + len(c["src"]), "text": c["src"], "id": sid,
                                        "name": c["src"], "type": c["type"]},
                             "cue": {"start": 0, "end": 0, "text": "denied" if c.get("status") == "denied" else "said"},
                             "content": [{"start": c_start, "end": c_start + len(c["content"]), "text": c["content"]}],
                             "via": via, "status": c.get("status", "attributed")})
        if "num" in c:
            word, value = c["num"]
            q = c_start + c["content"].index(word)
            quantities.append({"start": q, "end": q + len(word), "text": word, "value": value, "rule": "t"})
    text += extra
    return {"id": doc_id, "outlet": outlet, "date": date, "title": title, "language": lang, "text": text,
            "segments": [{"kind": "body", "start": len(title) + 2, "end": len(text), "rule": "t"}],
            "attributions": attributions, "sources": sources, "hedges": [], "timexes": [], "quantities": quantities}


def linker() -> Linker:
    return Linker("hashing", thresholds={"claim": 0.5, "claim_lexical_free": 0.7, "story": 0.35})


def test_entities_fold_transliteration_outlet_aliases_and_scope_anonymous_sources() -> None:
    r = EntityResolver()
    a = r.resolve("Wolodymyr Selenskyj", "person", doc_id="d1", scope="")
    assert r.resolve("Volodymyr Zelenskyy", "person", doc_id="d2", scope="").id == a.id
    assert r.resolve("Zelensky", "person", doc_id="d3", scope="").id == a.id  # the bare surname
    assert r.resolve("WaPo", "media", doc_id="d1", scope="").id == r.outlet("The Washington Post").id
    x = r.resolve("officials", "anonymous", doc_id="d1", scope="doc:d1")
    assert r.resolve("officials", "anonymous", doc_id="d2", scope="doc:d2").id != x.id
    assert r.resolve("officials", "anonymous", doc_id="d3", scope="doc:d1").id == x.id
    assert effective_type("Feuerwehrkommandant Hans Becker", "unnamed") == "person"
    assert effective_type("Mitarbeiter des Unternehmens", "unnamed") == "unnamed"


def test_copies_by_near_duplicate_text_and_agency_credits() -> None:
    body = "Die Brücke über den Fluss wird ab Montag für drei Wochen gesperrt, teilte die Stadt mit. " * 3
    cd = CopyDetector()
    assert cd.add("a", body, "2026-01-02") is None
    assert cd.add("b", body + " Mehr dazu morgen.", "2026-01-02") == "a"
    assert cd.add("c", "Ganz anderer Text über das Wetter am Wochenende und die Aussichten für Skifahrer.", None) is None
    assert agency_credits("BERLIN (dpa) - Der Text beginnt hier.\nUnd endet.") == ["dpa"]
    assert agency_credits("Text.\n\ndpa/lno") == ["dpa"]
    assert agency_credits("WASHINGTON (AP) — Text") == ["AP"]
    assert agency_credits("A text that mentions the AP style guide in passing.") == []


def test_numbers_compatible_allows_rounding_but_not_another_number() -> None:
    assert numbers_compatible(10000.0, 10400.0)
    assert not numbers_compatible(12000.0, 10400.0)
    assert not numbers_compatible(5e9, 7e9)
    assert numbers_compatible((100.0, None), 150.0)


def test_claims_join_across_documents_and_a_denial_joins_denying() -> None:
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-02-01", "Dam report", [
            {"src": "Minister Anna Berg", "type": "person", "content": "the river dam near Oldtown has serious cracks"}]),
        doc("d2", "Morning Two", "2026-02-01", "Dam has cracks", [
            {"src": "Anna Berg", "type": "person", "content": "the river dam near Oldtown has serious cracks"}]),
        doc("d3", "Evening Three", "2026-02-02", "Operator denies cracks", [
            {"src": "Dam operator Flow Ltd", "type": "company", "status": "denied",
             "content": "the river dam near Oldtown has serious cracks"}]),
    ])
    rows = {r["claim"]: r for r in lk.claim_rows()}
    assert len(rows) == 1
    row = next(iter(rows.values()))
    assert [m["stance"] for m in row["members"]] == ["asserts", "asserts", "denies"]
    assert row["origins"] == ["Anna Berg"]  # the name without the role word before it
    assert row["independent_origins"] == 1
    assert row["status"] == "contested"


def test_a_different_number_does_not_join() -> None:
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-02-01", "Budget", [
            {"src": "Anna Berg", "type": "person", "content": "the city will spend 5 million on new schools",
             "num": ("5 million", 5e6)}]),
        doc("d2", "Morning Two", "2026-02-01", "Budget", [
            {"src": "Anna Berg", "type": "person", "content": "the city will spend 7 million on new schools",
             "num": ("7 million", 7e6)}]),
    ])
    assert len(lk.claim_rows()) == 2
    assert lk.vetoed["link.veto.number"] == 1


def test_two_independent_origins_corroborate_and_relays_add_none() -> None:
    lk = linker()
    claim = "the northern bridge will stay closed until May"
    lk.add([
        doc("d1", "Daily One", "2026-03-01", "Bridge closed", [{"src": "Mayor Eva Holm", "type": "person", "content": claim}]),
        # an outlet relays the mayor: no new origin
        doc("d2", "Morning Two", "2026-03-01", "Bridge", [{"src": "Daily One", "type": "media", "content": claim}]),
    ])
    assert lk.claim_rows()[0]["status"] == "single_origin"
    # a spokesperson speaks for the principal: still one origin when the principal is the mayor's office
    lk.add([doc("d3", "Evening Three", "2026-03-02", "Bridge", [
        {"src": "Tom Reed", "type": "person", "role": "spokesman for the transport ministry", "content": claim}])])
    row = lk.claim_rows()[0]
    assert row["independent_origins"] == 2
    assert row["status"] == "corroborated"
    assert "transport ministry" in row["origins"]


def test_anonymous_sources_count_once_per_article_and_follow_the_chain() -> None:
    lk = linker()
    claim = "the harbour deal was signed in secret last week"
    lk.add([
        doc("d1", "Daily One", "2026-04-01", "Harbour deal", [{"src": "officials", "type": "anonymous", "content": claim}]),
        # relays Daily One's anonymous officials: the same origin
        doc("d2", "Morning Two", "2026-04-01", "Harbour", [
            {"src": "Daily One", "type": "media", "via": ["officials"], "via_types": [("officials", "anonymous")],
             "content": claim}]),
    ])
    row = lk.claim_rows()[0]
    assert row["independent_origins"] == 1 and row["anonymous_only"]
    # another outlet's own unnamed officials are a separate origin
    lk.add([doc("d3", "Evening Three", "2026-04-02", "Harbour", [{"src": "officials", "type": "anonymous", "content": claim}],
                extra="Port workers gathered at the gate on Tuesday morning and asked the council for answers about jobs.")])
    assert lk.claim_rows()[0]["independent_origins"] == 2


def test_unsourced_claims_and_stories_are_incremental() -> None:
    lk = linker()
    d1 = doc("d1", "Daily One", "2026-05-01", "Storm floods the old harbour district", [
        {"src": "Fire chief Karl Ost", "type": "person", "content": "the storm flooded the old harbour district overnight"}])
    lk.add([d1])
    d2 = doc("d2", "Morning Two", "2026-05-01", "Storm floods old harbour district", [
        {"src": "Karl Ost", "type": "person", "content": "the storm flooded the old harbour district overnight"}])
    d3 = doc("d3", "Daily One", "2026-09-20", "Chess club opens new hall in the suburbs", [
        {"src": "Club chair Ina Lund", "type": "person", "content": "the chess club will open its new hall in October"}])
    assert lk.add([d1, d2, d3]) == ["d2", "d3"]  # d1 is known: skipped
    stories = {r["story"]: r["documents"] for r in lk.story_rows()}
    assert sorted(map(sorted, stories.values())) == [["d1", "d2"], ["d3"]]
    row = next(r for r in lk.claim_rows() if len(r["members"]) == 2)
    assert row["story"] == lk.story_of("d1")
    report = lk.story_report(lk.story_of("d1"))
    assert [d["id"] for d in report["documents"]] == ["d1", "d2"]


def test_veto_on_dates() -> None:
    from sourcetrace.link.claims import Member

    def mem(dates: list[str]) -> Member:
        return Member("k", "d", 0, 1, "t", "s", "person", None, [], [], [], False, False, dates=dates)

    assert veto(mem(["2026-03-01"]), mem(["2026-03"])) is None
    assert veto(mem(["2026-03-01"]), mem(["2026-04-02"])) == "link.veto.date"


def _one_claim(lk: Linker) -> dict[str, Any]:
    rows = lk.claim_rows()
    assert len(rows) == 1, [r["text"] for r in rows]
    return rows[0]


def test_a_spokesperson_campaign_or_official_speaks_for_the_principal() -> None:
    claim = "the ministry will close the border crossing at Eastgate on Monday"
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-06-01", "Border", [{"src": "Interior Ministry", "type": "government", "content": claim}]),
        doc("d2", "Morning Two", "2026-06-01", "Border", [
            {"src": "Tom Reed", "type": "person", "role": "spokesman for the Interior Ministry", "content": claim}]),
        # officials of one institution count once
        doc("d3", "Evening Three", "2026-06-01", "Border", [
            {"src": "Ada Stone", "type": "person", "role": "a senior official at the Interior Ministry", "content": claim}]),
    ])
    row = _one_claim(lk)
    assert row["independent_origins"] == 1 and row["status"] == "single_origin"
    # a campaign speaks for its candidate, in German too ("Wahlkampfteam von …")
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-06-02", "Rally", [{"src": "Hillary Clinton", "type": "person", "content": claim}]),
        doc("d2", "Morning Two", "2026-06-02", "Rally", [{"src": "the Clinton campaign", "type": "unnamed", "content": claim}]),
    ])
    assert _one_claim(lk)["independent_origins"] == 1
    # separate people and institutions count separately (in a report of its own: a copy would add none)
    lk.add([doc("d3", "Evening Three", "2026-06-02", "Rally", [{"src": "Mayor Eva Holm", "type": "person", "content": claim}],
                extra="Traders at the market said they had heard nothing about it from the town hall.")])
    assert _one_claim(lk)["independent_origins"] == 2


def test_an_unnamed_institution_is_one_origin_but_an_unnamed_group_counts_once_per_article() -> None:
    claim = "das Feuer sei kurz nach Mitternacht im Lager ausgebrochen"
    lk = linker()
    lk.add([
        doc("d1", "Tagblatt", "2026-07-01", "Brand", [{"src": "Die Feuerwehr", "type": "unnamed", "content": claim}], lang="de",
            extra="Die Straße am Hafen blieb bis zum Morgen gesperrt, Busse fuhren eine Umleitung."),
        doc("d2", "Kurier", "2026-07-01", "Brand", [{"src": "Feuerwehr", "type": "unnamed", "content": claim}], lang="de",
            extra="Der Bürgermeister kündigte an, am Nachmittag den Schaden mit dem Eigentümer zu besichtigen."),
    ])
    row = _one_claim(lk)
    assert row["independent_origins"] == 1 and not row["anonymous_only"]
    lk = linker()
    lk.add([
        doc("d1", "Tagblatt", "2026-07-01", "Brand", [{"src": "Anwohner", "type": "unnamed", "content": claim}], lang="de",
            extra="Die Straße am Hafen blieb bis zum Morgen gesperrt, Busse fuhren eine Umleitung."),
        doc("d2", "Kurier", "2026-07-01", "Brand", [{"src": "Anwohner", "type": "unnamed", "content": claim}], lang="de",
            extra="Der Bürgermeister kündigte an, am Nachmittag den Schaden mit dem Eigentümer zu besichtigen."),
    ])
    assert not any(e["kind"] == "copy" for e in lk.citation_edges())  # two reports, not a copy
    row = _one_claim(lk)
    assert row["independent_origins"] == 2 and row["anonymous_only"]


def test_a_copy_adds_no_origin_even_for_an_anonymous_source() -> None:
    claim = "the harbour deal was signed in secret last week"
    body = " Port workers gathered at the gate on Tuesday morning and asked the council for answers about their jobs." * 4
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-08-01", "Harbour deal", [{"src": "an insider", "type": "anonymous", "content": claim}],
            extra=body),
        doc("d2", "Morning Two", "2026-08-01", "Harbour deal", [{"src": "an insider", "type": "anonymous", "content": claim}],
            extra=body),
    ])
    row = _one_claim(lk)
    assert row["independent_origins"] == 1 and row["anonymous_only"]
    assert any(e["kind"] == "copy" for e in lk.citation_edges())


@pytest.mark.parametrize(("name", "mention", "lang", "group"), [
    ("Feuerwehr", "Angaben der Feuerwehr", "de", False),
    ("Feuerwehr", "laut Feuerwehr", "de", False),
    ("Anwohner", "die Anwohner", "de", True),
    ("Experten", "nach Angaben von Experten", "de", True),
    ("Mitarbeiter", "Ein Mitarbeiter", "de", True),
    ("fire department", "the fire department", "en", False),
    ("officials", "the officials", "en", True),
    ("resident", "a resident", "en", True),
])
def test_an_unnamed_source_is_a_group_or_one_institution(name: str, mention: str, lang: str, group: bool) -> None:
    from sourcetrace.link.claims import is_group

    assert is_group(name, mention, lang) is group


def test_an_answer_word_before_a_comma_negates_nothing() -> None:
    from sourcetrace.link.claims import members_of

    d = doc("d1", "Daily One", "2026-03-01", "Founder", [
        {"src": "Tom Reed", "type": "person", "content": "No, I meant the club was founded by his father"},
        {"src": "Ada Stone", "type": "person", "content": "no founder of the club is known"}])
    first, second = members_of(d)
    assert not first.negated  # "No," answers a question
    assert second.negated


def test_his_campaign_names_no_principal() -> None:
    from sourcetrace.link.claims import speaks_for

    assert speaks_for("Jeff Weaver", "His campaign manager") is None
    assert speaks_for("Jeff Weaver", "Sanders campaign manager") == ("Sanders", "link.origin.campaign")
    assert speaks_for("Eva Kurz", "ihre Kampagne") is None



def test_a_claim_is_bounded_by_days_from_its_first_member() -> None:
    claim = "the new ferry line to the island will start running in spring"
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-03-01", "Ferry", [{"src": "Mayor Eva Holm", "type": "person", "content": claim}]),
        doc("d2", "Morning Two", "2026-03-04", "Ferry", [{"src": "Eva Holm", "type": "person", "content": claim}]),
        # the same words ten days after the first report and a month later are other statements
        doc("d3", "Evening Three", "2026-03-11", "Ferry", [{"src": "Eva Holm", "type": "person", "content": claim}]),
        doc("d4", "Evening Three", "2026-04-10", "Ferry", [{"src": "Eva Holm", "type": "person", "content": claim}]),
    ])
    rows = lk.claim_rows()
    assert sorted(len(r["members"]) for r in rows) == [1, 1, 2]
    # ten days on, the claim of the first report is met and refused by its date; a month on, the
    # members of that time are no neighbours at all (`Linker._claim_neighbours` reads a window)
    assert lk.vetoed["link.veto.days"] >= 1


def test_one_remark_quoted_again_in_one_article_is_one_claim() -> None:
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-03-01", "Harbour", [
            {"src": "Eva Holm", "type": "person", "content": "the harbour will close for repairs"},
            {"src": "Eva Holm", "type": "person", "content": "the old harbour will close for repairs in winter, and I regret it"},
            {"src": "Tom Reed", "type": "person", "content": "the harbour will close for repairs"}]),
        doc("d2", "Morning Two", "2026-03-02", "Harbour", [
            {"src": "Eva Holm", "type": "person", "content": "the old harbour will close for repairs in winter, and I regret it"}]),
    ])
    holm = [m for m in lk.members.values() if m.source == "Eva Holm"]
    assert len({m.claim for m in holm}) == 1  # both quotes of the mayor and the report elsewhere
    assert lk.vetoed["link.claim.quoted_again"] == 1
    # another speaker's same words in the same article join as a second origin, not as the mayor again
    row = _one_claim(lk)
    assert row["independent_origins"] == 2 and row["status"] == "corroborated"
    lk = linker()
    lk.add([doc("d1", "Daily One", "2026-03-01", "Harbour", [
        {"src": "Eva Holm", "type": "person", "content": "the harbour will close for repairs"},
        {"src": "Eva Holm", "type": "person", "content": "the ferry tickets will cost more from May"}])])
    assert len(lk.claim_rows()) == 2  # another remark of hers is another claim


def test_a_source_that_names_nobody_adds_no_origin() -> None:
    from sourcetrace.link.claims import names_nobody

    assert names_nobody("he") and names_nobody("Sie") and names_nobody("much of the debate")
    assert not names_nobody("experts") and not names_nobody("Anna Berg") and not names_nobody("die Feuerwehr")
    claim = "the museum will reopen its east wing in June"
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-05-01", "Museum", [{"src": "Director Anna Berg", "type": "person", "content": claim}]),
        doc("d2", "Morning Two", "2026-05-01", "Museum", [{"src": "she", "type": None, "content": claim}]),
        doc("d3", "Evening Three", "2026-05-02", "Museum", [{"src": "much of the debate", "type": "unnamed", "content": claim}]),
    ])
    row = _one_claim(lk)
    assert row["origins"] == ["Anna Berg"] and row["status"] == "single_origin"
    # alone, a source that names nobody still stands for whoever said it
    lk = linker()
    lk.add([doc("d1", "Daily One", "2026-05-01", "Museum", [{"src": "he", "type": None, "content": claim}])])
    assert _one_claim(lk)["independent_origins"] == 1


@pytest.mark.parametrize(("text", "dispute"), [
    ("the new report is misleading because it leaves out most of her meetings", True),
    ("It cherry-picked a small part of the schedule", True),
    ("She just made it up", True),
    ("der Bericht sei frei erfunden", True),
    ("Das ist falsch", True),
    ("the bridge will stay closed until May", False),
    ("the plan is misleading voters about taxes and jobs", False),  # no report or claim referred to
    ("es werde keine weiteren Nachrücker geben", False),
    # one's own words said to be misread contest what another made of them
    ("that her comments had been misconstrued by the council", True),
    ("ihre Äußerungen seien aus dem Zusammenhang gerissen worden", True),
    ("the ferry timetable was misunderstood by many travellers", False),  # nothing said referred to
])
def test_a_content_that_disputes_a_report_or_claim(text: str, dispute: bool) -> None:
    from sourcetrace.link.claims import disputes

    assert disputes(text) is dispute


def test_a_dispute_of_a_report_joins_the_reported_claim_as_denying_it() -> None:
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-03-01", "Audit: the harbour company paid its board twice", [
            {"src": "The audit office", "type": "government", "content": "the harbour company paid its board twice in 2025"},
            {"src": "Tom Reed", "type": "person", "role": "spokesman for the harbour company",
             "content": "the audit report is misleading and cherry-picked"}]),
        doc("d2", "Morning Two", "2026-03-01", "Harbour company board", [
            {"src": "The audit office", "type": "government", "content": "the harbour company paid its board twice in 2025"}]),
    ])
    row = _one_claim(lk)
    assert [m["stance"] for m in row["members"]] == ["asserts", "denies", "asserts"]
    assert row["status"] == "contested" and row["origins"] == ["The audit office"]
    assert row["denied_by"] == ["harbour company"]  # the spokesman speaks for the company
    # a dispute with nothing of another origin told before it is a member like any other
    lk = linker()
    lk.add([doc("d1", "Daily One", "2026-03-01", "Harbour", [
        {"src": "Tom Reed", "type": "person", "content": "the audit report is misleading and cherry-picked"}])])
    assert _one_claim(lk)["status"] == "single_origin"


def test_an_agency_relays_its_source_and_adds_no_origin() -> None:
    claim = "the northern bridge will stay closed until May"
    lk = linker()
    lk.add([
        # the agency's own report names the mayor
        doc("d1", "dpa", "2026-03-01", "Bridge closed", [{"src": "Mayor Eva Holm", "type": "person", "content": claim}]),
        # an outlet that names the agency as its source: the agency relays the mayor
        doc("d2", "Morning Two", "2026-03-01", "Bridge", [{"src": "dpa", "type": "news_agency", "content": claim}]),
        doc("d3", "Evening Three", "2026-03-02", "Bridge", [{"src": "Reuters", "type": "news_agency", "via": ["Mayor Eva Holm"],
                                                             "content": claim}]),
    ])
    row = _one_claim(lk)
    assert row["origins"] == ["Eva Holm"] and row["status"] == "single_origin"


def test_officials_of_one_institution_count_once_across_outlets() -> None:
    claim = "the ministry will close the border crossing at Eastgate on Monday"
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-06-01", "Border", [
            {"src": "Ada Stone", "type": "person", "role": "a senior official at the Interior Ministry", "content": claim}]),
        doc("d2", "Morning Two", "2026-06-01", "Border", [
            {"src": "Ben Ott", "type": "person", "role": "director of the Interior Ministry", "content": claim}]),
    ])
    assert _one_claim(lk)["independent_origins"] == 1
    # anonymous officials are never merged across outlets: each outlet's are an origin of their own
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-06-01", "Border", [{"src": "officials", "type": "anonymous", "content": claim}]),
        doc("d2", "Morning Two", "2026-06-01", "Border", [{"src": "officials", "type": "anonymous", "content": claim}],
            extra="Traders at the market said they had heard nothing about it from the town hall."),
    ])
    row = _one_claim(lk)
    assert row["independent_origins"] == 2 and row["anonymous_only"]


def test_a_conjoined_source_counts_each_of_its_people_or_institutions() -> None:
    from sourcetrace.link.claims import conjoined

    assert conjoined("Polizei und Feuerwehr", "de") == ["Polizei", "Feuerwehr"]
    assert conjoined("Anwohner und Augenzeugen", "de") == []  # groups: counted once per article as before
    # two people, not one: each is an entity of their own
    assert conjoined("Neither Ann Lee nor Tom Reed", "en") == ["Ann Lee", "Tom Reed"]
    assert conjoined("Weder die Polizei noch die Feuerwehr", "de") == ["die Polizei", "die Feuerwehr"]
    assert conjoined("Ein noch unbekannter Sprecher", "de") == []  # "noch" splits only after "weder"
    assert conjoined("the Justice Department and the FBI", "en") == ["the Justice Department", "the FBI"]
    # one person described twice, one name with a conjunction in it, one truncated compound
    for one in ("the former harbor commissioner and current Green mayoral nominee",
                "California superdelegate and Clinton supporter", "Organization for Economic Cooperation and Development"):
        assert conjoined(one, "en") == [], one
    for one in ("Landesamt für Gesundheit und Lebensmittelsicherheit", "Kongress- und Verteidigungskreise"):
        assert conjoined(one, "de") == [], one
    claim = "the dam near Oldtown has serious cracks"
    lk = linker()
    lk.add([doc("d1", "Daily One", "2026-02-01", "Dam", [
        {"src": "Ann Lee of the river board and Tom Reed of the city council", "type": "person", "content": claim}])])
    row = _one_claim(lk)
    assert row["independent_origins"] == 2 and row["status"] == "corroborated"


def test_distinct_people_stay_distinct_across_documents() -> None:
    r = EntityResolver()
    clinton = r.resolve("Hillary Clinton", "person", doc_id="d1", scope="")
    # a role before the name joins the person, and the name stays the name
    assert r.resolve("Democratic front-runner Hillary Clinton", "person", doc_id="d2", scope="").id == clinton.id
    assert clinton.name == "Hillary Clinton"
    # a description that ends in a surname is not that person, nor does it rename them
    assert r.resolve("Hacked emails of Clinton", "person", doc_id="d3", scope="").id != clinton.id
    assert r.resolve("former staff member for the Clinton", "person", doc_id="d3", scope="").id != clinton.id
    assert r.resolve("Clinton", "person", doc_id="d4", scope="").id == clinton.id  # the bare surname still joins
    assert r.resolve("Latest: Hillary Clinton", "person", doc_id="d4", scope="").id == clinton.id
    assert r.resolve("Hillary Clinton’s", "person", doc_id="d4", scope="").id == clinton.id
    assert clinton.name == "Hillary Clinton"
    # transliterations of one name join; two people named in one source are two
    z = r.resolve("Wolodymyr Selenskyj", "person", doc_id="d5", scope="")
    assert r.resolve("Volodymyr Zelensky", "person", doc_id="d6", scope="").id == z.id
    claim = "the northern bridge will stay closed until May"
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-03-01", "Bridge", [{"src": "Marco Rubio", "type": "person", "content": claim}]),
        doc("d2", "Morning Two", "2026-03-01", "Bridge", [
            {"src": "Neither John Kasich nor Marco Rubio", "type": "person", "content": claim}]),
    ])
    kasich = {e.id for e in lk.entities.entities.values() if e.name == "John Kasich"}
    rubio = {e.id for e in lk.entities.entities.values() if e.name == "Marco Rubio"}
    assert len(kasich) == 1 and len(rubio) == 1 and kasich != rubio


def test_a_copy_repeats_its_original_even_where_it_names_another_speaker() -> None:
    claim = "the old pier was waiting for a storm to knock it down"
    body = " The marina's owners met the council on Tuesday to talk about the repairs and the summer season." * 4
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-08-01", "Pier", [{"src": "Jay Moss", "type": "person", "content": claim}], extra=body),
        # the web version of the same article, where the quote went to another speaker
        doc("d2", "Daily One", "2026-08-02", "Pier", [{"src": "Ann Tanner", "type": "person", "content": claim}], extra=body),
    ])
    row = _one_claim(lk)
    assert row["independent_origins"] == 1 and row["origins"] == ["Jay Moss"] and row["status"] == "single_origin"


def test_what_is_assumed_or_rumoured_names_no_source() -> None:
    from sourcetrace.link.claims import names_no_source

    assert names_no_source("ersten Annahmen") and names_no_source("Gerüchten") and names_no_source("unconfirmed reports")
    assert not names_no_source("Reuters reports") and not names_no_source("Anna Berg") and not names_no_source("Experten")
    claim = "die Ursache des Einsturzes sei der schwere Schnee gewesen"
    lk = linker()
    lk.add([doc("d1", "Tagblatt", "2026-01-03", "Halle", [{"src": "ersten Annahmen", "type": "unnamed", "content": claim}],
                lang="de")])
    row = _one_claim(lk)
    # the outlet that tells it without a source is no origin of it
    assert row["status"] == "unsourced" and row["independent_origins"] == 0 and row["origins"] == []


def test_a_negation_denies_only_in_a_short_content_from_another_source() -> None:
    from sourcetrace.link.claims import members_of

    (m,) = members_of(doc("d1", "Daily One", "2026-03-01", "Pay", [
        {"src": "Ann Lee", "type": "person", "content": "the network doesn't pay candidates to attend debates"}]))
    assert m.negated  # "doesn't" whole, with either apostrophe
    claim = "the city will build a new bridge over the river next year"
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-03-01", "Bridge", [{"src": "Mayor Eva Holm", "type": "person", "content": claim}]),
        # another origin's short negated paraphrase denies it
        doc("d2", "Morning Two", "2026-03-01", "Bridge", [
            {"src": "Tom Reed", "type": "person", "content": "the city will not build a new bridge over the river next year"}],
            extra="Traders at the market said they had heard nothing about it from the town hall."),
    ])
    row = _one_claim(lk)
    assert [m["stance"] for m in row["members"]] == ["asserts", "denies"] and row["status"] == "contested"
    # the same words by the same source with one more negation are not a denial of herself
    lk.add([doc("d3", "Evening Three", "2026-03-02", "Bridge", [
        {"src": "Eva Holm", "type": "person", "content": "the city will build a new bridge over the river next year, not later"}],
        extra="The ferry company said it would keep its timetable for the summer season.")])
    assert [m.stance for m in lk.members.values() if m.document == "d3"] == ["asserts"]
    # a long quote with a "not" somewhere is no denial of a claim it resembles
    long_quote = ("the city will build a new bridge over the river next year and it will carry trams, buses, bicycles and "
                  "people on foot, which the old ferry could not do in winter when the ice closes the harbour for weeks")
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-03-01", "Bridge", [{"src": "Mayor Eva Holm", "type": "person", "content": long_quote}]),
        doc("d2", "Morning Two", "2026-03-01", "Bridge", [{"src": "Tom Reed", "type": "person", "content": long_quote.replace(
            "could not do", "could do")}], extra="Traders at the market said they had heard nothing about it."),
    ])
    assert all(m["stance"] == "asserts" for r in lk.claim_rows() for m in r["members"])


def test_a_dispute_that_names_a_source_contests_each_of_its_claims_in_the_article() -> None:
    lk = linker()
    lk.add([doc("d1", "Daily One", "2026-03-01", "Audit: the harbour company paid its board twice", [
        {"src": "The audit report", "type": "document", "content": "the harbour company paid its board twice in 2025"},
        {"src": "The audit report", "type": "document", "content": "the company's ferries sailed half empty all winter long"},
        {"src": "Tom Reed", "type": "person", "role": "spokesman for the harbour company",
         "content": "the audit report is misleading and cherry-picked"}])])
    rows = [r for r in lk.claim_rows() if any(m["source"] == "The audit report" for m in r["members"])]
    assert len(rows) == 2 and all(r["status"] == "contested" and r["denied_by"] == ["harbour company"] for r in rows)


@pytest.mark.parametrize(("text", "lang", "agent"), [
    ('that the tender had been "fixed" against his firm, a charge that county officials strongly denied', "en",
     "county officials"),
    ("the memo was not secret when it was mailed - a point that treasury officials have disputed", "en",
     "treasury officials"),
    ("that the driver had his hands up, contradicting the police's earlier claim", "en", "the police"),
    ("die Demonstranten hätten Steine geworfen, was die Veranstalter bestreiten", "de", "die Veranstalter"),
    ("the bridge will stay closed until May", "en", None),
])
def test_a_content_that_reports_its_own_denial(text: str, lang: str, agent: str | None) -> None:
    from sourcetrace.link.claims import denied_inside

    assert denied_inside(text, lang) == agent


def test_a_denial_in_the_same_article_joins_the_claim_about_the_denier() -> None:
    lk = linker()
    lk.add([doc("d1", "Daily One", "2026-05-13", "Pistol auction", [
        {"src": "Ray Stone", "type": "person", "content": "the Harbour Museum had expressed interest in buying the pistol"},
        {"src": "Harbour Museum", "type": "institution",
         "content": "we have never expressed interest in buying this pistol and have no plans to display it"},
        # a negation about something else, by someone the claim does not name, denies nothing
        {"src": "Ann Lee", "type": "person", "content": "nobody at the auction house had expressed interest in the sale"}])])
    row = next(r for r in lk.claim_rows() if any(m["source"] == "Ray Stone" for m in r["members"]))
    assert [m["source"] for m in row["members"]] == ["Ray Stone", "Harbour Museum"]
    assert row["status"] == "contested" and row["denied_by"] == ["Harbour Museum"]
    # a content that reports the denial itself is contested by whom it names
    lk = linker()
    lk.add([doc("d1", "Daily One", "2026-04-17", "Convention", [
        {"src": "Ann Lee", "type": "person",
         "content": "the vote had been rigged against her, a charge that the party leaders strongly denied"}])])
    row = _one_claim(lk)
    assert row["status"] == "contested" and row["denied_by"] == ["the party leaders"]
    assert row["members"][0]["stance"] == "asserts"


def test_a_day_joins_the_week_or_month_it_falls_in() -> None:
    from sourcetrace.link.claims import dates_compatible

    assert dates_compatible("2016-W19", "2016-05-12")  # "next week" and "on Thursday"
    assert dates_compatible("2016-05", "2016-05-31") and dates_compatible("2016", "2016-W19")
    assert not dates_compatible("2016-W19", "2016-05-16") and not dates_compatible("2016-04", "2016-05-02")
    assert dates_compatible("2016-SP", "2016-SP") and not dates_compatible("2016-SP", "2017")


def test_two_people_named_together_are_two_origins_even_where_the_name_reads_as_plural() -> None:
    lk = linker()
    lk.add([doc("d1", "Daily One", "2026-10-31", "Letter", [
        {"src": "Eli Cummings of Maryland and Jon Myers of Ohio", "type": "unnamed",
         "content": "the director's letter was confusing and unsettling"}])])
    row = _one_claim(lk)
    assert row["independent_origins"] == 2 and row["status"] == "corroborated" and not row["anonymous_only"]


def test_a_claim_first_told_as_denied_is_the_claim_denied() -> None:
    claim = "inspectors asked for access to two military sites near the capital"
    lk = linker()
    lk.add([doc("d1", "Daily One", "2026-12-03", "Ministry rejects report", [
        {"src": "Foreign Ministry", "type": "government", "status": "denied", "content": claim}])])
    row = _one_claim(lk)
    # denied only: someone asserted it, whom the article does not name as a source
    assert row["status"] == "contested" and row["origins"] == [] and row["independent_origins"] == 1
    lk.add([doc("d2", "Morning Two", "2026-12-03", "Inspectors", [{"src": "Anna Berg", "type": "person", "content": claim}],
                extra="Traders at the market said they had heard nothing about it from the town hall.")])
    row = _one_claim(lk)
    assert [m["stance"] for m in row["members"]] == ["denies", "asserts"]
    assert row["origins"] == ["Anna Berg"] and row["denied_by"] == ["Foreign Ministry"] and row["status"] == "contested"


@pytest.mark.parametrize("text,denies", [
    ("the governor would deny them help after the flood", False),
    ("closed primaries deny many young voters the right to vote", False),
    ("the council said the request was denied", False),
    ("the court denied class-action status to the tenants", False),
    ("the company denied the report about the spill", True),
    ("she denied that she had met the buyer", True),
    ("Der Minister dementierte den Bericht über die Razzia", True),
    ("the harbour will reopen in May", None),
])
def test_a_denial_word_that_refuses_something_denies_no_claim(text: str, denies: bool | None) -> None:
    from sourcetrace.link.claims import denies_a_claim

    assert denies_a_claim(text) is denies


def test_a_content_that_refuses_someone_something_is_no_denial() -> None:
    from sourcetrace.link.claims import members_of

    d = doc("d1", "Daily One", "2026-03-01", "Aid", [
        {"src": "Organizers of the march", "type": "unnamed", "status": "denied",
         "content": "the new rules would deny them help when the river floods"},
        {"src": "Tom Reed", "type": "person", "status": "denied", "content": "the mill had polluted the river"}])
    d["attributions"][0]["cue"]["text"] = "said"  # the denial word is the content's own ("…, said the organizers")
    refused, denied = members_of(d)
    assert not refused.denial_cue and denied.denial_cue
    lk = linker()
    lk.add([d])
    assert next(r for r in lk.claim_rows() if r["text"].startswith("the new rules"))["status"] == "single_origin"


def test_a_source_that_is_someone_himself_is_a_person() -> None:
    claim = "the union will accept the offer from the port authority"
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-07-01", "Port", [{"src": "Mara Jones", "type": "person", "content": claim}]),
        # "Jones herself" (unnamed, a surname in -s) is the same person, not a group counted per article
        doc("d2", "Morning Two", "2026-07-01", "Port", [{"src": "Jones herself", "type": "unnamed", "content": claim}],
            extra="Dock workers met on the pier on Monday evening."),
    ])
    row = _one_claim(lk)
    assert row["independent_origins"] == 1 and row["origins"] == ["Mara Jones"]


def test_a_person_keeps_a_plain_name_and_one_surname_does_not_join_another_first_name() -> None:
    r = EntityResolver()
    a = r.resolve("Rival Anna Berg", "person", doc_id="d1", scope="")
    assert r.resolve("Anna Berg", "person", doc_id="d2", scope="").id == a.id
    assert r.resolve("Berg", "person", doc_id="d3", scope="").id == a.id
    assert r.resolve("Mayor Anna Berg", "person", doc_id="d3", scope="").id == a.id  # the role word is no part of it
    assert a.name == "Anna Berg"  # the form told most often, not the first one told
    assert r.resolve("Anna Maria Berg", "person", doc_id="d4", scope="").id == a.id  # a middle name
    other = r.resolve("Karl Berg", "person", doc_id="d5", scope="")
    assert other.id != a.id and other.name == "Karl Berg"  # the same surname, another first name
    t = r.resolve("Tom Reed", "person", doc_id="d1", scope="")
    assert r.resolve("Tom J. Reed", "person", doc_id="d2", scope="").id == t.id  # an initial is no other first name
    assert r.resolve("Senator Reed", "person", doc_id="d3", scope="").id == t.id  # nor is a role word


def test_transliteration_folds_names_only() -> None:
    from sourcetrace.link.claims import content_keys

    # a name's spellings meet; ordinary words that a transliteration rule would fold do not
    assert content_keys(["Selenskyj"]) == content_keys(["Zelensky"])
    assert content_keys(["seit"]) != content_keys(["Zeit"]) and content_keys(["yet", "jet"]) == {"yet", "jet"}
    assert content_keys(["the", "dam", "42", "Dam"]) == {"dam"}


def test_a_negation_that_narrows_what_follows_denies_nothing() -> None:
    from sourcetrace.link.claims import negates

    def negated(text: str) -> bool:
        return negates(text.split())

    assert not negated("the harbor serves every fisher here not just a few big owners")
    assert not negated("die Preise steigen nicht nur in Berlin")
    assert negated("the mill did not pollute the river") and negated("das hat er nie gesagt")


@pytest.mark.parametrize(("name", "lang", "thing"), [
    ("self-defense", "en", True), ("economy", "en", True),
    ("businessman", "en", False), ("commenter", "en", False),  # one who acts, by the ending
    ("superdelegates", "en", False), ("police", "en", False), ("officials", "en", False),
    ("Video", "en", False), ("Anna Berg", "en", False),
    ("Entscheidung", "de", False),  # German nouns are capitalised: nothing to tell a thing by
])
def test_an_unnamed_source_that_is_a_thing(name: str, lang: str, thing: bool) -> None:
    from sourcetrace.link.claims import a_thing

    assert a_thing(name, None, lang) is thing
    # a pronoun that the analysis resolved to the word is the analysis's reading, not a thing written as such
    assert not a_thing("economy", "it", "en")


def test_a_thing_as_a_source_adds_no_origin() -> None:
    claim = "the harbour crane was returned to the port authority last week"
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-05-01", "Crane", [{"src": "Mara Quist", "type": "person", "content": claim}]),
        doc("d2", "Morning Two", "2026-05-02", "Crane", [{"src": "self-defense", "type": "unnamed", "content": claim}]),
    ])
    row = _one_claim(lk)
    assert row["origins"] == ["Mara Quist"] and row["status"] == "single_origin"


def test_the_parts_of_a_conjoined_source_are_named_without_their_description() -> None:
    from sourcetrace.link.claims import conjoined

    assert conjoined("Two objectors, Ann Lee and Tom Reed", "en") == ["Ann Lee", "Tom Reed"]
    assert conjoined("Hans Ott, ein Sprecher der Werft, und Eva Lind", "de") == ["Hans Ott", "Eva Lind"]
    claim = "the ferry licence was granted without a hearing"
    lk = linker()
    lk.add([doc("d1", "Daily One", "2026-02-01", "Ferry", [
        {"src": "Two objectors, Ann Lee and Tom Reed", "type": "unnamed", "content": claim}])])
    row = _one_claim(lk)
    assert row["origins"] == ["Ann Lee", "Tom Reed"] and row["status"] == "corroborated"


@pytest.mark.parametrize(("sentence", "cue", "denies"), [
    ("Der Minister wies jedoch die Darstellung zurück, die Fähre sei überladen gewesen.", "wies", True),
    ("Die Reederei stritt die Vorwürfe ab. Die Fähre sei sicher.", "stritt", True),
    ("Das Gericht wies die Klage zurück, die Reederei habe gelogen.", "wies", False),  # a refusal
    ("Die Kapitänin wies darauf hin, dass die Fähre voll gewesen sei.", "wies", False),
    ("Der Minister wies die Darstellung. Zurück im Hafen sei alles ruhig.", "wies", False),  # another clause
])
def test_a_denial_verb_split_around_its_object(sentence: str, cue: str, denies: bool) -> None:
    from sourcetrace.link.claims import members_of, split_denial

    at = sentence.index(cue)
    assert split_denial(sentence, {"text": cue, "start": at, "end": at + len(cue)}) is denies
    content = sentence[sentence.index(",") + 2 if "," in sentence else sentence.index(".") + 2 : -1]
    c_at = sentence.index(content)
    analysis = {"id": "d1", "text": sentence, "language": "de", "sources": [{"id": "s1", "name": "Minister", "type": "unnamed"}],
                "attributions": [{"id": "a1", "rule": "t", "status": "attributed", "via": [],
                                  "source": {"id": "s1", "text": "Der Minister", "name": "Minister", "type": "unnamed"},
                                  "cue": {"text": cue, "start": at, "end": at + len(cue)},
                                  "content": [{"start": c_at, "end": c_at + len(content), "text": content}]}]}
    assert members_of(analysis)[0].denial_cue is denies


@pytest.mark.parametrize(("sentence", "cue", "lang", "owner"), [
    ("The auditor confirmed Nora Pike's assertion that the ferry was overloaded.", "confirmed", "en", "Nora Pike"),
    ("The coast guard confirmed the report by the Harbour Board that the ferry was overloaded.", "confirmed", "en", "the Harbour Board"),
    ("Das Landesamt bestätigte die Befunde des Instituts für Schiffbau, wonach die Fähre überladen war.", "bestätigte", "de",
     "Instituts für Schiffbau"),
    ("The coast guard confirmed that the ferry was overloaded.", "confirmed", "en", None),  # its own finding
    ("Nora Pike repeated her assertion that the ferry was overloaded.", "repeated", "en", None),  # no confirmation
])
def test_whose_claim_a_confirmation_confirms(sentence: str, cue: str, lang: str, owner: str | None) -> None:
    from sourcetrace.link.claims import confirmed_whose

    at = sentence.index(cue)
    content = sentence.index(" that ") + 6 if " that " in sentence else sentence.index("wonach")
    assert confirmed_whose(sentence, {"text": cue, "start": at, "end": at + len(cue)}, [(content, len(sentence) - 1)],
                           lang) == owner


def test_a_confirmed_claim_counts_its_owner_and_the_confirming_source() -> None:
    text = "Ferry\n\nThe auditor confirmed Nora Pike's assertion that the ferry was overloaded on Friday."
    content = "the ferry was overloaded on Friday"
    c_at, cue_at = text.index(content), text.index("confirmed")
    analysis = {"id": "d1", "outlet": "Daily One", "date": "2026-04-01", "title": "Ferry", "language": "en", "text": text,
                "segments": [{"kind": "body", "start": 7, "end": len(text)}], "hedges": [], "timexes": [], "quantities": [],
                "sources": [{"id": "s1", "name": "auditor", "type": "unnamed"}],
                "attributions": [{"id": "a1", "rule": "t", "status": "attributed", "via": [],
                                  "source": {"id": "s1", "text": "The auditor", "name": "auditor", "type": "unnamed"},
                                  "cue": {"text": "confirmed", "start": cue_at, "end": cue_at + 9},
                                  "content": [{"start": c_at, "end": c_at + len(content), "text": content}]}]}
    lk = linker()
    lk.add([analysis])
    row = _one_claim(lk)
    assert row["independent_origins"] == 2 and row["status"] == "corroborated" and "Nora Pike" in row["origins"]


def test_a_conjoined_source_named_by_one_of_its_parts() -> None:
    """The analysis may name a conjoined source by its person only: the source as written says
    who else stands behind the claim — an institution known by its head noun, not one person
    described twice."""
    claim = "the ferry left the harbour with forty passengers on board"

    def one(mention: str, name: str) -> dict[str, Any]:
        d = doc("d1", "Daily One", "2026-04-01", "Ferry", [{"src": name, "type": "person", "content": claim}])
        d["attributions"][0]["source"]["text"] = mention
        lk = linker()
        lk.add([d])
        return _one_claim(lk)

    assert one("The company and the port's harbour master, Ivo Sand", "Ivo Sand")["independent_origins"] == 2
    assert one("Ivo Sand", "Ivo Sand")["independent_origins"] == 1
    # one person described twice: a former official and now director of something
    assert one("director of the Institute of Shipping and Public Safety", "Public Safety")["independent_origins"] == 1
    assert one("Ivo Sand, a former pilot and now Public Safety", "Public Safety")["independent_origins"] == 1


@pytest.mark.parametrize(("text", "cue", "source", "refers"), [
    ("Der regierende Rat bestätigte dies", "bestätigte", "Der regierende Rat", True),
    ("Das Observatorium hat die Thüringer Erkenntnisse bestätigt", "bestätigt", "Das Observatorium", True),
    ("the ministry confirmed the report", "confirmed", "the ministry", True),
    ("the Senate confirming his judicial picks", "confirming", "the Senate", False),  # an appointment
    ("dass das Kind in Neustadt gefunden worden sei", "bestätigte", "Der Polizeichef", False),  # a claim of its own
    ("the ministry said the report was wrong", "said", "the ministry", False),
])
def test_a_confirmation_that_only_refers_back(text: str, cue: str, source: str, refers: bool) -> None:
    from sourcetrace.link.claims import refers_back

    assert refers_back(text.split(), cue, source) is refers


def test_a_confirmation_that_refers_back_joins_the_claim_it_confirms() -> None:
    """'A radio station reported X. The council confirmed this.': one claim of two origins; a
    confirmation of what its own source said adds nothing."""
    claim = "the old ferry was towed to the breakers' yard at Northport on Tuesday"

    def linked(first: str) -> list[dict[str, Any]]:
        d = doc("d1", "Daily One", "2026-04-01", "Ferry", [
            {"src": first, "type": "institution", "content": claim},
            {"src": "The port council", "type": "institution", "content": "The port council confirmed this"}])
        d["attributions"][1]["cue"]["text"] = "confirmed"
        lk = linker()
        lk.add([d])
        return lk.claim_rows()

    rows = linked("The harbour radio station")
    assert len(rows) == 1 and rows[0]["independent_origins"] == 2 and rows[0]["status"] == "corroborated"
    assert all(r["independent_origins"] == 1 for r in linked("The port council"))


def test_a_denial_that_refers_back_denies_the_claim_told_before_it() -> None:
    """'Die Behörde sagte, X. Die Anwohner bestreiten die Vorwürfe.': the denial shares no word
    with the claim (issue 9), yet it is the claim it denies; the claim is contested."""
    d = doc("d1", "Tagblatt Eins", "2026-04-01", "Fähre", [
        {"src": "Die Hafenbehörde", "type": "institution",
         "content": "die Fischer hätten die Zufahrt mit ihren Kuttern blockiert"},
        {"src": "Die Fischer", "type": "unnamed", "content": "Die Fischer bestreiten die Blockade"}], lang="de")
    d["attributions"][1]["cue"]["text"] = "bestreiten"
    lk = linker()
    lk.add([d])
    rows = lk.claim_rows()
    assert len(rows) == 1 and rows[0]["status"] == "contested"
    assert [m["stance"] for m in rows[0]["members"]] == ["asserts", "denies"]


def test_a_confirmation_in_words_of_its_own_confirms_what_was_told_right_before() -> None:
    """'…, sagte ein Behördenvertreter. Der Mann sei wohlauf, bestätigte ein Sprecher.': two
    origins of one claim, though the two say it in other words; not across a paragraph, and not
    after a denial, which it would confirm instead."""
    first = {"src": "Ein Behördenvertreter", "type": "unnamed",
             "content": "der entführte Ingenieur sei am Morgen von der Polizei befreit worden"}
    second = {"src": "Ein Sprecher der Botschaft", "type": "unnamed", "content": "der Mann sei in Sicherheit und wohlauf"}

    def rows(between: str = "", before: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        d = doc("d1", "Tagblatt Eins", "2026-04-01", "Befreit", [first, *([before] if before else []), second], lang="de")
        if between:  # a paragraph break before the confirmation
            k = d["text"].index(second["src"])
            d["text"] = d["text"][:k] + between + d["text"][k:]
            for a in d["attributions"][-1:]:
                for sp in (a["source"], *a["content"]):
                    sp["start"] += len(between)
                    sp["end"] += len(between)
        d["attributions"][-1]["cue"]["text"] = "bestätigte"
        lk = linker()
        lk.add([d])
        return lk.claim_rows()

    joined = rows()
    assert len(joined) == 1 and joined[0]["independent_origins"] == 2 and joined[0]["status"] == "corroborated"
    assert len(rows(between="\n\n")) == 2
    denial = {"src": "Die Entführer", "type": "unnamed", "content": "Die Entführer bestreiten die Befreiung", "status": "denied"}
    # (kept apart from the denial, the confirmation is a claim of its own: its speaker and whoever told it first,
    # unnamed, rule link.origin.confirmed_first — no member of the denial's claim in it)
    apart = [r for r in rows(before=denial) if r["status"] != "contested"]
    assert [[m["source"] for m in r["members"]] for r in apart] == [["Ein Sprecher der Botschaft"]]
    assert apart[0]["independent_origins"] == 2 and "link.origin.confirmed_first" in apart[0]["origin_rules"]


def test_a_speaker_who_agrees_in_words_of_their_own_confirms_what_was_told_right_before() -> None:
    """'…, said a harbour engineer. A port economist agreed that the quay is too weak for the new
    ships.': one who agrees with what another source said just before (`agree_cues`: "agreed",
    "pflichtete … bei") is a second origin of that claim, as a confirmation is (rule
    link.origin.agreed); another verb of saying tells a claim of its own, and so does a joint
    subject that agrees ("Ann Lee and Ben Ross agreed that …": with each other)."""
    first = {"src": "A harbour engineer", "type": "unnamed",
             "content": "the old north quay was built for coasters and will crack under the new container ships"}
    second = {"src": "Tilda Varnum", "type": "person",
              "content": "the quay is too weak for vessels of that size and needs a costly rebuild"}

    def rows(cue: str, who: str = "Tilda Varnum") -> list[dict[str, Any]]:
        d = doc("d1", "Daily One", "2026-04-01", "Quay", [first, {**second, "src": who}])
        d["attributions"][-1]["cue"]["text"] = cue
        lk = linker()
        lk.add([d])
        return lk.claim_rows()

    joined = rows("agreed")
    assert len(joined) == 1 and joined[0]["independent_origins"] == 2 and joined[0]["status"] == "corroborated"
    assert "link.origin.agreed" in joined[0]["origin_rules"]
    assert len(rows("said")) == 2
    # "Varnum and Oskar Lind agreed that …": two who agree with each other on a statement of their own
    assert len(rows("agreed", "Tilda Varnum and Oskar Lind")) == 2


def test_a_sentence_of_speech_the_analysis_left_unattributed_is_a_claim_member() -> None:
    """'The regional poll showed …' with no attribution in the analysis (issue 9): the sentence
    is a member without a source (link.claim.sentence) that joins the claim another article
    attributes, and adds no origin to it; a sentence of the article's own words with no cue
    verb, or a question, is none."""
    claim = "the mayor leading her challenger among likely voters by six points in the harbour district"
    d1 = doc("d1", "Daily One", "2026-04-01", "Poll", [{"src": "The regional poll", "type": "institution", "content": claim}])
    d2 = doc("d2", "Morning Two", "2026-04-02", "Poll", [], extra=(
        "The regional poll showed the mayor leading her challenger among likely voters by six points in the harbour district. "
        "The ferry to the northern islands was late again on Monday because of the autumn storms. "
        "Who will pay for the new harbour walls after the storms of the winter?"))
    body = d2["segments"][0]["start"]
    d2["claims"] = [{"start": body + m.start(), "end": body + m.end(), "status": "asserted", "attributions": []}
                    for m in re.finditer(r"[^ .?][^.?]*[.?]", d2["text"][body:])]
    lk = linker()
    lk.add([d1, d2])
    members = [m for m in lk.members.values() if m.document == "d2"]
    # (the sentence with no cue verb is the outlet's own statement, since session 25 unanchored ones too)
    assert [m.rule for m in members] == ["link.claim.sentence", "link.claim.own_statement"]
    assert members[1].text.startswith("The ferry to the northern islands")
    row = next(r for r in lk.claim_rows() if len(r["members"]) == 2)
    assert row["independent_origins"] == 1 and row["status"] == "single_origin"
    assert [m["document"] for m in row["members"]] == ["d1", "d2"]
    # told by two outlets in such sentences only: someone's words, whom the analysis did not read —
    # one origin, not an unsourced claim, nor one per outlet
    d3 = doc("d3", "Evening Three", "2026-04-02", "Vote", [], extra=(
        "Schools in the valley will open an hour later from May because the buses are short of drivers. "
        "The regional poll showed the mayor leading her challenger among likely voters by six points in the harbour district."))
    at = d3["text"].index("The regional poll")
    d3["claims"] = [{"start": at, "end": len(d3["text"]), "status": "asserted", "attributions": []}]
    lk = linker()
    lk.add([d2, d3])
    row = next(r for r in lk.claim_rows() if len(r["members"]) == 2)
    assert row["independent_origins"] == 1 and row["status"] == "single_origin"


def test_a_sentence_that_denies_or_confirms_with_no_attribution_of_its_own() -> None:
    """'Die Fischer bestreiten die Blockade.' or 'Das Landesamt hat die Befunde bestätigt.' as
    sentences the analysis made no attribution of (a speech act without a clause claims nothing
    in the seed's style): the denial contests the claim told before it, the confirmation is one
    more origin of it; its speaker unnamed, the outlet stands for it."""
    def linked(sentence: str) -> dict[str, Any]:
        d = doc("d1", "Tagblatt Eins", "2026-04-01", "Hafen", [
            {"src": "Die Hafenbehörde", "type": "institution",
             "content": "die Fischer hätten die Zufahrt zum Hafen mit ihren Kuttern blockiert"}], lang="de", extra=sentence)
        at = d["text"].index(sentence)
        d["claims"] = [{"start": at, "end": at + len(sentence), "status": "asserted", "attributions": []}]
        lk = linker()
        lk.add([d])
        assert [m.rule for m in lk.members.values()] == ["t", "link.claim.sentence"]
        return _one_claim(lk)

    denied = linked("Die Fischer bestreiten die Blockade am Montag.")
    assert denied["status"] == "contested" and [m["stance"] for m in denied["members"]] == ["asserts", "denies"]
    confirmed = linked("Das Landesamt hat die Blockade der Fischer am Montag bestätigt.")
    assert confirmed["status"] == "corroborated" and confirmed["independent_origins"] == 2
    again = linked("Dies bestätigte die Hafenbehörde am Montag.")  # the claim's own source again
    assert again["independent_origins"] == 1 and len(again["members"]) == 2


@pytest.mark.parametrize(("sentence", "lang", "confirms", "refers"), [
    ("The harbour office has confirmed the report.", "en", True, True),
    ("Harbour staff declined to confirm the closure.", "en", False, False),  # refused
    ("Die Polizei konnte den Zusammenhang zunächst nicht bestätigen.", "de", False, False),  # negated
    ("All three were confirmed with the support of the council.", "en", False, False),  # appointments
    ("The closure was confirmed by the harbour office on Friday.", "en", True, False),
    # a postposed cue: the sentence tells a claim of its own, it does not refer back
    ("The ferry will not sail on Sunday, the harbour office confirmed on Friday.", "en", True, False),
])
def test_what_a_sentence_without_attribution_confirms(sentence: str, lang: str, confirms: bool, refers: bool) -> None:
    from sourcetrace.link.claims import members_of

    d = doc("d1", "Daily One", "2026-04-01", "Harbour", [], lang=lang, extra=sentence)
    at = d["text"].index(sentence)
    d["claims"] = [{"start": at, "end": at + len(sentence), "status": "asserted", "attributions": []}]
    (m,) = members_of(d)
    assert (m.confirms, m.refers) == (confirms, refers)


@pytest.mark.parametrize(("sentence", "lang", "origins"), [
    ("On Sunday, Ann Lee and Bob Ross both said that only skilled workers should be admitted.", "en", 2),
    ("Sowohl die Hafenbehörde als auch die Wasserschutzpolizei kündigten Untersuchungen des Unfalls an.", "de", 2),
    # the names open another clause than the cue's: no joint speakers
    ("Ann Lee and Bob Ross welcomed the harbour plan that the mayor announced on Monday evening.", "en", 1),
    # a finite auxiliary ends the subject, the object standing before the verb
    ("Dänemark und die Niederlande haben die Sperrung des Hafens scharf kritisiert.", "de", 2),
    # (before it a place, no speaker)
    ("In Nordheim und Südheim haben Fischer die Sperrung des Hafens scharf kritisiert.", "de", 1),
    # (English puts the auxiliary before the verb: a modal before a noun is no speech)
    ("Both the harbour board and the city will have broken their earlier pledges on the fees.", "en", 1),
    # an apposition set off by commas between the names and the cue, a home after each name
    ("Sens. Ann Lee of Ohio and Bob Ross of Utah, both members of the canal board, also said they would welcome the ferry.",
     "en", 2),
    ("Ann Lee and Bob Ross, who sit on the canal board, said that the ferry fees should be lowered.", "en", 2),
    # (a piece in lower case before the cue that is no apposition of names: no joint speakers)
    ("After the vote on the fees, members of the canal board said that the ferry fees should be lowered.", "en", 1),
])
def test_joint_speakers_of_a_sentence_without_attribution(sentence: str, lang: str, origins: int) -> None:
    """'Sowohl A als auch B kündigten Untersuchungen an' (issue 9): a sentence the analysis made
    no attribution of, whose cue verb's subject is two sources of their own joined by a
    conjunction, counts both."""
    d = doc("d1", "Daily One", "2026-04-01", "Harbour", [], lang=lang, extra=sentence)
    at = d["text"].index(sentence)
    d["claims"] = [{"start": at, "end": at + len(sentence), "status": "asserted", "attributions": []}]
    lk = linker()
    lk.add([d])
    row = _one_claim(lk)
    assert row["independent_origins"] == origins
    assert not any(o.endswith(" both") for o in row["origins"])  # ("… Bob Ross both said": Bob Ross)


def test_a_spokesperson_named_by_role_alone_names_the_principal() -> None:
    from sourcetrace.link.claims import names_nobody

    assert names_nobody("Justice", "Justice")  # only a role: whose, the analysis lost
    assert not names_nobody("Sprecher des Verkehrsministeriums", "Sprecher des Verkehrsministeriums", "unnamed", "de")


def test_a_bare_surname_among_a_claims_origins_is_the_person_named_in_full() -> None:
    claim = "the ferry to Northholm will run twice a day from June"
    lk = linker()
    lk.add([
        # two people of one surname are known: the resolver cannot tell whom a bare "Berg" is
        doc("d0", "Daily One", "2026-05-01", "Harbour", [
            {"src": "Karl Berg", "type": "person", "content": "the harbour fees will rise next spring"},
            {"src": "Anna Berg", "type": "person", "content": "the old lighthouse will become a museum"}]),
        doc("d1", "Morning Two", "2026-05-03", "Ferry", [{"src": "Anna Berg", "type": "person", "content": claim}]),
        doc("d2", "Evening Three", "2026-05-03", "Ferry", [{"src": "Berg", "type": "person", "content": claim}],
            extra="The island's shop owners hope for more visitors in the summer months."),
    ])
    row = next(r for r in lk.claim_rows() if "ferry" in r["text"])
    assert len(row["members"]) == 2
    assert row["origins"] == ["Anna Berg"] and row["independent_origins"] == 1 and row["status"] == "single_origin"
    # two people named in full with the surname: the bare one may be either, and stays apart
    lk.add([doc("d3", "Night Four", "2026-05-03", "Ferry", [{"src": "Karl Berg", "type": "person", "content": claim}],
                extra="Fishermen on the quay doubted that the timetable would hold in autumn storms.")])
    row = next(r for r in lk.claim_rows() if "ferry" in r["text"])
    assert row["independent_origins"] == 3


def test_the_same_sources_words_quoted_in_part_and_in_full_are_one_claim() -> None:
    short = "the old harbour is the best asset of our town"
    full = (short + ", and we will build three new piers, a covered fish market, a ferry terminal and a cycle path "
            "along the northern quay with money from the regional fund before the autumn storms arrive")
    for same_source in (True, False):
        lk = Linker("hashing", thresholds={"claim": 0.7, "claim_lexical_free": 0.8, "story": 0.35})
        lk.add([
            doc("d1", "Daily One", "2026-04-01", "Harbour", [{"src": "Anna Berg", "type": "person", "content": short}]),
            doc("d2", "Morning Two", "2026-04-02", "Harbour plans",
                [{"src": "Anna Berg" if same_source else "Karl Ott", "type": "person", "content": full}]),
        ])
        m1, m2 = (lk.members[k] for k in (*lk.docs["d1"].members, *lk.docs["d2"].members))
        assert float(lk._member_vec[m1.key] @ lk._member_vec[m2.key]) < lk.t["claim"]  # below the bar by cosine
        assert (m1.claim == m2.claim) is same_source  # another speaker's longer words are not theirs


def test_one_word_in_common_does_not_join_two_claims_of_middling_similarity() -> None:
    def linked(second: str) -> int:
        # a low claim bar, so that the lexical test decides
        lk = Linker("hashing", thresholds={"claim": 0.05, "claim_lexical_free": 0.95, "story": 0.35})
        lk.add([
            doc("d1", "Daily One", "2026-04-01", "Council", [
                {"src": "Tom Reed", "type": "person", "content": "he had spoken with Berg about the complaints of dock workers"}]),
            doc("d2", "Morning Two", "2026-04-01", "Council", [{"src": "Karl Ott", "type": "person", "content": second}]),
        ])
        return len(lk.claim_rows())

    assert linked("Berg loyalists harassing staff") == 2  # a quarter of its words, but one word: the name
    assert linked("Berg heard complaints from workers") == 1  # three words in common


def test_the_words_of_a_number_are_no_words_in_common() -> None:
    lk = Linker("hashing", thresholds={"claim": 0.05, "claim_lexical_free": 0.95, "story": 0.35})
    lk.add([
        doc("d1", "Daily One", "2026-04-01", "Poll", [
            {"src": "a new poll", "type": "document", "content": "46 percent of northern voters", "num": ("46 percent", 46.0)}]),
        doc("d2", "Morning Two", "2026-04-02", "Poll", [
            {"src": "a survey", "type": "document", "content": "Anna Berg leading Karl Ott among likely voters, 46 percent",
             "num": ("46 percent", 46.0)}]),
    ])
    # the same number, and "percent" beside it, is no claim in common: one word ("voters") is left
    assert len(lk.claim_rows()) == 2
    assert all("percent" not in m.words for m in lk.members.values())


@pytest.mark.parametrize("name, role, mention, principal", [
    ("Hans Weber", "Regierungssprecher", None, "Regierung"),  # a compound, the linking s dropped
    ("Polizeisprecher", None, "ein Polizeisprecher", "Polizei"),
    ("Malte Rehm", "Umweltbund-Sprecher", None, "Umweltbund"),
    ("Pressesprecher", None, "ein Pressesprecher", None),  # a press spokesman names no principal
    ("Sprecher", None, "ein Pressesprecher des Bauamts", "Bauamts"),
    ("Pentagon spokesman", None, "a Pentagon spokesman", "Pentagon"),
    ("Mia Holt", "Berg spokeswoman", None, "Berg"),
    ("Mia Holt", "Former Berg spokeswoman", None, "Berg"),
    ("Tom Reed", None, "Tom Reed, a spokesman for the Berg campaign", "Berg"),  # a campaign: its candidate
    ("Tom Reed", "his spokesman", None, None),
    ("spokesman for the buyer", None, "a spokesman for the buyer", None),  # a description names no one
    ("Ida Lorn", "Company spokeswoman", "Company spokeswoman Ida Lorn", None),  # a sentence's capital, no name
    ("Ida Lorn", "Ministry spokeswoman", None, None),
    ("Ida Lorn", "Harbor Bank spokeswoman", None, "Harbor Bank"),
])
def test_whom_a_spokesperson_speaks_for(name: str, role: str | None, mention: str | None, principal: str | None) -> None:
    from sourcetrace.link.claims import spokesperson_for

    got = spokesperson_for(name, role, mention)
    assert (got[0] if got else None) == principal


def test_a_spokesperson_named_or_unnamed_adds_no_origin_beside_the_principal() -> None:
    filler = ["Traders at the market spoke of the weather.", "Children played by the harbour in the sun.",
              "A choir sang in the old church on Sunday."]

    def origins(sources: list[tuple[str, str, str | None]], lang: str) -> int:
        claim = ("der Grenzübergang bei Osttor wird am Montag für Reparaturen geschlossen" if lang == "de"
                 else "the border crossing at Eastgate will close on Monday for repairs")
        lk = linker()
        lk.add([doc(f"d{i}", ["Daily One", "Morning Two", "Evening Three"][i], "2026-06-01", "Grenze",
                    [{"src": s, "type": t, "role": r, "content": claim}], lang=lang, extra=filler[i])
                for i, (s, t, r) in enumerate(sources)])
        return int(_one_claim(lk)["independent_origins"])

    assert origins([("die Polizei", "unnamed", None), ("ein Polizeisprecher", "unnamed", None)], "de") == 1
    assert origins([("die Regierung", "unnamed", None), ("Hans Weber", "person", "Regierungssprecher")], "de") == 1
    assert origins([("das Innenministerium", "institution", None),
                    ("ein Sprecher des Innenministeriums", "unnamed", None)], "de") == 1
    assert origins([("the Pentagon", "institution", None), ("a Pentagon spokesman", "unnamed", None)], "en") == 1
    # an aide speaks off the record: an anonymous source of their own article
    assert origins([("the Pentagon", "institution", None), ("a Pentagon aide", "unnamed", None)], "en") == 2


def test_officials_of_an_institution_that_is_an_origin_count_once() -> None:
    from sourcetrace.link.claims import officials_of

    assert officials_of("Beamte des Bauministeriums") == "Bauministeriums"
    assert officials_of("officials at the Harbour Authority") == "Harbour Authority"
    assert officials_of("Pentagon officials") == "Pentagon"
    assert officials_of("senior officials") is None and officials_of("officials") is None
    filler = ["Traders at the market spoke of the weather.", "Children played by the harbour in the sun.",
              "A choir sang in the old church on Sunday."]
    claim = "the border crossing at Eastgate will close on Monday for repairs"

    def origins(sources: list[tuple[str, str]]) -> int:
        lk = linker()
        lk.add([doc(f"d{i}", ["Daily One", "Morning Two", "Evening Three"][i], "2026-06-01", "Border",
                    [{"src": s, "type": t, "content": claim}], extra=filler[i]) for i, (s, t) in enumerate(sources)])
        return int(_one_claim(lk)["independent_origins"])

    assert origins([("the Harbour Authority", "institution"), ("officials at the Harbour Authority", "unnamed")]) == 1
    # officials whose institution tells no one else: the institution's officials, once, though two
    # articles quote them (officials of one institution count once)
    assert origins([("officials at the Harbour Authority", "anonymous"),
                    ("officials at the Harbour Authority", "anonymous")]) == 1


def test_unnamed_officials_of_one_named_institution_count_once_across_articles_and_languages() -> None:
    claim = "the ministry will close the border crossing at Eastgate on Monday"
    lk = linker()
    lk.add([
        doc("d1", "Daily One", "2026-06-01", "Border", [
            {"src": "officials of the Interior Ministry", "type": "anonymous", "content": claim}],
            extra="Traders at the market spoke of the weather."),
        doc("d2", "Morning Two", "2026-06-01", "Border", [
            {"src": "an official at the interior ministry", "type": "anonymous", "content": claim}],
            extra="Children played by the harbour in the sun."),
        doc("d3", "Evening Three", "2026-06-01", "Border", [{"src": "officials", "type": "anonymous", "content": claim}],
            extra="A choir sang in the old church on Sunday."),
    ])
    # the ministry's officials once, the bare officials of a third outlet once more
    assert _one_claim(lk)["independent_origins"] == 2


def test_a_conjoined_source_named_by_its_first_part_counts_each_person() -> None:
    # the analysis kept the first name of "Ann Lee of Ohio and Ben Ross of Utah, both members of
    # the canal board"; the apposition after the second name is no part of it
    claim = "the canal toll will double next spring"
    d = doc("d1", "Daily One", "2026-02-01", "Canal", [
        {"src": "Ann Lee of Ohio and Ben Ross of Utah, both members of the canal board", "type": "person", "content": claim}])
    d["attributions"][0]["source"]["name"] = "Ann Lee"
    d["sources"][0]["name"] = "Ann Lee"
    lk = linker()
    lk.add([d])
    row = _one_claim(lk)
    assert row["independent_origins"] == 2 and row["status"] == "corroborated"


def test_a_denial_told_after_the_content_in_its_sentence_contests_it() -> None:
    # the analysis's content ends before ", a claim that …": the rest of the sentence says who denies it
    title = "Harbour vote"
    body = "The mayor said that the harbour ballots had been counted twice, a claim that the election board firmly rejected."
    text = f"{title}\n\n{body}"
    c0 = text.index("the harbour ballots")
    c1 = text.index(", a claim")
    d = {"id": "d1", "outlet": "Daily One", "date": "2026-02-01", "title": title, "language": "en", "text": text,
         "segments": [{"kind": "body", "start": len(title) + 2, "end": len(text), "rule": "t"}],
         "attributions": [{"id": "a1", "mode": "indirect", "rule": "t",
                           "source": {"start": text.index("The mayor"), "end": text.index(" said"), "text": "The mayor",
                                      "id": "s1", "name": "mayor", "type": "person"},
                           "cue": {"start": text.index("said"), "end": text.index(" that the"), "text": "said"},
                           "content": [{"start": c0, "end": c1, "text": text[c0:c1]}], "via": [], "status": "attributed"}],
         "sources": [{"id": "s1", "name": "mayor", "aliases": [], "type": "person", "role": "mayor"}],
         "hedges": [], "timexes": [], "quantities": []}
    lk = linker()
    lk.add([d])
    row = _one_claim(lk)
    assert row["status"] == "contested" and row["denied_by"] == ["the election board"]


def _group_doc(doc_id: str, outlet: str, before: str, source: str, after: str, content: str,
               type_: str = "unnamed") -> dict[str, Any]:
    """An analysed document of one attribution whose source, as the analysis found it, is
    `source`, written between `before` and `after` ("… said that <content>.")."""
    title = "Harbour"
    text = f"{title}\n\n{before}{source}{after} said that {content}. The quay stays open to walkers."
    s_start = text.index(source, len(title) + 2)
    c_start = text.index(content)
    name = source.split()[-1] if source.lower().startswith("the ") else source
    return {"id": doc_id, "outlet": outlet, "date": "2026-05-04", "title": title, "language": "en", "text": text,
            "segments": [{"kind": "body", "start": len(title) + 2, "end": len(text), "rule": "t"}],
            "attributions": [{"id": "a1", "mode": "indirect", "rule": "t",
                              "source": {"start": s_start, "end": s_start + len(source), "text": source, "id": "s1",
                                         "name": name, "type": type_},
                              "cue": {"start": 0, "end": 0, "text": "said"},
                              "content": [{"start": c_start, "end": c_start + len(content), "text": content}],
                              "via": [], "status": "attributed"}],
            "sources": [{"id": "s1", "name": name, "aliases": [], "type": type_, "role": None}],
            "hedges": [], "timexes": [], "quantities": []}


def test_a_role_after_a_definite_article_names_again_whom_the_claim_names() -> None:
    """'the justice said …' after 'Ada Stone said …' (issue 9): a role after a definite article
    names someone the article named before, whose name the analysis lost; it adds no origin
    beside the named one. 'A judge' or 'the witness' is someone else."""
    from sourcetrace.link.claims import names_nobody

    claim = "the harbour court will not hear the fishermen's case before the autumn"
    assert names_nobody("justice", None, "unnamed", "en", "the justice")
    assert names_nobody("Richter", None, "unnamed", "de", "der Richter")
    assert not names_nobody("justice", None, "unnamed", "en", "a justice")
    assert not names_nobody("witness", None, "unnamed", "en", "the witness")
    assert not names_nobody("company", None, "unnamed", "en", "the company")  # no person's role
    for other, origins in (("the justice", 1), ("a justice", 2)):
        lk = linker()
        lk.add([doc("d1", "Daily One", "2026-05-04", "Court", [{"src": "Ada Stone", "type": "person", "content": claim}]),
                _group_doc("d2", "Morning Two", "On Monday ", other, "", claim)])
        assert _one_claim(lk)["independent_origins"] == origins, other


def test_the_members_a_group_source_names_are_its_origins() -> None:
    """'Other candidates, including Ann Lee and Ben Ross, said …' (issue 9): two or more people
    named as members of a group source are each an origin; a group that names none of its
    members, or names places, stays one unnamed source."""
    claim = "the ferry fares should be frozen for islanders until the new pier opens"
    for after, origins in ((", including Ann Lee and Ben Ross,", 2), (", including many in Northholm and Eastgate,", 1),
                           ("", 1)):
        lk = linker()
        lk.add([_group_doc("d1", "Daily One", "", "Other candidates", after, claim)])
        row = _one_claim(lk)
        assert row["independent_origins"] == origins, after
        assert (row["origins"] == ["Ann Lee", "Ben Ross"]) == (origins == 2)
