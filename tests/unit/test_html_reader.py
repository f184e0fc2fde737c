"""HTML input: main text, metadata, embedded posts and reader comments as their own segments."""

from __future__ import annotations

import pytest

import sourcetrace

PAGE = """<!doctype html><html lang="de"><head><title>Neue Brücke für Kleinhafen</title>
<meta property="article:published_time" content="2026-03-03T10:00:00Z">
<meta name="author" content="Erika Beispiel"></head><body>
<nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article><h1>Neue Brücke für Kleinhafen</h1>
<p>Der Bau der neuen Brücke soll laut Bauamt bis zu 48 Millionen Franken kosten. Das ist deutlich mehr als bisher angenommen.</p>
<p>Stadtpräsidentin Andrea Muster erklärte am Dienstag, die Mehrkosten seien vor allem auf gestiegene Stahlpreise zurückzuführen.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Costs are up again, the budget is not.</p>&mdash; Rhine Watch (@rhinewatch_ex) <a href="https://twitter.com/x/status/1">March 3, 2026</a></blockquote>
<p>Die Opposition kritisiert das Projekt seit Monaten scharf und verlangt eine unabhängige Prüfung der Kosten durch den Kanton.</p>
</article>
<section id="comments"><h2>Kommentare</h2><div class="comment"><p>Endlich wird gebaut, das wurde auch Zeit für alle Velofahrer in der Stadt!</p></div></section>
</body></html>"""


def test_html_page_is_read_with_posts_and_metadata() -> None:
    doc = sourcetrace.analyze(PAGE)
    assert doc.input_format == "html"
    assert doc.title == "Neue Brücke für Kleinhafen"
    assert doc.date is not None and doc.date.value == "2026-03-03" and doc.date.origin == "metadata"
    posts = [s for s in doc.segments if s.kind == "social_post"]
    assert len(posts) == 1 and posts[0].handle == "@rhinewatch_ex"
    assert "Costs are up again" in doc.span_text(posts[0].span)
    bodies = " ".join(doc.span_text(s.span) for s in doc.segments if s.kind == "body")
    assert "Costs are up" not in bodies and "Startseite" not in bodies
    assert any(a.mode == "according_to" for a in doc.attributions)


def test_html_and_text_of_the_same_article_give_the_same_attributions() -> None:
    html_doc = sourcetrace.analyze(PAGE)
    text_doc = sourcetrace.analyze(html_doc.text, date="2026-03-03")
    def key(d):  # type: ignore[no-untyped-def]
        return [(a.mode, d.span_text(a.content[0])) for a in d.attributions]
    assert key(html_doc) == key(text_doc)


def test_html_in_a_declared_legacy_charset_is_read() -> None:
    page = PAGE.replace('<meta property', '<meta charset="iso-8859-1"><meta property').encode("latin-1")
    doc = sourcetrace.analyze(page)
    assert "Brücke" in doc.text


def _page(article: str, extra: str = "") -> str:
    return f"""<!doctype html><html lang="de"><head><title>Hafenfest in Kleinhafen</title>
<meta property="article:published_time" content="2026-05-04T08:00:00Z"></head><body>
<article><h1>Hafenfest in Kleinhafen</h1>
<p>Das Hafenfest in Kleinhafen zieht in diesem Jahr mehr Besucher an als je zuvor, sagte der Festleiter am Montag.</p>
{article}
<p>Die Stadt will das Fest im nächsten Jahr um einen Tag verlängern und sucht dafür freiwillige Helferinnen und Helfer.</p>
</article>{extra}</body></html>"""


TWEET = """<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Boats everywhere, thanks to <a href="#">@harbourcrew_ex</a>!<br><br>Best festival of the year.</p>&mdash; Lena Kai (@lenakai_ex) <a href="https://twitter.com/lenakai_ex/status/2">May 3, 2026</a></blockquote>"""


def test_post_keeps_its_lines_and_the_account_of_its_signature() -> None:
    doc = sourcetrace.analyze(_page(TWEET))
    post = next(s for s in doc.segments if s.kind == "social_post")
    assert post.handle == "@lenakai_ex" and post.author == "Lena Kai"  # not the @mention in the text
    assert doc.span_text(post.span).split("\n") == [
        "Boats everywhere, thanks to @harbourcrew_ex!", "Best festival of the year.",
        "— Lena Kai (@lenakai_ex) May 3, 2026"]
    att = next(a for a in doc.attributions if a.mode == "social_post")
    assert att.source_span is not None and doc.span_text(att.source_span) == "Lena Kai (@lenakai_ex)"
    assert [doc.span_text(c) for c in att.content][:1] == ["Boats everywhere, thanks to @harbourcrew_ex!"]


