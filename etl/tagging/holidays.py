"""Days the press names by their holiday, as (month, day), and the pattern that reads them (dates.py)."""

from __future__ import annotations

# 'on New Year's Eve', 'after NYE strike on Ukraine', 'less than an hour into the new year', 'on Christmas
# Day', 'Russia launches missiles on Ukrainian towns on Christmas' (the Western dates; 'Orthodox Christmas' is
# left alone). An attack named by the new year is the first day's: 'blamed for a New Year attack on the
# port', 'New Year missile strike hits a hotel' (not 'New Year's Eve'); so is a year a country begins or
# enters with or under an attack: 'Kyiv starts the new year with drone raids', 'Odesa begins 2024 under
# missile attack', 'the conflict entered 2024 with a deadly strike' (not a year a conflict 'began in', nor one
# begun with friends as drones struck).
_YEAR_BEGUN = (
    r"(?:begins?|began|starts?|started|enter(?:s|ed)?)\s+(?:the\s+)?(?:new\s+year|20\d\d)"
    r"(?=\s+(?:with|under)\s+(?:(?!as\b|while\b|when\b|and\b)[\w'’-]+\s+){0,3}?"
    r"(?:attacks?|strikes?|raids?|missiles?|drones?|shelling|bombardment|barrage|blitz|explosions?)\b)"
)
HOLIDAYS = {"new_years_eve": (12, 31), "new_year": (1, 1), "christmas_eve": (12, 24), "christmas": (12, 25)}
HOLIDAY = (
    r"\b(?:(?P<new_years_eve>new\s+year['’]?s\s+eve|(?-i:NYE))|(?P<new_year>new\s+year['’]?s\s+day|"
    r"(?:minutes?|hours?|an\s+hour)\s+into\s+the\s+new\s+year|"
    r"new\s+year(?:['’]s)?(?=\s+(?:drone\s+|missile\s+|rocket\s+)?(?:attack|strike|shelling|bombing)s?\b)|"
    rf"{_YEAR_BEGUN})|"
    r"(?P<christmas_eve>christmas\s+eve)|"
    r"(?<!orthodox\s)(?P<christmas>christmas\s+day|(?<=\bon\s)christmas(?!\s+eve)))\b"
)
