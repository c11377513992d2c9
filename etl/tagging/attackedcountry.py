"""The attacked country: with no settlement or region named, the country an attack is said to be made on
("missile attacks on Ukraine", "Poland probably hit by Ukrainian missile", "shelling has killed three
civilians in Ukraine", "Russians destroyed Ukrainian town"), its scene at country precision.
"""

from __future__ import annotations

import re

from etl.gazetteer import PlaceMention
from etl.tagging.anchors import Anchor, Located, Sentence
from etl.tagging.barrages import barrage_of
from etl.tagging.hometowns import struck_home_town
from etl.tagging.lexicon import Cue
from etl.tagging.references import BY_AFTER
from etl.tagging.scenes import DIRECTION
from etl.tagging.victimcountries import victims_demonym, victims_speaker

# "missile attacks on Ukraine", "strikes across Ukraine", "a ship damaged off Ukraine" (its coast): the
# country right after the attack is its object
# ("a strike in western Russia", "a strike near a refugee camp in Lebanon", "a drone strike on weapons
# facility in Iran", "a strike devastates a village of 300 in Ukraine": the country it took place in); its
# agent may come between ("Friday's strikes by Moscow on Ukraine", "a rocket attack by Russia on Ukraine");
# so is the country an armed group struck is said to be in ("strikes on the Houthis, an Iranian-backed militia
# in Yemen": a digest's appositive that says who the group is and where)
_GROUP_IN = (
    r"on\s+(?:the\s+)?[\w’'-]+,\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}"
    r"(?:militia|militant\s+group|armed\s+group|group|movement|rebels|insurgents)\s+"
)
_ON_COUNTRY = re.compile(
    rf"[’'”\"]?\s+(?:(?:by\s+(?:the\s+)?[\w’'-]+\s+(?:forces\s+)?)?(?:on|against|across|at"
    r"|off(?:\s+the\s+(?:coast|shores?)\s+of)?)\s+(?:the\s+)?"
    rf"(?:{DIRECTION}\s+)?"
    r"|(?:(?:(?:near|at|outside)\s+)?(?:an?|the)\s+(?:[\w’'-]+\s+){1,4}|on\s+(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){1,3}"
    rf"|{_GROUP_IN})?"
    rf"in\s+(?:{DIRECTION}\s+)?)",
    re.IGNORECASE,
)


# Where in a country: a side of it, or its occupied part ("in occupied Ukraine"), maybe as areas of it ("in
# Russian-held areas of eastern Ukraine", "in parts of Ukraine")
_COUNTRY_PART = (
    # "three Russian cities"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple)\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:parts|areas|regions|swathes)\s+of\s+(?:the\s+)?"
    # "killed more than 50 people in a tiny village in northeastern Ukraine": a settlement of the country
    r"|(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:village|town|city|settlement)\s+in\s+(?:the\s+)?)?"
    r"(?:(?:western|eastern|northern|southern|central|southeastern|northeastern|southwestern|northwestern"
    r"|occupied|Russian-occupied)\s+)?"
)
# "Russian strikes hit cities across Ukraine", "missiles pounded cities across Ukraine", "attacks reported
# across Ukraine", "Russia strikes cities from east to west Ukraine", "Widespread missile attacks target
# cities across Ukraine", "explosions rattled villages and cities across Ukraine": the attack's verb and what
# it struck (a count, people or places), then the country they lie in (not "attacks condemned by leaders in
# France")
_HITS_ACROSS = re.compile(
    r"\s+(?:(?:hit|hits|pummel(?:s|ed)?|pound(?:s|ed)?|rock(?:s|ed)?|batter(?:s|ed)?|hammer(?:s|ed)?|struck"
    r"|rattl(?:e|es|ed)|shak(?:e|es)|shook|target(?:s|ed)?|reported)\s+(?=\w)|(?=\w))"
    r"(?:(?:at\s+least|more\s+than|dozens\s+of|several|many|multiple|\d+|two|three|four|five|cities|towns"
    r"|villages|regions|areas|parts|targets|sites|buildings|homes|bases|airfields|positions"
    r"|an?|the|and|town|city|village|region|area|building|home|house)\s+){0,4}"
    r"(?:across|throughout|all\s+over|in|from\s+(?:east|west)\s+to\s+(?:east|west)(?:ern)?)\s+(?:the\s+)?"
    + _COUNTRY_PART,
    re.IGNORECASE,
)
# "Russian missiles hit western Ukraine", "the missile that hit Poland", "missiles that landed on Poland": a
# weapon (not "sanctions hit Russia") that hits a country
_WEAPON_HIT_BEFORE = re.compile(
    r"\b(?:missiles?|rockets?|drones?|strikes?|shells?|bombs?|barrages?|projectiles?)\s+(?:that\s+|which\s+)?$",
    re.IGNORECASE,
)
_WEAPON_HIT = re.compile(r"hit|hits|struck|landed (?:on|in)|fell on", re.IGNORECASE)
_WEAPON_HIT_GAP = re.compile(r"\s+(?:the\s+)?" + _COUNTRY_PART, re.IGNORECASE)


