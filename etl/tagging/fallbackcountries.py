"""The country an incident falls back to when its anchor names no place of its own: whose kit was hit and
where that side's front lies, the country a listed side's attack falls on or whose capital reports it, the
country of the sentence's own scenes, the country the text is about (the far side of a border is
borderbeyond.py's)."""

from __future__ import annotations

import re

from etl.gazetteer import Place
from etl.tagging.anchors import Anchor, Located, Sentence
from etl.tagging.attackers import attacker_targets, struck_by_side
from etl.tagging.context import DocumentContext
from etl.tagging.locatives import WAR_BORDER_COUNTRIES
from etl.tagging.scenes import across_stories, is_side_scene
from etl.tagging.speakers import speaks_after


def owner_demonym(sentence: Sentence, anchor: Anchor) -> Located | None:
    """The demonym right before a target ('Russian train station', 'Russian army barracks'), if any."""
    return next(
        (
            loc
            for loc in sentence.located
            if loc.mention.kind == "demonym"
            and loc.mention.end <= anchor.start
            and sentence.fullmatch_between(loc.mention.end, anchor.start, _OWNER_GAP)
        ),
        None,
    )


# "Russian Tank Obliterated in Ukrainian Strike", "Ukraine attacks Russian positions", "a strike on Russian
# army barracks", "Ukraine blasts Russian Ka-52 attack helicopter out of the sky", "attack on Russian convoy":
# field armour, the front line and the aircraft over it; "Moment Russian ammunition dump explodes in massive
# fireball", "Ukrainian troops storm Russian trench": ammunition dumps behind the front, a single trench (a
# warship is not: the Black Sea Fleet is hit in Crimea and at Novorossiysk alike)
_FRONT_LINE = re.compile(
    r"\b(?:tanks?|armou?red|infantry\s+fighting|self-propelled|howitzers?|positions?|trench(?:es)?|barracks"
    r"|troops|soldiers|columns?|convoys?|vehicles?|boats?|helicopters?|choppers?|jets?|warplanes?|fighter|ammunition"
    # a field radar ("Russian 'Zoopark-2' radar system"), not an early-warning radar station far behind
    r"|ammo|(?<!warning\s)(?<!horizon\s)radars?(?!\s+stations?))\b",
    re.IGNORECASE,
)

# "Ukrainian forces shoot down three Russian bomber aircraft", "a Russian warplane was shot down"
_DOWNED_BEFORE = re.compile(r"\b(?:shoots?|shot|shooting)\s+down\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_DOWNED_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?shot\s+down\b", re.IGNORECASE
)

# "a Russian ammunition depot deep in occupied territory", "the Russian-held port": land a side holds
_HELD = re.compile(r"\b(?:[Oo]ccupied|[Aa]nnexed|[A-Z][a-z]+-(?:[Hh]eld|[Cc]ontrolled|[Oo]ccupied))\b")

# "Russian positions", "Russian army barracks", "Russian 'Zoopark-2' radar": the demonym owns the target, at
# most one word between, maybe a model name in quotes
_OWNER_GAP = re.compile(r"[\s-]+(?:[\w-]+\s+|[‘'“\"][\w-]+[’'”\"]\s+)?")

# "shoots down two Russian choppers", "three Russian warplanes": a count the target's words begin with
_COUNT_LEAD = re.compile(
    r"(?:(?:an?|the|\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+)+", re.IGNORECASE
)


def front_of(fallback: Located, anchor: Anchor, sentence: Sentence, context: DocumentContext) -> Place | None:
    """The owner's demonym of field armour or front-line troops hit ('a Russian tank', 'Russian positions'),
    or of a site in land it holds ('a Russian depot in occupied territory'), names whose it was, not where: a
    listed side's front lies in the country that side is at war with (etl/data/attacker_targets.csv)."""
    if fallback.mention.kind != "demonym" or context.country_of is None:
        return None
    front = attacker_targets().get(fallback.place.country_code or "")
    if front is None or not _owns(sentence, fallback, anchor):
        return None
    on_front = sentence.search_between(anchor.start, anchor.end, _FRONT_LINE) or _downed(
        sentence, fallback, anchor
    )
    return context.country_of(front) if on_front or _HELD.search(sentence.text) else None


def _downed(sentence: Sentence, owner: Located, anchor: Anchor) -> bool:
    """The side's own kit was shot down ('shoot down three Russian bomber aircraft', 'a Russian warplane was
    shot down'): downed in flight over the front, not hit on its airfield far behind it."""
    return bool(
        sentence.before(owner.mention, _DOWNED_BEFORE, 40) or sentence.match_at(anchor.end, _DOWNED_AFTER)
    )


