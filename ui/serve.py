"""``resqa serve``: one process serving the chat page, the widget and the JSON API."""

from __future__ import annotations

import sys
import threading

from index.offline import disable_outbound_calls
from index.settings import Settings


def streamlit_config(settings: Settings) -> dict[str, object]:
    """Streamlit options: offline, headless, XSRF on, uploads off, loopback by default."""
    return {
        "server.address": settings.host,
        "server.port": settings.port,
        "server.headless": True,
        "server.enableXsrfProtection": True,
        "server.enableCORS": True,
        "server.maxUploadSize": 1,
        "server.fileWatcherType": "none",
        "server.runOnSave": False,
        "server.baseUrlPath": settings.base_url_path,
        "browser.gatherUsageStats": False,
        "client.toolbarMode": "minimal",
        "client.showErrorDetails": "none",
        "theme.base": "light",
    }


def warm_up(settings: Settings) -> None:
    """Load the model and build the index in the background, so the first question is fast."""
    from ui.resources import get_bot

    def run() -> None:
        try:
            get_bot(settings)
        except Exception as exc:  # the page shows the same error readably when asked
            print(f"resqa: warning: {exc}", file=sys.stderr)

    threading.Thread(target=run, name="resqa-warm-up", daemon=True).start()


def run_server(settings: Settings) -> int:
    """Serve until interrupted.

    :param settings: Host, port, allowed origins, base URL path, …
    :returns: Exit status.
    """
    disable_outbound_calls()
    from ui.server import make_app

    app = make_app(settings)
    prefix = f"/{settings.base_url_path}" if settings.base_url_path else ""
    print(
        f"resqa: chat on http://{settings.host}:{settings.port}{prefix}/  "
        f"(widget: {prefix}/widget.js, API: POST {prefix}/api/ask)",
        file=sys.stderr,
        flush=True,
    )
    warm_up(settings)
    app.run(config=streamlit_config(settings))
    return 0
