"""The tagger: a pure function Document -> list[Incident], each explained by its evidence sentence."""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from datetime import date

from etl.gazetteer import Gazetteer, Place, load_gazetteer
from etl.models import Document, Incident
from etl.tagging.alldowned import downed_headline_story, lead_all_downed, lead_downed
from etl.tagging.anchors import Anchor, Located, Sentence
from etl.tagging.captions import is_file_photo
from etl.tagging.captures import capture_anchors, taken_target_clauses
from etl.tagging.context import (
    DocumentContext,
    lead_date_scenes,
    lead_places,
    lead_regions,
    lead_targets,
    names_night,
)
from etl.tagging.coreference import resolve_bare_targets
from etl.tagging.cyberonly import untargeted_hack
from etl.tagging.dates import EventDate
from etl.tagging.dayafter import day_after_date
from etl.tagging.downedlaunches import downed_launches
from etl.tagging.eventdates import (
    DATES_BACK_SENTENCES,
    anchor_date,
    announced_back,
    carried_abroad,
    date_back,
    dated_back,
    earlier_in_headline,
    inherited_date,
    own_headline_date,
    stated_date,
    undated,
)
from etl.tagging.facilities import find_facilities
from etl.tagging.fallbackcountries import country_wide
from etl.tagging.featureheadlines import feature_headline_span
from etl.tagging.headlineruns import headline_breaks
from etl.tagging.history import is_history, told_later
from etl.tagging.incidentplaces import (
    headline_place,
    places_of,
    region_scene,
    share_attack_places,
    story_scene,
)
from etl.tagging.incidentrecords import new_incident, place_fields
from etl.tagging.leaddates import lead_date, lead_scene_date
from etl.tagging.lexicon import Lexicon, load_lexicon
from etl.tagging.liveclauses import live_attack_clauses, unspecified_anchors
from etl.tagging.locatives import (
    LOCATIVE_TYPE,
    foreign_border_beside_target,
)
from etl.tagging.mentions import located_mentions, with_facility_targets
from etl.tagging.merging import merge_incidents
from etl.tagging.namedevents import NamedEvent, load_named_events, retold
from etl.tagging.nearattacks import attack_beside
from etl.tagging.nearscenes import near_scenes
from etl.tagging.pairedcountries import paired_countries
from etl.tagging.references import mark_references
from etl.tagging.reportfilter import judge
from etl.tagging.scenes import assign_places, set_as_where
from etl.tagging.seas import at_sea, sea_of
from etl.tagging.sentences import clause_starts, inserted_headlines, is_yes_no_question, sentence_spans
from etl.tagging.stale import stale
from etl.tagging.targets import target_anchors
from etl.tagging.villagehomes import home_of


def tag_document(
    doc: Document,
    gazetteer: Gazetteer | None = None,
    lexicon: Lexicon | None = None,
    min_confidence: float | None = None,
) -> list[Incident]:
    """All incidents the document reports, one per (target type, place), first evidence kept: what the
    sentence rules find, kept when the report filter judges that the document reports it (with a probability
    of at least `min_confidence`; default the filter's own threshold, 0 keeps all)."""
    return judge(doc, find_incidents(doc, gazetteer, lexicon), min_confidence=min_confidence)


