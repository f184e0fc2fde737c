"""German sources, session 33 (issue 7: a source is a noun phrase that names someone, one entity per
real-world source, typed right; sentences of our own): bodies named by their field are typed
(resources/de/lexicon.json `type_heads`: an airline, a chamber, a coast guard, an army, a police
directorate); a body of a place is named with its head noun, and two bodies of one place are two
sources (`source.name.body_of_place`, `source.body_of_place`); a name of no known type that a
definite description of a body later stands for is that one source, of the description's type
(`source.description.typed_name`); a name after an article with a noun after it is no two-word name
("hatte die Nordair Erfolg"); a fronted participle the entity model reads as a name is no
antecedent of "er"; a bare role noun stands for its holder named with it (`source.role_of_named`);
the epithet of the head of the church stands for the pope the text names (`role_variants`)."""

from __future__ import annotations

from tests.attribution_helpers import de

from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources import analyse_mention


def _sources(text: str) -> dict[str, tuple[str, str]]:
    doc = de(text)
    return {s.name: (s.type, s.rule) for s in doc.sources}


def test_bodies_named_by_their_field_are_typed() -> None:
    lx = lang("de")
    for text, typ in (("die Fluglinie", "company"), ("die Airline", "company"), ("der Verein", "ngo"),
                      ("die Arbeiterkammer", "ngo"), ("die Küstenwache", "government"), ("das Bundesheer", "military"),
                      ("die Landespolizeidirektion", "police"), ("der Rechnungshof", "government")):
        assert analyse_mention(text, lx).type == typ, text


def test_a_body_of_a_place_is_named_with_its_head_noun() -> None:
    lx = lang("de")
    info = analyse_mention("das Militärkommando Tirol", lx)
    assert (info.name, info.type) == ("Militärkommando Tirol", "military")
    assert analyse_mention("die Zeitung Hafenbote", lx).name == "Hafenbote"  # a name, no place: the name alone


def test_two_bodies_of_one_place_are_two_sources() -> None:
    found = _sources("Schnee in den Bergen\n\nDas Militärkommando Nordmark teilte mit, 200 Soldaten seien im Einsatz. "
                     "Die Landwirtschaftskammer Nordmark sagte, die Schäden seien groß.\n")
    assert found.get("Militärkommando Nordmark", ("", ""))[0] == "military"
    assert found.get("Landwirtschaftskammer Nordmark", ("", ""))[0] == "ngo"
    assert "source.body_of_place" in found["Landwirtschaftskammer Nordmark"][1]


def test_a_description_of_a_body_types_the_name_it_stands_for() -> None:
    found = _sources("Streik gestoppt\n\nAm Mittwoch hatte die Nordair Erfolg. Die Nordair hatte vor Gericht argumentiert, "
                     "der Streik sei nicht rechtens. Die Airline gab bekannt, auch die Strecken nach Graz seien betroffen.\n")
    assert list(found) == ["Nordair"]  # one source, no "Nordair Erfolg", no "Airline" of its own
    assert found["Nordair"][0] == "company" and "source.description.typed_name" in found["Nordair"][1]


def test_a_description_after_a_body_named_by_its_noun_types_no_name() -> None:
    found = _sources("Studie veröffentlicht\n\nDie Nordair hatte argumentiert, die Studie sei falsch. Das Verkehrsministerium hat "
                     "die Studie publiziert. Das Ministerium erklärte, die Zahlen seien korrekt.\n")
    assert found["Nordair"][0] == "unnamed"


def test_a_fronted_participle_is_no_antecedent() -> None:
    doc = de("Streit um Reform\n\nDie Ministerin kritisierte die Kammern scharf. Verschnupft reagierte auch Kammer-Präsident "
             "Jan Roth. Wir sind Teil der Lösung, ließ er die Ministerin wissen.\n")
    assert [s.name for s in doc.sources] == ["Jan Roth"]


def test_a_bare_role_stands_for_its_holder() -> None:
    doc = de("Streit um Arbeitslosengeld\n\nKammer-Präsident Jan Roth warf der Ministerin vor, die Löhne drücken zu wollen. "
             "Das System garantiere laut Kammer-Präsident außerdem, dass niemand sein Erspartes verliere.\n")
    assert [s.name for s in doc.sources] == ["Jan Roth"]
    assert len(doc.sources[0].mentions) == 2


def test_the_epithet_of_the_pope_is_the_pope() -> None:
    doc = de("Messe in Rom\n\nPapst Leo besuchte am Sonntag die Stadt. Viele Menschen seien einsam, sagte der Heilige Vater.\n")
    assert [s.name for s in doc.sources] == ["Leo"]


def test_a_law_and_a_union_by_their_short_name_are_no_persons() -> None:
    lx = lang("de")
    assert analyse_mention("Sozialpaket IV", lx).type != "person"  # a law with its number
    assert analyse_mention("die IG Nordmetall", lx).type != "person"  # a short form in capitals first
    assert analyse_mention("Ludwig XIV", lx).type == "person"  # a given name and a number: a king
    doc = de("Streit um Sozialhilfe\n\nSozialpaket IV habe den Druck auf die Menschen erhöht, warnte die Armutskonferenz. "
             "Die IG Nordmetall sagte, die Löhne seien zu niedrig. Die Gewerkschaft erklärte, man werde streiken.\n")
    found = {s.name: s.type for s in doc.sources}
    assert "Sozialpaket IV" not in found
    assert found.get("IG Nordmetall") == "ngo"  # typed by the description that stands for it


def test_an_abstract_noun_is_no_listed_source() -> None:
    # source.drop.thing: the claim keeps the mention as written, the list names no one; a body whose
    # noun ends like an abstract one ("Parlament", `animate_endings`) stays
    doc = de("Mieten steigen\n\nDas Parlament erklärte, man werde handeln. Laut einer Vereinbarung sollen die Preise sinken.\n")
    assert [s.name for s in doc.sources] == ["Parlament"]
    dropped = [a for a in doc.attributions if a.rule.endswith("+source.drop.thing")]
    assert len(dropped) == 1 and dropped[0].source is None and dropped[0].source_span is not None


def test_european_agencies_and_a_union_federation_are_known_bodies() -> None:
    lx = lang("de")
    for text, typ in (("laut Europol", "international_org"), ("die EZB", "international_org"), ("der ÖGB", "ngo")):
        assert analyse_mention(text, lx).type == typ, text



def test_bodies_in_the_plural_are_no_things() -> None:
    from sourcetrace.document import Span
    from sourcetrace.steps.sources.admit import _de_thing_mention

    text = "Neue Regeln\n\nDie Elternvertretungen und die Vereinbarung stehen fest.\n"
    doc = de(text)
    lx = lang("de")
    body, thing = text.index("Die Elternvertretungen"), text.index("die Vereinbarung")
    assert not _de_thing_mention(doc, Span(body, body + len("Die Elternvertretungen")), lx)
    assert _de_thing_mention(doc, Span(thing, thing + len("die Vereinbarung")), lx)
