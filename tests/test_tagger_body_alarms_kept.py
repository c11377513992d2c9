"""False alarms of the sentence rules that the report filter kept, their evidence a sentence of the body,
nineteenth session: attacks named as war crimes, the legal charge in the plural (a person's work as a war
crimes investigator, a side accused of war crimes, abuses found to amount to war crimes; so atrocities and
crimes against humanity) and a side's attacks on a whole country's grid or cities told as the cause or setting
of another story, each beside a sentence of the same shape that still reports an attack.

Invented sentences modelled on the patterns; the rules alone (`find_incidents`), as in tests/test_tagger.py.
"""

from __future__ import annotations

import pytest
from tagger_cases import typed_places as found


@pytest.mark.parametrize(
    "text",
    [
        # a person's work named by the charge, the strike that killed her told as her story's end
        "The poet and war crimes researcher died after a Russian missile destroyed a cafe in Kramatorsk.",
        # a side accused, a campaign judged
        "Officials in Kyiv accused Moscow of war crimes and said its shelling of Kherson was deliberate.",
        "A UN panel found that Russian strikes on power plants amount to war crimes.",
        # ... crimes against humanity, atrocities: a person's record, a price to be paid
        "The general who oversaw atrocities abroad later led cluster bomb attacks on civilians in Ukraine.",
        "Allies must arm Kyiv to make Moscow pay for such atrocities as the shelling of its homes.",
    ],
)
def test_attacks_judged_as_war_crimes_report_nothing(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the charge beside an attack dated to the day: the attack is news
        (
            "Prosecutors opened a war crimes case after a missile hit a school in Kharkiv on Tuesday.",
            [("school", "Kharkiv")],
        ),
        # one attack judged a war crime, in the singular: the attack is news
        (
            "The mayor called the Russian missile strike on a hospital in Dnipro a war crime.",
            [("hospital", "Dnipro")],
        ),
    ],
)
def test_attack_dated_or_judged_one_by_one_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the campaign as the cause of a life's hardship or of a market's trouble
        "Owing to Russian missile strikes on the country’s energy infrastructure, she cooks by candlelight.",
        "A member of parliament spoke of Russian attacks on the country’s cities and its power plants.",
    ],
)
def test_attacks_on_the_whole_country_report_nothing(text: str):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the strikes dated to the day, with a place they reached
        (
            "Russian missile strikes on the country’s energy grid on Monday knocked out power in Lviv.",
            [("power_grid", "Lviv")],
        ),
        # strikes on a named city's grid, not the whole country's
        ("Russian missile strikes on Odesa’s energy infrastructure cut power.", [("power_grid", "Odesa")]),
    ],
)
def test_dated_or_placed_strikes_still_reported(text: str, expected: list[tuple[str, str]]):
    assert found(text) == expected
