"""The tagger: a pure function Document -> list[Incident], each explained by its evidence sentence."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from datetime import date, timedelta

from etl.gazetteer import Gazetteer, Place, PlaceMention, load_gazetteer
from etl.gazetteer.regionhints import ENCLAVES
from etl.models import Document, Incident, content_id
from etl.tagging.anchors import (
    Anchor,
    Located,
    Sentence,
    live_attack_clauses,
    unspecified_anchors,
)
from etl.tagging.captures import capture_anchors
from etl.tagging.casualties import casualty_counts
from etl.tagging.dates import EventDate
from etl.tagging.eventdates import (
    PHOTO_CREDIT,
    date_back,
    event_date,
    is_history,
    lead_date,
    long_ago,
    own_headline_date,
)
from etl.tagging.facilities import FacilityMention, find_facilities
from etl.tagging.lexicon import Cue, Lexicon, load_lexicon
from etl.tagging.scenes import (
    assign_places,
    attacked_country,
    country_fallback,
    mark_references,
    scene_countries,
)
from etl.tagging.sentences import clause_starts, sentence_spans, split_at_headlines
from etl.tagging.targets import target_anchors


def tag_document(
    doc: Document, gazetteer: Gazetteer | None = None, lexicon: Lexicon | None = None
) -> list[Incident]:
    """All incidents the document reports, one per (target type, place), first evidence kept."""
    gazetteer = gazetteer or load_gazetteer()
    lexicon = lexicon or load_lexicon()
    text = doc.text
    facilities = find_facilities(text)
    cues = _with_facility_targets(lexicon.scan(text), facilities)
    if not any(c.group in ("attack", "capture", "target") for c in cues):
        return []
    located = _with_facility_places(gazetteer, gazetteer.find_mentions(text), facilities)
    cue_starts = [c.start for c in cues]
    mention_starts = [m.start for m, _ in located]
    incidents: list[Incident] = []
    context = _Context(
        gazetteer.country(doc.default_country) if doc.default_country else None,
        attacked=any(c.group == "attack" for c in cues),
        country_of=gazetteer.country,
    )
    spans = split_at_headlines(text, sentence_spans(text))
    context.lead = lead_date(text, spans, doc.report_date)
    context.lead_places = _lead_places(text, spans, cues, located)
    for start, end in spans:
        date_back(text[start:end], incidents, doc.report_date)
        sentence_cues = cues[bisect_left(cue_starts, start) : bisect_left(cue_starts, end)]
        lo, hi = bisect_left(mention_starts, start), bisect_left(mention_starts, end)
        if not any(c.group in ("attack", "capture", "target") for c in sentence_cues):
            if any(m.kind == "country" for m, _ in located[lo:hi]):  # "Aid to Flooded Areas in Ukraine"
                spots = [Located(m, p, 0) for m, p in located[lo:hi]]
                context.note_country(Sentence(start, end, text[start:end], sentence_cues, spots, [start]))
            continue
        bounds = [start + b for b in clause_starts(text[start:end])]
        sentence = Sentence(start, end, text[start:end], sentence_cues, [], bounds)
        sentence.located = [Located(m, p, sentence.clause_of(m.start)) for m, p in located[lo:hi]]
        incidents.extend(_tag_sentence(doc, sentence, lexicon, context))
    return _merge(incidents)


def _lead_places(
    text: str, spans: list[tuple[int, int]], cues: list[Cue], located: list[tuple[PlaceMention, Place]]
) -> list[Place]:
    """The settlements and regions the first sentence under a headline names as scenes (not 'near X', not
    'Moscow says') when it reports an attack: where the headline's own event happened, which headlines leave
    at the country."""
    if len(spans) < 2 or "\n\n" not in text[spans[0][1] : spans[1][0]]:
        return []
    start, end = spans[1]
    lead_cues = [c for c in cues if start <= c.start < end]
    if PHOTO_CREDIT.search(text[start:end]):
        return []  # a photo's caption places something else
    spots = [Located(m, p, 0) for m, p in located if start <= m.start < end]
    if not any(c.group in ("attack", "capture") for c in lead_cues):
        return _introduced_settlements(text, spans[0], spots, located)
    lead = Sentence(start, end, text[start:end], lead_cues, spots, [start])
    mark_references(lead)
    return [
        loc.place for loc in spots if not (loc.reference or loc.near) and loc.place.precision != "country"
    ]


# "The southern city of Kryvyi Rih is at risk": a settlement the sentence introduces as one
_SETTLEMENT_OF = re.compile(r"\b(?:city|town|village|port)\s+of\s+$", re.IGNORECASE)


def _introduced_settlements(
    text: str, headline: tuple[int, int], spots: list[Located], located: list[tuple[PlaceMention, Place]]
) -> list[Place]:
    """A lead reporting no attack places a headline only when the headline names no settlement or region and
    the lead introduces one as 'the city of X': "Ukraine war: Evacuation plea after major dam hit by strikes"
    then "The southern city of Kryvyi Rih is at risk of flooding" (the lead tells the consequence, and where).
    Other places of such a lead (a river, a plant's concerns) place something else."""
    if any(headline[0] <= m.start < headline[1] and p.precision != "country" for m, p in located):
        return []
    return [
        loc.place
        for loc in spots
        if loc.place.precision == "place"
        and _SETTLEMENT_OF.search(text, max(0, loc.mention.start - 20), loc.mention.start)
    ]


def _inside(start: int, end: int, facilities: list[FacilityMention]) -> bool:
    return any(f.start < end and start < f.end for f in facilities)


def _with_facility_targets(cues: list[Cue], facilities: list[FacilityMention]) -> list[Cue]:
    """A named facility is a target of its own type ('the Kakhovka HPP dam' is the dam), whatever cue words
    its name holds; names with none ('ZNPP', 'Sheskharis') are targets only this way."""
    if not facilities:
        return cues
    kept = [c for c in cues if c.group != "target" or not _inside(c.start, c.end, facilities)]
    named = [Cue("target", f.facility.target_type, f.start, f.end) for f in facilities]
    return sorted(kept + named, key=lambda c: (c.start, -(c.end - c.start)))


def _with_facility_places(
    gazetteer: Gazetteer, mentions: list[PlaceMention], facilities: list[FacilityMention]
) -> list[tuple[PlaceMention, Place]]:
    """Place mentions resolved, with each named facility as a mention of its own site: the 'Zaporizhzhia' of
    'Zaporizhzhia NPP' is Enerhodar, not the city or the region."""
    mentions = [m for m in mentions if not _inside(m.start, m.end, facilities)]
    located = list(zip(mentions, gazetteer.resolve(mentions), strict=True))
    for f in facilities:
        place = f.facility.place
        located.append((PlaceMention(f.start, f.end, f.surface, "place", (place,)), place))
    return sorted(located, key=lambda pair: pair[0].start)


class _Context:
    """What the document established before the sentence at hand: the last explicit date, place and country
    named, whether it reports an attack anywhere, and the collection's own country (--default-country)."""

    def __init__(
        self,
        default_place: Place | None = None,
        attacked: bool = True,
        country_of: Callable[[str], Place | None] | None = None,
    ) -> None:
        self.country_of = country_of  # the country Place of a country code
        self.when: EventDate | None = None
        self.where: Located | None = None
        self.where_before: Located | None = None  # the place named last before the sentence at hand
        self.country: Located | None = None  # "Ukraine ... the country's power stations"
        self.attacked = attacked
        self.default_place = default_place
        self.about: Place | None = None  # a country a sentence with no incident names ("Aid to Ukraine")
        self.lead: EventDate | None = None  # the date the lead under a headline gives
        self.lead_places: list[Place] = []  # the scenes the lead under a headline names

    def note_country(self, sentence: Sentence) -> None:
        """A sentence reporting no incident still says which country the text is about."""
        mark_references(sentence)
        countries = [loc for loc in scene_countries(sentence) if loc.mention.kind == "country"]
        if countries:
            self.about = countries[-1].place

    def update(self, sentence: Sentence, when: EventDate | None, report_date: date | None) -> None:
        self.where_before = self.where
        # not a history's date ('the capture of Noriega on Dec. 20, 1989'), nor a flashback's
        if (
            when is not None
            and when.span is not None
            and not long_ago(when, report_date)
            and not self._flashback(when)
        ):
            self.when = when
        places = [loc for loc in sentence.located if not loc.reference and loc.place.precision != "country"]
        # "the railway hub in Fastiv, around 50km south-west of Kyiv": the scene, not the reference point
        places = [loc for loc in places if not loc.near] or places
        if places:
            self.where = places[-1]
        countries = scene_countries(sentence)
        if countries:
            self.country = countries[-1]

    def _flashback(self, when: EventDate) -> bool:
        """A date days before the day the story has set dates only its own sentence: 'Russia said on Friday
        it used its new missile ... the alleged attack on Putin's residence on Dec. 29 ... Twenty residential
        buildings were damaged' (the buildings were hit on Friday)."""
        known = self.when
        return (
            known is not None
            and (known.precision == "day" or known.stated)
            and when.value < known.value - timedelta(days=1)
        )


def _tag_sentence(doc: Document, sentence: Sentence, lexicon: Lexicon, context: _Context) -> list[Incident]:
    mark_references(sentence)
    when = event_date(sentence, doc.report_date, context.lead, context.when)
    home = _home_of(sentence, context)  # before this sentence's own places become the context
    context.update(sentence, when, doc.report_date)
    if is_history(sentence.text, when, doc.report_date) or sentence.text.rstrip("'\"’”").endswith("?"):
        return []  # history, or a question ("Has Putin's assault on the grid failed?"), reports nothing
    captures = capture_anchors(sentence, lexicon, home)
    live = live_attack_clauses(sentence, context.attacked)
    targets = target_anchors(sentence, live)
    anchors = captures + targets + unspecified_anchors(sentence, live, captures + targets)
    assign_places(sentence, anchors)
    _share_attack_places(anchors, live)
    sentence.anchored_clauses = {a.clause for a in anchors}
    return [
        _incident(
            doc,
            sentence,
            anchor,
            _headline_place(sentence, place, context),
            own_headline_date(sentence, anchor, when, doc.report_date),
            lexicon,
        )
        for anchor in anchors
        for place in _places_of(anchor, sentence, context)
    ]


def _headline_place(sentence: Sentence, place: Place, context: _Context) -> Place:
    """A headline's country or region is the one settlement or region its lead names inside it: "Ukrainian
    drones hit key Russian port, damage naval ship" then "Moscow says it repels the attack on the port of
    Novorossiysk" (the ship was hit at Novorossiysk)."""
    if sentence.start != 0 or place.precision == "place":
        return place
    inside = {
        (p.admin1_code, p.name, p.precision): p
        for p in context.lead_places
        if p.country_code == place.country_code
        and (place.precision == "country" or (p.precision == "place" and p.admin1_code == place.admin1_code))
    }
    return next(iter(inside.values())) if len(inside) == 1 else place


def _share_attack_places(anchors: list[Anchor], live: set[int]) -> None:
    """'fired 76 missiles at Kyiv, and were targeting energy infrastructure': a target attacked in its own
    clause, with no place there, was hit where the bare attack of the clause next to it was."""
    bare = [a for a in anchors if a.target_type == "unspecified" and a.places]
    for anchor in anchors:
        if (
            anchor.places
            or anchor.clause not in live
            or anchor.target_type in ("unspecified", "settlement_control")
        ):
            continue
        near = [a for a in bare if abs(a.clause - anchor.clause) == 1]
        if near:
            anchor.places = list(min(near, key=lambda a: abs(a.start - anchor.start)).places)


def _places_of(anchor: Anchor, sentence: Sentence, context: _Context) -> list[Place]:
    """The places an anchor is reported at: its own, else (a named target) a country of the sentence or the
    last place or country named before, else (a bare attack) the country attacked, else the collection's."""
    places = [loc.place for loc in _most_specific(anchor.places)]
    if places or anchor.target_type == "settlement_control":  # a capture holds its own place
        return places
    if anchor.target_type != "unspecified":
        fallback = (
            _named_before(sentence, context)
            or country_fallback(sentence, anchor)
            or context.where
            or context.country
        )
        if fallback is None:
            return _reference_country(sentence, context)
    else:
        fallback = attacked_country(sentence, anchor)
    if fallback is not None:
        return [_scene_country(sentence, fallback, context) or fallback.place]
    return [context.default_place] if context.default_place else []


def _scene_country(sentence: Sentence, fallback: Located, context: _Context) -> Place | None:
    """For a demonym: the country of the sentence's own scenes when they all lie in another one. "strikes on
    Russian airfields in the occupied Luhansk and Berdyansk areas, hitting an ammunition depot": whose the
    airfields are is not where the depot is."""
    if fallback.mention.kind != "demonym" or context.country_of is None:
        return None
    scenes = {
        loc.place.country_code
        for loc in sentence.located
        if loc.place.precision != "country" and not (loc.reference or loc.near)
    }
    if len(scenes) != 1 or fallback.place.country_code in scenes:
        return None
    return context.country_of(scenes.pop())


# "residents of the southern Ukrainian city were trapped", "the town's only hospital": a settlement named
# before (not "the city of Kharkiv", which names its own)
_THE_SETTLEMENT = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|port)\b(?!\s+(?:of|in|on|near|city|town)\b)",
    re.IGNORECASE,
)


