"""Target words in another role: a word of the taxonomy that names no target hit but the way travelled
("by train"), a place shut or back at work ("airports were closed", "the port has resumed operations
after": closureroles.py), the defence that intercepts or the ship that fires, the aim of a foiled attack,
what a weapon flew over (those four in weaponroles.py), an earlier attack's target told as the cause
(causeroles.py), homes counted in an outage or left by the displaced, an institution that speaks, a hospital
the wounded went to, where the people hit were going ('crossing the road', 'on their way to church'), a
side's policy, a person's post or property, the dam whose flood people flee, what a side protects, what a
place is home to or a hub of, a prison where a person is held or a home where one died (inmateroles.py).
targets.py drops such words.
"""

from __future__ import annotations

import re

from etl.tagging.anchors import Sentence
from etl.tagging.causeroles import is_earlier_cause
from etl.tagging.closureroles import is_reopened, is_shut
from etl.tagging.inmateroles import is_home_of_death, is_inmates_prison
from etl.tagging.lexicon import Cue
from etl.tagging.neighbours import locates_a_place
from etl.tagging.officeholders import is_officers_seat
from etl.tagging.weaponroles import is_defender, is_firing, is_foiled, is_launch_site, is_overflown

# "thousands of homes are without power", "strikes cut power to 270,000 homes", "apartment blocks still
# without heating": dwellings counted as cut off from a supply say how far an outage reached, not what was hit
# (the guide: the named target is the incident, its outages are not incidents of their own). So are
# hospitals and schools counted in the plural: "Russia Attacks Ukraine Power Grid, Leaves Hospitals Without
# Electricity", "the assault has caused blackouts in hospitals", "working to restore electricity to
# hospitals"; one hospital or school left without power is news of its own and stays ("a hospital in Kherson
# was left without power").
_OUTAGE_REACH_TYPES = frozenset({"residential"})
_COUNTED_OUTAGE_TYPES = frozenset({"hospital", "school"})
_PLURAL = re.compile(r"\w+s", re.IGNORECASE)
_SUPPLY = r"(?:power|electricity|heat|heating|water|light|gas|running\s+water|hot\s+water)"
_WITHOUT_AFTER = re.compile(
    r"(?:\s+(?:and|or)\s+[\w-]+)?(?:\s+in\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
    r"\s+(?:(?:are|were|is|was|remain|remains|remained|still|now|left|had\s+been|have\s+been|being)\s+)*"
    r"(?:without|with\s+no|lacking|deprived\s+of|cut\s+off\s+from|disconnected\s+from)\s+" + _SUPPLY + r"\b",
    re.IGNORECASE,
)
_CUT_TO_BEFORE = re.compile(
    r"(?:\b(?:cut(?:s|ting)?(?:\s+off)?|restor(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|knock(?:s|ed|ing)?\s+out)\s+"
    + _SUPPLY
    + r"\s+(?:supplies\s+|supply\s+)?(?:to|for|in)|\b(?:blackouts?|power\s+outages?)\s+(?:in|at))"
    + r"\s+(?:[\w,.’'-]+\s+){0,4}$",
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
# ("France's anti-terrorism prosecution office on Wednesday announced it had opened an investigation": the day
# may come between, and an announcement is speech)
_SPEAKS_AFTER = re.compile(
    r"(?:\s+of\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?(?:\s+(?:researchers|experts|scientists|analysts|staff))?"
    r"\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:has\s+|had\s+|also\s+)?"
    r"(?:said|says|stated|told|wrote|added|announced)\b(?!\s+to\b)",
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
# "Despite Russia's claims it has attacked strategic military targets, blasts ... left Ukraine facing
# blackouts", "the bridge ... is therefore a military target": 'military targets' a side says it hit, or a
# thing is called, is a side's word for what it strikes, not a military site hit (what the blasts hit is named
# elsewhere)
_MILITARY_TARGETS = re.compile(r"military\s+targets?", re.IGNORECASE)
_CALLED_TARGET_BEFORE = re.compile(
    r"(?:\b(?:claim(?:s|ed)?|sa(?:id|ys)|insist(?:s|ed)?)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:attacked|hit|struck|targeted)\s+(?:[\w-]+\s+)?"
    r"|\b(?:is|are|was|were|becomes?|became)\s+(?:therefore\s+|now\s+|thus\s+|also\s+)?(?:an?\s+)?"
    r"(?:legitimate\s+|valid\s+|lawful\s+)?)$",
    re.IGNORECASE,
)
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
# "travelled by train", "along the highway", "shelled on the road to Kharkiv": a road or railway word that
# only says how people travelled or where on a route something was hit, not what was hit
_ROUTE_TYPES = frozenset({"road", "railway"})
_ROUTE_BEFORE = re.compile(r"\b(?:by|via|along(?:\s+the)?)\s+$", re.IGNORECASE)
_ON_ROUTE_BEFORE = re.compile(r"\bon\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
_ROUTE_AFTER = re.compile(r"\s+(?:to|from|between|towards?|leading|linking|connecting)\b", re.IGNORECASE)
ROUTE_WINDOW = 10  # characters before a road or railway word searched for 'by', 'along the'
# "most of the victims were crossing the road or returning from church", "people were on their way to church
# when the missile struck the square": where the people hit were going or coming from is their journey, not
# a target of its own (the square struck is named beside it)
_JOURNEY_BEFORE = re.compile(
    r"\b(?:crossing|returning(?:\s+home)?\s+from|on\s+(?:their|his|her|the)\s+way\s+(?:to|from|home\s+from))"
    r"\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)
JOURNEY_WINDOW = 40  # characters before a target word searched for 'on their way to'
# "Russian shelling kills one as residents flee floods caused by the Ukraine dam breach", "Russia shells
# civilians fleeing dam collapse": a dam named as the cause of the flood people flee is the setting of another
# attack (not "flooding caused by the destruction of the dam": an attack word on the way names the dam hit)
_FLOOD_BEFORE = re.compile(
    r"\b(?:flood(?:s|ing|waters?)?|flee(?:s|ing)?|fled)\s+(?:[\w’'-]+\s+){0,7}$", re.IGNORECASE
)
FLOOD_WINDOW = 70  # characters before a dam word searched for the flood it caused
_PHRASE_END = re.compile(r"[,;:()]|\s(?:when|as|while|and)\s")  # ... and after it, the dam's own phrase
# "Russian troops have taken up positions in bombed-out apartment blocks", "Ukrainian forces holding
# positions in Bakhmut", "units took up more advantageous lines and positions", "Russia said it had improved
# its fighting positions": positions a side holds, takes up, digs or leaves are a troop movement, not a target
# hit (not "soldiers capturing Russian positions", a capture: captures.py; nor the adjectives of "destroys a
# Ukrainian fortified position", "shelled Russian-held positions")
_HELD_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:take|takes|took|taken|taking)\s+up|hold|holds|holding|held|fortif(?:y|ies|ying)"
    r"|improv(?:e|es|ed|ing)|consolidat(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?|abandon(?:s|ed|ing)?"
    r"|advantageous)\s+(?:[\w’'‘“\"-]+\s+){0,4}$",
    re.IGNORECASE,
)
HELD_WINDOW = 60  # characters before a positions word searched for 'taken up', 'holding'
_POSITIONS = re.compile(r"\bpositions?$", re.IGNORECASE)

# "Fierce fighting on Mariupol's streets", "fighting reaches the streets in the capital", "street battles":
# streets where ground forces fight are the scene of the fighting, not a venue hit (shells that hit 'its
# pockmarked streets' or 'busy streets ... attacked' still name the streets)
_FIGHT_BEFORE_STREET = re.compile(
    r"\b(?:fighting|fights?|battles?|battling|clashes|combat|ambush(?:es)?|gunfights?|firefights?)\b"
    r"[^.;:,]{0,20}?\b(?:in|on|through|into|reach(?:es|ed)?|across)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_FIGHT_AFTER_STREET = re.compile(r"\s+(?:fighting|fights?|battles?|clashes|combat)\b", re.IGNORECASE)
FIGHT_WINDOW = 60  # characters before a street word searched for the fighting in it

# "Ukrainian gunners using American-made howitzer to bombard Russian forces", "Russia fired two Kalibr cruise
# missiles from a submarine", "Key port used by Russian warships set on fire", "The train, which was carrying
# Russian tanks, was allegedly attacked": a side's kit that fires, is used or is carried is the weapon, the
# launcher or the load, not the target hit (the port or the train is); so is the kit an attack is made with
# ("one artillery unit has been attacking Russian lines with an old American-made howitzer")
_INSTRUMENT_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:using|used\s+by|armed\s+with|carrying|carried|transporting)"
    r"|\b(?:fired|fires|firing|launched|launches|launching)\b[^.;:,]{0,50}?\bfrom)"
    r"\s+(?:(?!(?:by|at|on|in|near|against)\b)[\w’'-]+\s+){0,3}$"
    # ... the kit right after 'with', an article and two words at most (not "hit with a drone a Russian tank"
    # nor "hit with a drone Russian armoured vehicles", whose kit is hit, nor "fired at the region, with
    # reports saying that military quarters were hit")
    r"|\b(?:attack|strik|struck|shell|bombard|pound|pummel|hit|fir(?:e|ed|es|ing)\b|target)\w*[^.;:,]{0,50}?"
    r"\bwith\s+(?:(?:an?|the|its|their)\s+)?(?:(?!(?:an?|the|reports?|by|at|on|in|near|against|drones?|missiles?"
    r"|rockets?|shells?|bombs?|artillery|mortars?|grenades?|munitions?|fire)\b)[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
INSTRUMENT_WINDOW = 80  # characters before a military word searched for 'using', 'fired ... from'

# "Rostov-on-Don, Russia, Home to Key Military Base, Is Rocked by Drone Strikes", "Sevastopol, home to
# Russia's Black Sea Fleet": what a place is home to describes the place, not what was hit (as ', which has')
_HOME_TO_BEFORE = re.compile(r"(?<![\w-])home\s+to\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
HOME_TO_WINDOW = 60  # characters before a target word searched for 'home to'
# "the only reports of damage were in Pavlohrad, a railway hub behind the front lines": a hub set beside a
# place says what the place is, not what was hit (as 'home to')
_APPOSITION_BEFORE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_HUB_AFTER = re.compile(r"\s+hubs?\b", re.IGNORECASE)
APPOSITION_WINDOW = 40  # characters before a target word searched for ', a key'

# "Ukraine Races to Protect its Energy System from Russia’s Winter Attacks", "pre-emptive strikes by Kyiv in a
# bid to protect the Ukrainian electrical grid": what is protected or shored up against attacks is what a side
# guards, not what was hit
_PROTECTED_BEFORE = re.compile(
    r"(?<![\w-])(?:protect(?:s|ed|ing)?|shield(?:s|ed|ing)?|safeguard(?:s|ed|ing)?|shor(?:e|es|ed|ing)\s+up"
    r"|strengthen(?:s|ed|ing)?(?:\s+the\s+resilience\s+of)?|bolster(?:s|ed|ing)?)\s+"
    r"(?:(?!(?:by|at|on|in|near|against|from|after|following|as)\b)[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
PROTECTED_WINDOW = 60  # characters before a target word searched for 'protect its'


# "Russia struck Odesa again, keeping up a barrage of attacks that has damaged critical port infrastructure in
# the past week", "as Moscow increases attacks on critical port infrastructure": what a run of attacks has hit
# over days, or a side steps up attacks on, is the campaign's toll, not this report's hit
_CAMPAIGN_TOLL_BEFORE = re.compile(
    r"(?:\b(?:barrage|campaign|series|wave|spate|string|run)\s+(?:of\s+(?:[\w’'-]+\s+){0,2}?)?(?:that|which)\s+"
    r"(?:has|have|had)\s+(?:(?:badly|severely|seriously|heavily)\s+)?(?:damaged|hit|destroyed|struck|targeted)"
    r"|\b(?:increas|intensif|escalat|ramp|step)(?:es|ed|ing|e|y|ies|s|ped|ping)?(?:\s+up)?\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:attacks|strikes)\s+(?:on|against))\s+(?:(?:the\s+|a\s+|its\s+)?[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
TOLL_WINDOW = 100  # characters before a target word searched for 'a barrage that has damaged'

# "'It's 2C in our flat': Inside Kyiv apartment as Russia targets power and heating", "Inside a Kharkiv
# hospital as the generators hum": a feature's scene, where the reporter takes the reader, not what was hit
# ("Inside" set at a headline's or a clause's start, so not "debris fell inside a Kyiv apartment" nor a Title
# Case "Drone Explodes Inside Kyiv Apartment"); and "it's 2C in our flat", "at my home we have no light": the
# speaker's own home as where they live
_SCENE_BEFORE = re.compile(
    r"(?<![a-z] )Inside\s+(?:(?:a|an|one|[A-Z][\w’'-]*)\s+){0,2}$|\b(?i:in|at)\s+(?i:our|my)\s+$"
)
SCENE_WINDOW = 40  # characters before a target word searched for 'Inside Kyiv', 'in our'


def plays_other_role(sentence: Sentence, cue: Cue) -> bool:
    """The target word says how, where from or who (a route, a closure, a defender, a speaker...): no hit."""
    if cue.label in _ROUTE_TYPES and _is_route(sentence, cue):
        return True
    return bool(
        is_reopened(sentence, cue)
        or is_shut(sentence, cue)
        or is_defender(sentence, cue)
        or is_firing(sentence, cue)
        or is_foiled(sentence, cue)
        or is_overflown(sentence, cue)
        or is_launch_site(sentence, cue)
        or _is_outage_reach(sentence, cue)
        or _is_speaker(sentence, cue)
        or _is_policy(sentence, cue)
        or _is_post(sentence, cue)
        or _is_patients_hospital(sentence, cue)
        or _is_left_home(sentence, cue)
        or _is_held_position(sentence, cue)
        or (cue.label == "dam" and _is_flood_cause(sentence, cue))
        or _is_fighting_scene(sentence, cue)
        or (cue.label == "military_site" and sentence.before(cue, _INSTRUMENT_BEFORE, INSTRUMENT_WINDOW))
        or sentence.before(cue, _HOME_TO_BEFORE, HOME_TO_WINDOW)
        or sentence.before(cue, _JOURNEY_BEFORE, JOURNEY_WINDOW)
        or (sentence.after(cue, _HUB_AFTER) and sentence.before(cue, _APPOSITION_BEFORE, APPOSITION_WINDOW))
        or sentence.before(cue, _PROTECTED_BEFORE, PROTECTED_WINDOW)
        or sentence.before(cue, _CAMPAIGN_TOLL_BEFORE, TOLL_WINDOW)
        or (cue.label == "residential" and sentence.before(cue, _SCENE_BEFORE, SCENE_WINDOW))
        or is_earlier_cause(sentence, cue)
        or is_inmates_prison(sentence, cue)
        or is_home_of_death(sentence, cue)
        or is_officers_seat(sentence, cue)
        or locates_a_place(sentence, cue)
    )


def _is_held_position(sentence: Sentence, cue: Cue) -> bool:
    """'troops have taken up positions', 'forces holding positions': positions held, not hit."""
    return bool(
        cue.label == "military_site"
        and _POSITIONS.search(sentence.text_of(cue))
        and sentence.before(cue, _HELD_BEFORE, HELD_WINDOW)
    )


def _is_route(sentence: Sentence, cue: Cue) -> bool:
    """'by train', 'along the highway', 'on the road to Kharkiv': the way travelled, not a target."""
    return bool(
        sentence.before(cue, _ROUTE_BEFORE, ROUTE_WINDOW)
        or (sentence.before(cue, _ON_ROUTE_BEFORE, ROUTE_WINDOW) and sentence.after(cue, _ROUTE_AFTER))
    )


def _is_outage_reach(sentence: Sentence, cue: Cue) -> bool:
    """'thousands of homes are without power', 'cut power to 270,000 homes', 'blackouts in hospitals':
    dwellings (or hospitals, schools) counted as cut off from a supply are how far an outage reached."""
    counted = cue.label in _COUNTED_OUTAGE_TYPES and _PLURAL.fullmatch(sentence.text_of(cue))
    if cue.label not in _OUTAGE_REACH_TYPES and not counted:
        return False
    return bool(sentence.after(cue, _WITHOUT_AFTER) or sentence.before(cue, _CUT_TO_BEFORE, OUTAGE_WINDOW))


def _is_speaker(sentence: Sentence, cue: Cue) -> bool:
    """'the theatre says', 'the Prosecutor's Office said': an institution that speaks is the source."""
    return cue.label in _SPEAKER_TYPES and bool(sentence.after(cue, _SPEAKS_AFTER))


def _is_policy(sentence: Sentence, cue: Cue) -> bool:
    """'says it only hits military infrastructure', 'claims it has attacked military targets', 'is therefore a
    military target': what a side says it (only) strikes is no report of a hit."""
    return bool(
        sentence.before(cue, _POLICY_BEFORE, POLICY_WINDOW)
        or (
            _MILITARY_TARGETS.fullmatch(sentence.text_of(cue))
            and sentence.before(cue, _CALLED_TARGET_BEFORE, POLICY_WINDOW)
        )
    )


def _is_post(sentence: Sentence, cue: Cue) -> bool:
    """'a submarine captain', 'the commander of the Black Sea fleet', 'a cafe owner': the word names a
    person's post or property."""
    if cue.label in _OWNED_TYPES:
        return bool(sentence.after(cue, _OWNER_AFTER))
    if cue.label != "military_site":
        return False
    return bool(sentence.after(cue, _POST_AFTER) or sentence.before(cue, _POST_BEFORE, POST_WINDOW))


def _is_patients_hospital(sentence: Sentence, cue: Cue) -> bool:
    """'taken to hospital', 'treated in a local hospital': where the wounded went, not what was hit."""
    return cue.label == "hospital" and bool(
        sentence.before(cue, _PATIENT_BEFORE, PATIENT_WINDOW)
        or (sentence.text_of(cue).lower() == "hospital" and sentence.before(cue, _BARE_PATIENT_BEFORE, 10))
    )


def _is_left_home(sentence: Sentence, cue: Cue) -> bool:
    """'forces elderly from homes', 'fled their homes': the homes people left say who was displaced."""
    return cue.label == "residential" and bool(sentence.before(cue, _LEFT_HOME_BEFORE, LEFT_HOME_WINDOW))


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


def _is_fighting_scene(sentence: Sentence, cue: Cue) -> bool:
    """'fighting in Bakhmut's streets', 'street battles': the streets are where forces fight, not a target."""
    return sentence.text_of(cue).lower() in ("street", "streets") and bool(
        sentence.before(cue, _FIGHT_BEFORE_STREET, FIGHT_WINDOW) or sentence.after(cue, _FIGHT_AFTER_STREET)
    )
