"""What a document establishes for its later sentences: the last date, place and country named, the scenes
of the lead under its headline, whether it reports an attack anywhere, and the collection's own country."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from etl.gazetteer import Place, PlaceMention
from etl.gazetteer.folding import fold
from etl.tagging.anchors import Located, Sentence
from etl.tagging.captions import PHOTO_CREDIT, is_file_photo
from etl.tagging.captures import mark_captors
from etl.tagging.dates import EventDate, find_date
from etl.tagging.headlineruns import HEADLINE_RUN
from etl.tagging.history import long_ago
from etl.tagging.leaddates import has_lead, lead_of
from etl.tagging.lexicon import Cue
from etl.tagging.references import mark_references
from etl.tagging.retoldattack import names_told_attack, recent_day, tells_only_harm
from etl.tagging.scenes import scene_countries
from etl.tagging.sentences import clause_starts

# A single line break is where the source's paragraphs were joined (a feed's run of spaces becomes one:
# etl.models.spaced; '... the Black Sea grain deal, from which it withdrew on Monday .   The Ukrainian
# president condemned a Russian artillery attack he said killed two children': the items of a digest, each a
# story of its own), not the blank line after the headline, whose lead dates it; so is a bullet ('Ukraine
# shot down nine Russian drones early Monday ...\n\n• One dead in strikes on Russian region near Ukraine', a
# link to another story).
PARAGRAPH_BREAK = re.compile(r"(?<!\n)\n(?!\n)|\s{3,}|•")

# The words of an interception: 'had downed a Ukrainian drone', 'missiles were shot down', 'intercepted'
_INTERCEPTED = re.compile(r"\b(?:down(?:ed|s|ing)?|shot\s+down|intercept\w*|destroy\w*)\b", re.IGNORECASE)

# The words of a date read as the night's ('overnight', 'a sleepless night', 'pre-dawn'): the report day's
# night (dates.py), unless a weekday is named with it
_NIGHT = re.compile(r"night|dawn", re.IGNORECASE)


def names_night(text: str) -> bool:
    """The text names a night or a dawn: the one kind of quiet sentence that can date what follows without a
    place of its own (DocumentContext.note_night)."""
    return _NIGHT.search(text) is not None


# A sentence whose subject is followed by ', meanwhile,' turns to another side's story ('Officials in the
# occupied city, meanwhile, said they had come under heavy shelling'): an event of its own, not the one whose
# day the text last stated, so what it leaves undated has the report's week, as readers date it. (A sentence
# opening with 'Meanwhile,' often goes on with the same day's events and is left alone.)
_ANOTHER_SIDE = re.compile(r"\w,\s+meanwhile,", re.IGNORECASE)


class DocumentContext:
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
        self.when_end = 0  # where the sentence that stated `when` ends
        self.when_countries: set[str] = set()  # the countries the sentence that stated `when` names
        self.when_attack = False  # the sentence that stated `when` tells of an attack or weapons
        self.told_end = 0  # where the last sentence that told of an attack (or a target, a capture) ends
        self.where: Located | None = None
        self.where_before: Located | None = None  # the place named last before the sentence at hand
        self.country: Located | None = None  # "Ukraine ... the country's power stations"
        self.attacked = attacked
        self.default_place = default_place
        self.about: Place | None = None  # a country a sentence with no incident names ("Aid to Ukraine")
        self.lead: EventDate | None = None  # the date the lead under a headline gives
        self.lead_places: list[Place] = []  # the scenes the lead under a headline names
        self.lead_scenes: list[Place] = []  # the settlements of the lead's clause that states its date
        self.lead_regions: list[Place] = []  # the regions the lead names as regions (lead_regions)
        self.lead_targets: dict[str, list[Place]] = {}  # the lead's targets named with their own place
        self.all_downed_headline: tuple[int, int] | None = None  # a headline whose lead says all were downed
        self.downed_story: tuple[int, int] | None = None  # a story of a headline of several, all downed
        self.downed_lead: tuple[int, int] | None = None  # a lead that only names its headline's downed attack
        self.downed_launches: set[tuple[int, int]] = set()  # launches told under a downing headline
        self.feature_headline: tuple[int, int] | None = None  # a headline of a trend (featureheadlines)
        self.named_countries: set[str] = set()  # every country the document names a place of
        self.border_story = False  # the document speaks of a border area somewhere (a border_region cue)

    def note_country(self, sentence: Sentence) -> None:
        """A sentence reporting no incident still says which country the text is about."""
        mark_references(sentence)
        countries = [loc for loc in scene_countries(sentence) if loc.mention.kind == "country"]
        if countries:
            self.about = countries[-1].place

    def note_place(self, sentence: Sentence) -> None:
        """A sentence reporting no attack (its references marked) still moves the story to the place it
        names: a digest's item that opens 'Russian troops were terrorising civilians in the Kharkiv region,
        said its governor' and goes on 'homes came under fire' tells of homes there, not in the town the item
        before it named. Only once a scene is set: a place named before any (a feature opening on where its
        writer is, 'The cafes of Nice were busy') is background, and an incident the text places nowhere is
        left to the story's scenes (tagger._settled)."""
        if self.where is not None:
            self._move_scene(sentence)

    def _move_scene(self, sentence: Sentence) -> None:
        """The place the sentence names as its scene becomes the one later sentences refer back to."""
        places = _scene_places(sentence)
        if places:
            self.where = _settlement_for_region(places)

    def update(self, sentence: Sentence, when: EventDate | None, report_date: date | None) -> None:
        self.where_before = self.where
        self.told_end = sentence.end
        if when is not None and when.span is not None:
            self.update_date(when, sentence, report_date)
        self._move_scene(sentence)
        countries = scene_countries(sentence)
        if countries:
            self.country = countries[-1]

    def note_interception(self, sentence: Sentence, report_date: date | None) -> None:
        """A sentence telling only of weapons (drones or missiles downed: no attack cue) still sets the day
        of its paragraph's attack: 'The ministry said its air force had downed a Ukrainian drone over the
        capital early Friday morning. Footage showed damage to an expo centre' (the centre was hit on
        Friday); not a weapon held ('A soldier holds an antitank missile Friday', a caption)."""
        if not sentence.cues_of("means") or not _INTERCEPTED.search(sentence.text):
            return
        when = find_date(sentence.text, report_date)
        if when is not None and when.span is not None and when.precision == "day" and not when.stated:
            self.update_date(when, sentence, report_date)

    def note_night(self, sentence: Sentence, report_date: date | None) -> None:
        """A sentence telling no attack of its own that names the night ('After a sleepless night in
        shelters, the mayor gave an update on the damage', '"It has been a difficult night," the president
        wrote') sets the day of the night's attack the text goes on to tell, as a stated day would."""
        if not names_night(sentence.text):
            return  # (most sentences name no night: their dates are not read twice)
        when = find_date(sentence.text, report_date)
        if when is None or when.span is None or when.precision != "day" or when.stated:
            return
        if _NIGHT.search(sentence.text, *when.span):
            self.update_date(when, sentence, report_date)

    def update_date(self, when: EventDate, sentence: Sentence, report_date: date | None) -> None:
        """The day a sentence states becomes the one carried, with the countries the sentence names, or
        naming none the country of the place named last (a carried day dates no other country's event:
        _AnchorDates.of): not a history's date ('the capture of Noriega on Dec. 20, 1989'), nor a
        flashback's, nor a day to come ('Ukrainians plan to celebrate Christmas on 25 December' the day
        before: no day of the attacks told next, which it would set as flashbacks)."""
        if (
            not long_ago(when, report_date)
            and not self._flashback(when)
            and not (report_date is not None and when.value > report_date)
        ):
            self.when, self.when_end = when, sentence.end
            self.when_attack = bool(sentence.cues_of("attack") or sentence.cues_of("means"))
            named = {loc.place.country_code for loc in sentence.located if not loc.reference}
            if not named and self.where is not None and self.where.place.country_code:
                # a sentence naming no place ('Three people died on Friday, officials said') dates the
                # scene the text had set, not every country's
                named = {self.where.place.country_code}
            self.when_countries = named

    def carried(self, text: str, sentence: Sentence, report_date: date | None) -> EventDate | None:
        """The last date stated before the sentence, for what it leaves undated; none across a paragraph
        break: a digest's next paragraph is another story, its undated event the report's week (the guide),
        not the day of the one before; unless it names the attack just told or tells only the harm of an
        attack the day was stated with (retoldattack), which then carries the day on through its paragraph."""
        # up to the sentence's first character, which may be its bullet
        if self.when is None or _ANOTHER_SIDE.search(sentence.text):
            return None
        breaks = list(PARAGRAPH_BREAK.finditer(text, self.when_end, sentence.start + 1))
        if not breaks:
            return self.when
        if self.told_end > breaks[-1].start():  # its paragraph told an attack of its own first
            return None
        if names_told_attack(sentence.text, self.when, report_date):
            return self.when
        if (
            self.when_attack
            and HEADLINE_RUN not in text[self.when_end : sentence.start]  # another outlet's headline
            and tells_only_harm(sentence)
            and recent_day(self.when, report_date)
        ):
            self.when_end = sentence.end  # the paragraph goes on with the same attack
            return self.when
        return None

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


