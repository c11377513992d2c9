"""Anchors: the words of a sentence that report an incident (a named target, a capture, a bare attack).

A sentence is a list of clauses; cue words attach to the anchor of their own clause first. Hedged words
("potential assaults", "could strike") and background ("the previously seized city") report nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from etl.gazetteer import Place, PlaceMention
from etl.tagging.lexicon import Cue, Lexicon

HEDGE_REACH = 40  # characters before an attack/target within which a hedge word takes it back
BACKGROUND_REACH = 30
NEAR_REACH = 24
# "Moscow says", "Russia's forces", "Russia has launched": the actor word follows the place, at most across a
# possessive or an auxiliary verb.
_ACTOR_GAP = re.compile(r"(?:['’]s)?\s*(?:(?:has|have|had|is|was|were|also|again)\s+)?", re.IGNORECASE)
# Actor words that report speech ("Ukraine says"), not an act ("Russia strikes"); a denial or accusation
# ("Ukraine denies involvement") often comes from the side accused of the attack, so it is left out.
_SPEECH = re.compile(r"says|said|claims|claimed|announced|warned|warns|insists|confirmed", re.IGNORECASE)
_CONTRAST = re.compile(r"\b(?:but|however|yet|although|though)\b", re.IGNORECASE)
# "Russia says it destroyed", "Kyiv claims its forces": the speaker reports its own attack.
_SELF_CLAIM = re.compile(r"\s*(?:that\s+)?(?:it|its|they|their|we|our)\b", re.IGNORECASE)
# "Ukraine's energy infrastructure", "Ukraine’s largest private power plants": up to three words between
_POSSESSIVE_LEAD = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}")
# Attack words that a storm or an accident can be the subject of, unlike 'shelled' or 'missile strike'.
_GENERIC_HIT = re.compile(
    r"hit(?:s|ting)?|struck|damaged|destroy(?:s|ed)?|knocked out|disabled|caught fire|on fire", re.I
)
_OWNS_ATTACKERS = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:forces|troops|army|military|soldiers|missiles?|drones?|attacks?|strikes?|shelling"
    r"|artillery|war|invasion|offensive|bombardment)\b",
    re.IGNORECASE,
)
# "hit by Russia": a country right after a passive 'by' is the attacker.
_AGENT_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
LOCATING_REACH = 15  # "shelled near Vovchansk": an attack this close before "near" locates the event there
LOCATIVE_TYPE = "border_region"  # a target only when its clause names no other
EVENT_IMPACTS = ("fire", "damage", "destroyed", "blackout", "casualties")


@dataclass(slots=True)
class Located:
    """A place mention in a sentence, resolved, with its clause."""

    mention: PlaceMention
    place: Place
    clause: int
    reference: bool = False  # "Moscow says", "the previously seized city of X": X is not a scene
    near: bool = False  # "near X": X locates an incident only when nothing closer does
    # "Ukraine says": a country that speaks of what it suffered, the scene when nothing else is named
    # (not "Russia says it struck": a self-claim is the attacker's)
    speaker: bool = False


@dataclass(slots=True)
class Anchor:
    """Where an incident is reported: its type, position, clause and the places assigned to it."""

    target_type: str
    start: int
    end: int
    clause: int
    places: list[Located] = field(default_factory=list)
    words: list[Cue] = field(default_factory=list)


@dataclass(slots=True)
class Sentence:
    """One sentence: absolute span, text, cues and places, and clause boundaries."""

    start: int
    end: int
    text: str
    cues: list[Cue]
    located: list[Located]
    clause_bounds: list[int]
    anchored_clauses: set[int] = field(default_factory=set)

    def clause_of(self, offset: int) -> int:
        """Index of the clause holding an absolute offset."""
        return bisect_right(self.clause_bounds, offset) - 1

    def cues_of(self, group: str) -> list[Cue]:
        return [c for c in self.cues if c.group == group]


def _preceded_by(cues: list[Cue], position: int, reach: int, lo: int) -> bool:
    return any(lo <= c.end <= position and position - c.end <= reach for c in cues)


def is_hedged(sentence: Sentence, cue_start: int) -> bool:
    """A hedge word shortly before the cue, in the same clause ("potential assaults", "could be hit")."""
    lo = sentence.clause_bounds[sentence.clause_of(cue_start)]
    return _preceded_by(sentence.cues_of("hedge"), cue_start, HEDGE_REACH, lo)


def capture_anchors(sentence: Sentence, lexicon: Lexicon, country: Place | None = None) -> list[Anchor]:
    """settlement_control anchors: a capture cue with its named settlement right after or right before.

    A village GeoNames does not list ('retook the village of Robotyne') is kept in `country` (the one the
    text is about), with no region or coordinates, when the text calls it a village, town or settlement.
    """
    anchors: list[Anchor] = []
    background = sentence.cues_of("background")
    for cue in sentence.cues_of("capture"):
        if is_hedged(sentence, cue.start) or _preceded_by(
            background, cue.start, BACKGROUND_REACH, sentence.start
        ):
            continue
        if _is_adjective(sentence, cue):
            continue
        settled = _capture_object(sentence, cue, lexicon)
        if settled is None and country is not None:
            settled = _unlisted_capture(sentence, cue, lexicon, country)
        if settled is not None:
            clause = sentence.clause_of(cue.start)
            for loc in [settled, *_listed_after(sentence, settled, country)]:
                anchors.append(Anchor("settlement_control", cue.start, cue.end, clause, [loc], [cue]))
    return anchors


# "the southeastern settlement of Robotyne": a settlement noun, then the capitalised name
_SETTLEMENT_OF = re.compile(
    r"(?:villages?|towns?|settlements?|hamlets?|city|locality)\s+of\s+(?P<name>[A-Z][^\W\d_]+(?:['’\-][^\W\d_]+)*"
    r"(?:[ \-][A-Z][^\W\d_]+)?)"
)


def _unlisted_capture(sentence: Sentence, cue: Cue, lexicon: Lexicon, country: Place) -> Located | None:
    """The settlement a capture cue names when the gazetteer does not list it (no mention there)."""
    base = sentence.start
    m = _SETTLEMENT_OF.search(sentence.text, cue.end - base, min(len(sentence.text), cue.end - base + 80))
    if m is None or not lexicon.capture_gap.match(sentence.text[cue.end - base : m.start("name")]):
        return None
    start, end = base + m.start("name"), base + m.end("name")
    if any(loc.mention.start < end and start < loc.mention.end for loc in sentence.located):
        return None  # a listed place (or a country) is named there: _capture_object has judged it
    return _unlisted(sentence, m["name"], start, end, country)


def _unlisted(sentence: Sentence, name: str, start: int, end: int, home: Place) -> Located:
    """A settlement the gazetteer does not list, in the region or country (`home`) the text is about."""
    place = Place(name, home.country_code, home.country, home.admin1, home.admin1_code, None, None, "place")
    return Located(PlaceMention(start, end, name, "place", (place,)), place, sentence.clause_of(start))


def _is_adjective(sentence: Sentence, cue: Cue) -> bool:
    """'the recaptured city of Izium' describes, it does not report: a participle right after 'the'."""
    before = sentence.text[: cue.start - sentence.start].rstrip().lower()
    word = sentence.text[cue.start - sentence.start : cue.end - sentence.start].lower()
    after = sentence.text[cue.end - sentence.start :].lstrip().lower()
    participle = word.endswith(("ed", "en"))
    return participle and (
        before.endswith(("the", "newly", "recently", ",")) or after.startswith(_SETTLEMENT_NOUNS)
    )


_SETTLEMENT_NOUNS = ("city", "town", "village", "settlement", "cities", "towns", "villages")


def _listed_after(sentence: Sentence, first: Located, country: Place | None = None) -> list[Located]:
    """'the villages of A, B and C': every settlement of a list continuing the captured one; a name the
    gazetteer does not list is kept in `country`, like the first, when the list is a real enumeration."""
    listed: list[Located] = []
    previous_end = first.mention.end
    joined = False  # "..., B and C" enumerates; "Bakhmut, Wagner said" does not
    while m := _LIST_NEXT.match(sentence.text, previous_end - sentence.start):
        start, end = sentence.start + m.start("name"), sentence.start + m.end("name")
        known = next((loc for loc in sentence.located if loc.mention.start == start), None)
        overlapped = any(loc.mention.start < end <= loc.mention.end for loc in sentence.located)
        if known is not None and known.place.precision == "place":
            listed.append(known)
            previous_end = known.mention.end
        elif known is None and country is not None and not overlapped:
            listed.append(_unlisted(sentence, m["name"], start, end, country))
            previous_end = end
        else:
            break
        joined = joined or "and" in m["sep"] or "&" in m["sep"]
    return listed if joined else [loc for loc in listed if loc.place.latitude is not None]


# ", B", " and C", ", and D": the next name of a list
_LIST_NEXT = re.compile(
    r"(?P<sep>\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?P<name>[A-Z][^\W\d_]+(?:['’\-][^\W\d_]+)*)"
)


def _capture_object(sentence: Sentence, cue: Cue, lexicon: Lexicon) -> Located | None:
    text, base = sentence.text, sentence.start
    for loc in sentence.located:
        m = loc.mention
        if loc.place.precision != "place":
            continue
        if m.start >= cue.end and lexicon.capture_gap.match(text[cue.end - base : m.start - base]):
            return loc
        if m.end <= cue.start and lexicon.capture_passive_gap.match(text[m.end - base : cue.start - base]):
            bare = not text[m.end - base : cue.start - base].strip()
            if bare and _RELATIVE_BEFORE.search(text, 0, m.start - base):
                continue  # "the plant, which Moscow seized": the place is the one who seized
            return loc
    return None


_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|whom|who)\s+$", re.IGNORECASE)


def live_attack_clauses(sentence: Sentence, text_reports_attack: bool = True) -> set[int]:
    """Clauses reporting something that happened: an attack or event impact no hedge takes back.

    A blackout or a death counts only in a text that reports an attack somewhere ("Power outages leave people
    freezing" alone is no incident; "Drone strikes cut power. ... Odesa has no light" is one)."""
    attacks = sentence.cues_of("attack")
    # "shot down a Ukrainian Su-25": the downed aircraft is what was hit, not an interception of a strike
    interceptions = [
        i
        for i in sentence.cues_of("interception")
        if not any(a.start <= i.start and a.end > i.end for a in attacks)
    ]
    # "most missiles were shot down, but strikes cut off the water supply": what follows the 'but' was a hit
    contrast = (
        _CONTRAST.search(sentence.text, interceptions[-1].end - sentence.start) if interceptions else None
    )
    contrast_at = sentence.start + contrast.start() if contrast else sentence.end
    live: set[int] = set()
    if sentence.cues_of("accident") and all(_GENERIC_HIT.fullmatch(_cue_text(sentence, a)) for a in attacks):
        return live  # "without power after an accident", "Hurricane Idalia hits Florida": no attack
    for cue in sentence.cues:
        if cue.group == "debris" and not is_hedged(sentence, cue.start):
            live.add(sentence.clause_of(cue.start))  # "debris of the drone hit a house"
            continue
        is_attack = cue.group == "attack"
        # "destroyed the drones" is an interception, not a destruction on the ground.
        inside = any(i.start <= cue.start and cue.end <= i.end for i in interceptions)
        is_impact = cue.group == "impacts" and cue.label in EVENT_IMPACTS and not inside
        if is_impact and cue.label in ("blackout", "casualties") and not text_reports_attack:
            continue  # "died after a fall from her apartment": no attack anywhere in the text
        intercepted = bool(interceptions) and cue.start < contrast_at
        if intercepted and not (is_impact and cue.label != "damage"):
            continue  # air defence stories: only a real impact says something was hit
        if (is_attack or is_impact) and not is_hedged(sentence, cue.start):
            live.add(sentence.clause_of(cue.start))
    return live


def target_anchors(sentence: Sentence, live: set[int]) -> list[Anchor]:
    """One anchor per named target type in a clause with a live attack, or next to one."""
    anchors: dict[tuple[str, int], Anchor] = {}
    for cue in sentence.cues_of("target"):
        clause = sentence.clause_of(cue.start)
        if is_hedged(sentence, cue.start) or not live & {clause - 1, clause, clause + 1}:
            continue
        key = (cue.label, clause)
        if key in anchors:
            anchors[key].words.append(cue)
        else:
            anchors[key] = Anchor(cue.label, cue.start, cue.end, clause, words=[cue])
    # "a military base near the Polish border is attacked": beside a named target, the border only says where
    named = {a.clause for a in anchors.values() if a.target_type != LOCATIVE_TYPE}
    return [a for a in anchors.values() if a.target_type != LOCATIVE_TYPE or a.clause not in named]


def unspecified_anchors(sentence: Sentence, live: set[int], taken: list[Anchor]) -> list[Anchor]:
    """A live attack in a clause with no named target: an attack on an unspecified target."""
    busy = {a.clause for a in taken}
    anchors: list[Anchor] = []
    for clause in sorted(live - busy):
        first = next(
            c
            for c in sentence.cues
            if c.group in ("attack", "impacts", "debris") and sentence.clause_of(c.start) == clause
        )  # live_attack_clauses made the clause live for one of these
        anchors.append(Anchor("unspecified", first.start, first.end, clause, words=[first]))
    return anchors


def mark_references(sentence: Sentence) -> None:
    """'near X', 'towns such as X', 'Moscow says': X no scene (unless an attack comes right before 'near')."""
    near = sentence.cues_of("near")
    actors = sentence.cues_of("actor")
    attackers = sentence.cues_of("attacker")
    attacks = sentence.cues_of("attack")
    background = sentence.cues_of("background")
    for loc in sentence.located:
        start = loc.mention.start
        lead = [c for c in near if c.end <= start and start - c.end <= NEAR_REACH]
        if lead and not _preceded_by(attacks, lead[-1].start, LOCATING_REACH, sentence.start):
            loc.near = True
        if _preceded_by(background, start, BACKGROUND_REACH, sentence.start):
            loc.reference = True
        end = loc.mention.end
        acting = [c for c in actors if _follows(sentence, end, c)]
        if acting or _OWNS_ATTACKERS.match(sentence.text, end - sentence.start):
            loc.reference = True  # "Moscow says", "Moscow's forces": the capital stands for the state
        if loc.place.precision != "country":
            continue
        if any(_follows(sentence, end, c) for c in attackers) or _AGENT_BY.search(
            sentence.text, max(0, start - sentence.start - 8), start - sentence.start
        ):
            loc.reference = True  # "Russian missiles", "hit by Russia": the attacker's country, not the scene
        elif acting and _SPEECH.fullmatch(_cue_text(sentence, acting[0])):
            loc.speaker = not _SELF_CLAIM.match(sentence.text, acting[0].end - sentence.start)


def _cue_text(sentence: Sentence, cue: Cue) -> str:
    return sentence.text[cue.start - sentence.start : cue.end - sentence.start]


def _follows(sentence: Sentence, end: int, cue: Cue) -> bool:
    """The cue comes right after a place mention ending at `end` (across "'s" or "has")."""
    if cue.start < end:
        return False
    return _ACTOR_GAP.fullmatch(sentence.text, end - sentence.start, cue.start - sentence.start) is not None


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
    for loc in sentence.located:
        if id(loc) in taken or loc.reference or loc.near or loc.place.precision == "country":
            continue
        reach = 0 if loc.clause in anchored else 1
        near = [a for a in open_anchors if abs(a.clause - loc.clause) <= reach]
        if near:
            min(near, key=lambda a: (abs(a.clause - loc.clause), _distance(a, loc.mention))).places.append(
                loc
            )
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
            ]
            if nearby:
                anchor.places = [min(nearby, key=lambda loc: _distance(anchor, loc.mention))]


