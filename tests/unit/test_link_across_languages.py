"""The parts of claim linking that must hold across German and English without the encoder:
durations and weekdays in the vetoes, negation words, a source inside its content, a denial
that says what it denies, and one institution under its German and English word (invented
sentences; the linking with the encoder: test_link_bilingual.py)."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from sourcetrace.link.claims import Member, dates_compatible, duration_days, members_of, refers_back, veto, weekday_date
from sourcetrace.link.entities import EntityResolver, effective_type


def mem(**kw: Any) -> Member:
    return Member("k", "d", 0, 1, "t", "s", "person", None, [], [], [], False, False, **kw)


@pytest.mark.parametrize(("value", "days"), [("P3W", 21), ("P8W", 56), ("P2M", 60), ("P1Y", 365), ("P3DE", 10950),
                                             ("PT12H", 0.5), ("P1DT12H", 1.5), ("PXY", None), ("P", None)])
def test_a_duration_in_days(value: str, days: float | None) -> None:
    assert duration_days(value) == days


def test_another_duration_is_another_claim_and_rounding_is_the_same() -> None:
    assert veto(mem(durations=[21.0]), mem(durations=[56.0])) == "link.veto.duration"  # three weeks, eight weeks
    assert veto(mem(durations=[21.0]), mem(durations=[21.0])) is None  # drei Wochen, 21 days
    assert veto(mem(durations=[28.0]), mem(durations=[30.0])) is None  # four weeks, a month
    assert veto(mem(durations=[21.0]), mem()) is None  # one says how long, the other not


@pytest.mark.parametrize(("text", "lang", "bare"), [
    ("Thursday", "en", True), ("from Thursday", "en", True), ("ab Donnerstag", "de", True),
    ("on Thursday night", "en", True), ("next Thursday", "en", False), ("am vergangenen Donnerstag", "de", False),
    ("Thursday, June 11", "en", False), ("im Juni", "de", False)])
def test_a_bare_weekday(text: str, lang: str, bare: bool) -> None:
    assert weekday_date(text, lang) is bare


def test_a_bare_weekday_read_a_week_off_is_the_same_day() -> None:
    # "ab Donnerstag" read as the next Thursday, "from Thursday" as the last one
    assert dates_compatible("2026-06-11", "2026-06-04", weekday=True)
    assert not dates_compatible("2026-06-11", "2026-06-04")
    assert not dates_compatible("2026-06-11", "2026-06-05", weekday=True)
    assert veto(mem(dates=["2026-06-11"], weekday_dates=["2026-06-11"]), mem(dates=["2026-06-04"])) is None
    assert veto(mem(dates=["2026-06-11"]), mem(dates=["2026-06-04"])) == "link.veto.date"


def analysis(lang: str, text: str, content: str, source: str, cue: str, mode: str = "according_to") -> dict[str, Any]:
    c, s, q = text.index(content), text.index(source), text.index(cue)
    return {"id": "d1", "language": lang, "text": text, "segments": [], "hedges": [], "timexes": [], "quantities": [],
            "sources": [{"id": "s1", "name": source.split()[-1], "aliases": [], "type": "government"}],
            "attributions": [{"id": "a1", "mode": mode, "rule": "t", "status": "attributed", "via": [],
                              "source": {"start": s, "end": s + len(source), "text": source, "id": "s1",
                                         "name": source.split()[-1], "type": "government"},
                              "cue": {"start": q, "end": q + len(cue), "text": cue},
                              "content": [{"start": c, "end": c + len(content), "text": content}]}]}


def test_a_source_inside_its_content_is_no_part_of_what_is_compared() -> None:
    text = "Verletzt wurde nach Angaben der Polizei niemand."
    (m,) = members_of(analysis("de", text, "Verletzt wurde nach Angaben der Polizei niemand", "Angaben der Polizei", "nach"))
    assert m.text == "Verletzt wurde niemand" and "polizei" not in m.words and m.negated
    assert (m.start, m.end) == (0, len(text) - 1)  # the member's span is the content's, as analysed


def test_a_dateline_is_no_part_of_what_is_compared() -> None:
    text = "Marlingen (dpa) - Die Brücke bleibt gesperrt, teilte die Stadt mit."
    (m,) = members_of(analysis("de", text, "Marlingen (dpa) - Die Brücke bleibt gesperrt", "die Stadt", "teilte", "indirect"))
    assert m.text == "Die Brücke bleibt gesperrt"


@pytest.mark.parametrize(("words", "negated"), [
    ("Nobody was hurt", True), ("Verletzt wurde niemand", True), ("Es wurde niemandem geholfen", True),
    ("Everybody was hurt", False), ("Alle wurden verletzt", False)])
def test_negation_words_of_both_languages(words: str, negated: bool) -> None:
    from sourcetrace.link.claims import negates

    assert negates(words.lower().split()) is negated


def test_a_denial_that_says_what_it_denies_does_not_refer_back() -> None:
    assert refers_back(["the", "report"], "denied", "Hellwig Bau")  # "denied the report": refers back
    assert refers_back(["die", "Vorwürfe"], "bestreiten", "Die Anwohner")
    assert not refers_back(["that", "its", "welds", "had", "been", "faulty"], "denied", "Hellwig Bau")
    assert not refers_back(["dass", "die", "Nähte", "fehlerhaft", "seien"], "bestritt", "Hellwig Bau")


@pytest.mark.parametrize(("de", "en"), [("die Polizei", "the police"), ("Feuerwehr", "the fire brigade"),
                                        ("des Innenministeriums", "the Interior Ministry"),
                                        ("Auswärtiges Amt", "the foreign ministry")])
def test_one_institution_under_its_german_and_its_english_word(de: str, en: str) -> None:
    r = EntityResolver()
    a = r.resolve(de, "government", doc_id="d1", scope="")  # (as the analysis types them)
    assert r.resolve(en, "government", doc_id="d2", scope="").id == a.id
    # an unnamed institution (`effective_type`) too
    b = r.resolve("Feuerwehr", effective_type("Feuerwehr", "unnamed", None, "de"), doc_id="d1", scope="")
    assert r.resolve("the fire service", effective_type("the fire service", "unnamed", None, "en"), doc_id="d2", scope="").id == b.id
    assert r.resolve("the coast guard", "institution", doc_id="d3", scope="").id != a.id


def test_a_confirmation_of_a_denial_denies_the_claim_too() -> None:
    from sourcetrace.link import Linker

    text = ("Titel\n\nNach Angaben des Bauamts haben die Anwohner den Zaun ohne Erlaubnis errichtet. "
            "Die Anwohner bestreiten die Vorwürfe. Reporter des Senders Radio Talwind bestätigen die Darstellung der Anwohner.")
    parts = [("des Bauamts", "Bauamts", "government", "Nach", "haben die Anwohner den Zaun ohne Erlaubnis errichtet"),
             ("Die Anwohner", "Anwohner", "unnamed", "bestreiten", "die Vorwürfe"),
             ("Reporter des Senders Radio Talwind", "Radio Talwind", "media", "bestätigen", "die Darstellung der Anwohner")]
    attributions, sources = [], []
    for i, (mention, name, type_, cue, content) in enumerate(parts, 1):
        s, q, c = text.index(mention), text.index(cue), text.index(content)
        sources.append({"id": f"s{i}", "name": name, "aliases": [], "type": type_})
        attributions.append({"id": f"a{i}", "mode": "indirect", "rule": "t", "status": "attributed", "via": [],
                             "source": {"start": s, "end": s + len(mention), "text": mention, "id": f"s{i}", "name": name,
                                        "type": type_},
                             "cue": {"start": q, "end": q + len(cue), "text": cue},
                             "content": [{"start": c, "end": c + len(content), "text": content}]})
    d = {"id": "d1", "outlet": "Talbote", "date": "2026-05-02", "title": "Titel", "language": "de", "text": text,
         "segments": [{"kind": "body", "start": 7, "end": len(text), "rule": "t"}], "attributions": attributions,
         "sources": sources, "hedges": [], "timexes": [], "quantities": []}
    lk = Linker("hashing")
    lk.add([d])
    row = next(r for r in lk.claim_rows() if any(m["source"] == "Bauamts" for m in r["members"]))
    assert {m["source"]: m["stance"] for m in row["members"]} == {"Bauamts": "asserts", "Anwohner": "denies",
                                                                  "Radio Talwind": "denies"}
    assert row["status"] == "contested" and row["independent_origins"] == 1
    assert lk.vetoed["link.claim.denial_confirmed"] == 1  # (not a confirmation of the Bauamt's claim)


def test_a_surname_in_the_german_genitive_is_the_person_of_the_article() -> None:
    from sourcetrace.link.claims import genitive_of

    persons = ["Katrin Vossberg", "Jonas Berg"]
    assert genitive_of("Vossbergs", persons, "de") == "Katrin Vossberg"  # "nach Angaben Vossbergs"
    assert genitive_of("Bergs", persons, "de") == "Jonas Berg"
    assert genitive_of("Vossbergs", persons, "en") is None  # English writes "Vossberg's"
    assert genitive_of("Experten", persons, "de") is None and genitive_of("Anwohners", persons, "de") is None
    assert genitive_of("Bergs", ["Jonas Berg", "Eva Berg"], "de") is None  # which Berg, the name does not say


def test_a_pair_across_the_languages_of_middling_similarity_needs_something_written_alike() -> None:
    from sourcetrace.link import Linker
    from sourcetrace.link.linker import DocInfo

    lk = Linker("hashing", thresholds={"claim_across_free": 0.62, "claim_lexical_free": 0.75})
    lk.docs["de1"] = DocInfo("de1", "A", "e1", "2026-06-01", "", "de", [], None)
    lk.docs["en1"] = DocInfo("en1", "B", "e2", "2026-06-01", "", "en", [], None)

    def member(doc_id: str, words: set[str], **kw: Any) -> Member:
        return Member("k", doc_id, 0, 1, "t", "s", "person", None, [], [], [], False, False, words=words, **kw)

    de, en = member("de1", {"guten", "tag", "insel"}), member("en1", {"island", "reached", "mail", "boat"})
    assert lk._parted(lk.docs["de1"], de, en, 0.616) == "link.veto.across"
    assert lk._parted(lk.docs["de1"], de, en, 0.69) is None  # (a plain translation's cosine)
    assert lk._parted(lk.docs["de1"], member("de1", {"lindholm", "insel"}), member("en1", {"lindholm", "island"}), 0.62) is None
    assert lk._parted(lk.docs["de1"], member("de1", {"insel"}, durations=[21.0]), member("en1", {"island"}, durations=[21.0]),
                      0.62) is None


def test_a_quotation_split_around_its_tag_is_one_claim() -> None:
    from sourcetrace.link import Linker

    first, second = "The new dam will flood the valley", "Forty farms will lose their fields"

    def analysis(text: str) -> dict[str, Any]:
        cue, she = text.index("said"), text.index("she")

        def att(i: int, content: str) -> dict[str, Any]:
            c = text.index(content)
            return {"id": f"a{i}", "mode": "direct", "rule": "t", "status": "attributed", "via": [],
                    "source": {"start": she, "end": she + 3, "text": "she", "id": "s1", "name": "Mara Quist",
                               "type": "person"},
                    "cue": {"start": cue, "end": cue + 4, "text": "said"},
                    "content": [{"start": c, "end": c + len(content), "text": content}]}

        return {"id": "d1", "outlet": "Valley News", "date": "2026-05-02", "title": "Dam", "language": "en", "text": text,
                "segments": [{"kind": "body", "start": 5, "end": len(text), "rule": "t"}],
                "attributions": [att(1, first), att(2, second)],
                "sources": [{"id": "s1", "name": "Mara Quist", "aliases": [], "type": "person"}],
                "hedges": [], "timexes": [], "quantities": []}

    d = analysis(f"Dam\n\n“{first},” she said. “{second}.” The council meets on Friday.")
    members = members_of(d)
    assert members[1].continues == members[0].key and members[0].continues is None
    lk = Linker("hashing")
    lk.add([d])
    assert lk.members[members[0].key].claim == lk.members[members[1].key].claim
    assert lk.vetoed["link.claim.quotation_goes_on"] == 1
    # two sentences in a row, each with its tag after it: two statements
    assert members_of(analysis(f"Dam\n\n{first}. {second}, she said."))[1].continues is None
    # words of the article's own between the two parts: two quotations
    assert members_of(analysis(f"Dam\n\n“{first},” she said. The council meets on Friday. “{second}.”"))[1].continues is None