# Attack verbs whose object is what was struck ("Russia pounds Ukraine", "‘Massive Attack’ Pummels Ukraine");
# not 'hit' ("sanctions hit Russia")
_STRIKE_VERB = re.compile(
    r"(?:pound|shell|bomb|bombard|strike|attack|hammer|target|pumm?ell?)(?:s|ed|ing)?", re.IGNORECASE
)


# "a missile strike hit a Ukrainian medal ceremony", "strike kills 19 at Ukrainian ceremony", "attacks on
# Ukrainian cities": a demonym of what the attack reaches (not "consequences in the Ukrainian theatre")
# "killed three civilians in", "kill two people in": the victims of an attack and where they were
_VICTIMS_VERB = r"(?:(?:has|have|had)\s+)?(?:killed|kills?|injured|injures?|wounded|wounds?)\s+"
_VICTIMS_THEN_IN = r"(?:[\w,-]+\s+){1,4}?in\s+"
_ON_DEMONYM = re.compile(
    r"\s+(?:(?:on|in|against)\s+|(?:[\w’'-]+\s+){0,3}?(?:at|hit|hits|struck|strikes"
    r"|(?:bring|brings|brought|take|takes|took|knock|knocks|knocked)\s+down)\s+"
    # "strike kills 51 in Ukrainian village": where its victims were
    rf"|{_VICTIMS_VERB}{_VICTIMS_THEN_IN})"
    r"(?:an?\s+|the\s+)?" + _COUNTRY_PART,  # "rocket strikes on southern Ukrainian city"
    re.IGNORECASE,
)


# "attacks on Russian forces", "a Ukrainian drone": a demonym of the side that fights, not of the scene
_FIGHTING_SIDE = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:forces|troops|army|military|soldiers|positions|units?|warships?|drones?|missiles?"
    r"|jets?|aircraft|artillery|officials?|authorities|tanks?|armou?r|vehicles?|convoys?)\b",
    re.IGNORECASE,
)


# "shelling has killed three civilians in Ukraine", "strikes kill two people in occupied Ukraine": the
# country where the attack's victims were is its scene
_VICTIMS_IN = re.compile(r"\s+" + _VICTIMS_VERB + _VICTIMS_THEN_IN + _COUNTRY_PART, re.IGNORECASE)


# An attack word that ends in the killing ("bomb kills", "missile kills"), and the victims after it
_KILLING_ATTACK = re.compile(r".*\b(?:kills?|killed|injur(?:es|ed)|wound(?:s|ed))", re.IGNORECASE)
_VICTIMS_AFTER_VERB = re.compile(rf"\s+{_VICTIMS_THEN_IN}(?:{DIRECTION}\s+)?" + _COUNTRY_PART, re.IGNORECASE)


