"""Background mentions of attacks: sentences that name attacks as the subject of a finding or a charge, as
a person's earlier wound, as the war itself or as an older event, without reporting one; each with a sentence
of the same shape that still reports one.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from etl.models import Document
from etl.tagging.tagger import find_incidents

REPORTED = date(2024, 3, 23)


def found(text: str, reported: date = REPORTED) -> list[tuple[str, str, str]]:
    """(target type, most precise place name or region code or country code, status) per incident."""
    doc = Document("t", reported, text)
    return sorted(
        (i.target_type, i.place or i.admin1_code or i.country_code or "", i.status)
        for i in find_incidents(doc, named_events=())
    )


@pytest.mark.parametrize(
    "text",
    [
        # attacks as what an inquiry found evidence of, or what a warrant charges a person with organising
        "A UN panel said it had found new evidence that Russian troops committed “indiscriminate attacks” in "
        "Ukraine.",
        "A court in Moscow ordered the arrest of a Ukrainian general, accusing him of organising “terrorist "
        "attacks” in Russia.",
        # words or a policy aimed at a person, an office or an idea; an attack's plan or remarks about one
        "Hardliners in Congress attacked the president for travelling to Kyiv.",
        "The governor attacked judges who ruled against him and cut funds for Kharkiv's twin city.",
        "Kyiv says Russia attacks Ukraine's future by deporting its children.",
        "Ukraine's commander says new images reveal a Russian attack plan for Kharkiv.",
        # the war itself named as an attack: its object left unsaid, by 'the country', or judged
        "The visit to Warsaw is his first trip abroad since Russia’s full-scale attack.",
        "Firms are leaving Russia after the country's attack on Ukraine.",
        "The general called it an expression of his murderous assault on Ukraine.",
        # fighting stepped up, with no one event
        "Families are evacuated from Sumy as Russian attacks intensify.",
        "Papers lead on the peace talks as Russian bombardment of Ukraine intensifies.",
        # a war's or a battle's toll, in thousands or by the day
        "Kyiv braces for new attacks; a US general estimates 120,000 Russian military casualties.",
        "Kyiv braces for new attacks; western officials estimate Russia’s military casualties at nearly "
        "200,000.",
        "Kyiv says Russia is losing 600 killed and wounded every day near Bakhmut.",
        # the plan of an offensive, its details kept secret
        "The defence minister urged Ukrainians in Zaporizhzhia not to discuss offensive details online.",
        # an attack a side stands ready for
        "Zelensky said Ukraine stands ready to counterattack in Kharkiv.",
        "The minister said there was no sign Moscow is poised to launch a major attack on Kyiv.",
        # a whole country or many places under a campaign
        "The leaders told Zelensky in Kyiv that they were visiting a country under attack.",
        "More than 30 towns in Zaporizhzhia have come under attack, Kyiv said.",
        "Bakhmut, under remorseless attack from the Russians, froze at -12C this weekend.",
    ],
)
def test_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the accusation of ordering one strike names the strike, a claimed event
        (
            "The mercenary chief accused the defence minister of ordering a rocket strike on his camps in "
            "Ukraine.",
            [("unspecified", "UA", "reported")],
        ),
        # the president's convoy attacked is a place of theirs, hit
        (
            "Gunmen attacked the president's convoy in Kharkiv on Friday.",
            [("unspecified", "Kharkiv", "reported")],
        ),
        # one attack of the war, with its time, is still reported
        (
            "Russia’s full-scale attack on Kyiv overnight hit a power plant.",
            [("power_plant", "Kyiv", "reported")],
        ),
        # ... unless the sentence tells what the stepped-up attacks hit
        (
            "Russian attacks intensified overnight, hitting a power plant in Kharkiv.",
            [("power_plant", "Kharkiv", "reported")],
        ),
        # the dead of one attack, counted, are reported
        (
            "Shelling killed 12 people in Kherson on Friday, the governor said.",
            [("unspecified", "Kherson", "reported")],
        ),
        # an offensive under way near a place is fighting there
        (
            "Russian forces conducted offensive operations near Lyman on Friday.",
            [("unspecified", "Lyman", "reported")],
        ),
        # ... not an attack beside a readiness for something else
        (
            "As troops near Bakhmut prepared to advance, one artillery unit was shelling Russian lines.",
            [("unspecified", "Bakhmut", "reported")],
        ),
        # one place under attack is reported
        (
            "Kharkiv came under attack early on Tuesday, the mayor said.",
            [("unspecified", "Kharkiv", "reported")],
        ),
    ],
)
def test_incident(text: str, expected: list[tuple[str, str, str]]):
    assert found(text) == expected


HAMAS = "The president linked Russia's war to Hamas's attack on Israel in a speech to the nation."


@pytest.mark.parametrize(
    ("text", "reported", "expected"),
    [
        # in the days after it, the Hamas attack on Israel is news
        (HAMAS, date(2023, 10, 9), ["unspecified"]),
        # weeks later, the speech that names it retells it
        (HAMAS, date(2023, 10, 30), []),
        (
            "More than 30 children were killed by Hamas during the attack in Israel, officials said.",
            date(2023, 11, 2),
            [],
        ),
        # Hamas the target of another side's attack is not the named event
        ("Israeli jets attacked Hamas positions in Gaza overnight.", date(2024, 3, 23), ["unspecified"]),
    ],
)
def test_hamas_attack_retold(text: str, reported: date, expected: list[str]) -> None:
    doc = Document("t", reported, text)
    assert sorted(i.target_type for i in find_incidents(doc)) == expected
