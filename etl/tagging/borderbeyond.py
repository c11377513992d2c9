"""The far side of a border: a border area hit with no place of its own, in a sentence that names the country
whose border it is ("drone attacks near the border with Ukraine"), lies in the other country of the war's
border; so does a named target said to be only near it. One of fallbackcountries.py's fallbacks."""

from __future__ import annotations

import re

from etl.gazetteer import Place
from etl.tagging.anchors import Anchor, Located, Sentence
from etl.tagging.context import DocumentContext
from etl.tagging.locatives import LOCATIVE_TYPE, WAR_BORDER_COUNTRIES

# "near the border with Ukraine", "Border Attack From Ukraine", "a raid across the Ukrainian border into
# Russia": the country whose border it is, seen from the other side (not "the Ukrainian border town",
# "Ukraine's border regions": the side's own)
_BORDER_WITH = re.compile(r"\b(?:borders?\s+with|from)\s+(?:the\s+)?$", re.IGNORECASE)
_ITS_BORDER = re.compile(
    r"\s+border\b(?!\s+(?:towns?|villages?|cit(?:y|ies)|settlements?|communit(?:y|ies)|regions?|oblasts?|areas?"
    r"|districts?|provinces?))",
    re.IGNORECASE,
)


# "aircraft downed near the Ukrainian border", "a bridge near the border with Russia": a named target placed
# only as near a country's border lies on the other side of it (not "from Ukraine", said of a target's origin)
_NEAR = r"\b(?:near|along|close\s+to|next\s+to|by)\s+(?:the\s+)?"
_NEAR_BORDER_WITH = re.compile(_NEAR + r"borders?\s+with\s+(?:the\s+)?$", re.IGNORECASE)
_NEAR_COUNTRY = re.compile(_NEAR + r"$", re.IGNORECASE)


def _borders_named(anchor: Anchor, sentence: Sentence, loc: Located) -> bool:
    """The sentence names the country `loc` as the one whose border the anchor is at: any mention of its
    border for a border area, only 'near the <country> border' or 'near the border with <country>' for a
    named target."""
    if anchor.target_type == LOCATIVE_TYPE:
        return bool(
            sentence.before(loc.mention, _BORDER_WITH, 20) or sentence.after(loc.mention, _ITS_BORDER)
        )
    return bool(
        sentence.before(loc.mention, _NEAR_BORDER_WITH, 40)
        or (sentence.before(loc.mention, _NEAR_COUNTRY, 20) and sentence.after(loc.mention, _ITS_BORDER))
    )


def border_beyond(anchor: Anchor, sentence: Sentence, context: DocumentContext) -> Place | None:
    """A border area hit with no place of its own, in a sentence that names one country of the war's border as
    the one it borders ("drone attacks near the border with Ukraine", "Russia Says It Repelled Fresh Border
    Attack From Ukraine"): the area lies in the other country of that border (a border region is an area of
    the Russia-Ukraine border, by the guide). So does a named target said to be only near that border ("four
    Russian aircraft shot down near the Ukrainian border")."""
    if anchor.target_type == "unspecified" or context.country_of is None:
        return None
    countries = {loc.place.country_code for loc in sentence.located if loc.place.precision == "country"}
    if not countries <= WAR_BORDER_COUNTRIES:
        return None  # "Romanian authorities found a crater near the border with Ukraine": a third country's
    named = {
        loc.place.country_code
        for loc in sentence.located
        if loc.place.precision == "country"
        and loc.place.country_code in WAR_BORDER_COUNTRIES
        and _borders_named(anchor, sentence, loc)
    }
    if len(named) != 1:
        return None
    (other,) = WAR_BORDER_COUNTRIES - named
    return context.country_of(other)
