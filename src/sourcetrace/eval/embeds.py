"""`sourcetrace eval embeds`: embedded posts and reader comments on the German pages of
trafilatura-eval.

Positive pages are those of `pages-with-embeds-or-comments.tsv` (embedded tweets or Instagram
posts counted in the markup; reader comments found by trafilatura's comment extractor). On them:
how many posts end up as `social_post` segments, how many of those segments are empty, and for
each embedded post its attribution — the account (the `(@handle)` of the embed's signature) and
the content (the words of the embed's first paragraph), read from the page's markup by a regular
expression here, independently of the reader's code. Comment pages: whether comment segments were
found, and how many of them carry an author and a date.

Negative pages are the German pages of `annotations.json` with no embed markup (no tweet or
Instagram blockquote, no tweet status link), no element whose class or id mentions comments and not
in the TSV: every comment or post segment found there is a false alarm. Only the reader and the
segmentation step run on them (what decides segments), to keep the command short.

What it cannot see: the positive pages were selected by the same comment extractor the reader
uses and by the same markup that counts the posts, so comments trafilatura misses and posts
without that markup are counted nowhere; the negative set is only as clean as its markup counts.
"""

from __future__ import annotations

import csv
import gzip
import html as html_lib
import json
import re
import time
from pathlib import Path
from typing import Any

from ..api import analyze, prepare
from ..document import Document
from ..errors import Errors, InputError, SourcetraceError
from ..pipeline import Pipeline
from ..readers import decode_input
from ..registry import create
from ..steps.segment import post_signature
from .metrics import prf

_BLOCKQUOTE = re.compile(
    r"<blockquote[^>]*class=\"[^\"]*(?:twitter-tweet|instagram-media)[^\"]*\"[^>]*>(.*?)</blockquote>", re.S | re.I
)
_WORD = re.compile(r"\w+")


def _gold_posts(raw: str) -> list[dict[str, Any]]:
    """Embedded posts read from the markup: visible ones and those escaped inside a consent
    placeholder (unescaped first). Account: the last `(@handle)`; content: the first paragraph."""
    out: list[dict[str, Any]] = []
    for source in (raw, html_lib.unescape(raw)):
        for m in _BLOCKQUOTE.finditer(source):
            inner = m.group(1)
            text = html_lib.unescape(re.sub(r"<[^>]+>", " ", inner))
            handles = re.findall(r"\(@(\w{1,30})\)", text)
            paras = [re.sub(r"<[^>]+>", " ", p) for p in re.findall(r"<p(?:\s[^>]*)?>(.*?)</p>", inner, re.S)]
            # the post's words: its first paragraph that is not the signature ("… (@handle)")
            words = next((_words(p) for p in paras if not re.search(r"\(@\w+\)", html_lib.unescape(p))), [])
            key = (tuple(words), handles[-1] if handles else None)
            if not any(p["key"] == key for p in out):
                out.append({"key": key, "words": words, "account": handles[-1].lower() if handles else None,
                            "empty": not re.search(r"\w", text)})
    return out


def _words(text: str) -> list[str]:
    text = re.sub(r"https?://\S+|pic\.twitter\.com/\S+|\b\w+\.co/\S+", " ", html_lib.unescape(text))
    return [w.lower() for w in _WORD.findall(text)]


def _bag_overlap(a: list[str], b: list[str]) -> int:
    counts: dict[str, int] = {}
    for w in b:
        counts[w] = counts.get(w, 0) + 1
    hit = 0
    for w in a:
        if counts.get(w, 0) > 0:
            counts[w] -= 1
            hit += 1
    return hit


def _post_body(doc: Document, text: str) -> str:
    """A post segment's text without its signature line, links and handles."""
    rows = [r for r in text.split("\n") if post_signature(r.strip()) is None]
    return re.sub(r"https?://\S+|pic\.twitter\.com/\S+|@\w+|#", " ", " ".join(rows))


def _account_of(doc: Document, att: Any) -> str:
    """The names an attribution gives for who stands behind it: its source and, for a quotation
    inside a post, the posting account in its chain."""
    names = []
    if att.source_span is not None:
        names.append(doc.span_text(att.source_span))
    for sid in [att.source, *(v.source for v in att.via)]:
        src = doc.source_by_id(sid) if sid else None
        if src is not None:
            names.extend([src.name, *src.aliases])
    return " ".join(names).lower()


