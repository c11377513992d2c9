"""Which places an incident gets: its anchor's own, else a settlement or country the document established
(the city named before, the lead under a headline, a country named only as a reference point), narrowed to
the most specific."""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.gazetteer import Place, PlaceMention
from etl.gazetteer.folding import fold
from etl.gazetteer.regionhints import ENCLAVES
from etl.tagging.anchors import Anchor, Located, Sentence
from etl.tagging.attackedcountry import attacked_country, own_territory
from etl.tagging.attackers import attacker_targets, struck_by_side
from etl.tagging.context import DocumentContext, namesake_region
from etl.tagging.locatives import LOCATIVE_TYPE, WAR_BORDER_COUNTRIES
from etl.tagging.references import speaks_after
from etl.tagging.scenes import (
    across_stories,
    country_fallback,
    is_side_scene,
    possessive_owner,
    scene_countries,
)


def headline_place(sentence: Sentence, place: Place, context: DocumentContext) -> Place:
    """A headline's country or region is the one settlement or region its lead names inside it: "Ukrainian
    drones hit key Russian port, damage naval ship" then "Moscow says it repels the attack on the port of
    Novorossiysk" (the ship was hit at Novorossiysk). A headline's bare settlement is the region of that name
    the lead names instead ("Shoigu vows 'harsh response' after Belgorod incursion" then "further drone
    attacks are reported in Belgorod region")."""
    if sentence.start != 0:
        return place
    if place.precision == "place":
        return namesake_region(place, context.lead_regions) or place
    inside = {
        (p.admin1_code, p.name, p.precision): p
        for p in context.lead_places
        if p.country_code == place.country_code
        and (place.precision == "country" or (p.precision == "place" and p.admin1_code == place.admin1_code))
    }
    return next(iter(inside.values())) if len(inside) == 1 else place


def share_attack_places(sentence: Sentence, anchors: list[Anchor], live: set[int]) -> None:
    """'fired 76 missiles at Kyiv, and were targeting energy infrastructure': a target attacked in its own
    clause, with no place there, was hit where the bare attack of the clause next to it was; not when the
    target's own demonym puts it in another country ("revenge over Chernihiv 'terrorist attack'; drone hits
    Russian train station"), nor from a side scene ("damaging a church and port infrastructure, while drones
    struck buildings in Moscow": another event)."""
    bare = [
        a
        for a in anchors
        if a.target_type == "unspecified" and a.places and not is_side_scene(sentence, a.clause)
    ]
    for anchor in anchors:
        if (
            anchor.places
            or anchor.clause not in live
            or anchor.target_type in ("unspecified", "settlement_control")
        ):
            continue
        near = [a for a in bare if abs(a.clause - anchor.clause) == 1]
        if not near:
            continue
        places = min(near, key=lambda a: abs(a.start - anchor.start)).places
        owner = _owner(sentence, anchor)
        if owner is None or any(loc.place.country_code == owner.place.country_code for loc in places):
            anchor.places = list(places)


def _owner(sentence: Sentence, anchor: Anchor) -> Located | None:
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


def places_of(anchor: Anchor, sentence: Sentence, context: DocumentContext) -> list[Place]:
    """The places an anchor is reported at: its own, else (a named target) a country of the sentence or the
    last place or country named before, else (a bare attack) the country attacked, else the collection's."""
    places = [loc.place for loc in _most_specific(anchor.places)]
    if places or anchor.target_type == "settlement_control":  # a capture holds its own place
        return places
    fallback = _fallback_places(anchor, sentence, context)
    beyond = _border_beyond(anchor, sentence, context)
    if beyond is not None and all(
        p.country_code in WAR_BORDER_COUNTRIES - {beyond.country_code} for p in fallback
    ):
        return [beyond]  # not in the country whose border it is
    return fallback


def _fallback_places(anchor: Anchor, sentence: Sentence, context: DocumentContext) -> list[Place]:
    """Where an anchor with no place of its own was, by the sentence's countries and the document; first the
    state whose own territory the text says it fell on."""
    own = own_territory(sentence, anchor)
    if own is not None and context.country_of is not None:
        home = context.country_of(own.place.country_code or "")
        if home is not None:
            return [home]
    if anchor.target_type != "unspecified":
        fallback = (
            _named_before(sentence, context)
            or country_fallback(sentence, anchor)
            or context.where
            or context.country
        )
        if fallback is None:
            # a state's own force named by its possessive ("an assault on Russia's Black Sea Fleet") is kept
            # at its owner's country when nothing else places it
            owner = possessive_owner(sentence, anchor)
            return (
                _lead_target(anchor, sentence, context)
                or _reference_country(sentence, context)
                or _owner_country(anchor, sentence, context)
                or ([owner.place] if owner else [])
            )
        front = _front_of(fallback, anchor, sentence, context)
        if front is not None:
            return [front]
    else:
        fallback = attacked_country(sentence, anchor)
    if fallback is not None:
        return [_scene_country(sentence, anchor, fallback, context) or fallback.place]
    return _side_struck(sentence, context)