def test_embed_kept_as_markup_by_a_consent_placeholder_is_found() -> None:
    escaped = TWEET.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    holder = f'<div class="consent"><textarea class="original-content" hidden>{escaped}</textarea><p>Inhalte von X laden</p></div>'
    doc = sourcetrace.analyze(_page(holder))
    posts = [s for s in doc.segments if s.kind == "social_post"]
    assert [p.handle for p in posts] == ["@lenakai_ex"]
    assert "Best festival of the year." in doc.span_text(posts[0].span)


COMMENTS = """<section id="comments" class="comment-section"><h3>Kommentare</h3>
<div class="comment-list">
 <article class="comment" id="c1"><div class="comment-meta"><h4 class="comment-meta__name"><a href="/u/1">Seebär</a></h4>
  <a class="comment-meta__date" href="#c1">#1 — vor 3 Stunden</a></div>
  <div class="comment__body"><p>Endlich wieder Musik am Hafen.</p><p>Bitte nächstes Jahr mehr Bänke aufstellen.</p></div>
  <div class="comment__reactions"><button>Antworten</button> <a href="#">Melden</a></div>
  <article class="comment comment--reply" id="c2"><div class="comment-meta"><h4 class="comment-meta__name">Möwe</h4>
   <a class="comment-meta__date" href="#c2">#1.1 — vor 2 Stunden</a></div>
   <div class="comment__body"><p>Bänke gab es doch am Kai genug.</p></div></article>
 </article>
 <article class="comment" id="c3"><footer class="comment-meta"><div class="comment-author"><cite class="fn">Hafenkind</cite> <span>sagt:</span></div>
  <div class="comment-metadata"><time datetime="2026-05-04T11:02:00+02:00">4. Mai 2026 um 11:02 Uhr</time></div></footer>
  <div class="comment-content"><p>War ein schöner Abend, danke an alle Helfer!</p></div></article>
</div></section>"""


def test_comments_come_out_one_per_comment_with_author_and_date() -> None:
    doc = sourcetrace.analyze(_page("", COMMENTS))
    comments = [s for s in doc.segments if s.kind == "comment"]
    got = [(s.author, s.date, doc.span_text(s.span)) for s in comments]
    assert got == [
        ("Seebär", "vor 3 Stunden", "Endlich wieder Musik am Hafen.\nBitte nächstes Jahr mehr Bänke aufstellen."),
        ("Möwe", "vor 2 Stunden", "Bänke gab es doch am Kai genug."),
        ("Hafenkind", "2026-05-04T11:02:00+02:00", "War ein schöner Abend, danke an alle Helfer!"),
    ]
    assert all("Kommentare" not in t and "Antworten" not in t for _, _, t in got)


def test_comments_without_markup_for_their_parts_fall_back_to_paragraphs() -> None:
    extra = ('<section id="comments"><div class="comment"><p>Ein schöner Bericht über das Fest am Hafen, danke!</p></div>'
             '<div class="comment"><p>Ich war auch dort und fand die Musik viel zu laut für die Nachbarn.</p></div></section>')
    doc = sourcetrace.analyze(_page("", extra))
    comments = [doc.span_text(s.span) for s in doc.segments if s.kind == "comment"]
    assert comments == ["Ein schöner Bericht über das Fest am Hafen, danke!",
                        "Ich war auch dort und fand die Musik viel zu laut für die Nachbarn."]


INSTA = """<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Abc123/">
<div><a href="https://www.instagram.com/p/Abc123/"><div>Diesen Beitrag auf Instagram ansehen</div></a>
<p><a href="https://www.instagram.com/p/Abc123/">Ein Beitrag geteilt von Hafen Kleinhafen (@hafen_klein_ex)</a></p></div></blockquote>"""


