"""References: the places of a sentence that only name an actor ("Moscow says", "Russia's forces", "an
attack by Kyiv"), a speaker, a reference point ("near X"), where an attack came from, a ship's name or the
background; mark_references sets them aside so that scenes.py gives anchors only the places where it happened.
Three readings it asks of others: a capital standing for its state (capitals.py), a place named as who
reports (speakers.py), a place name naming a thing (namesakes.py).
"""

from __future__ import annotations

import re

from etl.tagging.anchors import BACKGROUND_REACH, LOCATING_REACH, Located, Sentence, preceded_by
from etl.tagging.attackers import SIDE_WEAPONS, SIDE_WORD
from etl.tagging.capitals import (
    ACTOR_ADVERB,
    addressed,
    capital_acts,
    capital_agent,
    capital_government,
    capital_supported,
    capital_urged,
    country_list_end,
)
from etl.tagging.lexicon import Cue
from etl.tagging.namesakes import links_end, made_in, names_ship
from etl.tagging.nearscenes import measured_from
from etl.tagging.speakers import speaks_after

NEAR_REACH = 24

# "Moscow says", "Russia's forces", "Russia has launched", "Kyiv has not claimed", "Russian-controlled": the
# actor word follows the place, at most across a possessive, a hyphen or an auxiliary verb (maybe negated).
_ACTOR_GAP = re.compile(
    r"(?:['’]s)?[\s-]*(?:(?:has|have|had|is|are|was|were|also|again|did|does)(?:n['’]t)?\s+(?:not\s+|never\s+)?)?",
    re.IGNORECASE,
)
_CITY_ACTOR_GAP = re.compile(_ACTOR_GAP.pattern + ACTOR_ADVERB, re.IGNORECASE)  # "Moscow previously said"

# Actor words that report speech ("Ukraine says"), not an act ("Russia strikes"); a denial or accusation
# ("Ukraine denies involvement") often comes from the side accused of the attack, so it is left out.
_SPEECH = re.compile(
    r"says|said|say|claims|claimed|announced|warned|warns|insists|confirm(?:s|ed)", re.IGNORECASE
)

# "Russia says it destroyed", "Kyiv claims its forces": the speaker reports its own attack (not "Ukraine says
# it will take weeks to restore power": what it will do is no act of war)
_SELF_CLAIM = re.compile(
    r"\s*(?:that\s+)?(?:it|its|they|their|we|our)\b(?!\s+(?:will|would|could|may|might|needs?)\b)",
    re.IGNORECASE,
)


# Words that end the possessive's noun phrase ("Odesa's resorts despite Russian onslaught": the onslaught is
# no resort's; "Kyiv's mayor said missile attacks"): none may stand between the possessive and what it owns.
_PHRASE_END = (
    r"despite|amid|after|before|since|following|as|while|and|or|but|in|on|at|by|from|with|for|to|into|over"
    r"|through|against|is|are|was|were|has|have|had|said|says"
)
_PLAIN_WORD = rf"(?!(?:{_PHRASE_END})\b)[\w-]+\s+"
# "Moscow's New Year's Day attack", "Kyiv's Independence Day drone strikes": a named day (capitalised words, a
# possessive of their own among them) and at most one more word before what the place owns
_NAMED_DAY = rf"(?-i:[A-Z])[\w-]*(?:['’]s)?\s+(?:(?-i:[A-Z])[\w-]*(?:['’]s)?\s+){{0,2}}(?:{_PLAIN_WORD})?"


def _owned(words: str) -> re.Pattern[str]:
    """A possessive, at most two words (and an 'of': "Moscow's biggest loss of military aircraft"; or a named
    day and a word), then one of the words: what the place before it owns."""
    return re.compile(
        rf"['’]s\s+(?:{_NAMED_DAY}|(?:{_PLAIN_WORD}){{0,2}}?(?:of\s+)?)(?:{words})\b", re.IGNORECASE
    )


