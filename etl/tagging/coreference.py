"""Which target a bare word stands for, from the targets the story names around it."""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.tagging.lexicon import Cue

# The cue that is only the word 'plant' (an industrial plant unless the story names which plant it is)
BARE_PLANT_TYPE = "industrial_plant"
_BARE_PLANT = re.compile(r"plants?", re.IGNORECASE)
# A specific plant named by a cue of any type ('nuclear power plant', 'chemical plant', 'ZNPP' as a facility)
_PLANT_WORD = re.compile(r"\bplants?\b", re.IGNORECASE)
# A military site named by no kind of its own ('a military facility', 'military facilities', 'a Russian base')
_BARE_MILITARY = re.compile(
    r"(?:military|Russian|Ukrainian|enemy) (?:facility|facilities|sites?|bases?|installations?)",
    re.IGNORECASE,
)
# An air base by any of its names (taxonomy.toml lists it as an airport; 'Kursk airbase' also as a facility),
# not a civil airport
_AIR_BASE = re.compile(
    r"\b(?:air ?bases?|airfields?|(?:bomber|aviation|helicopter) bases?)\b",
    re.IGNORECASE,
)


def resolve_bare_targets(cues: list[Cue], text: str) -> list[Cue]:
    """Bare plants and bare military sites resolved to the named target they stand for."""
    return resolve_bare_military_sites(resolve_bare_plants(cues, text), text)


def resolve_bare_military_sites(cues: list[Cue], text: str) -> list[Cue]:
    """A military site the story names by no kind is the air base it names, an airport by the labelling guide
    ('Kursk airbase in Russia hit ... an unknown drone struck a military facility in western Russia';
    'Explosions rock two Russian airbases ... Blasts at military facilities'): the nearest air base named
    before it, else the first named after it ('What attack attempt on Russian base tells' a story whose body
    names 'a military airfield')."""
    bases = [c for c in cues if c.group == "target" and _AIR_BASE.search(text, c.start, c.end)]
    return _typed_by_nearest(
        cues,
        bases,
        lambda c: c.label == "military_site" and _BARE_MILITARY.fullmatch(text, c.start, c.end) is not None,
    )


def resolve_bare_plants(cues: list[Cue], text: str) -> list[Cue]:
    """A bare 'the plant' is the plant the story names ('shelling of the Zaporizhzhia nuclear plant ... risks
    remained at the plant' is the power plant, not a factory): it takes the type of the nearest specific plant
    named before it, else after it (a headline's 'after plant hit' names the power plant its body names)."""
    named = [c for c in cues if c.group == "target" and _is_named_plant(c, text)]
    return _typed_by_nearest(
        cues,
        named,
        lambda c: c.label == BARE_PLANT_TYPE and _BARE_PLANT.fullmatch(text, c.start, c.end) is not None,
    )


def _typed_by_nearest(cues: list[Cue], named: list[Cue], bare: Callable[[Cue], bool]) -> list[Cue]:
    """Each bare target cue takes the type of the nearest named one before it, else of the first after it."""
    if not named:
        return cues
    resolved: list[Cue] = []
    for c in cues:
        if c.group == "target" and bare(c):
            before = [n for n in named if n.end <= c.start]
            c = Cue(c.group, (before[-1] if before else named[0]).label, c.start, c.end)
        resolved.append(c)
    return resolved


def _is_named_plant(cue: Cue, text: str) -> bool:
    """A power plant or station of any name ('ZNPP'), or a plant named with its kind ('chemical plant')."""
    if cue.label == "power_plant":
        return True
    return not _BARE_PLANT.fullmatch(text, cue.start, cue.end) and bool(
        _PLANT_WORD.search(text, cue.start, cue.end)
    )
