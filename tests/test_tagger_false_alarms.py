"""False alarms of the sentence rules: sentences that name attacks without reporting one (what the attacks are
for, what they are told as; a finding or a charge, a person's earlier wound, the war itself, an older
event), each with a sentence of the same shape that still reports one.

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
        # what a thing is for: attacks to be countered, responded to, shielded from or prevented
        "Poland sends more radar units to Ukraine to counter Russian drone attacks.",
        "The trucks were given to Ukraine to help respond to Russian missile strikes.",
        "Kharkiv will open a bunker kindergarten to shield children from Russian air strikes.",
        "Ukraine needs guarantees to prevent new attacks by Russia after the war.",
        # ... or protected against, a few words after the verb
        "Ukraine races to protect its power plants from Russian winter attacks.",
        "Grain routes need better protection from attack, the president said.",
        "Kyiv can now defend itself far better against Russian missile strikes.",
        # a survivor's story retells the attack survived
        "The reporter spoke of his long recovery from a Russian missile attack in Ukraine.",
        "A lion that was one of the few animals to survive Russian shelling has reached a zoo in Poland.",
        # 'earlier this month' past the month's first week: days back, retold
        "Investigators say a drone attack on the Kremlin earlier this month was launched from inside Russia.",
        "A missile strike that hit a market in Kostiantynivka earlier this month killed 17 people.",
        # the war itself named as an attack: judged, by the side's adjective, or on 'its territory'
        "Prices of flour have soared as a result of the Russian assault on Ukraine.",
        "The president spoke of Putin's barbaric attack on Ukraine.",
        "India should help end the war set off by Russia's attack on its territory, the minister said.",
    ],
)
def test_no_incident(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attack itself, beside a purpose of its own
        (
            "Russian missiles struck Odesa overnight as air defences worked to counter the barrage.",
            [("unspecified", "Odesa", "reported")],
        ),
        # one attack of the war, on a day, with its dead
        (
            "The Russian attack on Ukraine overnight killed three people in Odesa.",
            [("unspecified", "Odesa", "reported")],
        ),
        # the shelling of another clause is still reported
        (
            "Militias were armed to defend villages from Ukrainian attacks, and shelling hit Shebekino.",
            [("unspecified", "Shebekino", "reported")],
        ),
        # repelling attacks is fighting, no purpose
        (
            "Ukrainian troops managed to repel Russian attacks near Bakhmut.",
            [("unspecified", "Bakhmut", "reported")],
        ),
    ],
)
def test_still_reported(text: str, expected: list[tuple[str, str, str]]):
    assert found(text) == expected


def test_survivors_searched_for_are_no_survivor_story():
    text = "Rescuers search for survivors after a Russian missile strike on a Dnipro apartment block."
    assert found(text) == [("residential", "Dnipro", "reported")]


def test_earlier_this_month_in_the_first_week_is_news():
    """On the 4th 'earlier this month' is this week: the strike is the report's."""
    text = "A missile strike that hit a market in Kostiantynivka earlier this month killed 17 people."
    assert found(text, date(2024, 3, 4)) == [("commercial", "Kostiantynivka", "reported")]


def test_earlier_this_month_of_another_clause_leaves_the_strike_dated():
    text = "Ukraine used missiles that came earlier this month to strike an airfield in Luhansk on Tuesday."
    assert found(text) == [("airport", "Luhansk", "reported")]


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
        "Ukraine said Russian shelling in Bakhmut was causing 500 casualties a day.",
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
def test_no_incident_in_a_background_mention(text: str):
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