def _named_before(sentence: Sentence, context: _Context) -> Located | None:
    """The settlement named last before, for a sentence that refers back to it as 'the city'."""
    where = context.where_before
    if where is None or where.place.precision != "place" or not _THE_SETTLEMENT.search(sentence.text):
        return None
    return where


def _reference_country(sentence: Sentence, context: _Context) -> list[Place]:
    """A named target with no other place: a country the sentence names only as a reference point means
    the incident is in the country the text is about ("War in Ukraine: ... A military base near the Polish
    border is attacked"); that country itself is the last resort."""
    near = [loc.place for loc in sentence.located if loc.near and loc.place.precision == "country"]
    if near:
        return [context.about or near[0]]
    return [context.default_place] if context.default_place else []


def _home_of(sentence: Sentence, context: _Context) -> Place | None:
    """Where an unlisted village of this sentence lies: the region of a place it or the sentence before names
    ("four villages in Donetsk. ... retook the villages of A and B"), else the country it is about (one it
    names as a scene or speaker, else the one before, else the collection's)."""
    regions = [loc for loc in sentence.located if loc.place.precision == "admin1" and not loc.reference]
    if regions:
        return regions[0].place
    if context.where is not None and context.where.place.admin1_code:
        return context.where.place
    # by name: a demonym ("Russian defences") says whose, not where
    named = [loc for loc in scene_countries(sentence) if loc.mention.kind == "country"]
    if named:
        return named[0].place
    if context.country is not None:
        return context.country.place
    return context.about or context.default_place


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


