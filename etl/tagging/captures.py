"""Captures: a settlement taken or retaken ("Russia captured Avdiivka", "the villages of A, B and C were
liberated"), found by the capture cues of lexicon.toml next to a named settlement.
"""

from __future__ import annotations

import re

from etl.gazetteer import Place
from etl.tagging.anaphorcaptures import previous_settlement_capture
from etl.tagging.anchors import BACKGROUND_REACH, Anchor, Located, Sentence, is_hedged, preceded_by
from etl.tagging.lexicon import Cue, Lexicon
from etl.tagging.unlistedcaptures import unlisted, unlisted_capture, unnamed_capture


def capture_anchors(sentence: Sentence, lexicon: Lexicon, country: Place | None = None) -> list[Anchor]:
    """settlement_control anchors: a capture cue with its named settlement right after or right before.

    A village GeoNames does not list ('retook the village of Robotyne') is kept in `country` (the one the
    text is about), with no region or coordinates, when the text calls it a village, town or settlement.
    """
    anchors: list[Anchor] = []
    background = sentence.cues_of("background")
    for cue in sentence.cues_of("capture"):
        if not _reported(sentence, cue, background):
            continue
        settled = _capture_object(sentence, cue, lexicon) or _anaphoric_capture(sentence, cue)
        if settled is None and country is not None:
            settled = (
                unlisted_capture(sentence, cue, lexicon, country)
                or unnamed_capture(sentence, cue, country)
                or previous_settlement_capture(sentence, cue, country)
            )
        if settled is not None:
            clause = sentence.clause_of(cue.start)
            for loc in [settled, *_listed_after(sentence, settled, country)]:
                anchors.append(Anchor("settlement_control", cue.start, cue.end, clause, [loc], [cue]))
    return anchors


