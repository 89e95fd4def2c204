"""The WSGI entry point for production servers: ``gunicorn -w 4 -b 0.0.0.0:8080 icsfeed.web.wsgi:app``.

Settings come from the ``ICSFEED_*`` environment variables (see :mod:`icsfeed.config`).
The feeds are only read here; run ``icsfeed poll`` as its own process to keep them fresh.
"""
from ..config import Config
from . import create_app

app = create_app(Config.from_env())