def _lead_target(anchor: Anchor, sentence: Sentence, context: DocumentContext) -> list[Place]:
    """A headline's target with no place is the one the lead names with its place ("Putin's dam attack ..."
    then "The breach of the Nova Kakhovka dam ..."), when the lead names one such place."""
    if sentence.start != 0:
        return []
    places = {(p.name, p.admin1_code): p for p in context.lead_targets.get(anchor.target_type, [])}
    return list(places.values()) if len(places) == 1 else []


# "Russian Tank Obliterated in Ukrainian Strike", "Ukraine attacks Russian positions", "a strike on Russian
# army barracks", "Ukraine blasts Russian Ka-52 attack helicopter out of the sky", "attack on Russian convoy":
# field armour, the front line and the aircraft over it; "Moment Russian ammunition dump explodes in massive
# fireball", "Ukrainian troops storm Russian trench": ammunition dumps behind the front, a single trench (a
# warship is not: the Black Sea Fleet is hit in Crimea and at Novorossiysk alike)
_FRONT_LINE = re.compile(
    r"\b(?:tanks?|armou?red|infantry\s+fighting|self-propelled|howitzers?|positions?|trench(?:es)?|barracks"
    r"|troops|soldiers|columns?|convoys?|boats?|helicopters?|choppers?|jets?|warplanes?|fighter|ammunition"
    r"|ammo)\b",
    re.IGNORECASE,
)
# "a Russian ammunition depot deep in occupied territory", "the Russian-held port": land a side holds
_HELD = re.compile(r"\b(?:[Oo]ccupied|[Aa]nnexed|[A-Z][a-z]+-(?:[Hh]eld|[Cc]ontrolled|[Oo]ccupied))\b")
# "Russian positions", "Russian army barracks": the demonym owns the target, at most one word between
_OWNER_GAP = re.compile(r"[\s-]+(?:[\w-]+\s+)?")
# "shoots down two Russian choppers", "three Russian warplanes": a count the target's words begin with
_COUNT_LEAD = re.compile(
    r"(?:(?:an?|the|\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+)+", re.IGNORECASE
)


def _front_of(
    fallback: Located, anchor: Anchor, sentence: Sentence, context: DocumentContext
) -> Place | None:
    """The owner's demonym of field armour or front-line troops hit ('a Russian tank', 'Russian positions'),
    or of a site in land it holds ('a Russian depot in occupied territory'), names whose it was, not where: a
    listed side's front lies in the country that side is at war with (etl/data/attacker_targets.csv)."""
    if fallback.mention.kind != "demonym" or context.country_of is None:
        return None
    front = attacker_targets().get(fallback.place.country_code or "")
    if front is None or not _owns(sentence, fallback, anchor):
        return None
    on_front = sentence.search_between(anchor.start, anchor.end, _FRONT_LINE)
    return context.country_of(front) if on_front or _HELD.search(sentence.text) else None


def _owner_country(anchor: Anchor, sentence: Sentence, context: DocumentContext) -> list[Place]:
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
            return [_front_of(loc, anchor, sentence, context) or loc.place]
    return []


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
# "Russia hits more than a dozen Ukrainian cities", "ballistic missiles targeted Ukrainian cities"
_SETTLEMENTS_AFTER = re.compile(r"\s+(?:cities|towns|villages|ports|regions)\b", re.IGNORECASE)


def country_wide(sentence: Sentence, country_code: str | None) -> bool:
    """The sentence names the incident's country as the whole the attack fell on ("Russia launches air attacks
    on Ukraine", "Russia Hits Ukraine Power Grid", "strikes on Ukrainian cities"): the incident is the
    country's, not that of a settlement the story names elsewhere."""
    for loc in sentence.located:
        if loc.place.precision != "country" or loc.place.country_code != country_code:
            continue
        if loc.mention.kind == "demonym":  # "a strike on the Ukrainian city of Dnipro": only its cities
            if sentence.after(loc.mention, _SETTLEMENTS_AFTER):
                return True
            continue
        on_it = sentence.before(loc.mention, _ON_WHOLE, 40) or sentence.before(loc.mention, _STRUCK_WHOLE, 12)
        if on_it or sentence.after(loc.mention, _WHOLE_AFTER):
            return True
    return False


