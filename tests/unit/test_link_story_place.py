"""The places two articles' titles and leads name (`events.lead_places`, `place_agreement`, rule
`link.story.place`): reports of one kind of happening in two places — a primary in one state and the
next in another — are two stories. Invented documents."""

from __future__ import annotations

import pytest

pytest.importorskip("hnswlib")
pytest.importorskip("datasketch")

from tests.link_helpers import title_and_body as analysed

from sourcetrace.link.events import EventKey, event_key, lead_places, place_agreement
from sourcetrace.link.linker import THRESHOLDS, StoryCandidate, best_story_neighbour, story_score


def key(places: set[str]) -> EventKey:
    return EventKey(frozenset(), frozenset(), frozenset(), places=frozenset(places))


def test_places_of_a_lead_by_their_key_across_languages() -> None:
    two = lead_places("Holm wins the Nevada caucus; Ross looks to South Carolina")
    assert len(two) == 2 and two == lead_places("South Carolina, then Nevada")
    # the longer name first: West Virginia is not Virginia
    assert len(lead_places("A quiet count in West Virginia")) == 1
    assert not lead_places("A quiet count in West Virginia") & lead_places("A quiet count in Virginia")
    # German and English forms of one place are one key
    assert lead_places("Landtagswahl in Bayern") == lead_places("State election in Bavaria")
    assert lead_places("Moskau weist Vorwürfe zurück") == lead_places("Moscow rejects the charges")
    # no place: nothing ("Jersey cows" is no New Jersey, "Georgetown" no Georgia)
    assert lead_places("Jersey cows graze near Georgetown") == frozenset()


def test_places_agree_differ_or_say_nothing() -> None:
    iowa, ohio = key({"iowa"}), key({"ohio"})
    assert place_agreement(iowa, ohio) == -1
    assert place_agreement(iowa, key({"iowa", "ohio"})) == 1
    assert place_agreement(iowa, key(set())) == 0


def test_the_places_come_from_the_title_and_lead() -> None:
    first = analysed("a", "Holm takes the Nevada caucus", "Holm won the caucus in Nevada on Saturday night.", "2026-02-21")
    second = analysed("b", "Holm looks ahead", "Holm won the primary in South Carolina, his aides said.", "2026-02-28")
    late = analysed("c", "Holm looks ahead", "Holm spoke to reporters. " + "He thanked his staff. " * 60
                    + "Later he flew to Nevada.", "2026-02-28")
    assert event_key(first).places == lead_places("Nevada")
    assert place_agreement(event_key(first), event_key(second)) == -1
    assert event_key(late).places == frozenset()  # a place far below the lead is no place of the lead
    # (kept in the key's dict form, read back as it was)
    assert EventKey.from_dict(event_key(first).as_dict()) == event_key(first)


def test_a_look_alike_of_the_same_kind_in_another_place_falls_below_the_bar() -> None:
    t = THRESHOLDS["use"]
    other = StoryCandidate("other", t["story"] + 0.05, 0, kinds=1, places=-1)
    assert story_score(other, t) == pytest.approx(t["story"] + 0.05 - t["story_place_other"])
    assert best_story_neighbour([other], t) is None
    # the same place, no place on one side, or no kind in common: the term does not apply
    assert best_story_neighbour([other._replace(places=1)], t) == "other"
    assert best_story_neighbour([other._replace(places=0)], t) == "other"
    assert best_story_neighbour([other._replace(kinds=0)], t) == "other"


def test_an_outlet_whose_name_holds_a_place_names_no_place() -> None:
    # the outlet credited in a lead is not where the happening is
    assert lead_places("Kessler wins in Ohio, the Washington Post reports") == lead_places("Kessler wins in Ohio")
    assert lead_places("Harrow leads in Utah, according to The New York Times") == lead_places("Harrow leads in Utah")
    assert lead_places("Die Wahl in Bayern, meldet die Agence France-Presse") == lead_places("Die Wahl in Bayern")
    # two primaries in two states, each credited to one paper: places apart, not one place in common
    a = EventKey(frozenset(), frozenset(), frozenset(), places=lead_places("Ohio votes today, the Washington Post says"))
    b = EventKey(frozenset(), frozenset(), frozenset(), places=lead_places("Utah votes today, the Washington Post says"))
    assert place_agreement(a, b) == -1
    # the place itself still counts, before a word that is no outlet's
    assert lead_places("New York voters and Washington lawmakers") == lead_places("Washington and New York")


