"""A capital standing for its state: the subject of a state's act ("Moscow renews air attacks", "as Moscow
and Kyiv traded accusations") or the agent after 'by' ("a decision by Moscow"); and the countries or capitals
listed as one subject, so that the verb after the last makes each of them the actor; and a capital or country
a political verb addresses ("accuses Moscow of", "Trump rebukes Kyiv")."""

from __future__ import annotations

import re

from etl.tagging.anchors import LOCATING_REACH, Sentence, preceded_by
from etl.tagging.lexicon import Cue

# What stands between a city and the act of the state it stands for (lexicon 'state_act'): an auxiliary or
# an adverb ("Moscow has firmly reiterated the ban", "Moscow has since pulled back from northern Ukraine"), or
# when it acted, which also makes a side's act (lexicon 'actor') the state's ("Moscow today reported an attack
# on its border city", "since Moscow last week pulled out of an agreement", "Kyiv today said Iranian-made
# Russian drones fell")
_WHEN_ACTED = (
    r"(?:today|yesterday|earlier|(?:last|this)\s+week"
    r"|(?:early\s+|late\s+)?(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|night))?)\s+"
)
# "Moscow previously said", "Kyiv reportedly said": a city, mostly a capital for its state, acts across an
# adverb of when or of hearsay too (references.py; not a country: "Russia previously said 63 soldiers were
# killed" is a speaker of what it suffered, which the country rules read)
ACTOR_ADVERB = (
    r"(?:(?:previously|reportedly|repeatedly|quickly|swiftly|promptly|publicly|officially|later|earlier)\s+)?"
)
_AUXILIARIES = r"(?:(?:has|have|had|is|are|was|were|also|again|now|since|still|then|[a-z]+ly)\s+){0,2}"
_STATE_GAP = re.compile(rf"\s+(?:{_WHEN_ACTED})?{_AUXILIARIES}", re.IGNORECASE)
_WHEN_GAP = re.compile(rf"\s+{_WHEN_ACTED}{_AUXILIARIES}", re.IGNORECASE)

# A capital as the subject of an auxiliary or modal and a verb in the active: "Kyiv has found a way to
# target bombers", "Moscow has turned it into a base", "Kyiv did not take responsibility", "Moscow could gain
# the upper hand", "Moscow was testing air defences": the state acts, whatever the verb. Not a passive or what
# a city goes through ("Kyiv was hit", "Kyiv has been attacked", "Moscow has come under drone attacks", "Kyiv
# has suffered", "Kyiv is burning"), which leave it the scene.
_UNDERGONE = (
    r"(?!(?:be|been|come|suffered|endured|faced|seen|experienced|witnessed|weathered|survived|lost|burning"
    r"|shaking|reeling|recovering|bracing|suffering|enduring|facing|bleeding)\b)"
)
# ("Moscow has long suspected Ukraine would", "Kyiv has not said")
_ADVERB = r"(?:(?:not|never|also|since|still|now|long|[a-z]+ly)\s+)?"
_MODAL_ACT = r"(?:will|would|could|can|may|might|must|should|did|does)(?:n['’]t)?\s+" + _ADVERB
_PERFECT_ACT = r"(?:has|had)(?:n['’]t)?\s+" + _ADVERB
_PARTICIPLE = (
    r"(?:[a-z]+(?:ed|en)|found|made|said|told|sent|won|built|brought|kept|left|fought|sought|struck)\b"
)
_AUXILIARY_ACT = re.compile(
    rf"\s+(?:{_MODAL_ACT}(?!have\s+been\b){_UNDERGONE}[a-z]+\b"
    rf"|{_PERFECT_ACT}{_UNDERGONE}{_PARTICIPLE}"
    rf"|(?:is|was)\s+{_ADVERB}{_UNDERGONE}[a-z]+ing\b)"
)

# "Kyiv was responsible for an explosion", "Kyiv had nothing to do with the explosion", "Kyiv is under
# pressure to find a breakthrough": what is said of a capital as one who answers for an act or must act is
# said of its state (not "Kyiv is under attack", "Kyiv was left without power": what the city goes through)
_STATE_PREDICATE = re.compile(
    r"\s+(?:(?:is|was|were|are|has\s+been|had\s+been)\s+(?:not\s+)?(?:responsible|to\s+blame|behind)\b"
    r"|(?:has|had|have)\s+nothing\s+to\s+do\s+with\b"
    r"|(?:is|was)\s+under\s+(?:\w+\s+)?pressure\s+to\b)",
    re.IGNORECASE,
)

