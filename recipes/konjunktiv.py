"""Generate `src/sourcetrace/resources/de/konjunktiv.json`: Konjunktiv I and II forms of German
verbs, from paradigm rules applied once to hand-written verb lists (no corpus data).

Konjunktiv I (3rd person): stem + e / stem + en (the plural equals the indicative except for
"sein", so only the singular and a few unambiguous plurals are kept as markers).
Konjunktiv II: umlauted preterite stems of strong verbs + e / en, plus modal and auxiliary forms.
Weak verbs' Konjunktiv II equals their preterite and is not a marker.

    python recipes/konjunktiv.py
"""

from __future__ import annotations

import json
from pathlib import Path

# Strong verbs without umlaut have a Konjunktiv II plural equal to the preterite ("gingen"):
# only their singular is kept as a marker.
# Infinitives whose 3sg Konjunktiv I (stem + "e") differs from every indicative form.
WEAK_AND_STRONG = ["arbeiten", "bauen", "bedeuten", "befinden", "befürchten", "begrüssen", "begrüßen", "beginnen", "behalten", "bekommen", "beobachten", "berichten", "besitzen", "bestehen", "besuchen", "beteiligen", "betreffen", "bewegen", "bezahlen", "bieten", "bilden", "bleiben", "brauchen", "bringen", "danken", "dauern", "decken", "denken", "dienen", "drohen", "drängen", "durchlaufen", "eingliedern", "einsetzen", "entscheiden", "entstehen", "entwickeln", "erhalten", "erfahren", "erkennen", "erleben", "erreichen", "existieren", "fahren", "fallen", "fehlen", "finden", "fliegen", "folgen", "fordern", "fragen", "führen", "funktionieren", "geben", "gehen", "gehören", "gelingen", "gelten", "geschehen", "gewinnen", "glauben", "haben", "halten", "handeln", "hängen", "helfen", "herrschen", "hoffen", "hören", "kämpfen", "kaufen", "kennen", "kommen", "kontrollieren", "kosten", "lassen", "laufen", "leben", "legen", "leiden", "leisten", "lernen", "lesen", "liefern", "liegen", "machen", "nehmen", "nennen", "nutzen", "planen", "prüfen", "rechnen", "reichen", "sagen", "schaffen", "scheitern", "schicken", "schiessen", "schießen", "schlagen", "schreiben", "schützen", "sehen", "senden", "setzen", "sinken", "sitzen", "spielen", "sprechen", "stammen", "stehen", "steigen", "stellen", "sterben", "stimmen", "suchen", "tragen", "treffen", "treiben", "trainieren", "tun", "unterstützen", "verfügen", "verhandeln", "verlassen", "verlieren", "verstehen", "versuchen", "vorbereiten", "wachsen", "wählen", "warten", "wenden", "werfen", "wirken", "wissen", "wohnen", "wollen", "zahlen", "zeigen", "ziehen", "zwingen", "ankommen", "eintreffen", "verletzen", "töten", "angreifen", "beschiessen", "beschießen"]