def test_a_person_named_like_a_country_is_no_place_of_the_lead() -> None:
    # "Georgia Smith", "Israel Mendes": a country's name as a given name names no place where the analysis
    # reads the words as a person (a person source's mention or a person entity; session 29)
    lead = "Georgia Smith, the harbor director, said the ferry would run hourly. Israel Mendes disagreed."
    assert lead_places(lead) == lead_places("Georgia and Israel")
    assert lead_places(lead, {"Georgia Smith", "Israel Mendes"}) == frozenset()
    # the place itself still counts beside the person, and a "person" that is wholly a place's name is none
    assert lead_places("Georgia Smith wins in Georgia", {"Georgia Smith"}) == lead_places("Georgia")
    assert lead_places("Rally in Hong Kong", {"Hong Kong"}) == lead_places("Hong Kong")
    doc = analysed("p", "Ferry plan approved", "Georgia Smith, the harbor director, said the ferry would run hourly.", "2026-03-02")
    assert event_key(doc).places == lead_places("Georgia")  # (no person known: the bare rule)
    doc["sources"] = [{"id": "s1", "name": "Georgia Smith", "type": "person", "aliases": [],
                       "mentions": [{"start": 21, "end": 34, "text": "Georgia Smith"}]}]
    assert event_key(doc).places == frozenset()
    doc["sources"] = []
    doc["entities"] = [{"start": 21, "end": 34, "text": "Georgia Smith", "label": "PER"}]
    assert event_key(doc).places == frozenset()


def test_a_place_in_a_persons_description_stays_a_place_of_the_lead() -> None:
    # a person source's mention is often a description holding a place ("New Jersey Gov. …", "the Florida
    # senator", "… of Iowa"): that place is the lead's all the same; only a place's name beside a word of the
    # name proper ("Tom Israel") is part of the person's name
    for lead, name in [("New Jersey Gov. Ann Holt signed the ferry bill.", "New Jersey Gov. Ann Holt"),
                       ("The Florida senator spoke at the quay.", "The Florida senator"),
                       ("Gov. Ann Holt of Iowa spoke at the quay.", "Gov. Ann Holt of Iowa"),
                       ("Texas Senator Ann Holt spoke at the quay.", "Texas Senator Ann Holt")]:
        assert lead_places(lead, {name}) == lead_places(lead) != frozenset(), lead
    lead = "Rep. Tom Israel (D-Ohio) spoke at the quay."
    assert lead_places(lead, {"Rep. Tom Israel (D-Ohio)"}) == lead_places("Ohio")


def test_a_person_sources_description_keeps_its_place_in_the_event_key() -> None:
    # a person source's mention that writes a description around the name keeps the description's place;
    # the name proper inside it ("Tom Israel") is no place
    lead = "New Jersey Gov. Ann Holt and Rep. Tom Israel (D-Ohio) opened the ferry line."
    doc = analysed("q", "Ferry line opens", lead, "2026-03-02")
    start = doc["text"].index("New Jersey")
    doc["sources"] = [{"id": "s1", "name": "Ann Holt", "type": "person", "aliases": [],
                       "mentions": [{"start": start, "end": start + 24, "text": "New Jersey Gov. Ann Holt"}]},
                      {"id": "s2", "name": "Tom Israel", "type": "person", "aliases": [],
                       "mentions": [{"start": start + 29, "end": start + 53, "text": "Rep. Tom Israel (D-Ohio)"}]}]
    assert event_key(doc).places == lead_places("New Jersey and Ohio")


def test_a_state_by_its_newswire_abbreviation_is_the_state() -> None:
    # a dateline's or a lead's "N.H.", "Fla.": the state written in full, and another state's abbreviation another place
    assert lead_places("DOVERTON, N.H. - Ann Holm drew a crowd at a diner") == lead_places("Holm's day in New Hampshire")
    assert lead_places("Ben Ross held a rally in Tampa, Fla., on Monday") == lead_places("A Florida rally for Ross")
    assert place_agreement(key(lead_places("Ross rallies in Selby, N.C.")),
                           key(lead_places("Ross rallies in Tampa, Fla."))) == -1
    # "W. Va." is West Virginia, not Virginia; an independent's "I-Ind." names no state
    assert lead_places("A count in Elkton, W. Va.") == lead_places("A count in West Virginia")
    assert lead_places("Sen. Ann Holm (I-Ind.) spoke") == frozenset()


def test_an_abbreviation_that_is_also_a_word_names_its_state_only_after_a_comma_or_hyphen() -> None:
    # "Mass." ends a sentence as the church service; after a dateline's comma or a party's hyphen it is the state
    assert lead_places("The bishop celebrated Mass. Hundreds of pilgrims came") == frozenset()
    assert lead_places("QUINCY, Mass. - Ann Holm drew a crowd") == lead_places("Holm in Massachusetts")
    assert lead_places("Sen. Ed Roe (D-Mass.) spoke") == lead_places("Holm in Massachusetts")