def owner_country(anchor: Anchor, sentence: Sentence, context: DocumentContext) -> list[Place]:
    """Where a side's own kit was hit, when the text says nowhere ('Ukrainian drone destroys Russian
    supersonic bomber', 'Russian navy ship damaged in drone attack'): its front when it is front-line kit,
    else the owner's country. The demonym was read as the attacker's (its bomber, its navy), which it is not
    here; a side's dam or plant is no kit ('areas hit by Ukrainian dam collapse')."""
    if anchor.target_type != "military_site":
        return []
    for loc in sentence.located:
        if loc.mention.kind != "demonym" or loc.place.precision != "country":
            continue
        if _owns(sentence, loc, anchor):
            return [
                front_of(loc, anchor, sentence, context)
                or supplied_to(loc, anchor, sentence, context)
                or loc.place
            ]
    return []


def supplied_to(owner: Located, anchor: Anchor, sentence: Sentence, context: DocumentContext) -> Place | None:
    """Kit a state outside the war made or supplied ('Russian claims that a missile destroyed a US Patriot
    battery') was hit on the front of the side at war the sentence names (etl/data/attacker_targets.csv),
    not in the supplier's country."""
    if owner.place.precision != "country" or owner.place.country_code in WAR_BORDER_COUNTRIES:
        return None
    if (
        anchor.target_type != "military_site"
        or context.country_of is None
        or not _owns(sentence, owner, anchor)
    ):
        return None
    fronts = {
        front
        for loc in sentence.located
        if loc is not owner and (front := attacker_targets().get(loc.place.country_code or "")) is not None
    }
    return context.country_of(fronts.pop()) if len(fronts) == 1 else None


def _owns(sentence: Sentence, demonym: Located, anchor: Anchor) -> bool:
    """The demonym says whose the target is: it begins the target's words, after a count at most ('two
    Russian choppers'), or stands right before them ('Russian army barracks')."""
    start = demonym.mention.start
    return (
        start == anchor.start
        or (
            anchor.start < start < anchor.end
            and bool(sentence.fullmatch_between(anchor.start, start, _COUNT_LEAD))
        )
        or bool(sentence.fullmatch_between(demonym.mention.end, anchor.start, _OWNER_GAP))
    )


# "Russian air attacks on Ukraine", "alerts across Ukraine", "Missiles launched at Ukraine": the country as
# the whole an attack fell on (not "a mall in Ukraine", where one site was hit)
_ON_WHOLE = re.compile(
    r"\b(?:on|against|across|throughout|at|over)\s+(?:the\s+)?"
    r"(?:(?:western|eastern|northern|southern|central|west|east|north|south)\s+)?$",
    re.IGNORECASE,
)

# "restore power across the country", "target his country's critical energy infrastructure", "blackouts
# nationwide": the country as a whole, named by the word 'country' rather than its name
_COUNTRY_AS_WHOLE = re.compile(
    r"\b(?:across|throughout|around|all\s+over)\s+the\s+(?:whole\s+|entire\s+)?country\b"
    r"|\bcountry['’]s\s+(?:[\w-]+\s+){0,2}?(?:grid|infrastructure|energy|power|electricity)\b"
    r"|\b(?:nationwide|countrywide|country-wide)\b",
    re.IGNORECASE,
)

# "Much of Ukraine still without power": most of the country, not one of its places
_MUCH_OF = re.compile(r"\b(?:much|most|all|parts|swathes)\s+of\s+$", re.IGNORECASE)

# "Russia hits Ukraine with 6 hypersonic missiles", "Russia Strikes Ukraine Ports": a strike verb's object
_STRUCK_WHOLE = re.compile(
    r"\b(?:hit|hits|struck|strikes|pound(?:s|ed)?|shell(?:s|ed)?|bomb(?:s|ed)?|bombard(?:s|ed)?|attack(?:s|ed)?"
    r"|target(?:s|ed)?|hammer(?:s|ed)?|batter(?:s|ed)?)\s+$",
    re.IGNORECASE,
)

# "Ukraine hit by water and power cuts", "Ukraine's power grid", "Russia Hits Ukraine Power Grid": the country
# itself struck, or its grid, ports or cities as a whole
_WHOLE_AFTER = re.compile(
    r"\s+(?:is\s+|was\s+|has\s+been\s+)?(?:hit|struck|pounded|targeted|attacked|bombarded|shelled)\b"
    r"|(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:grid|infrastructure|energy\s+system|cities|towns|ports|regions)\b",
    re.IGNORECASE,
)

