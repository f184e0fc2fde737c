"""English speakers, sources and chains (session 37, issue 7), on sentences we wrote: a pronoun of the other
gender than a person who tells of it is someone else, whose words the teller relays (`+pronoun_other_gender`
on the nested claim); "he" or "she" right after a speaker described only by a role ("a lawyer for the port",
"the official") is that speaker, not a person of the pronoun's gender named further back
(`+source.pronoun.role_speaker`); a source registered with words around its name that name no one is also
found by its bare name (`source.alias.bare_name`); an outlet named as the one that asked for comment prints the article
(`source.publisher.asking_comment`): "told" it names no link; a thing that cannot speak says nothing where its
words are no clause of their own (`attr.filter.en.thing_subject`); a claim whose cue has no subject of its own is
the first person its own sentence names before the cue, not the person of the sentence before (`+sentence_person`)."""

from __future__ import annotations

from tests.attribution_helpers import content_text, en_after_headline, link_names, one, source_name

from sourcetrace.document import Attribution, Document, Source
from sourcetrace.steps.lexicon import lang
from sourcetrace.steps.sources.naming import bare_name


def nested(doc: Document) -> Attribution:
    """The one claim told inside another's report."""
    hits = [a for a in doc.attributions if "+nested" in a.rule]
    assert len(hits) == 1, [(a.rule, [doc.span_text(c) for c in a.content]) for a in doc.attributions]
    return hits[0]


def source_of(doc: Document, needle: str) -> Source:
    """The listed source of the one claim whose content holds `needle`."""
    sid = one(doc, needle).source
    return next(s for s in doc.sources if s.id == sid)


MAYOR = "Mayor Tom Hale met the harbor board on Monday. The city's lawyer, Ann Roe, said the lease was sound.\n\n"


def test_a_pronoun_of_the_other_gender_than_the_teller_is_someone_she_relays() -> None:
    doc = en_after_headline(MAYOR + "Roe said he told her that the pier fund was empty.")
    a = nested(doc)
    assert content_text(doc, a) == "that the pier fund was empty"
    assert source_name(doc, a) == "Tom Hale" and link_names(a) == ["Ann Roe"]
    assert a.rule.endswith("+nested+pronoun_other_gender")


def test_a_pronoun_teller_of_the_other_gender_relays_too() -> None:
    doc = en_after_headline(MAYOR + "She said he had told her the vote would be held in May.")
    a = nested(doc)
    assert content_text(doc, a) == "the vote would be held in May"
    assert source_name(doc, a) == "Tom Hale" and "+pronoun_other_gender" in a.rule


def test_a_pronoun_of_the_tellers_own_gender_stays_the_tellers_word() -> None:
    doc = en_after_headline(MAYOR + "Hale said he told her that the pier fund was empty.")
    assert not any("+nested" in a.rule for a in doc.attributions)
    assert source_name(doc, one(doc, "pier fund was empty")) == "Tom Hale"


def test_a_pronoun_after_a_speaker_described_by_a_role_is_that_speaker() -> None:
    doc = en_after_headline("Mayor Tom Hale spoke at the harbor board on Monday.\n\n"
                            "A lawyer for the Harbor Authority said the lease was void. She said the board would appeal.\n\n"
                            "The official added that talks would resume. He said the ferry would keep running.")
    appeal = one(doc, "the board would appeal")
    assert source_name(doc, appeal) == "lawyer for the Harbor Authority"
    assert appeal.rule.endswith("+source.pronoun.role_speaker")
    ferry = one(doc, "the ferry would keep running")
    assert source_name(doc, ferry) == "official" and ferry.rule.endswith("+source.pronoun.role_speaker")


def test_a_role_of_the_other_gender_or_a_plural_is_not_the_pronoun() -> None:
    doc = en_after_headline("Mayor Tom Hale spoke at the harbor board on Monday.\n\n"
                            "The spokeswoman said the fees were fair. He said the ferry would keep running.\n\n"
                            "Officials said the pier was safe. He said the ferry would stop in May.")
    assert source_name(doc, one(doc, "ferry would keep running")) == "Tom Hale"
    assert source_name(doc, one(doc, "ferry would stop in May")) == "Tom Hale"
    assert not any("role_speaker" in a.rule for a in doc.attributions)


def test_the_bare_name_of_a_source_named_with_words_around_it() -> None:
    en = lang("en")
    assert bare_name("fiscally conservative Harbor Growth Fund", en) == "Harbor Growth Fund"
    assert bare_name("recent Port Safety Board report", en) == "Port Safety Board report"
    assert bare_name("Another recent Coast Ledger poll", en) == "Coast Ledger poll"
    assert bare_name("2019 Port Safety Board study", en) == "Port Safety Board study"
    assert bare_name("Coast Ledger poll conducted", en) == "Coast Ledger poll"
    assert bare_name("paper's Mara Quill", en) == "Mara Quill"
    assert bare_name("Hale in his speech", en) == "Hale"
    assert bare_name("Tom Hale, chairman of the harbor board", en) == "Tom Hale"


