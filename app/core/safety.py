"""Warnings about settings that are fine on one's own machine and unsafe anywhere else.

`serve` and `run` print them at start: the API bound to a non-loopback address without an API key,
or with Neo4j still on the default password; Neo4j reached over the network with the default
password. Nothing here prints a secret: only whether one is set, or still the default.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from app.core.config import Settings

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    host = host.strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def default_password() -> str:
    return Settings.model_fields["neo4j_password"].default.get_secret_value()


def security_warnings(settings: Settings, api_host: str | None = None) -> list[str]:
    """What is unsafe about serving with these settings on ``api_host`` (default: the configured one)."""
    host = api_host or settings.api_host
    on_default_password = settings.neo4j_password.get_secret_value() == default_password()
    warnings = []
    if not is_loopback(host):
        if settings.api_key is None or not settings.api_key.get_secret_value():
            warnings.append(f"warning: the API listens on {host}, beyond this machine, and its write endpoints are "
                            "open to anyone who reaches it: set LETOPIS_API_KEY.")
        if on_default_password:
            warnings.append(f"warning: the API listens on {host} and Neo4j still has the default password: "
                            "set LETOPIS_NEO4J_PASSWORD.")
        if "*" in settings.cors_origins:
            warnings.append("warning: LETOPIS_CORS_ORIGINS allows every origin.")
    neo4j_host = urlsplit(settings.neo4j_uri).hostname
    if not is_loopback(neo4j_host) and on_default_password:
        warnings.append(f"warning: Neo4j at {neo4j_host} is reached over the network with the default password: "
                        "set LETOPIS_NEO4J_PASSWORD.")
    return warnings