def attacked_country(sentence: Sentence, anchor: Anchor) -> Located | None:
    """The country an unnamed-target attack is made on, when the text says so right after an attack word of
    the anchor's clause: "missile attacks on Ukraine", "Russia pounds Ukraine" (a strike verb's object), "a
    strike hit a Ukrainian medal ceremony" (a demonym of what was struck), "shelling killed three civilians
    in Ukraine" (where its victims were); else the country that speaks of the victims it suffered."""
    attacks = [c for c in sentence.cues_of("attack") if sentence.clause_of(c.start) == anchor.clause] or [
        anchor
    ]
    return _struck_country(sentence, attacks) or victims_speaker(sentence, attacks)


# "Poland probably hit by Ukrainian missile", "Ukraine targeted by more than 50 missiles", "Polish village
# struck by missile": a country (or a demonym's settlement) that a strike verb in the passive says was hit
_STRUCK_PASSIVE_GAP = re.compile(
    r"(?:\s+(?:border\s+)?(?:villages?|towns?|city|cities|ports?|settlements?))?"
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:(?:probably|likely|most\s+likely|reportedly|allegedly|apparently|again|also)\s+)?",
    re.IGNORECASE,
)
_PASSIVE_STRIKE = re.compile(
    r"(?:hit|struck|attacked|shelled|bombed|bombarded|targeted|pounded|hammered)(?:\s+by)?", re.IGNORECASE
)
# "Ukraine cities rocked by missile strikes", "Kyiv shaken by explosions": the attack is the agent of a
# passive verb of impact that ends right before it
_SHAKEN_BY = re.compile(
    r"\b(?:hit|struck|rocked|shaken|battered|pummell?ed|pounded|hammered)\s+by\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _struck_in_passive(sentence: Sentence, attacks: list[Cue | Anchor], mention: PlaceMention) -> bool:
    """The mention is the subject of a passive strike verb right after it ('Poland hit by a missile')."""
    for cue in attacks:
        if cue.start < mention.end:
            continue
        word = sentence.fullmatch_between(cue.start, cue.end, _PASSIVE_STRIKE)
        if not word or not sentence.fullmatch_between(mention.end, cue.start, _STRUCK_PASSIVE_GAP):
            continue
        if word.group().lower().endswith("by") or sentence.after(cue, BY_AFTER):
            return True
    return False


def _shaken_by(sentence: Sentence, attacks: list[Cue | Anchor], mention: PlaceMention) -> bool:
    """The mention is the subject of a passive verb whose agent is the attack ('Ukraine cities rocked by
    missile strikes')."""
    for cue in attacks:
        by = sentence.before(cue, _SHAKEN_BY, 40) if cue.start > mention.end else None
        if by and sentence.fullmatch_between(mention.end, sentence.start + by.start(), _STRUCK_PASSIVE_GAP):
            return True
    return False


# "Russia bombards Ukraine's cities", "strikes on Ukraine's east", "shelling across Ukraine's south": a part
# of the country's own land, still the country (not "an attack on Israel's courts")
_COUNTRY_AREA = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:east|west|north|south|north-?east|north-?west|south-?east|south-?west|capital"
    r"|cities|towns|villages|regions?|provinces?|territory|soil|heartland|interior|front\s?line|border\s+areas)\b",
    re.IGNORECASE,
)


# "Ukraine faced another missile and drone attack on Friday", "Ukraine came under heavy shelling": the
# country that underwent an attack, its subject (not "Germany has faced cyber-attacks", a trend; "Russia
# suffers huge casualties, but its assault ...")
_UNDERWENT = re.compile(
    r"\s+(?:(?:again|also)\s+)?(?:(?:faced|faces|suffered|endured|weathered)\s+(?:another|an?|fresh)\s+"
    r"|(?:came|comes)\s+under\s+)(?:[\w-]+\s+){0,3}?",
    re.IGNORECASE,
)