def test_no_bare_name_where_the_words_around_name_someone() -> None:
    en = lang("en")
    for name in ("spokeswoman for the Port Safety Board", "lawyer for the Harbor Authority", "The Coast Ledger",
                 "New Harbor Times", "no Republicans", "filings due Sunday night", "Tom Hale", "new study"):
        assert bare_name(name, en) is None, name
    assert bare_name("fiscally conservative Harbor Growth Fund", lang("de")) is None


def test_a_source_is_found_by_its_bare_name() -> None:
    doc = en_after_headline("The fiscally conservative Club for Harbor Growth said the pier plan was too costly.\n\n"
                            "A 2019 Port Safety Board study found that the ferry was late.")
    club = source_of(doc, "pier plan was too costly")
    assert club.name == "fiscally conservative Club for Harbor Growth" and club.aliases == ["Club for Harbor Growth"]
    assert club.rule.endswith("+source.alias.bare_name")
    assert source_of(doc, "the ferry was late").aliases == ["Port Safety Board study"]


def test_the_outlet_that_asked_for_comment_is_the_publisher_no_link() -> None:
    doc = en_after_headline("Ann Roe told the Boston Globe on Friday that the lease was fair. The harbor board has not "
                            "returned the Boston Globe's calls and requests for comment.\n\n"
                            "Tom Hale told CNN that the ferry would keep running.")
    lease = one(doc, "the lease was fair")
    assert link_names(lease) == [] and lease.rule.endswith("+source.publisher.asking_comment")
    assert link_names(one(doc, "ferry would keep running")) == ["CNN"]
    assert "Boston Globe" not in [s.name for s in doc.sources]


def test_an_outlet_told_with_no_request_for_comment_stays_a_link() -> None:
    doc = en_after_headline("Ann Roe told the Boston Globe on Friday that the lease was fair.")
    assert link_names(one(doc, "the lease was fair")) == ["The Boston Globe"]


def test_a_thing_that_adds_or_is_called_something_said_nothing() -> None:
    doc = en_after_headline("By 2030 the port's deficits would add up to $2 billion.\n\n"
                            "Shares of the ferry line climbed on Friday. The stock added almost 3% by noon.\n\n"
                            "Stem cells are cells that researchers hope to use for what is today called \u201cregenerative repair.\u201d")
    assert doc.attributions == []


def test_a_thing_that_confirms_a_clause_stays_a_claim_of_no_one() -> None:
    doc = en_after_headline("The court ruled on Monday. The decision confirms that the pier was built without a permit.")
    a = one(doc, "the pier was built")
    assert a.source is None and a.rule.endswith("+source.drop.thing") and a.id == "a1"


def test_a_participle_claim_is_the_first_person_its_own_sentence_names() -> None:
    doc = en_after_headline("Mayor Tom Hale spoke on Monday.\n\n"
                            "But Ann Roe, a lawyer for the port, vouched for Hale, explaining she had worked with him for years.")
    a = one(doc, "she had worked with him")
    assert source_name(doc, a) == "Ann Roe" and a.rule.endswith("+sentence_person")


def test_a_thing_that_confirms_a_clause_without_that_stays_a_claim_of_no_one() -> None:
    # (review rev37b: a content clause without its complementizer is a clause of its own all the same)
    doc = en_after_headline("The board met on Tuesday. The decision confirms the ferry line was sold without a tender.")
    a = one(doc, "the ferry line was sold")
    assert a.source is None and a.rule.endswith("+source.drop.thing")


def test_a_person_after_a_preposition_is_not_the_sentence_person() -> None:
    # (review rev37b: "Flanked by Hale, Roe …": the object of a preposition is not who speaks)
    doc = en_after_headline("Mayor Tom Hale spoke on Monday.\n\n"
                            "Flanked by Tom Hale, Ann Roe, a lawyer for the port, vouched for the plan, explaining she had "
                            "worked with it for years.")
    a = one(doc, "she had worked with it")
    assert source_name(doc, a) == "Ann Roe" and a.rule.endswith("+sentence_person")


def test_few_is_kept_before_a_name_as_no_is() -> None:
    # (review rev37b: "few Republicans" are not the Republicans)
    assert bare_name("few Harbor Party members", lang("en")) is None
    assert bare_name("few Republicans", lang("en")) is None


def test_a_request_for_comment_inside_what_an_outlet_reported_names_no_publisher() -> None:
    # (review rev37b: the request told in an outlet's own report is that outlet's, not the article's)
    doc = en_after_headline("Ann Roe told CNN on Friday that the lease was void. In a report on Saturday, CNN said "
                            "Tom Hale had not replied to CNN's request for comment.")
    lease = one(doc, "the lease was void")
    assert link_names(lease) == ["CNN"] and "asking_comment" not in lease.rule


def test_a_role_told_of_inside_a_persons_report_is_not_the_pronoun() -> None:
    # (review rev37b: the lawyer is a link of Hale's report; "He" after it is the one who spoke, Hale)
    doc = en_after_headline("Mayor Tom Hale said on Monday that a lawyer for the port had told him the lease was void. "
                            "He said the ferry would keep running.")
    ferry = one(doc, "the ferry would keep running")
    assert source_name(doc, ferry) == "Tom Hale" and "role_speaker" not in ferry.rule
