"""English attribution and English chains (issue 7), each first written as a
sentence of our own: a pronoun after a sentence that names only a role, an outlet the gazetteer
does not know where a phrase of address or a report names it, the article's own outlet named by
its kind, the one a report cites, a relative clause on the setting of a closing tag, and a
document held by an outlet at the end of the sentence."""

from __future__ import annotations

from functools import partial

from tests.attribution_helpers import analyse, one, source_name, source_text

import sourcetrace
from sourcetrace.document import Attribution, Document

analyze = partial(analyse, lang="en", date="2025-03-04")


def links(doc: Document, a: Attribution) -> list[tuple[str, str]]:
    return [(doc.span_text(v.span) if v.span else v.name, v.position) for v in a.via]


# ---- a pronoun after a sentence that names only a role -------------------------------------

def test_pronoun_after_a_sentence_opened_by_a_role() -> None:
    doc = analyze("The port commissioner closed the pier on Friday. She said the swell was too high for the ferries.")
    a = one(doc, "swell was too high")
    assert source_text(doc, a) == "She" and source_name(doc, a) is not None and "commissioner" in (source_name(doc, a) or "")
    doc = analyze("The town's new mayor was sworn in on Monday. \"We start with the roads,\" she said.")
    assert "mayor" in (source_name(doc, one(doc, "start with the roads")) or "")


def test_pronoun_after_a_role_keeps_a_later_name_of_its_gender() -> None:
    # the role came first, a man is named after it: "He" is the man
    doc = analyze("The mayor met John Hale on Tuesday. He said the bridge would be repaired by May.")
    assert source_name(doc, one(doc, "bridge would be repaired")) == "John Hale"


def test_no_antecedent_from_an_office_or_an_epithet() -> None:
    # "the mayor's office" is no person; an epithet with a capital is left to the source rules
    doc = analyze("The mayor's office closed the pier on Friday. She said the swell was too high.")
    assert source_name(doc, one(doc, "swell was too high")) is None


# ---- outlets the gazetteer does not know ----------------------------------------------------

def test_told_an_unlisted_outlet_is_a_link() -> None:
    doc = analyze("The levy will be dropped, Mara Quist told the Fenwick Ledger.")
    a = one(doc, "levy will be dropped")
    assert source_name(doc, a) == "Mara Quist" and links(doc, a) == [("the Fenwick Ledger", "downstream")]
    doc = analyze("The levy will be dropped, Mara Quist said in an interview with the Fenwick Sentinel.")
    assert links(doc, one(doc, "levy will be dropped")) == [("the Fenwick Sentinel", "downstream")]


def test_told_a_body_that_is_no_outlet_is_no_link() -> None:
    for text in ("Mara Quist told the Fenwick Rowing Club that the levy would be dropped.",
                 "Mara Quist told the Senate Finance Committee that the levy would be dropped."):
        doc = analyze(text)
        assert one(doc, "levy would be dropped").via == [], text


def test_a_report_in_an_outlet_is_the_outlets_claim() -> None:
    doc = analyze("The levy will be dropped, according to a report in the Fenwick Ledger.")
    a = one(doc, "levy will be dropped")
    assert source_text(doc, a) == "the Fenwick Ledger" and doc.span_text(a.content[0]) == "The levy will be dropped" and a.via == []
    doc = analyze("The levy will be dropped, according to a report by Reuters.")
    a = one(doc, "levy will be dropped")
    assert source_text(doc, a) == "Reuters" and a.via == []


def test_a_report_in_an_outlet_citing_someone() -> None:
    for text in ("The levy will be dropped, according to a report in the Fenwick Ledger citing two managers at the port.",
                 "According to a report in the Fenwick Ledger citing two managers at the port, the levy will be dropped.",
                 "The levy will be dropped, according to a report by the Fenwick Ledger, citing two managers at the port."):
        doc = analyze(text)
        assert len(doc.attributions) == 1, text
        a = doc.attributions[0]
        assert source_text(doc, a) == "the Fenwick Ledger" and doc.span_text(a.content[0]).lower() == "the levy will be dropped", text
        assert [p for _, p in links(doc, a)] == ["upstream"] and "managers" in a.via[0].name, text