def story_scene(
    country_code: str | None, scenes: list[Place], region_of: Callable[[str], Place | None]
) -> Place | None:
    """For an incident placed only in a country: the one settlement the document names as a scene in that
    country, else the one region its scenes there lie in ('A Russian missile hit a busy mall in Ukraine' over
    a story told in Kremenchuk); None when the story has several or none."""
    own = [p for p in scenes if p.country_code == country_code and p.precision != "country"]
    settlements = {(p.admin1_code, p.name): p for p in own if p.precision == "place"}
    if len(settlements) == 1:
        return next(iter(settlements.values()))
    regions = {p.admin1_code for p in own}
    if len(regions) == 1 and None not in regions:
        return region_of(regions.pop())
    return None


def _side_struck(sentence: Sentence, context: DocumentContext) -> list[Place]:
    """The country a listed side's attack falls on ('Russian missiles'), else the country of the capital that
    reports it, else the collection's own."""
    place = _struck_country(sentence, context) or _reporter_country(sentence, context)
    if place is not None:
        return [place]
    return [context.default_place] if context.default_place else []


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


def _scene_country(
    sentence: Sentence, anchor: Anchor, fallback: Located, context: DocumentContext
) -> Place | None:
    """For a demonym: the country of the sentence's own scenes when they all lie in another one. "strikes on
    Russian airfields in the occupied Luhansk and Berdyansk areas, hitting an ammunition depot": whose the
    airfields are is not where the depot is. Scenes past a semicolon are another story's ("revenge over
    Chernihiv 'terrorist attack'; drone hits Russian train station"). Not when the demonym owns the anchor's
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
    }
    if len(scenes) != 1 or fallback.place.country_code in scenes:
        return None
    return context.country_of(scenes.pop())


# "near the border with Ukraine", "Border Attack From Ukraine", "a raid across the Ukrainian border into
# Russia": the country whose border it is, seen from the other side (not "the Ukrainian border town",
# "Ukraine's border regions": the side's own)
_BORDER_WITH = re.compile(r"\b(?:borders?\s+with|from)\s+(?:the\s+)?$", re.IGNORECASE)
_ITS_BORDER = re.compile(
    r"\s+border\b(?!\s+(?:towns?|villages?|cit(?:y|ies)|settlements?|communit(?:y|ies)|regions?|oblasts?|areas?"
    r"|districts?|provinces?))",
    re.IGNORECASE,
)


def _border_beyond(anchor: Anchor, sentence: Sentence, context: DocumentContext) -> Place | None:
    """A border area hit with no place of its own, in a sentence that names one country of the war's border as
    the one it borders ("drone attacks near the border with Ukraine", "Russia Says It Repelled Fresh Border
    Attack From Ukraine"): the area lies in the other country of that border (a border region is an area of
    the Russia-Ukraine border, by the guide)."""
    if anchor.target_type != LOCATIVE_TYPE or context.country_of is None:
        return None
    countries = {loc.place.country_code for loc in sentence.located if loc.place.precision == "country"}
    if not countries <= WAR_BORDER_COUNTRIES:
        return None  # "Romanian authorities found a crater near the border with Ukraine": a third country's
    named = {
        loc.place.country_code
        for loc in sentence.located
        if loc.place.precision == "country"
        and loc.place.country_code in WAR_BORDER_COUNTRIES
        and (sentence.before(loc.mention, _BORDER_WITH, 20) or sentence.after(loc.mention, _ITS_BORDER))
    }
    if len(named) != 1:
        return None
    (other,) = WAR_BORDER_COUNTRIES - named
    return context.country_of(other)


# "residents of the southern Ukrainian city were trapped", "the town's only hospital": a settlement named
# before (not "the city of Kharkiv", which names its own)
_THE_SETTLEMENT = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|port)\b(?!\s+(?:of|in|on|near|city|town)\b)",
    re.IGNORECASE,
)


def _named_before(sentence: Sentence, context: DocumentContext) -> Located | None:
    """The settlement named last before, for a sentence that refers back to it as 'the city'."""
    where = context.where_before
    if where is None or where.place.precision != "place" or not _THE_SETTLEMENT.search(sentence.text):
        return None
    return where


def _reference_country(sentence: Sentence, context: DocumentContext) -> list[Place]:
    """A named target with no other place: a country the sentence names only as a reference point means
    the incident is in the country the text is about ("War in Ukraine: ... A military base near the Polish
    border is attacked"), else the one a named side's attack falls on ("talks in UAE capital, Russian attacks
    cut off 1.2 million from power": Ukraine); that country itself is the last resort."""
    near = [loc.place for loc in sentence.located if loc.near and loc.place.precision == "country"]
    if not near:
        return _side_struck(sentence, context)
    if context.about is not None:
        return [context.about]
    return [_struck_country(sentence, context) or near[0]]


def home_of(sentence: Sentence, context: DocumentContext) -> Place | None:
    """Where an unlisted village of this sentence lies: the region of a place it names, of a town it is near
    or of a place the sentence before names ("four villages in Donetsk. ... retook the villages of A and B"),
    else the country it is about (one it names as a scene or speaker, the front of a listed side that
    captures, a demonym's, else the one before, else the collection's)."""
    regions = [loc for loc in sentence.located if loc.place.precision == "admin1" and not loc.reference]
    if regions:
        return regions[0].place
    # "captured a village near Bakhmut": the region of the town it is near
    landmarks = [loc for loc in sentence.located if loc.near and loc.place.precision == "place"]
    if landmarks and landmarks[0].place.admin1_code:
        return landmarks[0].place
    if context.where is not None and context.where.place.admin1_code:
        return context.where.place
    # by name: a demonym ("Russian defences") says whose, not where
    named = [loc for loc in scene_countries(sentence) if loc.mention.kind == "country"]
    # ... or as the side that claims its own capture ("Ukraine says it has recaptured fourth village")
    # (not the country a border is with: "along the Russian border with Ukraine ... overrun a border village")
    named = named or [loc for loc in sentence.located if loc.mention.kind == "country" and not loc.near]
    if named:
        return _front_country(sentence, named[0], context) or named[0].place
    if by_demonym := _demonym_home(sentence, context):
        return by_demonym
    if context.country is not None:
        return context.country.place
    return context.about or context.default_place


# "Russian military liberates key Donbass stronghold": a side's men named by their demonym, who capture ...
_SIDE_AFTER = re.compile(
    r"\s+(?:forces|troops|army|military|soldiers|fighters|units?|mercenaries)\b", re.IGNORECASE
)
# ... not the settlement's ("pro-Ukraine fighters ‘liberate’ Russian village": where it lies)
_SETTLEMENT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:villages?|towns?|settlements?|hamlets?|city|cities)\b", re.IGNORECASE
)


