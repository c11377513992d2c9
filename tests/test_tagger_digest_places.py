"""Digests, twenty-first session, third round: the place a later sentence refers back to is the one the story
named last, also when the sentence that named it told no attack ('Russian troops kept terrorising civilians in
the Kharkiv region, its governor said' then 'homes came under fire': in the Kharkiv region, not in the town
the digest's item before named).

Invented sentences modelled on the pattern; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

from tagger_cases import typed_places as found

DIGEST = (
    "Ukraine war at a glance: what we know on day 400.\n\n"
    "Russian forces kept up attacks in the east and south on Friday.\n"
    "Two people were killed in a Russian strike on a market in Bakhmut, eastern Ukraine, officials said.\n"
)


def test_a_quiet_sentence_moves_the_scene_to_the_region_it_names():
    text = DIGEST + (
        "Russian troops kept terrorising civilians in the Kharkiv region, its governor said. "
        "No casualties were reported, but homes and shops continued to come under fire.\n"
    )
    assert found(text) == [("commercial", "Bakhmut"), ("commercial", "UA-63"), ("residential", "UA-63")]


def test_a_quiet_sentence_naming_no_place_leaves_the_scene():
    text = DIGEST + (
        "The governor spoke to reporters about the coming winter. "
        "No casualties were reported, but homes and shops continued to come under fire.\n"
    )
    assert found(text) == [("commercial", "Bakhmut"), ("residential", "Bakhmut")]


def test_a_quiet_place_before_any_scene_sets_none():
    # a feature opening on where its writer is: the strikes it goes on to tell are not placed there
    text = (
        "Letter from the coast.\n\n"
        "The cafes of Nice were busy this week with visitors from the north. "
        "Russian missiles hit power stations across Ukraine on Friday, officials said.\n"
    )
    assert found(text) == [("power_plant", "UA")]
