"""Source resolution: each mention to one source per real-world source, typed, with role, and the
rebuilt source list (rule ids `source.*`).

Mentions are classified from their words (quoted names, known outlets, role nouns, head nouns of
`lexicon.json`); they merge by a key that ignores German inflection and transliteration
(Lawrow = Lavrov), persons by any shared name token ("Roth" = "Maria Roth"). Pronouns and
definite descriptions ("der Diktator", "die Zeitung") resolve to the nearest earlier compatible
source or person mention.

The modules, each depending only on those before it:

- `gazetteer`: known names and words — outlets, countries, type heads, role nouns, name keys
- `mentions`: one mention read on its own (`analyse_mention`, `classify_mention`)
- `gender`: the gender of a person mention, for pronouns
- `registry`: the document's sources, mentions merged into one source each (`Registry`)
- `persons`: persons named in the text whether or not they speak
- `naming`: which named source a mention means (full names, pairs, coordinations)
- `anaphora`: pronouns, epithets and descriptions that point back
- `outlets`: the document's outlet, polls, accounts, credits, relayed links
- `resolve`: the source list of a document (`resolve`)
"""

from __future__ import annotations

from .anaphora import ORGANISATIONS as ORGANISATIONS
from .anaphora import pronoun_gender as pronoun_gender
from .anaphora import type_nouns_before as type_nouns_before
from .gazetteer import gazetteer_names as gazetteer_names
from .gazetteer import head_type as head_type
from .gazetteer import is_role as is_role
from .gazetteer import org_key as org_key
from .gazetteer import translit_key as translit_key
from .gender import gender_of as gender_of
from .mentions import MentionInfo as MentionInfo
from .mentions import analyse_mention as analyse_mention
from .mentions import classify_mention as classify_mention
from .naming import full_name as full_name
from .persons import role_name_rx as role_name_rx
from .registry import Registry as Registry
from .resolve import resolve as resolve
