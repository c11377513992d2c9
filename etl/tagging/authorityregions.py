"""A region named only as the authority that reports ('The Kherson regional military administration said ...
Russian forces targeted a hospital'): the story's settlement in that region stays the scene."""

from __future__ import annotations

import re

from etl.gazetteer import Place
from etl.tagging.anchors import Located, Sentence
from etl.tagging.context import DocumentContext

# 'the Kherson regional military administration', 'the Zaporizhzhia region's governor', 'Donetsk oblast
# police': the words after a region's name that make it the office speaking, not a place
_AUTHORITY = re.compile(
    r"(?:\s+region(?:al|['’]s)?|\s+oblast)?\s+(?:military\s+|civil(?:ian)?\s+|state\s+)?"
    r"(?:administration|governor|authorities|council|police|prosecutor)\b",
    re.IGNORECASE,
)


def _is_authority(sentence: Sentence, loc: Located) -> bool:
    """A region mention that names the office reporting ('the Kherson regional military administration')."""
    return loc.place.precision == "admin1" and bool(sentence.after(loc.mention, _AUTHORITY))


def authority_scene(sentence: Sentence, places: list[Located], context: DocumentContext) -> Place | None:
    """The settlement named last before a sentence whose only places are regions named as the authority
    reporting, when it lies in that region: readers carry the story's city ('Russian shelling of Kherson
    killed three' then 'The Kherson regional military administration said ... targeted a hospital')."""
    before = context.where_before
    if not places or before is None or before.place.precision != "place":
        return None
    if not all(_is_authority(sentence, loc) for loc in places):
        return None
    codes = {loc.place.admin1_code for loc in places}
    return before.place if codes == {before.place.admin1_code} else None