# "Kyiv recaptures strategic oil rigs", "soldiers capturing Russian positions": a capture verb and the
# facility it took, a few words on; "Black Sea oil platforms seized by Russia recaptured": the facility, then
# the verb of its passive
_TAKEN_GAP = re.compile(
    r"\s+(?:(?!(?:in|at|near|from|to|by|with|after|since|over|during|of|on)\b)[\w’'-]+,?\s+){0,4}"
)
# ... a verb of the war's captures: taking back or capturing, not 'seized' (an asset confiscated)
_TAKEN_BACK = re.compile(r"re(?:captur|tak|took|gain|claim)|captur", re.IGNORECASE)
# ... not kit a side takes as a trophy or a defector brings ("captured a Russian helicopter and its crew after
# they landed", "troops capture German Leopard tanks"): no place taken, no attack
_KIT = re.compile(
    r"\b(?:helicopters?|choppers?|planes?|aircraft|jets?|tanks?|vehicles?|drones?|equipment|howitzers?"
    r"|(?:Su|MiG|Mi|Ka|Tu|Il)-\d+)\b",
    re.IGNORECASE,
)
_TAKEN_PASSIVE_GAP = re.compile(r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?")


def taken_target_clauses(sentence: Sentence) -> set[int]:
    """Clauses where a capture cue takes a named target (rigs, positions, a plant): the facility taken, an
    incident on it as on a settlement taken (not 'the plant Moscow captured in 2022', a background); the
    places named as who took it are marked no scenes."""
    background = sentence.cues_of("background")
    mark_captors(sentence)
    clauses: set[int] = set()
    for cue in sentence.cues_of("capture"):
        if not _reported(sentence, cue, background):
            continue
        if not _TAKEN_BACK.match(sentence.text_of(cue)) and not _by_troops(sentence, cue):
            continue  # "Russia seizes car dealership", "Canada seized a Russian cargo jet": assets, no war
        if any(
            sentence.clause_of(a.start) == sentence.clause_of(cue.start)
            for a in sentence.cues_of("aggregate")
        ):
            continue  # "has captured more than 400 Russian tanks since the war began": a tally
        for target in sentence.cues_of("target"):
            if _KIT.search(sentence.text_of(target)):
                continue  # "Ukraine said it captured a Russian helicopter that landed on its soil": a trophy
            after = target.start >= cue.end and sentence.fullmatch_between(cue.end, target.start, _TAKEN_GAP)
            before = (
                target.end <= cue.start
                and _PASSIVE_CUE.fullmatch(sentence.text_of(cue))
                and sentence.fullmatch_between(target.end, cue.start, _TAKEN_PASSIVE_GAP)
            )
            if after or before:
                clauses.add(sentence.clause_of(target.start))
                _mark_captor(sentence, cue)
    return clauses


def _reported(sentence: Sentence, cue: Cue, background: list[Cue]) -> bool:
    """The capture word reports a capture made now: not hedged, not background ('the previously seized
    city') nor dated in the past, not an adjective ('liberated Kherson') nor an accident's."""
    return not (
        is_hedged(sentence, cue.start)
        or preceded_by(background, cue.start, BACKGROUND_REACH, sentence.start)
        or _dated(sentence, cue, background)
        or _is_adjective(sentence, cue)
        or _in_accident(sentence, cue)
        or _imagined(sentence, cue)
    )


# "Capturing Bakhmut would be a morale booster", "said capturing the city of Soledar would be the cherry on
# the cake": a capture named by its gerund or noun, the subject of a modal, is weighed, not made (not "could
# have")
_NAMING_CAPTURE = re.compile(r"(?:re)?captur(?:ing|e of)|seiz(?:ing|ure of)|retaking|liberating", re.I)
_MODAL_AFTER = re.compile(r"[^.;:!?,]{0,80}?\b(?:would|could|might)\b(?!\s+have\b)", re.I)
_OWN_VERB = re.compile(r"\b(?:that|which|who|when|where|since|because|after)\b", re.I)


def _imagined(sentence: Sentence, cue: Cue) -> bool:
    """A capture named by its gerund or noun whose verb is a modal ('capturing X would be a win'); 'after
    capturing X, they could ...' gives the modal a clause of its own."""
    if not _NAMING_CAPTURE.fullmatch(sentence.text_of(cue)):
        return False
    modal = sentence.match_at(cue.end, _MODAL_AFTER)
    return modal is not None and not sentence.search_between(cue.end, sentence.start + modal.end(), _OWN_VERB)


def _dated(sentence: Sentence, cue: Cue, background: list[Cue]) -> bool:
    """A background date right after the capture ('the plant Moscow seized in 2022'), or 'last year' after it:
    a capture of the past, no event of this report."""
    clause = sentence.clause_of(cue.start)  # not "had taken Soledar, a leader of the Wagner group"
    return bool(sentence.search_between(cue.end, sentence.end, _LAST_YEAR)) or any(
        cue.end <= b.start <= cue.end + BACKGROUND_REACH and sentence.clause_of(b.start) == clause
        for b in background
    )


# "the Zaporizhzhia nuclear plant seized by Russian forces last year", "Russian troops took over the plant as
# they invaded parts of Ukraine last year" (not "fighting for the town since last year")
_LAST_YEAR = re.compile(r"(?<!\bsince )\blast year\b", re.IGNORECASE)


# "Russian forces seize Chernobyl nuclear power plant", "has been taken over by Russian troops": a seizure by
# soldiers is the war's (a bare participle describes: "the Zaporizhzhia plant seized by Russian forces")
# ... an armed group's fighters too, maybe as the subject of a relative clause ("the uprising by the Wagner
# mercenary group, which seized key military installations", "mercenaries took the airbase")
_SOLDIERS = r"forces|troops|soldiers|fighters|army"
_TROOPS_BEFORE = re.compile(
    rf"\b(?:{_SOLDIERS}|mercenar(?:y|ies)|militants|rebels|insurgents|militias?"
    r"|paramilitar(?:y|ies)|(?:mercenary|armed|rebel|militant|paramilitary)\s+groups?)"
    r"(?:,?\s+(?:which|who|that))?\s+(?:(?:have|has|had)\s+)?$",
    re.I,
)
_AUXILIARY_BEFORE = re.compile(r"\b(?:was|were|is|are|been)\s+$", re.I)
_TROOPS_AFTER = re.compile(rf"\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){{0,2}}(?:{_SOLDIERS})\b", re.I)


def _by_troops(sentence: Sentence, cue: Cue) -> bool:
    """Soldiers seize, or are the agent of a passive seizure: the war's capture, not an asset confiscated."""
    agent = sentence.before(cue, _AUXILIARY_BEFORE, 10) and sentence.after(cue, _TROOPS_AFTER)
    return bool(sentence.before(cue, _TROOPS_BEFORE, 40) or agent)


_CAPTOR_GAP = re.compile(r"\s*(?:['’]s\s+)?(?:(?:forces|troops|army|military|fighters)\s+)?")


def mark_captors(sentence: Sentence) -> None:
    """The places a sentence names as the agent of a capture ('platforms in Black Sea retaken by Kyiv
    forces'): who took something, no scene."""
    for cue in sentence.cues_of("capture"):
        if _TAKEN_BACK.match(sentence.text_of(cue)):
            _mark_captor(sentence, cue, subject=False)


# "platforms in Black Sea retaken by Kyiv forces": the agent of a passive
_CAPTOR_AGENT = re.compile(r"\s+by\s+(?:the\s+)?")


def _mark_captor(sentence: Sentence, cue: Cue, subject: bool = True) -> None:
    """'Kyiv recaptures strategic oil rigs', 'retaken by Kyiv forces': the place right before the verb, or its
    passive's agent, is who took them, no scene."""
    for loc in sentence.located:
        before = (
            subject
            and loc.mention.end <= cue.start
            and sentence.fullmatch_between(loc.mention.end, cue.start, _CAPTOR_GAP)
        )
        agent = loc.mention.start >= cue.end and sentence.fullmatch_between(
            cue.end, loc.mention.start, _CAPTOR_AGENT
        )
        if before or agent:
            loc.reference = True


def _is_adjective(sentence: Sentence, cue: Cue) -> bool:
    """'the recaptured city of Izium' describes, it does not report: a participle right after 'the'."""
    before = sentence.text[: cue.start - sentence.start].rstrip().lower()
    word = sentence.text[cue.start - sentence.start : cue.end - sentence.start].lower()
    after = sentence.text[cue.end - sentence.start :].lstrip().lower()
    participle = word.endswith(("ed", "en"))
    return participle and (
        bool(_ARTICLE_BEFORE.search(before))
        or (after.startswith(_SETTLEMENT_NOUNS) and not _SUBJECT_OR_AUXILIARY.search(before))
        or bool(_BEFORE_ATTRIBUTE.search(before))
    )


# "the recaptured city of Izium", "A Gray Area of Loyalties Splinters a Liberated Ukrainian Town", "newly
# liberated Kherson": an article or an adverb of time before the participle
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:the|an?|newly|recently)|,)$")


