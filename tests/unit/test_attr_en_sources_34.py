"""English sources and speakers (session 34, issue 7), on sentences we wrote: an outlet written in its own
house capitals ("told POLITICO") is the publisher of the text, no link of its chains and no source."""

from __future__ import annotations

from tests.attribution_helpers import en_after_headline, link_names, one, source_name


def test_an_outlet_in_its_house_capitals_is_the_publisher() -> None:
    doc = en_after_headline("\u201cThe ferry will not run in winter,\u201d harbour master Ann Holt told POLITICO on Monday. "
                            "Tom Lund, a council member, told ABC News that the vote on the pier was rushed.")
    a = one(doc, "ferry will not run")
    assert source_name(doc, a) == "Ann Holt" and link_names(a) == []
    assert a.rule.endswith("+source.publisher.house_capitals")
    assert link_names(one(doc, "vote on the pier")) == ["ABC News"]  # another outlet stays a link
    assert sorted(s.name for s in doc.sources) == ["ABC News", "Ann Holt", "Tom Lund"]
    doc = en_after_headline("The mill will reopen in May, owner Tom Lund told USA TODAY.")
    assert [s.name for s in doc.sources] == ["Tom Lund"]


def test_an_outlet_written_as_a_name_stays_a_link() -> None:
    doc = en_after_headline("\u201cThe ferry will not run in winter,\u201d harbour master Ann Holt told Politico on Monday.")
    a = one(doc, "ferry will not run")
    assert link_names(a) == ["Politico"] and "house_capitals" not in a.rule


def test_an_untagged_quotation_after_a_tagged_question_is_its_askers() -> None:
    doc = en_after_headline("Ann Holt runs the bakery on Elm Street. Tom Reed said the town was shrinking. "
                            "\u201cWho would want to stay here?\u201d Holt asked. \u201cNot me. The mill is gone and so are the jobs.\u201d")
    a = one(doc, "The mill is gone")
    assert source_name(doc, a) == "Ann Holt"
    assert not any("Who would want" in doc.span_text(x) for b in doc.attributions for x in b.content)  # the question claims nothing


def test_he_after_a_bare_surname_speaker_is_that_speaker() -> None:
    doc = en_after_headline("Tom Reed, a farmer, asked the mayor whether she would sign his pledge.\n\n"
                            "\u201cWe are tired of waiting for the county,\u201d Lund said.\n\n"
                            "\u201cI am the son of a fisherman who came here from Norway,\u201d he said.\n\n"
                            "\u201cAnd I would say, try crossing that river in winter.\u201d")
    a = one(doc, "son of a fisherman")
    assert source_name(doc, a) == "Lund" and a.rule.endswith("+source.pronoun.surname_speaker")
    assert source_name(doc, one(doc, "crossing that river")) == "Lund"
    assert "Tom Reed" not in [s.name for s in doc.sources]


def test_he_after_a_surname_speaker_of_another_paragraph_further_back_is_not_taken() -> None:
    doc = en_after_headline("\u201cWe are tired of waiting,\u201d Lund said. The county board met on Monday and voted "
                            "against the plan. Its chair, Tom Reed, spoke for an hour. The vote was close. "
                            "\u201cWe will try again in May,\u201d he said.")
    assert "surname_speaker" not in one(doc, "try again in May").rule


def test_a_sentence_adverb_before_the_speaker_is_no_part_of_it() -> None:
    doc = en_after_headline("However, Ann B. Holt, the county clerk, said the ballots were counted twice.")
    a = one(doc, "ballots were counted")
    assert source_name(doc, a) == "Ann B. Holt" and a.rule.endswith("+after_sentence_adverb")
    doc = en_after_headline("Meanwhile, the harbour master said the pier would stay shut.")
    assert source_name(doc, one(doc, "pier would stay")) == "harbour master"


def test_an_outlets_name_with_its_article_in_apposition_is_the_speaker() -> None:
    doc = en_after_headline("The Courier, the city paper, said the mill would close in March.")
    a = one(doc, "mill would close")
    assert source_name(doc, a) == "Courier" and a.rule.endswith("+named_outlet")
    doc = en_after_headline("The local paper, the Valley Courier, said the mill would close in March.")
    assert one(doc, "mill would close").rule.endswith("+named_outlet")


def test_a_hyphenated_role_before_a_name_is_the_role() -> None:
    doc = en_after_headline("\u201cNobody can prove a negative,\u201d software co-founder Dmitra Velkova told reporters.")
    assert source_name(doc, one(doc, "prove a negative")) == "Dmitra Velkova"


def test_a_picture_position_is_marked_and_a_glued_letter_is_a_registered_mark() -> None:
    from sourcetrace.steps.lexicon import lang
    from sourcetrace.steps.sources.naming import picture_position

    en = lang("en")
    assert picture_position("R", "Ann Holt (L) holds a jar of Fizzwell(R).", en)
    assert not picture_position("R", "Ann Holt (L) holds a jar of Fizzwell(R).", en, glued=True)
    doc = en_after_headline("Ann Holt (L) speaks with Tom Lund (R) at the fair. Holt (C) and Lund (R) said they would meet again.")
    assert one(doc, "meet again").rule.endswith("+source.picture_position")
    # (review: the claim and each coordinated member name the rule; the `or` of both asserted either alone)
    doc = en_after_headline("Ann Holt (L) and Tom Lund (R) said they would meet again.")
    assert one(doc, "meet again").rule.endswith("+source.picture_position")
    assert [m.rule.endswith("+source.picture_position") for m in doc.mentions] == [True, True]


