"""The one exception hierarchy of icsfeed.

    IcsfeedError                 anything icsfeed reports as a one-line error
    ├── ConfigError              a bad setting (names the option or variable)
    ├── InputError               a file or page that cannot be read as a status page
    │   └── ScrapeError          readable, but no messages could be found in it
    ├── FetchError               the upstream site could not be fetched (names the URL)
    └── StoreError               the database failed (names the database URL, no password)

Errors from httpx, lxml and the database drivers are wrapped at the boundary with
``raise ... from exc``. Text the extraction grammar cannot read is data, not an error.
"""


class IcsfeedError(Exception):
    """Base of every error icsfeed reports to a user."""


class ConfigError(IcsfeedError, ValueError):
    """A setting has a value icsfeed cannot use."""


class InputError(IcsfeedError, ValueError):
    """An input file or page is empty, binary, too large or otherwise unreadable."""


class ScrapeError(InputError):
    """A page was read but held no status messages."""


class FetchError(IcsfeedError):
    """The upstream site did not deliver a usable page."""

    def __init__(self, message: str, *, url: str | None = None, status_code: int | None = None):
        super().__init__(message)
        self.url = url
        self.status_code = status_code


class StoreError(IcsfeedError):
    """The store could not read or write."""