def test_an_outlet_citing_people_by_their_work() -> None:
    doc = analyze("The levy will be dropped, the Fenwick Courier reported, citing two managers at the port.")
    a = one(doc, "levy will be dropped")
    assert [doc.span_text(c) for c in a.content] == ["The levy will be dropped"]
    assert [p for _, p in links(doc, a)] == ["upstream"] and "managers" in a.via[0].name
    # a reason given is no one cited
    doc = analyze("The levy will be dropped, the Fenwick Courier reported, citing falling trade.")
    assert one(doc, "levy will be dropped").via == []


def test_the_outlet_by_its_kind_alone_is_the_publisher() -> None:
    # no outlet named before: "the outlet" is the article's own, no link and no source
    for text in ("The levy will be dropped, Mara Quist told the outlet.",
                 "Mara Quist told this newspaper that the levy would be dropped. She added that the port would stay open."):
        doc = analyze(text)
        assert all(a.via == [] for a in doc.attributions), text
        assert [s.name for s in doc.sources] == ["Mara Quist"], text
    # after a named outlet, "the paper" may be that one: it stays a link
    doc = analyze("The levy will be dropped, Mara Quist told the Washington Post. Jon Brell told the paper that the port would stay open.")
    assert one(doc, "port would stay open").via != []


# ---- the setting of a closing tag and a document held by an outlet ----------------------------

def test_a_relative_clause_on_the_setting_of_a_closing_tag() -> None:
    for text in ("The budget is balanced, the treasurer said at a meeting where residents shouted at her.",
                 "The budget is balanced, Ivo Penn said at a hearing that ran late into the night on Monday.",
                 "The budget is balanced, the treasurer said at a meeting at which residents booed her."):
        doc = analyze(text)
        a = one(doc, "budget is balanced")
        assert doc.span_text(a.content[0]) == "The budget is balanced" and a.source_span is not None, text


def test_a_document_seen_by_an_outlet_at_the_sentence_end() -> None:
    doc = analyze("The depot will close in June, according to a memo seen by the Fenwick Courier.")
    a = one(doc, "depot will close")
    assert doc.span_text(a.content[0]) == "The depot will close in June"
    assert links(doc, a) == [("the Fenwick Courier", "downstream")]


def test_a_title_that_ends_in_a_role_word() -> None:
    # "Leader" closes many newspapers' titles; after a word of office it is a person's office
    doc = analyze("\"The ferry runs again,\" Mara Quist told the Fenwick Leader on Tuesday.")
    assert links(doc, one(doc, "ferry runs again")) == [("the Fenwick Leader", "downstream")]
    for text in ("\"The ferry runs again,\" Mara Quist told the Majority Leader on Tuesday.",
                 "\"The ferry runs again,\" Mara Quist told the Prime Minister on Tuesday."):
        doc = analyze(text)
        assert one(doc, "ferry runs again").via == [], text


def test_an_unlisted_outlet_of_its_reporter_and_a_document_it_holds() -> None:
    # "told the Fenwick Leader's Kim Hale": the outlet, not its reporter; "seen by": the outlet that holds the memo
    doc = analyze("The minister told the Fenwick Leader's Kim Hale that the talks had failed.")
    assert links(doc, one(doc, "talks had failed")) == [("the Fenwick Leader", "downstream")]
    doc = analyze("The depot will close, according to a memo seen by the Fenwick Sentinel.")
    a = one(doc, "depot will close")
    assert doc.span_text(a.content[0]) == "The depot will close" and links(doc, a) == [("the Fenwick Sentinel", "downstream")]


def test_the_time_of_a_fronted_report_is_no_part_of_what_was_said() -> None:
    doc = analyze("According to a report in May, the depot will close.")
    assert doc.span_text(one(doc, "depot will close").content[0]) == "the depot will close"


# ---- a pronoun after a sentence whose subject is named first (session 20) -------------------

def test_pronoun_means_the_subject_of_the_sentence_before_not_a_later_name() -> None:
    doc = analyze("Some members are endorsing the mayor.\n\nFormer Sen. Tom Reed was for John Hale while the banker was in "
                  "the race, he said on Wednesday.\n\n“Lee is my next choice. Ben Ward lost me long ago,” he said. “He is a risk.”")
    assert source_name(doc, one(doc, "my next choice")) == "Tom Reed"
    assert source_name(doc, one(doc, "He is a risk")) == "Tom Reed"