def _scene_places(sentence: Sentence) -> list[Located]:
    """The settlements and regions a sentence names as scenes, for the next sentences to refer back to."""
    places = [
        loc
        for loc in sentence.located
        if not (loc.reference or loc.origin) and loc.place.precision != "country"
    ]
    # "the railway hub in Fastiv, around 50km south-west of Kyiv": the scene, not the reference point
    return [loc for loc in places if not loc.near] or places


def _settlement_for_region(places: list[Located]) -> Located:
    """The place a sentence leaves for the next to refer back to: the last it names, but a settlement named
    before the region it lies in rather than the region ("a barrage against Odesa ..., grain shipped from
    seaports in the Odesa region" then "The attack damaged houses": in Odesa)."""
    last = places[-1]
    if last.place.precision != "admin1":
        return last
    inside = [
        loc
        for loc in places[:-1]
        if loc.place.precision == "place" and loc.place.admin1_code == last.place.admin1_code
    ]
    return inside[-1] if inside else last


def lead_places(
    text: str,
    spans: list[tuple[int, int]],
    cues: list[Cue],
    located: list[tuple[PlaceMention, Place]],
    capitals: set[Place],
    report_date: date | None,
) -> list[Place]:
    """The settlements and regions the first sentence under a headline names as scenes (not 'Moscow says';
    not 'near X' unless it names no other, as for any sentence: 'New video shows the aftermath of fighting
    near Bakhmut, Ukraine') when it reports an attack: where the headline's own event happened, which
    headlines leave at the country (`capitals` the places that are a country's capital)."""
    if not has_lead(text, spans):
        return []
    start, end = spans[1]
    lead_cues = [c for c in cues if start <= c.start < end]
    if PHOTO_CREDIT.search(text[start:end]) or is_file_photo(text[start:end], report_date):
        # a photo's caption places something else: 'Moscow Blames ‘Ukrainian Saboteurs’ for Attack in
        # Western Belgorod Region.' over a file photo's 'A fuel depot on fire in the city of Belgorod, Russia,
        # on April 1, 2022.'
        return []
    spots = [Located(m, p, 0, capital=p in capitals) for m, p in located if start <= m.start < end]
    if not any(c.group in ("attack", "capture") for c in lead_cues):
        return _introduced_settlements(text, spans[0], spots, located)
    lead = Sentence(start, end, text[start:end], lead_cues, spots, [start])
    mark_references(lead)
    mark_captors(lead)
    scenes = [loc for loc in spots if not loc.reference and loc.place.precision != "country"]
    return [loc.place for loc in [loc for loc in scenes if not loc.near] or scenes]


