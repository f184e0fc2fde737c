"""Claim members: one attributed claim of one document, with the features the vetoes compare
(numbers, dates, named sources, negation, content words) and its stance.

The package is split by what each part decides:

- `record`: the `Member` record itself;
- `members`: which attributions and sentences of an analysed document are members, and their features;
- `content`: what a content says without its tag, and its numbers, dates and durations;
- `stance`: whether a member asserts, denies, disputes or confirms, and whose claim it confirms;
- `origins`: whether a source names anyone who can be an origin, and who that is;
- `speakers`: who speaks for whom (spokespeople, officials, campaigns);
- `groups`: how many sources a source names (groups, joint sources, institutions);
- `quotations`: which members go on with one quotation split around its tag;
- `compare`: whether two members can tell one claim (the vetoes, the word overlap);
- `words`: the pooled word lists of resources/<lang>/link.json and the word keys every part compares by.

Everything other modules import stays importable from `sourcetrace.link.claims`."""

from .compare import (
    contains,
    dates_compatible,
    disputes_quoted,
    lexical_overlap,
    numbers_compatible,
    plain_words_in_common,
    quoted_phrases,
    quoted_runs,
    quoted_verbatim,
    quotes_in_common,
    shared_quote,
    veto,
    word_runs,
)
from .content import Times, duration_days, weekday_date
from .groups import (
    INSTITUTION_TYPES,
    bare_surnames,
    conjoined,
    conjoined_groups,
    conjunction_in_apposition,
    describes,
    dual_group,
    is_group,
    named_members,
    names_its_own,
)
from .members import SENTENCE_WORDS, members_of, sentence_members
from .origins import (
    a_thing,
    distinct_source,
    finding_subject,
    genitive_of,
    names_no_source,
    names_nobody,
    passive_agent,
    role_again,
    self_reference,
    unnamed_person,
)
from .quotations import SPLIT_GAP
from .record import Member
from .speakers import is_spokesperson, officials_of, speaks_for, speaks_for_campaign, spokesperson_for
from .stance import (
    claim_owners,
    confirmed_whose,
    confirmer_of,
    denied_inside,
    denies_a_claim,
    denies_back,
    disputes,
    points_back,
    refers_back,
    refuses,
    retorts,
    split_denial,
)
from .words import FULL_NAME, content_keys, name_words, negates

__all__ = [
    "FULL_NAME",
    "INSTITUTION_TYPES",
    "SENTENCE_WORDS",
    "SPLIT_GAP",
    "Member",
    "Times",
    "a_thing",
    "bare_surnames",
    "claim_owners",
    "confirmed_whose",
    "confirmer_of",
    "conjoined",
    "conjoined_groups",
    "conjunction_in_apposition",
    "contains",
    "content_keys",
    "dates_compatible",
    "denied_inside",
    "denies_a_claim",
    "denies_back",
    "describes",
    "disputes",
    "disputes_quoted",
    "distinct_source",
    "dual_group",
    "duration_days",
    "finding_subject",
    "genitive_of",
    "is_group",
    "is_spokesperson",
    "lexical_overlap",
    "members_of",
    "name_words",
    "named_members",
    "names_its_own",
    "names_no_source",
    "names_nobody",
    "negates",
    "numbers_compatible",
    "officials_of",
    "passive_agent",
    "plain_words_in_common",
    "points_back",
    "quoted_phrases",
    "quoted_runs",
    "quoted_verbatim",
    "quotes_in_common",
    "refers_back",
    "refuses",
    "retorts",
    "role_again",
    "self_reference",
    "sentence_members",
    "shared_quote",
    "speaks_for",
    "speaks_for_campaign",
    "split_denial",
    "spokesperson_for",
    "unnamed_person",
    "veto",
    "weekday_date",
    "word_runs",
]
