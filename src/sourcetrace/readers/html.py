"""HTML pages: main text, title, date, author and reader comments through trafilatura; embedded
social posts (blockquote.twitter-tweet, instagram-media, …) are lifted out before extraction and
put back in place as `social_post` segments, so they are neither merged into the body nor lost.

The text of the resulting Document is assembled here (title, body, posts, comments, one per
paragraph); all offsets point into that assembled text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document, Segment, Span
from ..errors import Errors, InputError

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
_HANDLE = re.compile(r"\(@(\w{1,30})\)|(?<![\w.])@(\w{1,30})")
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


def _lift_embeds(tree: object) -> list[_Post]:
    from lxml import etree

    posts: list[_Post] = []
    for i, el in enumerate(tree.xpath(_EMBED_XPATH)):  # type: ignore[attr-defined]
        cls = el.get("class", "")
        platform = next((v for k, v in _PLATFORM.items() if k in cls), "social")
        links = el.xpath(".//a")
        date_text = links[-1].text_content().strip() if links else None
        raw = " ".join(el.itertext())
        text = re.sub(r"\s+", " ", raw).strip()
        m = _HANDLE.search(text)
        handle = "@" + (m.group(1) or m.group(2)) if m else None
        author = None
        sig = re.search(r"[—–-]\s*([^()@—–]{1,60}?)\s*\(@\w+\)", text)
        if sig:
            author = sig.group(1).strip()
        posts.append(_Post(text, platform, handle, author, date_text))
        marker = etree.Element("p")
        marker.text = f"SOURCETRACEEMBED{i}X"
        parent = el.getparent()
        if parent is not None:
            marker.tail = el.tail
            parent.replace(el, marker)
    return posts


def read_html(name: str, html: str) -> Document:
    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise InputError(Errors.E007.format(path=name)) from exc
    posts = _lift_embeds(tree)
    result = trafilatura.bare_extraction(
        tree, include_comments=True, with_metadata=True, include_tables=False
    )
    body = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if len(re.sub(r"SOURCETRACEEMBED\d+X", "", body).strip()) < 20:
        raise InputError(Errors.E007.format(path=name))
    parts: list[tuple[str, str, _Post | None]] = []
    title = getattr(result, "title", None)
    if title:
        parts.append(("title", title.strip(), None))
    placed: set[int] = set()
    for para in body.split("\n"):
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
            if maybe_post is not None:
                seg.handle, seg.author, seg.platform = maybe_post.handle, maybe_post.author, maybe_post.platform
                seg.date = maybe_post.date_text
            segments.append(seg)
        text_parts.append(chunk)
        pos += len(chunk) + 1
    doc = Document(text="\n".join(text_parts), name=name, input_format="html")
    doc.segments = segments
    doc.title = title
    doc.author = getattr(result, "author", None)
    doc.url = getattr(result, "url", None)
    date = getattr(result, "date", None)
    if date:
        from ..document import ArticleDate

        doc.date = ArticleDate(value=str(date)[:10], origin="metadata", evidence="HTML metadata")
    return doc
