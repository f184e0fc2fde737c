"""English attribution of session 39 (issue 7), written as sentences of our own: general behaviours of
English news prose that cut or lost what was said, or missed who said it.

- `source.pronoun.plural_np+past_time`: "they" inside a quotation stands for the plural noun of people
  before it even when a weekday or a month stands between ("the farmers on Tuesday. They said …").
- `attr.content.en.setting_subject`: after a cue and its setting ("told me at the depot", "said in a
  statement") the reported clause may open without "that", with its own noun phrase and finite verb.
- `+subject_parenthetical`: "said the company, in short, had no money": the clause's subject and its
  verb stand apart by an adverbial between commas; no object of the verb of saying.
- `+end.apposed_speaker`: a claim ends before ", and NAME, an apposition, said …", another speaker's.
- `attr.according.en.prefix+dated_head`: "according to a March 2019 survey by …": a date before the head noun is
  part of the phrase, which goes on to its noun and its author.
"""

from __future__ import annotations

from tests.attribution_helpers import en, link_names, one, source_name

from sourcetrace.document import Attribution, Document


def _with(doc: Document, words: str) -> Attribution | None:
    return next((a for a in doc.attributions if any(words in doc.span_text(c) for c in a.content)), None)


def _told(doc: Document, words: str) -> Attribution | None:
    """The attribution told inside a quotation whose content holds `words`."""
    return next((a for a in doc.attributions if "+quoted" in a.rule and words in doc.span_text(a.content[0])), None)


# ---- "they" inside a quotation past a weekday (source.pronoun.plural_np+past_time) --------------

def test_they_inside_a_quotation_past_a_weekday_stands_for_the_people_spoken_of() -> None:
    doc = en("Mayor Ann Kolb met the growers of the valley last week.\n\n"
             "\"I explained the plan to the farmers on Tuesday. They said, 'We will wait for the rain,' and they "
             "left,\" Kolb said.\n")
    a = _told(doc, "We will wait for the rain")
    assert a is not None and a.rule.endswith("+source.pronoun.plural_np+past_time")
    assert source_name(doc, a) == "farmers"
    assert link_names(a) == ["Ann Kolb"]


def test_a_name_between_still_blocks_they_inside_a_quotation() -> None:
    # (a person's name between is someone else: no plural noun of people is read past it)
    doc = en("Mayor Ann Kolb met the growers of the valley last week.\n\n"
             "\"I explained the plan to the farmers and to Lena Brody. They said, 'We will wait for the rain,' "
             "and they left,\" Kolb said.\n")
    a = _told(doc, "We will wait for the rain")
    assert a is None or "plural_np" not in a.rule


# ---- a setting before the told clause (attr.content.en.setting_subject) --------------------------

def test_told_clause_after_a_place_between_the_one_told_and_the_clause() -> None:
    doc = en("The bus company cut three routes in March. Paul Weber, a driver, told me at the depot the vans "
             "were gone before the strike began.\n")
    a = one(doc, "the vans were gone")
    assert doc.span_text(a.content[0]) == "the vans were gone before the strike began"
    assert a.rule.endswith("+start.addressee.setting_subject")
    assert source_name(doc, a) == "Paul Weber"


def test_said_in_a_statement_then_the_clause_without_that() -> None:
    doc = en("The dock workers walked out on Monday. Union leader Rita Sand said in a statement the union will "
             "appeal the ruling.\n")
    a = one(doc, "the union will appeal")
    assert doc.span_text(a.content[0]) == "the union will appeal the ruling"
    assert a.rule.endswith("+start.setting_subject")


def test_a_setting_with_no_clause_after_it_tells_nothing() -> None:
    doc = en("The bus company cut three routes in March. Driver Paul Weber spoke at the depot the morning after "
             "the strike.\n")
    assert _with(doc, "the morning after") is None


# ---- an adverbial between the clause's subject and its verb (+subject_parenthetical) ------------

def test_said_the_subject_then_an_adverbial_between_commas_then_its_verb() -> None:
    doc = en("The bus company cut three routes in March. Driver Paul Weber said the company, in short, had no "
             "money left for the night lines.\n")
    a = one(doc, "had no money left")
    assert doc.span_text(a.content[0]) == "the company, in short, had no money left for the night lines"
    assert a.rule.endswith("+subject_parenthetical")


def test_an_object_before_an_adverbial_between_commas_stays_no_claim() -> None:
    doc = en("The bus company cut three routes in March. Driver Paul Weber praised the drivers, in short, for "
             "their work.\n")
    assert _with(doc, "for their work") is None


# ---- another speaker with an apposition ends the claim (+end.apposed_speaker) --------------------

def test_claim_ends_before_another_speaker_with_an_apposition() -> None:
    doc = en("The county plans to close two clinics next year.\n\n"
             "The health board contends that the clinics are still needed, and Mara Fenn, the board's chief "
             "planner, said she and her staff were drafting a new budget.\n")
    a = one(doc, "the clinics are still needed")
    assert doc.span_text(a.content[0]) == "that the clinics are still needed"
    assert a.rule.endswith("+end.apposed_speaker")
    b = one(doc, "drafting a new budget")
    assert source_name(doc, b) == "Mara Fenn"


# ---- a date before the head of an "according to" phrase (attr.according.en.prefix+dated_head) -----

def test_according_to_a_dated_survey_names_the_survey_and_its_author() -> None:
    doc = en("The port grew fast in the last decade. According to a March 2019 survey by the Harbor Institute, young "
             "dockers earn less than their parents did.\n")
    a = one(doc, "young dockers earn less")
    assert doc.span_text(a.content[0]) == "young dockers earn less than their parents did"
    assert a.rule == "attr.according.en.prefix+dated_head"
    assert a.source_span is not None and doc.span_text(a.source_span) == "a March 2019 survey by the Harbor Institute"


def test_according_to_someone_on_a_day_keeps_the_day_out() -> None:
    doc = en("The port grew fast in the last decade. According to police on Monday, the dockers left early.\n")
    a = one(doc, "the dockers left early")
    assert "+dated_head" not in a.rule
    assert a.source_span is not None and doc.span_text(a.source_span) == "police"
