"""Scenes: which places of a sentence say where an incident happened, and which only name an actor, a
speaker, a reference point ("near X") or the background; then each anchor gets its places.
"""

from __future__ import annotations

import re

from etl.gazetteer import PlaceMention
from etl.tagging.anchors import BACKGROUND_REACH, Anchor, Located, Sentence, preceded_by
from etl.tagging.attackers import SIDE_WEAPONS, SIDE_WORD
from etl.tagging.lexicon import Cue

NEAR_REACH = 24


# "Moscow says", "Russia's forces", "Russia has launched", "Kyiv has not claimed", "Russian-controlled": the
# actor word follows the place, at most across a possessive, a hyphen or an auxiliary verb (maybe negated).
_ACTOR_GAP = re.compile(
    r"(?:['’]s)?[\s-]*(?:(?:has|have|had|is|are|was|were|also|again|did|does)(?:n['’]t)?\s+(?:not\s+|never\s+)?)?",
    re.IGNORECASE,
)


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


# "Ukraine's energy infrastructure", "Ukraine’s largest private power plants": up to three words between
_POSSESSIVE_LEAD = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}")


def _owned(words: str) -> re.Pattern[str]:
    """A possessive, at most two words, then one of the words: what the place before it owns."""
    return re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{words})\b", re.IGNORECASE)


# "Moscow's 18-hour aerial barrage of Ukraine": two words between
_OWNS_ATTACKERS = _owned(
    r"forces|troops|army|military|soldiers|missiles?|drones?|attacks?|strikes?"
    r"|shelling|artillery|war|invasion|offensive|bombardment|barrages?|assaults?|onslaught"
)


# "Kyiv's continuing capacity to surprise", "Moscow's grain deal withdrawal", "another blow to Moscow's Black
# Sea fleet": what the state can do, decides or commands, so the place stands for the state
_OWNS_POLICY = _owned(r"capacity|capability|ability|retaliation|withdrawal|decision|policy|fleet|navy")