def find_incidents(
    doc: Document,
    gazetteer: Gazetteer | None = None,
    lexicon: Lexicon | None = None,
    named_events: tuple[NamedEvent, ...] | None = None,
) -> list[Incident]:
    """What the sentence rules find, before the document is judged (scripts/train_report_filter.py);
    `named_events` defaults to etl/data/named_events.csv (none: no incident is taken for a retelling)."""
    gazetteer = gazetteer or load_gazetteer()
    events = load_named_events() if named_events is None else named_events
    lexicon = lexicon or load_lexicon()
    text = doc.text
    facilities = find_facilities(text)
    cues = resolve_bare_targets(with_facility_targets(lexicon.scan(text), facilities), text)
    if not any(c.group in ("attack", "capture", "target") for c in cues):
        return []
    located = located_mentions(text, gazetteer, facilities)
    capitals = {p for _, p in located if gazetteer.is_capital(p)}
    cue_starts = [c.start for c in cues]
    mention_starts = [m.start for m, _ in located]
    incidents: list[Incident] = []
    context = DocumentContext(
        gazetteer.country(doc.default_country) if doc.default_country else None,
        attacked=any(c.group == "attack" for c in cues),
        country_of=gazetteer.country,
    )
    spans = sentence_spans(text)
    # Another story's headline set in capitals inside the body is a link to that story, not this report's
    # news: "... Caracas. FROM CARACAS TO NUUK: MADURO RAID SPARKS FRESH TRUMP PUSH ON GREENLAND", "ZELENSKYY
    # SAYS FRESH RUSSIAN ATTACK ON UKRAINE SHOWS PUTIN'S 'TRUE ATTITUDE' AHEAD OF TRUMP MEETING".
    links = set(inserted_headlines(text))
    scenes: list[Place] = []  # the settlements and regions the document names as where things happen
    nearby: list[Place] = []  # those it names only as what things were near or came from
    wide: set[str] = set()  # the incidents a sentence places in a whole country struck
    head = 0  # how many of the scenes the headline names
    context.lead = lead_date(text, spans, doc.report_date, cues)
    context.lead_places = lead_places(text, spans, cues, located, capitals, doc.report_date)
    context.lead_scenes = lead_date_scenes(text, spans, cues, located, capitals, doc.report_date)
    context.lead_targets = lead_targets(text, spans, cues, located)
    context.all_downed_headline = spans[0] if lead_all_downed(text, spans, cues) else None
    context.downed_lead = spans[1] if lead_downed(text, spans, cues) else None
    context.downed_story = downed_headline_story(text, spans, cues)
    context.downed_launches = downed_launches(text, spans, cues)
    context.feature_headline = feature_headline_span(text, spans, located, cues)
    context.lead_regions = lead_regions(text, spans, located)
    context.named_countries = {p.country_code for _, p in located if p.country_code}
    context.named_countries |= paired_countries(text, gazetteer)
    context.border_story = any(
        c.group == "border_story" or (c.group == "target" and c.label == LOCATIVE_TYPE) for c in cues
    )
    told: list[int] = []  # how many incidents the text had told before each sentence
    beside = attack_beside(spans, cues)
    for index, (start, end) in enumerate(spans):
        head = len(scenes) if index == 1 else head
        context.attacked = beside[index]  # an impact alone counts only beside an attack
        if any(lo <= start and end <= hi for lo, hi in links):  # a run may open on a sentence's closing quote
            continue
        told.append(len(incidents))
        recent = incidents[told[max(0, len(told) - 1 - DATES_BACK_SENTENCES)] :]
        if doc.report_date is not None and any(undated(i, doc.report_date) for i in recent):
            back = dated_back(text[start:end], doc.report_date)
            if back is not None:
                date_back(back, recent, doc.report_date)
            announced = announced_back(text[start:end], doc.report_date)
            if announced is not None:
                captures = [i for i in recent if i.target_type == "settlement_control"]
                date_back(announced, captures, doc.report_date)
        sentence_cues = cues[bisect_left(cue_starts, start) : bisect_left(cue_starts, end)]
        lo, hi = bisect_left(mention_starts, start), bisect_left(mention_starts, end)
        if not any(c.group in ("attack", "capture", "target") for c in sentence_cues):
            if lo == hi and not names_night(text[start:end]):
                continue  # a quiet sentence with no place and no night tells the context nothing
            spots = [Located(m, p, 0, capital=p in capitals) for m, p in located[lo:hi]]
            quiet = Sentence(start, end, text[start:end], sentence_cues, spots, [start])
            context.note_night(quiet, doc.report_date)
            if lo < hi:
                context.note_interception(quiet, doc.report_date)
                if any(m.kind == "country" for m, _ in located[lo:hi]):  # "Aid to Flooded Areas in Ukraine"
                    context.note_country(quiet)
                else:
                    mark_references(quiet)
                context.note_place(quiet)
                scenes.extend(_scenes(quiet, quiet_in=gazetteer))
                nearby.extend(near_scenes(quiet))
            continue
        bounds = [start + b for b in clause_starts(text[start:end])]
        sentence = Sentence(start, end, text[start:end], sentence_cues, [], bounds)
        sentence.located = [
            Located(m, p, sentence.clause_of(m.start), capital=p in capitals) for m, p in located[lo:hi]
        ]
        found = _tag_sentence(doc, sentence, lexicon, context)
        incidents.extend(found)
        wide.update(
            i.incident_id
            for i in found
            if i.geo_precision == "country" and country_wide(sentence, i.country_code)
        )
        scenes.extend(_scenes(sentence))
        nearby.extend(near_scenes(sentence))
    headline = text[slice(*spans[0])]
    breaks = headline_breaks(text)  # an aggregator's run of many stories: the page's one scene is none's
    merged = merge_incidents(
        [i for i in incidents if not retold(i, headline, events) and not untargeted_hack(i)], breaks
    )
    settled = [
        inc if inc.incident_id in wide or breaks else _settled(doc, inc, scenes, gazetteer, nearby, head)
        for inc in merged
    ]
    changed = any(new is not old for new, old in zip(settled, merged, strict=True))
    found = merge_incidents(settled, breaks) if changed else merged
    return [
        i if sea is None else dataclasses.replace(i, **place_fields(doc, i.target_type, sea, i.event_date))
        for i, sea in at_sea([i for i in found if not stale(i, spans[0][1])], located, spans)
    ]


def _scenes(sentence: Sentence, quiet_in: Gazetteer | None = None) -> list[Place]:
    """The places a sentence names as where things happen (its references marked already). Of a sentence
    that reports no attack (`quiet_in` its gazetteer), a capital only where the sentence sets it as a location
    ('Blinken's trip to Kyiv'): elsewhere it stands for its state, which lends no place to the story's
    incidents ('Kyiv won pledges of battlefield tanks', 'a vow by Kyiv to defy Russia's naval blockade')."""
    return [
        loc.place
        for loc in sentence.located
        if not (loc.reference or loc.near)
        and (quiet_in is None or not quiet_in.is_capital(loc.place) or set_as_where(sentence, loc))
    ]


