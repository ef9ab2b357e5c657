"""Refuse request bodies over the configured size, whatever the transfer encoding.

A ``Content-Length`` over the limit is refused before anything is read. Otherwise (a chunked body,
or a client that sends more than it announced) the bytes are counted as they stream in: once the
count passes the limit the request is refused with 413, so no more than the limit (plus the chunk
that crossed it) is ever held in memory.

Plain ASGI middleware: Starlette's ``@app.middleware("http")`` wraps every request and response in
extra tasks and streams, which costs a third of the API's throughput on small reads.
"""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api import errors


class BodyTooLarge(HTTPException):
    """Raised from ``receive`` when the body passes the limit.

    An `HTTPException`, so that FastAPI's body reading passes it on as it is (it turns other errors
    into a 400) and the problem+json handler answers 413 when nothing has been sent yet.
    """

    def __init__(self, limit: int):
        super().__init__(413, f"The body is over the limit of {limit} bytes.", headers={"Connection": "close"})
        self.limit = limit


class BodyLimit:
    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope["headers"]:
            if name == b"content-length" and value.isdigit() and int(value) > self.max_bytes:
                await self._refuse(scope, receive, send,
                                   f"The body is {value.decode()} bytes; the limit is {self.max_bytes}.")
                return

        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, watched_send)
        except BodyTooLarge as exc:  # raised where no handler turned it into a response
            if started:
                raise
            await self._refuse(scope, receive, send, f"The body is over the limit of {exc.limit} bytes.")

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, detail: str) -> None:
        # The server closes the connection after this answer rather than read the rest of the body.
        response = errors.problem(413, "Request too large", detail, Request(scope),
                                  headers={"Connection": "close"})
        await response(scope, receive, send)
