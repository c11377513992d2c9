"""Which places an incident gets: its anchor's own, else a settlement or country the document established
(the city named before, the lead under a headline, a country named only as a reference point), narrowed to
the most specific. The countries an anchor with no place falls back to are read in fallbackcountries.py."""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.gazetteer import Place
from etl.gazetteer.folding import fold
from etl.gazetteer.regionhints import ENCLAVES
from etl.tagging.anchors import Anchor, Located, Sentence
from etl.tagging.attackedcountry import attacked_country, own_territory
from etl.tagging.attackers import claimed_own_attack, claimed_strike
from etl.tagging.authorityregions import authority_scene
from etl.tagging.bombings import bombing_country
from etl.tagging.borderbeyond import border_beyond
from etl.tagging.context import DocumentContext, namesake_region
from etl.tagging.demonymsettlements import demonym_settlement
from etl.tagging.fallbackcountries import (
    front_of,
    held_land,
    owner_country,
    owner_demonym,
    reference_country,
    scene_country,
    side_struck,
    supplied_to,
    third_country_aside,
    whole_in_words,
)
from etl.tagging.leaders import reacting_leader
from etl.tagging.locatives import LOCATIVE_TYPE, WAR_BORDER_COUNTRIES
from etl.tagging.scenes import (
    country_fallback,
    is_side_scene,
    possessive_owner,
)
from etl.tagging.targetedleaders import targeted_leader


def headline_place(sentence: Sentence, place: Place, context: DocumentContext) -> Place:
    """A headline's country or region is the one settlement or region its lead names inside it: "Ukrainian
    drones hit key Russian port, damage naval ship" then "Moscow says it repels the attack on the port of
    Novorossiysk" (the ship was hit at Novorossiysk). A headline's bare settlement is the region of that name
    the lead names instead ("Shoigu vows 'harsh response' after Belgorod incursion" then "further drone
    attacks are reported in Belgorod region")."""
    if sentence.start != 0:
        return place
    if place.precision == "place":
        if _set_in_city(sentence, place):
            return place
        return namesake_region(place, context.lead_regions) or place
    if place.precision == "country" and whole_in_words(sentence, place.country_code):
        return place  # "Much of Ukraine without power": the whole country, not the lead's one city
    inside = {
        (p.admin1_code, p.name, p.precision): p
        for p in context.lead_places
        if p.country_code == place.country_code
        and (
            place.precision == "country"
            or (p.precision == "place" and place.admin1_code in _regions_of(p, place))
        )
    }
    return next(iter(inside.values())) if len(inside) == 1 else place


# "mail facility in Ukraine’s Kharkiv", "kills seven in Kherson", "blasts at the city of Belgorod": a
# headline that sets its event in the settlement, or gives it its country's possessive, names the city, not
# the region of its name its lead goes on to ("civilians in the Kharkiv region": where the city lies); not
# "after Belgorod incursion", a bare name that stands for the region
_IN_CITY = re.compile(
    r"\b(?:(?:in|at)\s+(?:(?:the\s+)?(?:city|town)\s+of\s+)?|(?:Ukraine|Russia)['’]s\s+)$", re.IGNORECASE
)


def _set_in_city(sentence: Sentence, place: Place) -> bool:
    """The headline names the settlement as where its event took place ('in Kherson', 'Ukraine's Kharkiv')."""
    return any(
        loc.place == place
        and _IN_CITY.search(sentence.text, 0, loc.mention.start - sentence.start) is not None
        for loc in sentence.located
    )


def _regions_of(settlement: Place, region: Place) -> tuple[str | None, ...]:
    """The regions a settlement lies in: its own and the one around a city-region ("Crimea oil tank set
    ablaze" then "Flames engulf the facility in Russian-held Sevastopol"), unless that region is named after
    the city ("drones damage apartments near Moscow" in Moscow Oblast, then "Moscow airspace briefly closed":
    the region is told apart from its city)."""
    around = ENCLAVES.get(settlement.admin1_code or "")
    if fold(settlement.admin1 or settlement.name) in fold(region.admin1 or region.name):
        around = None
    return (settlement.admin1_code, around)


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
        owner = owner_demonym(sentence, anchor)
        if owner is None or any(loc.place.country_code == owner.place.country_code for loc in places):
            anchor.places = list(places)


