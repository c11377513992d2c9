"""Sentence and clause spans with offsets into the document text (evidence must point back into it)."""

from __future__ import annotations

import re

from etl.tagging.calendarwords import MONTH_ABBREVIATIONS

# A sentence ends at . ! ? (maybe followed by a closing quote/bracket) before whitespace and an upper-case
# letter, digit or quote, or at a blank line / line break (headlines and section titles stand alone), or at
# two no-break spaces: a news aggregator's list of other outlets' coverage sets them between one headline and
# the next ("Headline\xa0\xa0 Outlet Headline\xa0\xa0 Outlet"), and each headline is a story of its own (run
# together, one headline's cue met another's place).
_BOUNDARY = re.compile(
    r"(?<=[.!?])[\"'”’)\]]?\s+(?=[\"'“‘(\[]?[A-ZА-ЯЇІЄҐ0-9])|\n\s*\n|\n(?=\S)|\u00a0\u00a0\s*"
)
# Abbreviations that end in a period without ending the sentence.
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|Jr|Sr|Prof|Rep|Sen|Gov|Pres|No|no|vs|etc|approx|U\.S|U\.K|e\.g|i\.e)|\b[A-Z])\.$"
)
# A month abbreviation before a day ("on Sept. 11, 2022"): the date goes on.
_MONTH_ABBREVIATION = re.compile(
    r"\b(?:" + "|".join(m.capitalize() for m in sorted(MONTH_ABBREVIATIONS, key=len, reverse=True)) + r")\.$"
)
_DAY_NEXT = re.compile(r"[0-3]?\d(?:st|nd|rd|th)?\b")
# A time before its day ("at around 3 a.m. Monday, according to the church"): the date goes on.
_TIME_OF_DAY = re.compile(r"\b[ap]\.m\.$")
_WEEKDAY_NEXT = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# A line break inside a sentence: feeds that set their links on lines of their own break a sentence after a
# word or comma before a lower-case word or digit ("Russian troops shelled\nthe Kherson region\n39 times on
# Friday, according to governor ..."). The sentence goes on when it ends in punctuation (or the text ends)
# within a few lines; a run of many unpunctuated lower-case lines is a transcript's, whose lines each stand
# alone (joined, they ran into false reports).
_BROKEN_LINE = re.compile(r"(?<=[\w,])\n(?=[a-z0-9])")
_SENTENCE_END = re.compile(r"[.!?](?=[\"'”’)\]]?(?:\s|$))|\n\s*\n|\Z")
BROKEN_SENTENCE_LINES = 4  # lines a sentence broken by line breaks spans at most
BROKEN_SENTENCE_CHARS = 400
# Clause boundaries inside a sentence: cue words attach to the target in their own clause first; the attack
# a strike answers is a clause of its own ("attacked military facilities in the Ukrainian city of Kharkiv
# overnight, including a hotel ... in response to Ukraine's strikes on Belgorod the previous day")
_CLAUSE = re.compile(
    r";|,\s*(?:and|while|but|whereas|which|as|after|before|when)\b"
    r"|,?\s+(?=in\s+response\s+to\b)"
    r"|,\s+(?=(?:a|an|the|its|their|this|these)\s)"
    r"|\s(?:and|while|whereas|but|as well as)\s(?=(?:a|an|the|its|their)\b)"
    # a headline's two scenes joined by 'while' and no comma: "Residents flee Russian border town while Kyiv
    # residents reel from another missile attack" (the place of one is not the other's)
    r"|\s(?=(?:while|whereas)\s+[A-Z])"
    # ", launching new strikes on Kharkiv", ", conducting shelling that destroyed homes in Donetsk": a side's
    # next action, with its own scene (not ", hitting a ship", which tells what the same strike hit)
    r"|,\s+(?=(?:conducting|launching|firing|carrying\s+out)\s)"
    # a headline's dash before 'while' or 'as' sets a second scene beside the first: "Skyscraper burns as
    # drones slam into business centre - while explosions rock Crimea", "Strike on apartment block injures
    # five - as two cities rocked by blasts" (not '- and', which often goes on listing one event's places)
    r"|\s[-–—]\s+(?=(?:while|whereas|as)\s)"
    # ", hours after a strike on Hroza", ", a day after Russia pledged ...": the time gap tells another event,
    # whose place is not the main clause's typed target's
    r"|,\s*(?=(?:just\s+|only\s+|some\s+|\w+\s+)?(?:hours|days|a\s+day|weeks|a\s+week)\s+(?:after|before)\b)"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, trimmed of surrounding whitespace; another story's headline set in
    capitals inside the body is a sentence of its own."""
    return _split_at_headlines(text, _punctuated_spans(text))


def _punctuated_spans(text: str) -> list[tuple[int, int]]:
    """The sentences its punctuation and line breaks mark."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if "\n" not in m.group() and _ABBREVIATION.search(text, max(0, m.start() - 6), m.start()):
            continue
        month = _MONTH_ABBREVIATION.search(text, max(0, m.start() - 6), m.start())
        if month and "\n" not in m.group() and _DAY_NEXT.match(text, m.end()):
            continue
        time = _TIME_OF_DAY.search(text, max(0, m.start() - 5), m.start())
        if time and "\n" not in m.group() and _WEEKDAY_NEXT.match(text, m.end()):
            continue
        if m.group() == "\n" and _BROKEN_LINE.match(text, m.start()) and _goes_on(text, start, m.end()):
            continue
        _append_trimmed(text, start, m.start(), spans)
        start = m.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _goes_on(text: str, start: int, at: int) -> bool:
    """Whether the sentence from start, broken by a line break before at, ends in punctuation (or with the
    text) within a few lines and characters."""
    # (searched no further than the sentence may reach, and the two characters a full stop's look-ahead reads:
    # a transcript's hundreds of unpunctuated lines would otherwise be scanned to their end at every break)
    end = _SENTENCE_END.search(text, at, min(len(text), start + BROKEN_SENTENCE_CHARS + 3))
    return (
        end is not None
        and (end.group().startswith((".", "!", "?")) or end.start() == len(text))
        and end.start() - start <= BROKEN_SENTENCE_CHARS
        and text.count("\n", start, end.start()) < BROKEN_SENTENCE_LINES
    )


# A question asks whether something happened ("Has Putin's assault on the grid failed?", "Did Ukraine
# launch a drone attack on the Kremlin?", "Why doesn't Ukraine attack the Russian convoy?"), except one that
# asks who, why or how of a past event, which takes the event as given: "Who blew up Vladlen Tatarsky?", "Why
# was the Kremlin attacked?", "Crimean bridge: Who - or what - caused the explosion?", "What do we know about
# drone attacks in Russia?" (its wh-word opens the question, after a rubric's colon at most); so does one
# that asks what a definite event means or meant ("What does the US attack on Venezuela mean for Russia?";
# not "What would an attack on Taiwan mean?", a conditional, nor "What could the dam's fall mean", a guess)
_PAST_WH_QUESTION = re.compile(
    r"(?:[^:?]*:\s*)?[\"'‘“]?(?:(?:who|what)\s+(?:[-–—]\s*or\s+what\s*[-–—]\s*)?"
    r"(?:[a-z]+ed|blew|shot|hit|struck|sank|took)"
    r"|(?:why|how|when|where)\s+(?:was|were|did)|what\s+do\s+we\s+know\s+about"
    r"|what\s+(?:does|did)\s+(?:the|this|that|[\w-]+['’]s?)\s[^?]*\bmean)\b[^:]*$",
    re.IGNORECASE,
)


def is_yes_no_question(sentence: str) -> bool:
    """A question that asks whether something happened, not who, why or how of what did."""
    return sentence.rstrip("'\"’”").endswith("?") and not _PAST_WH_QUESTION.match(sentence)


# "At least 2 dead in strikes on Kyiv following attack on Russian military airfield", "The assault on energy
# infrastructure followed a Russian drone attack on Kyiv": an attack told, then the one it followed, each with
# its own place (not "Zelensky urges the UN to act following missile strikes": one attack, and his reaction)
_FOLLOWED = re.compile(r",?\s(?=follow(?:ed|ing|s)\s)")
_ATTACK_BEFORE = re.compile(
    r"\b(?:strikes?|attacks?|assaults?|shelling|barrage|bombardment|raids?|hits?|struck|attacked|shelled)\b",
    re.IGNORECASE,
)


def clause_starts(sentence: str) -> list[int]:
    """Offsets (relative to the sentence) where each clause starts, the first being 0."""
    starts = {0, *(m.start() for m in _CLAUSE.finditer(sentence))}
    starts |= {
        m.start() for m in _FOLLOWED.finditer(sentence) if _ATTACK_BEFORE.search(sentence, 0, m.start())
    }
    return sorted(starts)


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


# A news site's links to its other stories, set in capitals inside the body: "... in the Caribbean. TRUMP'S
# VENEZUELA STRIKE SPARKS CONSTITUTIONAL CLASH AS MADURO IS HAULED INTO US "In a pre-dawn action ...". Words
# of capitals (with their quotes, digits and punctuation), five or more in a row.
_CAPS_RUN = re.compile(
    r"(?<![\w’'-])(?:[A-Z0-9$£€'’‘“\"(][A-Z0-9'’‘“”\".,:;&$%()/-]*\s+){4,}[A-Z0-9$£€'’‘“\"(][A-Z0-9'’‘“”\".,:;&$%()/-]*"
    r"(?![\w’'-])"
)
_CAPS_WORD = re.compile(r"[A-Z]{2}")
CAPS_RUN_WORDS = 4  # words of two capitals or more a run needs: not 'A 1.5 GW' or 'US AND EU'


def inserted_headlines(text: str) -> list[tuple[int, int]]:
    """Spans of other stories' headlines set in capitals inside the body. A text opening in capitals keeps
    its opening: its own headline."""
    return [
        (m.start(), m.end())
        for m in _CAPS_RUN.finditer(text)
        if m.start() > 0 and sum(1 for w in m.group().split() if _CAPS_WORD.search(w)) >= CAPS_RUN_WORDS
    ]


def _split_at_headlines(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences with each inserted headline a sentence of its own: its words do not run into the next
    sentence's ("... CRIME MOMENTS The Chicagoan brought a touch of the Midwest to the Vatican")."""
    cuts = sorted({offset for run in inserted_headlines(text) for offset in run})
    if not cuts:
        return spans
    result: list[tuple[int, int]] = []
    for start, end in spans:
        inner = [c for c in cuts if start < c < end]
        for lo, hi in zip([start, *inner], [*inner, end], strict=True):
            _append_trimmed(text, lo, hi, result)
    return result
