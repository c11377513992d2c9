"""A port that only says where a warship lay: 'a landing ship stationed in the Crimean port of Feodosia', 'an
explosion on the vessel in Feodosia port', 'explosions near and in the Crimean harbour' where the fleet was
struck. Readers label the ship or the fleet (a military target) and not the port, so a port incident in the
place of a military one is dropped when its sentence names the port only after 'in', 'at' or 'near'. A port
named as what was hit stays ('drones hit key Russian port, damage naval ship', 'an attack on Crimean port
damages a warship', 'struck naval targets and port infrastructure in Sevastopol')."""

from __future__ import annotations

import re

from etl.models import Incident

PORT = "port"
MILITARY = "military_site"

_PORT_WORD = re.compile(r"\b(?:sea|river|grain)?ports?\b|\bharbou?rs?\b|\bdocks?\b", re.IGNORECASE)
# 'in the Crimean port', 'at Feodosia port', 'near and in the harbour': up to three words between
_LOCATIVE = re.compile(
    r"\b(?:in|inside|at|near|stationed|moored|docked)(?: and in)? (?:the )?(?:[\w’'-]+ ){0,3}$", re.IGNORECASE
)


def _port_only_where(evidence: str) -> bool:
    """Every port word of the sentence follows a locative preposition (and there is one)."""
    words = list(_PORT_WORD.finditer(evidence))
    return bool(words) and all(_LOCATIVE.search(evidence[max(0, w.start() - 60) : w.start()]) for w in words)


def drop_ports_of_warships(incidents: list[Incident]) -> list[Incident]:
    """The incidents without the ports that only say where a military target of the document lay."""
    military = {i.where for i in incidents if i.target_type == MILITARY}
    return [
        i
        for i in incidents
        if not (i.target_type == PORT and i.where in military and _port_only_where(i.evidence))
    ]