def test_quotation_after_a_closing_tag_on_words_of_no_clause_is_the_tags_speaker() -> None:
    doc = analyze("The race is tight.\n\nHarbor University's Dana Bell agreed. \"Voters are running out of time.\"\n\n"
                  "Or maybe Tom Reed, consultant Phil Moss says. \"Several surveys suggest a second look at Reed.\"")
    assert source_name(doc, one(doc, "running out of time")) == "Dana Bell"
    assert source_name(doc, one(doc, "Several surveys suggest")) == "Phil Moss"


def test_he_says_after_a_sentence_about_someone_means_that_one_not_the_last_speaker() -> None:
    doc = analyze("Port news.\n\n\"The pier will be ready in 2027,\" says Tom Ward.\n\nDan Reed expects more from the "
                  "new cranes. \"This is where the port grows,\" he says.\n\nAt a meeting in Upton on Friday, Ben Hale spoke of "
                  "the ferries. \"We need more boats,\" he said.")
    assert source_name(doc, one(doc, "port grows")) == "Dan Reed"
    assert source_name(doc, one(doc, "more boats")) == "Ben Hale"


def test_the_paragraphs_subject_is_the_first_person_of_the_sentence_before_in_any_order_of_registration() -> None:
    # persons registered while attributions are resolved are appended after the sorted scan: the
    # sentence's first person opens it, whatever the order of `persons_seen`
    from sourcetrace.steps.sources.anaphora import paragraph_subject_before
    from sourcetrace.steps.sources.registry import Registry

    text = "Mayor Ann Lee met Tom Reed at the quay. He says the boats are late."
    doc = sourcetrace.analyze(text, date="2025-05-06", lang="en")
    reg = Registry(doc)
    reg.persons_seen = [(text.index("Tom Reed"), "s2"), (text.index("Ann Lee"), "s1")]
    assert paragraph_subject_before(reg, doc, text.index("He says"), None) == "s1"
    reg.persons_seen.sort()
    assert paragraph_subject_before(reg, doc, text.index("He says"), None) == "s1"


def test_seen_before_follows_any_change_of_persons_seen() -> None:
    from sourcetrace.steps.sources.registry import Registry

    reg = Registry(sourcetrace.analyze("Ann Lee met Tom Reed.", date="2024-10-13", lang="en"))
    seen = reg.persons_seen
    seen.clear()
    seen.append((5, "s1"))
    assert reg.seen_before("s1", 10) == 5
    seen[0] = (7, "s2")  # replaced in place: the index by person is rebuilt
    assert reg.seen_before("s1", 10) == -1 and reg.seen_before("s2", 10) == 7
    seen.pop()
    seen.extend([(3, "s1")])
    assert reg.seen_before("s2", 10) == -1 and reg.seen_before("s1", 10) == 3
    seen.insert(0, (1, "s3"))
    seen.remove((3, "s1"))
    assert reg.seen_before("s1", 10) == -1 and reg.seen_before("s3", 10) == 1



# ---- a county named after a given name is no person (source.person.given_name) -------------

def test_a_given_name_before_a_place_noun_is_no_person() -> None:
    from sourcetrace.document import Span
    from sourcetrace.steps.sources.persons import _given_name_persons
    from sourcetrace.steps.sources.registry import Registry

    text = "Hail hit the San Marion County area on Sunday, and farms near Clara Township lost crops, Marion Hale said."
    doc = analyze(text)
    reg = Registry(doc)
    _given_name_persons(doc, reg, Span(0, len(text)))
    assert sorted(s.name for s in reg.sources) == ["Marion Hale"]  # no "Marion County", no "Clara Township"
    text = ("The lake fell by a foot in a month, said Tom Reed, the district's hydrologist.\n\n"
            "The reservoirs upstream have lost half of their water since spring, he said.\n\n"
            "Hail hit the San Marion County area on Sunday.")
    doc = analyze(text)
    assert source_name(doc, one(doc, "lost half of their water")) == "Tom Reed"
    assert [s.name for s in doc.sources] == ["Tom Reed"]


def test_a_place_noun_is_no_bare_mention_of_a_person() -> None:
    from sourcetrace.steps.sources.persons import scan_persons
    from sourcetrace.steps.sources.registry import Registry

    doc = analyze("Ann Lee spoke. One Yolo County farm lost its wells.")
    reg = Registry(doc)
    sid = reg.create("Ann County", "person", "source.person.given_name").id  # a place taken for a person by some other rule
    reg.person_tokens[sid] = {"ann", "county"}
    scan_persons(doc, reg)
    assert not any(doc.text[p:].startswith("County") for p, _ in reg.persons_seen)
