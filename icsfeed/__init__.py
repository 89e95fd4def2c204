"""icsfeed: the Danish Customs Agency's service windows as iCalendar feeds."""
__version__ = "0.1.0"

from .errors import ConfigError, FetchError, IcsfeedError, InputError, ScrapeError, StoreError
from .model import Env, Extraction, Fallback, Impact, Kind, Message, MessageVersion, Status, Window

__all__ = [
    "ConfigError", "Env", "Extraction", "Fallback", "FetchError", "IcsfeedError", "Impact", "InputError",
    "Kind", "Message", "MessageVersion", "ScrapeError", "Status", "StoreError", "Window", "__version__",
]
