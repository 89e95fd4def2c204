"""Pages and files -> messages: decoding, sanity checks and dispatch (text, HTML list, detail).

Every refusal is one line naming the input: a missing, empty, binary or oversized file,
or a page with no status messages in it.
"""
from __future__ import annotations

import codecs
import re
import stat
from pathlib import Path

from ..errors import InputError, ScrapeError
from ..model import Message
from .browser import browser_text, is_detail_url
from .detail import CONTENT, is_detail_text, parse_detail_text
from .language import detect_language
from .listpage import Link, parse_list_text

MAX_BYTES = 20 * 1024 * 1024
_SNIFF = 8192
_HTML_START = re.compile(
    r"^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml|<!--|<(?:div|table|p|ul|ol|section|main|article|span|"
    r"h[1-6]|meta|title|form|header|nav)\b)", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


def _is_binary(text: str) -> bool:
    return len(_CONTROL.findall(text[:_SNIFF * 8])) > max(8, len(text[:_SNIFF * 8]) // 100)


def decode(data: bytes, *, name: str) -> str:
    """The text of a page's bytes: UTF-8 (or a UTF-16 BOM), else the declared charset, else cp1252/latin-1."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: binary data, not a text or HTML page") from exc
    if b"\x00" in data[:_SNIFF * 8]:
        raise InputError(f"{name}: binary data (NUL bytes), not a text or HTML page")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if sum(byte >= 0x80 for byte in data[:_SNIFF]) > len(data[:_SNIFF]) * 0.3:
        raise InputError(f"{name}: binary data (not UTF-8 text), not a text or HTML page")
    declared = _CHARSET.search(data[:_SNIFF])
    for encoding in ([declared[1].decode("ascii")] if declared else []) + ["cp1252", "latin-1"]:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _is_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:_SNIFF].lstrip("\ufeff")))


def _page_text(data: bytes | str, *, name: str, source_url: str | None) -> tuple[str, tuple[Link, ...], str | None]:
    """The text of a page (HTML as a browser shows it), its detail links and its declared language."""
    if isinstance(data, bytes) and len(data) > MAX_BYTES:
        raise InputError(f"{name}: page too large ({len(data):,} bytes; the limit is {MAX_BYTES // 2**20} MB)")
    text = decode(data, name=name) if isinstance(data, bytes) else data
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: empty page")
    if _is_binary(text):
        raise InputError(f"{name}: binary data (control characters), not a text or HTML page")
    if not _is_html(text):
        return text, (), None
    page = browser_text(text, page_url=source_url, content=CONTENT)
    return page.text, page.links, page.lang


def _messages(data: bytes | str, *, name: str, source_url: str | None, language: str | None) -> list[Message]:
    text, links, declared = _page_text(data, name=name, source_url=source_url)
    if (source_url and is_detail_url(source_url)) or is_detail_text(text):
        return [parse_detail_text(text, source_url=source_url, language=language, name=name)]
    lang = language or detect_language(text, url=source_url, declared=declared)
    messages = parse_list_text(text, source_url=source_url, language=lang, links=links)
    if not messages:
        raise ScrapeError(f"{name}: no status messages found")
    return messages


def parse_page(data: bytes | str, *, source_url: str | None = None, language: str | None = None) -> list[Message]:
    """The unique messages of a list page (text or HTML) in page order, or the one message of a detail page."""
    return _messages(data, name=source_url or "page", source_url=source_url, language=language)


def parse_detail(data: bytes | str, *, source_url: str | None = None) -> Message:
    """The message of a detail page (text or HTML), with its earlier versions."""
    name = source_url or "page"
    text, _, _ = _page_text(data, name=name, source_url=source_url)
    return parse_detail_text(text, source_url=source_url, name=name)


def _read_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{path}: is a directory, not a file")
        if info.st_size > MAX_BYTES:
            raise InputError(f"{path}: file too large ({info.st_size:,} bytes; the limit is "
                             f"{MAX_BYTES // 2**20} MB)")
        with path.open("rb") as file:
            data = file.read(MAX_BYTES + 1)
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except PermissionError as exc:
        raise InputError(f"{path}: permission denied") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if len(data) > MAX_BYTES:
        raise InputError(f"{path}: file too large (over {MAX_BYTES // 2**20} MB)")
    if not data.strip():
        raise InputError(f"{path}: empty file")
    return data


def read_path(path: Path) -> list[Message]:
    """The messages of a saved page (text or HTML list page, or detail page); InputError naming the file."""
    path = Path(path)
    return _messages(_read_bytes(path), name=str(path), source_url=None, language=None)
