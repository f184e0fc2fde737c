"""Segmentation of scraped text into title, body, social_post, caption, source_list,
boilerplate and comment (rule ids `segment.*`).

Works line by line on the lines that the reader has not already placed (the HTML reader places
title, posts and comments itself). Embedded posts are found from their signature
("— Name (@handle) Month D, YYYY", "A post shared by …") and grown over neighbouring lines that
carry embed markers or are in another language than the article, in both directions, since a
scraped embed's lines can come out of order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

from ..document import Document, Segment, SegmentKind, Span
from ..language import detect, function_word_votes
from ..resources import SUPPORTED, languages, load
from ..textutil import lines
from .timex import parse_absolute_date

_SIGNATURE = re.compile(
    r"^[—–-]{1,2}\s*(?P<author>[^\n()]{0,80}?)\s*\((?P<handle>@[\w.@-]{1,60})\)\s*(?P<date>[^\n]{0,40})$"
)
_EMBED_MARK = re.compile(
    r"pic\.twitter\.com/\w+|\bt\.co/\w+|\bt\.me/\w+|bsky\.app/|instagram\.com/p/|^\d+\s*[|/]\s*\d+\b|#\w+|https?://(?:x|twitter)\.com/"
)
_THREAD = re.compile(r"^\d+\s*[|/]\s*\d+\b")
_BULLET = re.compile(r"^\s*(?:[-•*–·]|\d+\.)\s+")
_URL_LINE = re.compile(r"^\S+\.\w{2,4}(?:/\S*)?$|^https?://\S+$")


class _Once:
    """A value computed when first asked for, then kept."""

    def __init__(self, make: Callable[[], str]) -> None:
        self._make: Callable[[], str] | None = make
        self._value = ""

    def __call__(self) -> str:
        if self._make is not None:
            self._value, self._make = self._make(), None
        return self._value


@dataclass
class _Line:
    span: Span
    text: str
    kind: SegmentKind | None = None
    rule: str = ""
    post: int = -1


_LETTERS = re.compile(r"[^\W\d_]+")


@cache
def _markers() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for lang in SUPPORTED:
        for key, vals in load(lang, "segments").items():
            if not key.startswith("_"):
                out.setdefault(key, []).extend(vals)
    return out


@cache
def _shared_by() -> re.Pattern[str]:
    """"A post shared by Name (@handle) on date": the signature of an Instagram-style embed (the
    phrases are resource data, `post_shared_by` and `post_shared_on`)."""
    m = _markers()
    lead = "|".join(re.escape(x) for x in sorted(m["post_shared_by"], key=len, reverse=True))
    on = "|".join(re.escape(x) for x in m["post_shared_on"])
    return re.compile(
        rf"^(?:{lead})\s+(?P<author>.*?)\s*\((?P<handle>@[\w.]+)\)(?:\s+(?:{on})\s+)?(?P<date>.*)$"
    )


def post_signature(line: str) -> tuple[re.Match[str], str] | None:
    """The signature of an embedded post on one (stripped) line, with its platform: "— Name
    (@handle) date" (X/Twitter style) or "A post shared by Name (@handle)" (Instagram style)."""
    m = _SIGNATURE.match(line)
    if m:
        return m, "x"
    m = _shared_by().match(line)
    return (m, "instagram") if m else None


def _starts_with_any(text: str, prefixes: list[str]) -> bool:
    t = text.strip()
    return any(t.startswith(p) for p in prefixes)


def is_footer_heading(text: str) -> bool:
    t = text.strip()
    for m in _markers()["source_footer"]:
        if t == m or t == m + ":" or (t.startswith(m) and len(t) < 160 and m.istitle() is False):
            return True
        if t.startswith(m + ":"):
            return True
        if m.startswith("Mit Material") and t.startswith(m):
            return True
        if m.endswith("report") and t.endswith(m + "."):
            return True
    return any(re.match(p, t) for p in _markers()["credit_line"])


def _is_boilerplate(text: str) -> bool:
    t = text.strip()
    if len(t) > 160:
        return False
    # (a marker that may open a sentence of the body, "Weitere Informationen gab die Polizei nicht
    # bekannt.", is furniture only as the whole line: `boilerplate_line`)
    return _starts_with_any(t, _markers()["boilerplate"]) or t.rstrip(" :") in _markers().get("boilerplate_line", [])


