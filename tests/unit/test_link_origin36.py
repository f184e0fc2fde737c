"""Independent origins (issue 9, session 36): `link.origin.named_apart` reads an origin that a folding step of
`Linker.claim_row` folded into another (a bare surname into the full name, a person into the office they speak
for, officials into their institution) as told by that one's members too (`Linker._told_by_folded`); it compares
the members of each two origins in one product of their vectors (`Linker._nearest_between`); and among origins that
fail alike, the one whose words come nearest to none of the others goes, then the one farthest from the claim's centre,
not the one told by fewer members; outlets' own words far from every named source of other articles add no origin
(`Linker._words_apart`, `link.origin.words_apart`); and a sentence whose speaker the analysis did not read that tells what rumours or
reports say ("rumours that …", "Berichte über …") is hearsay (`members.mark_hearsay_nouns`, `link.origin.hearsay_noun`).
Invented names, members and vectors."""

from __future__ import annotations

from typing import Any

import numpy as np
from tests.link_helpers import bare_member, span_at
from tests.link_helpers import corroborating_linker as _linker

from sourcetrace.link import Linker
from sourcetrace.link.claims import Member


def _member(key: str, doc: str, source: str | None, lang: str = "en", type_: str = "person") -> Member:
    return bare_member(key, doc, source, "the ferry pier will shut", lang=lang, type_=type_)


def _told_by(lk: Linker, ms: list[Member]) -> dict[str, list[Any]]:
    told_by: dict[str, list[Any]] = {}
    for m in ms:
        m.origin = lk.entities.resolve(str(m.source), str(m.source_type), doc_id=m.document, scope=f"doc:{m.document}").id
        told_by.setdefault(m.origin, []).append(m)
    return told_by


def test_a_folded_surname_brings_its_article_to_the_full_name() -> None:
    # Nora Vint in one article; "Vint" beside Tom Okafor in another: "Vint" is Nora Vint there, so the two
    # articles' speakers meet in the second one and stand, however far apart the words
    full, bare, other = _member("a", "d1", "Nora Vint"), _member("b", "d2", "Vint"), _member("c", "d2", "Tom Okafor")
    lk = _linker({"a": [1, 0, 0], "b": [0, 0, 1], "c": [0, 1, 0]})
    # (a second Vint of the corpus, in an article of its own: the resolver cannot tell whom "Vint" names)
    lk.entities.resolve("Ivo Vint", "person", doc_id="d9", scope="doc:d9")
    told_by = _told_by(lk, [full, bare, other])
    assert bare.origin != full.origin
    folded: dict[str, str] = {}
    origins = lk._surnames_of_one_person(set(told_by), folded=folded)
    assert folded == {bare.origin: full.origin} and origins == {full.origin, other.origin}
    # (without the fold, Nora Vint's only article is the first: apart from Tom Okafor)
    assert len(lk._named_apart(origins, told_by, [full, bare, other])) == 1
    merged = lk._told_by_folded(told_by, folded)
    assert [m.key for m in merged[str(full.origin)]] == ["a", "b"]
    assert lk._named_apart(origins, merged, [full, bare, other]) == set()


def test_folds_are_followed_to_their_end() -> None:
    a, b, c = _member("a", "d1", "Ada Quill"), _member("b", "d2", "Ben Ostrow"), _member("c", "d3", "Cy Marr")
    lk = _linker({})
    told_by = _told_by(lk, [a, b, c])
    out = lk._told_by_folded(told_by, {str(c.origin): str(b.origin), str(b.origin): str(a.origin)})
    assert sorted(m.key for m in out[str(a.origin)]) == ["a", "b", "c"]
    assert lk._told_by_folded(told_by, {}) is told_by