# More verbs of news language (hand-written, issue 7): reported claims in the Konjunktiv I use
# the whole vocabulary, not only the verbs above. Left out: verbs whose "stem + e" is also a
# common other word ("bitten" → "bitte", "langen" → "lange", "achten" → "achte", "sichern" →
# "sichere", "lieben" → "liebe", "weisen" → "weise", "nähern" → "nähere", "einigen" → "einige",
# "schaden" → "schade").
MORE = ["abbauen", "ablaufen", "abhängen", "absehen", "ändern", "akzeptieren", "analysieren", "anbieten", "anerkennen",
        "anfangen", "angehen", "anhalten", "ankündigen", "anlegen", "anordnen", "anstreben", "antreten", "anwenden", "ärgern",
        "aufbauen", "aufgeben", "aufhalten", "aufheben", "aufnehmen", "ausbauen", "ausgeben", "ausgehen", "ausreichen", "ausschliessen",
        "ausschließen", "aussehen", "auswirken", "basieren", "beabsichtigen", "beachten", "beantragen", "bedauern", "bedrohen",
        "beeinflussen", "beenden", "befassen", "befolgen", "befördern", "begehen", "begleiten", "begründen", "behandeln", "behindern",
        "beitragen", "bekämpfen", "belasten", "beraten", "berücksichtigen", "beruhen", "beschliessen", "beschließen", "beschränken",
        "beschäftigen", "beschützen", "besorgen", "bestimmen", "bestrafen", "beteuern", "betrachten", "betreiben", "betreuen",
        "beurteilen", "bevorzugen", "bewahren", "bewerten", "bezeichnen", "beziehen", "bieten", "binden", "blockieren", "brechen",
        "dienen", "diskutieren", "dominieren", "drängen", "drucken", "durchführen", "durchsetzen", "eignen", "einhalten", "einführen",
        "eingreifen", "einleiten", "einschränken", "einstellen", "empfehlen", "empfinden", "entdecken", "entfernen",
        "enthalten", "entlassen", "entschuldigen", "entsprechen", "erfordern", "erfüllen", "ergeben", "ergreifen", "erhöhen", "erinnern",
        "erklären", "erlauben", "ermitteln", "ermöglichen", "erscheinen", "ersetzen", "erwarten", "erwägen", "erzielen", "fassen",
        "festhalten", "feststellen", "finanzieren", "fliehen", "flüchten", "fördern", "fortsetzen", "freuen", "fühlen", "garantieren",
        "gebrauchen", "gefährden", "gefallen", "gehen", "genehmigen", "geniessen", "genießen", "gestalten", "gewähren", "gewährleisten",
        "greifen", "gründen", "handeln", "heben", "hindern", "hinnehmen", "holen", "identifizieren", "informieren", "investieren",
        "kennen", "klären", "kommunizieren", "konzentrieren", "korrigieren", "kritisieren", "kümmern", "kürzen", "lachen", "lehnen",
        "leiten", "lenken", "lohnen", "lösen", "melden", "merken", "messen", "mitteilen", "nachdenken", "nennen",
        "öffnen", "opfern", "organisieren", "passieren", "pflegen", "produzieren", "profitieren", "protestieren", "raten", "reagieren",
        "realisieren", "reden", "regeln", "regieren", "reisen", "respektieren", "retten", "richten", "riskieren", "rufen", "ruhen",
        "sammeln", "schätzen", "scheinen", "schieben", "schliessen", "schließen", "schlafen", "schweigen", "schwinden",
        "senken", "siegen", "sorgen", "sparen", "sperren", "spüren", "stärken", "stattfinden", "steuern", "stoppen",
        "stören", "streben", "streichen", "streiten", "stützen", "tauchen", "teilen", "testen", "tolerieren", "trauen", "trennen",
        "treten", "überleben", "übernehmen", "überprüfen", "überwachen", "überzeugen", "umfassen", "umgehen", "umsetzen", "unterliegen",
        "unternehmen", "unterscheiden", "unterschreiben", "untersuchen", "verändern", "verantworten", "verbessern", "verbieten",
        "verbinden", "verbreiten", "verbringen", "verdienen", "verdrängen", "vereinbaren", "verfolgen", "vergessen", "vergleichen",
        "verhalten", "verhindern", "verkaufen", "verlangen", "verlängern", "verlegen", "vermeiden", "vermitteln", "vermuten",
        "vernichten", "verpflichten", "verringern", "versagen", "verschieben", "verschärfen", "versorgen", "versprechen", "verstärken",
        "verstossen", "verstoßen", "verteidigen", "verteilen", "vertreten", "verursachen", "verurteilen", "verwalten", "verweigern",
        "verweisen", "verwenden", "verzichten", "verzögern", "vorbeugen", "vorgehen", "vorhaben", "vorliegen", "vorsehen",
        "vorstellen", "wagen", "wandeln", "warnen", "wechseln", "wehren", "weigern", "werben", "widersprechen", "wiederholen",
        "zerstören", "zählen", "zugeben", "zulassen", "zunehmen", "zurückkehren", "zurücktreten", "zustimmen", "zweifeln",
        # (session 11: verbs of reported news seen missing in continued speech: "Nach der Pause erhole sie sich")
        "ablehnen", "aufklären", "ausweiten", "bemühen", "beschuldigen", "beschweren", "bestätigen", "bestreiten", "betonen",
        "betragen", "verdächtigen", "verdoppeln", "verschlechtern", "ergänzen", "erholen", "ermutigen", "eröffnen", "erwidern",
        "fügen", "fürchten", "heissen", "heißen", "landen", "passen", "prägen", "räumen", "schwanken", "starten", "überlegen",
        "wiegen", "zögern",
        # (session 12: verbs of continued speech on the dev sets' classes, each "stem + e" no other common word)
        "bereiten", "benötigen", "bereuen", "bedürfen", "behaupten", "bedienen", "verstecken", "erleiden", "verschweigen",
        "veröffentlichen", "belegen", "beweisen", "versichern", "schulden", "dringen", "beharren", "vertrauen", "bezweifeln",
        "erzählen", "wünschen", "bedanken", "leugnen", "schrumpfen", "klingen", "stecken", "verlaufen", "mangeln", "scheuen",
        "beklagen", "bemängeln", "klagen", "lügen", "täuschen", "erwähnen", "bemerken", "ahnen", "wundern", "verbergen",
        "verraten", "mitbringen", "anfallen", "auslösen", "ausfallen", "einnehmen", "zurückgehen", "umgehen", "ausreichen",
        # (session 18: verbs of official and legal news whose "stem + e" is no other lower-case word;
        # the fused forms of separable verbs stand at the end of a subordinate clause)
        "begegnen", "obliegen", "verwerten", "erfolgen", "erweisen", "verzeichnen", "aufweisen", "beinhalten", "darstellen",
        "gelangen", "dulden", "verschwinden", "nachweisen", "übersteigen", "zustehen", "vorkommen", "teilnehmen", "beibehalten",
        "festlegen", "vorlegen", "einreichen", "nachkommen", "vollziehen", "verhängen", "anstehen", "bevorstehen", "ausstehen",
        "zutreffen", "einräumen", "abwarten", "mitwirken", "ablösen", "widmen", "genügen", "ausbleiben", "zukommen",
        "beanspruchen", "entziehen", "missbrauchen", "vorwerfen", "zurückweisen", "hinweisen",
        # (session 34: verbs of reported work and money, each "stem + e" no other lower-case word)
        "pumpen", "abpumpen", "überbringen", "verschwenden", "fließen", "überschreiten", "nützen", "bergen", "einsparen",
        "überweisen", "abschieben", "aufräumen"]

