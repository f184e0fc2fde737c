"""Quotations in every common style: «» »« „“ “” "" ‚‘ ‹› and two apostrophes ('' … '', the
newspaper-archive convention for double quotation marks; “ … ’’, a converter's slip), nested ones, and quotes left unclosed at
a paragraph end (German convention: the next paragraph reopens it; otherwise the quote runs to the
end of its paragraph and is marked `closed=False`)."""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Span

_OPEN_CLOSE = {"«": "»", "»": "«", "„": "“”", "“": "”", '"': '"', "‚": "‘’", "‹": "›", "›": "‹"}
#: closing marks that open a quotation at the start of a line (a typesetting slip: ”…”)
_LINE_OPENERS = {"”": "”"}


@dataclass
class Quote:
    outer: Span  # with the marks
    inner: Span  # content without the marks
    closed: bool
    depth: int


def find_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quotes within text[start:end], scanning paragraph by paragraph."""
    out: list[Quote] = []
    stack: list[tuple[str, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        pend = end if nl < 0 else nl
        i = pos
        while i < pend:
            c = text[i]
            if c == "'" and text.startswith("''", i):
                i = _two_apostrophes(text, i, pos, pend, stack, out)
                continue
            if c == "’" and text.startswith("’’", i) and stack and _doubled_close(text, stack[-1][0], i, pend):
                # '“It was a mistake,’’ she said': two right single marks close a double quotation
                _o, oi = stack.pop()
                out.append(Quote(Span(oi, i + 2), Span(oi + 1, i), True, len(stack)))
                i += 2
                continue
            if c in _OPEN_CLOSE or c in "”‘’":
                top = stack[-1] if stack else None
                if top and (c in (_OPEN_CLOSE.get(top[0]) or _LINE_OPENERS.get(top[0], "")) or _mixed_close(text, top[0], c, i, pend)):
                    _o, oi = stack.pop()
                    out.append(Quote(Span(oi, i + 1), Span(oi + 1, i), True, len(stack)))
                elif c in _LINE_OPENERS and not stack and not text[pos:i].strip() and i + 1 < pend and text[i + 1].isalnum():
                    stack.append((c, i))  # '”Fear. I am afraid.”': a closing mark that opens its line opens a quotation
                elif c in "”‘’":
                    pass  # closing mark without opener, or an apostrophe
                elif (c == "‚" and i + 1 < pend and text[i + 1].isspace()) or (c == '"' and stack and stack[-1][0] != '"' and i > 0 and text[i - 1].isalnum() and i + 1 < pend and text[i + 1].isalnum()):
                    pass
                else:
                    # only treat » as an opener where «» style is not in use in this paragraph
                    if c == "»" and "«" in text[pos:pend] and text.find("«", pos, pend) > i:
                        pass
                    stack.append((c, i))
            i += 1
        # paragraph end: unclosed quotes either continue (next paragraph reopens) or end here
        if stack:
            nxt = pend + 1
            while nxt < end and text[nxt] in " \t\n":
                nxt += 1
            reopen = nxt < end and text.startswith(stack[0][0], nxt)
            if not reopen:
                e = pend
                while e > pos and text[e - 1].isspace():
                    e -= 1
                while stack:
                    _o, oi = stack.pop()
                    out.append(Quote(Span(oi, e), Span(oi + len(_o), e), False, len(stack)))
            else:
                # skip the reopening mark of the next paragraph; the quote goes on
                pos = nxt + len(stack[0][0])
                continue
        pos = pend + 1
    out.sort(key=lambda q: q.outer.start)
    return out


#: a straight double mark and the curly double marks, which a slip of typing or of a converter mixes;
#: a straight mark is also closed by the German closing mark “ ('"Wir sparen viel.“, sagte sie'), and
#: the German opening marks „ and « by a straight one or a curly one ('„Wir sparen viel", sagte sie',
#: '«Das ist neu"': a keyboard's mark after the typeset one)
_MIXED = {'"': "”“", "“": '"', "„": '"', "«": '"“”'}


def _mixed_close(text: str, opener: str, c: str, i: int, pend: int) -> bool:
    """'"They may not be.”', '“We will see," she said', '"Wir sparen viel.“': a straight mark closes a
    curly quotation and a curly closing mark (the English ” or the German “) a straight one, when no
    mark of the opener's own kind after it can close the quotation: for a straight one, the straight
    marks after it pair up among themselves; for a curly one, no ” stands before the next “."""
    if c not in _MIXED.get(opener, ""):
        return False
    if opener in "„«":
        # where it closes (after a word or a mark, not before one), and no closing mark of the opener's
        # own kind follows before the paragraph or the next quotation of that kind ends
        if i == 0 or text[i - 1].isspace() or (i + 1 < pend and text[i + 1].isalnum()):
            return False
        nxt = text.find(opener, i + 1, pend)
        own = "“”" if opener == "„" else "»"
        rest = text[i + 1 : nxt if nxt >= 0 else pend]
        return not any(m in rest for m in own)
    if opener == '"' and c == "“":
        # the German closing mark where it closes (after a word, before no word): the next straight
        # mark then opens a quotation of its own ('"…“, sagte sie. "…“') or the straight ones pair up
        if i == 0 or text[i - 1].isspace() or (i + 1 < pend and text[i + 1].isalnum()):
            return False
        nxt = text.find('"', i + 1, pend)
        return nxt < 0 or (text[nxt - 1].isspace() and nxt + 1 < pend and text[nxt + 1].isalnum()) \
            or text.count('"', i + 1, pend) % 2 == 0
    if opener == '"':
        return text.count('"', i + 1, pend) % 2 == 0
    nxt = text.find(opener, i + 1, pend)
    return text.find("”", i + 1, nxt if nxt >= 0 else pend) < 0


def _doubled_close(text: str, opener: str, i: int, pend: int) -> bool:
    """'“…,’’ she said': the two right single marks at text[i] close the double quotation that
    `opener` opened (a converter's slip for ”), when a word ends right before them and no mark of
    the opener's own kind after them can close it (as `_mixed_close`)."""
    if opener not in _MIXED or i == 0 or text[i - 1].isspace():
        return False
    if opener == '"':
        return text.count('"', i + 2, pend) % 2 == 0
    nxt = text.find(opener, i + 2, pend)
    return text.find("”", i + 2, nxt if nxt >= 0 else pend) < 0


def _two_apostrophes(text: str, i: int, pos: int, pend: int, stack: list[tuple[str, int]], out: list[Quote]) -> int:
    """'' at text[i]: it closes an open '' quotation, opens one where a word follows it at the
    start of a phrase (after a blank, a bracket, a dash or another opening mark), and is skipped
    otherwise (a German ,,…'' closes a quotation this scanner does not open). Returns the index
    after it."""
    if stack and stack[-1][0] == "''":
        _o, oi = stack.pop()
        out.append(Quote(Span(oi, i + 2), Span(oi + 2, i), True, len(stack)))
    elif (i == pos or text[i - 1].isspace() or text[i - 1] in "([{—–-\"“„«‚") and i + 2 < pend and not text[i + 2].isspace():
        stack.append(("''", i))
    return i + 2
