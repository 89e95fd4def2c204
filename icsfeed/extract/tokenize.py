"""Text -> tokens: numbers (raw text kept: ``0745``), words, single punctuation marks, links.

    "Saturday May 16, 2026, 1200-2100"
    -> WORD Saturday, WORD May, NUMBER 16, PUNCT ",", NUMBER 2026, PUNCT ",", NUMBER 1200,
       PUNCT "-", NUMBER 2100

Each token knows its character offsets, its line, its sentence and whether whitespace comes
before it (``12.00`` is a time, ``2026. 12`` is not). Letters glued to digits are split
(``13th`` -> ``13`` ``th``, ``March9``), and so are words run together by the page
(``messagesTelephone``). Links and e-mail addresses are one URL token, so the digits in
``secureftpgateway.skat.dk.2026.txt`` are never read as a time. The work is linear in the
length of the text: one pattern over each line (whitespace chunks, for a line with a link),
and each distinct line is read once (cached).
"""
from __future__ import annotations

import enum
import functools
import re
from typing import NamedTuple

from .lexicon import Role, fold, lookup


class Kind(enum.Enum):
    NUMBER = "number"
    WORD = "word"
    PUNCT = "punct"
    URL = "url"


class Token(NamedTuple):
    """One token (a NamedTuple, not a dataclass: one is made per token, and cheaply)."""

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
_PIECE = re.compile(r"(?P<number>[0-9]+)|[^\W\d_]+|\S")
_URL = re.compile(r"://|^www\.|@\w|\w\.(?:dk|com|eu|org|net|io)(?:$|[./:?#)\],;])")
_URL_HINT = re.compile(r"://|www\.|@\w|\w\.(?:dk|com|eu|org|net|io)")   # any chunk _URL finds, and more
_TRAILING = ".,;:)]!?\"'”"
_SENTENCE_END = {".", "!", "?"}
MAX_LINE = 2_000        # characters read of one line; the longest real line is about 560


def _is_url(chunk: str) -> bool:
    return _URL.search(chunk.lower()) is not None


def _split_case(text: str) -> list[tuple[int, str]]:
    """``"messagesTelephone"`` -> ``[(0, "messages"), (8, "Telephone")]``; ``"MitID"`` stays whole."""
    if len(text) < 6 or text[1:].islower() or text.isupper():
        return [(0, text)]                                   # no lower-to-upper step to split at
    parts, begin = [], 0
    for i in range(1, len(text)):
        if text[i].isupper() and text[i - 1].islower() and i - begin >= 3 and len(text) - i >= 3 \
                and text[i + 1:i + 2].islower():
            parts.append((begin, text[begin:i]))
            begin = i
    parts.append((begin, text[begin:]))
    return parts


def _pieces(text: str, offset: int, spaced: bool, out: list[tuple[Kind, str, int, bool]]) -> None:
    """The numbers, words and marks of ``text`` (which starts at ``offset``) appended to ``out``;
    ``spaced`` says whether whitespace comes before ``text``."""
    for piece in _PIECE.finditer(text):
        raw, at = piece.group(), piece.start()
        first = spaced if at == 0 else text[at - 1].isspace()
        if piece.lastgroup == "number":
            out.append((Kind.NUMBER, raw, offset + at, first))
        elif raw[0].isalpha():
            for k, (inner, part) in enumerate(_split_case(raw)):
                out.append((Kind.WORD, part, offset + at + inner, first and k == 0))
        else:
            out.append((Kind.PUNCT, raw, offset + at, first))


def _raw_tokens(line: str) -> list[tuple[Kind, str, int, bool]]:
    """The tokens of one line as ``(kind, text, start, spaced)``: in one pass over the line, or
    whitespace chunk by chunk when the line may hold a link."""
    out: list[tuple[Kind, str, int, bool]] = []
    if _URL_HINT.search(line.lower()) is None:
        _pieces(line, 0, True, out)
        return out
    for chunk in _CHUNK.finditer(line):
        text, start, spaced = chunk.group(), chunk.start(), True
        if _is_url(text):
            core = text.rstrip(_TRAILING)
            out.append((Kind.URL, core, start, True))
            text, start, spaced = text[len(core):], start + len(core), False
        _pieces(text, start, spaced, out)
    return out


def _ends_sentence(raw: list[tuple[Kind, str, int, bool]], words: list[str], n: int) -> bool:
    """Whether the mark ``raw[n]`` of a line ends a sentence: a full stop does unless it closes
    an abbreviation (``kl.``, ``Sat.``) or a Danish ordinal (``5. juni``), or the next word
    starts in lower case."""
    if raw[n][1] not in _SENTENCE_END or n + 1 >= len(raw):
        return False
    kind, text, _, spaced = raw[n + 1]
    if not spaced or kind is not Kind.WORD or not text[0].isupper():
        return False
    if any(e.role in (Role.MONTH, Role.WEEKDAY) for e in lookup(words[n + 1])):
        return False
    if n and raw[n - 1][0] is Kind.WORD and (len(words[n - 1]) <= 2 or any(
            e.role in (Role.MONTH, Role.WEEKDAY, Role.CLOCK, Role.AT) for e in lookup(words[n - 1]))):
        return False
    return True


@functools.lru_cache(maxsize=8192)
def _line_tokens(line: str) -> tuple[tuple[Kind, str, str, int, int, bool, bool], ...]:
    """The tokens of one line as ``(kind, text, word, start, end, spaced, ends_sentence)``, offsets
    within the line (cached: the page repeats its lines from message to message)."""
    raw = _raw_tokens(line)
    words = [fold(piece) if kind is Kind.WORD else piece for kind, piece, _, _ in raw]
    return tuple((kind, piece, words[n], start, start + len(piece), spaced,
                  kind is Kind.PUNCT and _ends_sentence(raw, words, n))
                 for n, (kind, piece, start, spaced) in enumerate(raw))


def tokenize(text: str) -> list[Token]:
    """All tokens of ``text``, line by line, with sentence numbers. Only the first ``MAX_LINE``
    characters of a line are read (a guard against hostile input; real lines are far shorter)."""
    tokens: list[Token] = []
    sentence, offset = 0, 0
    for line_number, line in enumerate(text.split("\n")):
        for kind, piece, word, start, end, spaced, ends in _line_tokens(line[:MAX_LINE]):
            tokens.append(Token(kind, piece, word, offset + start, offset + end, line_number, sentence, spaced))
            sentence += ends
        offset += len(line) + 1
        sentence += 1
    return tokens
