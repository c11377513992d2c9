"""Scenes: each anchor gets the places of its sentence that say where it happened (references.py has set
aside the places that only name an actor, a speaker or a reference point); with none, the country the
sentence sets it in.
"""

from __future__ import annotations

import re
from itertools import pairwise

from etl.gazetteer import PlaceMention
from etl.tagging.anchors import Anchor, Located, Sentence

# "Ukraine's energy infrastructure", "Ukraine’s largest private power plants": up to three words between
_POSSESSIVE_LEAD = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}")


# A semicolon between two clauses of a headline or a summary joins two stories
_STORY_BREAK = re.compile(r";")


def across_stories(sentence: Sentence, one: int, other: int) -> bool:
    """A semicolon stands between the two offsets: they belong to two stories."""
    return sentence.search_between(min(one, other), max(one, other), _STORY_BREAK) is not None


# "..., as Zelensky pleaded in Washington", "while Putin met Xi in Moscow", "in response to Ukraine's strikes
# on Belgorod": a clause of its own scene (not "As a result of the downing of the rockets that the Russians
# aimed at the centre of Odesa, debris damaged ...": the cause of the main clause's event, at its scene)
_SIDE_SCENE = re.compile(
    r"\W*(?:as(?!\s+(?:a\s+result|a\s+consequence|part)\b)|while|whereas|even as|just as|when"
    r"|in\s+response\s+to)\b",
    re.IGNORECASE,
)


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
    # Washington": not Washington), or the anchor's clause is the side scene ("Woman and child die in Dnipro,
    # while a missile strike on a residential building in Uman, south of Kyiv, kills four": not Dnipro)
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
            and not ((side_scene or is_side_scene(sentence, a.clause)) and id(a) in placed)
            and not across_stories(sentence, loc.mention.start, a.start)
        ]
        if near:
            min(near, key=lambda a: _distance(a, loc.mention)).places.append(loc)
    for anchor in open_anchors:
        if not anchor.places:
            anchor.places = _apposed(sentence, anchor)
    _share_along_lists(sentence, open_anchors)
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
                and not (loc.reference or loc.origin)  # not where weapons were launched from
                and id(loc) not in captured
                and loc.place.precision != "country"
                and abs(loc.clause - anchor.clause) <= 1
                # not another story's ("attack that hit pizza restaurant; Nato ready for any threat 'from
                # Minsk or Moscow'")
                and not across_stories(sentence, loc.mention.start, anchor.start)
            ]
            if nearby:
                closest = min(nearby, key=lambda loc: _distance(anchor, loc.mention))
                anchor.places = _listed_with(sentence, closest, nearby) or [
                    _qualified(sentence, closest) or closest
                ]


# "explosions were reported in several cities including Dnipro and Mykolaiv": the settlements a list opened by
# 'including' names are each a place struck (the 'near' cue set them aside as examples), not only the first
_INCLUDING = re.compile(
    r"\bincluding\s+(?:the\s+)?(?:(?:cities|towns|capital|city|port)\s+(?:of\s+)?)?$", re.IGNORECASE
)
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", re.IGNORECASE)
INCLUDING_REACH = 40  # characters between 'including' and the first settlement of its list


def _listed_with(sentence: Sentence, loc: Located, nearby: list[Located]) -> list[Located]:
    """The settlements of the 'including' list `loc` stands in, in order; empty when it stands in none."""
    ordered = sorted((o for o in nearby if o.place.precision == "place"), key=lambda o: o.mention.start)
    if loc not in ordered:
        return []
    runs: list[list[Located]] = []
    for other in ordered:
        if runs and sentence.fullmatch_between(runs[-1][-1].mention.end, other.mention.start, _LIST_JOIN):
            runs[-1].append(other)
        else:
            runs.append([other])
    run = next(r for r in runs if loc in r)
    opened = sentence.search_before(run[0].mention.start, _INCLUDING, INCLUDING_REACH)
    return run if opened is not None and len(run) > 1 else []


# "including hitting a hypermarket, a railway station and residential buildings": the targets of one list,
# split into clauses at the comma before an article
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?")


def _share_along_lists(sentence: Sentence, anchors: list[Anchor]) -> None:
    """A target listed right after another of another clause, with no place of its own, was hit where the
    one before it was ("Russian shells killed 21 civilians in Ukraine's Kherson region on Wednesday,
    Zelenskiy said, including hitting a hypermarket, a railway station and residential buildings")."""
    ordered = sorted(anchors, key=lambda a: a.start)
    for before, anchor in pairwise(ordered):
        if anchor.places or not before.places or before.clause == anchor.clause:
            continue
        if before.target_type != "unspecified" and sentence.fullmatch_between(
            before.end, anchor.start, _LIST_GAP
        ):
            anchor.places = list(before.places)


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
    possessive leads into the target ("Ukraine's energy facilities") first, unless the possessive names a
    state's own force ("the home of Russia's Black Sea fleet": the fleet's owner, not where it was hit)."""
    owner = possessive_owner(sentence, anchor)
    if owner is not None and not owner.reference:
        return owner
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


def possessive_owner(sentence: Sentence, anchor: Anchor) -> Located | None:
    """The country whose possessive leads into the target ("Ukraine's energy facilities", "Russia's Black Sea
    fleet")."""
    for loc in sentence.located:
        if loc.place.precision != "country":
            continue
        for word in anchor.words or [anchor]:
            if sentence.fullmatch_between(loc.mention.end, word.start, _POSSESSIVE_LEAD):
                return loc
    return None


# "in western Ukraine", "in east Ukraine": a part of the country, still the country (a bare direction in lower
# case only: "in North America" is no part of America)
DIRECTION = r"(?:western|eastern|northern|southern|central|(?-i:west|east|north|south))"


# "two Russian airfields in Ukraine", "Russia 'bombs church' in Ukraine" (a headline's quote closing after the
# target): the country the target is said to be in, over whose it is
_IN_COUNTRY = re.compile(
    rf"[\'’\"”]?\s+(?:\w+\s+){{0,2}}?in\s+(?:the\s+)?(?:(?:occupied|annexed|{DIRECTION})\s+)?",
    re.IGNORECASE,
)