# "on Ukraine's eastern frontline", "across Ukraine's south", "on Russia's border": a part of the country
_PART_OF = re.compile(
    r"['’]s\s+(?:(?:north|south)-?(?:east|west)(?:ern)?|(?:north|south|east|west)(?:ern)?|central"
    r"|front(?:[\s-]?lines?)?|borders?)\b(?!['’])",
    re.IGNORECASE,
)

# "Russia hits more than a dozen Ukrainian cities", "ballistic missiles targeted Ukrainian cities"
_SETTLEMENTS_AFTER = re.compile(r"\s+(?:cities|towns|villages|ports|regions)\b", re.IGNORECASE)


def country_wide(sentence: Sentence, country_code: str | None) -> bool:
    """The sentence names the incident's country as the whole the attack fell on ("Russia launches air attacks
    on Ukraine", "Russia Hits Ukraine Power Grid", "strikes on Ukrainian cities"): the incident is the
    country's, not that of a settlement the story names elsewhere; so is a sentence that says the country
    as a whole in words ("Russia hits country's energy infrastructure", "power cuts across the country")."""
    if whole_in_words(sentence, country_code):
        return True
    for loc in sentence.located:
        if loc.place.precision != "country" or loc.place.country_code != country_code:
            continue
        if loc.mention.kind == "demonym":  # "a strike on the Ukrainian city of Dnipro": only its cities
            if sentence.after(loc.mention, _SETTLEMENTS_AFTER):
                return True
            continue
        on_it = sentence.before(loc.mention, _ON_WHOLE, 40) or sentence.before(loc.mention, _STRUCK_WHOLE, 12)
        if on_it and sentence.after(loc.mention, _PART_OF):
            continue  # "on Ukraine's eastern frontline": a part of the country, where the story's town lies
        if on_it or sentence.after(loc.mention, _WHOLE_AFTER):
            return True
    return False


def whole_in_words(sentence: Sentence, country_code: str | None) -> bool:
    """The sentence says the country as a whole in words, not by an attack's object ("Russia hits country's
    energy infrastructure", "power cuts across the country", "Much of Ukraine without power"): what a
    headline reports so is the country's, not that of the one city its lead then names (any country's
    when `country_code` is None)."""
    return bool(_COUNTRY_AS_WHOLE.search(sentence.text)) or any(
        loc.place.precision == "country"
        and country_code in (None, loc.place.country_code)
        and sentence.before(loc.mention, _MUCH_OF, 20)
        for loc in sentence.located
    )


def side_struck(sentence: Sentence, context: DocumentContext) -> list[Place]:
    """The country a listed side's attack falls on ('Russian missiles'), else the country of the capital that
    reports it, else the collection's own."""
    place = _struck_country(sentence, context) or _reporter_country(sentence, context)
    if place is not None:
        return [place]
    return [context.default_place] if context.default_place else []


def third_country_aside(
    anchor: Anchor, sentence: Sentence, fallback: Located, context: DocumentContext
) -> Place | None:
    """A country outside the war named before a side of the war that comes before a target ("promises
    sustained UK support as Russian strikes target power grid", "talks in UAE capital, Russian attacks cut off
    power"): the target was hit in the country that side is at war with, not where the talks or the support
    are."""
    if fallback.place.country_code in WAR_BORDER_COUNTRIES or fallback.mention.end > anchor.start:
        return None
    if not any(
        fallback.mention.end <= loc.mention.start and loc.mention.end <= anchor.start
        for loc in sentence.located
        if loc.place.precision == "country" and loc.place.country_code in WAR_BORDER_COUNTRIES
    ):
        return None
    struck = _struck_country(sentence, context)
    return struck if struck is not None and struck.country_code in WAR_BORDER_COUNTRIES else None


def _reporter_country(sentence: Sentence, context: DocumentContext) -> Place | None:
    """The country of a city named as who reports ("strike on warship, says Kyiv", "Ukraine conducts drone
    strike on journalists – Moscow"): its state speaks of what it suffered or did, in its own war."""
    for loc in sentence.located:
        if loc.place.precision == "place" and speaks_after(sentence, loc) and context.country_of is not None:
            return context.country_of(loc.place.country_code)
    return None


