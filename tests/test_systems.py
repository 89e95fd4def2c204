"""The system catalogue: every alias the site uses maps to one stable slug."""
import pytest

from icsfeed.systems import is_test_environment_label, slug_for, systems_of


@pytest.mark.parametrize("label, slug", [
    ("DMS Import", "dms-import"), ("DMS eksport", "dms-export"), ("DMS Export", "dms-export"),
    ("DMS Forsendelse (NCTS)", "dms-transit"), ("DMS Transit (NCTS)", "dms-transit"),
    ("Manifest", "manifest"), ("ICS2", "ics2"), ("ICS", "ics"), ("EMCS", "emcs"),
    ("EU-systems", "eu-systems"), ("Import", "import"), ("Export", "export"), ("EORI", "eori"),
    ("E-tax for businesses (NTSE)", "ntse"), ("Transit", "transit"), ("Other messages", "other"),
    ("Customs portal (DMS import)", "dms-import"), ("  dms   IMPORT ", "dms-import"),
    ("Toldportal (Ny)", "toldportal-ny"),
])
def test_every_alias_has_its_slug(label, slug):
    assert slug_for(label) == slug


def test_the_tfe_marker_is_an_environment_not_a_system():
    assert is_test_environment_label("TFE (testsystems)")
    assert systems_of(("DMS eksport", "TFE (testsystems)", "DMS Export", "Brand New System")) == (
        "dms-export", "brand-new-system")