def _settled(
    doc: Document,
    incident: Incident,
    scenes: list[Place],
    gazetteer: Gazetteer,
    nearby: list[Place],
    head: int,
) -> Incident:
    """The incident at the story's one scene in its country, when it was placed only in the country, else at
    the one the headline names there (the first `head` scenes: "escapism alive in Odesa's resorts" over
    "attacks this week on southern Ukrainian city" in a story that goes on to other cities); at the story's
    one city-region scene inside its region (Sevastopol in Crimea), when it was placed only in the region."""
    if incident.geo_precision == "admin1":
        region = gazetteer.region(incident.admin1_code or "")
        place = region_scene(region, scenes) if region is not None else None
    elif incident.geo_precision == "country":
        place = story_scene(incident.country_code, scenes, gazetteer.region, nearby)
        place = place or story_scene(incident.country_code, scenes[:head], gazetteer.region)
    else:
        return incident
    if place is None:
        return incident
    return dataclasses.replace(
        incident, **place_fields(doc, incident.target_type, place, incident.event_date)
    )


def _tag_sentence(
    doc: Document, sentence: Sentence, lexicon: Lexicon, context: DocumentContext
) -> list[Incident]:
    mark_references(sentence)
    taken = taken_target_clauses(sentence)  # marks who took them before the context reads the places
    carried = context.carried(doc.text, sentence, doc.report_date)
    inherited = inherited_date(sentence, doc.report_date, context.lead, carried)
    when = stated_date(sentence, 0, len(sentence.text), doc.report_date) or inherited
    home = home_of(sentence, context)  # before this sentence's own places become the context
    context.update(sentence, when, doc.report_date)
    if is_file_photo(sentence.text, doc.report_date) or is_yes_no_question(sentence.text):
        return []  # a file photo, or a question ("Has Putin's assault on the grid failed?"): nothing
    if (sentence.start, sentence.end) == context.feature_headline:
        return []  # "Ukraine is hitting Russian forces hard": a trend, no one attack
    abroad = context.when_countries if carried is not None and inherited is not context.lead else None
    dates = _AnchorDates(sentence, when, inherited, doc.report_date, abroad)
    captures = [a for a in capture_anchors(sentence, lexicon, home) if not dates.told(a)]
    span = (sentence.start, sentence.end)
    all_downed = span in (context.all_downed_headline, context.downed_lead) or span in context.downed_launches
    live = live_attack_clauses(sentence, context.attacked, all_downed, context.downed_story) | taken
    targets = target_anchors(sentence, live)
    anchors = captures + targets + unspecified_anchors(sentence, live, captures + targets)
    assign_places(sentence, anchors)
    share_attack_places(sentence, anchors, live)
    sentence.anchored_clauses = {a.clause for a in anchors}
    # history dropped after the places are shared out: its places stay its own ('... in Kyiv on Tuesday, and
    # explosions were heard in what appeared to be the first attack since Moscow retreated from Kherson last
    # week')
    anchors = [a for a in anchors if not dates.history(a)]
    return [
        new_incident(
            doc,
            sentence,
            anchor,
            headline_place(sentence, place, context),
            day_after_date(
                sentence,
                anchor,
                anchors,
                lead_scene_date(
                    sentence,
                    place,
                    own_headline_date(sentence, anchor, dates.of(anchor, place), doc.report_date),
                    context.lead,
                    context.lead_scenes,
                    doc.report_date,
                ),
                doc.report_date,
            ),
            lexicon,
            context.border_story,
        )
        for anchor in anchors
        for place in places_of(anchor, sentence, context) or sea_of(anchor, sentence)
        if not foreign_border_beside_target(anchor, place, anchors)
    ]


class _AnchorDates:
    """Each anchor's date, read in its own clause first (eventdates.anchor_date), and whether it is history:
    a date of another clause dates that clause's event, not the whole sentence's."""

    def __init__(
        self,
        sentence: Sentence,
        when: EventDate | None,
        inherited: EventDate | None,
        report_date: date | None,
        carried_countries: set[str] | None = None,
    ) -> None:
        self.sentence, self.when, self.inherited, self.report_date = sentence, when, inherited, report_date
        self.carried_countries = carried_countries

    def of(self, anchor: Anchor, place: Place | None = None) -> EventDate | None:
        found = anchor_date(self.sentence, anchor, self.when, self.inherited, self.report_date)
        found = earlier_in_headline(self.sentence, anchor, place, found, self.inherited, self.report_date)
        return carried_abroad(found, self.inherited, place, self.carried_countries, self.report_date)

    def told(self, anchor: Anchor) -> bool:
        """A capture its date tells as background (the guide dates a capture by its announcement)."""
        return told_later(self.sentence.text, self.of(anchor), self.report_date, capture=True)

    def history(self, anchor: Anchor) -> bool:
        """An anchor its date or a year of its clause sets in the past (is_history)."""
        return is_history(
            self.sentence.text, self.of(anchor), self.report_date, self.sentence.clause_span(anchor.clause)
        )