def places_of(anchor: Anchor, sentence: Sentence, context: DocumentContext) -> list[Place]:
    """The places an anchor is reported at: its own, else (a named target) a country of the sentence or the
    last place or country named before, else (a bare attack) the country attacked, else the collection's."""
    own = _most_specific(anchor.places)
    carried = authority_scene(sentence, own, context)
    if carried is not None:
        return [carried]  # 'The Kherson regional military administration said': the story's city
    places = [loc.place for loc in own]
    if places or anchor.target_type == "settlement_control":  # a capture holds its own place
        return places
    fallback = held_land(sentence, _fallback_places(anchor, sentence, context), context)
    beyond = border_beyond(anchor, sentence, context)
    if (
        beyond is not None
        and (fallback or anchor.target_type == LOCATIVE_TYPE)  # a named target: re-placed, never made
        and all(p.country_code in WAR_BORDER_COUNTRIES - {beyond.country_code} for p in fallback)
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
        lead = _lead_target(anchor, sentence, context)
        if lead:
            # before any country: "Drone attack in Ukraine after oil refinery targeted" over "the Ilsky
            # refinery" (the headline's country is the other clause's)
            return lead
        fallback = (
            _named_before(sentence, context)
            or country_fallback(sentence, anchor)
            or _settlement_of(_where(anchor, sentence, context), sentence)
            or context.country
        )
        if fallback is None:
            # a state's own force named by its possessive ("an assault on Russia's Black Sea Fleet") is kept
            # at its owner's country when nothing else places it
            owner = possessive_owner(sentence, anchor)
            return (
                reference_country(sentence, context)
                or owner_country(anchor, sentence, context)
                or ([owner.place] if owner else [])
                or _lead_scene(sentence, context)
            )
        if fallback is context.country and fallback is not None:
            # a country only of the story so far, for a side's claim of its own attack ("Russia claims it
            # carried out strikes on barracks"): the country that side is at war with
            side = _claimed_own(sentence, context)
            if side is not None:
                return [side]
        front = (
            front_of(fallback, anchor, sentence, context)
            or supplied_to(fallback, anchor, sentence, context)
            or _claimed(fallback, sentence, context)
            or third_country_aside(anchor, sentence, fallback, context)
        )
        if front is not None:
            return [front]
    else:
        fallback = attacked_country(sentence, anchor)
    if fallback is not None:
        return [scene_country(sentence, anchor, fallback, context) or fallback.place]
    if context.country_of is not None:
        leader = reacting_leader(sentence, anchor)
        home = context.country_of(leader) if leader else None
        if home is not None:
            return [home]  # "Zelensky urges the UN to act following missile strikes": strikes on his country
        leader = targeted_leader(sentence, anchor) if anchor.target_type == "unspecified" else None
        home = context.country_of(leader) if leader else None
        if home is not None:
            return [home]  # "alleged drone attack on Putin": made on the leader, in his country
    town = demonym_settlement(sentence, anchor)
    if town is not None:
        return [town.place]  # "Ukrainian village where missile killed 52 starts to bury its dead"
    struck = side_struck(sentence, context)
    if struck or anchor.target_type != "unspecified":
        return struck
    bombed = bombing_country(sentence, anchor)  # "Pro-war blogger killed in car bombing in Russia"
    return [bombed.place] if bombed is not None else []


def _lead_scene(sentence: Sentence, context: DocumentContext) -> list[Place]:
    """A headline's target the headline places nowhere, not even in a country ("officials call for
    evacuations after Russia damaged a dam", Russia only who acted), is at the one settlement its lead names
    as a scene ("water rose along river banks in the city of Kryvyi Rih")."""
    if sentence.start != 0:
        return []
    settlements = {(p.admin1_code, p.name): p for p in context.lead_places if p.precision == "place"}
    return list(settlements.values()) if len(settlements) == 1 else []


def _claimed(fallback: Located, sentence: Sentence, context: DocumentContext) -> Place | None:
    """The enemy's country, for a target placed only by the side that claims the hit (claimed_strike)."""
    code = claimed_strike(fallback, sentence, context.named_countries)
    return context.country_of(code) if code and context.country_of else None


def _claimed_own(sentence: Sentence, context: DocumentContext) -> Place | None:
    """The enemy's country of a listed side that claims the sentence's attack (claimed_own_attack)."""
    code = claimed_own_attack(sentence, context.named_countries)
    return context.country_of(code) if code and context.country_of else None


def _where(anchor: Anchor, sentence: Sentence, context: DocumentContext) -> Located | None:
    """The place named last, for a target its own sentence places nowhere; not the place of a side scene of
    that sentence ("Russian air strikes have pummeled the Ukrainian port city on the Black Sea, damaging a
    historic church and port infrastructure, while drones struck buildings in Moscow": another event), where
    the place named before stands instead."""
    where = context.where
    if (
        where is not None
        and sentence.start <= where.mention.start < sentence.end
        and where.clause != anchor.clause
        and is_side_scene(sentence, where.clause)
    ):
        return context.where_before
    return where


def _lead_target(anchor: Anchor, sentence: Sentence, context: DocumentContext) -> list[Place]:
    """A headline's target with no place is the one the lead names with its place ("Putin's dam attack ..."
    then "The breach of the Nova Kakhovka dam ..."), when the lead names one such place."""
    if sentence.start != 0 or whole_in_words(sentence, None):
        return []  # not "Much of Ukraine without heat" over "half of Lviv had no heat": the whole country
    places = {(p.name, p.admin1_code): p for p in context.lead_targets.get(anchor.target_type, [])}
    return list(places.values()) if len(places) == 1 else []


def story_scene(
    country_code: str | None,
    scenes: list[Place],
    region_of: Callable[[str], Place | None],
    nearby: list[Place] | None = None,
) -> Place | None:
    """For an incident placed only in a country: the one settlement the document names as a scene in that
    country, else the one region its scenes there lie in ('A Russian missile hit a busy mall in Ukraine' over
    a story told in Kremenchuk); None when the story has several or none. A story that names no scene in the
    country but one settlement only as what things were near or came from (`nearby`: 'Drone hits Russian
    soldiers' over 'fighting near Bakhmut', 'Footage from Berdyansk showed') is told there, as readers place
    it."""
    own = [p for p in scenes if p.country_code == country_code and p.precision != "country"]
    if not own and nearby:
        own = [p for p in nearby if p.country_code == country_code and p.precision != "country"]
    settlements = {(p.admin1_code, p.name): p for p in own if p.precision == "place"}
    if len(settlements) == 1:
        return next(iter(settlements.values()))
    regions = {p.admin1_code for p in own}
    if len(regions) == 1 and None not in regions:
        return region_of(regions.pop())
    return None


def region_scene(region: Place, scenes: list[Place]) -> Place | None:
    """For an incident placed only in a region: the one settlement inside it that the document names as a
    scene, when it names no other settlement there ("Crimean fuel tank blaze" then "a huge blaze has broken
    out in Sevastopol"; "Russia claims capture of village in Donetsk region" then the village's name in the
    lead); not the region's namesake city, which readers keep apart ("Kherson region" and "Kherson")."""
    inside = {
        (p.admin1_code, p.name): p
        for p in scenes
        if p.precision == "place" and region.admin1_code in _regions_of(p, region)
    }
    if len(inside) != 1:
        return None
    city = next(iter(inside.values()))
    return None if fold(region.name).startswith(fold(city.name)) else city


# "residents of the southern Ukrainian city were trapped", "the town's only hospital": a settlement named
# before (not "the city of Kharkiv", which names its own)
_THE_SETTLEMENT = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|port)\b(?!\s+(?:of|in|on|near|city|town)\b)",
    re.IGNORECASE,
)


