"""All settings in one place: defaults, help text, and the environment variables.

Only this module reads the environment. The CLI and the Flask app share one ``Config``.
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir

from .errors import ConfigError

DEFAULT_SOURCE = "https://info.skat.dk/data.aspx?lang=us&oid=54316"
USER_AGENT = "icsfeed/0.1 (+https://github.com/icsfeed/icsfeed; service-status calendar feeds; contact: ops@icsfeed.example)"


def default_database_url() -> str:
    """A SQLite file in the user's data directory."""
    return f"sqlite:///{Path(user_data_dir('icsfeed', appauthor=False)) / 'icsfeed.sqlite3'}"


def _meta(env: str, help_text: str) -> dict:
    return {"env": env, "help": help_text}


@dataclass(frozen=True)
class Config:
    """Every setting icsfeed has; each field names its environment variable and help text."""

    database_url: str = field(default_factory=default_database_url,
                              metadata=_meta("ICSFEED_DATABASE_URL", "sqlite:///PATH or postgresql://USER@HOST/DB"))
    sources: tuple[str, ...] = field(default=(DEFAULT_SOURCE,),
                                     metadata=_meta("ICSFEED_SOURCES", "list-page URLs to poll, comma-separated"))
    poll_interval: float = field(default=900.0,
                                 metadata=_meta("ICSFEED_POLL_INTERVAL", "seconds between in-process polls; 0 = off"))
    stale_after: float = field(default=6 * 3600.0,
                               metadata=_meta("ICSFEED_STALE_AFTER", "seconds after the last good update before /healthz is 503"))
    fetch_timeout: float = field(default=20.0, metadata=_meta("ICSFEED_FETCH_TIMEOUT", "seconds per HTTP request"))
    fetch_retries: int = field(default=3, metadata=_meta("ICSFEED_FETCH_RETRIES", "retries of a failed fetch"))
    max_body_bytes: int = field(default=20 * 1024 * 1024,
                                metadata=_meta("ICSFEED_MAX_BODY_BYTES", "largest page accepted, in bytes"))
    max_detail_pages: int = field(default=20,
                                  metadata=_meta("ICSFEED_MAX_DETAIL_PAGES", "detail pages fetched per poll at most"))
    user_agent: str = field(default=USER_AGENT, metadata=_meta("ICSFEED_USER_AGENT", "User-Agent sent upstream"))
    public_url: str = field(default="", metadata=_meta("ICSFEED_PUBLIC_URL",
                                                       "https://host of this service, for subscribe links; empty = from the request"))
    log_format: str = field(default="text", metadata=_meta("ICSFEED_LOG_FORMAT", "text or json"))

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides) -> "Config":
        """Defaults, then ``ICSFEED_*`` variables, then explicit overrides (from the CLI)."""
        environ = os.environ if environ is None else environ
        values: dict = {}
        for f in dataclasses.fields(cls):
            raw = environ.get(f.metadata["env"])
            if raw is None or raw == "":
                continue
            values[f.name] = _convert(f, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def _convert(f: dataclasses.Field, raw: str):
    name = f.metadata["env"]
    try:
        if f.type in ("float", float):
            value = float(raw)
            if value < 0:
                raise ValueError("must not be negative")
            return value
        if f.type in ("int", int):
            value = int(raw)
            if value < 0:
                raise ValueError("must not be negative")
            return value
        if f.type.startswith("tuple"):
            return tuple(part.strip() for part in raw.split(",") if part.strip())
        return raw
    except ValueError as exc:
        raise ConfigError(f"{name}={raw!r}: {exc}") from exc
