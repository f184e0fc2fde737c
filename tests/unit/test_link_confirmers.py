"""Claims across articles (issue 9): who confirms a claim that the analysis gave to the one whose
assertion it is ("Lena Vogt confirmed Arno Pell's assertion that …"), and a quotation that goes
on across its tag past an attribution nested inside its first part. Invented texts, analyses
written by hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

from sourcetrace.link import Linker
from sourcetrace.link.claims import confirmer_of, members_of


def _noun_cue_analysis(text: str, owner: str, noun: str, content: str, lang: str = "en") -> dict[str, Any]:
    s, c, k = text.index(owner), text.index(noun), text.index(content)
    return {"id": "d1", "outlet": "Harbour Post", "date": "2026-04-09", "title": "Ferry", "language": lang, "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}],
            "attributions": [{"id": "a1", "mode": "indirect", "rule": "t.noun_cue", "status": "attributed", "via": [],
                              "source": {"start": s, "end": s + len(owner), "text": owner, "id": "s1", "name": owner,
                                         "type": "person"},
                              "cue": {"start": c, "end": c + len(noun), "text": noun},
                              "content": [{"start": k, "end": k + len(content), "text": content}]}],
            "sources": [{"id": "s1", "name": owner, "aliases": [], "type": "person"}],
            "hedges": [], "timexes": [], "quantities": []}


def _origins(d: dict[str, Any]) -> list[str]:
    lk = Linker("hashing")
    lk.add([d])
    row = next(r for r in lk.claim_rows() if any(m["source"] for m in r["members"]))
    return list(row["origins"])


def test_the_subject_that_confirms_anothers_assertion_is_an_origin_too() -> None:
    content = "that the ferry had left the quay an hour late"
    d = _noun_cue_analysis(f"The captain spoke on Monday. Lena Vogt confirmed Arno Pell's assertion {content}.",
                           "Arno Pell", "assertion", content)
    assert members_of(d)[0].confirmed_by == "Lena Vogt"
    assert sorted(_origins(d)) == ["Arno Pell", "Lena Vogt"]


def test_a_german_confirmation_of_a_bodys_account_names_its_subject() -> None:
    content = "wonach die Fähre eine Stunde zu spät abgelegt habe"
    text = f"Ein Sprecher des Hafenamts bestätigte die Darstellung der Reederei, {content}."
    s, c = text.index("Reederei"), text.index("Darstellung")
    assert confirmer_of(text, {"start": s, "end": s + 8, "text": "Reederei"},
                        {"start": c, "end": c + 11, "text": "Darstellung"}, "de") == "Ein Sprecher des Hafenamts"


def test_no_confirmer_for_a_pronoun_or_a_verb_that_only_repeats() -> None:
    content = "that the ferry had left the quay an hour late"
    for lead in ("She confirmed", "Lena Vogt repeated", "Lena Vogt doubted"):
        d = _noun_cue_analysis(f"The captain spoke on Monday. {lead} Arno Pell's assertion {content}.",
                               "Arno Pell", "assertion", content)
        assert members_of(d)[0].confirmed_by is None, lead
        assert _origins(d) == ["Arno Pell"], lead
    # the source far from the noun is not the one whose assertion it is
    text = f"Lena Vogt confirmed the assertion, Arno Pell wrote, {content}."
    s, c = text.index("Arno Pell"), text.index("assertion")
    assert confirmer_of(text, {"start": s, "end": s + 9, "text": "Arno Pell"},
                        {"start": c, "end": c + 9, "text": "assertion"}, "en") is None


def _two_part_quote(text: str, nested: bool) -> dict[str, Any]:
    first = "The new bridge pleases everyone because it gives drivers what they wish they had"
    second = "The trouble is that the budget cannot carry a second one"
    cue = text.index("said")
    she = text.index("she")

    def att(i: str, content: str, source: dict[str, Any]) -> dict[str, Any]:
        c = text.index(content)
        return {"id": i, "mode": "direct", "rule": "t", "status": "attributed", "via": [], "source": source,
                "cue": {"start": cue, "end": cue + 4, "text": "said"},
                "content": [{"start": c, "end": c + len(content), "text": content}]}

    mara = {"start": she, "end": she + 3, "text": "she", "id": "s1", "name": "Mara Quist", "type": "person"}
    atts = [att("a1", first, mara), att("a3", second, mara)]
    if nested:  # a wish the quotation itself tells of, read by the analysis as the drivers' words
        d0 = text.index("drivers")
        atts.insert(1, att("a2", "what they wish they had", {"start": d0, "end": d0 + 7, "text": "drivers", "id": "s2",
                                                             "name": "drivers", "type": "unnamed"}))
    return {"id": "d1", "outlet": "Valley News", "date": "2026-05-02", "title": "Bridge", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}], "attributions": atts,
            "sources": [{"id": "s1", "name": "Mara Quist", "aliases": [], "type": "person"},
                        {"id": "s2", "name": "drivers", "aliases": [], "type": "unnamed"}],
            "hedges": [], "timexes": [], "quantities": []}


def test_a_quotation_goes_on_past_an_attribution_nested_in_its_first_part() -> None:
    text = ("Bridge\n\n“The new bridge pleases everyone because it gives drivers what they wish they had,” she said. "
            "“The trouble is that the budget cannot carry a second one.”")
    members = {m.key.split("#")[1]: m for m in members_of(_two_part_quote(text, nested=True))}
    assert members["a3"].continues == members["a1"].key
    assert members["a2"].continues is None
    lk = Linker("hashing")
    lk.add([_two_part_quote(text, nested=True)])
    assert lk.members["d1#a3"].claim == lk.members["d1#a1"].claim != lk.members["d1#a2"].claim


def test_words_of_the_article_between_the_parts_still_make_two_quotations() -> None:
    # the counter-example: a sentence of the article's own between the two parts
    text = ("Bridge\n\n“The new bridge pleases everyone because it gives drivers what they wish they had,” she said. "
            "The council meets on Friday. “The trouble is that the budget cannot carry a second one.”")
    members = {m.key.split("#")[1]: m for m in members_of(_two_part_quote(text, nested=True))}
    assert members["a3"].continues is None


def test_a_second_quotation_with_its_own_tag_after_it_is_another_statement() -> None:
    # "…, she said. “…,” she added.": the tag between belongs to the first part; the second has its own
    first = "The new bridge pleases everyone"
    second = "The trouble is that the budget cannot carry a second one"
    text = f"Bridge\n\nThe mayor spoke. {first}, she said.\n\n“{second},” she added."

    def att(i: str, content: str, cue_word: str) -> dict[str, Any]:
        c, k = text.index(content), text.index(cue_word)
        she = text.index("she", c)
        return {"id": i, "mode": "direct", "rule": "t", "status": "attributed", "via": [],
                "source": {"start": she, "end": she + 3, "text": "she", "id": "s1", "name": "Mara Quist", "type": "person"},
                "cue": {"start": k, "end": k + len(cue_word), "text": cue_word},
                "content": [{"start": c, "end": c + len(content), "text": content}]}

    d = {"id": "d1", "outlet": "Valley News", "date": "2026-05-02", "title": "Bridge", "language": "en", "text": text,
         "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}],
         "attributions": [att("a1", first, "said"), att("a2", second, "added")],
         "sources": [{"id": "s1", "name": "Mara Quist", "aliases": [], "type": "person"}],
         "hedges": [], "timexes": [], "quantities": []}
    assert members_of(d)[1].continues is None
    # the same second part told right after the tag, with no tag of its own, goes on with the first
    text2 = f"Bridge\n\nThe mayor spoke. “{first},” she said. “{second}.”"
    d2 = {**d, "text": text2, "attributions": []}
    c1, c2, k = text2.index(first), text2.index(second), text2.index("said")
    she = text2.index("she")
    for i, (c, content) in enumerate(((c1, first), (c2, second)), 1):
        d2["attributions"].append({"id": f"a{i}", "mode": "direct", "rule": "t", "status": "attributed", "via": [],
                                   "source": {"start": she, "end": she + 3, "text": "she", "id": "s1", "name": "Mara Quist",
                                              "type": "person"},
                                   "cue": {"start": k, "end": k + 4, "text": "said"},
                                   "content": [{"start": c, "end": c + len(content), "text": content}]})
    assert members_of(d2)[1].continues == members_of(d2)[0].key


def _en_member(doc_id: str, text: str, **kw: Any) -> Any:
    import re

    from sourcetrace.link.claims import Member, content_keys

    return Member("k", doc_id, 0, len(text), text, "s", "person", None, [], [], [], False, False,
                  words=content_keys(re.findall(r"\w+", text)), language=kw.pop("language", "en"), **kw)


def _two_docs(lang: str = "en") -> Any:
    from sourcetrace.link.linker import DocInfo

    lk = Linker("hashing", thresholds={"claim_lexical_free": 0.75, "min_overlap": 0.25, "claim_plain_words": 2})
    lk.docs["a"] = DocInfo("a", "A", "e1", "2026-06-01", "", lang, [], None)
    lk.docs["b"] = DocInfo("b", "B", "e2", "2026-06-01", "", lang, [], None)
    return lk


def test_two_contents_that_share_only_names_are_no_one_claim() -> None:
    # what two sources say of the same people, in other words: a topic, not a claim
    lk = _two_docs()
    a = _en_member("a", "Mayor Tilda Brandt is standing with Governor Oskar Lind")
    b = _en_member("b", "Governor Oskar Lind is a danger to the port, and Tilda Brandt knows it")
    assert lk._parted(lk.docs["a"], a, b, 0.68) == "link.veto.names_only"
    # above the lexical-free bar the encoder alone decides, as before
    assert lk._parted(lk.docs["a"], a, b, 0.8) is None


def test_a_paraphrase_with_two_plain_words_in_common_still_joins() -> None:
    # the counter-example: the same thing said of the same people, in other words
    lk = _two_docs()
    a = _en_member("a", "Governor Oskar Lind will close the ferry port in March")
    b = _en_member("b", "The port where the ferry docks is to close, Oskar Lind announced")
    assert lk._parted(lk.docs["a"], a, b, 0.68) is None
    # a sentence that opens with a stopword: "The" is no name
    c = _en_member("b", "The ferry port will close, the governor said")
    assert lk._parted(lk.docs["a"], a, c, 0.68) is None


def test_german_contents_are_not_read_for_names_by_their_case() -> None:
    # German capitalises every noun: its capitalised words are no names
    lk = _two_docs("de")
    a = _en_member("a", "Der Hafen für die Fähre werde im März geschlossen", language="de")
    b = _en_member("b", "Die Fähre lege ab März nicht mehr im Hafen an", language="de")
    assert lk._parted(lk.docs["a"], a, b, 0.68) is None