def test_an_image_post_without_caption_has_its_account_but_no_claim() -> None:
    doc = sourcetrace.analyze(_page(INSTA))
    (post,) = [s for s in doc.segments if s.kind == "social_post"]
    assert (post.handle, post.author, post.platform) == ("@hafen_klein_ex", "Hafen Kleinhafen", "instagram")
    # the link label is furniture, the signature names the account: nothing here is a claim
    assert doc.span_text(post.span) == "Ein Beitrag geteilt von Hafen Kleinhafen (@hafen_klein_ex)"
    assert not [a for a in doc.attributions if post.span.contains(a.content[0])]


def test_an_embed_the_page_never_filled_is_no_post() -> None:
    shell = '<blockquote class="twitter-tweet"><a href="https://twitter.com/x/status/3"></a></blockquote>'
    doc = sourcetrace.analyze(_page(shell))
    assert not [s for s in doc.segments if s.kind == "social_post"]


def test_html_text_after_a_source_line_is_not_taken_for_comments() -> None:
    article = ("<p>Am Samstag spielen drei Blaskapellen auf der Mole, am Sonntag folgt ein Umzug der Fischerboote.</p>"
               "<p>Für Familien gibt es einen Kinderflohmarkt und eine Hüpfburg neben dem alten Zollhaus am Kai.</p>"
               "<p>Quellen:</p><ul><li>Hafenamt Kleinhafen</li></ul>"
               "<p>Wer im Sommer mit dem eigenen Boot anlegen will, muss den Platz zwei Wochen vorher beim Hafenamt anmelden.</p>")
    doc = sourcetrace.analyze(_page(article))
    assert not [s for s in doc.segments if s.kind == "comment"]
    assert any("zwei Wochen vorher" in doc.span_text(s.span) for s in doc.segments if s.kind == "body")


def test_a_page_plugin_with_only_a_link_is_no_post() -> None:
    plugin = ('<div class="fb-page"><blockquote class="fb-xfbml-parse-ignore">'
              '<a href="https://www.facebook.com/hafenkleinhafen">Hafen Kleinhafen</a></blockquote></div>')
    doc = sourcetrace.analyze(_page(plugin))
    assert not [s for s in doc.segments if s.kind == "social_post"]


def test_a_social_links_box_is_no_comment() -> None:
    box = '<div id="social-links"><p>Folgen Sie uns:</p><a href="#">X</a> <a href="#">Mastodon</a></div>'
    doc = sourcetrace.analyze(_page("", box))
    assert not [s for s in doc.segments if s.kind == "comment"]


def test_the_comment_list_wins_over_a_comments_link_a_form_and_a_recent_comments_widget() -> None:
    item = ('<li class="comment"><div class="comment-author"><cite class="fn">{a}</cite></div>'
            '<div class="comment-metadata"><time datetime="2026-05-0{d}T10:00:00">{d}. Mai</time></div>'
            '<div class="comment-content"><p>{t}</p></div></li>')
    extra = (
        '<div class="comments-link"><a href="#comments">2 Kommentare</a></div>'
        '<aside class="widget"><ul class="recent-comments"><li class="recentcomments"><span class="comment-author-link">Möwe</span>'
        ' bei <a href="/fest-2025">Das Hafenfest 2025</a> <time datetime="2025-05-01">1. Mai 2025</time></li>'
        '<li class="recentcomments"><span class="comment-author-link">Kapitän</span> bei <a href="/regatta">Regatta</a>'
        ' <time datetime="2025-06-01">1. Juni 2025</time></li></ul></aside>'
        '<div id="comments" class="comments-area"><ol class="comment-list">'
        + item.format(a="Lotsin", d=4, t="Die Feuerwerke über dem Wasser waren wunderschön anzusehen.")
        + item.format(a="Fischer Jan", d=5, t="Nächstes Jahr bitte wieder mit der Blaskapelle aus dem Nachbarort.")
        + '</ol><form class="comment-form"><label>Name</label><input name="author"><textarea name="comment"></textarea>'
        '<button>Senden</button></form></div>'
    )
    doc = sourcetrace.analyze(_page("", extra))
    got = [(s.author, s.date) for s in doc.segments if s.kind == "comment"]
    assert got == [("Lotsin", "2026-05-04T10:00:00"), ("Fischer Jan", "2026-05-05T10:00:00")]