def test_plain_mojibake_is_read_as_written_and_keeps_the_offsets() -> None:
    from sourcetrace.readers.text import repair_mojibake

    text = "Mayor JosÃ© Ortega of CÃ¡diz said the port would reopen."
    fixed, n = repair_mojibake(text)
    assert n == 2 and len(fixed) == len(text) and fixed.startswith("Mayor José  Ortega of Cádiz ")
    assert fixed.index("said") == text.index("said")
    assert repair_mojibake("Ce\u0301dric and Se\u0301ville")[1] == 0  # decomposed accents are no mojibake
    assert repair_mojibake("Ren\u00c3\u0083\u00c2\u00a9e")[1] == 0  # decoded three times: left as it is
    fixed, n = repair_mojibake("Mayor Jose\u0301 and Ha\u00c3\u00a8ne and SA\u0303\u00a9golA\u0303 \u0308ne")  # normalised afterwards too
    assert n == 3 and fixed.split()[3:] == ["Ha\u00e8ne", "and", "S\u00e9gol\u00e8ne"]
    doc = en_after_headline("Mayor JosÃ© Ortega said the port would reopen in May.")
    assert source_name(doc, one(doc, "port would reopen")) == "José Ortega"
    assert [n.rule for n in doc.reader_notes] == ["reader.mojibake"]


def test_as_put_it_with_an_occasion_before_its_comma() -> None:
    doc = en_after_headline("As the bakery's chief executive, Ann Holt, put it in her memo to staff, "
                            "\u201cImagine a town where nobody has to drive to buy bread.\u201d")
    a = one(doc, "Imagine a town")
    assert a.mode == "according_to" and a.rule.endswith("+occasion") and source_name(doc, a) == "Ann Holt"


def test_a_fronted_as_clause_after_a_short_adverbial() -> None:
    doc = en_after_headline("Of course, as Tom Reed of the Valley Courier observed, the biggest winner was the crowd itself.")
    a = one(doc, "biggest winner")
    assert source_name(doc, a) == "Tom Reed" and a.rule.endswith("+after_adverbial")
    doc = en_after_headline("Later, as the mayor spoke, the crowd fell silent.")
    assert not doc.attributions
    # (a preposition and a name before the comma is an adverbial too: the claim is the main clause, not "In March")
    for opener in ("In March", "In Paris"):
        doc = en_after_headline(f"{opener}, as Tom Reed reported, the vote on the pier failed.")
        a = one(doc, "vote on the pier")
        assert doc.span_text(a.content[0]) == "the vote on the pier failed" and a.rule.endswith("+after_adverbial")


def test_a_role_before_a_name_with_its_body_is_the_person() -> None:
    doc = en_after_headline("\u201cThe dam will fail within a decade,\u201d engineer Ann Holt of the Valley Institute for Water Research wrote in May.")
    assert [s.name for s in doc.sources] == ["Ann Holt"]
    doc = en_after_headline("\u201cThe dam will fail,\u201d said analyst Tom Reed of Harbor Capital.")
    assert source_name(doc, one(doc, "dam will fail")) == "Tom Reed"


def test_two_outlets_in_capitals_name_no_publisher() -> None:
    # (a text prints one publisher: one that writes two outlets in capitals writes every outlet so, both stay links)
    doc = en_after_headline("\u201cThe ferry will not run in winter,\u201d harbour master Ann Holt told POLITICO on Monday. "
                            "Tom Lund, a council member, told NEWSWEEK that the vote on the pier was rushed.")
    a, b = one(doc, "ferry will not run"), one(doc, "vote on the pier")
    assert link_names(a) == ["Politico"] and link_names(b) == ["Newsweek"]
    assert "house_capitals" not in a.rule and "house_capitals" not in b.rule
    # (the same outlet in capitals twice is still one)
    doc = en_after_headline("Ann Holt told POLITICO the ferry would stop. Tom Lund told POLITICO the pier was rushed.")
    assert [s.name for s in doc.sources] == ["Ann Holt", "Tom Lund"]


def test_a_question_put_to_someone_anchors_no_answer() -> None:
    for tag in ("a reporter asked", "Ann Holt asked him", "Ann Holt asked the mayor"):
        doc = en_after_headline(f"Mayor Tom Reed spoke at the pier on Monday. \u201cWill the mill close?\u201d {tag}. "
                                "\u201cNo. It will stay open until the spring.\u201d")
        a = one(doc, "stay open")
        assert source_name(doc, a) != "Ann Holt" and source_name(doc, a) != "reporter"
        assert "after_question" not in a.rule
    doc = en_after_headline("Tom Reed said the town was shrinking. \u201cWho would want to stay here?\u201d Ann Holt asked on Monday. "
                            "\u201cNot me. The mill is gone.\u201d")
    a = one(doc, "mill is gone")
    assert source_name(doc, a) == "Ann Holt" and "+after_question" in a.rule


def test_a_role_read_before_a_name_names_its_rule_on_the_mention() -> None:
    doc = en_after_headline("\u201cThe dam will fail,\u201d said analyst Tom Reed of Harbor Capital. "
                            "\u201cIt is old,\u201d software co-founder Ann Holt said.")
    rules = {doc.span_text(m.span): m.rule for m in doc.mentions}
    assert rules["analyst Tom Reed of Harbor Capital"].endswith("+source.person.role_name_affiliation")
    assert rules["software co-founder Ann Holt"].endswith("+source.person.role_before_name")


def test_an_outlet_written_in_capitals_and_as_a_name_is_no_house_style() -> None:
    # (its own house writes its name one way: "POLITICO" once and "Politico" once is some other outlet's text)
    doc = en_after_headline("\u201cThe ferry will not run in winter,\u201d harbour master Ann Holt told POLITICO on Monday. "
                            "Tom Lund told Politico that the vote on the pier was rushed.")
    a = one(doc, "ferry will not run")
    assert link_names(a) == ["Politico"] and "house_capitals" not in a.rule
