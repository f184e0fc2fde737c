"""Claims across articles (issue 9): a contrary claim contests what it answers though it shares
none of its words — a retort ("hit back", "konterte") answers the claim told just before it, a
speaker who quotes another's words to call them absurd disputes them, and a denial whose object
only points back ("streitet das ab, …") denies what was told before it. Invented texts, analyses
written by hand, the hashing encoder."""

from __future__ import annotations

from typing import Any

import pytest

from sourcetrace.link import Linker
from sourcetrace.link.claims import denies_back, members_of, points_back, retorts


def _analysis(text: str, parts: list[tuple[str, str, str]], lang: str = "en", doc_id: str = "d1") -> dict[str, Any]:
    """A document whose attributions are (source, cue, content), each found in the text in order."""
    atts, sources, at = [], [], 0
    for i, (source, cue, content) in enumerate(parts, 1):
        k = text.index(content, at)
        s = text.index(source, max(0, k - 200) if text.index(source) > k else 0)
        c = text.index(cue, min(s, k))
        at = k + len(content)
        atts.append({"id": f"a{i}", "mode": "indirect", "rule": "t", "status": "attributed", "via": [],
                     "source": {"start": s, "end": s + len(source), "text": source, "id": f"s{i}", "name": source,
                                "type": "person"},
                     "cue": {"start": c, "end": c + len(cue), "text": cue},
                     "content": [{"start": k, "end": k + len(content), "text": content}]})
        sources.append({"id": f"s{i}", "name": source, "aliases": [], "type": "person"})
    return {"id": doc_id, "outlet": "Harbour Post", "date": "2026-04-09", "title": "Harbour", "language": lang,
            "text": text, "segments": [{"kind": "body", "start": 0, "end": len(text), "rule": "t"}],
            "attributions": atts, "sources": sources, "hedges": [], "timexes": [], "quantities": []}


def _row_of(d: dict[str, Any], source: str) -> dict[str, Any]:
    lk = Linker("hashing")
    lk.add([d])
    return next(r for r in lk.claim_rows() if any(m["source"] == source and m["stance"] == "asserts" for m in r["members"]))


def test_a_retort_contests_the_claim_it_answers() -> None:
    text = ("Mayor Anna Berg said that the harbour was no longer safe for the island ferries. "
            "“The harbour is perfectly safe,” the port director Karl Lund hit back on Tuesday.")
    d = _analysis(text, [("Anna Berg", "said", "that the harbour was no longer safe for the island ferries"),
                         ("Karl Lund", "hit", "The harbour is perfectly safe")])
    assert members_of(d)[1].retorts
    row = _row_of(d, "Anna Berg")
    assert row["status"] == "contested" and row["denied_by"] == ["Karl Lund"]
    assert row["independent_origins"] == 1


def test_a_reply_that_is_no_retort_contests_nothing() -> None:
    text = ("Mayor Anna Berg said that the harbour was no longer safe for the island ferries. "
            "“We will build a new quay next spring,” the port director Karl Lund replied on Tuesday.")
    d = _analysis(text, [("Anna Berg", "said", "that the harbour was no longer safe for the island ferries"),
                         ("Karl Lund", "replied", "We will build a new quay next spring")])
    assert not members_of(d)[1].retorts
    assert _row_of(d, "Anna Berg")["status"] == "single_origin"


def test_retort_cues_of_two_words_and_split_verbs() -> None:
    text = "“Nonsense,” she fired back. Die Ministerin hielt ihm entgegen, der Hafen sei sicher. He fired the coach."
    at = text.index("fired")
    assert retorts(text, {"text": "fired", "start": at, "end": at + 5})
    at = text.index("hielt")
    assert retorts(text, {"text": "hielt", "start": at, "end": at + 5})
    at = text.index("fired the")
    assert not retorts(text, {"text": "fired", "start": at, "end": at + 5})
    assert retorts(text, {"text": "konterte"})


