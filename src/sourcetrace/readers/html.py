"""HTML pages: main text, title, date, author and reader comments through trafilatura; embedded
social posts (blockquote.twitter-tweet, instagram-media, …) are lifted out before extraction and
put back in place as `social_post` segments, so they are neither merged into the body nor lost.

Posts keep their line structure (paragraphs and line breaks of the embed, the signature
"— Name (@handle) date" on a line of its own). Embeds that a consent placeholder keeps as escaped
markup (inside `<textarea>`, `<template>`, `<noscript>` or a `<script type="text/html">`) are
parsed and lifted like visible ones. Reader comments come out one segment per comment, with its
author and date where the page marks them (see `_comments`); when the comment section has no
such structure, trafilatura's comment text is used, one segment per paragraph.

The text of the resulting Document is assembled here (title, body, posts, comments); all offsets
point into that assembled text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..document import Document, ReaderNote, Segment, Span
from ..errors import Errors, InputError
from ..resources import SUPPORTED, load
from ..steps.segment import post_signature

_EMBED_XPATH = (
    "//blockquote[contains(concat(' ', normalize-space(@class), ' '), ' twitter-tweet ')]"
    " | //blockquote[contains(@class, 'instagram-media')]"
    " | //blockquote[contains(@class, 'tiktok-embed')]"
    " | //blockquote[contains(@class, 'bluesky-embed')]"
    " | //blockquote[contains(@class, 'mastodon-embed')]"
    " | //blockquote[contains(@class, 'fb-xfbml-parse-ignore')]"
    " | //div[contains(@class, 'fb-post')]"
    " | //blockquote[contains(@class, 'telegram-post')]"
)
_EMBED_CLASSES = re.compile(
    r"twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed|fb-xfbml-parse-ignore|fb-post|telegram-post"
)
_POST_URL = re.compile(
    r"instagram\.com/(?:p|reel|tv)/|(?:twitter|x)\.com/\w+/status/|tiktok\.com/@[\w.]+/video/"
    r"|facebook\.com/.+/posts/|t\.me/\w+/\d+|bsky\.app/profile/.+/post/"
)
_XML_DECLARATION = re.compile(r"\A\ufeff?\s*<\?xml[^>]*\?>")

#: a page may hold this many elements (E098): trafilatura's time grows with the markup, not with the
#: text (a made-up 2.7 MB page of about 160,000 empty elements took 36 s), and the size limit allows
#: pages of 10 × --max-bytes. The 889 pages of trafilatura-eval have at most 10,112 elements (median
#: 709; five over 4,500); counting them after lxml's parse costs 0.25 s of CPU for all 889 pages
#: (the parse 1.0 s). 50,000 is five times the largest real page (read_html then takes about 3 s).
MAX_HTML_ELEMENTS = 50_000
#: a page of more inline formatting elements than this (`_INLINE_STRIPPED` and spans; the pages of
#: trafilatura-eval's AUDIT pool have at most 1,289, and at most 144 in one element) has them stripped
#: before extraction (`_flatten_inline`)
FLATTEN_FROM = 5_000
#: a page of more block elements than this (the AUDIT pool's pages have at most 5,576) is extracted without
#: trafilatura's fallback extractors (rule reader.html.no_fallback): justext, one of them, searches the
#: neighbours of every short block, quadratic in the blocks of a page of many short ones (a made-up page of
#: 12,250 comment blocks took more than 150 s)
NO_FALLBACK_FROM = 12_000
#: a paragraph of more links than this (the AUDIT pool's pages have at most 97 in one) is a link farm
#: (rule reader.html.link_farm, `_trim_link_farms`): trafilatura's paragraph test reads its text nodes with
#: an XPath whose node-set merge grows with their square (a made-up paragraph of 8,000 links took 5 s to
#: read, 10,000 over 8 s; 1,000 take 0.1 s)
LINK_FARM_FROM = 1_000
_BLOCKS = ("p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "blockquote", "pre",
           "section", "article", "tr", "br")
#: the inline tags trafilatura strips first thing (its formatting tags, without sub/sup, and some of
#: MANUALLY_STRIPPED): the text they hold stays
_INLINE_STRIPPED = ("b", "strong", "i", "em", "u", "kbd", "samp", "tt", "var", "font", "small", "big", "mark", "nobr")
_HANDLE = re.compile(r"\(@(\w{1,30})\)|(?<![\w.])@(\w{1,30})")
_BLOCK = frozenset({
    "p", "div", "br", "li", "ul", "ol", "blockquote", "section", "article", "header", "footer",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "dd", "dt", "figure", "figcaption", "pre",
})
_SKIP = frozenset({"script", "style", "noscript", "template", "textarea", "form", "button", "svg", "select", "input"})
_PLATFORM = {
    "twitter": "x", "instagram": "instagram", "tiktok": "tiktok", "bluesky": "bluesky",
    "mastodon": "mastodon", "fb": "facebook", "telegram": "telegram",
}


@dataclass
class _Post:
    text: str
    platform: str
    handle: str | None
    author: str | None
    date_text: str | None


def block_text(el: Any, skip: frozenset[str] = _SKIP) -> str:
    """The text of an element as lines: block elements and <br> break lines, whitespace inside a
    line is collapsed, empty lines are dropped; elements in `skip` are left out (their tail kept)."""
    parts: list[str] = []

    def walk(e: Any) -> None:
        tag = e.tag if isinstance(e.tag, str) else ""
        if tag in skip:
            return
        if tag in _BLOCK:
            parts.append("\n")
        if tag and e.text:
            parts.append(e.text)
        for child in e:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in _BLOCK:
            parts.append("\n")

    walk(el)
    rows = (re.sub(r"\s+", " ", row).strip() for row in "".join(parts).split("\n"))
    return "\n".join(row for row in rows if row)


#: elements whose line breaks are the text's own (preformatted text, code, form fields)
_KEEP_BREAKS = frozenset({"pre", "textarea", "script", "style", "code", "plaintext", "listing", "xmp"})


@dataclass
class _Shape:
    """What one walk over a page's tree (`_walk`) counted and noted: its inline formatting elements
    (`_INLINE_STRIPPED` and spans), its block elements (`_BLOCKS`), and the places of date strings that
    open with four digits (`dayless_dates`: the elements whose text does, the (element, attribute) pairs
    of `_DATE_ATTRIBUTES` whose value does)."""

    inline: int = 0
    blocks: int = 0
    opening: list[Any] = field(default_factory=list)
    dated: list[tuple[Any, str]] = field(default_factory=list)


_INLINE_TAGS = frozenset({"span", *_INLINE_STRIPPED})
_BLOCK_TAGS = frozenset(_BLOCKS)


def _walk(tree: Any) -> _Shape:
    """One pass over the tree (after the embeds are lifted): collapses the source's line breaks inside
    words (`_collapse_source_breaks`), counts the inline and block elements and notes the date strings
    that open with four digits (`_Shape`). The counts decide `_flatten_inline` and the fallback
    extractors (FLATTEN_FROM, NO_FALLBACK_FROM); one walk, not one per count."""

    def kept(e: Any) -> bool:
        return e.tag in _KEEP_BREAKS or any(a.tag in _KEEP_BREAKS for a in e.iterancestors())

    shape = _Shape()
    for el in tree.iter():
        tag = el.tag
        if isinstance(tag, str):
            if tag in _INLINE_TAGS:
                shape.inline += 1
            elif tag in _BLOCK_TAGS:
                shape.blocks += 1
            # (only inside words: a text of whitespace alone is the markup's layout, which the extractor reads)
            text = el.text
            if text:
                if "\n" in text.strip() and not kept(el):
                    el.text = text = _inner_breaks(text)
                if _DATEUTIL_PATH.match(text):
                    shape.opening.append(el)
            for key in _DATE_ATTRIBUTES:
                value = el.get(key)
                if value and _DATEUTIL_PATH.match(value):
                    shape.dated.append((el, key))
        if el.tail and "\n" in el.tail.strip():
            parent = el.getparent()
            if parent is None or not kept(parent):
                el.tail = _inner_breaks(el.tail)
    return shape


def _collapse_source_breaks(tree: Any) -> None:
    """Line breaks in the page's source inside a paragraph's text ("<p>Seit⏎die Aktivistin …⏎reist,
    träumen …</p>") are spaces for a browser, which breaks lines only at block elements and <br>; the
    extractor kept them as line breaks, which cut sentences and quotations into lines
    (rule reader.html.source_breaks). Text inside preformatted elements keeps its breaks. (Done in
    `_walk`, with the counts read_html needs.)"""
    _walk(tree)


def _inner_breaks(text: str) -> str:
    """`text` with its line breaks between words made spaces, the whitespace at its ends kept."""
    core = text.strip()
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return lead + _SOURCE_BREAK.sub(" ", core) + trail


#: a line break in the source with the spaces around it
_SOURCE_BREAK = re.compile(r"[ \t]*\r?\n\s*")


def _unhide_embeds(tree: Any) -> None:
    """Consent placeholders keep an embed as escaped markup inside a textarea, template, noscript
    or script element; parse it and put the embed elements in the container's place."""
    import lxml.html

    for holder in tree.xpath("//textarea | //template | //noscript | //script[contains(@type, 'html') or contains(@type, 'template')]"):
        raw = holder.text or ""
        if not _EMBED_CLASSES.search(raw) or ("<blockquote" not in raw and "<div" not in raw):
            continue
        try:
            frag = lxml.html.fragment_fromstring(raw, create_parent="div")
        except (ValueError, lxml.etree.ParserError):
            continue
        embeds = frag.xpath(_EMBED_XPATH.replace("//", ".//"))
        parent = holder.getparent()
        if not embeds or parent is None:
            continue
        box = lxml.html.Element("div")
        for e in embeds:
            e.tail = None
            box.append(e)
        box.tail = holder.tail
        parent.replace(holder, box)


def _lift_embeds(tree: Any) -> list[_Post]:
    from lxml import etree

    _unhide_embeds(tree)
    posts: list[_Post] = []
    for el in tree.xpath(_EMBED_XPATH):
        cls = el.get("class", "")
        platform = next((v for k, v in _PLATFORM.items() if k in cls), "social")
        links = el.xpath(".//a")
        date_text = links[-1].text_content().strip() if links else None
        # a line that is only the label of a link to the post itself ("View this post on
        # Instagram") is the embed's furniture, not what the post says
        labels = {
            re.sub(r"\s+", " ", a.text_content()).strip() for a in links
            if _POST_URL.search(a.get("href", "")) and "(@" not in a.text_content()
        }
        rows = block_text(el, frozenset({"script", "style", "svg", "button", "form"})).split("\n")
        text = "\n".join(r for r in rows if r not in labels or post_signature(r))
        parent = el.getparent()
        link_texts = {re.sub(r"\s+", " ", a.text_content()).strip() for a in links}
        rows = text.split("\n")
        only_links = all(r in link_texts for r in rows) and not any(post_signature(r) for r in rows)
        if not re.search(r"\w", text) or only_links:
            # an embed whose text the page never had (a script fills it in), or only links (a
            # page plugin's "Facebook"): no post to show
            if parent is not None:
                el.drop_tree()
            continue
        handle = author = None
        # the signature line names the account; an @mention in the post's text does not
        for row in reversed(text.split("\n")):
            found = post_signature(row)
            if found:
                sig = found[0]
                handle, author = "@" + sig.group("handle").lstrip("@"), sig.group("author").strip() or None
                break
        if handle is None:
            m = _HANDLE.search(text)
            handle = "@" + (m.group(1) or m.group(2)) if m else None
        marker = etree.Element("p")
        marker.text = f"SOURCETRACEEMBED{len(posts)}X"
        posts.append(_Post(text, platform, handle, author, date_text))
        if parent is not None:
            marker.tail = el.tail
            parent.replace(el, marker)
    return posts


@dataclass
class _Comment:
    text: str
    author: str | None
    date: str | None


# class/id words (split at - and _) that mark the parts of one comment
_META_WORDS = frozenset({"date", "time", "timestamp", "datum", "meta", "metadata", "commentmetadata", "posted", "pubdate"})
_AUTHOR_WORDS = frozenset({"author", "name", "user", "username", "nick", "nickname", "fn", "autor", "commenter", "poster"})
_BODY_WORDS = frozenset({"body", "content", "text", "message", "entry"})
_ACTION_WORDS = frozenset({"reply", "reactions", "reaction", "actions", "action", "vote", "votes", "like", "likes", "share", "report", "flag", "badge", "avatar", "respond"})


_WORD = re.compile(r"\w+")
_COMMENT_NUMBER = re.compile(r"^#\d+(?:\.\d+)*\s*[—–|-]?\s*")


def _words(el: Any) -> set[str]:
    raw = f"{el.get('class', '')} {el.get('id', '')} {el.get('itemprop', '')}".lower()
    return {w for tok in raw.split() for w in re.split(r"[-_]+", tok) if w}


def _comment_containers(tree: Any) -> list[Any]:
    """Candidate comment sections: the elements trafilatura's comment expressions select, in their
    order, then lists and blocks whose class or id names comments (trafilatura matches lists
    after renaming <ol>/<ul>, which a raw tree does not have)."""
    from trafilatura.xpaths import COMMENTS_XPATH

    out: list[Any] = []
    for expr in COMMENTS_XPATH:
        out.extend(e for e in expr(tree) if e not in out)
    extra = tree.xpath(
        "//*[self::ol or self::ul or self::div or self::section]"
        "[contains(translate(@class, 'COMENT', 'coment'), 'comment') or contains(translate(@id, 'COMENT', 'coment'), 'comment')]"
    )
    out.extend(e for e in extra if e not in out)
    return out


def _comments(tree: Any, extracted: str) -> list[_Comment]:
    """One comment per item of the page's comment section: of the candidate sections
    (`_comment_containers`) whose items hold mostly words of the comment text trafilatura
    extracted (`extracted`) — so a comment form, a "3 comments" link or a sidebar widget is passed
    over — the one whose items cover most of that text (one comment's own block, or a widget of
    recent comments, covers little of it). Empty list when no section has such structure."""
    want = set(_WORD.findall(extracted.lower()))
    order = {e: i for i, e in enumerate(tree.iter())}
    best: list[_Comment] = []
    best_cover = 0.0
    passed: list[Any] = []
    for box in sorted(_comment_containers(tree), key=lambda e: order.get(e, 0)):
        if any(p in box.iterancestors() for p in passed):
            continue  # inside a section already read (one comment's own block)
        found = _comment_items(box)
        words = [w for c in found for w in _WORD.findall(c.text.lower())]
        if words and sum(w in want for w in words) >= 0.5 * len(words):
            passed.append(box)
            cover = len(want & set(words)) / len(want)
            if cover > best_cover:
                best, best_cover = found, cover
    return best


def _comment_items(box: Any) -> list[_Comment]:
    """The comments of one section. Anchors are the section's meta blocks (a <time>, or an
    element whose class names a date, time or meta part), else its author elements; an item is
    the largest element around one anchor that holds no other anchor, so a reply nested inside its
    parent's item still comes out on its own (and is left out of its parent's text). The author is the item's element whose class names
    an author, name or user (or a <cite>), without the date and actions inside it and without a
    trailing "sagt:"; the date is the <time>'s datetime, else the text of the meta block's date
    part. Empty list when the section has no such structure."""
    elements = [e for e in box.iter() if isinstance(e.tag, str) and e is not box]
    skipped = {e for e in elements if e.tag in _SKIP}
    skipped |= {d for e in list(skipped) for d in e.iter()}
    elements = [e for e in elements if e not in skipped]
    metas = _outermost([e for e in elements if (e.tag == "time" or _words(e) & _META_WORDS) and _short(e, 200)])
    authors_all = [e for e in elements if (e.tag == "cite" or _words(e) & _AUTHOR_WORDS) and _short(e, 120)]
    anchors = metas or _outermost(authors_all)
    if not anchors:
        return []
    held: dict[Any, int] = {}
    for a in anchors:
        for anc in a.iterancestors():
            held[anc] = held.get(anc, 0) + 1
            if anc is box:
                break
    items: list[tuple[Any, Any]] = []
    seen: set[Any] = set()
    for a in anchors:
        item = a
        for anc in a.iterancestors():
            if anc is box or held.get(anc, 0) > 1:
                break
            item = anc
        if item is a:
            # the meta block's parent holds other comments too: a comment with its replies inside
            item = a.getparent()
            if item is None or item is box:
                continue
        if item not in seen:
            seen.add(item)
            items.append((item, a))
    # (each item's ancestors once, each element's membership by set: a section of thousands of comments
    # took quadratic time with a scan of all items for every item)
    nested: dict[Any, set[Any]] = {item: set() for item, _ in items}
    for o, _ in items:
        for anc in o.iterancestors():
            if anc is box:
                break
            if anc in nested:
                nested[anc].add(o)
    meta_set, author_set = set(metas), set(authors_all)
    suffixes = [x for lang in SUPPORTED for x in load(lang, "segments").get("comment_author_suffix", [])]
    out: list[_Comment] = []
    for item, anchor in items:
        inside = set(item.iter())
        date_el = when = None
        if anchor in meta_set:
            date_el = next((d for d in anchor.iter() if d.tag == "time"), None)
            if date_el is None:
                date_el = next((d for d in anchor.iter() if d is not anchor and isinstance(d.tag, str)
                                and _words(d) & {"date", "time", "timestamp", "datum"}), anchor)
            when = date_el.get("datetime") if date_el.tag == "time" else None
        inside -= {d for o in nested[item] for d in o.iter()}
        author_el = next((e for e in item.iter() if e in author_set and e in inside and e is not date_el), None)
        author = None
        if author_el is not None:
            author = _text_outside(author_el, {date_el}).replace("\n", " ").strip()
            for suffix in suffixes:
                author = author.removesuffix(suffix).strip()
        if when is None and date_el is not None:
            when = _text_outside(date_el, {author_el}).replace("\n", " ").strip()
            when = _COMMENT_NUMBER.sub("", when)
        skip = {e for e in (anchor, date_el, author_el) if e is not None} | nested[item]
        bodies = _outermost([e for e in item.iter() if e is not item and isinstance(e.tag, str)
                             and _words(e) & _BODY_WORDS and not any(x in skip for x in e.iter())
                             and not any(x in skip for x in e.iterancestors())])
        text = "\n".join(t for t in (_text_outside(r, skip) for r in (bodies or [item])) if t)
        if text:
            out.append(_Comment(text, author or None, when or None))
    return out


def _short(el: Any, limit: int) -> bool:
    return 0 < len(el.text_content().strip()) <= limit


def _outermost(els: list[Any]) -> list[Any]:
    chosen = set(els)
    return [e for e in els if not any(a in chosen for a in e.iterancestors())]


def _text_outside(root: Any, skip: set[Any]) -> str:
    """The lines of `root` without the elements in `skip`, forms, buttons and action bars."""
    import copy

    clone = copy.deepcopy(root)
    drop = [dup for orig, dup in zip(root.iter(), clone.iter())
            if dup is not clone and (orig in skip or (isinstance(dup.tag, str) and _words(dup) & _ACTION_WORDS))]
    for dup in drop:
        if dup.getparent() is not None:
            dup.drop_tree()
    return block_text(clone)


def _flatten_inline(tree: Any) -> None:
    """Strip the inline formatting tags trafilatura strips (`_INLINE_STRIPPED`, and spans that name no
    author or date part) and join the runs of text
    they leave into one text node each (rule reader.html.flatten_inline). trafilatura strips them itself,
    but leaves a text node per piece, and its paragraph test (the XPath `//p//text()`) merges node sets
    in time quadratic in the text nodes of a paragraph: a made-up paragraph of 20,000 bold and italic
    words took 17.6 s of CPU to read, 0.3 s so (49,000: 0.6 s). Only on pages of more than FLATTEN_FROM such elements, which no
    page of trafilatura-eval comes near, so that what the markup of a real page tells (an author in
    <strong>) reaches trafilatura's metadata unchanged."""
    from lxml import etree

    for span in tree.iter("span"):  # (trafilatura strips spans too, after reading an author's or a date's from them)
        if not _words(span) & (_AUTHOR_WORDS | _META_WORDS):
            span.tag = "nobr"
    etree.strip_tags(tree, *_INLINE_STRIPPED)
    for el in tree.iter():
        if el.text:
            el.text = el.text  # (lxml reads adjacent text nodes as one string and writes one node)
        if el.tail:
            el.tail = el.tail


#: htmldate's options for the page's date: from the page's markup and URL only (its extensive search
#: also guesses from any date in the text: a copyright year becomes 1 January, which is no evidence)
DATE_PARAMS: dict[str, Any] = {"original_date": True, "extensive_search": False}


def _trim_link_farms(tree: Any) -> list[ReaderNote]:
    """A paragraph of more than LINK_FARM_FROM links (rule reader.html.link_farm) is a list of links set as
    one paragraph (tags, an archive, a spam block), not the article's text: when its links hold at least
    half its text it is left out before extraction; otherwise (prose with that many links) its links are
    read as plain text, their pieces joined into one text node each, so that trafilatura's paragraph test
    does not take time quadratic in them. Each is noted in the document (`ReaderNote`)."""
    from lxml import etree

    notes: list[ReaderNote] = []
    for p in list(tree.iter("p")):
        anchors = list(p.iter("a"))
        if len(anchors) <= LINK_FARM_FROM:
            continue
        text = len("".join(p.text_content().split()))
        linked = sum(len("".join(a.text_content().split())) for a in anchors)
        if p.getparent() is not None and 2 * linked >= text:
            p.drop_tree()  # (its tail, the text after it, stays)
            notes.append(ReaderNote("reader.html.link_farm", f"a paragraph of {len(anchors):,} links was left out "
                                                             "(a list of links, not the article's text)"))
            continue
        etree.strip_tags(p, "a")
        for el in p.iter():
            if el.text:
                el.text = el.text  # (lxml reads adjacent text nodes as one string and writes one node)
            if el.tail and el is not p:
                el.tail = el.tail
        notes.append(ReaderNote("reader.html.link_farm", f"the {len(anchors):,} links of a paragraph were read as "
                                                         "plain text"))
    return notes


def read_html(name: str, html: str) -> Document:
    import lxml.html
    import trafilatura

    # an XHTML page's XML declaration with an encoding ("<?xml … encoding="utf-8"?>") makes lxml
    # refuse the decoded text (ValueError): the text is decoded already, the declaration says nothing more
    html = _XML_DECLARATION.sub("", html, count=1)
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise InputError(Errors.E007.format(path=name)) from exc
    elements = links = 0
    for el in tree.iter():
        elements += 1
        if el.tag == "a":
            links += 1
    if elements > MAX_HTML_ELEMENTS:
        raise InputError(Errors.E098.format(path=name, count=elements, limit=MAX_HTML_ELEMENTS))
    posts = _lift_embeds(tree)
    notes = _trim_link_farms(tree) if links > LINK_FARM_FROM else []
    shape = _walk(tree)
    places: _Shape | None
    # the tree as the page has it, for its comments and JSON-LD (trafilatura reads a copy of what it is given)
    pristine, places = tree, shape  # (`places`: where the walk found date strings, while the tree is as it walked it)
    if shape.inline > FLATTEN_FROM:
        import copy

        pristine = copy.deepcopy(tree)
        _flatten_inline(tree)
        places = None  # (the texts are joined: `dayless_dates` looks again)
    many_blocks = shape.blocks > NO_FALLBACK_FROM
    result = trafilatura.bare_extraction(
        tree, include_comments=True, with_metadata=True, include_tables=False, fast=many_blocks,
        date_extraction_params=dict(DATE_PARAMS),
    )
    body = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if len(re.sub(r"SOURCETRACEEMBED\d+X", "", body).strip()) < 20:
        raise InputError(Errors.E007.format(path=name))
    parts: list[tuple[str, str, _Post | _Comment | None]] = []
    title = getattr(result, "title", None)
    if title:
        parts.append(("title", title.strip(), None))
    placed: set[int] = set()
    lines = body.split("\n")
    lead_at, lead = _lead_from_json_ld(pristine, lines, title=title, url=getattr(result, "url", None))
    for i, para in enumerate(lines):
        if i == lead_at:
            parts.extend(("body", p, None) for p in lead)
        if not para.strip():
            continue
        pieces = re.split(r"(SOURCETRACEEMBED\d+X)", para)
        for piece in pieces:
            m = re.fullmatch(r"SOURCETRACEEMBED(\d+)X", piece)
            if m:
                idx = int(m.group(1))
                if idx < len(posts):
                    parts.append(("social_post", posts[idx].text, posts[idx]))
                    placed.add(idx)
            elif piece.strip():
                parts.append(("body", piece.strip(), None))
    for idx, post in enumerate(posts):
        if idx not in placed:
            parts.append(("social_post", post.text, post))
    comments = (getattr(result, "comments", None) or "").strip()
    structured = _comments(pristine, comments) if comments else []
    if not structured and len(comments) < 80 and not re.search(r"[.!?]", comments):
        comments = ""  # a short label ("Social Media", "Find us on:") from a section named like comments
    if comments and structured:
        for c in structured:
            parts.append(("comment", c.text, c))
    else:
        for para in comments.split("\n"):
            if para.strip():
                parts.append(("comment", para.strip(), None))

    text_parts: list[str] = []
    segments: list[Segment] = []
    pos = 0
    for kind, chunk, maybe_post in parts:
        span = Span(pos, pos + len(chunk))
        # body lines are left to the plain-text segmentation rules (captions, boilerplate)
        if kind != "body":
            seg = Segment(kind=kind, span=span, rule=f"reader.html.{kind}")  # type: ignore[arg-type]
            if isinstance(maybe_post, _Post):
                seg.handle, seg.author, seg.platform = maybe_post.handle, maybe_post.author, maybe_post.platform
                seg.date = maybe_post.date_text
            elif isinstance(maybe_post, _Comment):
                seg.author, seg.date = maybe_post.author, maybe_post.date
            segments.append(seg)
        text_parts.append(chunk)
        pos += len(chunk) + 1
    doc = Document(text="\n".join(text_parts), name=name, input_format="html")
    doc.segments = segments
    doc.reader_notes = notes
    doc.title = title
    doc.author = getattr(result, "author", None)
    doc.url = getattr(result, "url", None)
    doc.publisher = _publisher(getattr(result, "sitename", None), title, doc.url)
    found = getattr(result, "date", None)
    date = stated_date(tree, str(found)[:10] if found else None, html=html, url=doc.url, params=DATE_PARAMS, shape=places)
    if date:
        from ..document import ArticleDate

        doc.date = ArticleDate(value=date, origin="metadata", evidence="HTML metadata")
    return doc


def _publisher(sitename: str | None, title: str | None, url: str | None) -> str | None:
    """The outlet that publishes the page: its site name, unless that name is the page's own title (a page
    whose `application-name` repeats its headline): then the host of the page's URL ("theguardian.com"), or
    none."""
    site = (sitename or "").strip()
    if site and title and site.casefold() == title.strip().casefold():
        host = re.match(r"https?://(?:www\.)?([^/:?#]+)", url or "")
        return host.group(1) if host else None
    return site or None


_WORD = re.compile(r"\w+")


def _article_bodies(tree: Any, title: str | None, url: str | None) -> list[str]:
    """The `articleBody` strings of the page's own article in its JSON-LD (schema.org NewsArticle and
    kin; `_own_article`), plain text only (a body that holds markup is skipped): a related article's
    body, which a page may carry too, would restore another article's lead."""
    import html
    import json

    found: list[str] = []
    anonymous: list[str] = []
    for el in tree.xpath("//script[contains(@type, 'ld+json')]"):
        try:
            todo = [json.loads(el.text or "", strict=False)]  # (raw line breaks inside its strings are common)
        except (ValueError, RecursionError):
            continue  # (broken JSON, or nested too deep for the parser: the page's text is read without it)
        while todo:  # (a walk without recursion: the nesting is the page's to choose)
            o = todo.pop()
            if isinstance(o, dict):
                v = o.get("articleBody")
                if isinstance(v, str):
                    v = html.unescape(v) if "&" in v else v  # ("&amp;", "&#8222;": escaped as in markup)
                    own = _own_article(o, title, url)
                    if own is not False and not re.search(r"<[a-zA-Z!/]", v):
                        (found if own else anonymous).append(v)
                    elif own is None:
                        anonymous.append("")  # (one that names nothing, with markup: still one more article)
                todo.extend(reversed(list(o.values())))
            elif isinstance(o, list):
                todo.extend(reversed(o))
    # an article that names neither headline nor URL is the page's own only when it is the page's one article
    return found or (anonymous if len(anonymous) == 1 and anonymous[0] else [])


def _url_key(u: str) -> str:
    """A URL without scheme, "www.", query, fragment and trailing slash, lower-cased: the same page's URL
    as a page's canonical link and its JSON-LD give it."""
    u = re.sub(r"^[a-z]+://(?:www\.)?", "", u.strip().lower())
    return re.split(r"[?#]", u, maxsplit=1)[0].rstrip("/")


def _own_article(o: dict[str, Any], title: str | None, url: str | None) -> bool | None:
    """Whether a JSON-LD object is the page's own article: its url (or @id, mainEntityOfPage) is the
    page's URL, or its headline (or name) opens the page's title or stands in it as three words or more,
    or the title in it (a title "Headline | Outlet", "Outlet: Headline", a shortened og:title). None when
    it names neither headline nor URL."""
    main = o.get("mainEntityOfPage")
    links = [x for x in (o.get("url"), o.get("@id"), main.get("@id") if isinstance(main, dict) else main)
             if isinstance(x, str) and x.strip()]
    head = next((h for h in (o.get("headline"), o.get("name")) if isinstance(h, str) and h.strip()), None)
    if not links and head is None:
        return None
    if url and any(_url_key(x) == _url_key(url) for x in links):
        return True
    if title and head:
        h = " ".join(w.lower() for w in _WORD.findall(head))
        t = " ".join(w.lower() for w in _WORD.findall(title))
        if h and t and (f"{t} ".startswith(f"{h} ") or f"{h} ".startswith(f"{t} ")  # (the title's opening words)
                        or (h.count(" ") >= 2 and f" {h} " in f" {t} ") or (t.count(" ") >= 2 and f" {t} " in f" {h} ")):
            return True
    return False


def _lead_from_json_ld(tree: Any, lines: list[str], *, title: str | None, url: str | None) -> tuple[int, list[str]]:
    """The paragraphs that open the page's JSON-LD `articleBody` before the first of the extracted
    body's lines (`lines`; one of its first three) that stands in it, and that line's index (rule
    reader.html.lead_from_json_ld): trafilatura drops a lead set apart in the markup (a teaser, an
    intro box) on some pages, and with it the first naming of the people the text goes on to call
    "der Minister". Only when 20 to 2,000 characters of text the extracted body nowhere holds stand
    before that line in the articleBody; (0, []) otherwise."""
    have = " ".join(w.lower() for line in lines for w in _WORD.findall(line))
    bodies = sorted(_article_bodies(tree, title, url), key=len, reverse=True)
    if not bodies:
        return 0, []
    candidates = [(i, line) for i, line in enumerate(lines) if len(_WORD.findall(line)) >= 2 and "SOURCETRACEEMBED" not in line][:3]
    for ab in bodies:
        words = list(_WORD.finditer(ab))
        low = [m.group().lower() for m in words]
        for idx, line in candidates:
            want = [w.lower() for w in _WORD.findall(line)[:8]]
            k = next((i for i in range(len(low) - len(want) + 1) if low[i] == want[0] and low[i : i + len(want)] == want
                      and (i == 0 or ab[: words[i].start()].rstrip()[-1:] in (".", "!", "?", ":", "\n", "“", "\"", "»", "«"))), None)
            # (where a sentence opens: "Windrad am Deich" inside the lead's sentence is no line of the text)
            if k is None:
                continue
            lead = ab[: words[k].start()].strip() if k > 0 else ""
            lead_words = [w.lower() for w in _WORD.findall(lead)]
            if not 20 <= len(lead) <= 2000 or len(lead_words) < 4 or " ".join(lead_words[:8]) in have:
                return 0, []
            return idx, [p for p in (re.sub(r"[ \t\u00a0]+", " ", x).strip() for x in re.split(r"\s*\n\s*", lead)) if p]
    return 0, []


#: a date string htmldate reads with dateutil (`htmldate.extractors.custom_parse`: four digits, then no
#: four more, and no ISO date): only such a string can lack a day that dateutil then fills in
_DATEUTIL_PATH = re.compile(r"\s*\d{4}(?!\d{4})")


def _first_of_month(string: str) -> str | None:
    """The date (YYYY-MM-01) of a date string that htmldate would read with dateutil and that names no
    day ("2025-05", "2025/5"), as htmldate gates it (`try_date_expr`: the string trimmed and cut, 4 to 18
    digits, none of its discard patterns); None for any other string. dateutil fills a missing day
    with today's (or the month's last day, today being later): the string is read against two
    defaults that differ only in the day (the first and the second of this month), and a day that
    follows the default is no day of the string."""
    import datetime as dt

    from dateutil.parser import parse  # type: ignore[import-untyped]  # (htmldate's own parser of such strings)
    from htmldate.extractors import DISCARD_PATTERNS
    from htmldate.settings import MAX_SEGMENT_LEN

    s = " ".join(string.split())[:MAX_SEGMENT_LEN]
    if not s[:4].isdigit() or s[4:8].isdigit() or not 4 <= sum(map(str.isdigit, s)) <= 18 or DISCARD_PATTERNS.search(s):
        return None
    try:
        dt.datetime.fromisoformat(s)
        return None
    except ValueError:
        pass
    first = dt.datetime.now().replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    try:
        got = parse(s, default=first, fuzzy=False)
        if parse(s, default=first.replace(day=2), fuzzy=False).day == got.day:
            return None
    except (OverflowError, TypeError, ValueError):
        return None
    return str(got.strftime("%Y-%m-%d"))


#: the attributes whose values htmldate reads as dates (a meta's content, a <time>'s datetime, an <abbr>'s title)
_DATE_ATTRIBUTES = ("content", "datetime", "title")


def _leading_text(el: Any) -> str:
    """The first characters of an element's text (its `text_content()` as htmldate trims and cuts it),
    read only as far as needed."""
    from htmldate.settings import MAX_SEGMENT_LEN

    got: list[str] = []
    size = 0
    for piece in el.itertext():
        got.append(piece)
        size += len(piece)
        if size > 4 * MAX_SEGMENT_LEN and len(" ".join("".join(got).split())) > MAX_SEGMENT_LEN:
            break
    return "".join(got)


def dayless_dates(tree: Any, shape: _Shape | None = None) -> dict[tuple[Any, str], str]:
    """The date strings of a page that name a month without a day (`_first_of_month`), where htmldate
    may read them: an attribute's value (`_DATE_ATTRIBUTES`), an element's text, or the text of an
    element that opens with a string that is such a date together with its children's text
    ("<span>2025</span>-05"; replaced whole in `stated_date`'s copy). Keyed by the element and the
    attribute's name ("" for the element's text, "*" for its whole text), the value the first of that
    month (YYYY-MM-01). Only the attributes and texts that open with four digits are looked at: those
    `shape` noted (read_html's walk), else those found by XPath."""
    from htmldate.settings import MAX_SEGMENT_LEN

    if shape is None:
        dated = [(v.getparent(), v.attrname) for v in tree.xpath(_DATE_ATTRIBUTE_XPATH)]
        opening = [t.getparent() for t in tree.xpath(_DIGITS_TEXT_XPATH) if t.is_text]
    else:
        dated, opening = shape.dated, shape.opening
    found: dict[tuple[Any, str], str] = {}
    for el, key in dated:
        value = el.get(key) or ""
        if _DATEUTIL_PATH.match(value) and (first := _first_of_month(value)):
            found[(el, key)] = first
    for el in opening:
        text = el.text or ""
        if not isinstance(el.tag, str) or not _DATEUTIL_PATH.match(text):
            continue
        # (htmldate reads an element's whole text; the text before its children only of a <time> or <abbr>)
        if (not len(el) or el.tag in ("time", "abbr")) and (first := _first_of_month(text)):
            found[(el, "")] = first
        own = " ".join(text.split())[:MAX_SEGMENT_LEN]
        cur: Any = el  # (and the elements around it that it opens)
        while cur is not None and isinstance(cur.tag, str):
            lead = " ".join(_leading_text(cur).split())[:MAX_SEGMENT_LEN]
            if len(cur) and (lead != own or cur.tag not in ("time", "abbr")) and (first := _first_of_month(lead)):
                found[(cur, "*")] = first
            parent = cur.getparent()
            if parent is None or (parent.text and parent.text.strip()) or parent[0] is not cur:
                break
            cur = parent
    return found


_DATE_ATTRIBUTE_XPATH = " | ".join(f"//@{a}[translate(substring(normalize-space(.), 1, 4), '0123456789', '') = '']"
                                   for a in _DATE_ATTRIBUTES)
#: the texts whose first four characters (white space aside) are digits
_DIGITS_TEXT_XPATH = ("//text()[string-length(normalize-space(.)) >= 4]"
                      "[translate(substring(normalize-space(.), 1, 4), '0123456789', '') = '']")


def stated_date(tree: Any, found: str | None, *, html: str, url: str | None, params: dict[str, Any],
                shape: _Shape | None = None) -> str | None:
    """The page's metadata date as the page states it (rule reader.html.month_only), from `found`, the
    date htmldate gave for `tree` with `params` (YYYY-MM-DD, or None). htmldate reads a month alone
    ("2025-05") with dateutil, which fills the missing day with today's: on a page that holds such a
    string (`dayless_dates`), htmldate is run again on a copy of the tree where each holds the first
    of its month instead, and a date that is the first of such a month, and nowhere on the page as
    that full date, is the month ("2025-05"; `month_only`). The same on any day the page is read, and
    no library module is touched: pages are read side by side in threads. `shape`: as `dayless_dates`."""
    dayless = dayless_dates(tree, shape)
    if not dayless:
        return found
    import copy

    from htmldate import find_date

    clone = copy.deepcopy(tree)
    twins = dict(zip(tree.iter(), list(clone.iter())))  # (listed first: a text put in place of children changes the tree)
    for (el, key), first in dayless.items():
        twin = twins[el]
        if key == "":
            twin.text = first
        elif key == "*":
            for child in list(twin):
                twin.remove(child)
            twin.text = first
        else:
            twin.set(key, first)
    again = find_date(clone, **params, url=url)
    value = str(again)[:10] if again else None
    return month_only(html, value, {d[:7] for d in dayless.values()}) if value else None


def month_only(html: str, value: str, dayless: set[str]) -> str:
    """The page's date as the page states it (rule reader.html.month_only): the first of a month that
    the page names without a day (`dayless_dates`), and nowhere as that full date, is that month
    ("2025-05"); any other date is kept. The same on any day the page is read."""
    if not re.fullmatch(r"\d{4}-\d\d-01", value) or value[:7] not in dayless or value in html:
        return value
    return value[:7]