def test_the_nearest_members_of_each_two_origins_in_one_product() -> None:
    a1, a2 = _member("a1", "d1", "Ada Quill"), _member("a2", "d1", "Ada Quill")
    b1, c1 = _member("b1", "d2", "Ben Ostrow"), _member("c1", "d3", "Cy Marr", lang="de")
    lk = _linker({"a1": [1, 0, 0], "a2": [0.6, 0.8, 0], "b1": [0, 1, 0], "c1": [0, 0.6, 0.8]})
    told_by = _told_by(lk, [a1, a2, b1, c1])
    ids = {m.key: str(m.origin) for m in (a1, b1, c1)}
    best = lk._nearest_between(sorted(told_by), told_by)
    assert abs(best[ids["a1"]][ids["b1"]] - 0.8) < 1e-5 and abs(best[ids["b1"]][ids["a1"]] - 0.8) < 1e-5
    # (across languages on the same-language scale: hashing's scale is 1, so the raw cosine)
    assert abs(best[ids["b1"]][ids["c1"]] - 0.6) < 1e-5
    lk.t.update(xlang_scale=1.5, xlang_shift=0.0)
    assert abs(lk._nearest_between(sorted(told_by), told_by)[ids["b1"]][ids["c1"]] - 0.9) < 1e-5
    # (a member with no vector kept: near every other origin)
    del lk._member_vec["c1"]
    assert lk._nearest_between(sorted(told_by), told_by)[ids["a1"]][ids["c1"]] == 1.0


def test_of_origins_that_fail_alike_the_one_nearest_to_none_goes() -> None:
    # three speakers of three articles, no two at the bar; Cy Marr's words are the farthest from both others',
    # though told by two members and Ben Ostrow's by one: Cy Marr goes first, then one of the other two
    a, b = _member("a", "d1", "Ada Quill"), _member("b", "d2", "Ben Ostrow")
    c1, c2 = _member("c1", "d3", "Cy Marr"), _member("c2", "d3", "Cy Marr")
    lk = _linker({"a": [1, 0, 0], "b": [0.6, 0.8, 0], "c1": [0, 0, 1], "c2": [0, 0.1, 1]})
    told_by = _told_by(lk, [a, b, c1, c2])
    names = {lk.entities.entities[o].name for o in lk._named_apart(set(told_by), told_by, [a, b, c1, c2])}
    assert "Cy Marr" in names and len(names) == 2


def test_of_two_origins_apart_the_one_farther_from_the_claims_centre_goes() -> None:
    # two speakers far apart (no pair at the bar): the nearest-pair cosine is the same both ways, so the claim's
    # centre decides — Ben Ostrow's two members lie near it, Ada Quill's one member far from it
    a, b1, b2 = _member("a", "d1", "Ada Quill"), _member("b1", "d2", "Ben Ostrow"), _member("b2", "d2", "Ben Ostrow")
    lk = _linker({"a": [1, 0, 0], "b1": [0, 1, 0], "b2": [0, 1, 0.1]})
    for m in (a, b1, b2):
        m.claim = "c1"
    lk._claim_sum["c1"] = np.array([0.1, 1.0, 0.0], dtype=np.float32)
    told_by = _told_by(lk, [a, b1, b2])
    assert {lk.entities.entities[o].name for o in lk._named_apart(set(told_by), told_by, [a, b1, b2])} == {"Ada Quill"}
    # (the centre on Ada Quill's side: Ben Ostrow goes, though told by more members)
    lk._claim_sum["c1"] = np.array([1.0, 0.1, 0.0], dtype=np.float32)
    assert {lk.entities.entities[o].name for o in lk._named_apart(set(told_by), told_by, [a, b1, b2])} == {"Ben Ostrow"}


def _outlet_words(lk: Linker, key: str, doc: str) -> Member:
    """An outlet's own statement (no source): its origin the outlet of its article."""
    m = _member(key, doc, None)
    m.own_statement = True
    m.origin = lk.entities.outlet(f"Paper {doc}", doc).id
    return m