# "Moscow's 18-hour aerial barrage of Ukraine": two words between
_OWNS_ATTACKERS = _owned(
    r"forces|troops|army|military|soldiers|missiles?|drones?|attacks?|strikes?"
    r"|shelling|artillery|war|invasion|offensive|bombardment|barrages?|assaults?|onslaught"
)

# "Kyiv's continuing capacity to surprise", "Moscow's grain deal withdrawal", "another blow to Moscow's Black
# Sea fleet", "Tokyo's latest sanctions", "illustrates waning of Moscow's influence", "challenging Moscow's
# hold on the peninsula", "Kyiv's efforts to disrupt", "Moscow's illegal annexation", "one of Moscow's
# warships was hit", "Kyiv's embassy in Madrid": what the state can do, decides, commands or holds, so the
# place stands for the state
_OWNS_POLICY = _owned(
    r"capacity|capability|ability|retaliation|withdrawal|decision|policy|fleet|navy|sanctions|influence|hold|grip"
    r"|efforts?|annexation|termination|interests|warships?|embass(?:y|ies)"
)

# "Kyiv's much-vaunted counteroffensive", "Moscow's Ministry of Defence", "Moscow's UN envoy", "despite
# Moscow's self-declared ceasefire", "peace talks on Kyiv's terms": a city's campaign, ministries, envoys and
# truces are its state's (a country's own ministry is left out: it still speaks of what the country suffered);
# so are a capital's allies, air force, spy services and generals ("Kyiv's European allies", "Kyiv's air force
# said", "Kyiv's military intelligence agency", "Kyiv's intelligence services", "Kyiv's top military
# commander"), not its air defences, which guard the city itself
_OWNS_STATE_AFFAIRS = _owned(
    r"counter-?offensive|push|advance|terms|arsenal|ministry|envoy|ambassador"
    r"|ceasefire|truce|declaration|announcement"
    r"|allies|partners|backers|air\s+force|intelligence|generals?|commanders?"
)

# "Russia hits back after Kyiv attack on border city": a place naming an attack on something else is the
# side that made it (not "Kyiv attack kills 3", where nothing else is attacked)
_ATTACK_ON = re.compile(
    r"\s+(?:(?:drone|missile|rocket|air|artillery)\s+)?(?:attacks?|strikes?|raids?)\s+(?:on|against)\b",
    re.IGNORECASE,
)

# "Russia's claim that they aren't targeting civilians", "Kyiv's denial": whose word it is, like "Russia says"
_OWNS_WORDS = re.compile(
    r"['’]s\s+(?:(?:repeated|latest|earlier|own)\s+)?(?:claims?|statements?|denials?|accusations?|allegations?)\b",
    re.IGNORECASE,
)
# "Russian claims that a strike killed 600 troops", "Kyiv denies Moscow claim it killed 600 soldiers": a
# demonym's or a capital's word is its side's, like "Russia's claim" (not "claims by Russian officials")
_DEMONYM_WORDS = re.compile(
    r"\s+(?:claims?|statements?|denials?|accusations?|allegations?)\b(?!\s+(?:by|from|of)\b)", re.IGNORECASE
)

# "Ukraine blows up main railway connection between Russia and China", "Russia strikes energy facilities": a
# country right before an attack verb is the subject that attacks, not the scene
_SUBJECT_GAP = re.compile(
    r"\s+(?:(?:has|have|had|again|also|reportedly|allegedly|apparently|now|then|just)\s+)*", re.IGNORECASE
)

# characters between an attack verb and the country it is done to ("hit Poland", "shelled the")
OBJECT_REACH = 6
_GOVERNED = re.compile(
    r"\b(?:on|in|across|against|at|to|into|over|of|throughout|from|inside|within|for|with|by|near)\s+(?:the\s+)?"
    r"(?:(?:western|eastern|northern|southern|central|occupied)\s+)?$",
    re.IGNORECASE,
)