# "Russia claims to have captured village near Bakhmut", "Ukrainian forces retook village": a headline's verb
# with its subject or auxiliary before it, not an attribute ("recaptured city faces winter")
_SUBJECT_OR_AUXILIARY = re.compile(
    r"\b(?:has|have|had|having|forces|troops|army|fighters|soldiers|russia|ukraine|russians|ukrainians|wagner"
    r"|kyiv|moscow)$"
)


# "survivors from liberated Izium", "attack leaves retaken Kherson with no power", "torture room uncovered in
# liberated Kherson": a participle after a preposition or an object-taking verb qualifies the name that
# follows, it reports no capture (the readers labelled the days of reportage from "in liberated Kherson" as
# no capture of it)
_BEFORE_ATTRIBUTE = re.compile(
    r"\b(?:from|in|into|to|of|across|around|near|at|on|for|over|leaves|leave|left|visits|visited)$"
)


_SETTLEMENT_NOUNS = ("city", "town", "village", "settlement", "cities", "towns", "villages")


def _in_accident(sentence: Sentence, cue: Cue) -> bool:
    """'its own drone that lost control over Kyiv': a capture word inside an accident phrase of lexicon.toml
    (a machine out of control) takes nothing."""
    return any(a.start <= cue.start < a.end for a in sentence.cues_of("accident"))


