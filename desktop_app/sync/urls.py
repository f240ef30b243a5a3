"""The one rule for server URLs: ``https://``, or ``http://`` to this machine only.

A plain-``http`` answer can be forged by anyone on the network path (a ``410`` that wipes a
laptop, a roster, a key). The CLI (``fallakte enroll``/``login``), the policy file, the connect
dialog and the API client all call :func:`check_server_url`.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


class InsecureServerUrl(ValueError):
    """A server URL that is not ``https://`` (and not loopback ``http://``); one clear line."""


def is_loopback(host: str) -> bool:
    """True for ``localhost``, 127.0.0.0/8 and ``::1``."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server_url(url: str) -> str:
    """``url`` without a trailing slash if it is allowed; else :class:`InsecureServerUrl`."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        host = None
        parts = urlsplit("")
    if parts.scheme not in ("https", "http") or not host:
        raise InsecureServerUrl(f"must be an https:// URL, not {url!r}")
    if parts.scheme == "http" and not is_loopback(host):
        raise InsecureServerUrl(
            f"must use https://, not {url!r} (plain http:// only to this machine: "
            "localhost, 127.0.0.0/8, ::1); nothing was sent"
        )
    return url.strip().rstrip("/")
