"""The product's one exception family. It lives here, in the lowest layer that raises, so `graph`,
`service` and `app` can all use it; `app.api.errors` maps it to problem+json once.

Each error carries the HTTP status and title it stands for, so a route never has to catch it.
"""

from __future__ import annotations


class LetopisError(Exception):
    """Something the caller did or asked for that Letopis refuses, with a reason a person can act on."""

    status: int = 400
    title: str = "Bad request"

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


class InvalidCursor(LetopisError):
    """A pagination cursor that this query did not hand out."""

    title = "Invalid cursor"


class ArticleRejected(LetopisError):
    """An article text that cannot be ingested as it is (empty, too long, ...)."""

    def __init__(self, status: int, title: str, detail: str):
        super().__init__(detail)
        self.status, self.title = status, title


class Overloaded(LetopisError):
    """Too much work under way to take this request now; it may be sent again after ``retry_after`` seconds."""

    status = 503
    title = "Busy"

    def __init__(self, detail: str, retry_after: int = 5):
        super().__init__(detail)
        self.headers = {"Retry-After": str(retry_after)}
