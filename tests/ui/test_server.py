"""The server's routes over HTTP: widget, example page, health, /api/ask, CSP and CORS."""

from __future__ import annotations

import httpx
import pytest

from tests.ui.conftest import Server, StaticSite

pytestmark = [pytest.mark.server, pytest.mark.model]


def test_widget_and_example_page(server: Server) -> None:
    widget = httpx.get(server.url + "widget.js")
    assert widget.status_code == 200
    assert widget.headers["content-type"].startswith("application/javascript")
    assert "attachShadow" in widget.text and "data-resqa-url" in widget.text
    page = httpx.get(server.url + "example.html")
    assert page.status_code == 200 and f'src="{server.url}widget.js"' in page.text


def test_frame_ancestors_on_page_and_routes(server: Server, intranet: StaticSite) -> None:
    for path in ("", "healthz", "widget.js", "example.html"):
        csp = httpx.get(server.url + path).headers["content-security-policy"]
        assert csp == f"frame-ancestors 'self' {intranet.origin}"


def test_health(server: Server) -> None:
    data = httpx.get(server.url + "healthz").json()
    assert data["status"] == "ok" and data["bot"] in ("ready", "loading")


def test_api_ask_shape_and_cors(server: Server, intranet: StaticSite) -> None:
    reply = httpx.post(
        server.url + "api/ask",
        json={"question": "那第16段呢？", "history": ["决议建议起草什么新的文件？"]},
        headers={"origin": intranet.origin},
        timeout=120,
    )
    assert reply.status_code == 200
    assert reply.headers["access-control-allow-origin"] == intranet.origin
    data = reply.json()
    assert set(data) >= {"question", "answer", "no_answer", "citations"}
    first = data["citations"][0]
    assert set(first) >= {
        "doc",
        "unit",
        "kind",
        "number",
        "label",
        "text",
        "quote",
        "score",
        "footnotes",
    }
    assert first["unit"] == "op-16" and first["quote"] in first["text"]
    preflight = httpx.options(
        server.url + "api/ask",
        headers={"origin": intranet.origin, "access-control-request-method": "POST"},
    )
    assert (
        preflight.status_code == 204
        and preflight.headers["access-control-allow-origin"] == intranet.origin
    )


def test_api_refuses_bad_requests(server: Server) -> None:
    url = server.url + "api/ask"
    assert (
        httpx.post(
            url, content=b"{not json", headers={"content-type": "application/json"}
        ).status_code
        == 400
    )
    assert httpx.post(url, json={"history": []}).status_code == 400
    assert httpx.post(url, json={"question": "x", "history": "nope"}).status_code == 400
    assert httpx.post(url, content=b"x" * 70_000).status_code == 413
    assert httpx.get(url).status_code == 405
    foreign = httpx.post(url, json={"question": "x"}, headers={"origin": "http://evil.example"})
    assert foreign.status_code == 403 and "access-control-allow-origin" not in foreign.headers


def test_xsrf_protection_and_no_uploads(server: Server) -> None:
    assert "_streamlit_xsrf=" in httpx.get(server.url + "_stcore/health").headers["set-cookie"]
    upload = httpx.put(server.url + "_stcore/upload_file/x/y", content=b"data")
    assert upload.status_code == 403  # no XSRF token, no upload