IRREGULAR_K1 = ["sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "dürfe", "solle",
                "wolle", "möge", "wisse", "tue"]

K2_STRONG = ["wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte", "könnten", "müsste", "müssten", "dürfte", "dürften", "möchte", "käme", "kämen", "gäbe", "gäben", "läge", "lägen", "stünde", "stünden", "stände", "ständen", "fände", "fänden", "befände", "befänden", "ginge", "hielte", "liesse", "ließe", "sähe", "sähen", "bliebe", "wüsste", "wüssten", "brächte", "brächten", "dächte", "dächten", "täte", "täten", "nähme", "nähmen", "träfe", "träfen", "zöge", "zögen", "fiele", "gälte", "gälten", "hülfe", "hülfen", "hälfe", "hälfen", "bekäme", "bekämen", "entstünde", "entstünden", "bestünde", "bestünden", "verlöre", "verlören", "gewönne", "gewönnen", "spräche", "sprächen", "schriebe", "stürbe", "stürben", "bräuchte", "bräuchten", "wüchse", "riete", "trüge", "trügen", "beträfe", "beträfen"]


def stem(inf: str) -> str:
    if inf.endswith("ern") or inf.endswith("eln"):
        return inf[:-1]
    return inf[:-2] if inf.endswith("en") else inf[:-1]


