"""Finding place names in text: capitalised word runs looked up in the index, longest first."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.gazetteer.folding import deletions, fold, is_acronym, osa_distance, strict_fold
from etl.gazetteer.index import GazetteerIndex
from etl.gazetteer.model import PlaceMention

# Words with inner apostrophes and hyphens (Ivanivs'ke, Rostov-on-Don), dotted acronyms (U.S.), and "St.".
TOKEN = re.compile(r"(?:[A-Z]\.){2,}|(?:St|Mt|Ft)\.|[^\W\d_]+(?:['’ʼ`\-][^\W\d_]+)*")
POSSESSIVE = ("'s", "’s", "ʼs")
REGION_WORDS = frozenset(
    {"region", "regions", "oblast", "oblasts", "province", "provinces", "krai", "regional"}
)
PLURAL_REGION_WORDS = frozenset({"regions", "oblasts", "provinces"})
# A governor runs a region, not its namesake capital: "Belgorod governor Vyacheslav Gladkov", "the governor of
# Kursk said" (a city's head is its mayor)
GOVERNOR = "governor"
CONNECTORS = frozenset({"of", "on", "upon", "and", "de", "del", "da", "am", "sur", "el", "al"})
LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
MAX_NAME_TOKENS = 4
TYPO_MIN_LETTERS = 7
REGION_TYPO_MIN_LETTERS = 4
# A misspelling one letter short of several towns' names means the one this many times bigger than any other.
TYPO_DOMINANCE = 20
SHORT_ACRONYM = 3


@dataclass(frozen=True, slots=True)
class Token:
    """One word of the text with its offsets."""

    start: int
    end: int
    text: str

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str) -> list[Token]:
    """Words of the text; a possessive 's is left out so "Russia's" is looked up as Russia."""
    tokens = []
    for match in TOKEN.finditer(text):
        start, end, word = match.start(), match.end(), match.group()
        if word.endswith(POSSESSIVE) and len(word) > 3:
            end, word = end - 2, word[:-2]
        tokens.append(Token(start, end, word))
    return tokens


def _joined(text: str, left: Token, right: Token) -> bool:
    """Two words form one name: a single space between them, or an abbreviation's dot ('Gen. Gerasimov')."""
    gap = text[left.end : right.start]
    return gap == " " or (gap == ". " and len(left.text) <= 4)


