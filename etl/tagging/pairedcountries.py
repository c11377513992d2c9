"""Countries named only in a hyphenated pair ('US-brokered Russia-Ukraine talks', 'the Israel-Hamas war'):
the gazetteer reads no place there (the pair names a war or talks, no scene), yet the document has named both
states, so a side's attack can be read as falling on the other ('Russian attacks cut off power': Ukraine)."""

from __future__ import annotations

import re

from etl.gazetteer import Gazetteer

# "Russia-Ukraine", "US-Russia" (not "Kremlin-backed", "Iranian-made": a second word in lower case)
_PAIR = re.compile(r"\b([A-Z][A-Za-z]+)[-–]([A-Z][A-Za-z]+)\b")


def paired_countries(text: str, gazetteer: Gazetteer) -> set[str]:
    """The country codes of the countries named in hyphenated pairs of the text."""
    codes: set[str] = set()
    for match in _PAIR.finditer(text):
        for part in match.groups():
            for mention in gazetteer.find_mentions(part):
                if mention.kind == "country" and len({c.country_code for c in mention.candidates}) == 1:
                    codes.add(mention.candidates[0].country_code or "")
    return codes - {""}
