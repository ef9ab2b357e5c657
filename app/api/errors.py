"""RFC 9457 problem details for every error the API returns: the one place errors become responses."""

from __future__ import annotations

import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from neo4j.exceptions import (
    ConnectionAcquisitionTimeoutError,
    IncompleteCommit,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request as StarletteRequest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from graph.errors import LetopisError

log = logging.getLogger("letopis.api")
PROBLEM = "application/problem+json"


class ProblemError(Exception):
    """Raised by routes for errors with a reason the client can act on."""

    def __init__(self, status: int, title: str, detail: str, headers: dict[str, str] | None = None, **extra):
        self.status, self.title, self.detail, self.extra = status, title, detail, extra
        self.headers = headers


def problem(status: int, title: str, detail: str, request: Request | None = None,
            headers: dict[str, str] | None = None, **extra) -> JSONResponse:
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
    if request is not None:
        body["instance"] = request.url.path
    body.update(extra)
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def install(app: FastAPI) -> None:
    @app.exception_handler(ProblemError)
    async def _problem(request: Request, exc: ProblemError):
        return problem(exc.status, exc.title, exc.detail, request, headers=exc.headers, **exc.extra)

    @app.exception_handler(LetopisError)
    async def _refused(request: Request, exc: LetopisError):
        return problem(exc.status, exc.title, exc.detail, request, headers=getattr(exc, "headers", None))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        return problem(exc.status_code, _title(exc.status_code), str(exc.detail), request,
                       headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                  for e in exc.errors()]
        where = ", ".join(".".join(str(p) for p in e["loc"]) + ": " + e["msg"] for e in errors)
        return problem(422, "Invalid request", where or "invalid request", request, errors=errors)

    @app.exception_handler(ServiceUnavailable)
    @app.exception_handler(SessionExpired)
    @app.exception_handler(TransientError)
    @app.exception_handler(ConnectionAcquisitionTimeoutError)
    async def _neo4j_down(request: Request, exc: Exception):
        return unavailable(request, exc)

    @app.exception_handler(Neo4jError)
    async def _neo4j_refused(request: Request, exc: Neo4jError):
        # Input is bounded and parameterised before it reaches the driver, so this is our fault.
        return internal_error(request, exc, f"Neo4j {exc.code}: {_short(exc.message)}")


def unavailable(request: Request, exc: Exception) -> JSONResponse:
    """503 with Retry-After: the database is down, restarting or overloaded."""
    log.warning("Neo4j unavailable on %s %s: %s", request.method, request.url.path, type(exc).__name__)
    if isinstance(exc, IncompleteCommit):
        detail = ("The graph database went away while a write was committing; it may or may not be stored. "
                  "Send it again shortly: an article sent twice is stored once.")
    else:
        detail = "The graph database is not reachable right now; nothing was written. Retry shortly."
    return problem(503, "Database unavailable", detail, request, headers={"Retry-After": "5"})


def internal_error(request: Request, exc: BaseException, what: str | None = None) -> JSONResponse:
    """500 with an error id; one log record that carries the same id (a traceback only for our own bugs)."""
    error_id = uuid.uuid4().hex[:12]
    if what is not None:
        log.error("error %s on %s %s: %s", error_id, request.method, request.url.path, what)
    else:
        log.error("error %s on %s %s: %s", error_id, request.method, request.url.path, type(exc).__name__,
                  exc_info=exc)
    return problem(500, "Internal error", f"An unexpected error occurred; it is logged as {error_id}.",
                   request, error_id=error_id)


class CatchAll:
    """The last handler: an exception no route or handler dealt with becomes `internal_error`.

    Starlette's own last-resort handler answers too, but then re-raises so that the server logs the
    traceback a second time; this middleware sits inside it and does not.
    """

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watched_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, watched_send)
        except Exception as exc:
            request = StarletteRequest(scope)
            if started:  # too late for a problem response: log once and drop the connection
                log.error("error on %s %s after the response started: %s", request.method, request.url.path,
                          type(exc).__name__, exc_info=exc)
                return
            if isinstance(exc, (ServiceUnavailable, SessionExpired, TransientError)):
                response = unavailable(request, exc)
            else:
                response = internal_error(request, exc)
            await response(scope, receive, send)


def _short(text: str | None, limit: int = 300) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit] + "..."


def _title(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