# "hit by Russia": a country right after a passive 'by' is the attacker.
_AGENT_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)

# "an attack by Kyiv", "sent by Moscow", "an area of southern Ukraine controlled by Moscow", "provinces
# annexed by Moscow", "in response to an enormous air assault by Moscow", "threats by both Moscow and Kyiv to
# target civilian carriers": a place right after an act and 'by' is the actor (a capital standing for its
# state), never the scene
_ACT_BY = re.compile(
    r"\b(?:attacks?|strikes?|raids?|assaults?|bombardments?|barrages?|offensives?|threats?|sent|launched"
    r"|carried out|ordered|perpetrated|orchestrated|backed|controlled|held|occupied|annexed|run)"
    r"[\"'’”]?\s+by\s+(?:both\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]+\s+and\s+)?$",
    re.IGNORECASE,
)

# What stands between talks (lexicon 'venue') and their parties or venue: "talks with US in Abu Dhabi",
# "talks between Moscow, Kyiv and Washington in Abu Dhabi", "discussions in Abu Dhabi", "meeting at the UN"
_VENUE_GAP = re.compile(
    r"\s+(?:(?:with|between)\s+(?:(?:the\s+)?[\w’.-]+,?\s+){0,5}?)?(?:(?:in|at)\s+(?:the\s+)?)?"
)