def _is_caption(text: str) -> bool:
    t = text.strip()
    if len(t) > 300:
        return False
    return bool(
        re.search(r"(?:^|[\s(|/])(?:Foto|Bild|Fotos|Photo|Image|Credit|Bildquelle)\s*:\s*\S", t)
        or re.search(r"©\s*\S", t)
        or re.search(r"\b(?:Getty Images|AP Photo|IMAGO|imago images|Keystone|picture alliance)\b", t)
    )


#: the marks that set a page's title apart from a section label or a site's name in one line
#: ("Rubrik: Titel", "Titel | Site", "Titel - Site")
_TITLE_APART = ":|-–—/•·»>"


def _repeats(line: str, title: str) -> bool:
    """A line that is the page's title again: the same words, or one holds the other and covers
    most of it ("Titel" under "Titel - Site", "Rubrik: Titel" over "Titel"). A line that holds the
    title and more repeats it only where a mark of `_TITLE_APART` sets the more apart: where the
    title's words run on ("Titel bis Mai.") the line is the body's first sentence, which tells
    more than the title."""
    a, b = (" ".join(_LETTERS.findall(x.casefold())) for x in (line, title))
    if not a or not b or len(line) > 300:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if not (len(short.split()) >= 4 and short in long and len(short) >= 0.6 * len(long)):
        return False
    if long is b:
        return True
    low = line.casefold()
    at = re.search(r"(?<![^\W\d_])" + r"[\W\d_]+".join(map(re.escape, short.split())) + r"(?![^\W\d_])", low)
    if at is None:
        return False
    before, after = low[: at.start()].rstrip(), low[at.end() :].lstrip()
    return not (_LETTERS.search(before) and before[-1:] not in _TITLE_APART) \
        and not (_LETTERS.search(after) and after[:1] not in _TITLE_APART)


