"""Temporal expressions normalised to TIMEX3-style values against the article date
(rule ids `timex.*`). Live-blog time stamps ("Update, 14.30 Uhr", "10:45") are not anchors of
their own here; a dated line ("13. Oktober 2024:") or a dated update ("Update, 4.6.2021, 10.15 Uhr:")
at the start of a line moves the anchor for what follows.

The modules, each depending only on those before it:

- `words`: the time words and patterns of resources/<lang>/time.json, compiled
- `tense`: past, future or neither, by the tense markers of an expression's clause
- `values`: the value of one expression against the anchor date (`normalise`), absolute dates
- `find`: the expressions of a stretch of text (`find_timexes`), non-dates set aside
- `tagger`: the step (`TimexTagger`)
"""

from __future__ import annotations

from .tagger import TimexTagger as TimexTagger
from .values import find_absolute as find_absolute
from .values import parse_absolute_date as parse_absolute_date
