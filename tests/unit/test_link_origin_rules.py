"""Independent origins (issue 9): unnamed groups of different standing named together count one
origin each, a link of a chain that confirms what its source reports is an origin too, a speaker
who quotes another's words relays them, and a sentence's joint subject of bare surnames names each
person. Invented texts, analyses written by hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

from tests.link_helpers import span_at

from sourcetrace.link import Linker
from sourcetrace.link.claims import conjoined_groups, denies_back, dual_group, members_of, points_back
from sourcetrace.link.claims.stance import confirms_after


def _analysis(text: str, attributions: list[dict[str, Any]], lang: str = "de") -> dict[str, Any]:
    sources = [a["source"] for a in attributions if a.get("source")]
    return {"id": "d1", "outlet": "Kanalbote", "date": "2026-05-02", "title": "Hafen", "language": lang, "text": text,
            "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}],
            "attributions": attributions,
            "sources": [{"id": s["id"], "name": s["name"], "aliases": [], "type": s["type"]} for s in sources],
            "hedges": [], "timexes": [], "quantities": []}


def _attribution(text: str, i: str, source: dict[str, Any], cue: str, content: str,
                 via: list[dict[str, Any]] | None = None, mode: str = "indirect") -> dict[str, Any]:
    return {"id": i, "mode": mode, "rule": "t", "status": "attributed", "via": via or [], "source": source,
            "cue": span_at(text, cue), "content": [span_at(text, content)]}


def _row(d: dict[str, Any], words: str) -> dict[str, Any]:
    lk = Linker("hashing")
    lk.add([d])
    return next(r for r in lk.claim_rows() for m in r["members"] if words in d["text"][m["start"] : m["end"]])


def test_conjoined_groups_of_different_standing() -> None:
    assert conjoined_groups("Augenzeugen und Opfer", "de") == ["Augenzeugen", "Opfer"]
    assert conjoined_groups("Hafen- und Zollkreise", "de") == ["Hafen-…", "Zollkreise"]
    assert conjoined_groups("sowohl Lehrer und Lehrerinnen als auch Eltern", "de") == ["Lehrer", "Eltern"]
    assert conjoined_groups("die Anwohner, Fischer und Taucher", "de") == ["die Anwohner", "Fischer", "Taucher"]
    assert conjoined_groups("dockers and ferry passengers", "en") == ["dockers", "ferry passengers"]


def test_one_group_is_not_split() -> None:
    # one group in its two genders, two adjectives of one noun, spokespeople (who speak for their
    # principals), officials of one institution named twice, and named people (`conjoined`)
    for name, lang in [("Lehrer und Lehrerinnen", "de"), ("frühere und jetzige Mitarbeiter", "de"),
                       ("current and former officials", "en"), ("Hafen- und Zollsprecher", "de"),
                       ("Beamte und Mitarbeiter des Hafenamts", "de"), ("Ina Sorge und Udo Lamm", "de"),
                       ("Taucher", "de")]:
        assert conjoined_groups(name, lang) == [], name


def test_two_unnamed_groups_named_together_are_two_origins() -> None:
    content = "Die Kaimauer habe schon seit dem Winter Risse gezeigt"
    text = f"Am Hafen wurde gestern gesperrt. {content}, sagten Fischer und Taucher am Abend."
    src = span_at(text, "Fischer und Taucher", id="s1", name="Fischer und Taucher", type="unnamed")
    row = _row(_analysis(text, [_attribution(text, "a1", src, "sagten", content)]), "Kaimauer")
    assert row["origins"] == ["Fischer", "Taucher"]
    assert row["independent_origins"] == 2 and row["status"] == "corroborated"
    assert "link.origin.conjoined_groups" in row["origin_rules"]


def test_one_group_in_two_genders_is_one_origin() -> None:
    content = "Die Kaimauer habe schon seit dem Winter Risse gezeigt"
    text = f"Am Hafen wurde gestern gesperrt. {content}, sagten Taucher und Taucherinnen am Abend."
    src = span_at(text, "Taucher und Taucherinnen", id="s1", name="Taucher und Taucherinnen", type="unnamed")
    row = _row(_analysis(text, [_attribution(text, "a1", src, "sagten", content)]), "Kaimauer")
    assert row["independent_origins"] == 1 and row["status"] == "single_origin"


def _agency_report(after: str) -> dict[str, Any]:
    content = "wurde der Kran bereits im März als baufällig gemeldet"
    text = f"Wie die Agentur Nordpress berichtet, {content}, wie die städtischen Behörden {after}."
    src = span_at(text, "die Agentur Nordpress", id="s1", name="Nordpress", type="news_agency")
    via = span_at(text, "die städtischen Behörden", id="s2", name="städtischen Behörden", position="upstream",
                rule="via.phrase")
    return _analysis(text, [{**_attribution(text, "a1", src, "berichtet", content, [via]), "mode": "according_to"}])


def test_a_link_that_confirms_what_its_source_reports_is_an_origin_too() -> None:
    d = _agency_report("bestätigten")
    m = members_of(d)[0]
    assert m.upstream == [] and m.confirmed_by == "städtischen Behörden"
    row = _row(d, "Kran")
    assert row["independent_origins"] == 2 and row["status"] == "corroborated"
    assert "link.origin.confirming_link" in row["origin_rules"]


def test_a_link_the_source_has_it_from_stays_its_origin() -> None:
    d = _agency_report("mitteilten")
    assert members_of(d)[0].upstream == [("städtischen Behörden", "unnamed")]
    row = _row(d, "Kran")
    # (the unnamed authorities the agency has it from: an anonymous source of the agency's)
    assert row["independent_origins"] == 1 and row["origin_rules"] == ["link.origin.anonymous_relayed"]


def test_confirms_after_reads_the_verb_in_the_links_clause() -> None:
    text = "…, wie das Amt inzwischen bestätigte. Später berichtete die Zeitung, man habe es bestätigt."
    assert confirms_after(text, span_at(text, "das Amt"))
    text = "…, as the port authority said. Officials later confirmed it."
    assert not confirms_after(text, span_at(text, "the port authority"))


def test_a_speaker_who_quotes_another_relays_them() -> None:
    inner = "that the crane had been inspected in March"
    outer = f"The harbour board said {inner}"
    text = f"Dock workers gathered on Friday. “{outer},” Ola Brandt said. “It was never a secret.”"
    ola = span_at(text, "Ola Brandt", id="s1", name="Ola Brandt", type="person")
    board = span_at(text, "The harbour board", id="s2", name="harbour board", type="institution")
    atts = [_attribution(text, "a1", ola, "said", outer, mode="direct"),
            {**_attribution(text, "a2", board, "said", inner), "via": [{**ola, "position": "downstream", "rule": "t"}]}]
    lk = Linker("hashing", thresholds={"claim_same_doc": 0.5})  # (the two contents as one claim)
    lk.add([_analysis(text, atts, "en")])
    row = next(r for r in lk.claim_rows() if len(r["members"]) == 2)
    assert row["origins"] == ["harbour board"] and row["independent_origins"] == 1
    # (the board's member is the origin by its own source; Ola Brandt's relays it and gives no rule)
    assert row["origin_rules"] == ["link.origin.quoting_relay", "link.origin.source"]
    assert [m["origin_rule"] for m in row["members"]] == ["link.origin.source", "link.origin.source"]


def test_a_joint_subject_of_bare_surnames_names_each_person() -> None:
    content = "their talks as a first step toward a shared harbour plan"
    text = f"The two mayors met on Friday. Lee and Ross described {content}."
    src = {**span_at(text, "Lee and Ross"), "id": "s1", "name": "Ann Lee", "type": "person"}
    row = _row(_analysis(text, [_attribution(text, "a1", src, "described", content)], "en"), "harbour plan")
    assert sorted(row["origins"]) == ["Ann Lee", "Ross"]
    assert row["status"] == "corroborated" and "link.origin.conjoined_surnames" in row["origin_rules"]


def test_a_content_that_tells_the_claim_as_anothers_relays_it() -> None:
    claim = "that the ferry had left the quay an hour late"
    told = "the harbour master had buried Arno Pell’s claim that the ferry had left the quay an hour late"
    text = f"Arno Pell said on Monday {claim}. Weeks later, Mia Stone wrote {told}."
    pell = span_at(text, "Arno Pell", id="s1", name="Arno Pell", type="person")
    stone = span_at(text, "Mia Stone", id="s2", name="Mia Stone", type="person")
    lk = Linker("hashing", thresholds={"claim_same_doc": 0.5})  # (the two contents as one claim)
    lk.add([_analysis(text, [_attribution(text, "a1", pell, "said", claim),
                             _attribution(text, "a2", stone, "wrote", told)], "en")])
    row = next(r for r in lk.claim_rows() if len(r["members"]) == 2)
    assert row["origins"] == ["Arno Pell"] and row["origin_rules"] == ["link.origin.quoting_relay", "link.origin.source"]


def test_a_denial_of_this_charge_points_back_past_a_sentence_adverb() -> None:
    text = ("Die Hafenbehörde wirft den Fischern vor, die Netze zu weit draußen gesetzt zu haben. "
            "Die Fischer bestreiten ihrerseits diesen Vorwurf und verweisen auf ihre alten Rechte.")
    cue = span_at(text, "bestreiten")
    assert denies_back(text, cue, text.index("verweisen"))
    # (a content that says what is denied, or a noun without a pointing word, points nowhere)
    other = "Die Fischer bestreiten den Vorwurf, dass die Netze zu weit draußen standen."
    assert not denies_back(other, span_at(other, "bestreiten"), other.index("dass"))
    other = "Die Fischer bestreiten jedoch Vorwürfe und verweisen auf ihre alten Rechte."
    assert not denies_back(other, span_at(other, "bestreiten"), other.index("verweisen"))
    authority = span_at(text, "Die Hafenbehörde", id="s1", name="Hafenbehörde", type="institution")
    fishers = span_at(text, "Die Fischer", id="s2", name="Fischer", type="unnamed")
    d = _analysis(text, [_attribution(text, "a1", authority, "wirft", "die Netze zu weit draußen gesetzt zu haben"),
                         {**_attribution(text, "a2", fishers, "bestreiten", "verweisen auf ihre alten Rechte"),
                          "status": "denied"}])
    row = _row(d, "Netze")
    assert row["status"] == "contested" and row["denied_by"] == ["Fischer"]


def test_no_evidence_found_for_it_points_back() -> None:
    assert points_back("Taucher fanden dafür bisher keine Belege.", denial=False, negated=True)[0] == "no_evidence"
    assert points_back("Inspectors found no evidence of it.", denial=False, negated=True)[0] == "no_evidence"
    # (what no evidence was found for, told in the content itself, points nowhere)
    assert points_back("Es gebe keine Belege für eine Gefahr am Kai, hieß es.", denial=False, negated=True) is None
    assert points_back("There is no evidence that the crane was ever unsafe.", denial=False, negated=True) is None
    text = ("Der Kranführer Ole Brandt erklärte, der Kran sei schon seit Wochen baufällig gewesen. "
            "Gutachter fanden dafür jedoch keine Belege.")
    ole = span_at(text, "Der Kranführer Ole Brandt", id="s1", name="Ole Brandt", type="person")
    experts = span_at(text, "Gutachter", id="s2", name="Gutachter", type="unnamed")
    d = _analysis(text, [_attribution(text, "a1", ole, "erklärte", "der Kran sei schon seit Wochen baufällig gewesen"),
                         _attribution(text, "a2", experts, "fanden", "Gutachter fanden dafür jedoch keine Belege")])
    row = _row(d, "baufällig")
    assert row["status"] == "contested" and row["denied_by"] == ["Gutachter"]


def test_a_cue_whose_speaker_was_not_found_tells_someones_words() -> None:
    # "…, heißt es" with no speaker read: someone said it (one origin, the outlet standing for them),
    # not a claim no one gives a source for ("ersten Annahmen zufolge": unsourced)
    content = "Der Kran sei schon seit dem Winter nicht mehr gewartet worden"
    text = f"Am Hafen ruht die Arbeit. {content}, heißt es aus dem Umfeld."
    att = {**_attribution(text, "a1", {}, "heißt es", content), "source": None}
    row = _row(_analysis(text, [att]), "Kran")
    assert row["independent_origins"] == 1 and row["status"] == "single_origin"
    # (the outlet stands for the speaker not found: the rule of its origin, and of the claim's)
    assert row["origin_rules"] == ["link.origin.outlet", "link.origin.speaker_unread"]
    text = f"Am Hafen ruht die Arbeit. {content}, ersten Annahmen zufolge."
    src = span_at(text, "ersten Annahmen", id="s1", name="ersten Annahmen", type="unnamed")
    row = _row(_analysis(text, [{**_attribution(text, "a1", src, "zufolge", content), "mode": "according_to"}]), "Kran")
    assert row["independent_origins"] == 0 and row["status"] == "unsourced"


def test_every_member_names_the_rule_that_chose_its_origin() -> None:
    # a named person (the first link of the chain), an anonymous group (of its article), an
    # unattributed sentence (its outlet), and a spokesperson (the principal): each member's
    # `origin_rule` says which path of `Linker._origin` chose its origin
    groups = "Die Kaimauer habe schon seit dem Winter Risse gezeigt"
    person = "der Kran werde am Montag abgebaut"
    spoke = "die Sperrung gelte bis Ende Mai"
    text = (f"Am Hafen wurde gestern gesperrt. {groups}, sagten Taucher am Abend. "
            f"Ina Sorge sagte, {person}. Ein Sprecher des Hafenamts erklärte, {spoke}.")
    atts = [_attribution(text, "a1", span_at(text, "Taucher", id="s1", name="Taucher", type="unnamed"), "sagten", groups),
            _attribution(text, "a2", span_at(text, "Ina Sorge", id="s2", name="Ina Sorge", type="person"), "sagte", person),
            _attribution(text, "a3", {**span_at(text, "Ein Sprecher des Hafenamts"), "id": "s3", "name": "Sprecher des Hafenamts",
                                      "type": "unnamed"}, "erklärte", spoke)]
    d = _analysis(text, atts)
    lk = Linker("hashing")
    lk.add([d])
    rule_of = {d["text"][m["start"] : m["end"]]: m["origin_rule"] for r in lk.claim_rows() for m in r["members"]}
    assert rule_of[groups] == "link.origin.anonymous"
    assert rule_of[person] == "link.origin.source"
    assert rule_of[spoke] == "link.origin.spokesperson"
    assert all(str(r).startswith("link.origin.") for r in rule_of.values())


def _tail_doc(tail: str) -> dict[str, Any]:
    content = "that the old crane had been unsafe for years"
    sentence = f"Ina Sorge admitted {content}{tail}"
    text = f"The harbour was closed on Friday. {sentence}"
    src = span_at(text, "Ina Sorge", id="s1", name="Ina Sorge", type="person")
    d = _analysis(text, [_attribution(text, "a1", src, "admitted", content)], "en")
    d["claims"] = [{"start": text.index(sentence), "end": len(text), "status": "attributed", "attributions": ["a1"]}]
    return d


def test_a_second_speech_act_after_an_attribution_in_its_sentence_is_a_member() -> None:
    # "X admitted that …, and vowed to …": the analysis read the first clause only; the tail after
    # the attribution's words, with a cue verb of its own, is a sentence member (its outlet stands
    # for its speaker): a claim of one origin, not a claim with no member
    d = _tail_doc(", and vowed to rebuild the whole harbour wall before the autumn storms.")
    tails = [m for m in members_of(d) if m.rule == "link.claim.sentence_tail"]
    assert [m.text for m in tails] == ["and vowed to rebuild the whole harbour wall before the autumn storms."]
    row = _row(d, "harbour wall")
    assert row["independent_origins"] == 1 and row["status"] == "single_origin"
    # a tail with no cue verb, or none at all, is no member
    assert not [m for m in members_of(_tail_doc(", and the whole harbour wall before the autumn storms."))
                if m.rule == "link.claim.sentence_tail"]
    assert len(members_of(_tail_doc("."))) == 1  # (the attribution alone)


def test_an_unnamed_source_of_two_is_two_origins() -> None:
    # "Both captains said …" (two people, as "X and Y both said"); "die beiden Taucherinnen"; a group
    # not told as two, or "both" before no plural noun, stays one origin
    assert dual_group("Both captains", "en") == "captains" and dual_group("die beiden Taucherinnen", "de") == "Taucherinnen"
    assert dual_group("both men", "en") == "men"
    assert dual_group("both agree on a harbour tax", "en") is None and dual_group("captains", "en") is None
    assert dual_group("both Ann Lee and Ben Ross", "en") is None
    content = "that the pilot boat had left the harbour without its radar"
    text = f"The inquiry opened on Monday. Both captains told the board {content}."
    src = span_at(text, "Both captains", id="s1", name="Both captains", type="unnamed")
    row = _row(_analysis(text, [_attribution(text, "a1", src, "told", content)], "en"), "pilot boat")
    assert row["independent_origins"] == 2 and row["status"] == "corroborated"
    assert row["origin_rules"] == ["link.origin.dual"] and row["members"][0]["origin_rule"] == "link.origin.dual"
    text = f"The inquiry opened on Monday. The captains told the board {content}."
    src = span_at(text, "The captains", id="s1", name="captains", type="unnamed")
    assert _row(_analysis(text, [_attribution(text, "a1", src, "told", content)], "en"), "pilot boat")["independent_origins"] == 1


#: an unattributed sentence with a verb of speech (a member of its own: `members.sentence_members`)
UNREAD = "Am Südkai warnte man vor langen Wartezeiten an der Schleuse."


def _member_rules(d: dict[str, Any]) -> dict[str, str | None]:
    at = d["text"].index(UNREAD)
    d["claims"] = [{"start": at, "end": at + len(UNREAD), "attributions": []}]
    lk = Linker("hashing")
    lk.add([d])
    return {d["text"][m["start"] : m["end"]]: m["origin_rule"] for r in lk.claim_rows() for m in r["members"]}


def test_every_origin_carries_the_rule_that_chose_it() -> None:
    # (session 21: the spokesperson, anonymous, chain and outlet paths named no rule)
    said = [("Der Kran am Nordkai werde im Mai ersetzt", "Ein Sprecher des Hafenamts", "Sprecher des Hafenamts", "unnamed", "sagte"),
            ("Die Fähre nach Lindholm fahre wieder stündlich", "Ina Sorge", "Ina Sorge", "person", "sagte"),
            ("Der Zoll plane eine zweite Halle am Südkai", "Mitarbeiter", "Mitarbeiter", "unnamed", "berichteten")]
    text = " ".join(f"{c}, {cue} {w}." for c, w, _, _, cue in said) + " " + UNREAD
    atts = [_attribution(text, f"a{i}", span_at(text, w, id=f"s{i}", name=n, type=t), cue, c)
            for i, (c, w, n, t, cue) in enumerate(said)]
    # (the cue of each sentence: the first after its content)
    for a, (c, _, _, _, cue) in zip(atts, said):
        at = text.index(cue, text.index(c))
        a["cue"] = {"start": at, "end": at + len(cue), "text": cue}
    rules = _member_rules(_analysis(text, atts))
    assert rules["Der Kran am Nordkai werde im Mai ersetzt"] == "link.origin.spokesperson"
    assert rules["Die Fähre nach Lindholm fahre wieder stündlich"] == "link.origin.source"
    assert rules["Der Zoll plane eine zweite Halle am Südkai"] == "link.origin.anonymous"
    # an unattributed sentence of the article: its outlet
    assert rules[UNREAD] == "link.origin.outlet"


def test_the_start_of_a_chain_and_a_credited_agency_carry_their_rules() -> None:
    content = "wurde der Kran bereits im März als baufällig gemeldet"
    text = (f"Hafenstadt (dpa) – Wie die Agentur Nordpress unter Berufung auf Ina Sorge berichtet, {content}. "
            + UNREAD)
    src = span_at(text, "die Agentur Nordpress", id="s1", name="Nordpress", type="news_agency")
    via = span_at(text, "Ina Sorge", id="s2", name="Ina Sorge", position="upstream", rule="via.phrase")
    d = _analysis(text, [{**_attribution(text, "a1", src, "berichtet", content, [via]), "mode": "according_to"}])
    rules = _member_rules(d)
    assert rules[content] == "link.origin.chain_start"
    assert rules[UNREAD] == "link.origin.credited_agency"