# a preposition that makes the capital before a state's act its object ("drone attacks on Moscow continued",
# "explosions in Kyiv reported"), not the subject of an absolute clause ("with Moscow relying on Iranian
# drones")
_GOVERNED_PLACE = re.compile(
    r"\b(?:on|in|across|against|at|to|into|over|of|throughout|from|inside|within|near)\s+(?:the\s+)?"
    r"(?:(?:Ukrainian|Russian|capital|city)\s+)*$",
    re.IGNORECASE,
)


def capital_acts(
    sentence: Sentence, n: int, state_acts: list[Cue], actors: list[Cue], attacks: list[Cue]
) -> bool:
    """A capital (or capitals joined by 'and') right before a state's act is its subject ("Moscow renews air
    attacks", "as Moscow and Kyiv traded accusations"), unless a preposition governs it ("drone attacks on
    Moscow continued"); so it is before a side's act when it acted ("Kyiv today said"), unless an attack verb
    governs it ("drones attacked Kyiv on Monday, said officials")."""
    loc = sentence.located[n]
    start = loc.mention.start
    if not loc.capital or sentence.search_before(start, _GOVERNED_PLACE, 30):
        return False
    end = _list_end(sentence, n, _CAPITALS_GAP)
    if any(c.start >= end and sentence.fullmatch_between(end, c.start, _STATE_GAP) for c in state_acts):
        return True
    if sentence.match_at(end, _AUXILIARY_ACT) or sentence.match_at(end, _STATE_PREDICATE):
        return True
    return not preceded_by(attacks, start, LOCATING_REACH, sentence.start) and any(
        c.start >= end and sentence.fullmatch_between(end, c.start, _WHEN_GAP) for c in actors
    )


# "a decision by Moscow to resume a blockade", "an apparent change of tack by Moscow", "threats by both Moscow
# and Kyiv to target civilian carriers", "the explosion was planned by Washington and London": a capital after
# 'by' is the agent of what comes before, whatever the word
_BY_CAPITAL = re.compile(
    r"\bby\s+(?:both\s+)?$"
    # "a suspect admits acting for Kyiv", "agents working on behalf of Moscow": the state served
    r"|\b(?:act(?:s|ed|ing)?|work(?:s|ed|ing)?|spy(?:ing)?|spied)\s+(?:for|on\s+behalf\s+of)\s+$",
    re.IGNORECASE,
)


def capital_agent(sentence: Sentence, n: int) -> bool:
    """A capital, or a list of capitals joined by 'and', right after 'by': the state that acts."""
    if not sentence.located[n].capital:
        return False
    first = n
    while first > 0 and _list_end(sentence, first - 1, _CAPITALS_GAP) == sentence.located[n].mention.end:
        first -= 1
    return sentence.search_before(sentence.located[first].mention.start, _BY_CAPITAL, 30) is not None


# "as US pledges ‘unwavering’ support for Kyiv", "more military aid to Kyiv", "Iran's weapons for Moscow": the
# capital a side supports or arms stands for its state, never the scene
_SUPPORTED = re.compile(
    r"\b(?:support|aid|assistance|backing|solidarity|weapons|arms|ammunition)\s+(?:for|to)\s+$", re.IGNORECASE
)


# "officers who handed intelligence to Kyiv", "the US delivery of long-range missiles to Kyiv", "the
# intelligence it shares with Kyiv": the capital that receives the arms or intelligence a side hands,
# delivers or shares stands for its state (the thing given named, not "convoys delivered food to Kyiv", a
# city that may be the scene; not "missiles fired at Kyiv")
_GIVEN = (
    r"(?:intelligence|information|data|weapons?|arms|missiles?|rockets?|tanks?|jets?|aircraft|munitions"
    r"|ammunition|shells|systems?|drones?)"
)
_RECEIVED = re.compile(
    r"\b(?:hand(?:s|ed|ing)?(?:\s+over)?|deliver(?:s|ed|ing|y|ies)?|shar(?:e|es|ed|ing)|transferr?(?:s|ed|ing)?"
    rf"|provid(?:e|es|ed|ing))\s+(?:[\w-]+\s+){{0,4}}?{_GIVEN}\s+(?:to|with)\s+$"
    rf"|\b{_GIVEN}\s+(?:[\w-]+\s+){{0,2}}shar(?:e|es|ed|ing)\s+with\s+$",
    re.IGNORECASE,
)
# "blame for the destroyed dam on 'inhumane' Moscow", "pinned the blame on Kyiv": the capital blamed, across a
# quoted word of scorn
_BLAMED_ON = re.compile(r"\bblame\b[^.;]{0,60}?\bon\s+(?:[‘'\"“][\w-]+[’'\"”]\s+)?$", re.IGNORECASE)