# A barrage the lead dates across a whole country: 'Ukrainian forces shot down 29 of 30 missiles fired into
# the country on Wednesday, with one landing in Odesa', 'Air raid sirens are sounding across the country
# before dawn this morning'
_COUNTRYWIDE = re.compile(
    r"\b(?:across|into|over|throughout)\s+(?:the\s+(?:whole\s+|entire\s+)?country|Ukraine|Russia)\b|"
    r"\b(?:several|many|multiple)\s+(?:[\w-]+\s+)?(?:regions|cities)\b",
    re.IGNORECASE,
)


def lead_date_scenes(
    text: str,
    spans: list[tuple[int, int]],
    cues: list[Cue],
    located: list[tuple[PlaceMention, Place]],
    capitals: set[Place],
    report_date: date | None,
) -> list[Place]:
    """The settlements the clause of the lead that states its date names as scenes (not 'near X', not
    'Moscow says'): the day is theirs ('Kyiv was hit Saturday with missile strikes', 'a Russian drone and
    missile strike in Kyiv, Ukraine, on May 29, 2023'), not that of another settlement the headline names."""
    lead = lead_of(text, spans)
    found = find_date(lead, report_date) if lead is not None else None
    if lead is None or found is None or found.span is None:
        return []
    start = spans[1][0]
    lo = max(b for b in clause_starts(lead) if b <= found.span[0])
    hi = min((b for b in clause_starts(lead) if b > found.span[0]), default=len(lead))
    if _COUNTRYWIDE.search(lead, lo, hi):
        return []  # the day of a barrage across the country is that of every settlement it hit
    spots = [
        Located(m, p, 0, capital=p in capitals) for m, p in located if start + lo <= m.start < start + hi
    ]
    clause = Sentence(
        start,
        start + len(lead),
        lead,
        [c for c in cues if start <= c.start < start + len(lead)],
        spots,
        [start],
    )
    mark_references(clause)
    return [loc.place for loc in spots if not (loc.reference or loc.near) and loc.place.precision == "place"]


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