class Segmenter:
    name: ClassVar[str] = "segment.rules.v1"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    assigns: ClassVar[tuple[str, ...]] = ("segments", "language")

    def __call__(self, doc: Document) -> None:
        text = doc.text
        # a language given by the caller (--lang) holds for the article's own text
        given = doc.language if doc.language in languages() else None
        placed = list(doc.segments)
        todo = [
            _Line(sp, text[sp.start : sp.end])
            for sp in lines(text)
            if not any(s.span.overlaps(sp) for s in placed)
        ]
        if todo:
            self._posts(todo, given or _Once(lambda: self._article_language(doc, todo)))
            self._title(doc, todo, placed)
            # an HTML page's comments are placed by the reader from the page's markup; the
            # text-based guesses (lines after a comments heading or a source footer) are for text
            self._footer_and_comments(todo, comments=doc.input_format != "html")
            in_links = False
            for ln in todo:
                if ln.kind is None:
                    t = ln.text.strip()
                    if in_links and len(t) <= 120 and not re.search(r"[.!?]$", t):
                        ln.kind, ln.rule = "boilerplate", "segment.boilerplate.link_list"
                        continue
                    in_links = False
                    if _is_boilerplate(ln.text):
                        ln.kind, ln.rule = "boilerplate", "segment.boilerplate"
                        in_links = t.endswith(":")
                    elif _is_caption(ln.text):
                        ln.kind, ln.rule = "caption", "segment.caption"
                    else:
                        ln.kind, ln.rule = "body", "segment.body"
            placed.extend(self._merge(text, todo, given))
        placed.sort(key=lambda s: s.span.start)
        for seg in placed:
            if given and seg.kind in ("body", "title"):
                seg.language = given
            if seg.language == "und":
                seg.language = detect(text[seg.span.start : seg.span.end])
            if seg.kind == "social_post" and seg.date and not re.match(r"\d{4}-\d\d", seg.date):
                seg.date = parse_absolute_date(seg.date) or seg.date
        doc.segments = placed
        # the article's language: the one that covers most characters of title and body
        # (a count of segments tied between languages, and set order then chose between runs)
        chars: dict[str, int] = {}
        for s in placed:
            if s.kind in ("body", "title"):
                chars[s.language] = chars.get(s.language, 0) + len(s.span)
        if given:
            doc.language = given
        elif chars:
            known = sorted(lang for lang in chars if lang != "und") or ["und"]
            doc.language = max(known, key=lambda lang: chars[lang])
            for s in placed:
                # a body segment of undetermined lines only is in the article's language
                # (rule segment.language.undetermined_line)
                if s.kind in ("body", "title") and s.language == "und":
                    s.language = doc.language
                    continue
                # a body line without one function word of any language ("ROUND 7.", a list of names with
                # ranks) was guessed by the classifier from names: it is in the article's language
                # (rule segment.language.no_function_words)
                if s.kind in ("body", "title") and s.language != doc.language \
                        and not any(function_word_votes(_LETTERS.findall(text[s.span.start : s.span.end])).values()):
                    s.language = doc.language

    @staticmethod
    def _article_language(doc: Document, todo: list[_Line]) -> str:
        sample = " ".join(ln.text for ln in sorted(todo, key=lambda x: -len(x.text))[:5])
        return detect(sample)

    def _posts(self, todo: list[_Line], language: str | _Once) -> None:
        """Social-media posts by their signature lines and the lines around them. `language` is the
        article's language, or what tells it when first asked (`_article_language`: the classifier
        on the longest lines is run for a text with a post signature only)."""
        n = 0
        for i, ln in enumerate(todo):
            if post_signature(ln.text.strip()) is None or ln.kind is not None:
                continue
            article_lang = language if isinstance(language, str) else language()
            ln.kind, ln.rule, ln.post = "social_post", "segment.post.signature", n
            # grow backwards: the post's text stands before its signature
            j = i - 1
            while j >= 0 and todo[j].kind is None:
                prev = todo[j]
                foreign = detect(prev.text) not in (article_lang, "und")
                marked = bool(_EMBED_MARK.search(prev.text))
                if foreign or (marked and j == i - 1) or (j == i - 1 and len(prev.text) < 280 and article_lang != detect(prev.text)):
                    prev.kind, prev.rule, prev.post = "social_post", "segment.post.before", n
                    j -= 1
                else:
                    j = self._post_block(todo, j, n)
                    break
            # grow forwards: scraped embeds can spill lines after the signature
            k = i + 1
            while k < len(todo) and todo[k].kind is None:
                nxt = todo[k]
                lang = detect(nxt.text)
                if _THREAD.match(nxt.text.strip()) or (lang not in (article_lang,) and lang != "und") or (
                    lang == "und" and _EMBED_MARK.search(nxt.text)
                ):
                    nxt.kind, nxt.rule, nxt.post = "social_post", "segment.post.after", n
                    k += 1
                else:
                    break
            n += 1
        # embed markers without a signature: a lone line with pic.twitter.com etc.
        for ln in todo:
            if ln.kind is None and re.search(r"pic\.twitter\.com/\w+|\bt\.co/\w+", ln.text) and len(ln.text) < 400:
                ln.kind, ln.rule, ln.post = "social_post", "segment.post.marker", n
                n += 1

    @staticmethod
    def _post_block(todo: list[_Line], j: int, n: int) -> int:
        """'Read my note …\nWe stand …\nWhy wait? pic.twitter.com/…': the lines of a post
        before its marked last line, each on the next line of the one before (no blank line
        between), short, and the block set off by a blank line before it (where the text puts
        blank lines between paragraphs); they join post `n`. The index before the block."""
        if j + 1 >= len(todo) or todo[j + 1].post != n:
            return j
        k = j
        while k >= 0 and todo[k].kind is None and len(todo[k].text) < 280 and j - k < 4 \
                and todo[k + 1].span.start - todo[k].span.end == 1:
            if k > 0 and todo[k].span.start - todo[k - 1].span.end > 1:  # a blank line before the block
                for m in range(k, j + 1):
                    todo[m].kind, todo[m].rule, todo[m].post = "social_post", "segment.post.block", n
                return k - 1
            k -= 1
        return j

    @staticmethod
    def _title(doc: Document, todo: list[_Line], placed: list[Segment]) -> None:
        if any(s.kind == "title" for s in placed):
            # a page that prints its headline again at the top of the body ("Titel | Site" in the
            # markup, "Titel" over the text): the repeat is the page's furniture, no second claim
            # (rule segment.title.repeat; only among the first lines)
            title = next(doc.text[s.span.start : s.span.end] for s in placed if s.kind == "title")
            for ln in todo[:3]:
                if ln.kind is None and _repeats(ln.text, title):
                    ln.kind, ln.rule = "boilerplate", "segment.title.repeat"
            return
        first = todo[0]
        if first.kind is not None or len(todo) < 2:
            return
        t = first.text.strip()
        if len(t) <= 200 and not re.search(r"[.:;,]$", t) and len(t.split()) >= 2:
            first.kind, first.rule = "title", "segment.title.first_line"
            doc.title = doc.title or t

    @staticmethod
    def _footer_and_comments(todo: list[_Line], comments: bool = True) -> None:
        footer_at = None
        for i, ln in enumerate(todo):
            if ln.kind is None and is_footer_heading(ln.text) and i > len(todo) // 3:
                footer_at = i
                ln.kind, ln.rule = "source_list", "segment.footer.heading"
                break
        if footer_at is None:
            if not comments:
                return
            for i, ln in enumerate(todo):
                if ln.kind is None and _starts_with_any(ln.text, _markers()["comments_heading"]) and len(ln.text) < 60 and i > len(todo) // 2:
                    ln.kind, ln.rule = "boilerplate", "segment.comments.heading"
                    for rest in todo[i + 1 :]:
                        if rest.kind is None:
                            rest.kind, rest.rule = "comment", "segment.comment.after_heading"
                    return
            return
        heading = todo[footer_at].text.strip()
        in_list = heading.endswith(":")
        in_links = False
        for ln in todo[footer_at + 1 :]:
            if ln.kind is not None:
                continue
            t = ln.text.strip()
            listy = bool(_BULLET.match(t) or _URL_LINE.match(t)) or (
                len(t) <= 80 and not re.search(r"[.!?]$", t) and len(t.split()) <= 8
            )
            if in_list and listy:
                ln.kind, ln.rule = "source_list", "segment.footer.item"
                continue
            if in_links and len(t) <= 120 and not re.search(r"[.!?]$", t):
                ln.kind, ln.rule = "boilerplate", "segment.footer.link_list"
                continue
            in_list = in_links = False
            if _is_boilerplate(t) or (_starts_with_any(t, _markers()["comments_heading"]) and len(t) < 60):
                ln.kind, ln.rule = "boilerplate", "segment.footer.boilerplate"
                in_links = t.endswith(":")
            elif is_footer_heading(t):
                ln.kind, ln.rule = "source_list", "segment.footer.heading"
            elif comments:
                # the article ended with its source footer: what follows is readers' talk
                ln.kind, ln.rule = "comment", "segment.comment.after_footer"

    @staticmethod
    def _merge(text: str, todo: list[_Line], given: str | None = None) -> list[Segment]:
        out: list[Segment] = []
        post_of: list[int] = []
        for ln in todo:
            if ln.kind is None:
                continue
            prev = out[-1] if out else None
            same_post = (
                prev is not None and prev.kind == "social_post" and ln.kind == "social_post"
                and post_of[-1] == ln.post
            )
            lang = (given or detect(ln.text)) if ln.kind == "body" else "und"
            # an undetermined body line ("Update 3:", a name) joins the body line next to it and takes
            # its language; it does not hold its segment open for every line after it, which would
            # then be guessed as a whole (rule segment.language.undetermined_line)
            mergeable = ln.kind in ("source_list", "boilerplate") or (
                ln.kind == "body" and prev is not None and prev.kind == "body"
                and (prev.language == "und" or lang == "und" or lang == prev.language)
            )
            adjacent = prev is not None and not text[prev.span.end : ln.span.start].strip()
            if prev is not None and adjacent and (same_post or (prev.kind == ln.kind and mergeable)):
                prev.span = Span(prev.span.start, ln.span.end)
                if prev.kind == "body" and prev.language == "und":
                    prev.language = lang
                continue
            seg = Segment(kind=ln.kind, span=ln.span, rule=ln.rule)
            if ln.kind == "body":
                seg.language = lang
            out.append(seg)
            post_of.append(ln.post)
        for seg in out:
            if seg.kind == "social_post":
                seg_text = text[seg.span.start : seg.span.end]
                for raw in seg_text.split("\n"):
                    found = post_signature(raw.strip())
                    if found:
                        m, seg.platform = found
                        seg.author = m.group("author").strip() or None
                        seg.handle = "@" + m.group("handle").lstrip("@").split("@")[0]
                        seg.date = m.group("date").strip() or None
                        break
                else:
                    hm = re.search(r"(?<![\w.])@(\w{1,30})", seg_text)
                    seg.handle = "@" + hm.group(1) if hm else None
        return out