def evaluate(root: Path, *, limit: int = 0) -> dict[str, Any]:
    tsv = root / "pages-with-embeds-or-comments.tsv"
    ann = root / "annotations.json"
    if not tsv.exists() or not ann.exists():
        raise InputError(Errors.E030.format(path=tsv if not tsv.exists() else ann))
    rows = [r for r in csv.DictReader(tsv.open(encoding="utf-8"), delimiter="\t") if r["lang"] == "de"]
    listed = {r["file"] for r in rows}
    negatives = [
        p["file"] for p in json.loads(ann.read_text(encoding="utf-8"))
        if p["lang"] == "de" and p["file"] not in listed and not p["tweet_embeds"] and not p["instagram_embeds"]
        and not p["tweet_status_links"] and not p["comment_markup_hits"]
    ]
    if limit:
        rows, negatives = rows[:limit], negatives[:limit]
    posts_expected = posts_found = pages_posts = pages_posts_ok = 0
    post_segments = empty_posts = 0
    attributed = account_ok = both_ok = posts_with_text = shells = 0
    content_tp = content_sys = content_gold = 0
    pages_comments = pages_comments_ok = comment_segments = with_author = with_date = 0
    failed: list[str] = []
    t0 = time.perf_counter()
    for r in rows:
        expected = int(r["twitter_blockquotes"] or 0) + int(r["instagram_blockquotes"] or 0)
        has_comments = int(r["reader_comment_chars"] or 0) > 0
        try:
            with gzip.open(root / r["file"]) as f:
                data = f.read()
            doc = analyze(data, name=r["file"])
        except SourcetraceError as exc:
            failed.append(f"{r['file']}: {exc}")
            doc = None
        segs = doc.segments if doc else []
        posts = [s for s in segs if s.kind == "social_post"]
        comments = [s for s in segs if s.kind == "comment"]
        if expected:
            pages_posts += 1
            posts_expected += expected
            posts_found += min(len(posts), expected)
            pages_posts_ok += len(posts) >= expected
            if doc is not None:
                post_segments += len(posts)
                empty_posts += sum(1 for s in posts if not _WORD.search(_post_body(doc, doc.span_text(s.span))))
                gold = _gold_posts(data.decode("utf-8", "replace"))[:expected]
                shells += sum(1 for g in gold if g["empty"])
                # every claim of a post: its text (mode social_post) and quotations inside it
                post_spans = [s.span for s in posts]
                atts = [a for a in doc.attributions if any(sp.contains(a.content[0]) for sp in post_spans)]
                used: set[int] = set()
                for g in gold:
                    if not g["words"]:
                        continue  # nothing the post says is in the page (a script fills it in, or an image)
                    posts_with_text += 1
                    content_gold += len(g["words"])
                    best, best_hit = None, 0
                    for k, a in enumerate(atts):
                        if k in used:
                            continue
                        hit = _bag_overlap(_words(" ".join(doc.span_text(c) for c in a.content)), g["words"])
                        if hit > best_hit:
                            best, best_hit = k, hit
                    if best is None:
                        continue
                    used.add(best)
                    a = atts[best]
                    attributed += 1
                    content_tp += best_hit
                    right = g["account"] is not None and "@" + g["account"] in _account_of(doc, a)
                    account_ok += right
                    words = _words(" ".join(doc.span_text(c) for c in a.content))
                    both_ok += right and best_hit >= 0.8 * len(g["words"]) and best_hit >= 0.8 * len(words)
                content_sys += sum(len(_words(" ".join(doc.span_text(c) for c in a.content))) for a in atts)
        if has_comments:
            pages_comments += 1
            pages_comments_ok += bool(comments)
            comment_segments += len(comments)
            with_author += sum(1 for s in comments if s.author)
            with_date += sum(1 for s in comments if s.date)
    # false alarms: pages without posts or comments; reader and segmentation only
    segmenter = Pipeline([create("segment.rules.v1")])
    neg_pages = neg_comment = neg_post = neg_failed = 0
    for name in negatives:
        try:
            with gzip.open(root / name) as f:
                data = f.read()
            from ..readers.html import read_html

            doc = prepare(read_html(name, decode_input(name, data)))
            segmenter(doc)
        except SourcetraceError:
            neg_failed += 1
            continue
        neg_pages += 1
        neg_comment += any(s.kind == "comment" for s in doc.segments)
        neg_post += any(s.kind == "social_post" for s in doc.segments)
    return {
        "corpus": f"trafilatura-eval German pages: {len(rows)} with embeds or comments, {len(negatives)} without",
        "metric": "posts: social_post segments / embedded blockquotes (capped per page); post attribution: each "
                  "embedded post that has text matched to the social_post attribution sharing most of its words; "
                  "account = the signature's @handle in the attribution's source or chain; content = word overlap with the "
                  "post's first paragraph that is not its signature (links left out); right account and content = "
                  "account right and content word P and R >= 0.8; a post segment without post text has no words "
                  "besides its signature and links; false alarms on pages without embed or comment markup",
        "posts_found": f"{posts_found}/{posts_expected}",
        "pages_with_all_posts": f"{pages_posts_ok}/{pages_posts}",
        "embeds_without_any_text": f"{shells}/{posts_expected}",
        "post_segments_without_post_text": f"{empty_posts}/{post_segments}",
        "posts_with_text_attributed": f"{attributed}/{posts_with_text}",
        "posts_right_account": f"{account_ok}/{posts_with_text}",
        "post_content_words": prf(content_tp, content_sys - content_tp, content_gold - content_tp),
        "posts_right_account_and_content": f"{both_ok}/{posts_with_text}",
        "pages_with_comments_found": f"{pages_comments_ok}/{pages_comments}",
        "comment_segments": comment_segments,
        "comments_with_author": f"{with_author}/{comment_segments}",
        "comments_with_date": f"{with_date}/{comment_segments}",
        "pages_without_posts_or_comments": neg_pages,
        "false_alarm_pages_comment": f"{neg_comment}/{neg_pages}",
        "false_alarm_pages_post": f"{neg_post}/{neg_pages}",
        "pages_failed": len(failed) + neg_failed,
        "failures": failed[:10],
        "seconds": round(time.perf_counter() - t0, 1),
    }