def test_quoting_anothers_words_to_call_them_absurd_disputes_them() -> None:
    text = ("Arno Pell told reporters: “The new quay has to do with whether the port is sold to the canal company.” "
            "Lena Vogt wrote that Pell’s absurd claim that the quay “has to do with whether the port is sold” shows "
            "he has never read the harbour plan.")
    d = _analysis(text, [("Arno Pell", "told", "The new quay has to do with whether the port is sold to the canal company."),
                         ("Lena Vogt", "wrote", "that Pell’s absurd claim that the quay “has to do with whether the port "
                                                "is sold” shows he has never read the harbour plan")])
    row = _row_of(d, "Arno Pell")
    assert row["status"] == "contested" and row["denied_by"] == ["Lena Vogt"]
    # quoting the same words without a dispute word contests nothing
    calm = text.replace("absurd ", "")
    d = _analysis(calm, [("Arno Pell", "told", "The new quay has to do with whether the port is sold to the canal company."),
                         ("Lena Vogt", "wrote", "that Pell’s claim that the quay “has to do with whether the port "
                                                "is sold” shows he has never read the harbour plan")])
    assert _row_of(d, "Arno Pell")["status"] != "contested"


def test_a_denial_whose_object_points_back_denies_what_was_told_before() -> None:
    text = ("Einem Bericht der Hafenbehörde zufolge waren in der Sturmnacht zu wenige Lotsen im Dienst. "
            "Die Lotsengewerkschaft streitet das ab, eine solche Flut sei einfach nicht vorhersehbar gewesen.")
    d = _analysis(text, [("Hafenbehörde", "zufolge", "waren in der Sturmnacht zu wenige Lotsen im Dienst"),
                         ("Die Lotsengewerkschaft", "streitet", "eine solche Flut sei einfach nicht vorhersehbar gewesen")],
                  lang="de")
    d["attributions"][1]["status"] = "denied"
    cue = d["attributions"][1]["cue"]
    assert denies_back(text, cue, text.index("eine solche"))
    assert members_of(d)[1].refers
    row = _row_of(d, "Hafenbehörde")
    assert row["status"] == "contested" and row["denied_by"] == ["Die Lotsengewerkschaft"]


def test_a_denial_that_says_what_it_denies_does_not_point_back() -> None:
    text = "Die Gewerkschaft bestreitet, dass zu wenige Lotsen im Dienst waren. She denied that the quay was sold."
    at = text.index("bestreitet")
    assert not denies_back(text, {"text": "bestreitet", "start": at, "end": at + 10}, text.index("dass"))
    at = text.index("denied")
    assert not denies_back(text, {"text": "denied", "start": at, "end": at + 6}, text.index("that the"))



def test_a_retort_that_names_what_it_answers_takes_no_claim_before_it() -> None:
    text = ("Die Ratsfraktion sagte, es sei ein günstiger Wohnbau im neuen Viertel am Hafen nötig. "
            "Auf den Vorwurf der Opposition, der Antrag sei teuer, entgegneten die Unterstützer, dass die Mieten sinken würden.")
    d = _analysis(text, [("Die Ratsfraktion", "sagte", "es sei ein günstiger Wohnbau im neuen Viertel am Hafen nötig"),
                         ("die Unterstützer", "entgegneten", "Auf den Vorwurf der Opposition, der Antrag sei teuer")],
                  lang="de")
    assert members_of(d)[1].retorts
    assert _row_of(d, "Die Ratsfraktion")["status"] == "single_origin"


def test_a_quote_that_changes_a_word_still_tells_whose_words_it_disputes() -> None:
    text = ("Arno Pell told reporters: “Much will depend on the canal company and whether it is ready to sell the port.” "
            "Lena Vogt wrote that Pell’s absurd claim that a deal “depends on the canal company and whether it is "
            "ready to sell the port” shows he has never read the plan.")
    d = _analysis(text, [("Arno Pell", "told", "Much will depend on the canal company and whether it is ready to sell the port."),
                         ("Lena Vogt", "wrote", "that Pell’s absurd claim that a deal “depends on the canal company and "
                                                "whether it is ready to sell the port” shows he has never read the plan")])
    assert _row_of(d, "Arno Pell")["status"] == "contested"