class Matcher:
    """Scans one text at a time against a GazetteerIndex."""

    def __init__(self, index: GazetteerIndex) -> None:
        self.index = index

    def find(self, text: str) -> list[PlaceMention]:
        """Non-overlapping mentions sorted by start; at each word the longest matching name wins."""
        tokens = tokenize(text)
        in_names, surnames = self._person_names(text, tokens)
        mentions: list[PlaceMention] = []
        i = 0
        while i < len(tokens):
            usable = tokens[i].capitalised and i not in in_names
            found = self._match_at(text, tokens, i, surnames) if usable else None
            if found is None:
                i += 1
                continue
            mention, i = found
            if mention is not None:
                mentions.append(mention)
        return self._promote_region_lists(text, mentions)

    def _person_names(self, text: str, tokens: list[Token]) -> tuple[set[int], set[str]]:
        """Tokens of person names (titles and given names, then a surname) and the surnames seen."""
        in_names: set[int] = set()
        surnames: set[str] = set()
        i = 0
        while i < len(tokens):
            j = i
            while (
                j < len(tokens) and tokens[j].capitalised and fold(tokens[j].text) in self.index.person_cues
            ):
                j += 1
                if j < len(tokens) and not _joined(text, tokens[j - 1], tokens[j]):
                    break
            surname = tokens[j] if i < j < len(tokens) and _joined(text, tokens[j - 1], tokens[j]) else None
            # a demonym is no surname: "Major Russian missile barrage" names no Major Russian
            if (
                surname is None
                or not surname.capitalised
                or surname.text.lower() in REGION_WORDS
                or fold(surname.text) in self.index.demonyms
            ):
                i = max(j, i + 1)
                continue
            in_names.update(range(i, j + 1))
            surnames.add(fold(surname.text))
            i = j + 1
        return in_names, surnames

    def _span_ends(self, text: str, tokens: list[Token], i: int) -> list[int]:
        """Token indexes where a name starting at token i may end (exclusive), longest first."""
        ends: list[int] = []
        capitals = 0
        j = i
        while j < len(tokens) and capitals < MAX_NAME_TOKENS:
            token = tokens[j]
            if j > i and text[tokens[j - 1].end : token.start] != " ":
                break
            if token.text.lower() in REGION_WORDS and j > i:
                break
            if len(token.text) == 1 or (
                j > i and is_acronym(token.text) and len(token.text) <= SHORT_ACRONYM
            ):
                break  # "And I", "In EU": a lone letter or an acronym is no part of a longer name
            if token.capitalised:
                capitals += 1
                ends.append(j + 1)
            elif token.text not in CONNECTORS:
                break
            j += 1
        return ends[::-1]

    def _match_at(
        self, text: str, tokens: list[Token], i: int, surnames: set[str]
    ) -> tuple[PlaceMention | None, int] | None:
        """The longest mention at token i (None for a stop phrase) and the index of the token after it."""
        for end in self._span_ends(text, tokens, i):
            start_char, end_char = tokens[i].start, tokens[end - 1].end
            surface = text[start_char:end_char]
            if is_acronym(surface):
                pid = self.index.acronyms.get(surface)
                if pid is not None:
                    return self._mention(text, start_char, end_char, "country", (pid,)), end
                if len(surface) <= SHORT_ACRONYM:
                    continue  # UN, EU, MP; longer capitals may be a dateline (KYIV, OSLO)
            key = fold(surface)
            if end == i + 1 and key in surnames:
                return None  # "Graham" after "Lindsey Graham" earlier in the text
            if key in self.index.stopwords:
                if end > i + 1 and fold(tokens[i].text) not in self.index.demonyms:
                    return None, end  # a listed phrase ("Sea of Azov", "Wall Street") hides the names in it
                continue  # ... but not its demonym ("Strike Kills 51 in Ukrainian Village": no Chicago)
            found = self._lookup(text, tokens, i, end, key)
            if found is not None:
                return found
        if self._typo_candidate(text, tokens, i):
            ids = self._typo(fold(tokens[i].text))
            if ids:
                return self._mention(text, tokens[i].start, tokens[i].end, "place", ids), i + 1
        return None

    def _lookup(
        self, text: str, tokens: list[Token], i: int, end: int, key: str
    ) -> tuple[PlaceMention, int] | None:
        """Region forms first ('Belgorod region', 'region of Kursk'), countries, demonyms, regions, towns."""
        index = self.index
        start_char, end_char = tokens[i].start, tokens[end - 1].end
        after = tokens[end] if end < len(tokens) and text[end_char : tokens[end].start] == " " else None
        if after is not None and after.text.lower() in REGION_WORDS:
            ids = (
                index.regions.get(fold(f"{key} {after.text}"))
                or index.stems.get(key)
                or self._region_typo(key)
            )
            if ids:
                return self._mention(text, start_char, after.end, "admin1", ids), end + 1
        if i >= 2 and tokens[i - 1].text == "of" and tokens[i - 2].text.lower() in REGION_WORDS:
            ids = index.stems.get(key)
            if ids:
                return self._mention(text, tokens[i - 2].start, end_char, "admin1", ids), end
        if self._governed(text, tokens, i, end) and (ids := index.stems.get(key)):
            return self._mention(text, start_char, end_char, "admin1", ids), end
        for kind, table in (("country", index.countries), ("demonym", index.demonyms)):
            if key in table:
                return self._mention(text, start_char, end_char, kind, (table[key],)), end
        if key in index.regions:
            return self._mention(text, start_char, end_char, "admin1", index.regions[key]), end
        ids = index.towns(key, strict_fold(text[start_char:end_char]))
        if ids:
            return self._mention(text, start_char, end_char, "place", ids), end
        return None

    @staticmethod
    def _governed(text: str, tokens: list[Token], i: int, end: int) -> bool:
        """Tokens i..end name what a governor runs: 'Belgorod governor', 'Kursk's governor', 'the governor of
        Bryansk'."""
        if end < len(tokens) and tokens[end].text.lower() == GOVERNOR:
            return text[tokens[end - 1].end : tokens[end].start] in (" ", *(p + " " for p in POSSESSIVE))
        return i >= 2 and tokens[i - 1].text == "of" and tokens[i - 2].text.lower() == GOVERNOR

    def _typo_candidate(self, text: str, tokens: list[Token], i: int) -> bool:
        """A long capitalised word in running prose ('capture of Adviivka near'), not in a headline."""
        word, key = tokens[i].text, fold(tokens[i].text)
        if len(word) < TYPO_MIN_LETTERS or not word.isalpha() or word.isupper():
            return False
        if i == 0 or tokens[i - 1].capitalised or (i + 1 < len(tokens) and tokens[i + 1].capitalised):
            return False
        if text[tokens[i - 1].end : tokens[i].start].strip():
            return False  # after a full stop, colon or quote: a sentence or title starts here
        return key not in self.index.stopwords and not self.index.towns(key, strict_fold(word))

    def _typo(self, key: str) -> tuple[int, ...]:
        """Towns one edit away (a transposition counts as one), if only one name fits.

        The first and last letters must agree: names differing there are mostly other villages
        (Berdychi, Berdychiv; Nevelske, Nevelsk), not misspellings.
        """
        close = {
            name
            for variant in deletions(key)
            for name in self.index.typo_keys.get(variant, ())
            if name[0] == key[0] and name[-1] == key[-1] and osa_distance(name, key, 1) <= 1
        }
        if len(close) > 1:
            close = self._dominant(key, close)
        return self.index.settlements[close.pop()] if len(close) == 1 else ()

    def _dominant(self, key: str, names: set[str]) -> set[str]:
        """Of several towns a misspelling is one edit from, the one it drops a letter of when that town
        outnumbers the others' people many times over ('Chernhiv': the city of Chernihiv, not the village of
        Cherniv); all of them when none does, or when the word has a letter more than the big town's name
        ('Kuzminsky training ground' is no misspelt Kuzminki)."""
        size = {n: max(self.index.places[i].population for i in self.index.settlements[n]) for n in names}
        biggest = max(names, key=lambda n: size[n])
        others = max(size[n] for n in names if n != biggest)
        dropped = len(biggest) == len(key) + 1
        return {biggest} if dropped and size[biggest] >= TYPO_DOMINANCE * max(others, 1) else names

    def _region_typo(self, key: str) -> tuple[int, ...]:
        """The region a misspelt name before 'region' or 'oblast' means ("Ukraine's western Leviv region"):
        the one region stem one edit away, agreeing in first and last letters; regions are few, so even a
        short name is safe to correct where the word 'region' says it is one."""
        if len(key) < REGION_TYPO_MIN_LETTERS:
            return ()
        close = {
            stem
            for stem in self.index.stems
            if stem[0] == key[0] and stem[-1] == key[-1] and osa_distance(stem, key, 1) <= 1
        }
        return self.index.stems[close.pop()] if len(close) == 1 else ()

    def _mention(self, text: str, start: int, end: int, kind: str, ids: tuple[int, ...]) -> PlaceMention:
        places = tuple(self.index.places[i] for i in ids)
        return PlaceMention(start, end, text[start:end], kind, places)

    def _promote_region_lists(self, text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """In 'the Kherson and Zaporizhzhia regions' both names are regions, not only the last one."""
        out = list(mentions)
        for n in range(len(out) - 1, 0, -1):
            if (
                out[n].kind != "admin1"
                or out[n].surface.rsplit(" ", 1)[-1].lower() not in PLURAL_REGION_WORDS
            ):
                continue
            k = n - 1
            while k >= 0 and out[k].kind == "place" and LIST_GAP.match(text[out[k].end : out[k + 1].start]):
                ids = self.index.stems.get(fold(out[k].surface))
                if not ids:
                    break
                out[k] = self._mention(text, out[k].start, out[k].end, "admin1", ids)
                k -= 1
        return out
