"""German sources with one name and two types are one source (`source.merge.same_name`, steps/sources/admit.py,
session 29): a survey named by its owner ("die Nordblick-Umfrage") and the owner speaking by name
("Nordblick erklärte") are one entry, the survey's name an alias; a survey by another name stays apart.
Our own invented sentences."""

from __future__ import annotations

from tests.attribution_helpers import de, link_names, one

SURVEY = ("Mieten steigen weiter.\n\n"
          "Die Mieten in Kiel steigen weiter. In der Nordblick-Umfrage gaben 60 Prozent der Befragten an, sie fänden "
          "keine Wohnung.\n\n"
          "Nordblick erklärte am Montag, die Zahlen seien alarmierend.\n")


def test_a_survey_by_its_owners_name_and_the_owner_are_one_source() -> None:
    doc = de(SURVEY)
    owners = [s for s in doc.sources if "Nordblick" in s.name or "Nordblick-Umfrage" in s.aliases]
    assert len(owners) == 1 and "Nordblick-Umfrage" in [owners[0].name, *owners[0].aliases]
    said = one(doc, "Zahlen seien alarmierend")
    assert said.source == owners[0].id
    answered = one(doc, "keine Wohnung")
    assert [v.source for v in answered.via] == [owners[0].id]  # the survey's link is that source
    assert answered.via[0].name == owners[0].name == "Nordblick"


def test_a_survey_by_another_name_stays_its_own_source() -> None:
    doc = de(SURVEY.replace("In der Nordblick-Umfrage", "In der Südblick-Umfrage"))
    names = sorted(s.name for s in doc.sources)
    assert "Südblick-Umfrage" in names and "Nordblick" in names
    assert link_names(one(doc, "keine Wohnung")) == ["Südblick-Umfrage"]


def test_an_untyped_source_with_a_persons_name_is_that_person() -> None:
    from sourcetrace.document import Document, Span
    from sourcetrace.steps.lexicon import lang
    from sourcetrace.steps.sources import Registry
    from sourcetrace.steps.sources.admit import _same_name
    from sourcetrace.steps.sources.mentions import MentionInfo

    text = "Jorunn Kessler sagte das. Mieterbund-Chefin Jorunn Kessler sagte es. Die Firma Kessler schwieg."
    reg = Registry(Document(text=text))
    untyped = reg.add(MentionInfo("Jorunn Kessler", "Jorunn Kessler", "unnamed"), Span(0, 14), "source.unnamed")
    person = reg.add(MentionInfo("Jorunn Kessler", "Jorunn Kessler", "person", person_tokens=["Jorunn", "Kessler"]),
                     Span(44, 58), "source.person.entity")
    firm = reg.add(MentionInfo("Firma Kessler", "Kessler", "company"), Span(70, 83), "source.company")
    assert untyped != person  # (the registry keys a person by its name's tokens, an untyped source by its name)
    listed = {untyped, person, firm}
    assert _same_name(reg, reg.get(untyped), listed - {untyped}, lang("de")) == person
    # a typed source keeps its own entry; a person and a firm of one surname are two
    assert _same_name(reg, reg.get(person), listed - {person}, lang("de")) is None
    assert _same_name(reg, reg.get(firm), listed - {firm}, lang("de")) is None


def test_a_bare_head_noun_is_the_one_compound_named_before() -> None:
    # `source.merge.compound_head` (session 36): "laut Ministerium" after "das Bildungsministerium"
    text = ("Das Bildungsministerium hat ein Rundschreiben verschickt. Solche Besuche seien möglich, teilte das "
            "Bildungsministerium mit. Die Lehrer müssen laut Ministerium dafür sorgen, dass keine Werbung gemacht wird.")
    doc = de(text)
    assert [s.name for s in doc.sources] == ["Bildungsministerium"]
    a = one(doc, "Lehrer")
    assert a.source == doc.sources[0].id and a.rule.endswith("+source.merge.compound_head")
    # two ministries named before: which one is meant stays open
    doc = de(text.replace("Das Bildungsministerium hat", "Das Innenministerium und das Bildungsministerium haben")
             .replace("Solche Besuche seien möglich, teilte das Bildungsministerium mit.",
                      "Solche Besuche seien möglich, teilte das Bildungsministerium mit. Die Polizei helfe, teilte das Innenministerium mit."))
    assert "Ministerium" in [s.name for s in doc.sources]


def test_a_bare_head_noun_after_two_compounds_of_which_one_speaks_stays_apart() -> None:
    # review of session 36: the other ministry is named before the bare noun, though it claims nothing
    text = ("Das Verkehrsministerium teilte am Montag mit, die Brücke werde später fertig. Das Umweltministerium hatte "
            "zuvor Bedenken angemeldet. Laut Ministerium fehlen noch zwei Gutachten.")
    doc = de(text)
    assert "Ministerium" in [s.name for s in doc.sources]
    assert not one(doc, "Gutachten").rule.endswith("+source.merge.compound_head")
