"""The evaluation commands' matchers, on data we wrote (the corpora themselves are in ../shared)."""

from __future__ import annotations

from sourcetrace.document import Span
from sourcetrace.eval.embeds import _gold_posts, _words
from sourcetrace.eval.krauts import _match, parse_tml
from sourcetrace.eval.polnear import _trim, _untrimmed


def test_timex_matcher_counts_strict_relaxed_and_value() -> None:
    gold = [(0, 10, "DATE", "2026-03-03"), (20, 29, "TIME", "2026-03-03T8.30"), (40, 45, "DATE", "2026")]
    system = [(0, 10, "DATE", "2026-03-03"), (22, 29, "TIME", "2026-03-03T08:30"), (50, 55, "DATE", "2027")]
    acc = [0, 0, 0, 0, 0]
    _match(gold, system, acc)
    # strict: 1 identical span; relaxed: 2 overlaps; values: both matched pairs agree (T8.30 = T08:30)
    assert acc == [1, 2, 2, 3, 3]


def test_a_timeml_file_gives_offsets_into_its_plain_text() -> None:
    tml = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2026-03-02">2026-03-02</TIMEX3></DCT><TEXT>'
           'Das Fest beginnt <TIMEX3 tid="t1" type="DATE" value="2026-03-03">morgen</TIMEX3>.</TEXT></TimeML>')
    dct, text, timexes = parse_tml(tml)
    assert dct == "2026-03-02" and text == "Das Fest beginnt morgen."
    ((s, e, kind, value),) = timexes
    assert text[s:e] == "morgen" and (kind, value) == ("DATE", "2026-03-03")


def test_polnear_exact_trims_punctuation_and_untrimmed_does_not() -> None:
    text = 'He said: "The port will close."'
    with_marks, without = [Span(9, 31)], [Span(10, 29)]
    assert _trim(text, with_marks) == _trim(text, without)
    assert _untrimmed(with_marks) != _untrimmed(without)


def test_gold_posts_are_read_from_visible_and_escaped_markup() -> None:
    tweet = ('<blockquote class="twitter-tweet"><p lang="en">Ferry back on time <a href="#">@portcrew</a> '
             '<a href="https://t.co/x">pic.twitter.com/abc</a></p>&mdash; Port Desk (@portdesk_ex) <a href="#">May 1, 2026</a></blockquote>')
    escaped = tweet.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    posts = _gold_posts(f"<p>x</p>{tweet}<textarea>{escaped}</textarea>")
    assert len(posts) == 1  # the same post, visible and escaped, counts once
    assert posts[0]["account"] == "portdesk_ex" and posts[0]["words"] == _words("Ferry back on time @portcrew")
