"""What to do when NCTS is down and the fallback (emergency) procedure may be used.

A short digest, in English and Danish, of the agency's guidance on the emergency procedure
for EU/common transit (``beredskabsprocedure``, ``shared/seeds/004_*.txt``): the SAD
copies 1, 4 and 5, the red stamp, and the duties of authorised consignors. Feeds add it
to NCTS windows whose fallback is allowed or restricted.
"""
from __future__ import annotations

from ..model import Fallback

NCTS_SYSTEMS: tuple[str, ...] = ("dms-transit", "transit")
"""The systems whose outage the transit emergency procedure covers."""

EMERGENCY_PROCEDURE_URL = "https://toldst.dk/erhverv/toldsystemer/noedprocedurer"

STAMP_TEXT = ("NCTS NØDPROCEDURE / EU-FORSENDELSE/FÆLLES FORSENDELSE / INGEN TILGÆNGELIGE DATA I SYSTEMET / "
              "INDLEDT DEN ____ (dato/tidspunkt)")
"""The wording of the red 26 x 59 mm stamp (box A of the SAD), which stays Danish in every language."""

_GUIDANCE = {
    "en": (
        "NCTS emergency procedure (transit started on paper while NCTS is down):",
        "- Use the Single Administrative Document (SAD), a printout of it from your own system or, if customs "
        "agree, the transit accompanying document (TAD) with its MRN and barcode struck out in black.",
        "- Make out three copies: copy 1 for the office of departure, copies 4 and 5 travel with the goods to the "
        "office of destination (copy 5 is returned to the office of departure).",
        f"- Stamp all three copies in box A (or over the MRN and barcode) with the red stamp: {STAMP_TEXT}.",
        "- Standard procedure: present the three copies with the goods at the office of departure, which "
        "registers and stamps them.",
        "- Authorised consignors: number the declaration from your own series, stamp it yourself, notify the "
        "office of departure that you have started transits under the emergency procedure, and send copy 1 to "
        "it by the next day at the latest.",
        "- A transit started on paper is finished on paper; one started in NCTS is finished in NCTS. When NCTS "
        "works again, have the office of departure delete any declaration already sent to NCTS.",
        f"Guidance: {EMERGENCY_PROCEDURE_URL}",
    ),
    "da": (
        "NCTS-nødprocedure (forsendelse startet på papir, mens NCTS er ude af drift):",
        "- Brug enhedsdokumentet (SAD), en udskrift af det fra jeres eget system eller, hvis Toldstyrelsen "
        "tillader det, forsendelsesledsagedokumentet (TAD) med MRN og stregkode overstreget med sort.",
        "- Udfyld tre eksemplarer: eksemplar 1 til afgangstoldstedet, eksemplar 4 og 5 følger varerne til "
        "bestemmelsestoldstedet (eksemplar 5 sendes retur til afgangstoldstedet).",
        f"- Stempl alle tre eksemplarer i rubrik A (eller over MRN og stregkode) med det røde stempel: {STAMP_TEXT}.",
        "- Standardprocedure: frembyd de tre eksemplarer sammen med varerne på afgangstoldstedet, som registrerer "
        "og stempler dem.",
        "- Godkendte afsendere: nummerér angivelsen fra jeres egen nummerrække, påsæt selv stemplet, meddel "
        "afgangstoldstedet, at I har startet forsendelser i nødproceduren, og send eksemplar 1 dertil senest "
        "dagen efter.",
        "- En forsendelse startet på papir afsluttes på papir; en startet i NCTS afsluttes i NCTS. Når NCTS "
        "virker igen, skal afgangstoldstedet slette angivelser, der allerede er sendt til NCTS.",
        f"Vejledning: {EMERGENCY_PROCEDURE_URL}",
    ),
}


def applies(fallback: Fallback | None, systems: tuple[str, ...] | list[str]) -> bool:
    """True when the emergency procedure may be used and one of ``systems`` is NCTS."""
    return fallback in (Fallback.ALLOWED, Fallback.RESTRICTED) and any(s in NCTS_SYSTEMS for s in systems)


def ncts_guidance(lang: str = "en") -> str:
    """The digest of the transit emergency procedure, one instruction a line."""
    return "\n".join(_GUIDANCE[lang])
