"""Hedges and epistemic status (rule ids `hedge.*`, `status.*`).

Cues come from `resources/<lang>/hedges.json`:

- hedges — words that weaken a claim: reportative "soll/sollen" (not deontic, planned, purpose or
  conditional), epistemic modals and adverbs, reputation ("gilt … als", "is seen as"), inference
  ("scheint", "appears to", "suggests"; German separable verbs with their particle at the clause's
  end, "deuten … darauf hin", "nimmt an, dass", "liegt nahe, dass"; the passive reputation "wird …
  als … gesehen"), and evidential negations (what could not be verified:
  "ließ sich nicht unabhängig überprüfen", "could not be independently verified", "no indication",
  "impossible to know"; also with the verb or noun of checking first: "Überprüfen ließen sich die
  Zahlen nicht", "Eine Überprüfung durch Dritte war nicht möglich"). A modal in a
  conditional ("Sollte es zu einem Prozess kommen"), purpose ("damit … könnten"), indirect
  question ("whether … could") or comparison ("als könnten sie") clause weakens nothing the
  author says; nor does a negated ability ("könne sich nicht erinnern", also across a quoted name:
  "an den Brief der „Tagespost“ nicht erinnern"; "could not attend"),
  English "could" in a relative clause (ability) or "sollte" without a perfect infinitive
  (advice: "Ägypten sollte … einreisen lassen"). Only modal verbs (`modal_verbs`) are weakened by
  their clause: an adverb hedges in any clause ("ob der Tarif womöglich überhöht ist"). An
  ability modal in a relative clause of the means ("Karten, mit denen Familien günstiger reisen könnten")
  or before a condition of its possibility ("könne erst dann starten, wenn") is no hedge; an English
  "could" right after a relative pronoun is a possibility only before a verb of what may happen
  ("which could result in", "who could be affected"). A perfect after "muss/will/mag" is inferred or
  claimed ("muss … gehabt haben", "wollen … gehört haben"; not before a deadline), "geht davon aus" an
  assumption, "Offen ist, ob" / "Ob …, ist nicht sicher" / "Whether …, is unknown" an open question
  (only with a question word after the phrase or opening the sentence: not "Der Laden ist offen"),
  a predicative "ist möglich" / "is possible" a doubt unless an infinitive follows ("possible to").
  Inside reported speech, German "dürften"/"könnten" after an agent and before an act stand for the
  reported "dürfen"/"können" ("Sie sagte, die Mieter dürften ihre Wohnungen kaufen"): a permission or
  ability, no hedge. English "could barely", "could be seen" (not "as"), "nor could", a "could" in a
  "than" clause and "she could." with its verb left out are abilities; "can't possibly", "might as
  well", "cannot be denied" are emphatic, no doubt. English "might"/"may" after the subject of an
  indirect question inside the sentence ("wondering whether the river might rise") have no reading of
  ability and hedge (`hedge.epistemic+question`); "could" there stays the question's. A modal in what
  someone wishes or hopes ("wish the coach could return", `hedge.not.wish`) and a first person's own
  "could have" + participle ("I could have handled it better", `hedge.not.counterfactual_self`) are no
  doubt. German "mag"/"mögen" with a present infinitive ending the clause and no person as subject says
  what may be so ("Das mag dauern", `hedge.epistemic_mag`). A verb-final "soll" after "sein" in a
  subordinate clause of an alleged guilt ("eine Bande, die dafür verantwortlich sein soll") is hearsay
  (`hedge.reportative+allegation`), while such a clause's "soll" of an act stays its task.
- status cues — denials, disputes and confirmations ("dementierte", "denied", "is disputed"):
  they set the claim's status and are not hedges. A participle before a noun ("the disputed city
  of Jerusalem") describes that noun, not the sentence.

Each hedge's scope is its sentence (or the attribution content that holds it). Each claim — a
sentence of the article or of a post — gets a status: asserted, attributed, hedged, unverified,
disputed, denied, confirmed.

The modules, each depending only on those before it:

- `words`: the hedge words of resources/<lang>/hedges.json, read once per language
- `clauses`: the clause around a word and what it makes of a modal, negation or phrase there
- `find`: the hedges and status cues of one sentence (`find_hedges`)
- `tagger`: the step (`HedgeTagger`), the status of each claim and attribution
"""

from __future__ import annotations

from .find import StatusCue as StatusCue
from .find import find_hedges as find_hedges
from .tagger import HedgeTagger as HedgeTagger
from .words import HedgeLex as HedgeLex
from .words import hedge_lex as hedge_lex
