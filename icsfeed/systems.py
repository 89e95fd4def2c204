"""The catalogue of systems the status page reports on, with stable slugs.

The site names each system differently on its English list page, its Danish page and its
detail pages (``DMS eksport`` / ``DMS Export`` / ``DMS Eksport``). Every alias maps to one
slug. A category the catalogue does not know is kept under its slugified label, never
dropped. ``TFE (testsystems)`` is not a system but the marker of the test environment.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class System:
    slug: str
    name: str
    name_da: str
    aliases: tuple[str, ...] = ()
    description: str = ""


CATALOGUE: tuple[System, ...] = (
    System("dms-import", "DMS Import", "DMS Import",
           ("DMS Import", "DMS-Import", "Customs portal (DMS import)", "Toldportalen (DMS import)",
            "Customs portal (DMS Import)"),
           "Danish import declarations (DMS Import)"),
    System("dms-export", "DMS Export", "DMS Eksport",
           ("DMS eksport", "DMS Export", "DMS Eksport", "DMS-Eksport", "DMS-Export"),
           "Danish export declarations (DMS Export / ECS)"),
    System("dms-transit", "DMS Transit (NCTS)", "DMS Forsendelse (NCTS)",
           ("DMS Forsendelse (NCTS)", "DMS Transit (NCTS)", "DMS Forsendelse", "DMS Transit", "NCTS"),
           "Transit declarations (DMS Forsendelse / NCTS)"),
    System("manifest", "Manifest", "Manifest", ("Manifest",), "Arrival notifications and manifests"),
    System("ics2", "ICS2", "ICS2", ("ICS2", "ICS 2"), "EU Import Control System 2 (entry summary declarations)"),
    System("ics", "ICS", "ICS", ("ICS",), "Import Control System (legacy)"),
    System("emcs", "EMCS", "EMCS", ("EMCS",), "Excise Movement and Control System"),
    System("eu-systems", "EU systems", "EU-systemer",
           ("EU-systems", "EU systems", "EU-systemer", "EU systemer"), "EU-run systems (UUM&DS, PoUS, trader portals)"),
    System("import", "Import", "Import", ("Import", "Import Classic"), "Import (classic systems)"),
    System("export", "Export", "Eksport", ("Export", "Eksport"), "Export (classic systems, ECS)"),
    System("eori", "EORI", "EORI", ("EORI",), "EORI registration"),
    System("ntse", "E-tax for businesses (NTSE)", "E-skat for virksomheder (NTSE)",
           ("E-tax for businesses (NTSE)", "E-skat for virksomheder (NTSE)", "NTSE"), "E-tax for businesses"),
    System("transit", "Transit", "Forsendelse", ("Transit", "Forsendelse"), "Transit (classic systems)"),
    System("other", "Other messages", "Øvrige meddelelser",
           ("Other messages", "Øvrige meddelelser", "Andre meddelelser", "Other"), "Messages about other services"),
)

TEST_ENVIRONMENT_LABELS: tuple[str, ...] = ("TFE (testsystems)", "TFE (testsystemer)", "TFE (test systems)")

ENVIRONMENTS: dict[str, str] = {"prd": "Production (PRD)", "tfe": "Test (TFE)"}


def _fold(label: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", label)).strip().casefold()


_BY_ALIAS: dict[str, System] = {_fold(alias): s for s in CATALOGUE for alias in (s.name, s.name_da, *s.aliases)}
BY_SLUG: dict[str, System] = {s.slug: s for s in CATALOGUE}


def slugify(label: str) -> str:
    """A URL-safe slug for any label: ``"Toll Portal (New)"`` -> ``"toll-portal-new"``."""
    text = unicodedata.normalize("NFKD", label).replace("ø", "o").replace("æ", "ae").replace("å", "a")
    text = text.encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unknown"


def is_test_environment_label(label: str) -> bool:
    """True for the category that marks test-environment messages."""
    return _fold(label) in {_fold(x) for x in TEST_ENVIRONMENT_LABELS}


def lookup(label: str) -> System | None:
    """The catalogue entry for a label the site uses, or None."""
    return _BY_ALIAS.get(_fold(label))


def slug_for(label: str) -> str:
    """The slug of a category label; unknown labels keep their slugified name."""
    system = lookup(label)
    return system.slug if system else slugify(label)


def systems_of(categories: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The system slugs of a message's categories, in order, without the TFE marker."""
    slugs: list[str] = []
    for label in categories:
        if is_test_environment_label(label):
            continue
        slug = slug_for(label)
        if slug not in slugs:
            slugs.append(slug)
    return tuple(slugs)


def known_labels() -> list[str]:
    """Every label the catalogue knows, longest first (for splitting run-together text)."""
    labels = {alias for s in CATALOGUE for alias in (s.name, s.name_da, *s.aliases)} | set(TEST_ENVIRONMENT_LABELS)
    return sorted(labels, key=len, reverse=True)
