"""Parse an iCalendar file with circuit-maintenance-parser's ICal parser; print maintenances as JSON.

Runs in .venv-maintnote (see requirements.txt beside this file): ``python parse_ical.py FEED.ics``.
"""
import json
import sys

from circuit_maintenance_parser.data import NotificationData
from circuit_maintenance_parser.provider import GenericProvider

data = NotificationData.init_from_raw("ical", open(sys.argv[1], "rb").read())
maintenances = GenericProvider().get_maintenances(data)
print(json.dumps([m.to_json() if hasattr(m, "to_json") else m.dict() for m in maintenances], default=str))