def _words_apart(lk: Linker, ms: list[Member]) -> set[str]:
    told_by: dict[str, list[Any]] = {}
    for m in ms:
        if m.origin is None:
            m.origin = lk.entities.resolve(str(m.source), str(m.source_type), doc_id=m.document, scope=f"doc:{m.document}").id
        told_by.setdefault(m.origin, []).append(m)
    return {lk.entities.entities[o].name for o in lk._words_apart(set(told_by), told_by, ms)}


def test_an_outlets_words_of_another_article_far_from_a_named_source_add_no_origin() -> None:
    lk = _linker({"a": [1, 0, 0], "b": [0.3, 1, 0]})  # (cosine ~0.29, below the claim bar)
    lk.t["claim"] = 0.6
    a = _member("a", "d1", "Ada Quill")
    assert _words_apart(lk, [a, _outlet_words(lk, "b", "d2")]) == {"Paper d2"}
    # (words that meet the claim bar against the speaker's own: the outlet tells the claim too)
    lk = _linker({"a": [1, 0, 0], "b": [1, 0.5, 0]})
    lk.t["claim"] = 0.6
    assert _words_apart(lk, [_member("a", "d1", "Ada Quill"), _outlet_words(lk, "b", "d2")]) == set()


def test_words_of_the_speakers_own_article_or_beside_no_named_source_stand() -> None:
    vectors = {"a": [1, 0, 0], "b": [0, 1, 0], "c": [0, 0, 1]}
    # (one article tells both: the outlet's words and the speaker's stand side by side)
    lk = _linker(vectors)
    assert _words_apart(lk, [_member("a", "d1", "Ada Quill"), _outlet_words(lk, "b", "d1")]) == set()
    # (outlets' words beside outlets' words only: two outlets stating one result count two)
    lk = _linker(vectors)
    assert _words_apart(lk, [_outlet_words(lk, "b", "d2"), _outlet_words(lk, "c", "d3")]) == set()
    # (an unnamed source is no named one)
    lk = _linker(vectors)
    assert _words_apart(lk, [_member("a", "d1", "a harbour official", type_="unnamed"), _outlet_words(lk, "b", "d2")]) == set()
    # (the rule is the USE encoder's, as `named_apart`)
    lk = _linker(vectors)
    del lk.t["claim_corroborates"]
    assert _words_apart(lk, [_member("a", "d1", "Ada Quill"), _outlet_words(lk, "b", "d2")]) == set()


def test_a_claim_row_leaves_out_an_outlets_words_far_from_the_named_speaker() -> None:
    lk = Linker("hashing")
    # (an institution's words: an outlet's own statement beside a person's would tell that person's claim,
    # `link.origin.relays_speaker`)
    lk.add([_said(0, "Harbour Post", "the Harbour Board", "the north pier will shut in June for repairs"),
            _plain(1, "Coast Herald", "Ferry fares on the island route rose by a tenth this spring.")])
    cids = [cid for cid, keys in lk.claim_members.items() if any("pier" in lk.members[k].text or "fares" in lk.members[k].text
                                                                  for k in keys)]
    if len(cids) > 1:  # (the claim grouping chained the two together, as a look-alike chain does)
        lk._merge_claims(cids)
    (cid,) = [cid for cid, keys in lk.claim_members.items() if any("pier" in lk.members[k].text for k in keys)]
    assert lk.claim_row(cid)["independent_origins"] == 2  # (the rule off for hashing)
    lk.t.update(claim_corroborates=0.75, claim=0.99)
    row = lk.claim_row(cid)
    assert row["independent_origins"] == 1 and row["status"] == "single_origin" and row["origins"] == ["the Harbour Board"]
    assert "link.origin.words_apart" in row["origin_rules"]


