"""One content, one attribution (issues 7 and 9): a report that points back at the sentence
before ("Das berichtete X") claims nothing of its own when a tag inside that sentence already
attributes the content to someone else; its source becomes a link of the chain, or the origin
behind a medium's tag (`steps.sources.overlaps`). Sentences of our own."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse

import sourcetrace
from sourcetrace.document import Attribution, Document

analyze = partial(analyse, lang="de", date="2025-05-06")


def chain(doc: Document, a: Attribution) -> tuple[str | None, list[str]]:
    names = {s.id: s.name for s in doc.sources}
    return names.get(a.source or ""), [v.name for v in a.via if v.rule != "via.credit"]


def test_the_tag_beside_the_content_stays_and_the_report_is_its_link() -> None:
    doc = analyze("Ein Händler verkaufte die Geräte nach eigener Aussage an eine Firma in Bremen. "
                  "Das ergab eine Recherche des Norddeutschen Rundfunks.")
    assert len(doc.attributions) == 1
    a = doc.attributions[0]
    assert chain(doc, a) == ("Händler", ["NDR"]) and a.rule.endswith("+one_content.tag")
    doc = analyze("Wie aus Konzernkreisen verlautete, will die Firma ihr Werk in Kiel umbauen. "
                  "Das berichtete die Zeitung „Nordblick“ am Montag.")
    assert len(doc.attributions) == 1
    assert chain(doc, doc.attributions[0]) == ("Konzernkreisen", ["Nordblick"])


def test_behind_a_medium_the_report_names_the_origin() -> None:
    doc = analyze("Laut dem Sender Phoenix ist in Bremen ein Verdächtiger festgenommen worden. Dies gab die Polizei bekannt.")
    assert len(doc.attributions) == 1
    a = doc.attributions[0]
    assert chain(doc, a) == ("Polizei", ["Phoenix"]) and a.rule.endswith("+one_content.medium_relays")


def test_a_person_who_says_it_again_is_no_link() -> None:
    doc = analyze("Weiter sagte Berg: „Wir werden alles offenlegen.“ Dies sagte der Chef des Unternehmens vor Kunden.")
    assert [chain(doc, a) for a in doc.attributions] == [("Berg", [])]


def test_a_report_without_a_tag_before_it_stays() -> None:
    doc = analyze("Die Firma will ihr Werk in Kiel umbauen. Das berichtete die Zeitung „Nordblick“ am Montag.")
    assert [chain(doc, a) for a in doc.attributions] == [("Nordblick", [])]


def test_hearsay_told_by_the_report_stays_two_claims() -> None:
    doc = analyze("So soll der Vorsitzende Jan Ott gesagt haben, dass die Kasse leer sei. "
                  "Dies erklärte die frühere Schatzmeisterin Eva Lind in einer Versicherung.")
    chains = dict(chain(doc, a) for a in doc.attributions)
    assert len(chains) == 2 and len(chains.pop("Jan Ott")) == 1  # Ott's words, relayed by Lind
    # (Lind's own report, no link; her name is read with her role words beside it, which is no
    # concern of this rule: the test does not pin it)
    [(lind, links)] = chains.items()
    assert str(lind).endswith("Eva Lind") and links == []


def test_behind_an_unnamed_group_the_report_names_who() -> None:
    doc = analyze("Unterdessen haben einige Abgeordnete angekündigt, sie würden eine Klage prüfen. "
                  "Dies äußerten der Abgeordnete Tom Weber sowie die Abgeordnete Ina Roth.")
    assert len(doc.attributions) == 1
    a = doc.attributions[0]
    assert "Weber" in str(chain(doc, a)[0]) and a.rule.endswith("+one_content.named")
    assert doc.span_text(a.content[0]) == "sie würden eine Klage prüfen"
    assert all(s.name != "Abgeordnete" for s in doc.sources)  # the group the tag named says nothing now


def test_a_description_is_never_the_person_its_own_quotation_names() -> None:
    doc = sourcetrace.analyze("Tom Reed called on Justice Ann Miller to step down. Reed said the justice was wrong.\n\n"
                              "“Justice Miller has shamed the whole court with what she said about me,” the likely Republican "
                              "nominee wrote in a post. “Step down!”", date="2025-05-06", lang="en")
    names = {s.id: s.name for s in doc.sources}
    posted = [a for a in doc.attributions if "shamed" in doc.span_text(a.content[0])]
    assert posted and names.get(posted[0].source or "") != "Ann Miller"