def _clause_cues(sentence: Sentence, anchor: Anchor, group: str) -> list[Cue]:
    """Cues of a group in the anchor's clause; else the nearest one in a clause no other anchor holds."""
    cues = sentence.cues_of(group)
    own = [c for c in cues if sentence.clause_of(c.start) == anchor.clause]
    free = [c for c in cues if sentence.clause_of(c.start) not in sentence.anchored_clauses]
    if own or not free:
        return own
    return [min(free, key=lambda c: abs(c.start - anchor.start))]


def _means(sentence: Sentence, anchor: Anchor, lexicon: Lexicon) -> str:
    cues = _clause_cues(sentence, anchor, "means")
    if cues:
        return min(
            cues, key=lambda c: (abs(c.start - anchor.start), lexicon.means_order.index(c.label))
        ).label
    return "ground_assault" if anchor.target_type == "settlement_control" else "unknown"


def _clause_text(sentence: Sentence, anchor: Anchor) -> str:
    bounds = [*sentence.clause_bounds, sentence.end]
    return sentence.text[bounds[anchor.clause] - sentence.start : bounds[anchor.clause + 1] - sentence.start]


def _incident(
    doc: Document, sentence: Sentence, anchor: Anchor, place: Place, when: EventDate | None, lexicon: Lexicon
) -> Incident:
    target = lexicon.types[anchor.target_type]
    # Impacts belong to their own clause only: "a fire" two clauses away burnt something else.
    impacts = {c.label for c in sentence.cues_of("impacts") if sentence.clause_of(c.start) == anchor.clause}
    killed, injured = casualty_counts(_clause_text(sentence, anchor))
    if killed or injured:
        impacts.add("casualties")
    status = _status(sentence)
    key = _place_key(place)
    if when is not None and when.stated and anchor.target_type == "settlement_control":
        # a capture is dated by its announcement ('said on Monday its troops had liberated X')
        when = EventDate(when.value, "day", when.span)
    return Incident(
        incident_id=content_id(doc.document_id, anchor.target_type, key),
        document_id=doc.document_id,
        event_date=when.value if when else None,
        date_precision=when.precision if when else "month",
        report_date=doc.report_date,
        country_code=place.country_code,
        country=place.country,
        admin1=place.admin1,
        admin1_code=place.admin1_code,
        place=place.name if place.precision == "place" else None,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=place.precision,
        target_category=target.target_category,
        target_type=anchor.target_type,
        means=_means(sentence, anchor, lexicon),
        impacts=sorted(impacts),
        killed=killed,
        injured=injured,
        status=status,
        evidence=sentence.text,
        evidence_start=sentence.start,
        evidence_end=sentence.end,
        confidence=_confidence(anchor, place, when),
        cluster_id=content_id(anchor.target_type, key, str(when.value if when else "")),
    )