def test_a_denial_whose_words_point_back_denies_the_claim_told_before_it() -> None:
    """A dismissal ("reine Spekulation"), a negation with a pointing determiner ("Solche Pläne gibt
    es nicht") and a denial of "the criticism from X" share no word with the claim they deny (issue 9:
    a denial joins what it denies); each joins it as denying it, and the claim is contested."""
    text = ("Die Gewerkschaft sagte, die Werft plane den Abbau von 400 Stellen. "
            "Der Werftchef Ole Brandt nannte das reine Spekulation.")
    d = _analysis(text, [("Die Gewerkschaft", "sagte", "die Werft plane den Abbau von 400 Stellen"),
                         ("Ole Brandt", "nannte", "reine Spekulation")], lang="de")
    row = _row_of(d, "Die Gewerkschaft")
    assert row["status"] == "contested" and [m["stance"] for m in row["members"]] == ["asserts", "denies"]
    text = ("Die Zeitung Nordkurier berichtete, es seien Gebühren für jede Fahrt mit der Inselfähre geplant. "
            "Solche Pläne gibt es nicht, sagte die Ministerin Eva Holm.")
    d = _analysis(text, [("Nordkurier", "berichtete", "es seien Gebühren für jede Fahrt mit der Inselfähre geplant"),
                         ("Eva Holm", "sagte", "Solche Pläne gibt es nicht")], lang="de")
    assert _row_of(d, "Nordkurier")["status"] == "contested"
    # the one whose claim is denied, named right after the noun for it
    text = ("Ann Lee said the mayor had taken money from the ferry company. "
            "Later that day the mayor rejected the criticism from Ann Lee in a short statement.")
    d = _analysis(text, [("Ann Lee", "said", "the mayor had taken money from the ferry company"),
                         ("the mayor", "rejected", "the criticism from Ann Lee in a short statement")])
    row = _row_of(d, "Ann Lee")
    assert row["status"] == "contested" and len(row["members"]) == 2


def test_a_denial_that_says_what_it_denies_points_nowhere_back() -> None:
    """'denied a report that …' says what it denies: it does not deny the claim told before by that
    rule (what it says is compared as any content is)."""
    text = "Ann Lee said the mayor had taken money from the ferry company. The mayor denied a report that the harbour would close."
    d = _analysis(text, [("Ann Lee", "said", "the mayor had taken money from the ferry company"),
                         ("The mayor", "denied", "a report that the harbour would close")])
    assert _row_of(d, "Ann Lee")["status"] == "single_origin"


@pytest.mark.parametrize(("text", "denial", "negated", "kind"), [
    ("reine Spekulation", False, False, "dismissal"),
    ("sprach von einem bösartigen Gerücht über die Bank", True, False, "dismissal"),
    ("Es gibt Gerüchte, nach denen der Kapitän krank war", False, False, None),
    ("Ein Urteil darf sich nicht auf Spekulationen stützen", False, True, None),
    ("Solche Pläne gibt es absolut nicht", False, True, "pointer"),
    ("bestritt eine solche Mitgliedschaft seines Mandanten", True, False, "pointer"),
    ("they were never given such a free hand", False, True, None),
    ("the talks cover tensions, such as disputes over the reef", True, False, None),
    ("Die Ministerin hat die Kritik des Bürgermeisters, Jan Roth, am Fahrplan zurückgewiesen.", True, False, "object"),
    ("Der Sprecher wies den Vorwurf, dass die Stadt zahle, zurück", True, False, None),
    ("the allegations, which the mayor denies", True, False, None),
    ("the council rated 30% of the claims as false", True, False, None),
    ("the allegations", True, False, "object"),
    ("the port authority dismissed those claims on Friday", True, False, "pointer"),
    ("rejected that report outright", True, False, "pointer"),
    ("denied that the ferry had been late", True, False, None),
    ("die Reederei wies diese Vorwürfe entschieden zurück", True, False, "pointer"),
    ("These reports are simply not true", False, True, "pointer"),
    ("This report does not include the figures", False, True, None),
    ("Such numbers were never in the budget", False, True, None),
    ("No such plan exists", False, True, "pointer"),
    ("Diese Meldung enthält keine Zahlen", False, True, None),
    ("Diese Vorwürfe treffen nicht zu", False, True, "pointer"),
    ("the pilots never saw this report before the council voted on the harbour budget and the new quay", False, True, None),
    ("denied those reports, which the council had published", True, False, None),
    ("rejected the allegations as baseless", True, False, "object"),
    ("such as the allegations", True, False, None),
])
def test_which_words_point_back(text: str, denial: bool, negated: bool, kind: str | None) -> None:
    found = points_back(text, denial=denial, negated=negated)
    assert (found[0] if found else None) == kind


