"""The server's own routes beside the Streamlit page: widget, example page, health, JSON API.

Everything runs in one process: Streamlit 1.67's ``st.App`` takes extra Starlette routes and
middleware. The middleware adds ``Content-Security-Policy: frame-ancestors`` (Streamlit sends no
framing headers of its own), so only the allowed intranet origins can frame the chat.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from index.settings import Settings
from ui.resources import bot_ready, get_bot

STATIC = Path(__file__).parent / "static"
APP_SCRIPT = Path(__file__).parent / "app.py"
MAX_BODY = 64 * 1024
MAX_HISTORY = 50


def frame_ancestors(settings: Settings) -> str:
    """The CSP value that lets only this server and the allowed origins frame the chat."""
    return " ".join(["frame-ancestors", "'self'", *settings.allowed_origins])


class SecurityHeaders:
    """ASGI middleware adding CSP ``frame-ancestors`` and a few safe defaults to every response."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", frame_ancestors(settings).encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"same-origin"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in names]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _cors_headers(request: Request, settings: Settings) -> dict[str, str]:
    origin = request.headers.get("origin", "")
    if origin and origin in settings.allowed_origins:
        return {
            "access-control-allow-origin": origin,
            "access-control-allow-methods": "POST, OPTIONS",
            "access-control-allow-headers": "content-type",
            "access-control-max-age": "600",
            "vary": "Origin",
        }
    return {"vary": "Origin"}


def _error(status: int, message: str, headers: dict[str, str]) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def make_routes(settings: Settings) -> list[Route]:
    """The extra routes, bound to one settings object.

    :param settings: Server settings (allowed origins, limits).
    :returns: Starlette routes for ``/widget.js``, ``/example.html``, ``/healthz``, ``/api/ask``.
    """

    async def widget(request: Request) -> Response:
        return Response(
            (STATIC / "widget.js").read_text(encoding="utf-8"),
            media_type="application/javascript; charset=utf-8",
            headers={"cache-control": "public, max-age=300"},
        )

    async def example(request: Request) -> Response:
        base = str(request.base_url)
        page = (STATIC / "example.html").read_text(encoding="utf-8")
        return Response(
            page.replace("{{RESQA_URL}}", html.escape(base, quote=True)),
            media_type="text/html; charset=utf-8",
        )

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "bot": "ready" if bot_ready(settings) else "loading"})

    async def ask(request: Request) -> Response:
        cors = _cors_headers(request, settings)
        if request.method == "OPTIONS":
            return Response(status_code=204, headers=cors)
        if request.method != "POST":  # otherwise Streamlit's page would answer the GET
            return _error(
                405,
                'use POST with {"question": "…", "history": []}',
                {**cors, "allow": "POST, OPTIONS"},
            )
        if request.headers.get("origin") and "access-control-allow-origin" not in cors:
            # A page on another origin: browsers would drop the answer anyway; say why.
            origin = request.headers["origin"]
            if origin != str(request.base_url).rstrip("/"):
                return _error(403, "origin not allowed", cors)
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > MAX_BODY:
            return _error(413, f"request body larger than {MAX_BODY} bytes", cors)
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                return _error(413, f"request body larger than {MAX_BODY} bytes", cors)
        try:
            data: Any = json.loads(body or b"null")
        except (ValueError, UnicodeDecodeError):
            return _error(400, 'body must be JSON: {"question": "…", "history": ["…"]}', cors)
        if not isinstance(data, dict) or not isinstance(data.get("question"), str):
            return _error(400, '"question" (a string) is required', cors)
        history = data.get("history", [])
        if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
            return _error(400, '"history" must be a list of strings', cors)
        try:
            bot = await run_in_threadpool(get_bot, settings)
            answer = await run_in_threadpool(bot.ask, data["question"], history[-MAX_HISTORY:])
        except Exception as exc:  # a readable line, never a traceback
            return _error(503, f"{type(exc).__name__}: {exc}", cors)
        return JSONResponse(answer.to_json(), headers=cors)

    async def robots(request: Request) -> Response:
        return PlainTextResponse("User-agent: *\nDisallow: /\n")

    return [
        Route("/widget.js", widget, methods=["GET"]),
        Route("/example.html", example, methods=["GET"]),
        Route("/healthz", health, methods=["GET"]),
        Route("/api/ask", ask, methods=["GET", "POST", "OPTIONS"]),
        Route("/robots.txt", robots, methods=["GET"]),
    ]


def make_app(settings: Settings) -> Any:
    """The whole ASGI application: the Streamlit page plus the routes and the header middleware.

    :param settings: Server settings.
    :returns: A ``streamlit.starlette.App``.
    """
    from starlette.middleware import Middleware
    from streamlit.starlette import App

    return App(
        str(APP_SCRIPT),
        routes=make_routes(settings),
        middleware=[Middleware(SecurityHeaders, settings=settings)],
    )
