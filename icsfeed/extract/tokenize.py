"""Text -> tokens: numbers (raw text kept: ``0745``), words, single punctuation marks, links.

    "Saturday May 16, 2026, 1200-2100"
    -> WORD Saturday, WORD May, NUMBER 16, PUNCT ",", NUMBER 2026, PUNCT ",", NUMBER 1200,
       PUNCT "-", NUMBER 2100

Each token knows its character offsets, its line, its sentence and whether whitespace comes
before it (``12.00`` is a time, ``2026. 12`` is not). Letters glued to digits are split
(``13th`` -> ``13`` ``th``, ``March9``), and so are words run together by the page
(``messagesTelephone``). Links and e-mail addresses are one URL token, so the digits in
``secureftpgateway.skat.dk.2026.txt`` are never read as a time. The work is linear in the
length of the text: whitespace chunks, then one simple pattern per chunk.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from .lexicon import Role, fold, lookup


class Kind(enum.Enum):
    NUMBER = "number"
    WORD = "word"
    PUNCT = "punct"
    URL = "url"


@dataclass(frozen=True)
class Token:
    kind: Kind
    text: str
    word: str        # folded text of a word; the raw text otherwise
    start: int
    end: int
    line: int
    sentence: int
    spaced: bool     # whitespace (or the start of the line) comes before it

    @property
    def value(self) -> int:
        return int(self.text) if self.kind is Kind.NUMBER else -1


_CHUNK = re.compile(r"\S+")
_PIECE = re.compile(r"[0-9]+|[^\W\d_]+|\S")
_URL = re.compile(r"://|^www\.|@\w|\w\.(?:dk|com|eu|org|net|io)(?:$|[./:?#)\],;])")
_TRAILING = ".,;:)]!?\"'”"
_SENTENCE_END = {".", "!", "?"}


def _is_url(chunk: str) -> bool:
    return _URL.search(chunk.lower()) is not None


def _split_case(text: str) -> list[tuple[int, str]]:
    """``"messagesTelephone"`` -> ``[(0, "messages"), (8, "Telephone")]``; ``"MitID"`` stays whole."""
    parts, begin = [], 0
    for i in range(1, len(text)):
        if text[i].isupper() and text[i - 1].islower() and i - begin >= 3 and len(text) - i >= 3 \
                and text[i + 1:i + 2].islower():
            parts.append((begin, text[begin:i]))
            begin = i
    parts.append((begin, text[begin:]))
    return parts


def _raw_tokens(line: str, offset: int) -> list[tuple[Kind, str, int, bool]]:
    out: list[tuple[Kind, str, int, bool]] = []
    for chunk in _CHUNK.finditer(line):
        text, start, spaced = chunk.group(), offset + chunk.start(), True
        if _is_url(text):
            core = text.rstrip(_TRAILING)
            out.append((Kind.URL, core, start, True))
            text, start, spaced = text[len(core):], start + len(core), False
        for piece in _PIECE.finditer(text):
            raw = piece.group()
            first = piece.start() == 0 and spaced
            if "0" <= raw[0] <= "9":
                out.append((Kind.NUMBER, raw, start + piece.start(), first))
            elif raw[0].isalpha():
                for k, (at, part) in enumerate(_split_case(raw)):
                    out.append((Kind.WORD, part, start + piece.start() + at, first and k == 0))
            else:
                out.append((Kind.PUNCT, raw, start + piece.start(), first))
    return out


def _ends_sentence(previous: Token | None, mark: Token, following: Token | None) -> bool:
    """A full stop ends a sentence unless it closes an abbreviation (``kl.``, ``Sat.``) or a
    Danish ordinal (``5. juni``), or the next word starts in lower case."""
    if mark.text not in _SENTENCE_END or following is None or not following.spaced:
        return False
    if following.kind is not Kind.WORD or not following.text[0].isupper():
        return False
    if any(e.role in (Role.MONTH, Role.WEEKDAY) for e in lookup(following.word)):
        return False
    if previous is not None and previous.kind is Kind.WORD and (len(previous.word) <= 2 or any(
            e.role in (Role.MONTH, Role.WEEKDAY, Role.CLOCK, Role.AT) for e in lookup(previous.word))):
        return False
    return True


def tokenize(text: str) -> list[Token]:
    """All tokens of ``text``, line by line, with sentence numbers."""
    tokens: list[Token] = []
    sentence, offset = 0, 0
    for line_number, line in enumerate(text.split("\n")):
        raw = _raw_tokens(line, offset)
        line_tokens: list[Token] = []
        for kind, piece, start, spaced in raw:
            word = fold(piece) if kind is Kind.WORD else piece
            line_tokens.append(Token(kind, piece, word, start, start + len(piece), line_number, sentence, spaced))
            if kind is Kind.PUNCT:
                index = len(line_tokens) - 1
                previous = line_tokens[index - 1] if index else None
                following_raw = raw[index + 1] if index + 1 < len(raw) else None
                following = None
                if following_raw is not None:
                    f_kind, f_text, f_start, f_spaced = following_raw
                    following = Token(f_kind, f_text, fold(f_text) if f_kind is Kind.WORD else f_text,
                                      f_start, f_start + len(f_text), line_number, sentence, f_spaced)
                if _ends_sentence(previous, line_tokens[-1], following):
                    sentence += 1
        tokens.extend(line_tokens)
        offset += len(line) + 1
        sentence += 1
    return tokens