def _demonym_home(sentence: Sentence, context: DocumentContext) -> Place | None:
    """The country of a settlement word's demonym ('Russian village'), else the front of a side whose men a
    demonym names ('Russian military liberates key Donbass stronghold': in the country at war with it)."""
    demonyms = [loc for loc in sentence.located if loc.mention.kind == "demonym"]
    for loc in demonyms:
        if sentence.match_at(loc.mention.end, _SETTLEMENT_AFTER):
            return loc.place
    for loc in demonyms:
        if sentence.match_at(loc.mention.end, _SIDE_AFTER):
            return _front_country(sentence, loc, context)
    return None


# "a town in Russia", "a raid into southern Russia": the country as where, not as a side
_IN_COUNTRY_BEFORE = re.compile(r"\b(?:in|into|inside|across)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _front_country(sentence: Sentence, side: Located, context: DocumentContext) -> Place | None:
    """'Russia captures another village', 'Russia claims victory in mining town': a listed side named first
    is the one capturing, and the village lies in the country it is at war with (attacker_targets.csv); not
    when it only speaks of the other side's men ('Russia says Ukrainian saboteurs took a village')."""
    front = attacker_targets().get(side.place.country_code or "")
    if front is None or context.country_of is None or sentence.before(side.mention, _IN_COUNTRY_BEFORE, 30):
        return None  # "the group had taken over a town in Russia": where, not who
    if side.speaker and any(
        loc.mention.kind == "demonym" and loc.place.country_code == front for loc in sentence.located
    ):
        return None
    return context.country_of(front)


def _most_specific(places: list[Located]) -> list[Located]:
    """Drop a region when a settlement inside it is also named ('Novokuibyshevsk, Samara region')."""
    settled_regions = {
        code
        for loc in places
        if loc.place.precision == "place"
        for code in (loc.place.admin1_code, ENCLAVES.get(loc.place.admin1_code or ""))
    }
    return [
        loc
        for loc in places
        if not (loc.place.precision == "admin1" and loc.place.admin1_code in settled_regions)
    ]


# "three frontline villages in Donetsk", "settlements in Zaporizhzhia": several settlements counted in a name
_SETTLEMENTS_IN = re.compile(
    r"\b(?:villages|towns|settlements|hamlets|localities|communities)\s+(?:[\w-]+\s+){0,2}?in\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# "Ukrainian Drones Kill 28 in Occupied Kherson Resort Town", "shelling killed two in a Kharkiv village": the
# name before a settlement word is its region's (not "Kharkiv city", "Kherson town hall")
_SETTLEMENT_NAMED_BY = re.compile(
    r"\s+(?:(?:resort|frontline|front-line|border|coastal|small|industrial|seaside)\s+)?"
    r"(?:villages?|towns?|settlements?|hamlets?)\b(?!\s+(?:hall|council|square|centre|center)\b)",
    re.IGNORECASE,
)


def _holding_villages(
    text: str, mention: PlaceMention, place: Place, region_of: Callable[[str], Place | None]
) -> Place | None:
    """The region named like the city ('Donetsk Oblast' of Donetsk), when the text counts villages in it or
    names a settlement by it ('a Kharkiv village')."""
    region = region_of(place.admin1_code) if place.precision == "place" and place.admin1_code else None
    if region is None or fold(region.name) != fold(place.name) + "oblast":
        return None
    if _SETTLEMENTS_IN.search(text, max(0, mention.start - 50), mention.start):
        return region
    return region if _SETTLEMENT_NAMED_BY.match(text, mention.end) else None


# "an oil depot near Kyiv", "drones downed outside Moscow", "drone attack causes damage in Moscow suburbs":
# right beside a city that is a region of its own (Kyiv, Moscow, Sevastopol, St Petersburg), or in its
# suburbs, is the region around it; not "near Kyiv's main station" (inside it), "on the outskirts of Kyiv"
# (often inside its limits) nor "190 miles from Moscow" (a distance)
_BESIDE = re.compile(
    r"\b(?:near|outside|close to|not far from|suburbs\s+of)\s+(?:the\s+(?:capital|city)\s*,?\s+)?$",
    re.IGNORECASE,
)
_SUBURBS_AFTER = re.compile(r"(?:['’]s)?\s+suburbs?\b", re.IGNORECASE)
# "near Kyiv's main station", "near Kyiv TV Tower", "outside Moscow city hall": a site of the city itself
_INSIDE_AFTER = re.compile(r"['’]s\b|\s+[A-Z]|\s+(?i:city|centre|center|downtown)\b")


def around_city_regions(
    text: str, located: list[tuple[PlaceMention, Place]], region_of: Callable[[str], Place | None]
) -> list[tuple[PlaceMention, Place]]:
    """A city-region named only as what an event was near stands for the region around it: 'Ukraine: Oil
    depot hit and set ablaze near Kyiv' is in Kyiv Oblast (UA-32), not in the city (UA-30); so does a city
    named as where several villages lie, when its region bears its name ('three frontline villages in
    Donetsk' are in Donetsk Oblast)."""
    out = []
    for mention, place in located:
        around = _around(text, mention, place, region_of)
        around = around or _holding_villages(text, mention, place, region_of)
        if around is not None:
            mention = PlaceMention(mention.start, mention.end, mention.surface, "admin1", (around,))
            place = around
        out.append((mention, place))
    return out


def _around(
    text: str, mention: PlaceMention, place: Place, region_of: Callable[[str], Place | None]
) -> Place | None:
    """The region around the city-region place, when the text puts the event beside it."""
    code = place.admin1_code or ""
    if place.precision != "place" or code not in ENCLAVES:
        return None
    city = region_of(code)
    if city is None or fold(city.name) != fold(place.name):
        return None  # a town inside the city-region (Balaklava in Sevastopol) is no city-region itself
    if _SUBURBS_AFTER.match(text, mention.end):
        return region_of(ENCLAVES[code])
    if not _BESIDE.search(text, max(0, mention.start - 40), mention.start):
        return None
    if _INSIDE_AFTER.match(text, mention.end):
        return None
    return region_of(ENCLAVES[code])
