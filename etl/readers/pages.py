"""Saved HTML article pages (trafilatura, offline): the main text, title, date and canonical URL of one page.

trafilatura is given the bytes, never a URL, so nothing is fetched. The date comes from the page's metadata
(meta tags, JSON-LD, the URL), not guessed from the body; a page without one waits for --default-date.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from etl.readers.base import ReadResult, Reject, read_bytes
from etl.readers.dates import DEFAULT_DATE_ORDER, DateOrder
from etl.readers.records import document_from_record

MAX_PAGE_BYTES = 50 * 1024 * 1024
DATE_OPTIONS = {"extensive_search": False, "original_date": True}
# What is left of a page without an article is a menu item or two ("Home", "Log in"); a headline is longer.
MIN_ARTICLE_WORDS = 8


def read_page(path: Path, *, date_order: DateOrder = DEFAULT_DATE_ORDER) -> Iterator[ReadResult]:
    """One Document per saved page; boilerplate (navigation, footers, comments) left out.

    trafilatura hands the date over as YYYY-MM-DD, so `date_order` changes nothing today; it is passed on
    all the same, so a page date in another layout would be read like a record's.
    """
    # Imported on first use: it takes a while, and most runs read no pages.
    from trafilatura import bare_extraction

    source = str(path)
    data, problem = read_bytes(path, MAX_PAGE_BYTES)
    if problem:
        yield Reject(source, None, problem)
        return
    page = bare_extraction(
        data, with_metadata=True, include_comments=False, date_extraction_params=DATE_OPTIONS
    )
    if page is None or len((page.text or "").split()) < MIN_ARTICLE_WORDS:
        yield Reject(source, None, "no article text found in the HTML page")
        return
    record = {
        "title": page.title or "",
        "text": page.text,
        "date": page.date,
        "url": page.url,
        "source": page.sitename or page.hostname or path.name,
    }
    yield document_from_record(record, path, None, date_order)