def capital_supported(sentence: Sentence, n: int) -> bool:
    """A capital right after the support or arms a side gives it, after what a side hands or shares with it,
    or after the blame laid on it: the state, never the scene."""
    loc = sentence.located[n]
    if not loc.capital:
        return False
    start = loc.mention.start
    given = (_SUPPORTED, _RECEIVED, _BLAMED_ON)
    return any(sentence.search_before(start, rx, 80) is not None for rx in given)


# "the United States and Germany pledged", "Russia, Iran and North Korea say": countries listed as one subject
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")

# "as Moscow and Kyiv traded accusations", "neither Moscow nor Kyiv gives timely data": capitals joined as one
# subject (not after a comma: "the bombardment of Kyiv, Moscow admitted")
_CAPITALS_GAP = re.compile(r"\s+(?:and|nor)\s+")


def country_list_end(sentence: Sentence, n: int) -> int:
    """Where the list of countries that mention n begins ends (its own end if it begins none), so that every
    country of a listed subject is the actor its verb makes the last one."""
    if sentence.located[n].place.precision != "country":
        return sentence.located[n].mention.end
    return _list_end(sentence, n, _LIST_GAP)


def _list_end(sentence: Sentence, n: int, gap: re.Pattern[str]) -> int:
    """Where the mentions joined to mention n by `gap`, of its kind (countries, or capitals), end."""
    first = sentence.located[n]
    end = first.mention.end
    for nxt in sentence.located[n + 1 :]:
        listed = sentence.fullmatch_between(end, nxt.mention.start, gap)
        if nxt.place.precision != first.place.precision or nxt.capital != first.capital or not listed:
            break
        end = nxt.mention.end
    return end


# "the Kyiv government says", "the Moscow regime", "Kyiv's leadership", "a Kyiv defence official", "Moscow's
# foreign ministry": a capital naming the government, or a ministry, that sits there stands for its state,
# not the scene (not "Kyiv officials said", "Kyiv's mayor": the city's own officials report what it suffered)
_GOVERNMENT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:central|national|deputy|foreign|defen[cs]e|war)\s+){0,2}"
    r"(?:government|regime|leadership|administration|ministry|minister)\b"
    r"|(?:['’]s)?\s+(?:deputy\s+)?(?:foreign|defen[cs]e)\s+(?:officials?|chiefs?)\b"
    # "Moscow sources denied": sources close to the state, unlike "Kyiv officials", the city's own
    r"|\s+sources\b"
    # "Kyiv troops push Russian forces out", "Moscow's flagship bomber", "Moscow's battlefield supply lines":
    # the state's forces and what supplies them, wherever they are
    r"|\s+(?:troops|forces|soldiers)\b"
    r"|['’]s\s+(?:[\w-]+\s+){0,2}?(?:bombers?|warplanes?|supply\s+lines)\b"
    # "the same Washington playbook", "the official Moscow term", "play into Moscow's hands": the state's
    # ways, words and interests, named after its seat
    r"|(?:['’]s)?\s+(?:playbook|narrative|doctrine|agenda|propaganda|talking\s+points|term)\b"
    r"|['’]s\s+hands\b",
    re.IGNORECASE,
)
# "the regime in Kyiv", "the Defense Ministry in Moscow has reported", "the government in the Ukrainian
# capital, Kyiv": the same government named before its seat
_GOVERNMENT_IN = re.compile(
    r"\b(?:government|regime|leadership|ministry)\s+in\s+(?:the\s+(?:Ukrainian\s+|Russian\s+)?capital,?\s+)?$",
    re.IGNORECASE,
)


