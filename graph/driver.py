"""The one place a Neo4j driver is built, from connection settings (any object with these attributes)."""

from __future__ import annotations

from typing import Protocol

import neo4j


class Secret(Protocol):
    def get_secret_value(self) -> str: ...


class ConnectionSettings(Protocol):
    """What the driver needs; `app.core.config.Settings` has it."""

    neo4j_uri: str
    neo4j_user: str
    neo4j_password: Secret
    neo4j_connection_timeout: float
    neo4j_max_retry_time: float


def open_driver(settings: ConnectionSettings, *, max_retry_time: float | None = None) -> neo4j.Driver:
    """A driver for ``settings.neo4j_uri``; ``max_retry_time`` overrides the transaction retry budget.

    Works unchanged for a single server (``bolt://``) and a cluster (``neo4j://``, routing).
    """
    return neo4j.GraphDatabase.driver(
        settings.neo4j_uri,
        auth=(settings.neo4j_user, settings.neo4j_password.get_secret_value()),
        connection_acquisition_timeout=max(10.0, settings.neo4j_connection_timeout),
        connection_timeout=settings.neo4j_connection_timeout,
        max_transaction_retry_time=settings.neo4j_max_retry_time if max_retry_time is None else max_retry_time,
        notifications_disabled_classifications=["UNRECOGNIZED"],
    )