def _listed_after(sentence: Sentence, first: Located, country: Place | None = None) -> list[Located]:
    """'the villages of A, B and C': every settlement of a list continuing the captured one; a name the
    gazetteer does not list is kept in `country`, like the first, when the list is a real enumeration."""
    listed: list[Located] = []
    guessed: list[Located] = []  # names the gazetteer does not know
    previous_end = first.mention.end
    joined = False  # "..., B and C" enumerates; "Bakhmut, Wagner said" does not
    while m := sentence.match_at(previous_end, _LIST_NEXT):
        start, end = sentence.start + m.start("name"), sentence.start + m.end("name")
        known = next((loc for loc in sentence.located if loc.mention.start == start), None)
        overlapped = any(loc.mention.start < end <= loc.mention.end for loc in sentence.located)
        if known is not None and known.place.precision == "place":
            listed.append(known)
            previous_end = known.mention.end
        elif known is None and country is not None and not overlapped:
            guessed.append(unlisted(sentence, m["name"], start, end, country))
            listed.append(guessed[-1])
            previous_end = end
        else:
            break
        joined = joined or "and" in m["sep"] or "&" in m["sep"]
    # a known name the text puts in a region where GeoNames lists none ('an eighth village, Piatykhatky - in
    # the southern Zaporizhzhia region') has no coordinates but is a settlement all the same
    return listed if joined else [loc for loc in listed if all(loc is not g for g in guessed)]


# ", B", " and C", ", and D": the next name of a list
_LIST_NEXT = re.compile(
    r"(?P<sep>\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?P<name>[A-Z][^\W\d_]+(?:['’\-][^\W\d_]+)*)"
)


def _capture_object(sentence: Sentence, cue: Cue, lexicon: Lexicon) -> Located | None:
    """The settlement captured: the object right after the cue ("Moscow captured Bakhmut": Bakhmut, not the
    capital that acts), else the subject of a passive right before it ("Lyman was liberated", "Avdiivka
    fell to")."""
    text, base = sentence.text, sentence.start
    settlements = [loc for loc in sentence.located if loc.place.precision == "place"]
    for loc in settlements:
        m = loc.mention
        if m.start >= cue.end and lexicon.capture_gap.match(text[cue.end - base : m.start - base]):
            if _NOT_SETTLEMENT_AFTER.match(text, m.end - base):
                continue  # "seized a small Dnipro foothold": the name only says which foothold
            if _names_works(sentence, loc):
                continue  # "seized the Zaporizhzhia nuclear plant": the works taken, not the town
            if loc.reference:
                continue  # "captured the village, Moscow said": the speaker
            return loc
    if not _PASSIVE_CUE.fullmatch(sentence.text_of(cue)):
        return None  # "Kyiv retook", "Russia takes": an active verb's subject is who captured
    for loc in settlements:
        m = loc.mention
        if m.end <= cue.start and lexicon.capture_passive_gap.match(text[m.end - base : cue.start - base]):
            bare = not text[m.end - base : cue.start - base].strip()
            if bare and _RELATIVE_BEFORE.search(text, 0, m.start - base):
                continue  # "the plant, which Moscow seized": the place is the one who seized
            if _PEOPLE_OF.search(text, 0, m.start - base):
                continue  # "residents of Kherson were taken": the subject is the residents
            if _names_works(sentence, loc):
                continue  # "the Zaporizhzhia nuclear plant seized by Russian forces": the plant was taken
            return loc
    return None


# "after recapturing the settlement in the Donetsk region", "in the Soledar pit as he claimed to have taken
# control of the eastern Ukraine town": the settlement word as the object (a bearing or country before it) ...
_ANAPHOR_AFTER = re.compile(
    r"\s+the\s+(?:(?:[\w-]+ern|Ukrain(?:e|ian)|Russian?)\s+){0,2}(?:city|town|village|settlement)\b"
    r"(?!\s+(?:of|called|named)\b)",
    re.I,
)
# ... or, 'it' too, as the subject of a passive ("after it is liberated by Ukraine troops")
_ANAPHOR_BEFORE = re.compile(
    r"\b(?:it|the\s+(?:city|town|village|settlement))\s+(?:(?:is|was)\s+|(?:has|had)\s+been\s+)"
    r"(?:(?:now|finally|fully|completely)\s+)?$",
    re.I,
)