@pytest.mark.parametrize("denial", ["those claims as a campaign stunt", "the allegations as baseless and political"])
def test_a_denial_that_calls_what_was_told_something_denies_it(denial: str) -> None:
    """'dismissed those claims as a stunt', 'rejected the allegations as baseless': "as" after the
    noun says what the denier calls it (no clause), and "those" points at what was just told."""
    text = f"Ann Lee said the mayor had taken money from the ferry company. The mayor dismissed {denial}."
    d = _analysis(text, [("Ann Lee", "said", "the mayor had taken money from the ferry company"),
                         ("The mayor", "dismissed", denial)])
    row = _row_of(d, "Ann Lee")
    assert row["status"] == "contested" and len(row["members"]) == 2


def test_as_before_a_pronoun_still_opens_a_clause() -> None:
    """'denied the report as he left the court' tells when, and says nothing it calls the report."""
    assert points_back("denied the report as he left the court", denial=True, negated=False) is None
    assert points_back("wies die Vorwürfe als haltlos zurück", denial=True, negated=False) == ("object", len("wies die Vorwürfe"))


@pytest.mark.parametrize(("text", "kind"), [
    ("that charges were ever filed against the ferry company", "object"),
    ("denied that claims of a cover-up had reached the board", "object"),
    ("denied that report outright", "pointer"),
    ("rejected this charge", "pointer"),
])
def test_that_before_a_plural_noun_opens_a_clause(text: str, kind: str) -> None:
    """'denied that charges were filed': "that" before a plural noun is the conjunction of a clause
    that says what is denied (a demonstrative agrees with its noun: "those charges"), so it points
    at no claim told before; "that report", "this charge" still do (`singular_demonstratives`)."""
    found = points_back(text, denial=True, negated=False)
    assert (found[0] if found else None) == kind


def test_a_denial_with_a_clause_of_its_own_denies_no_other_claim() -> None:
    """'The mayor denied that charges were filed against the ferry company' says what it denies:
    not Ann Lee's claim told before it (no word in common, no name)."""
    text = ("Ann Lee said the mayor had taken money from the harbour fund. "
            "The mayor denied that charges were ever filed against the ferry company.")
    d = _analysis(text, [("Ann Lee", "said", "the mayor had taken money from the harbour fund"),
                         ("The mayor", "denied", "that charges were ever filed against the ferry company")])
    row = _row_of(d, "Ann Lee")
    assert row["status"] != "contested" and len(row["members"]) == 1


def test_a_negation_beside_a_pointing_word_denies_only_with_a_word_of_falsity() -> None:
    """A short negated content that opens with "this report" tells what the report holds ("This
    report does not include the ferry figures"): it denies nothing told before it; one that calls
    the reports untrue does (`falsity_words`)."""
    claim = ("Ann Lee said the harbour fund had lost two million euros last year. ", "the harbour fund had lost two million euros last year")
    text = claim[0] + "The treasurer Ben Ross said this report does not include the ferry figures."
    d = _analysis(text, [("Ann Lee", "said", claim[1]), ("Ben Ross", "said", "this report does not include the ferry figures")])
    row = _row_of(d, "Ann Lee")
    assert row["status"] == "single_origin" and len(row["members"]) == 1
    text = claim[0] + "The treasurer Ben Ross said these reports are not true."
    d = _analysis(text, [("Ann Lee", "said", claim[1]), ("Ben Ross", "said", "these reports are not true")])
    row = _row_of(d, "Ann Lee")
    assert row["status"] == "contested" and [m["stance"] for m in row["members"]] == ["asserts", "denies"]