# "the Embassy of Qatar", "the Qatari embassy", "Poland's consulate": a country owning a diplomatic mission,
# which stands in another country's capital (the scene is where the mission is, not its owner)
_MISSION_AFTER = re.compile(r"(?:['’]s)?\s+(?:embass(?:y|ies)|consulates?(?:-general)?)\b", re.IGNORECASE)
_MISSION_OF = re.compile(r"\b(?:embass(?:y|ies)|consulates?(?:-general)?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)

# "As Chinese leader Xi Jinping departed Moscow, the Russian military launched attacks": where a leader
# visits, arrives or travels is a visit's venue, not the scene of an attack the sentence reports (not "the
# missile that landed in Poland": a weapon's impact)
_VISITED = re.compile(
    r"\b(?:departed|visit(?:s|ed|ing)|arriv(?:es|ed|ing)\s+in"
    # "As Zelensky heads to Washington", "in a surprise visit to Kyiv" (not a trip's: "attacked on a work trip
    # to Chechnya")
    r"|(?:flew|flies|travell?ed|heads|headed|heading|visit)\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# "turning even more of its residents against Moscow", "the war against Kyiv": a city a side is set against
# stands for its state (not "a drone attack against Moscow": an attack word right before makes it the target)
_AGAINST = re.compile(r"\bagainst\s+(?:the\s+)?$", re.IGNORECASE)

# "the ministry blamed the attacks on Kyiv", "Moscow pinned the blast on Ukraine", "two other bases that were
# blamed on Kyiv": the side blamed (not "blamed Russia for the attack on Kyiv", where the place is the target)
_BLAMED_ON = re.compile(
    r"\b(?:blam(?:es|ed|ing)|pinn(?:ed|ing)|pins)\s+(?:(?!for\b)[\w'’-]+\s+){0,4}?on\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# "the Crimean city of Saki", "the Donetsk region town of Toretsk": the region only qualifies the settlement
# named after it, which is the scene
_REGION_QUALIFIES = re.compile(
    r"\s+(?:region(?:al)?\s+|oblast\s+)?(?:city|town|village|port|settlement|capital)\s+of\s+[A-Z]"
)

# "the governor of Bryansk said", "the governor of Ukraine's Odesa region said", "the governor of the southern
# Ukrainian region of Mykolaiv said" (a few words that describe the region, not a verb): an official speaks
# for the place they run, where what they report happened
_OFFICIAL_OF = re.compile(
    r"\b(?:governor|mayor)\s+of\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]*)\s+|(?:[a-z]+ern|central|occupied|annexed|border"
    r"|[a-z]+-(?:occupied|held|controlled))\s+){0,3}(?:(?:region|oblast|province|city|town)\s+of\s+(?:the\s+)?)?"
    r"(?:\w+['’‘]s\s+)?$",
    re.IGNORECASE,
)

# "fired missiles from Crimea at Kharkiv", "drones launched from the Kursk region": where an attack came from
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# "69 missiles launched into Ukraine from Rostov in Russia", "drones fired from the Kursk region": a launch
# site, which the sentences after it do not take for their scene (context.py)
_LAUNCHED_FROM = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|fired|firing|take-?offs?|took\s+off|taking\s+off|scrambled)"
    r"\s+(?:[\w’'-]+\s+){0,4}?from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
LAUNCHED_REACH = 60  # characters before the place searched for 'launched ... from'
_ORIGIN_IN = re.compile(r"\s+in\s+(?:the\s+)?|\s*,\s*", re.IGNORECASE)

# "The strike at dinnertime Tuesday in the city of Kramatorsk targeted a restaurant", "A strike in the city of
# Kramatorsk hit a restaurant": a place an attack word before it locates ('in', 'at') is the attack's scene,
# and the attack verb after it has the attack for its subject, not the place (unlike "Moscow targeted ...";
# a verb of another kind still makes it the actor: "the attack in Chulakivka was claimed by")
_ATTACK_SCENE = re.compile(
    r"\b(?:in|at)\s+(?:the\s+(?:[\w-]+\s+)?(?:city|town|village|port)\s+of\s+)?$", re.IGNORECASE
)
ATTACK_SCENE_REACH = 40  # characters between the attack word and the 'in' that locates it


def mark_references(sentence: Sentence) -> None:
    """'near X', 'towns such as X', 'Moscow says': X no scene (unless an attack comes right before 'near')."""
    near = sentence.cues_of("near")
    actors = sentence.cues_of("actor")
    state_acts = sentence.cues_of("state_act")
    attackers = sentence.cues_of("attacker")
    attacks = sentence.cues_of("attack")
    background = sentence.cues_of("background")
    # (not talks an attack hit: "a missile struck a meeting in Kharkiv")
    venues = [
        c
        for c in sentence.cues_of("venue")
        if not preceded_by(attacks, c.start, LOCATING_REACH, sentence.start)
    ]
    for n, loc in enumerate(sentence.located):
        start = loc.mention.start
        lead = [c for c in near if c.end <= start and start - c.end <= NEAR_REACH]
        if lead and not preceded_by(attacks, lead[-1].start, LOCATING_REACH, sentence.start):
            loc.near = True
        elif sentence.search_before(start, _FROM, 10):
            loc.near = True  # the origin locates the event only when nothing else does
            loc.origin = bool(sentence.search_before(start, _LAUNCHED_FROM, LAUNCHED_REACH))
        elif (
            n
            and sentence.located[n - 1].origin
            and sentence.fullmatch_between(sentence.located[n - 1].mention.end, start, _ORIGIN_IN)
        ):
            loc.near = loc.origin = True  # "launched from Rostov in Russia": where the launch site lies
            loc.reference = loc.place.precision == "country"
        if preceded_by(background, start, BACKGROUND_REACH, sentence.start):
            loc.reference = True
        if measured_from(sentence, start):
            loc.reference = True  # "150 miles from Moscow": a reference point, not where it happened
        end = country_list_end(sentence, n)
        gap = _ACTOR_GAP if loc.place.precision == "country" else _CITY_ACTOR_GAP
        acting = [c for c in actors if _follows(sentence, end, c, gap)]
        if acting and _attack_scene(sentence, start, attacks):
            acting = [c for c in acting if not any(a.start == c.start for a in attacks)]
        owned = (_OWNS_ATTACKERS, _OWNS_POLICY, _ATTACK_ON)
        if loc.place.precision == "place":
            owned += (_OWNS_STATE_AFFAIRS,)
        if capital_acts(sentence, n, state_acts, actors, attacks):
            loc.reference = True  # "after Moscow pulled out of the grain deal": a capital for its state
        if capital_agent(sentence, n):
            loc.reference = True  # "a decision by Moscow to resume a blockade": a capital for its state
        if capital_supported(sentence, n):
            loc.reference = True  # "pledges support for Kyiv": a capital for its state
        if capital_government(sentence, n):
            loc.reference = True  # "the Kyiv government", "the regime in Moscow": a capital for its state
        if capital_urged(sentence, n):
            loc.reference = True  # "urged Moscow to respect", "prevent Kyiv from deploying": its state
        if acting and sentence.search_before(start, _OFFICIAL_OF, 80):
            loc.near = True  # "the governor of Bryansk said": the scene when the sentence names no other
        elif acting or any(sentence.match_at(end, rx) for rx in owned):
            loc.reference = True  # "Moscow says", "Moscow's forces": the capital stands for the state
        words = sentence.after(loc.mention, _OWNS_WORDS)
        if words is None and (loc.mention.kind == "demonym" or loc.capital):
            words = sentence.after(loc.mention, _DEMONYM_WORDS)
        if words:
            loc.reference = True
            if loc.place.precision == "country":  # a speaker of what it suffered, not of its own act
                loc.speaker = not _SELF_CLAIM.match(sentence.text, words.end())
        if addressed(sentence, start):
            loc.reference = True  # "accuses Moscow of": the state addressed
        if loc.place.precision == "place" and _set_against(sentence, start, attacks):
            loc.reference = True  # "residents turning against Moscow": the state opposed
        if sentence.search_before(start, _VISITED, 24):
            loc.reference = True  # "as Xi departed Moscow": a visit's venue
        if sentence.search_before(start, _ACT_BY, 30):
            loc.reference = True  # "an attack by Kyiv on Crimea", "forces sent by Moscow": the one acting
        if speaks_after(sentence, loc):
            loc.reference = True  # "..., says Kyiv", "...: Moscow.": who reports, a capital for its state
        if any(sentence.fullmatch_between(c.end, start, _VENUE_GAP) for c in venues):
            loc.reference = True  # "talks with US in Abu Dhabi": a party or the venue of talks
        if sentence.search_before(start, _BLAMED_ON, 50):
            loc.reference = True  # "blamed the attacks on Kyiv": the side blamed
        if loc.mention.kind == "place" and names_ship(sentence, loc):
            loc.reference = True  # "the landing ship Novocherkassk": a ship's name
        if loc.place.precision == "admin1" and sentence.match_at(end, _REGION_QUALIFIES):
            loc.reference = True  # "near the Crimean city of Saki": Saki is where
        if loc.place.precision != "country":
            continue
        if sentence.after(loc.mention, _MISSION_AFTER) or sentence.search_before(start, _MISSION_OF, 20):
            loc.reference = True  # "the Embassy of Qatar was damaged": the mission's owner, not its scene
        if links_end(sentence, loc):
            loc.reference = True  # "a bridge linking the peninsula to Russia": an end of the bridge
        if made_in(sentence, loc):
            loc.reference = True  # "U.S. made radar systems", "Iranian-made drones": where a thing was made
        elif (
            any(_follows(sentence, end, c) and not sentence.after(c, _OWNED_SITE) for c in attackers)
            or _armed_side(sentence, loc)
            or sentence.search_before(start, _AGENT_BY, 8)
        ):
            loc.reference = True  # "Russian missiles", "hit by Russia": the attacker's country, not the scene
        elif _is_subject_side(loc) and _attacks_next(sentence, start, end, attacks):
            loc.reference = True  # "Ukraine blows up a railway", "Russians target a hub": who attacks
        elif acting and _SPEECH.fullmatch(sentence.text_of(acting[0])):
            loc.speaker = not sentence.after(acting[0], _SELF_CLAIM)


def _attack_scene(sentence: Sentence, start: int, attacks: list[Cue]) -> bool:
    """The place follows an attack word and the 'in' or 'at' that locates it: the scene of that attack."""
    scene = sentence.search_before(start, _ATTACK_SCENE, 30)
    return scene is not None and preceded_by(
        attacks, sentence.start + scene.start(), ATTACK_SCENE_REACH, sentence.start
    )


# an attack word this close before 'against' makes the place its target ("the biggest drone attack of the war
# so far against Kyiv")
AGAINST_REACH = 30


def _set_against(sentence: Sentence, start: int, attacks: list[Cue]) -> bool:
    """The place follows 'against' with no attack word shortly before: the side opposed, not a target."""
    against = sentence.search_before(start, _AGAINST, 12)
    return against is not None and not preceded_by(
        attacks, sentence.start + against.start(), AGAINST_REACH, sentence.start
    )


# "Russian cruise missile strikes", "Russian air attacks": a side's weapons a word or two after it (right
# after it, the attacker cues of lexicon.toml say so already); not a verb between ("Ukraine repels attacks",
# "Ukraine launched drone attacks": what the side does)
_WEAPONS_BEYOND = re.compile(
    rf"(?:['’]s)?[\s-]+(?:{SIDE_WORD}(?<![sd])\s+){{1,2}}?(?:{SIDE_WEAPONS}|hackers?|saboteurs?)\b",
    re.IGNORECASE,
)


def _armed_side(sentence: Sentence, loc: Located) -> bool:
    """The side's weapons a word or two after it, not a site of the side's that was hit ("a Russian bomber
    base")."""
    weapons = sentence.after(loc.mention, _WEAPONS_BEYOND)
    return weapons is not None and not sentence.match_at(sentence.start + weapons.end(), _OWNED_SITE)


def _is_subject_side(loc: Located) -> bool:
    """A country, or a demonym standing for its people ("Russians target ..."), can be a verb's subject."""
    return loc.mention.kind == "country" or (
        loc.mention.kind == "demonym" and loc.mention.surface.lower().endswith("ans")
    )


def _attacks_next(sentence: Sentence, start: int, end: int, attacks: list[Cue]) -> bool:
    """An attack verb comes right after the country ('Ukraine blows up', 'Russia has struck'), which no
    preposition or attack verb governs ('an air attack on Ukraine knocks out power', 'the missile that hit
    Poland killed two': the country is where)."""
    if sentence.search_before(start, _GOVERNED, 20):
        return False
    if preceded_by(attacks, start, OBJECT_REACH, sentence.start):
        return False  # "the missile that hit Poland killed two": the object of an attack
    return any(
        c.start >= end
        and sentence.fullmatch_between(end, c.start, _SUBJECT_GAP)
        and not sentence.after(c, BY_AFTER)  # "Ukraine targeted by missiles"
        for c in attacks
    )


# "a Russian bomber base", "a Russian military airfield", "a Russian military airport", "Ukrainian army
# depots": the attacker word names whose site was hit, and the country word is then its scene; so is "southern
# Ukraine controlled by Moscow" (a passive: the one in control comes after 'by'), unlike "Russian-controlled"
_OWNED_SITE = re.compile(
    r"\s+(?:bases?|air\s?bases?|airfields?|airports?|depots?|warehouses?|factory|factories|plants?|headquarters|barracks"
    r"|command posts?|by)\b",
    re.IGNORECASE,
)


def _follows(sentence: Sentence, end: int, cue: Cue, gap: re.Pattern[str] = _ACTOR_GAP) -> bool:
    """The cue comes right after a place mention ending at `end` (across "'s" or "has", or `gap`)."""
    if cue.start < end:
        return False
    return sentence.fullmatch_between(end, cue.start, gap) is not None


# "struck by", "killed by": the passive's 'by' right after a verb
BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