def _named_before(sentence: Sentence, context: DocumentContext) -> Located | None:
    """The settlement named last before, for a sentence that refers back to it as 'the city'."""
    where = context.where_before
    found = _THE_SETTLEMENT.search(sentence.text)
    if where is None or where.place.precision != "place" or found is None:
        return None
    # "the central Ukrainian city" after a story that last named Moscow: the descriptor's country must agree
    lo, hi = sentence.start + found.start(), sentence.start + found.end()
    said = {loc.place.country_code for loc in sentence.located if lo <= loc.mention.start < hi}
    return where if not said or said == {where.place.country_code} else None


# "Druzhkivka in the Donetsk region", "the village of Veletenske in the Kherson region", "Novokuibyshevsk,
# Samara region": the gap between a settlement and the region that says where it lies
_REGION_OF_SETTLEMENT = re.compile(r"\s*(?:,\s*|\s+in\s+(?:the\s+)?)", re.IGNORECASE)


def _settlement_of(where: Located | None, sentence: Sentence) -> Located | None:
    """A region named last only to say where a settlement of the sentence lies stands for that settlement:
    in "Residential buildings and a medical facility were damaged by a rocket attack on Druzhkivka in the
    Donetsk region" the homes, placed by the last place named, were hit in Druzhkivka too."""
    if where is None or where.place.precision != "admin1":
        return where
    return next(
        (
            other
            for other in sentence.located
            if other.place.precision == "place"
            and not (other.reference or other.near)
            and other.place.admin1_code == where.place.admin1_code
            and other.mention.end <= where.mention.start
            and sentence.fullmatch_between(other.mention.end, where.mention.start, _REGION_OF_SETTLEMENT)
        ),
        where,
    )


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
