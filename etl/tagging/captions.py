"""Photo captions: a caption's date is the picture's, and a file photo of an earlier strike under
another story reports no incident."""

from __future__ import annotations

import re
from datetime import date

from etl.tagging.dates import EventDate, find_date

# A photo caption: 'Police guards at a site where a building was damaged during a Russian missile strike, in
# Kyiv, Ukraine, on Dec. 13, 2023.', '... in this picture obtained from social media released on July 19,
# 2022.'
CAPTION = re.compile(
    r"\bin\s+this\s+(?:still\s+)?(?:image|picture|photo(?:graph)?|handout)\b|"
    r"\b(?:image|picture|photo|video|footage)\s+(?:[\w-]+\s+){0,4}?(?:released|obtained|taken)\s+(?:by\s+\w+\s+)?on\b|"
    r",\s+on\s+(?:[A-Z][a-z]{2,8}\.?\s+[0-3]?\d|[0-3]?\d\s+[A-Z][a-z]{2,8}),?\s+(?:19|20)\d\d\W*$"
)

# A caption's date more than a week before the report is a file photo's, not the reported event's.
FILE_PHOTO_DAYS = 7


def file_photo(text: str, when: EventDate, report_date: date | None) -> bool:
    """A caption dated well before the report shows an earlier scene (Dec. 13 under a report of Dec. 29):
    its date is no date of the reported event, which then has the report's week."""
    if report_date is None or when.span is None or not CAPTION.search(text):
        return False
    return (report_date - when.value).days > FILE_PHOTO_DAYS


def is_file_photo(text: str, report_date: date | None) -> bool:
    """A caption of a file photo ('Emergency workers clear rubble after a Russian rocket hit a multistory
    building ... in Dnipro, Ukraine, on Jan. 14, 2023.' under a report of Feb. 8 on China's aid to Russia)
    shows an earlier strike as the background of another story: it reports no incident."""
    found = find_date(text, report_date)
    return found is not None and file_photo(text, found, report_date)


# A photo caption under a headline dates the picture: '... in Moscow on March 2, 2023. (Sputnik/Pool via
# Reuters)', '(Sergey Fadeichev, Sputnik, Kremlin Pool Photo via AP)'; only a fresh picture of an attack's
# scene dates the headline's event (_fresh_scene).
PHOTO_CREDIT = re.compile(
    r"\((?:[^()]*/[^()]*|[^()]*\b(?:Photo|Pool|via AP|via Reuters|via Getty|Getty Images|AFP|EPA)\b[^()]*)\)"
    r"\W*$"
)