def _status(sentence: Sentence) -> str:
    if sentence.cues_of("disputed"):
        return "disputed"
    return "claimed" if sentence.cues_of("claimed") else "reported"


def _place_key(place: Place) -> str:
    return "|".join(
        str(part)
        for part in (place.country_code, place.admin1_code, place.name if place.precision == "place" else "")
    )


def _confidence(anchor: Anchor, place: Place, when: EventDate | None) -> float:
    """A transparent score: what kind of evidence the tag rests on, not a model probability."""
    score = 0.45
    score += 0.25 if anchor.target_type != "unspecified" else 0.0
    score += {"place": 0.15, "admin1": 0.1, "country": 0.0}[place.precision]
    score += 0.1 if when is not None and when.span is not None else 0.0
    score += 0.05 if len(anchor.words) > 1 else 0.0
    return round(min(score, 1.0), 2)


def _merge(incidents: list[Incident]) -> list[Incident]:
    """One incident per type and place in a document; a bare attack on a place hit is a back-reference."""
    merged: dict[str, Incident] = {}
    for inc in incidents:
        first = merged.setdefault(inc.incident_id, inc)
        if first is not inc:
            first.absorb(inc)
    kept = list(merged.values())
    specific = {(i.country_code, i.admin1_code, i.place) for i in kept if i.target_type != "unspecified"}
    # "Belgorod region under attack ... the border village of Terebrino": the region's bare attack is that one
    specific |= {
        (i.country_code, region, None)
        for i in kept
        if i.target_type != "unspecified"
        for region in (i.admin1_code, ENCLAVES.get(i.admin1_code or ""))
        if region
    }
    kept = [
        i
        for i in kept
        if i.target_type != "unspecified" or (i.country_code, i.admin1_code, i.place) not in specific
    ]
    result: list[Incident] = []
    for inc in kept:
        finer = _finer(inc, kept)
        if finer is not None:
            finer.absorb(inc)  # the coarser report may still date it ('on Wednesday')
        elif not _bare_country_attack(inc, kept):
            result.append(inc)
    return result


def _bare_country_attack(incident: Incident, others: list[Incident]) -> bool:
    """'Russia's attacks on Ukraine' says nothing a strike the text places in Ukraine does not."""
    return (
        incident.target_type == "unspecified"
        and incident.geo_precision == "country"
        and any(
            o.country_code == incident.country_code
            and (o.target_type != "unspecified" or o.geo_precision != "country")
            for o in others
        )
    )


def _finer(incident: Incident, others: list[Incident]) -> Incident | None:
    """'a Ukrainian power plant' in the headline and 'a power plant in Kyiv' in the text are one incident:
    the most precise report of the same type within the coarser one's area stands for it."""
    if incident.geo_precision == "place" or (
        incident.target_type == "unspecified" and incident.geo_precision == "country"
    ):
        return None
    finer = [
        o
        for o in others
        if o.target_type == incident.target_type
        and o.country_code == incident.country_code
        and (incident.geo_precision == "country" or o.admin1_code == incident.admin1_code)
        and o.geo_precision != incident.geo_precision
        and o.geo_precision != "country"
    ]
    return min(finer, key=lambda o: o.geo_precision != "place", default=None)
