"""Redaction: what the client shows of a URL in exceptions and logs.

Query strings carry API keys and signatures and a URL's userinfo carries a
password, so neither may reach an exception message or a log line.
"""

from __future__ import annotations

import logging
import re
from typing import Iterable
from urllib.parse import urlsplit, urlunsplit

_QUERY_VALUE = re.compile(r"([?&][^=&\s'\"]*=)[^&\s'\"#]*")
_USERINFO = re.compile(r"(//)[^/@\s'\"]*@")


def redact_url(url: str) -> str:
    """``url`` as the client shows it in exceptions and logs.

    Query strings carry API keys and signatures (``?api_key=``,
    ``X-Amz-Signature=``, ``token=``...) and a URL's userinfo carries a
    password, so every query value becomes ``***`` (the keys stay, to show
    what was sent), userinfo becomes ``***`` and the fragment is dropped.
    The path stays: it is what identifies the failing call.
    """
    if "?" not in url and "@" not in url and "#" not in url:
        return url
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable URL>"
    netloc = parts.netloc
    if "@" in netloc:
        netloc = "***@" + netloc.rpartition("@")[2]
    query = "&".join(
        key + "=***" if equals else "***"
        for key, equals, _ in (pair.partition("=") for pair in parts.query.split("&") if pair)
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def redact_text(text: str) -> str:
    """Free text (a library's message or log arguments) with query values and
    userinfo of any URL in it replaced by ``***``, as ``redact_url`` does."""
    if "?" in text or "@" in text:
        text = _USERINFO.sub(r"\1***@", _QUERY_VALUE.sub(r"\1***", text))
    return text


def _redacted(arg: object) -> object:
    if isinstance(arg, str):
        return redact_text(arg)
    if type(arg).__name__ == "URL":  # httpx logs its URL objects
        return redact_text(str(arg))
    return arg


class RedactArgs(logging.Filter):
    """Redacts query values and userinfo in the arguments of urllib3's and
    httpx's log records (urllib3's DEBUG request lines and WARNING "Retrying
    ..." lines, httpx's INFO "HTTP Request" lines carry the full URL, query
    string included)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_redacted(arg) for arg in record.args)
        return True


def quiet_library_urls(names: Iterable[str]) -> None:
    """Put a ``RedactArgs`` filter (once) on each of the named loggers."""
    for name in names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactArgs) for f in logger.filters):
            logger.addFilter(RedactArgs())