def _underwent(sentence: Sentence, attacks: list[Cue | Anchor], mention: PlaceMention) -> bool:
    """The country is the subject of a verb of undergoing whose object is the attack."""
    return any(
        cue.start > mention.end and sentence.fullmatch_between(mention.end, cue.start, _UNDERWENT)
        for cue in attacks
    )


def _struck_country(sentence: Sentence, attacks: list[Cue | Anchor]) -> Located | None:
    for loc in sentence.located:
        mention = loc.mention
        passive = mention.kind in ("country", "demonym") and not loc.reference
        if passive and (
            _struck_in_passive(sentence, attacks, mention)
            or _shaken_by(sentence, attacks, mention)
            or (mention.kind == "country" and _underwent(sentence, attacks, mention))
        ):
            return loc
        if mention.kind == "demonym" and not loc.reference and _struck_demonym(sentence, attacks, mention):
            return loc
        if mention.kind != "country" or loc.reference:
            continue
        if _country_sites(sentence, attacks, loc) or struck_home_town(sentence, attacks, loc):
            return loc  # "hit Ukraine targets", "shelling the home town of Ukraine's entrants"
        if sentence.text.startswith(("'s", "’s"), mention.end - sentence.start) and not sentence.after(
            mention, _COUNTRY_AREA
        ):
            continue  # "an attack on Israel's courts": the courts, not the country
        for cue in attacks:
            if cue.end > mention.start:
                continue
            gap = sentence.text[cue.end - sentence.start : mention.start - sentence.start]
            verb = sentence.fullmatch_between(cue.start, cue.end, _STRIKE_VERB)
            # "Russia pounds Ukraine", "fighters attack southern Russia": a strike verb's object
            struck = verb and _WEAPON_HIT_GAP.fullmatch(" " + gap.lstrip())
            if (
                _ON_COUNTRY.fullmatch(gap)
                or _VICTIMS_IN.fullmatch(gap)
                or struck
                or _killed_in(sentence, cue, gap)
                or barrage_of(sentence, cue, gap)
            ):
                return loc
            if (
                _HITS_ACROSS.fullmatch(gap)
                or _weapon_hits(sentence, cue, gap)
                or _aimed_at(sentence, cue, gap)
            ):
                return loc
    return victims_demonym(sentence, attacks)


# "missiles hit Ukraine targets", "Ukraine building suffers deadliest attack", "cyberattack hits Ukraine govt.
# sites": the country's name used as the modifier of the places struck (not of a weapon or an attack, "Ukraine
# missile strike on a Russian-held city", whose modifier is the attacker)
_SITES_AFTER = re.compile(
    r"\s+(?:govt\.?\s+|government\s+)?(?:buildings?|targets|sites|cities|towns|villages|homes)\b",
    re.IGNORECASE,
)


def _country_sites(sentence: Sentence, attacks: list[Cue | Anchor], loc: Located) -> bool:
    """The country names the sites an attack of the same clause struck ('hit Ukraine targets')."""
    return bool(sentence.after(loc.mention, _SITES_AFTER)) and any(
        sentence.clause_of(c.start) == loc.clause for c in attacks
    )


# "Moscow fired missiles at Ukraine on Saturday", "launched drones at Russia": a weapon fired, its cue ending
# in the preposition of where it was aimed, the country right after it (not the present participle of an
# aim: "modified HIMARS launchers to stop them firing into Russia")
_AIMED_END = re.compile(r"(?:fired|launched)(?:\s.*)?\s(?:at|on|upon|into|towards?)", re.IGNORECASE)
_AIMED_GAP = re.compile(r"\s+(?:the\s+)?" + _COUNTRY_PART, re.IGNORECASE)


def _aimed_at(sentence: Sentence, cue: Cue | Anchor, gap: str) -> bool:
    """'fired missiles at Ukraine': the cue itself holds the preposition, the country follows it."""
    return bool(sentence.fullmatch_between(cue.start, cue.end, _AIMED_END) and _AIMED_GAP.fullmatch(gap))


