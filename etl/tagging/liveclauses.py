"""Live attack clauses: which clauses of a sentence report an attack or an impact that happened, and the bare
attacks (no named target) they anchor. Hedged words ("potential assaults", "could strike"), background ("the
previously seized city"), warnings ("air raid sirens"), interceptions with nothing hit, accidents,
munitions going off by mishap, gun crimes among civilians, tallies and comparisons report nothing.
"""

from __future__ import annotations

import re

from etl.tagging.aftermath import is_bare_death, mourns
from etl.tagging.anchors import BACKGROUND_REACH, OWN_VERB, Anchor, Sentence, is_hedged
from etl.tagging.calendarwords import WEEKDAYS
from etl.tagging.lexicon import Cue, within

_PHRASE_BREAK = re.compile(r"[,;:()]")
# the word that picks one example out of a tally ("attacked 400 towns, including a refinery that was hit")
_INCLUDING = re.compile(r",\s+(?:including|among\s+them)\b", re.IGNORECASE)
_SUPERLATIVE = re.compile(r"\b(?:first|only|most|worst|\w{2,}est)\b", re.IGNORECASE)
# A semicolon too: "Russia rewards pilots who downed U.S. drone; missiles strike Zaporizhzhia" is two stories.
_CONTRAST = re.compile(r"\b(?:but|however|yet|although|though)\b|;", re.IGNORECASE)
# "Russia says it downed dozens of Moscow-bound Ukrainian drones after it struck Kyiv", "shot down 32
# Ukrainian drones, a day after Russia launched one of the deadliest attacks": a side's own strike told after
# the interception is another event, a hit; so is what the attack did ("shot down 24 of 28 drones launched in
# an overnight attack that damaged residential buildings in Kyiv")
_SIDE_STRUCK_AFTER = re.compile(
    r"\b(?:after|following)\s+(?:it|Russia|Moscow|Ukraine|Kyiv|Russian\s+forces|Ukrainian\s+forces)\s+(?:had\s+)?"
    r"(?=(?:struck|launched|attacked|hit|pounded|fired|shelled|bombarded)\b)"
    r"|\b(?:attacks?|strikes?|barrage|assault|raid)\s+(?:that|which)\s+(?:also\s+)?"
    r"(?=(?:damaged|destroyed|hit|struck|killed|injured|wounded)\b)"
    # "shot down several drones over the city, with one hitting an office tower", "downed two missiles,
    # while a third struck a school": the one that got through, told after the interception, was a hit
    r"|\b(?:with|while|and)\s+(?:one|another|a\s+(?:second|third|fourth)|two|three|several|some|others|"
    r"the\s+(?:others|rest))(?:\s+of\s+them)?\s+"
    r"(?=(?:hitting|striking|hit|struck|damaging|damaged|crashing|crashed|landing|landed|falling|fell)\b)",
    re.IGNORECASE,
)
# Attack words that a storm or an accident can be the subject of, unlike 'shelled' or 'missile strike'
# ("two people were killed in an unspecified accident on the bridge": the dead of an accident)
_GENERIC_HIT = re.compile(
    r"hit(?:s|ting)?|struck|damaged|destroy(?:s|ed)?|knocked out|disabled|caught fire|on fire"
    r"|damages?(?: caused)? (?:to|in|at|on)|killed|wounded|injured|injuring|wounding|casualties",
    re.I,
)
# The blast word an accident's own phrase can hold ("a gas explosion", "a shell caught fire and exploded")
_BLAST = re.compile(r"explosions?|blasts?|exploded|detonated|blew up", re.I)
# ... of which the casualty words count as an accident's only where no weapon is named (_WEAPON)
_CASUALTY = re.compile(r"killed|wounded|injured|injuring|wounding|casualties", re.I)
# "a civilian was injured when he accidentally activated a cluster munition": a weapon's victim all the same
_WEAPON = re.compile(
    r"\b(?:munitions?|(?:land)?mines?|booby[- ]?traps?|explosives?|ordnance|shells?|grenades?|bombs?"
    r"|missiles?|rockets?|drones?|shelling|gunfire|shot)\b",
    re.IGNORECASE,
)
# "Like rape and the destruction of power plants, culture is a weapon of war": a comparison opening the
# sentence names a kind of thing, not an event of this report
_COMPARISON = re.compile(r"^\W*(?:just\s+|much\s+)?like\b[^,;:]*", re.IGNORECASE)
# "Even a small attack on the area ... could cause huge problems", "What an attack on the corridor could
# mean": an attack with an indefinite article, the subject of a modal, is imagined (not "could have killed":
# that one happened)
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_MODAL_AFTER = re.compile(r"[^.;!?]{0,100}?\b(?:could|would|might)\b(?!\s+have\b)", re.IGNORECASE)
# A day that dates an attack as news ("after a strike on Tuesday", "overnight"): a sentence that judges
# attacks as war crimes and names such a day still reports that attack
_DAY_OF_EVENT = re.compile(
    r"\b(?:overnight|yesterday|today|tonight|last night|this morning|in the early hours|"
    + "|".join(WEEKDAYS)
    + r")\b",
    re.IGNORECASE,
)
EVENT_IMPACTS = ("fire", "damage", "destroyed", "blackout", "casualties")
# "left without water", "the water supply was cut off": a utility lost is an impact like a blackout
_OUTAGE_TYPES = frozenset({"water_supply", "heating", "power_grid"})
_OUTAGE_GAP = re.compile(
    r"(?:\s+(?:was|were|is|are|has|have|had|been|being|partially|completely|fully|also))*\s+$"
)
OUTAGE_REACH = 40  # characters between a utility word and the disruption that follows it
# "the bombed city of Kharkiv", "its damaged electric grid": a participle between a determiner and its noun
# describes the state a place is in, not an attack this sentence reports
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:the|its|their|his|her|our|this|these|those)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE
)
# ... followed by its noun, not by an object or a complement ("the troops destroyed the bridge in May")
_ATTRIBUTIVE_AFTER = re.compile(
    r"\s+(?!(?:the|an?|its|their|his|her|this|that|by|in|on|at|to|from|and|or|as|after|during|with|near"
    r"|were|was|is|are|had|have|has)\b)[A-Za-z]",
    re.IGNORECASE,
)
ATTRIBUTIVE_REACH = 20  # characters before a participle searched for its determiner
# "Ukraine said its air defences shot down 23 of 25 missiles, fired overnight by Russia, chiefly at Kyiv, and
# there were no reported casualties", "No casualties are being reported from the air strikes": an impact
# denied is no hit of an interception
_DENIED = re.compile(r"\b(?:no|without)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
DENIAL_REACH = 20  # characters before an impact word searched for its denial


# ... a month the cue names right after 'since' ("the worst clashes since October")
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _is_record(sentence: Sentence, cue: Cue) -> bool:
    """'the largest cyberattack since the war began', 'the first time since', 'the heaviest strikes since
    July': one event, measured against the war or the months before, not a tally over them (not 'pounding
    the town since July')."""
    lo = max(sentence.clause_bounds[sentence.clause_of(cue.start)], cue.start - 60)
    since = sentence.text_of(cue)[:5].lower() == "since" or sentence.before(cue, _SINCE_BEFORE, 8)
    return bool(since) and bool(sentence.search_between(lo, cue.start, _SUPERLATIVE))


# "air raid sirens sounded", "an air raid alert across Ukraine": a warning that an attack may come, neither an
# interception nor an attack ("Air raid alerts sounded across Ukraine and followed overnight drone strikes":
# the strikes are still reported)
_WARNING = re.compile(r"(?:air[- ]raid\s+|air\s+)?(?:alerts?|sirens?|alarms?)", re.IGNORECASE)
# ... of which the 'air raid' is part of the warning's name, as in 'air raid shelter'
_WARNING_AFTER = re.compile(r"\s+(?:alerts?|sirens?|alarms?|warnings?|shelters?)\b", re.IGNORECASE)


def _holds(outer: Cue, inner: Cue) -> bool:
    """The outer cue spans the inner one and more ('shot down a Su-25', 'a fighter jet was shot down')."""
    return (
        outer.start <= inner.start
        and inner.end <= outer.end
        and outer.end - outer.start > inner.end - inner.start
    )


def _is_warning(sentence: Sentence, cue: Cue) -> bool:
    """An interception cue that only names a warning ('sirens', 'air raid alert')."""
    return bool(_WARNING.fullmatch(sentence.text_of(cue)))


def _names_warning(sentence: Sentence, cue: Cue) -> bool:
    """An attack word that is part of a warning's name ('air raid' of 'air raid sirens')."""
    return bool(sentence.after(cue, _WARNING_AFTER))


def live_attack_clauses(
    sentence: Sentence,
    text_reports_attack: bool = True,
    all_downed: bool = False,
    downed_story: tuple[int, int] | None = None,
) -> set[int]:
    """Clauses reporting something that happened: an attack or event impact no hedge takes back.

    A blackout, a death or a fire counts only in a text that reports an attack somewhere ("Power outages leave
    people freezing", "Crimea Gas Pipeline Fire Leaves 30K Residents Without Heating" alone are no incident;
    "Drone strikes cut power. ... Odesa has no light" is one). A headline whose lead says every weapon was
    brought down (`all_downed`, alldowned.lead_all_downed) reads as an interception: only a real impact of its
    own was a hit; so does the one story of a headline of several whose part of the lead says so
    (`downed_story`, alldowned.downed_headline_story)."""
    # "air raid sirens": the 'air raid' names a warning, no attack
    warnings = [a for a in sentence.cues_of("attack") if _names_warning(sentence, a)]
    attacks = [a for a in sentence.cues_of("attack") if a not in warnings]
    # "shot down a Ukrainian Su-25": the downed aircraft is what was hit, not an interception of a strike
    interceptions = [
        i
        for i in sentence.cues_of("interception")
        if not any(_holds(a, i) for a in attacks) and not _is_warning(sentence, i)
    ]
    # "most missiles were shot down, but strikes cut off the water supply": what follows the 'but' was a hit
    contrast = (
        (
            _CONTRAST.search(sentence.text, interceptions[-1].end - sentence.start)
            or _SIDE_STRUCK_AFTER.search(sentence.text, interceptions[-1].end - sentence.start)
        )
        if interceptions
        else None
    )
    contrast_at = sentence.start + contrast.start() if contrast else sentence.end
    # "causing damage to buildings, though most were intercepted": what the concession grants was a hit
    conceded = (
        [
            m.start() + sentence.start
            for m in _CONTRAST.finditer(sentence.text, 0, interceptions[0].start - sentence.start)
        ]
        if interceptions
        else []
    )
    granted_before = conceded[-1] if conceded else sentence.start
    live: set[int] = set()
    tally_cues = [c for c in sentence.cues_of("aggregate") if not _is_record(sentence, c)]
    tallies = {sentence.clause_of(c.start) for c in tally_cues}
    accidents = sentence.cues_of("accident")
    if accidents and all(
        _is_generic_hit(sentence, a) or _accident_blast(sentence, a, accidents) for a in attacks
    ):
        return live  # "without power after an accident", "Hurricane Idalia hits Florida": no attack
    # a mishap's blast is its own wherever the sentence tells it ("a blast in the city was the result of an
    # accidental discharge of ammunition"), unless a weapon is named beside it
    mishaps = sentence.cues_of("mishap")
    if (
        mishaps
        and all(_is_generic_hit(sentence, a) or _BLAST.fullmatch(sentence.text_of(a)) for a in attacks)
        and not _means_beside(sentence, mishaps)
    ):
        return live  # "a shell caught fire and exploded at the training ground": a munitions mishap
    if sentence.cues_of("crime") and not sentence.cues_of("means"):
        return live  # "a schoolgirl shot a classmate dead", "the mass shooting suspect": a crime
    if mourns(sentence):
        return live  # "Funerals were held for the 23 people killed when missiles hit": the strike retold
    if sentence.cues_of("judged") and not _DAY_OF_EVENT.search(sentence.text):
        return live  # "the war crimes investigator died after a strike": conduct judged, no attack dated
    if _all_within(sentence, ("figurative", "trend", "no_event")):
        return live  # "shops hit by the war", "Russia ramps up attacks", "attack fears": no attack reported
    comparison = _COMPARISON.match(sentence.text)
    compared_before = sentence.start + comparison.end() if comparison else sentence.start
    figures = [c for c in sentence.cues if c.group == "figurative"]
    for cue in sentence.cues:
        if cue.end <= compared_before:
            continue  # "Like the destruction of power plants, ...": a comparison, not a report
        if within(cue, figures):
            continue  # "hospitals overwhelmed after temperatures hit 45C, and 96 died": a figure's 'hit'
        if cue.group == "debris" and not is_hedged(sentence, cue.start):
            live.add(sentence.clause_of(cue.start))  # "debris of the drone hit a house"
            continue
        is_attack = cue.group == "attack"
        if cue in warnings:
            continue
        if cue.group in ("attack", "impacts") and (
            _is_attributive(sentence, cue) or _in_background(sentence, cue)
        ):
            continue  # "the bombed city", "a month after it was destroyed": a state or an earlier attack
        # "destroyed the drones" is an interception, not a destruction on the ground.
        inside = within(cue, interceptions)
        outage = cue.group == "impacts" and cue.label == "service_disruption" and _is_outage(sentence, cue)
        is_impact = cue.group == "impacts" and (cue.label in EVENT_IMPACTS or outage) and not inside
        if (
            is_impact
            and cue.label in ("blackout", "casualties", "service_disruption", "fire")
            and not text_reports_attack
        ):
            continue  # "died after a fall from her apartment", "a substation fire": no attack in the text
        if is_impact and is_bare_death(sentence, cue):
            continue  # "has died at her home in Paris aged 76": a death, not an attack's toll
        if is_impact and cue.label == "blackout" and _managed(sentence, cue):
            continue  # "emergency blackouts may still be needed": the grid's operator at work, no hit
        # "Russian drone hits Kyiv building but many more shot down": a hit granted before the concession
        granted = (
            is_impact or (is_attack and _GENERIC_HIT.fullmatch(sentence.text_of(cue)) is not None)
        ) and (cue.end <= granted_before)
        in_downed_story = downed_story is not None and downed_story[0] <= cue.start < downed_story[1]
        intercepted = (
            all_downed or in_downed_story or (bool(interceptions) and cue.start < contrast_at)
        ) and not granted
        if intercepted and not (is_impact and cue.label != "damage" and not _is_denied(sentence, cue)):
            continue  # air defence stories: only a real impact says something was hit
        if is_attack and _is_imagined(sentence, cue):
            continue
        if (is_attack or is_impact) and not is_hedged(sentence, cue.start):
            if sentence.clause_of(cue.start) in tallies and not _singled_out(sentence, tally_cues, cue):
                continue  # "the number of attacks", "40 percent of ... since the war began": a tally
            live.add(sentence.clause_of(cue.start))
    return live


def _singled_out(sentence: Sentence, tallies: list[Cue], cue: Cue) -> bool:
    """An attack told of one example the tally picks out ('400 towns and villages were affected by the drone
    attacks, including an oil refinery that was hit in Odesa'): the example, a named target, is an incident
    of its own (not a part of the count, '100,000 casualties, including more than 20,000 killed')."""
    for t in tallies:
        if t.end > cue.start:
            continue
        including = _INCLUDING.search(sentence.text, t.end - sentence.start, cue.start - sentence.start)
        if including and any(
            sentence.start + including.end() <= c.start < cue.start for c in sentence.cues_of("target")
        ):
            return True
    return False


def _managed(sentence: Sentence, cue: Cue) -> bool:
    """A blackout word inside an outage the grid's operator orders ('rolling blackouts', 'scheduled power
    cuts'): load shed to keep a damaged grid up is told of for weeks after the strikes, as a status."""
    return within(cue, sentence.cues_of("managed_outage"))


def _is_denied(sentence: Sentence, cue: Cue) -> bool:
    """An impact the sentence says there was none of ('there were no reported casualties')."""
    return bool(sentence.before(cue, _DENIED, DENIAL_REACH))


def _is_imagined(sentence: Sentence, cue: Cue) -> bool:
    """'a small attack on the area could cause huge problems': an indefinite attack whose verb is a modal
    ('an attack that could ...' has a verb of its own)."""
    start, end = cue.start - sentence.start, cue.end - sentence.start
    if not _INDEFINITE_BEFORE.search(sentence.text, max(0, start - 30), start):
        return False
    modal = _MODAL_AFTER.match(sentence.text, end)
    return modal is not None and not OWN_VERB.search(sentence.text, end, modal.end())


def _all_within(sentence: Sentence, groups: tuple[str, ...]) -> bool:
    """Every attack and impact word of the sentence lies inside a phrase of these groups: the phrase, not an
    attack, is what the words say ('hit by the war' is hardship; 'steps up attacks, targeting the grid' still
    reports the grid hit)."""
    phrases = [c for c in sentence.cues if c.group in groups]
    # an evacuation reports no hit on its own ("people evacuated ... as Russia steps up attacks")
    # ... nor a blackout the grid's operator orders ("hit by power cuts from rolling blackouts due to Russia's
    # bombing campaign")
    words = [
        c
        for c in sentence.cues
        if c.group in ("attack", "debris")
        or (c.group == "impacts" and c.label != "evacuation" and not _managed(sentence, c))
    ]
    return bool(phrases) and all(within(w, phrases) for w in words)


def _is_generic_hit(sentence: Sentence, cue: Cue) -> bool:
    """An attack word an accident can be the cause of: 'hit', 'damaged' always; 'killed', 'injured' only in a
    sentence that names no weapon (an accident with a mine or a shell still has a weapon's victims)."""
    word = sentence.text_of(cue)
    if not _GENERIC_HIT.fullmatch(word):
        return False
    return not (_CASUALTY.fullmatch(word) and _WEAPON.search(sentence.text))


def _accident_blast(sentence: Sentence, cue: Cue, accidents: list[Cue]) -> bool:
    """'a gas explosion kills five', 'petrol station blast': the blast word inside the accident's own phrase
    is the accident (only a blast word: 'storm' the weather holds 'storm' the assault too)."""
    return _BLAST.fullmatch(sentence.text_of(cue)) is not None and within(cue, accidents)


def _means_beside(sentence: Sentence, mishaps: list[Cue]) -> bool:
    """A weapon named outside every accident phrase ('a drone struck the depot and the shells caught fire and
    exploded'): the mishap's words are the strike's aftermath, and the strike is reported."""
    return any(not within(m, mishaps) for m in sentence.cues_of("means"))


def _in_background(sentence: Sentence, cue: Cue) -> bool:
    """A background word ('previously', 'a month after') shortly before the cue, within its phrase."""
    return any(
        b.end <= cue.start
        and cue.start - b.end <= BACKGROUND_REACH
        and not sentence.search_between(b.end, cue.start, _PHRASE_BREAK)
        for b in sentence.cues_of("background")
    )


def _is_attributive(sentence: Sentence, cue: Cue) -> bool:
    """'the bombed city', 'its damaged grid': a participle used as an adjective, a state and no event."""
    start, end = cue.start - sentence.start, cue.end - sentence.start
    return (
        sentence.text_of(cue).lower().endswith("ed")
        and " " not in sentence.text_of(cue)
        and bool(_ATTRIBUTIVE_BEFORE.search(sentence.text, max(0, start - ATTRIBUTIVE_REACH), start))
        and bool(_ATTRIBUTIVE_AFTER.match(sentence.text, end))
    )


def _is_outage(sentence: Sentence, cue: Cue) -> bool:
    """A disruption of a utility: one that holds its word ('without water') or follows it ('water supply cut
    off', 'heating was disrupted')."""
    for t in sentence.cues_of("target"):
        if t.label not in _OUTAGE_TYPES or t.start > cue.start or cue.start - t.end > OUTAGE_REACH:
            continue
        if t.end >= cue.end or (
            t.end <= cue.start
            and _OUTAGE_GAP.match(sentence.text, t.end - sentence.start, cue.start - sentence.start)
        ):
            return True
    return False


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