# "Kyiv's much-vaunted counteroffensive", "Moscow's Ministry of Defence", "Moscow's UN envoy", "despite
# Moscow's self-declared ceasefire", "peace talks on Kyiv's terms": a city's campaign, ministries, envoys and
# truces are its state's (a country's own ministry is left out: it still speaks of what the country suffered)
_OWNS_STATE_AFFAIRS = _owned(
    r"counter-?offensive|push|advance|terms|arsenal|ministry|envoy|ambassador"
    r"|ceasefire|truce|declaration|announcement"
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
# annexed by Moscow": a place right after an act and 'by' is the actor (a capital standing for its state),
# never the scene
_ACT_BY = re.compile(
    r"\b(?:attacks?|strikes?|raids?|sent|launched|carried out|ordered|perpetrated|orchestrated|backed"
    r"|controlled|held|occupied|annexed|run)"
    r"[\"'’”]?\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# What stands between talks (lexicon 'venue') and their parties or venue: "talks with US in Abu Dhabi",
# "talks between Moscow, Kyiv and Washington in Abu Dhabi", "discussions in Abu Dhabi", "meeting at the UN"
_VENUE_GAP = re.compile(
    r"\s+(?:(?:with|between)\s+(?:(?:the\s+)?[\w’.-]+,?\s+){0,5}?)?(?:(?:in|at)\s+(?:the\s+)?)?"
)

# "Kyiv accuses Moscow of", "Ottawa summons Russian envoy", "Zelensky slams Moscow": a capital or country that
# a political verb addresses stands for its state, never the scene
_ADDRESSED = re.compile(
    r"\b(?:accus(?:es|ed|ing)|blam(?:es|ed|ing)|condemn(?:s|ed|ing)?|critici[sz](?:es|ed|ing)|slam(?:s|med|ming)?"
    r"|urg(?:es|ed|ing)|sanction(?:s|ed|ing)?|warn(?:s|ed|ing)?|told|tells?|asks?|asked"
    r"|sanctions\s+(?:against|on))\s+(?:the\s+)?$",  # "new sanctions against Moscow": the state addressed
    re.IGNORECASE,
)


# "damages Russian warship, says Moscow", "Russia to blame for hack, says Kyiv": a speaker set after its
# report (after a comma, unlike "officials said Kharkiv was shelled", where the place is the scene)
_SPEAKER_AFTER = re.compile(
    r",\s*(?:says|said|claims|claimed|reports|reported)\s+(?:the\s+)?$", re.IGNORECASE
)
# a headline's source after a colon or a dash, the last words of its sentence: "Attack 'Blocked, Destroyed':
# Moscow.", "Russia Attacked Ukraine With 48 Drones Overnight – Kyiv." (not "LIVE: Kyiv, Kharkiv come under
# attack")
_SOURCE_AFTER = re.compile(r"\w[’'”\"]?(?:\s*[:–—]|\s+-)\s*$")
# a source is a bare name ("Moscow"), not a site named with its attack ("Briefing: Explosions over the
# Kremlin")
_BARE_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


# "the ministry blamed the attacks on Kyiv", "Moscow pinned the blast on Ukraine": the side blamed (not
# "blamed Russia for the attack on Kyiv", where the place is the target)
_BLAMED_ON = re.compile(
    r"\b(?:blam(?:es|ed|ing)|pinn(?:ed|ing)|pins)\s+(?:(?!for\b)[\w'’-]+\s+){1,4}?on\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "the Crimean city of Saki", "the Donetsk region town of Toretsk": the region only qualifies the settlement
# named after it, which is the scene
_REGION_QUALIFIES = re.compile(
    r"\s+(?:region(?:al)?\s+|oblast\s+)?(?:city|town|village|port|settlement|capital)\s+of\s+[A-Z]"
)


# "the landing ship Novocherkassk", "a large landing ship called Novocherkassk", "the cruiser Moskva", "the
# Novocherkassk landing ship": warships bear the names of cities, which are then no scene
_SHIP = r"(?:ship|warship|vessel|cruiser|frigate|submarine|corvette|flagship|destroyer)"
_SHIP_BEFORE = re.compile(r"\b" + _SHIP + r"\s*,?\s+(?:(?:called|named)\s+)?(?:the\s+)?$", re.IGNORECASE)
_SHIP_AFTER = re.compile(
    r"\s+(?:(?:large|landing|missile|patrol|amphibious)\s+){0,2}" + _SHIP + r"\b", re.IGNORECASE
)


# "the governor of Bryansk said": an official speaks for the place they run, where what they report happened
_OFFICIAL_OF = re.compile(r"\b(?:governor|mayor)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# "fired missiles from Crimea at Kharkiv", "drones launched from the Kursk region": where an attack came from
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


# A semicolon between two clauses of a headline or a summary joins two stories
_STORY_BREAK = re.compile(r";")


def across_stories(sentence: Sentence, one: int, other: int) -> bool:
    """A semicolon stands between the two offsets: they belong to two stories."""
    return sentence.search_between(min(one, other), max(one, other), _STORY_BREAK) is not None


LOCATING_REACH = 15  # "shelled near Vovchansk": an attack this close before "near" locates the event there


def mark_references(sentence: Sentence) -> None:
    """'near X', 'towns such as X', 'Moscow says': X no scene (unless an attack comes right before 'near')."""
    near = sentence.cues_of("near")
    actors = sentence.cues_of("actor")
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
        if preceded_by(background, start, BACKGROUND_REACH, sentence.start):
            loc.reference = True
        end = _country_list_end(sentence, n)
        acting = [c for c in actors if _follows(sentence, end, c)]
        owned = (_OWNS_ATTACKERS, _OWNS_POLICY, _ATTACK_ON)
        if loc.place.precision == "place":
            owned += (_OWNS_STATE_AFFAIRS,)
        if acting and sentence.search_before(start, _OFFICIAL_OF, 20):
            loc.near = True  # "the governor of Bryansk said": the scene when the sentence names no other
        elif acting or any(sentence.match_at(end, rx) for rx in owned):
            loc.reference = True  # "Moscow says", "Moscow's forces": the capital stands for the state
        words = sentence.after(loc.mention, _OWNS_WORDS)
        if words:
            loc.reference = True
            if loc.place.precision == "country":  # a speaker of what it suffered, not of its own act
                loc.speaker = not _SELF_CLAIM.match(sentence.text, words.end())
        if sentence.search_before(start, _ADDRESSED, 24):
            loc.reference = True  # "accuses Moscow of": the state addressed
        if sentence.search_before(start, _ACT_BY, 30):
            loc.reference = True  # "an attack by Kyiv on Crimea", "forces sent by Moscow": the one acting
        if speaks_after(sentence, loc):
            loc.reference = True  # "..., says Kyiv", "...: Moscow.": who reports, a capital for its state
        if any(sentence.fullmatch_between(c.end, start, _VENUE_GAP) for c in venues):
            loc.reference = True  # "talks with US in Abu Dhabi": a party or the venue of talks
        if sentence.search_before(start, _BLAMED_ON, 50):
            loc.reference = True  # "blamed the attacks on Kyiv": the side blamed
        if loc.mention.kind == "place" and _names_ship(sentence, loc):
            loc.reference = True  # "the landing ship Novocherkassk": a ship's name
        if loc.place.precision == "admin1" and sentence.match_at(end, _REGION_QUALIFIES):
            loc.reference = True  # "near the Crimean city of Saki": Saki is where
        if loc.place.precision != "country":
            continue
        if sentence.after(loc.mention, _MADE_BY):
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


# "U.S. Made 'Firefinder' Radar Systems", "the Iranian made Kamikaze drones", "Czech-supplied howitzers"
_MADE_BY = re.compile(
    r"[\s-]*(?:made|supplied|built|donated|provided|produced|manufactured|designed)\b", re.IGNORECASE
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


def _names_ship(sentence: Sentence, loc: Located) -> bool:
    """A city name set right after or before a warship word ("the cruiser Moskva", "the Novocherkassk landing
    ship") is the ship's name."""
    return bool(sentence.before(loc.mention, _SHIP_BEFORE, 40) or sentence.after(loc.mention, _SHIP_AFTER))


def speaks_after(sentence: Sentence, loc: Located) -> bool:
    """A city or region set after a comma and a speech verb, ending its clause ("damages Russian warship, says
    Moscow"), or after a colon or dash, ending a headline ("Attack on Belgorod 'Blocked': Moscow."): it names
    who reports, not where (a country so placed is left to the country rules)."""
    if loc.place.precision == "country" or not _BARE_NAME.fullmatch(loc.mention.surface):
        return False
    rest = sentence.text[loc.mention.end - sentence.start :].strip()
    if sentence.before(loc.mention, _SOURCE_AFTER, 4):
        return not rest or rest[0] in ".!?"
    if not sentence.before(loc.mention, _SPEAKER_AFTER, 16):
        return False
    return not rest or rest[0] in ".!?;,:"


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
        and not sentence.after(c, _BY_AFTER)  # "Ukraine targeted by missiles"
        for c in attacks
    )


# "a Russian bomber base", "a Russian military airfield", "Ukrainian army depots": the attacker word names
# whose site was hit, and the country word is then its scene; so is "southern Ukraine controlled by Moscow"
# (a passive: the one in control comes after 'by'), unlike "Russian-controlled"
_OWNED_SITE = re.compile(
    r"\s+(?:bases?|air\s?bases?|airfields?|depots?|warehouses?|factory|factories|plants?|headquarters|barracks"
    r"|command posts?|by)\b",
    re.IGNORECASE,
)


# "the United States and Germany pledged", "Russia, Iran and North Korea say": countries listed as one subject
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _country_list_end(sentence: Sentence, n: int) -> int:
    """Where the list of countries that mention n begins ends (its own end if it begins none), so that every
    country of a listed subject is the actor its verb makes the last one."""
    located = sentence.located
    end = located[n].mention.end
    if located[n].place.precision != "country":
        return end
    for nxt in located[n + 1 :]:
        listed = sentence.fullmatch_between(end, nxt.mention.start, _LIST_GAP)
        if nxt.place.precision != "country" or not listed:
            break
        end = nxt.mention.end
    return end


def _follows(sentence: Sentence, end: int, cue: Cue) -> bool:
    """The cue comes right after a place mention ending at `end` (across "'s" or "has")."""
    if cue.start < end:
        return False
    return sentence.fullmatch_between(end, cue.start, _ACTOR_GAP) is not None


# "..., as Zelensky pleaded in Washington", "while Putin met Xi in Moscow": a clause of its own scene
_SIDE_SCENE = re.compile(r"\W*(?:as|while|whereas|even as|just as|when)\b", re.IGNORECASE)


def is_side_scene(sentence: Sentence, clause: int) -> bool:
    """The clause opens with 'as', 'while', 'when'...: a scene of its own beside the main clause's."""
    return sentence.match_at(sentence.clause_bounds[clause], _SIDE_SCENE) is not None


def assign_places(sentence: Sentence, anchors: list[Anchor]) -> None:
    """Give every free settlement or region to the nearest anchor of its clause, or of a neighbouring clause
    when its own has none; anchors left without a place share the places of their clause's other anchors."""
    open_anchors = [
        a for a in anchors if a.target_type != "settlement_control"
    ]  # a capture holds its own place
    if not open_anchors:
        return
    taken = {id(loc) for a in anchors for loc in a.places}
    anchored = {a.clause for a in anchors}
    free = [
        loc
        for loc in sentence.located
        if id(loc) not in taken and not (loc.reference or loc.near) and loc.place.precision != "country"
    ]
    # ("Dam In Ukraine Is Destroyed, Judge Blocks Florida Law": a target said to be in a country takes no
    # place of another)
    countries = [loc for loc in sentence.located if loc.place.precision == "country" and not loc.reference]
    said_in = {id(a): _country_said_in(sentence, a, countries) for a in open_anchors}
    for loc in free:
        own = [a for a in open_anchors if a.clause == loc.clause and _agrees(said_in[id(a)], loc)]
        if own:
            min(own, key=lambda a: _distance(a, loc.mention)).places.append(loc)
    # a place of a clause with no anchor goes to the nearest anchor of a neighbouring clause ("missiles
    # slammed into cities, hitting Kharkiv and Kryvyi Rih"), unless the clause is a side scene of its own and
    # the anchor has a place already ("Russia's missile assault on Kyiv injured 34, as Zelensky pleaded in
    # Washington": not Washington)
    placed = {id(a) for a in open_anchors if a.places}
    for loc in free:
        if loc.clause in anchored:
            continue
        side_scene = is_side_scene(sentence, loc.clause)
        near = [
            a
            for a in open_anchors
            if abs(a.clause - loc.clause) == 1
            and _agrees(said_in[id(a)], loc)
            and not (side_scene and id(a) in placed)
            and not across_stories(sentence, loc.mention.start, a.start)
        ]
        if near:
            min(near, key=lambda a: _distance(a, loc.mention)).places.append(loc)
    for anchor in open_anchors:
        if not anchor.places:
            anchor.places = _apposed(sentence, anchor)
    for anchor in open_anchors:
        if not anchor.places:
            peers = [a for a in open_anchors if a.clause == anchor.clause and a.places]
            if peers:
                anchor.places = list(min(peers, key=lambda a: abs(a.start - anchor.start)).places)
    for n, anchor in enumerate(open_anchors):
        before = sentence.text[: anchor.start - sentence.start].rstrip().lower()
        if not anchor.places and n > 0 and before.endswith((" its", " their")):
            anchor.places = list(open_anchors[n - 1].places)  # "the dam ... and its power plant"
    captured = {id(loc) for a in anchors for loc in a.places}
    for anchor in open_anchors:
        if not anchor.places:
            nearby = [
                loc
                for loc in sentence.located
                if loc.near
                and not loc.reference
                and id(loc) not in captured
                and loc.place.precision != "country"
                and abs(loc.clause - anchor.clause) <= 1
                # not another story's ("attack that hit pizza restaurant; Nato ready for any threat 'from
                # Minsk or Moscow'")
                and not across_stories(sentence, loc.mention.start, anchor.start)
            ]
            if nearby:
                closest = min(nearby, key=lambda loc: _distance(anchor, loc.mention))
                anchor.places = [_qualified(sentence, closest) or closest]


def _country_said_in(sentence: Sentence, anchor: Anchor, countries: list[Located]) -> Located | None:
    """The one of `countries` a target is said to be in, right after it ("buildings in Ukraine")."""
    for loc in countries:
        for word in anchor.words or [anchor]:
            if word.end <= loc.mention.start and sentence.fullmatch_between(
                word.end, loc.mention.start, _IN_COUNTRY
            ):
                return loc
    return None


def _agrees(country: Located | None, loc: Located) -> bool:
    """A place may go to a target said to be in no country, or in the place's own."""
    return country is None or country.place.country_code == loc.place.country_code


# "in the city of Rzhyshchiv, south of the capital Kyiv": a reference point set off after a settlement
_QUALIFIER_GAP = re.compile(r"\s*,\s*(?:[\w'’-]+\s+){1,6}?$")


def _qualified(sentence: Sentence, loc: Located) -> Located | None:
    """The settlement a near-reference qualifies ("Rzhyshchiv, south of the capital Kyiv"): the incident is
    there, not beside the reference point; None when the reference follows no settlement."""
    near = sentence.cues_of("near")
    for prev in sentence.located:
        if prev.reference or prev.near or prev.place.precision != "place":
            continue
        if prev.mention.end > loc.mention.start:
            continue
        if sentence.fullmatch_between(prev.mention.end, loc.mention.start, _QUALIFIER_GAP) and any(
            prev.mention.end < c.start and c.end <= loc.mention.start for c in near
        ):
            return prev
    return None


# "Seredyna-Buda, a village on the border with Russia": an apposition that says what the place before is
_APPOSITION = re.compile(
    r"\s*,\s*(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:village|town|city|settlement|community)\s+(?:[\w'’-]+\s+){0,3}",
    re.IGNORECASE,
)


def _apposed(sentence: Sentence, anchor: Anchor) -> list[Located]:
    """The settlement an anchor's apposition describes ("shelled Seredyna-Buda, a village on the border")."""
    for loc in sentence.located:
        if loc.reference or loc.place.precision != "place" or loc.mention.end > anchor.start:
            continue
        if sentence.fullmatch_between(loc.mention.end, anchor.start, _APPOSITION):
            return [loc]
    return []


def _distance(anchor: Anchor, mention: PlaceMention) -> int:
    if mention.end <= anchor.start:
        return anchor.start - mention.end
    return max(0, mention.start - anchor.end)


# "Blinken's trip to Kyiv", "explosions in the capital, Kyiv", "a Kyiv bomb site": a capital set as where
_SET_AS_WHERE = re.compile(
    r"\b(?:in|into|to|on|over|at|near|outside|around|across|of|an?)\s+(?:the\s+)?"
    r"(?:(?:Ukrainian|Russian|capital|city)\s+)*(?:capital\s*,?\s*)?$",
    re.IGNORECASE,
)


def set_as_where(sentence: Sentence, loc: Located) -> bool:
    """The sentence names the place as a location, after a preposition or an article ('a trip to Kyiv'), not
    as a state that acts or is addressed ('Kyiv has called', 'support for Kyiv', 'Trump rebukes Kyiv')."""
    return sentence.search_before(loc.mention.start, _SET_AS_WHERE, 30) is not None


def scene_countries(sentence: Sentence) -> list[Located]:
    """Countries the sentence names as where things happen, or as a speaker of what it suffered; not a
    reference point ("near the Polish border", "talks in the UAE capital")."""
    return [
        loc
        for loc in sentence.located
        if loc.place.precision == "country" and (loc.speaker or not (loc.reference or loc.near))
    ]


def country_fallback(sentence: Sentence, anchor: Anchor) -> Located | None:
    """The nearest country or demonym, for a named target whose sentence names no place; a country whose
    possessive leads into the target ("Ukraine's energy facilities") first."""
    for loc in sentence.located:
        if loc.place.precision != "country":
            continue
        for word in anchor.words or [anchor]:
            if sentence.fullmatch_between(loc.mention.end, word.start, _POSSESSIVE_LEAD):
                return loc
    countries = [
        loc
        for loc in sentence.located
        if loc.place.precision == "country"
        and not loc.reference
        and not loc.near  # "near the Polish border"
        # not another story's ("bomber aircraft shot down, says Kyiv; Moscow threatens to retaliate if US
        # confiscates frozen Russian assets")
        and not across_stories(sentence, loc.mention.start, anchor.start)
    ]
    said = _country_said_in(sentence, anchor, countries)
    if said is not None:
        return said
    if not countries:
        countries = [loc for loc in sentence.located if loc.speaker]
    if not countries:
        return None
    return min(countries, key=lambda loc: (loc.clause != anchor.clause, _distance(anchor, loc.mention)))


# "in western Ukraine", "in east Ukraine": a part of the country, still the country (a bare direction in lower
# case only: "in North America" is no part of America)
_DIRECTION = r"(?:western|eastern|northern|southern|central|(?-i:west|east|north|south))"


# "two Russian airfields in Ukraine": the country the target is said to be in, over whose it is
_IN_COUNTRY = re.compile(
    rf"\s+(?:\w+\s+){{0,2}}?in\s+(?:the\s+)?(?:(?:occupied|annexed|{_DIRECTION})\s+)?",
    re.IGNORECASE,
)


# "missile attacks on Ukraine", "strikes across Ukraine": the country right after the attack is its object
# ("a strike in western Russia", "a strike near a refugee camp in Lebanon", "a drone strike on weapons
# facility in Iran", "a strike devastates a village of 300 in Ukraine": the country it took place in)
_ON_COUNTRY = re.compile(
    rf"[’'”\"]?\s+(?:(?:on|against|across|at)\s+(?:the\s+)?(?:{_DIRECTION}\s+)?"
    r"|(?:(?:(?:near|at|outside)\s+)?(?:an?|the)\s+(?:[\w’'-]+\s+){1,4}|on\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){1,3})?"
    rf"in\s+(?:{_DIRECTION}\s+)?)",
    re.IGNORECASE,
)


# Where in a country: a side of it, or its occupied part ("in occupied Ukraine"), maybe as areas of it ("in
# Russian-held areas of eastern Ukraine", "in parts of Ukraine")
_COUNTRY_PART = (
    # "three Russian cities"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple)\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:parts|areas|regions|swathes)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:western|eastern|northern|southern|central|southeastern|northeastern|southwestern|northwestern"
    r"|occupied|Russian-occupied)\s+)?"
)
# "Russian strikes hit cities across Ukraine", "missiles pounded cities across Ukraine", "attacks reported
# across Ukraine", "Russia strikes cities from east to west Ukraine": the attack's verb and what it struck (a
# count, people or places), then the country they lie in (not "attacks condemned by leaders in France")
_HITS_ACROSS = re.compile(
    r"\s+(?:(?:hit|hits|pummel(?:s|ed)?|pound(?:s|ed)?|rock(?:s|ed)?|batter(?:s|ed)?|hammer(?:s|ed)?|struck"
    r"|reported)\s+(?=\w)|(?=\w))"
    r"(?:(?:at\s+least|more\s+than|dozens\s+of|several|many|multiple|\d+|two|three|four|five|cities|towns"
    r"|villages|regions|areas|parts|targets|sites|buildings|homes|bases|airfields|positions"
    r"|an?|the|town|city|village|region|area|building|home|house)\s+){0,4}"
    r"(?:across|throughout|all\s+over|in|from\s+(?:east|west)\s+to\s+(?:east|west)(?:ern)?)\s+(?:the\s+)?"
    + _COUNTRY_PART,
    re.IGNORECASE,
)
# "Russian missiles hit western Ukraine", "the missile that hit Poland", "missiles that landed on Poland": a
# weapon (not "sanctions hit Russia") that hits a country
_WEAPON_HIT_BEFORE = re.compile(
    r"\b(?:missiles?|rockets?|drones?|strikes?|shells?|bombs?|barrages?|projectiles?)\s+(?:that\s+|which\s+)?$",
    re.IGNORECASE,
)
_WEAPON_HIT = re.compile(r"hit|hits|struck|landed (?:on|in)|fell on", re.IGNORECASE)
_WEAPON_HIT_GAP = re.compile(r"\s+(?:the\s+)?" + _COUNTRY_PART, re.IGNORECASE)


# Attack verbs whose object is what was struck ("Russia pounds Ukraine"); not 'hit' ("sanctions hit Russia")
_STRIKE_VERB = re.compile(
    r"(?:pound|shell|bomb|bombard|strike|attack|hammer|target)(?:s|ed|ing)?", re.IGNORECASE
)


# "a missile strike hit a Ukrainian medal ceremony", "strike kills 19 at Ukrainian ceremony", "attacks on
# Ukrainian cities": a demonym of what the attack reaches (not "consequences in the Ukrainian theatre")
# "killed three civilians in", "kill two people in": the victims of an attack and where they were
_VICTIMS_VERB = r"(?:(?:has|have|had)\s+)?(?:killed|kills?|injured|injures?|wounded|wounds?)\s+"
_VICTIMS_THEN_IN = r"(?:[\w,-]+\s+){1,4}?in\s+"
_ON_DEMONYM = re.compile(
    r"\s+(?:(?:on|in|against)\s+|(?:[\w’'-]+\s+){0,3}?(?:at|hit|hits|struck|strikes"
    r"|(?:bring|brings|brought|take|takes|took|knock|knocks|knocked)\s+down)\s+"
    # "strike kills 51 in Ukrainian village": where its victims were
    rf"|{_VICTIMS_VERB}{_VICTIMS_THEN_IN})"
    r"(?:an?\s+|the\s+)?" + _COUNTRY_PART,  # "rocket strikes on southern Ukrainian city"
    re.IGNORECASE,
)


# "attacks on Russian forces", "a Ukrainian drone": a demonym of the side that fights, not of the scene
_FIGHTING_SIDE = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:forces|troops|army|military|soldiers|positions|units?|warships?|drones?|missiles?"
    r"|jets?|aircraft|artillery|officials?|authorities|tanks?|armou?r|vehicles?|convoys?)\b",
    re.IGNORECASE,
)


# "shelling has killed three civilians in Ukraine", "strikes kill two people in occupied Ukraine": the
# country where the attack's victims were is its scene
_VICTIMS_IN = re.compile(r"\s+" + _VICTIMS_VERB + _VICTIMS_THEN_IN + _COUNTRY_PART, re.IGNORECASE)


# An attack word that ends in the killing ("bomb kills", "missile kills"), and the victims after it
_KILLING_ATTACK = re.compile(r".*\b(?:kills?|killed|injur(?:es|ed)|wound(?:s|ed))", re.IGNORECASE)
_VICTIMS_AFTER_VERB = re.compile(rf"\s+{_VICTIMS_THEN_IN}(?:{_DIRECTION}\s+)?" + _COUNTRY_PART, re.IGNORECASE)


def attacked_country(sentence: Sentence, anchor: Anchor) -> Located | None:
    """The country an unnamed-target attack is made on, when the text says so right after an attack word of
    the anchor's clause: "missile attacks on Ukraine", "Russia pounds Ukraine" (a strike verb's object), "a
    strike hit a Ukrainian medal ceremony" (a demonym of what was struck), "shelling killed three civilians
    in Ukraine" (where its victims were); else the country that speaks of the victims it suffered."""
    attacks = [c for c in sentence.cues_of("attack") if sentence.clause_of(c.start) == anchor.clause] or [
        anchor
    ]
    return _struck_country(sentence, attacks) or _victims_speaker(sentence, attacks)


# "Poland probably hit by Ukrainian missile", "Ukraine targeted by more than 50 missiles", "Polish village
# struck by missile": a country (or a demonym's settlement) that a strike verb in the passive says was hit
_STRUCK_PASSIVE_GAP = re.compile(
    r"(?:\s+(?:border\s+)?(?:villages?|towns?|city|cities|ports?|settlements?))?"
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:(?:probably|likely|most\s+likely|reportedly|allegedly|apparently|again|also)\s+)?",
    re.IGNORECASE,
)
_PASSIVE_STRIKE = re.compile(
    r"(?:hit|struck|attacked|shelled|bombed|bombarded|targeted|pounded|hammered)(?:\s+by)?", re.IGNORECASE
)
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
# "Ukraine cities rocked by missile strikes", "Kyiv shaken by explosions": the attack is the agent of a
# passive verb of impact that ends right before it
_SHAKEN_BY = re.compile(
    r"\b(?:hit|struck|rocked|shaken|battered|pummell?ed|pounded|hammered)\s+by\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _struck_in_passive(sentence: Sentence, attacks: list[Cue | Anchor], mention: PlaceMention) -> bool:
    """The mention is the subject of a passive strike verb right after it ('Poland hit by a missile')."""
    for cue in attacks:
        if cue.start < mention.end:
            continue
        word = sentence.fullmatch_between(cue.start, cue.end, _PASSIVE_STRIKE)
        if not word or not sentence.fullmatch_between(mention.end, cue.start, _STRUCK_PASSIVE_GAP):
            continue
        if word.group().lower().endswith("by") or sentence.after(cue, _BY_AFTER):
            return True
    return False


def _shaken_by(sentence: Sentence, attacks: list[Cue | Anchor], mention: PlaceMention) -> bool:
    """The mention is the subject of a passive verb whose agent is the attack ('Ukraine cities rocked by
    missile strikes')."""
    for cue in attacks:
        by = sentence.before(cue, _SHAKEN_BY, 40) if cue.start > mention.end else None
        if by and sentence.fullmatch_between(mention.end, sentence.start + by.start(), _STRUCK_PASSIVE_GAP):
            return True
    return False


# "Russia bombards Ukraine's cities", "strikes on Ukraine's east", "shelling across Ukraine's south": a part
# of the country's own land, still the country (not "an attack on Israel's courts")
_COUNTRY_AREA = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:east|west|north|south|north-?east|north-?west|south-?east|south-?west|capital"
    r"|cities|towns|villages|regions?|provinces?|territory|soil|heartland|interior|front\s?line|border\s+areas)\b",
    re.IGNORECASE,
)


def _struck_country(sentence: Sentence, attacks: list[Cue | Anchor]) -> Located | None:
    for loc in sentence.located:
        mention = loc.mention
        passive = mention.kind in ("country", "demonym") and not loc.reference
        if passive and (
            _struck_in_passive(sentence, attacks, mention) or _shaken_by(sentence, attacks, mention)
        ):
            return loc
        if mention.kind == "demonym" and not loc.reference and _struck_demonym(sentence, attacks, mention):
            return loc
        if mention.kind != "country" or loc.reference:
            continue
        if sentence.text.startswith(("'s", "’s"), mention.end - sentence.start) and not sentence.after(
            mention, _COUNTRY_AREA
        ):
            continue  # "an attack on Israel's courts": the courts, not the country
        for cue in attacks:
            if cue.end > mention.start:
                continue
            gap = sentence.text[cue.end - sentence.start : mention.start - sentence.start]
            verb = sentence.fullmatch_between(cue.start, cue.end, _STRIKE_VERB)
            # "Russia pounds Ukraine", "fighters attack southern Russia": a strike verb's object
            struck = verb and _WEAPON_HIT_GAP.fullmatch(" " + gap.lstrip())
            if (
                _ON_COUNTRY.fullmatch(gap)
                or _VICTIMS_IN.fullmatch(gap)
                or struck
                or _killed_in(sentence, cue, gap)
            ):
                return loc
            if _HITS_ACROSS.fullmatch(gap) or _weapon_hits(sentence, cue, gap):
                return loc
    return None


def _killed_in(sentence: Sentence, cue: Cue | Anchor, gap: str) -> bool:
    """'Car bomb kills politician in east Ukraine': the attack word holds the killing, its victims follow."""
    return bool(
        sentence.fullmatch_between(cue.start, cue.end, _KILLING_ATTACK) and _VICTIMS_AFTER_VERB.fullmatch(gap)
    )


def _weapon_hits(sentence: Sentence, cue: Cue | Anchor, gap: str) -> bool:
    """'missiles hit western Ukraine', 'the missile that hit Poland': a weapon's hit, right before a
    country."""
    return bool(
        sentence.fullmatch_between(cue.start, cue.end, _WEAPON_HIT)
        and sentence.before(cue, _WEAPON_HIT_BEFORE, 40)
        and _WEAPON_HIT_GAP.fullmatch(gap)
    )


# "Ukraine says 3 civilians killed by Russian shelling": the victims were where the speaker says so
_KILLED_BY = re.compile(
    r"\b(?:killed|injured|wounded)\s+(?:in\s+|by\s+)(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.I
)


def _victims_speaker(sentence: Sentence, attacks: list[Cue | Anchor]) -> Located | None:
    """A country that says its people were killed or wounded by the attack ("Ukraine says 3 civilians killed
    by Russian shelling"): a speaker of what it suffered, with the victims right before the attack word."""
    speakers = [loc for loc in sentence.located if loc.speaker and loc.mention.kind == "country"]
    if not speakers:
        return None
    for cue in attacks:
        if sentence.before(cue, _KILLED_BY, 40) and speakers[0].mention.end <= cue.start:
            return speakers[0]
    return None


def _struck_demonym(sentence: Sentence, attacks: list[Cue], mention: PlaceMention) -> bool:
    if sentence.after(mention, _FIGHTING_SIDE):
        return False
    return any(
        cue.end <= mention.start
        and (
            sentence.fullmatch_between(cue.end, mention.start, _ON_DEMONYM) or _razes(sentence, cue, mention)
        )
        for cue in attacks
    )


# "Russians destroyed Ukrainian town", "Russia blasts Ukrainian cities", "bombs hit eastern Ukrainian town": a
# strike verb whose object is a demonym's settlements (not "targeting the American homeland", "to destroy
# American democracy")
_RAZE_VERB = re.compile(
    r"(?:destroy|pummel|pound|shell|bomb|bombard|blast|hammer|strike|rock)(?:s|ed|ing)?|struck|hits?",
    re.IGNORECASE,
)
_RAZE_GAP = re.compile(r"\s+(?:the\s+|an?\s+)?" + _COUNTRY_PART, re.IGNORECASE)
_SETTLEMENTS = re.compile(
    r"\s+(?:towns?|city|cities|villages?|settlements?|ports?|neighbou?rhoods?)\b", re.IGNORECASE
)


def _razes(sentence: Sentence, cue: Cue, mention: PlaceMention) -> bool:
    """The demonym is the first word of the strike verb's object, its settlements."""
    return bool(
        _RAZE_VERB.fullmatch(sentence.text_of(cue))
        and sentence.fullmatch_between(cue.end, mention.start, _RAZE_GAP)
        and sentence.after(mention, _SETTLEMENTS)
    )