def main() -> None:
    k1 = set(IRREGULAR_K1)
    for inf in WEAK_AND_STRONG + MORE:
        if not inf.endswith("n"):
            continue
        s = stem(inf)
        # liefern -> liefere, handeln -> handle; others: stem + e
        if inf.endswith("ern"):
            k1.add(inf[:-1] + "e")  # liefern → liefere
            k1.add(inf[:-1] + "st")  # lieferst
            continue
        elif inf.endswith("eln"):
            form = inf[:-3] + "le"
        else:
            form = s + "e"
        k1.add(form)
        k1.add(s + "est" if not s.endswith("e") else s + "st")
    out = {
        "_origin": "generated by recipes/konjunktiv.py from hand-written verb lists and German paradigm rules",
        "konjunktiv1": sorted(k1),
        "konjunktiv2": sorted(set(K2_STRONG)),
        "auxiliary_k2": ["würde", "würden"],
        # endings that mark a Konjunktiv I (or a first person) of any verb of that class: "investiere"
        "konjunktiv1_suffixes": ["iere"],
        # the continuation rules: modal Konjunktiv II forms that go on with reported speech only
        # right after it, those that in news are nearly always the author's own hedge, the words
        # that open a condition or a question (no continued speech), and the words in -t or -en
        # before "haben"/"sein" after "soll" that are no participle ("soll bereits … sein")
        "modal_konjunktiv2": ["könnte", "könnten", "dürfte", "dürften", "müsste", "müssten", "würde", "würden", "möchte", "möchten"],
        "author_modals": ["dürfte", "dürften"],
        # the singular Konjunktiv II of the auxiliaries "haben" and "sein": their Konjunktiv I
        # ("habe", "sei") differs from the indicative and is what reported speech uses, so without
        # a cue "hätte"/"wäre" is the author's irrealis ("Mit dem Gesetz wäre der Hafen sicher",
        # "Ein Wort hätte den Plan fast gestoppt"), no continued speech (the plural "hätten" stands
        # in for the Konjunktiv I "haben", which equals the indicative, and stays)
        # (session 37, rule attr.continuation.de.konjunktiv: the plural "wären" too — the Konjunktiv I
        # plural of "sein" is "seien", distinct from "sind", so reported speech says "seien" and a
        # bare "wären" is a hypothesis: "Dann wären drei Brücken zu sanieren")
        # (session 34: likewise the singular of every other Konjunktiv II but "würde" — "gäbe", "stünde",
        # "käme", the modals "könnte", "müsste", "möchte": reported speech says "gebe", "stehe", "könne";
        # the singular Konjunktiv II without a cue is a hypothesis, the author's or the speaker's, no
        # continued speech ("Mit dem Umbau stünde der Ort besser da", "Ein Verbot könnte helfen");
        # "würde" stays, it stands in for the future "werde" as well)
        "irrealis_konjunktiv2": sorted({"hätte", "wäre", "wären", "könnte", "müsste", "möchte"}
                                       | {f for f in K2_STRONG if f.endswith("e") and f != "würde"}),
        "conditional_openers": ["wenn", "falls", "ob"],
        # (session 39: the openers of a clause that a main clause's verb governs — "X kam zu dem Schluss, dass
        # sich der Umbau lohnen würde": a Konjunktiv II there is what that subject says, never the author's irrealis
        # beside an indicative main clause, rule attr.filter.de.irrealis_beside_indicative; a "wonach" clause
        # after a noun, "den Vorwurf, wonach …", is not among them)
        "governed_clause_openers": ["dass", "daß", "ob"],
        "not_participles": ["nicht", "jetzt", "zuletzt", "selbst", "bereits", "zuerst", "meist", "erst"],
    }
    path = Path(__file__).resolve().parents[1] / "src/sourcetrace/resources/de/konjunktiv.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(out['konjunktiv1'])} K1, {len(out['konjunktiv2'])} K2 forms)")


if __name__ == "__main__":
    main()