def _struck_country(sentence: Sentence, context: DocumentContext) -> Place | None:
    """The country a listed side the sentence names as attacking is at war with, if the document names it."""
    code = struck_by_side(sentence, context.named_countries)
    return context.country_of(code) if code and context.country_of else None


# "the Ukrainian embassy in Madrid": a state's mission stands in another country
_ABROAD = re.compile(r"\b(?:embass(?:y|ies)|consulates?)\b", re.IGNORECASE)


# "in occupied town", "in Russian occupied city", "in a Russian-held village": the scene is a settlement or
# land a side holds, unnamed
_OCCUPIED_PLACE = re.compile(
    r"\bin\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:occupied|\w+-(?:held|controlled|occupied))\s+(?:[\w-]+\s+)?"
    r"(?:towns?|cit(?:y|ies)|villages?|settlements?|territor(?:y|ies)|areas?|ports?)\b",
    re.IGNORECASE,
)


def held_land(sentence: Sentence, places: list[Place], context: DocumentContext) -> list[Place]:
    """A side's country, when the sentence names no place but land that side holds ('Blast kills three Russian
    officers in occupied town'): the land lies on that side's front (etl/data/attacker_targets.csv), as
    readers place it; the places unchanged otherwise."""
    if len(places) != 1 or places[0].precision != "country" or context.country_of is None:
        return places
    if any(_scene_named(sentence, loc) for loc in sentence.located):
        return places  # 'in central Russia as he was returning from Ukraine's occupied territories'
    front = attacker_targets().get(places[0].country_code or "")
    if front is None or not _OCCUPIED_PLACE.search(sentence.text):
        return places
    held = context.country_of(front)
    return [held] if held is not None else places


def _scene_named(sentence: Sentence, loc: Located) -> bool:
    """A place, or a country by its name that is no speaker ('Ukraine intelligence says') nor reference."""
    if loc.place.precision != "country":
        return True
    if loc.mention.kind == "demonym" or loc.speaker or loc.reference:
        return False
    return not sentence.after(loc.mention, _SAYS_AFTER)


# "Ukraine intelligence says", "Russia claims": a country named as who reports
_SAYS_AFTER = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,2}?\s+(?:says|said|claims|claimed|reports|reported)\b")


def scene_country(
    sentence: Sentence, anchor: Anchor, fallback: Located, context: DocumentContext
) -> Place | None:
    """For a demonym: the country of the sentence's own scenes when they all lie in another one. "strikes on
    Russian airfields in the occupied Luhansk and Berdyansk areas, hitting an ammunition depot": whose the
    airfields are is not where the depot is. Scenes past a semicolon are another story's ("revenge over
    Chernihiv 'terrorist attack'; drone hits Russian train station"), and so are a side scene's of another
    clause ("pummeled the Ukrainian port city ..., damaging a historic church and port infrastructure, while
    drones struck buildings in Moscow": the church is not in Russia). Not when the demonym owns the anchor's
    own target ("the Russian assault reportedly killing one person in Odesa and the Ukrainian strike targeting
    a Russian military airfield": the airfield is Russia's, Odesa another attack's scene), unless the target
    is an embassy, which stands abroad ("a letter-bombing campaign that rocked Madrid, targeting the American
    and Ukrainian Embassies")."""
    if fallback.mention.kind != "demonym" or context.country_of is None:
        return None
    if _owns(sentence, fallback, anchor) and not sentence.search_between(anchor.start, anchor.end, _ABROAD):
        return None
    scenes = {
        loc.place.country_code
        for loc in sentence.located
        if loc.place.precision != "country"
        and not (loc.reference or loc.near)
        and not across_stories(sentence, loc.mention.start, anchor.start)
        and not (loc.clause != anchor.clause and is_side_scene(sentence, loc.clause))
    }
    if len(scenes) != 1 or fallback.place.country_code in scenes:
        return None
    return context.country_of(scenes.pop())


def reference_country(sentence: Sentence, context: DocumentContext) -> list[Place]:
    """A named target with no other place: a country the sentence names only as a reference point means
    the incident is in the country the text is about ("War in Ukraine: ... A military base near the Polish
    border is attacked"), else the one a named side's attack falls on ("talks in UAE capital, Russian attacks
    cut off 1.2 million from power": Ukraine); that country itself is the last resort."""
    near = [loc.place for loc in sentence.located if loc.near and loc.place.precision == "country"]
    if not near:
        return side_struck(sentence, context)
    if context.about is not None:
        return [context.about]
    return [_struck_country(sentence, context) or near[0]]