def _said(i: int, outlet: str, speaker: str, words: str) -> dict[str, Any]:
    """An article of one line: `speaker` (an institution) said on Monday that `words`."""
    text = f"{speaker[:1].upper()}{speaker[1:]} said on Monday that {words}."
    att = {"id": "a1", "mode": "indirect", "rule": "t", "status": "attributed", "via": [],
           "source": span_at(text, text.split(" said")[0], id="s1", name=speaker, type="institution"),
           "cue": span_at(text, "said"), "content": [span_at(text, words)]}
    return {"id": f"d{i}", "outlet": outlet, "date": f"2026-03-1{i}", "title": "t", "language": "en", "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}], "attributions": [att],
            "claims": [{"start": 0, "end": len(text), "text": text, "attributions": ["a1"], "hedges": [], "status": "attributed"}],
            "sources": [{"id": "s1", "name": speaker, "aliases": [], "type": "institution", "role": None}],
            "hedges": [], "timexes": [], "quantities": []}


def _plain(i: int, outlet: str, sentence: str) -> dict[str, Any]:
    """An article of one sentence the outlet states in its own voice."""
    return {"id": f"d{i}", "outlet": outlet, "date": f"2026-03-1{i}", "title": "t", "language": "en", "text": sentence,
            "segments": [{"kind": "body", "start": 0, "end": len(sentence), "rule": "t"}], "attributions": [],
            "claims": [{"start": 0, "end": len(sentence), "text": sentence, "attributions": [], "hedges": [], "status": "asserted"}],
            "sources": [], "hedges": [], "timexes": [], "quantities": []}


def _sentence(text: str, lang: str = "en") -> Member:
    """A sentence of an article whose speaker the analysis did not read (`Member.unread_speaker`)."""
    m = _member("s", "d1", None, lang=lang)
    m.text, m.sentence = text, True
    return m


def test_a_sentence_that_tells_what_rumours_or_reports_say_is_hearsay() -> None:
    from sourcetrace.link.claims.members import mark_hearsay_nouns

    told = [_sentence("The fare rose, and rumours that the ferry line was for sale lifted its shares for a day."),
            _sentence("Reports of a second leak at the pier reached the harbour office on Monday."),
            _sentence("Berichte über einen zweiten Riss in der Mole konnten nicht bestätigt werden.", "de"),
            _sentence("Gerüchte, wonach die Fähre verkauft sei, machten am Hafen die Runde.", "de")]
    for m in mark_hearsay_nouns(told):
        assert m.hearsay and m.hearsay_noun, m.text
    # (someone speaks of the rumours, "rejected" and "estimates" are verbs there; "berichten" is a verb, not the noun;
    # an outlet's own statement or a member with a source is not this rule's)
    kept = [_sentence("The mayor rejected rumours that the ferry line was for sale."),
            _sentence("Tom Okafor estimates that the pier will cost twice as much."),
            _sentence("Sie berichten, dass die Mole einen zweiten Riss habe.", "de"),
            # (a verb after its subject, a noun after a determiner or a pronoun; a relative clause that
            # describes the reports tells nothing they say)
            _sentence("The port authority reports that the pier will close in May."),
            _sentence("It estimates that the ferry line loses money."),
            _sentence("Der Kapitän las Berichte, die am Montag im Hafenblatt erschienen.", "de"),
            # (the outlet says there are none)
            _sentence("There were no reports that the ferry had left the pier."),
            _sentence("Bisher gibt es keine Berichte über Schäden an der Mole.", "de")]
    own = _sentence("Rumours that the line was for sale spread on Monday.")
    own.own_statement = True
    sourced = _member("q", "d1", "Ada Quill")
    sourced.text = "rumours that the line was for sale are false"
    for m in mark_hearsay_nouns([*kept, own, sourced]):
        assert not m.hearsay and not m.hearsay_noun, m.text


def test_a_claim_told_only_as_what_rumours_say_is_unsourced() -> None:
    lk = Linker("hashing")
    lk.add([_plain(0, "Coast Herald", "Rumours that the ferry line was for sale were reported on Monday, and its shares rose.")])
    (row,) = lk.claim_rows()
    assert row["status"] == "unsourced" and row["independent_origins"] == 0
    assert "link.origin.hearsay_noun" in row["origin_rules"]