def _distance(anchor: Anchor, mention: PlaceMention) -> int:
    if mention.end <= anchor.start:
        return anchor.start - mention.end
    return max(0, mention.start - anchor.end)


def country_fallback(sentence: Sentence, anchor: Anchor) -> Located | None:
    """The nearest country or demonym, for a named target whose sentence names no place; a country whose
    possessive leads into the target ("Ukraine's energy facilities") first."""
    for loc in sentence.located:
        if loc.place.precision != "country":
            continue
        for word in anchor.words or [anchor]:
            gap = sentence.text[loc.mention.end - sentence.start : word.start - sentence.start]
            if _POSSESSIVE_LEAD.fullmatch(gap):
                return loc
    countries = [
        loc
        for loc in sentence.located
        if loc.place.precision == "country" and not loc.reference and not loc.near  # "near the Polish border"
    ]
    if not countries:
        countries = [loc for loc in sentence.located if loc.speaker]
    if not countries:
        return None
    return min(countries, key=lambda loc: (loc.clause != anchor.clause, _distance(anchor, loc.mention)))


# "missile attacks on Ukraine", "strikes across Ukraine": the country right after the attack is its object
_ON_COUNTRY = re.compile(r"\s+(?:on|against|across|at)\s+(?:the\s+)?", re.IGNORECASE)
# Attack verbs whose object is what was struck ("Russia pounds Ukraine"); not 'hit' ("sanctions hit Russia")
_STRIKE_VERB = re.compile(
    r"(?:pound|shell|bomb|bombard|strike|attack|hammer|target)(?:s|ed|ing)?", re.IGNORECASE
)


def attacked_country(sentence: Sentence, anchor: Anchor) -> Located | None:
    """The country an unnamed-target attack is made on, when the text says so right after an attack word of
    the anchor's clause: "missile attacks on Ukraine", "Russia pounds Ukraine" (a strike verb's object)."""
    attacks = [c for c in sentence.cues_of("attack") if sentence.clause_of(c.start) == anchor.clause] or [
        anchor
    ]
    for loc in sentence.located:
        mention = loc.mention
        if mention.kind != "country" or loc.reference:
            continue
        if sentence.text.startswith(("'s", "’s"), mention.end - sentence.start):
            continue  # "an attack on Israel's courts": the courts, not the country
        for cue in attacks:
            if cue.end > mention.start:
                continue
            gap = sentence.text[cue.end - sentence.start : mention.start - sentence.start]
            verb = _STRIKE_VERB.fullmatch(sentence.text, cue.start - sentence.start, cue.end - sentence.start)
            if _ON_COUNTRY.fullmatch(gap) or (verb and not gap.strip()):
                return loc
    return None