def _killed_in(sentence: Sentence, cue: Cue | Anchor, gap: str) -> bool:
    """'Car bomb kills politician in east Ukraine': the attack word holds the killing, its victims follow."""
    return bool(
        sentence.fullmatch_between(cue.start, cue.end, _KILLING_ATTACK) and _VICTIMS_AFTER_VERB.fullmatch(gap)
    )


def _weapon_hits(sentence: Sentence, cue: Cue | Anchor, gap: str) -> bool:
    """'missiles hit western Ukraine', 'the missile that hit Poland': a weapon's hit, right before a
    country."""
    return bool(
        sentence.fullmatch_between(cue.start, cue.end, _WEAPON_HIT)
        and sentence.before(cue, _WEAPON_HIT_BEFORE, 40)
        and _WEAPON_HIT_GAP.fullmatch(gap)
    )


def _struck_demonym(sentence: Sentence, attacks: list[Cue], mention: PlaceMention) -> bool:
    if sentence.after(mention, _FIGHTING_SIDE):
        return False
    return any(
        cue.end <= mention.start
        and (
            sentence.fullmatch_between(cue.end, mention.start, _ON_DEMONYM) or _razes(sentence, cue, mention)
        )
        for cue in attacks
    )


# "Russians destroyed Ukrainian town", "Russia blasts Ukrainian cities", "bombs hit eastern Ukrainian town": a
# strike verb whose object is a demonym's settlements (not "targeting the American homeland", "to destroy
# American democracy")
_RAZE_VERB = re.compile(
    r"(?:destroy|pummel|pound|shell|bomb|bombard|blast|hammer|strike|rock)(?:s|ed|ing)?|struck|hits?",
    re.IGNORECASE,
)
_RAZE_GAP = re.compile(r"\s+(?:the\s+|an?\s+)?" + _COUNTRY_PART, re.IGNORECASE)
_SETTLEMENTS = re.compile(
    r"\s+(?:towns?|city|cities|villages?|settlements?|ports?|neighbou?rhoods?)\b", re.IGNORECASE
)


def _razes(sentence: Sentence, cue: Cue, mention: PlaceMention) -> bool:
    """The demonym is the first word of the strike verb's object, its settlements."""
    return bool(
        _RAZE_VERB.fullmatch(sentence.text_of(cue))
        and sentence.fullmatch_between(cue.end, mention.start, _RAZE_GAP)
        and sentence.after(mention, _SETTLEMENTS)
    )


# "Russia reports a drone attack in its southwestern city", "Russia accuse Ukraine of bombing an oil facility
# on its territory", "Moscow accuses Ukraine of deadly airbase attack deep within its territory", "Poland ...
# said earlier that a Russian-made missile had fallen within its borders killing two" (inside, not 'on its
# border with'): the attack fell on the land of the state the sentence opens with, its subject; so it does
# when the attack's object is 'its own' city ("Russian warplane bombs one of its own cities", "admitted
# accidentally striking one of its own cities near Ukraine")
_ITS_TERRITORY = re.compile(
    r"[^;]{0,40}?\b(?:on|in|inside|within|into|across)\s+its\s+(?:own\s+)?(?:[\w-]+\s+)?"
    r"(?:territory|soil|land|cit(?:y|ies)|towns?|regions?|(?<!on\sits\s)borders?(?!\s+with\b))\b"
    # the object right after the attack's verb
    r"|\s+(?:one\s+of\s+)?its\s+own\s+(?:[\w-]+\s+)?(?:territory|soil|land|cit(?:y|ies)|towns?|regions?)\b",
    re.IGNORECASE,
)


def own_territory(sentence: Sentence, anchor: Anchor) -> Located | None:
    """The country or capital the sentence opens with, when the anchor's attack is said to fall on 'its
    territory' or 'its city' right after it."""
    if not sentence.after(anchor, _ITS_TERRITORY):
        return None
    first = sentence.located[0] if sentence.located else None
    if first is None or first.mention.start > anchor.start or first.place.precision == "admin1":
        return None
    return first
