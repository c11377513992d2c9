"""Target anchors: the named targets a sentence reports as hit, and the target words that only say where or
how ("near the airport", "the port of Berdyansk", "by train", "the port has resumed operations after...").

A target word counts in a clause with a live attack (or next to one) unless a hedge takes it back, it sits in
a relative clause that describes a place, or it names a route or a place back at work. Borders, city centres,
landmarks, "the port of X" and places closed after an attack are locatives: targets only when their clause
names no other.
"""

from __future__ import annotations

import re

from etl.gazetteer import Place
from etl.tagging.anchors import Anchor, Sentence, is_hedged
from etl.tagging.lexicon import Cue

# A relative clause that describes a place ("X, which has a naval base and an oil terminal")
_DESCRIPTION = re.compile(
    r",\s*which\s+(?:also\s+)?"
    r"(?:has|have|had|houses|housed|hosts|hosted|is home to|was home to|contains|includes)\b",
    re.IGNORECASE,
)
LOCATIVE_TYPE = "border_region"  # a target only when its clause names no other
# "the shopping centre in the city centre": an area, like the border, says where unless nothing else was hit
_LOCATIVE_AREA = re.compile(r"(?:city|town)\s+cent(?:re|er)", re.IGNORECASE)
# "a landing ship at the port of Berdyansk", "the Black Sea port of Sevastopol": the port names the city
# (a named facility's cue holds the name: "port of Berdyansk")
_PORT_OF_PLACE = re.compile(r"(?:\s+(?:city\s+)?|(?i:[\w ]*ports?\s+))of\s+[A-Z]")
# "Ukraine strikes Russian warship in Crimean port", "two warships in Sevastopol dry docks damaged": the port
# or dock a vessel lay in says where the vessel was hit
_VESSEL_IN_PORT = re.compile(
    r"\b(?:(?:war)?ships?|vessels?|boats?|submarines?|frigates?|corvettes?|cruisers?|craft)\s+"
    r"(?:(?:moored|docked|anchored|berthed|stationed|lying|being\s+repaired)\s+)?(?:in|at)\s+"
    r"(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
VESSEL_WINDOW = 80  # characters before a port word searched for the vessel in it
# "the submarine was hit on 13 September in a repair shipyard in Sevastopol": a yard something was hit in says
# where (a target when the clause names nothing else: "Ukraine says it struck a shipyard in Crimea")
_YARD = re.compile(r"(?:ship|dock)yards?", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# "a residential area near the airport": a target named as a landmark only says where the hit one was
_LANDMARK_BEFORE = re.compile(
    r"\b(?:near(?:\s+to)?|close\s+to|next\s+to|in\s+(?:the\s+)?vicinity\s+of|not\s+far\s+from)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
LANDMARK_WINDOW = 80  # characters before a target word searched for "near the" (the phrase is shorter)
# "a building near the train station was damaged": the building was hit, the landmark only says where
_BUILDING_NEAR = re.compile(r"\b(?:buildings?|structures?)\s+(?:located\s+|situated\s+)?$", re.IGNORECASE)
# "the port of Odesa has resumed operations after Russian strikes": a target reported back at work after (or
# amid) attacks is recovering from them, which does not say it was hit (a target closed: _SHUT_AFTER)
_REOPENED_AFTER = re.compile(
    r"(?:\s+of\s+(?-i:[A-Z])[\w’'-]*)?\s+(?:(?:has|have|had|was|were|is|are|now)\s+)*"
    r"(?:reopen(?:s|ed)?|resum(?:es|ed)\s+(?:operations|work|traffic))\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:after|following|amid)\b",
    re.IGNORECASE,
)
# "the drone barrage forced Polish airports to close", "forced the authorities to shut down all three major
# airports", "airports paralysed by quadcopters": a place shut as a precaution, not a place hit
# (a verb of closing, not 'close to' nor 'the closed plant'; its object, not 'closed after fuel depot hit')
_SHUT_BEFORE = re.compile(
    r"(?<!\bthe )(?<!\ban )(?<!\ba )"
    r"\b(?:close(?!\s+to\b)|closed|closing|closure\s+of|shut|shutting|shutdown\s+of)"
    r"(?:\s+down)?\s+(?:(?!(?:after|following|amid|because|due|as|when|by|in|on|at|for|over|near|to|from|with)\b)"
    r"[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_SHUT_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|remains?|remained)\s+)?"
    r"(?:(?:temporarily|briefly|partly|partially|fully|all)\s+)?(?:to\s+)?"
    r"(?:close[ds]?|shut(?:\s+down)?|paraly[sz]ed|(?:suspended|halted)\s+(?:flights|operations|traffic))\b",
    re.IGNORECASE,
)
# "the barrage forced airports in Kaliningrad to close": forced, a few words on, to close
_FORCED_BEFORE = re.compile(r"\bforc(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_TO_CLOSE_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+to\s+(?:close|shut|halt|suspend)\b", re.IGNORECASE)
SHUT_WINDOW = 40  # characters before a target word searched for 'shut down'
# "authorities halt railway services", "suspend road traffic on the bridge": a route or terminal whose
# traffic is stopped, as a precaution or a consequence, is not what was hit
_TRANSPORT_TYPES = frozenset({"road", "railway", "bridge", "airport", "port"})
_HALTED_BEFORE = re.compile(
    r"\b(?:halt|suspend)(?:s|ed|ing)?\s+"
    r"(?:(?:road\s+|rail\s+|car\s+)?(?:traffic|services|flights|movement)\s+(?:on|across|over|at|through)\s+)?"
    r"(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "air defence systems downed all 10 missiles", "its air defense systems took down six drones": the defence
# that intercepts is the subject of the interception, not a target hit
# (a passive but 'were engaged' says the system was hit: "a Patriot missile system was destroyed")
_INTERCEPTS_AFTER = re.compile(
    r"\s+(?:(?:have|has|had)\s+|(?:were|was)\s+(?=engaged\b))?(?:[\w-]+ly\s+)?"
    r"(?:downed|shot\s+down|took\s+down|brought\s+down|intercepted|destroyed|eliminated|engaged|repelled"
    r"|repulsed|neutrali[sz]ed)\b",
    re.IGNORECASE,
)
# "two drones were destroyed by air defence systems", "a missile fired by a Ukrainian air-defense system",
# "air defense systems in action as Russia launches attacks": the defence named as the agent of an
# interception or as at work is the defender too
_DEFENDER_BEFORE = re.compile(
    r"\b(?:downed|shot\s+down|brought\s+down|intercepted|destroyed|eliminated|repelled|neutrali[sz]ed|fired"
    r"|launched)\s+by\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# ... and "air defence systems had been activated", "were repelling attacks", "were deployed early on Sunday
# in repelling another Russian attack", "the sound of air defence systems hitting targets"
_DEFENDER_AT_WORK = re.compile(
    r"\s+(?:(?:were|was|are|is|had\s+been|has\s+been|have\s+been|been)\s+)?"
    r"(?:in\s+action|at\s+work|(?:were|was|are|is)\s+(?:active|working|operating)|activated|repelling"
    r"|engaging|hitting\s+targets|deployed\s+(?:[\w’'-]+\s+){0,4}?in\s+repelling)\b",
    re.IGNORECASE,
)
# "Ukraine is seeking more air defense systems", "the Biden administration said it was sending the Patriot
# system to Ukraine", "Russia installs air-defense systems in Moscow": air defence asked for, given or set up
# is kit on its way, not a target hit (not "US-supplied Patriot", kit named by its giver)
_SUPPLIED_BEFORE = re.compile(
    r"(?<![\w-])(?:seek(?:s|ing)?|send(?:s|ing)?|sent|suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing|y\s+of)?"
    r"|install(?:s|ed|ing)?|shift(?:s|ed|ing)?|provid(?:e|es|ed|ing)|need(?:s|ed)?|request(?:s|ed|ing)?"
    r"|deploy(?:s|ed|ing)?\s+more|donat(?:e|es|ed|ing)|pledg(?:e|es|ed|ing))\s+"
    r"(?:(?!(?:by|at|on|in|near)\b)[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
)
_AIR_DEFENCE_KIT = re.compile(r"air[- ]defen[cs]e|Patriot", re.IGNORECASE)
DEFENDER_WINDOW = 60  # characters before an air-defence word searched for 'destroyed by'
# "a Russian patrol ship fired on a Palau-flagged carrier", "Russian warship fires warning shots on commercial
# vessel": a warship or unit that fires is the attacker, not a target hit ('fired on by' is the passive)
_FIRES_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|reportedly|also|then)\s+)*"
    r"(?:fires|fired|firing|opened\s+fire|opens\s+fire|launche[sd]|shell(?:s|ed)|bombard(?:s|ed))\b"
    r"(?!(?:\s+[\w’'-]+){0,2}\s+by\b)",
    re.IGNORECASE,
)
# "Russia says it foiled attack on Crimean Bridge", "thwarted a drone strike on the port": an attack stopped
# before it reached its target names what was aimed at, not what was hit
_FOILED_BEFORE = re.compile(
    r"\b(?:foil(?:s|ed)?|thwart(?:s|ed)?|prevent(?:s|ed)?|avert(?:s|ed)?|repel(?:s|led)?|repuls(?:es|ed))\s+"
    r"(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?(?:attacks?|attempts?|strikes?|raids?|plots?|assaults?)\s+"
    r"(?:on|against|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
FOILED_WINDOW = 100  # characters before a target word searched for the stopped attack
# "a cruise missile flew 'critically low' above a nuclear power plant, before striking a target in Mykolaiv",
# "drones flying over the airport": what a weapon passed over is where it flew, not what it hit
_OVERFLOWN_BEFORE = re.compile(
    r"\b(?:flew|flown|flying|fly|flies|passed|passing|circl(?:ed|ing))\s+(?:[\w’'\"‘“”-]+\s+){0,3}?"
    r"(?:over|above|past)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "thousands of homes are without power", "strikes cut power to 270,000 homes", "apartment blocks still
# without heating": dwellings counted as cut off from a supply say how far an outage reached, not what was hit
# (the guide: the named target is the incident, its outages are not incidents of their own). A hospital or
# school left without power is news of its own and stays.
_OUTAGE_REACH_TYPES = frozenset({"residential"})
_SUPPLY = r"(?:power|electricity|heat|heating|water|light|gas|running\s+water|hot\s+water)"
_WITHOUT_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+[\w-]+)?(?:\s+in\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
    r"\s+(?:(?:are|were|is|was|remain|remains|remained|still|now|left|had\s+been|have\s+been|being)\s+)*"
    r"(?:without|with\s+no|lacking|deprived\s+of|cut\s+off\s+from|disconnected\s+from)\s+" + _SUPPLY + r"\b",
    re.IGNORECASE,
)
_CUT_TO_BEFORE = re.compile(
    r"\b(?:cut(?:s|ting)?(?:\s+off)?|restor(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|knock(?:s|ed|ing)?\s+out)\s+"
    + _SUPPLY
    + r"\s+(?:supplies\s+|supply\s+)?(?:to|for|in)\s+(?:[\w,.’'-]+\s+){0,4}$",
    re.IGNORECASE,
)
OUTAGE_WINDOW = 80  # characters before a dwelling word searched for 'cut power to'
# "Kherson shelling forces elderly from homes", "forcing thousands to leave their homes": the homes people
# fled say who was displaced, not what was hit ('left homes in ruins' stays: leaving needs a possessive)
_LEFT_HOME_BEFORE = re.compile(
    r"\b(?:(?:flee|flees|fled|fleeing|leave|leaves|leaving|left|abandon(?:s|ed|ing)?)\s+(?:their|his|her|our|my)\s+"
    r"|(?:forc(?:e|es|ed|ing)|driv(?:e|es|en|ing)|evacuated|displaced|fled|fleeing)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:from|out\s+of)\s+(?:their\s+|his\s+|her\s+)?)$",
    re.IGNORECASE,
)
LEFT_HOME_WINDOW = 60  # characters before a dwelling word searched for 'forced from'
# "Russian theatre says an air raid killed an actress", "the Kharkiv Regional Prosecutor's Office said", "the
# office of Ukraine's Prosecutor General said": an institution that speaks is the source, not a target (an
# active verb only: 'damage to homes reported', 'a building said to be a barracks' are no speakers)
_SPEAKER_TYPES = frozenset(
    {
        "residential",
        "commercial",
        "school",
        "hospital",
        "public_venue",
        "administrative",
        "cultural_religious",
        "military_site",
    }
)
_SPEAKS_AFTER = re.compile(
    r"(?:\s+of\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?\s+(?:has\s+|had\s+|also\s+)?"
    r"(?:said|says|stated|told|wrote|added)\b(?!\s+to\b)",
    re.IGNORECASE,
)
# "wounding a man who was later taken to hospital", "were being treated in hospital", "tells the BBC from
# hospital": the hospital the wounded went to says where they are, not what was hit ('a strike on a hospital'
# stays, and 'damage to hospitals': with no verb before it, only the singular word without an article is one)
_PATIENT_BEFORE = re.compile(
    r"\b(?:taken|rushed|admitted|brought|sent|transported|evacuated|airlifted|treated|died|dies|recovering)"
    r"\s+(?:to|in|at|into)\s+(?:a\s+|the\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_BARE_PATIENT_BEFORE = re.compile(r"\b(?:in|from|to|out\s+of)\s+$", re.IGNORECASE)
PATIENT_WINDOW = 60  # characters before a hospital word searched for 'taken to'
# "Kremlin says it only hits 'military infrastructure' after strike against restaurant", "Ukraine says it only
# conducts strikes against military targets": what a side says it only strikes is a policy, not a hit
_POLICY_BEFORE = re.compile(
    r"\bonly\s+(?:(?:conducts?|carries\s+out|carried\s+out|launch(?:es)?)\s+)?"
    r"(?:strikes?|hits?|targets?|attacks?|aims?\s+at|fires?\s+at)\s+(?:(?:against|on|at)\s+)?[\'‘“\"]?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
POLICY_WINDOW = 80  # characters before a target word searched for 'only strikes'
# "Assassin shoots dead Russian submarine captain", "the commander of Russia’s Black Sea fleet": a vessel or
# unit that names a person’s post is not what was hit
_POST_AFTER = re.compile(
    r"[’']?s?\s+(?:captain|commander|chief|skipper)s?\b(?!\s+(?:post|centre|center)s?\b)",
    re.IGNORECASE,
)
_POST_BEFORE = re.compile(
    r"\b(?:captain|commander|chief|admiral|head)s?\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE
)
POST_WINDOW = 60  # characters before a military word searched for 'commander of'
# "the blast killed a cafe owner who was registered to run in elections", "a shop owner was wounded": a
# business or home named by its owner says whose the person was, not what was hit
_OWNER_AFTER = re.compile(r"[’']?s?\s+(?:owners?|proprietors?)\b", re.IGNORECASE)
_OWNED_TYPES = frozenset({"commercial", "residential"})
# "Russian bombers damaged in drone strike on Engels airbase", "destroyed 9 Russian helicopters in airfield
# attacks": aircraft hit at an airfield are the airfield's incident, as readers label it
_AIRCRAFT = re.compile(
    r".*\b(?:bombers?|jets?|planes?|aircraft|helicopters?|warplanes?|fighter-bombers?)$", re.IGNORECASE
)
_AREA = re.compile(r"(?:civilian|urban)\s+areas?", re.IGNORECASE)
# "travelled by train", "along the highway", "shelled on the road to Kharkiv": a road or railway word that
# only says how people travelled or where on a route something was hit, not what was hit
_ROUTE_TYPES = frozenset({"road", "railway"})
_ROUTE_BEFORE = re.compile(r"\b(?:by|via|along(?:\s+the)?)\s+$", re.IGNORECASE)
_ON_ROUTE_BEFORE = re.compile(r"\bon\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
_ROUTE_AFTER = re.compile(r"\s+(?:to|from|between|towards?|leading|linking|connecting)\b", re.IGNORECASE)
ROUTE_WINDOW = 10  # characters before a road or railway word searched for 'by', 'along the'
# "Russian shelling kills one as residents flee floods caused by the Ukraine dam breach", "Russia shells
# civilians fleeing dam collapse": a dam named as the cause of the flood people flee is the setting of another
# attack (not "flooding caused by the destruction of the dam": an attack word on the way names the dam hit)
_FLOOD_BEFORE = re.compile(
    r"\b(?:flood(?:s|ing|waters?)?|flee(?:s|ing)?|fled)\s+(?:[\w’'-]+\s+){0,7}$", re.IGNORECASE
)
FLOOD_WINDOW = 70  # characters before a dam word searched for the flood it caused
_PHRASE_END = re.compile(r"[,;:()]|\s(?:when|as|while|and)\s")  # ... and after it, the dam's own phrase
# "accuses Russia of destroying a major dam, endangering thousands of lives and a nuclear power plant",
# "Nuclear incident at Zaporizhzhia plant 'highly unlikely' after dam attack": beside a dam, a plant other
# than its own is what the dam's water serves, not what was hit. Its own plant, hydroelectric or joined to it
# ("blowing up the dam and power plant"), is hit with it (readers mostly label both)
_HYDRO = re.compile(r"hydro|HPP|HES", re.IGNORECASE)
_DAM_AND = re.compile(r"\bdams?\s+and\s+(?:the\s+|a\s+|its\s+)?(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
DAM_AND_WINDOW = 40  # characters before a plant word searched for 'dam and'
# "A Russian drone attack set ablaze the Kremenchuk oil refinery and knocked out power supply in the city",
# "Power station strike knocks out electricity in Russian border region": a supply lost beside a
# named target is what the strike on it caused (the guide: the named target is the incident, its outages are
# not incidents of their own; 'without power, heat or water' are three losses side by side, each kept). A
# supply word names works hit only with a noun of works ('power lines').
_SUPPLY_TYPES = frozenset({"power_grid", "heating", "water_supply"})
# ... beside a plant, a depot, a dam or a bridge (not beside homes or a train: "strikes destroyed homes and
# caused power outages" reports the grid hit too, as readers label it)
_WORKS_TYPES = frozenset(
    {
        "power_plant",
        "substation",
        "oil_refinery",
        "fuel_depot",
        "pipeline",
        "gas_facility",
        "oil_terminal",
        "dam",
        "industrial_plant",
        "defense_industry",
        "bridge",
    }
)
_SUPPLY_WORKS = re.compile(
    r".*\b(?:grids?|lines?|networks?|infrastructure|facilit(?:y|ies)|stations?|plants?|systems?|boiler"
    r"|pipes?|mains|treatment|utilit(?:y|ies)|sector|energy)\b",
    re.IGNORECASE,
)


def target_anchors(sentence: Sentence, live: set[int]) -> list[Anchor]:
    """One anchor per named target type in a clause with a live attack, or next to one."""
    anchors: dict[tuple[str, int], Anchor] = {}
    for cue in sentence.cues_of("target"):
        clause = sentence.clause_of(cue.start)
        if is_hedged(sentence, cue.start) or not live & {clause - 1, clause, clause + 1}:
            continue
        if sentence.match_at(sentence.clause_bounds[clause], _DESCRIPTION):
            continue  # "the port of X, which has a naval base": what the place holds, not what was hit
        if cue.label in _ROUTE_TYPES and _is_route(sentence, cue):
            continue
        if sentence.after(cue, _REOPENED_AFTER) or _is_shut(sentence, cue):
            continue
        if _is_defender(sentence, cue) or _is_firing(sentence, cue):
            continue  # "air defence systems downed the missiles", "a Russian warship fired warning shots"
        if _is_foiled(sentence, cue) or _is_overflown(sentence, cue):
            continue  # "foiled an attack on the bridge", "the missile flew over the plant"
        if _is_outage_reach(sentence, cue) or _is_speaker(sentence, cue) or _is_policy(sentence, cue):
            continue  # "homes without power", "the theatre says", "says it only hits military targets"
        if _is_post(sentence, cue) or _is_patients_hospital(sentence, cue) or _is_left_home(sentence, cue):
            continue  # "a submarine captain", "taken to hospital", "forced from their homes"
        if cue.label == "dam" and _is_flood_cause(sentence, cue):
            continue  # "residents flee floods caused by the dam breach"
        key = (cue.label, clause)
        if key in anchors:
            anchors[key].words.append(cue)
        else:
            anchors[key] = Anchor(cue.label, cue.start, cue.end, clause, words=[cue])
    # "a military base near the Polish border is attacked": beside a named target, the border only says where
    locative = {key for key, a in anchors.items() if _is_locative(sentence, a)}
    landmarks = {key for key in locative if _is_landmark_of_building(sentence, anchors[key])}
    landmarks |= {key for key in locative if _is_bare_landmark(sentence, anchors[key])}
    named = {a.clause for key, a in anchors.items() if key not in locative}
    if any(a.target_type == "airport" for a in anchors.values()):
        landmarks |= {key for key, a in anchors.items() if _is_aircraft(sentence, a)}
    if any(a.target_type == LOCATIVE_TYPE for a in anchors.values()):
        landmarks |= {key for key, a in anchors.items() if _is_area(sentence, a)}
    kept = [
        a
        for key, a in anchors.items()
        if (key not in locative or a.clause not in named) and key not in landmarks
    ]
    if any(a.target_type == "dam" for a in kept):
        kept = [a for a in kept if not _is_cooled_plant(sentence, a)]
    if any(a.target_type in _WORKS_TYPES for a in kept):
        return [a for a in kept if not _is_supply_lost(sentence, a)]
    return kept


def _is_cooled_plant(sentence: Sentence, anchor: Anchor) -> bool:
    """'the dam which provides water to the Zaporizhzhia nuclear power plant': beside a dam, a plant that is
    not its own ('hydroelectric plant', 'the dam and power plant') is what the dam's water serves."""
    return anchor.target_type == "power_plant" and not any(
        _HYDRO.search(sentence.text_of(w)) or sentence.before(w, _DAM_AND, DAM_AND_WINDOW)
        for w in anchor.words
    )


def _is_supply_lost(sentence: Sentence, anchor: Anchor) -> bool:
    """'knocked out power supply', 'without heating', 'blackouts': a utility named only by its loss."""
    return anchor.target_type in _SUPPLY_TYPES and not any(
        _SUPPLY_WORKS.match(sentence.text_of(w)) for w in anchor.words
    )


def _is_flood_cause(sentence: Sentence, cue: Cue) -> bool:
    """'fleeing dam collapse', 'floods caused by the dam breach': the dam is the cause of a flood, the scene
    of another attack (unless an attack word in its phrase names the dam hit: 'flooding after the dam was
    blown up')."""
    flood = sentence.before(cue, _FLOOD_BEFORE, FLOOD_WINDOW)
    if flood is None:
        return False
    lo = sentence.start + flood.start()
    tail = _PHRASE_END.search(sentence.text, cue.end - sentence.start)
    hi = sentence.start + tail.start() if tail else sentence.end
    return not any(lo <= a.start and a.end <= hi for a in sentence.cues_of("attack"))


def _is_area(sentence: Sentence, anchor: Anchor) -> bool:
    """'shelled civilian areas in Seredyna-Buda, a village on the border': beside a border, an area word only
    says what part of the border region was hit."""
    return anchor.target_type == "residential" and all(
        _AREA.fullmatch(sentence.text_of(w)) for w in anchor.words
    )


def _is_aircraft(sentence: Sentence, anchor: Anchor) -> bool:
    """'Russian bombers', 'military aircraft': a military target named only by the aircraft hit."""
    return anchor.target_type == "military_site" and all(
        _AIRCRAFT.match(sentence.text_of(w)) for w in anchor.words
    )


def _is_shut(sentence: Sentence, cue: Cue) -> bool:
    """'airports were closed', 'shut down the airport': what a closure names was shut, which does not say
    it was hit ('the bridge was damaged and closed' names the damage first)."""
    return bool(
        sentence.after(cue, _SHUT_AFTER)
        or sentence.before(cue, _SHUT_BEFORE, SHUT_WINDOW)
        or (cue.label in _TRANSPORT_TYPES and sentence.before(cue, _HALTED_BEFORE, SHUT_WINDOW))
        or (sentence.before(cue, _FORCED_BEFORE, SHUT_WINDOW) and sentence.after(cue, _TO_CLOSE_AFTER))
    )


def _is_outage_reach(sentence: Sentence, cue: Cue) -> bool:
    """'thousands of homes are without power', 'cut power to 270,000 homes': dwellings counted as cut off
    from a supply are how far an outage reached, not a target hit."""
    if cue.label not in _OUTAGE_REACH_TYPES:
        return False
    return bool(sentence.after(cue, _WITHOUT_AFTER) or sentence.before(cue, _CUT_TO_BEFORE, OUTAGE_WINDOW))


def _is_speaker(sentence: Sentence, cue: Cue) -> bool:
    """'the theatre says', 'the Prosecutor's Office said': an institution that speaks is the source."""
    return cue.label in _SPEAKER_TYPES and bool(sentence.after(cue, _SPEAKS_AFTER))


def _is_patients_hospital(sentence: Sentence, cue: Cue) -> bool:
    """'taken to hospital', 'treated in a local hospital': where the wounded went, not what was hit."""
    return cue.label == "hospital" and bool(
        sentence.before(cue, _PATIENT_BEFORE, PATIENT_WINDOW)
        or (sentence.text_of(cue).lower() == "hospital" and sentence.before(cue, _BARE_PATIENT_BEFORE, 10))
    )


def _is_left_home(sentence: Sentence, cue: Cue) -> bool:
    """'forces elderly from homes', 'fled their homes': the homes people left say who was displaced."""
    return cue.label == "residential" and bool(sentence.before(cue, _LEFT_HOME_BEFORE, LEFT_HOME_WINDOW))


def _is_policy(sentence: Sentence, cue: Cue) -> bool:
    """'says it only hits military infrastructure': what a side says it only strikes is no report of a hit."""
    return bool(sentence.before(cue, _POLICY_BEFORE, POLICY_WINDOW))


def _is_post(sentence: Sentence, cue: Cue) -> bool:
    """'a submarine captain', 'the commander of the Black Sea fleet', 'a cafe owner': the word names a
    person's post or property."""
    if cue.label in _OWNED_TYPES:
        return bool(sentence.after(cue, _OWNER_AFTER))
    if cue.label != "military_site":
        return False
    return bool(sentence.after(cue, _POST_AFTER) or sentence.before(cue, _POST_BEFORE, POST_WINDOW))


def _is_foiled(sentence: Sentence, cue: Cue) -> bool:
    """'foiled an attack on the Crimean Bridge': the target of an attack that was stopped was not hit."""
    return bool(sentence.before(cue, _FOILED_BEFORE, FOILED_WINDOW))


def _is_overflown(sentence: Sentence, cue: Cue) -> bool:
    """'a missile flew low above a nuclear power plant': a place a weapon passed over was not hit by it."""
    return bool(sentence.before(cue, _OVERFLOWN_BEFORE, FOILED_WINDOW))


def _is_route(sentence: Sentence, cue: Cue) -> bool:
    """'by train', 'along the highway', 'on the road to Kharkiv': the way travelled, not a target."""
    return bool(
        sentence.before(cue, _ROUTE_BEFORE, ROUTE_WINDOW)
        or (sentence.before(cue, _ON_ROUTE_BEFORE, ROUTE_WINDOW) and sentence.after(cue, _ROUTE_AFTER))
    )


def _is_defender(sentence: Sentence, cue: Cue) -> bool:
    """An air defence system or battery that intercepts ('destroyed by air defence systems', 'air defence
    systems downed'), is at work, or is asked for or sent ('seeking more air defense systems'): the defender
    (a military site only when hit)."""
    if cue.label != "military_site" or not _AIR_DEFENCE_KIT.search(sentence.text_of(cue)):
        return False
    return bool(
        sentence.before(cue, _SUPPLIED_BEFORE, DEFENDER_WINDOW)
        or sentence.after(cue, _INTERCEPTS_AFTER)
        or sentence.after(cue, _DEFENDER_AT_WORK)
        or sentence.before(cue, _DEFENDER_BEFORE, DEFENDER_WINDOW)
    )


def _is_firing(sentence: Sentence, cue: Cue) -> bool:
    """'a Russian patrol ship fired on a carrier': the military word is the subject that fires."""
    return cue.label == "military_site" and bool(sentence.after(cue, _FIRES_AFTER))


def _is_locative(sentence: Sentence, anchor: Anchor) -> bool:
    """A border, a city centre, a port followed by its city's name or a landmark ("near the airport"): where
    the target was, unless it is the only one."""
    if anchor.target_type == LOCATIVE_TYPE:
        return True
    if all(_LOCATIVE_AREA.fullmatch(sentence.text_of(w)) for w in anchor.words):
        return True
    if all(_landmark_before(sentence, w) for w in anchor.words):
        return True
    if all(_is_yard_in(sentence, w) for w in anchor.words):
        return True
    return anchor.target_type == "port" and all(
        sentence.after(w, _PORT_OF_PLACE)
        or _PORT_OF_PLACE.match(sentence.text_of(w))
        or _vessel_in_port(sentence, w)
        for w in anchor.words
    )


def _is_yard_in(sentence: Sentence, word: Cue) -> bool:
    """'hit in a repair shipyard': the shipyard a vessel was hit in is where (a target if nothing else is)."""
    return bool(
        _YARD.fullmatch(sentence.text_of(word)) and sentence.before(word, _IN_BEFORE, LANDMARK_WINDOW)
    )


def _vessel_in_port(sentence: Sentence, word: Cue) -> bool:
    """'a warship in Crimean port': the port is where the vessel lay (a target if nothing else is named)."""
    return bool(sentence.before(word, _VESSEL_IN_PORT, VESSEL_WINDOW))


def _landmark_before(sentence: Sentence, word: Cue) -> re.Match[str] | None:
    """'near the' or the like right before the word (searched among the words just before it)."""
    return sentence.before(word, _LANDMARK_BEFORE, LANDMARK_WINDOW)


def _is_bare_landmark(sentence: Sentence, anchor: Anchor) -> bool:
    """'missile strikes near an airport in Lviv': an airport, station or bridge the attack was near is the
    landmark news locates it by, not what was hit (the clause reports an attack on an unnamed target). Not a
    plant ('shelling near the nuclear plant' is shelling of its site) nor a border (a border area is hit)."""
    return anchor.target_type in _TRANSPORT_TYPES and all(_landmark_before(sentence, w) for w in anchor.words)


def _is_landmark_of_building(sentence: Sentence, anchor: Anchor) -> bool:
    """'Damaged building near the train station': the landmark of an unnamed building is no target."""
    for w in anchor.words:
        landmark = _landmark_before(sentence, w)
        if landmark is None or not _BUILDING_NEAR.search(
            sentence.text, max(0, landmark.start() - 40), landmark.start()
        ):
            return False
    return True


# The countries of the Russia-Ukraine border: a border region is an area of that border (the guide)
WAR_BORDER_COUNTRIES = frozenset({"RU", "UA"})


def foreign_border_beside_target(anchor: Anchor, place: Place, anchors: list[Anchor]) -> bool:
    """'A rocket fell in Poland, on the border with Ukraine, and hit the grain dryers': beside a named
    target, another country's border only says where it was."""
    return border_of_war(anchor.target_type, place) != anchor.target_type and any(
        a.target_type not in (LOCATIVE_TYPE, "unspecified") for a in anchors
    )


def border_of_war(target_type: str, place: Place) -> str:
    """'a drone crater near the border with Ukraine' in Romania, 'missiles struck near Przewodow, near the
    border with Ukraine': a strike placed in another country is no border_region (an area of the
    Russia-Ukraine border, by the guide) but an unspecified target there."""
    if target_type == LOCATIVE_TYPE and place.country_code and place.country_code not in WAR_BORDER_COUNTRIES:
        return "unspecified"
    return target_type