def capital_government(sentence: Sentence, n: int) -> bool:
    """A capital naming the government or a ministry seated there ("the Kyiv government", "the regime in
    Moscow"): the state, never the scene."""
    loc = sentence.located[n]
    if not loc.capital:
        return False
    named_after = sentence.after(loc.mention, _GOVERNMENT_AFTER)
    return bool(named_after or sentence.before(loc.mention, _GOVERNMENT_IN, 50))


# "urged Moscow to respect the airspace", "allowing Kyiv to strike far behind the lines", "prompting Kyiv to
# call on its allies", "to prevent Kyiv from deploying its air defences", "bars Kyiv from using the network":
# a capital a side urges, lets, makes or stops doing something is the state that would act, never the scene
_URGED_BEFORE = re.compile(
    r"\b(?:urg|allow|let|push|prompt|forc|help|enabl|pressur|warn|prevent|bar|stop|direct|persuad|convinc"
    r"|encourag|compel|press|call(?:ed|ing|s)?\s+on|ask)[a-z]*\s+(?:both\s+)?$",
    re.IGNORECASE,
)
# the act it is urged to or kept from: 'to' and a verb (not "to its allies"), 'from' and a gerund
_URGED_AFTER = re.compile(
    r"\s+(?:(?:and|nor)\s+[A-Z]\w+\s+)?(?:to\s+(?!(?:the|a|an|its|their|his|her|this|that|be|more)\b)[a-z]+\b"
    r"|from\s+[a-z]+ing\b)"
)


# "is Starlink helping Moscow target civilians?", "letting Kyiv strike deep inside Russia", "made Moscow
# rethink": a capital helped, let or made to act takes the bare verb, no 'to' (a state's verbs of war, not
# "helping Kyiv residents")
_HELPED_BEFORE = re.compile(r"\b(?:help(?:s|ed|ing)?|let(?:s|ting)?|mak(?:e|es|ing)|made)\s+$", re.IGNORECASE)
_BARE_ACT = re.compile(
    r"\s+(?:target|strike|hit|attack|fight|win|launch|wage|evade|bypass|dodge|avoid|gain|sustain|pursue|press"
    r"|continue|escalate|expand|finance|fund|produce|make|build|rethink|reconsider)\b"
)


def capital_urged(sentence: Sentence, n: int) -> bool:
    """A capital a side urges, lets or keeps from acting ('urged Moscow to respect', 'prevent Kyiv from
    deploying', 'helping Moscow target civilians'): the state, never the scene."""
    loc = sentence.located[n]
    if not loc.capital:
        return False
    helped = sentence.search_before(loc.mention.start, _HELPED_BEFORE, 12)
    if helped and sentence.after(loc.mention, _BARE_ACT):
        return True
    if not sentence.after(loc.mention, _URGED_AFTER):
        return False
    return sentence.search_before(loc.mention.start, _URGED_BEFORE, 24) is not None


# "Kyiv accuses Moscow of", "Ottawa summons Russian envoy", "Zelensky slams Moscow": a capital or country that
# a political verb addresses stands for its state, never the scene ("urged both Kyiv and Moscow to stop":
# each of the two)
_ADDRESSED = re.compile(
    r"\b(?:accus(?:es|ed|ing)|blam(?:es|ed|ing)|condemn(?:s|ed|ing)?|critici[sz](?:es|ed|ing)|slam(?:s|med|ming)?"
    r"|urg(?:es|ed|ing)|sanction(?:s|ed|ing)?|warn(?:s|ed|ing)?|told|tells?|asks?|asked"
    # "pushing Moscow to return to the deal", "advisers aiding Moscow", "ties with Moscow", "a settlement
    # with Moscow": the state pressed, helped or dealt with
    r"|push(?:es|ed|ing)?|pressur(?:e|es|ed|ing)|aid(?:s|ed|ing)|(?:ties|relations|settlement)\s+with"
    # "new sanctions against Moscow": the state addressed
    r"|sanctions\s+(?:against|on)"
    # "Trump rebukes Kyiv", "a firm that supplied Moscow with drones": the state rebuked or armed
    r"|rebuk(?:es|ed|ing)|rebuke|suppl(?:y|ies|ied|ying))\s+(?:both\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w’'-]+\s+and\s+)?$",
    re.IGNORECASE,
)


def addressed(sentence: Sentence, start: int) -> bool:
    """The place at `start` is what a political verb addresses ('accuses Moscow of'): the state."""
    return sentence.search_before(start, _ADDRESSED, 24) is not None