# Verbs of a capture made (not 'occupation of', 'withdrew from', 'entered')
_ANAPHOR_CUE = re.compile(r"(?:re)?captur|re(?:tak|took|gain)|liberat|seiz|tak|took", re.I)
# "since the city was liberated earlier this month", "just days after it was recaptured", "visited Izium
# ... five days after the country's forces recaptured the city": the time of another story
_ANAPHOR_TIME = re.compile(
    r"\b(?:since|until|till|before|(?:days|weeks|months|years|(?:a|one)\s+(?:day|week|month|year))\s+after)\b",
    re.I,
)


def _anaphoric_capture(sentence: Sentence, cue: Cue) -> Located | None:
    """The settlement the sentence named before, taken again as 'the city' or 'it' ("Newlyweds celebrate in
    centre of Kherson after it is liberated by Ukraine troops", "entrenched on the outskirts of Urozhaine
    after recapturing the settlement"): the last one named before the word."""
    text, base = sentence.text, sentence.start
    if not _ANAPHOR_CUE.match(sentence.text_of(cue)):
        return None  # "during Moscow’s nine-month occupation of the city": a state, not a capture
    if m := _ANAPHOR_AFTER.match(text, cue.end - base):
        word = m.start() + len(m.group()) - len(m.group().lstrip())
    elif _PASSIVE_CUE.fullmatch(sentence.text_of(cue)) and (
        m := _ANAPHOR_BEFORE.search(text, 0, cue.start - base)
    ):
        word = m.start()
    else:
        return None
    named = [
        loc
        for loc in sentence.located
        if loc.place.precision == "place"
        and loc.mention.end <= base + word
        and not loc.reference
        and not _names_works(sentence, loc)
        and not sentence.match_at(loc.mention.end, _POSSESSIVE)  # "Moscow’s": who holds it
    ]
    if not named or _ANAPHOR_TIME.search(text, named[-1].mention.end - base, word):
        return None  # "has opened in Kherson since the city was liberated": the capture dates another story
    return named[-1]


_WORKS_AFTER = re.compile(r"[\s-]*")
_POSSESSIVE = re.compile(r"['’]s\b")


def _names_works(sentence: Sentence, loc: Located) -> bool:
    """The place names the works that were taken, not a settlement: a named facility ('the Zaporizhzhia
    nuclear plant seized by Russian forces') or a target word right after the name ('Moscow's capture of the
    Zaporizhzhia plant', 'seized the Kherson airport')."""
    m = loc.mention
    return any(
        (t.start < m.end and m.start < t.end)
        or (t.start >= m.end and sentence.fullmatch_between(m.end, t.start, _WORKS_AFTER))
        for t in sentence.cues_of("target")
    )


# Capture cues that can be a passive participle, their subject the settlement taken
_PASSIVE_CUE = re.compile(
    r"(?:re)?captured|seized|(?:re)?taken|liberated|reclaimed|regained|fell to|taken (?:over|control of)",
    re.IGNORECASE,
)


_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|whom|who)\s+$", re.IGNORECASE)
# "residents of Kherson were taken", not "the city of Kherson was liberated"
_PEOPLE_OF = re.compile(
    r"\b(?!(?:city|town|village|settlement|hamlet|port|capital|region|outskirts|centre|center)\b)[a-z]+\s+of\s+$"
)
# A place name followed by one of these nouns modifies it ("a Dnipro foothold", "the Bakhmut direction"): what
# was taken is the foothold or the front, not the settlement
_NOT_SETTLEMENT_AFTER = re.compile(
    r"[\s-]+(?:foothold|bridgehead|river|riverbank|bank|front|frontline|direction|axis|sector|highway|road)s?\b"
    r"|['’]s\b"  # "captured Bakhmut's outskirts": a part of it
    # "it took Kyiv months", "took Moscow by surprise"
    r"|\s+(?:months?|weeks?|days?|years?|hours?|time|by\s+surprise|aback|to\s+task|seriously)\b"
    # "Recapture of ‘Boyko Towers’ takes Kyiv ‘many steps closer to regaining Crimea’": brings it nearer
    r"|\s+[‘'\"“]?(?:(?:many|a|one|two|several|another|big|major|giant)\s+)?(?:steps?\s+)?closer\b",
    re.IGNORECASE,
)
