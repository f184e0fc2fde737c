"""The registry of one document's sources: mentions merge into one source per real-world source
(by a key that ignores inflection and transliteration; persons by a shared name token)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache
from typing import Any, Self, SupportsIndex

from ...document import Document, Mention, Source, Span
from ...resources import load, pick
from ...textutil import whole_words
from ..lexicon import lang, person_noun
from .case import nominative
from .gazetteer import is_role, org_key, translit_key
from .gender import gender_of, given_name_keys
from .mentions import MentionInfo

#: a word that may be a given name: capitalised, the rest in lower case ("Ann", "Jean-Luc"; no acronym, no initial)
NAME_WORD = re.compile(r"^[A-ZÄÖÜ][a-zäöüßéèáíóúñç'’-]+$")

#: a first and a last name run together where the text lost a space ("KarlBerger")
_GLUED = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]{2,})([A-ZÄÖÜ][a-zäöüß]{2,})$")


def _unglued(toks: list[str]) -> list[str]:
    """Name tokens with a first and a last name that lost the space between them split in two
    ("KarlBerger" → "Karl", "Berger"), so that the surname alone finds its person."""
    out: list[str] = []
    for t in toks:
        m = _GLUED.match(t)
        out += [m.group(1), m.group(2)] if m else [t]
    return out


class _Seen(list[tuple[int, str]]):
    """`Registry.persons_seen`: a list that also keeps the items appended since
    `Registry.seen_before` last read it, so that its index by person grows with the list instead
    of being rebuilt after every person added (the rules append and sort). Any other change marks
    it `dirty`: the index is rebuilt from the whole list (a sort keeps it: the index is by person)."""

    def __init__(self) -> None:
        super().__init__()
        self.fresh: list[tuple[int, str]] = []
        self.dirty = False

    def append(self, item: tuple[int, str]) -> None:
        super().append(item)
        self.fresh.append(item)

    def __setitem__(self, key: Any, value: Any) -> None:
        super().__setitem__(key, value)
        self.dirty = True

    def __delitem__(self, key: Any) -> None:
        super().__delitem__(key)
        self.dirty = True

    def insert(self, index: SupportsIndex, item: tuple[int, str]) -> None:
        super().insert(index, item)
        self.dirty = True

    def remove(self, item: tuple[int, str]) -> None:
        super().remove(item)
        self.dirty = True

    def pop(self, index: SupportsIndex = -1) -> tuple[int, str]:
        self.dirty = True
        return super().pop(index)

    def extend(self, items: Iterable[tuple[int, str]]) -> None:
        super().extend(items)
        self.dirty = True

    def __iadd__(self, items: Iterable[tuple[int, str]]) -> Self:  # type: ignore[override,misc]
        super().__iadd__(items)
        self.dirty = True
        return self

    def clear(self) -> None:
        super().clear()
        self.dirty = True


@cache
def _indefinite_articles(code: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load(code, "lexicon").get("indefinite_articles", []))


@cache
def another_words(code: str) -> frozenset[str]:
    """`another_words` of resources/<lang>/lexicon.json ("another"), lower case."""
    return frozenset(w.lower() for w in load(code, "lexicon").get("another_words", []))



def _owner_only_in_one(a: str, b: str) -> bool:
    """English documents of one head noun: the new name `a` has a capitalised word before its head (its
    owner's name: "Harbor poll", "Monmouth University survey") that the one named before, `b`, lacks
    ("Polls show …"): two documents, not one (source.document.named_owner, session 32); a bare one after
    a named one ("the survey") is still the named one."""
    def owned(name: str) -> bool:
        words = [w for w in re.findall(r"[\w@][\w'’.@-]*", name) if w.lower() not in ("the", "a", "an")]
        return any(w[:1].isupper() for w in words[:-1])  # (not the head: "Polls" opening a sentence)
    return owned(a) and not owned(b)


#: the types of a body named by its head noun and a name after it ("Militärkommando Tirol"), whose name
#: alone may be a place's that another body shares (`_another_body`)
_PLACED_BODIES = frozenset({"government", "military", "police", "court", "ngo", "company", "think_tank", "party", "intelligence"})


def _another_body(known: Source, info: MentionInfo) -> bool:
    """The mention names a body of another type than the source of its name, both named by a head
    noun and the same name after it ("das Militärkommando Tirol", "die Landwirtschaftskammer Tirol"):
    two bodies of one place, not one source (`source.body_of_place`); a country named alone
    ("Deutschland") is its government, another reading."""
    return bool(info.role and known.role and info.type != known.type and info.type in _PLACED_BODIES
                and known.type in _PLACED_BODIES and "country" not in (info.role, known.role)
                and info.role.lower() != known.role.lower())


class Registry:
    """Sources of one document, merged by key; persons also known from non-source mentions."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.sources: list[Source] = []
        self.by_id: dict[str, Source] = {}
        self.keys: dict[str, str] = {}
        self.person_tokens: dict[str, set[str]] = {}
        self.last_pos: dict[str, int] = {}
        self.persons_seen: _Seen = _Seen()  # (offset, source id) of person name mentions
        self.mentions: list[Mention] = []
        self.gender: dict[str, str] = {}  # source id → "f" / "m", where a German role noun or article tells
        self.word_hits: dict[str, tuple[list[int], list[int]]] = {}  # word → (starts, ends) in the text, once
        self.runs: dict[str, list[tuple[int, int]]] | None = None  # every run of word characters → its spans
        self.sentence_starts = [sent.span.start for sent in doc.sentences]
        self._seen_at: dict[str, list[int]] = {}
        self._seen_sorted: list[tuple[int, str]] = []  # `persons_seen` by offset (then id)
        self._seen_len = -1
        self._mentioned: list[tuple[int, str]] = []  # (start, source id) of `mentions`, by start
        self._mentioned_len = 0
        self._spans: list[tuple[int, int, str]] = []  # (start, end, source id) of `mentions`, by start
        self._longest = 0  # the length of the longest of `mentions`
        self._of_source: dict[str, list[Mention]] = {}  # source id → its `mentions`, in the order they came
        self._rules_of: dict[str, list[tuple[int, str]]] = {}  # source id → (start, rule) of its mentions, by start
        self._first_at: dict[Span, str] = {}  # span → the source of its first mention
        self.order: dict[str, int] = {}  # source id → its index in `sources`
        self._mention_starts: dict[str, tuple[list[Span], int, list[int]]] = {}  # `last_mention_before`

    def whole_word_hits(self, word: str) -> tuple[list[int], list[int]]:
        """Starts and ends of `word` as a whole word in the document's text (as `whole_words`
        finds it), from one pass over the text for all words: the callers ask for many words at
        many positions, and bisect the ends, which grow with the starts."""
        hit = self.word_hits.get(word)
        if hit is None:
            if WORD_RUN.fullmatch(word):
                if self.runs is None:  # a whole word is a maximal run of word characters and hyphens
                    self.runs = {}
                    for m in WORD_RUN.finditer(self.doc.text):
                        self.runs.setdefault(m.group(), []).append((m.start(), m.end()))
                found = self.runs.get(word, [])
            else:
                found = [(m.start(), m.end()) for m in whole_words(self.doc.text, word)]
            hit = self.word_hits[word] = ([a for a, _ in found], [b for _, b in found])
        return hit

    def _sync_seen(self) -> None:
        """Bring the indexes of `persons_seen` (by person, and by offset) up to date: they take in
        the persons appended since, and are rebuilt when the list changed any other way than by
        appends and sorts (and on every call when a plain list took the place of `persons_seen`)."""
        seen = self.persons_seen
        if not isinstance(seen, _Seen) or seen.dirty or self._seen_len + len(seen.fresh) != len(seen):
            self._seen_at = {}
            for at, who in seen:
                self._seen_at.setdefault(who, []).append(at)
            for ats in self._seen_at.values():
                ats.sort()
            self._seen_sorted = sorted(seen)
        else:
            for at, who in seen.fresh:
                bisect.insort(self._seen_at.setdefault(who, []), at)
                bisect.insort(self._seen_sorted, (at, who))
        if isinstance(seen, _Seen):
            seen.fresh.clear()
            seen.dirty = False
        self._seen_len = len(seen)

    def seen_before(self, sid: str, pos: int) -> int:
        """Where the person `sid` was last named before `pos` (`persons_seen`), or -1."""
        self._sync_seen()
        ats = self._seen_at.get(sid, [])
        k = bisect.bisect_left(ats, pos)
        return ats[k - 1] if k else -1

    def seen_between(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """The (offset, id) of `persons_seen` with lo <= offset < hi, by offset (then id): a window
        of the text looked up by bisection, not by a scan of every person named."""
        self._sync_seen()
        rows = self._seen_sorted
        return rows[bisect.bisect_left(rows, (lo, "")) : bisect.bisect_left(rows, (hi, ""))]

    def _sync_mentioned(self) -> None:
        """Bring the indexes of `mentions` up to date: they take in the mentions appended since (the list
        is only appended to while sources are resolved; one that shrank, or whose mentions `move_mentions`
        gave to another source, is indexed anew). Each index
        answers a look-up by bisection or by key, where a scan of every mention would make a long text's
        resolution quadratic: (start, id) by start, (start, end, id) by start and the longest span, per
        source its mentions in the order they came and its (start, rule) by start, and the source of the
        first mention of each span."""
        if len(self.mentions) < self._mentioned_len:
            self._drop_mention_indexes()
        for m in self.mentions[self._mentioned_len :]:
            bisect.insort(self._mentioned, (m.span.start, m.source))
            bisect.insort(self._spans, (m.span.start, m.span.end, m.source))
            self._longest = max(self._longest, m.span.end - m.span.start)
            self._of_source.setdefault(m.source, []).append(m)
            bisect.insort(self._rules_of.setdefault(m.source, []), (m.span.start, m.rule))
            self._first_at.setdefault(m.span, m.source)
        self._mentioned_len = len(self.mentions)

    def move_mentions(self, sid: str, target: str) -> None:
        """Give every mention of source `sid` to `target` (a source folded into another, in admit) and
        drop the indexes of `mentions`: they hold each mention's source id, and `_sync_mentioned` only
        takes in the mentions appended since, so the next look-up builds them anew from the list."""
        for m in self.mentions:
            if m.source == sid:
                m.source = target
        self._drop_mention_indexes()

    def _drop_mention_indexes(self) -> None:
        self._mentioned, self._mentioned_len = [], 0
        self._spans, self._longest, self._of_source, self._rules_of, self._first_at = [], 0, {}, {}, {}

    def mentioned_between(self, lo: int, hi: int) -> set[str]:
        """The ids of the sources with a mention (`mentions`) that starts in [lo, hi), looked up by
        bisection in an index that takes in the mentions appended since (the list is only appended to)."""
        self._sync_mentioned()
        rows = self._mentioned
        return {sid for _, sid in rows[bisect.bisect_left(rows, (lo, "")) : bisect.bisect_left(rows, (hi, ""))]}

    def last_mentioned_between(self, lo: int, hi: int) -> tuple[int, str] | None:
        """The greatest (start, id) of a mention (`mentions`) that starts in [lo, hi), or None: what
        `max` over the mentions in that window gives, by bisection."""
        self._sync_mentioned()
        rows = self._mentioned
        k = bisect.bisect_left(rows, (hi, ""))
        return rows[k - 1] if k and rows[k - 1][0] >= lo else None

    def mentioned_over(self, span: Span) -> set[str]:
        """The ids of the sources with a mention (`mentions`) that overlaps `span`: those that start
        less than the longest mention before its end, by bisection."""
        self._sync_mentioned()
        rows = self._spans
        lo = bisect.bisect_left(rows, (span.start - self._longest, -1, ""))
        return {sid for a, b, sid in rows[lo : bisect.bisect_left(rows, (span.end, -1, ""))] if a < span.end and span.start < b}

    def source_mentions(self, sid: str) -> list[Mention]:
        """The mentions (`mentions`) of source `sid`, in the order they came."""
        self._sync_mentioned()
        return self._of_source.get(sid, [])

    def last_rule_before(self, sid: str, pos: int) -> tuple[int, str] | None:
        """The greatest (start, rule) of a mention of source `sid` that starts before `pos`, or None."""
        self._sync_mentioned()
        rows = self._rules_of.get(sid, [])
        k = bisect.bisect_left(rows, (pos, ""))
        return rows[k - 1] if k else None

    def source_at(self, span: Span) -> str | None:
        """The source of the first mention (`mentions`) of exactly `span`, or None."""
        self._sync_mentioned()
        return self._first_at.get(span)

    def named_between(self, lo: int, hi: int) -> list[str]:
        """The ids of the sources named in [lo, hi) — a person named there (`persons_seen`) or a
        source mentioned there (`mentions`) — in the order of `sources`: every source with a
        mention (`Source.mentions`) that starts in the window is one of them."""
        ids = {sid for _, sid in self.seen_between(lo, hi)} | self.mentioned_between(lo, hi)
        return sorted(ids, key=lambda sid: self.order[sid])

    def _indefinite_en(self, info: MentionInfo, span: Span | None) -> bool:
        """An English mention of a role or a kind without a name that opens with an indefinite
        article ("a spokesman", "an aide to the mayor": `indefinite_articles` of lexicon.json)
        introduces someone new, never one of that name before (rule `source.description.new` or
        the rule of the caller; an anonymous source keeps its own key by its body). So does one
        that opens with a word of `another_words` ("another witness")."""
        if span is None or info.type not in ("person", "unnamed") or info.person_tokens:
            return False
        seg = self.doc.segment_at(span.start)
        if pick(seg.language if seg else None, self.doc.language) != "en":
            return False
        first = (info.text or "").split()[:1]
        return bool(first) and first[0].lower() in _indefinite_articles("en") | another_words("en")

    def _opens_indefinite(self, m: Span) -> bool:
        first = self.doc.text[m.start : m.end].split()[:1]
        return bool(first) and first[0].lower() in _indefinite_articles("en")

    def create(self, name: str, type_: str, rule: str, role: str | None = None) -> Source:
        src = Source(f"s{len(self.sources) + 1}", name, type_, rule, role=role)  # type: ignore[arg-type]
        self.order[src.id] = len(self.sources)
        self.sources.append(src)
        self.by_id[src.id] = src
        return src

    def get(self, sid: str) -> Source:
        return self.by_id[sid]

    def find_person(self, toks: list[str]) -> str | None:
        toks = _unglued(toks)
        keys = {translit_key(t) for t in toks if len(t) >= 2}
        given = given_name_keys()
        first = translit_key(toks[0]) if len(toks) >= 2 and translit_key(toks[0]) in given else None
        best = None
        for sid, pk in self.person_tokens.items():
            # (the name's words first: most persons share none, and the tests below only rule one out)
            if not (keys & pk and (len(toks) == 1 or translit_key(toks[-1]) in pk or len(keys & pk) >= 2)):
                continue
            if first is not None and first not in pk and pk & given:
                continue  # "Hillary Clinton" is not "Bill Clinton": two given names, two persons
            if self._other_given_name(sid, toks, pk):
                continue  # "Brit Stodden" is not "Alex Stodden", given names known or not
            if best is None or self.last_pos.get(sid, 0) > self.last_pos.get(best, 0):
                best = sid
        return best

    def _other_given_name(self, sid: str, toks: list[str], pk: set[str]) -> bool:
        """An English text's full name (two words or more) whose first word the person `sid` has not, while
        that person's own name opens with another full word: two persons of one surname. Initials, one-word
        names, roles and a first word that shares its first three letters decide nothing ("J. Lee" may be
        "Jan Lee", "Sandy Lee" "Sandra Lee")."""
        if self.doc.language != "en" or len(toks) < 2 or translit_key(toks[0]) in pk or len(toks[0]) < 3 or toks[0].endswith((".", "-")):
            return False  # (English only: German labels keep "Anna Roth-Lund" and "Frau Roth" as one, session 30)
        mine = self.get(sid).name.split()
        if len(mine) < 2 or len(mine[0]) < 3 or NAME_WORD.match(mine[0]) is None or NAME_WORD.match(toks[0]) is None \
                or translit_key(mine[0]) in {translit_key(t) for t in toks} or translit_key(mine[0])[:3] == translit_key(toks[0])[:3]:
            return False  # (the same first word somewhere in the new name; or one name's short form: "Sandy", "Sandra")
        return not any(is_role(w, lang("en")) or person_noun(w, lang("en")) for w in (mine[0], toks[0]))  # ("Actor Ed Lee" is "Ed Lee")

    def add(self, info: MentionInfo, span: Span | None, rule: str) -> str:
        pos = span.start if span else 0
        info = self._in_nominative(info, span)
        if info.trim and info.trim not in rule:
            rule += "+" + info.trim  # (the mention read without words at its edge, or retyped: `analyse_mention`)
        sid: str | None = None
        fresh = self._indefinite_en(info, span)
        if fresh:
            # "The spokesman said … . A spokesman said …": an indefinite mention opens a new source,
            # unless the one of that name was introduced so too ("an officer shouted … an officer
            # said": the text does not tell them apart)
            # ("a witness … another witness": "another" is always someone else)
            known = self.keys.get(org_key(info.name))
            another = (info.text or "").split()[0].lower() in another_words("en")
            if known is not None and not another and all(self._opens_indefinite(m) for m in self.get(known).mentions):
                sid, fresh = known, False
            elif known is not None:
                rule += "+new.indefinite"  # (the mention's provenance: a new source, not the one of that name)
        elif info.type == "person" and info.person_tokens:
            sid = self.find_person(info.person_tokens)
        elif info.type == "anonymous":
            key = "anon:" + (org_key(info.genitive_org) if info.genitive_org else org_key(info.name))
            sid = self.keys.get(key)
        else:
            for k in [org_key(info.name), *(org_key(a) for a in info.aliases)]:
                if k in self.keys:
                    sid = self.keys[k]
                    break
            if sid is not None and _another_body(self.get(sid), info):
                # source.body_of_place: "das Militärkommando Tirol" … "die Landwirtschaftskammer Tirol": two
                # bodies of one place, each named with its head noun
                first = self.get(sid)
                if first.name == info.name and first.role:
                    first.name = f"{first.role} {first.name}"
                    self.keys[org_key(first.name)] = sid
                info = replace(info, name=f"{info.role} {info.name}")
                sid = self.keys.get(org_key(info.name))
                rule += "+source.body_of_place"
            if sid is None and info.type not in ("unnamed", "person", "social_account", "party"):
                # (not a party: "die Wiener SPÖ" is the party's branch, no "SPÖ", `source.party.branch`)
                # same head, one set of modifiers inside the other: "Verkehrsamt" = "kantonalen Verkehrsamts"
                mine = org_key(info.name).split()
                for k, other in self.keys.items():
                    ok = k.split()
                    if mine and ok and mine[-1] == ok[-1] and (set(mine) <= set(ok) or set(ok) <= set(mine)):
                        if self.doc.language == "en" and info.type == "document" and _owner_only_in_one(info.name, self.get(other).name):
                            continue  # source.document.named_owner: "The Harbor poll" is no "poll" named before without one
                        if self.get(other).type == info.type:
                            sid = other
                            break
        src = self.create(info.name, info.type, rule, info.role) if sid is None else self.get(sid)
        sid = src.id
        if info.type == "person" and info.person_tokens:
            self.person_tokens.setdefault(sid, set()).update(translit_key(t) for t in _unglued(info.person_tokens))
            if len(" ".join(info.person_tokens)) > len(src.name) and src.type == "person":
                if src.name not in src.aliases:
                    src.aliases.append(src.name)
                src.name = " ".join(info.person_tokens)
            self.persons_seen.append((pos, sid))
        if info.type == "anonymous":
            key = "anon:" + (org_key(info.genitive_org) if info.genitive_org else org_key(info.name))
            self.keys.setdefault(key, sid)
        else:
            for k in [org_key(info.name), *(org_key(a) for a in info.aliases)]:
                if fresh:
                    self.keys[k] = sid  # (the newest of that name is the one a later bare mention means)
                else:
                    self.keys.setdefault(k, sid)
        for a in [info.name, *info.aliases]:
            if a and a != src.name and a not in src.aliases:
                src.aliases.append(a)
        if src.role is None and info.role:
            src.role = info.role
        if src.type == "person" and sid not in self.gender:
            seg = self.doc.segment_at(pos) if span is not None else None
            code = pick(seg.language if seg else None, self.doc.language)
            g = gender_of(info.text, self.doc, code) or (gender_of(info.name, self.doc, code) if code == "en" else None)
            if g is not None:
                self.gender[sid] = g
        if span is not None:
            src.mentions.append(span)
            self.mentions.append(Mention(span, sid, rule))
        self.last_pos[sid] = max(self.last_pos.get(sid, 0), pos)
        return sid

    def _in_nominative(self, info: MentionInfo, span: Span | None) -> MentionInfo:
        """A body or group named in the genitive or the dative plural gets its nominative as the
        name, the phrase as written an alias (`case.nominative`, rule `source.name.nominative`)."""
        if info.type in ("person", "anonymous", "social_account") or info.pronoun or not info.name:
            return info
        seg = self.doc.segment_at(span.start) if span is not None else None
        code = pick(seg.language if seg else None, self.doc.language)
        if code != "de":
            return info
        nom = nominative(info.text, info.name, lang(code), lambda w: bool(self.whole_word_hits(w)[0]))
        if nom is None or nom == info.name:
            return info
        return replace(info, name=nom, aliases=[info.name, *(a for a in info.aliases if a != nom)])

    def mention(self, sid: str, span: Span, rule: str) -> None:
        """One more mention of a known source (a pronoun that points at it)."""
        self.get(sid).mentions.append(span)
        self.mentions.append(Mention(span, sid, rule))
        self.last_pos[sid] = max(self.last_pos.get(sid, 0), span.start)

    def nearest(self, pos: int, types: set[str], role: str | None = None, gender: str | None = None,
                keep: Callable[[Source], bool] | None = None) -> str | None:
        """The source of one of `types` mentioned last before `pos` (one whose role holds `role`
        first), of `gender` or none known, and that `keep` accepts; None when none was."""
        best, best_pos = None, -1
        for s in self.sources:
            if s.type not in types or (gender is not None and self.gender.get(s.id, gender) != gender):
                continue
            p = self.last_mention_before(s, pos)
            if role and s.role and role.lower() in s.role.lower():
                p += 10_000_000
            # (`keep` is a test without side effects, asked only of a source that would win: a scan
            # of a long text's sources asks it of a few, not of all)
            if p > best_pos and (keep is None or keep(s)):
                best, best_pos = s.id, p
        return best

    def last_mention_before(self, src: Source, pos: int) -> int:
        """The start of the last of `src.mentions` that starts before `pos`, or -1: by bisection in
        the mentions' starts, sorted once and again when the list grew (it is only appended to,
        extended and sorted)."""
        ms = src.mentions
        hit = self._mention_starts.get(src.id)
        if hit is None or hit[0] is not ms or hit[1] != len(ms):
            hit = self._mention_starts[src.id] = (ms, len(ms), sorted(m.start for m in ms))
        k = bisect.bisect_left(hit[2], pos)
        return hit[2][k - 1] if k else -1


WORD_RUN = re.compile(r"[\w-]+")