def test_the_site_name_is_the_publisher_and_no_chain_link() -> None:
    html = ('<html><head><title>Dam holds</title><meta property="og:site_name" content="Harbour Times"></head><body><article>'
            '<h1>Dam holds</h1><p>"The dam will hold," Sarah Quist told the Harbour Times on Sunday. The engineers had checked '
            'every gate before the storm arrived in the night, she said.</p><p>The town council met on Monday to discuss the '
            'repairs that the storm had made necessary in the harbour.</p></article></body></html>')
    doc = sourcetrace.analyze(html, date="2024-10-13", lang="en")
    assert doc.publisher == "Harbour Times"
    assert doc.attributions and all(not a.via for a in doc.attributions)


def test_a_site_name_that_repeats_the_title_is_no_publisher() -> None:
    # a page whose application-name is its own headline: the host of its URL publishes it
    html = ('<html><head><title>Ferry line to the islands opens</title>'
            '<meta name="application-name" content="Ferry line to the islands opens">'
            '<link rel="canonical" href="https://www.harbourtimes.example/2024/ferry-line"></head><body><article>'
            '<h1>Ferry line to the islands opens</h1><p>The harbour board approved a new ferry line to the islands on '
            'Monday, its chair said. The first boat leaves in June and will call at four piers on the way.</p>'
            '<p>The town council met on Tuesday to discuss the timetable that the board had drawn up.</p></article></body></html>')
    doc = sourcetrace.analyze(html, date="2024-10-13", lang="en")
    assert doc.title == "Ferry line to the islands opens" and doc.publisher == "harbourtimes.example"


def test_a_page_whose_stylesheet_comes_before_its_doctype_is_read_as_html() -> None:
    from sourcetrace.readers import looks_like_html

    style = "<style>\n" + "".join(f"  .box{k} {{ opacity: 1; margin: {k}px; }}\n" for k in range(400)) + "</style>\n"
    page = (style + '<title>Ferry line opens</title><meta name="description" content="A new line"><meta name="robots" content="all">'
            '<!DOCTYPE html><html><head></head><body><article><h1>Ferry line opens</h1><p>The harbour board approved a new ferry '
            'line to the islands on Monday, its chair said. The first boat leaves in June and calls at four piers.</p>'
            '<p>The town council met on Tuesday to discuss the timetable that the board had drawn up for the summer.</p>'
            '</article></body></html>')
    assert len(style) > 4096 and looks_like_html(page.encode())
    assert not looks_like_html(b"A plain text that mentions <style> once.")
    doc = sourcetrace.analyze(page, date="2024-10-13", lang="en")
    assert doc.input_format == "html" and "opacity" not in doc.text


def test_a_month_only_metadata_date_stays_a_month() -> None:
    # htmldate completes content="2023-05" with today's day of the month: no evidence gives that day
    page = ("<html><head><meta property='article:published_time' content='2023-05'><title>Ferry</title></head>"
            "<body><article><p>The harbour board approved a new ferry line to the islands, its chair said.</p>"
            "<p>The line starts in the summer.</p></article></body></html>")
    doc = sourcetrace.analyze(page, lang="en")
    assert doc.date is not None and (doc.date.value, doc.date.origin) == ("2023-05", "metadata")
    dated = sourcetrace.analyze(page.replace("2023-05", "2023-05-17"), lang="en")
    assert dated.date is not None and dated.date.value == "2023-05-17"


def test_a_month_only_metadata_date_stays_a_month_on_any_day(monkeypatch: pytest.MonkeyPatch) -> None:
    # a month alone read on the 31st (dateutil would give February's last day) or on the 1st: the month
    import datetime as dt

    page = ("<html><head><meta property='article:published_time' content='2023-02'><title>Ferry</title></head>"
            "<body><article><p>The harbour board approved a new ferry line to the islands, its chair said.</p>"
            "<p>The line starts in the summer.</p></article></body></html>")
    for day in (31, 1, 2):
        class Then(dt.datetime):
            today_day = day

            @classmethod
            def now(cls, tz: dt.tzinfo | None = None) -> Then:
                return cls(2031, 1, cls.today_day, 8, 0)

        monkeypatch.setattr(dt, "datetime", Then)
        doc = sourcetrace.analyze(page, lang="en")
        assert doc.date is not None and doc.date.value == "2023-02", day
        # the first of the month, written in full, stays a day
        first = sourcetrace.analyze(page.replace("'2023-02'", "'2023-02-01'"), lang="en")
        assert first.date is not None and first.date.value == "2023-02-01", day