# "Putin's dam attack is a dangerous escalation" then "The breach of the Nova Kakhovka dam is most
# worrying": a target the lead names with its settlement right before it ('Odesa's port', 'Kyiv apartment
# block')
_NAME_GAP = re.compile(r"[\s’'-]*(?:s\s+)?(?:[\w-]+\s+)?")


def lead_regions(
    text: str, spans: list[tuple[int, int]], located: list[tuple[PlaceMention, Place]]
) -> list[Place]:
    """The regions the first sentence under a headline names as regions and not by a namesake settlement
    ('drone attacks are reported in Belgorod region', not also 'the city of Belgorod'): what the headline's
    bare name of their capital stands for ("Shoigu vows 'harsh response' after Belgorod incursion")."""
    if not has_lead(text, spans):
        return []
    start, end = spans[1]
    named = [(m, p) for m, p in located if start <= m.start < end]
    towns = [fold(p.name) for _, p in named if p.precision == "place"]
    return [
        p
        for m, p in named
        if _REGION_WORD.search(m.surface) and not any(fold(p.name).startswith(t) for t in towns)
    ]


# a region named as one ('Belgorod region', 'the region of Kursk'), not its governor's or parliament's
_REGION_WORD = re.compile(r"\b(?:region|oblast|province|krai)\b", re.IGNORECASE)


def namesake_region(place: Place, regions: list[Place]) -> Place | None:
    """The region of `regions` that a settlement names ('Belgorod' of 'Belgorod Oblast'), if any."""
    return next(
        (
            r
            for r in regions
            if r.admin1_code == place.admin1_code and fold(r.name).startswith(fold(place.name))
        ),
        None,
    )


def lead_targets(
    text: str, spans: list[tuple[int, int]], cues: list[Cue], located: list[tuple[PlaceMention, Place]]
) -> dict[str, list[Place]]:
    """The targets the first sentence under a headline names with a settlement right before them ('the Nova
    Kakhovka dam', 'Odesa's port'), by target type: the place of the headline's own target of that type."""
    if not has_lead(text, spans):
        return {}
    start, end = spans[1]
    settlements = [(m, p) for m, p in located if start <= m.start < end and p.precision == "place"]
    found: dict[str, list[Place]] = {}
    for cue in cues if settlements else []:
        if cue.group != "target" or not start <= cue.start < end:
            continue
        for mention, place in settlements:
            inside = cue.start <= mention.start and mention.end <= cue.end  # a facility's own name
            if inside or (mention.end <= cue.start and _NAME_GAP.fullmatch(text, mention.end, cue.start)):
                found.setdefault(cue.label, []).append(place)
    return found
