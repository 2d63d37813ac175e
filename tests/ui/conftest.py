"""A real resqa server (subprocess), an intranet page on another origin, and headless chromium."""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from index.offline import disable_outbound_calls
from tests.index.conftest import free_port
from ui.bench import CHROMIUM, CHROMIUM_ARGS

if TYPE_CHECKING:
    from playwright.sync_api import Browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@dataclass
class Server:
    url: str
    port: int
    process: subprocess.Popen[bytes]
    started: float
    log: Path


def wait_http(url: str, timeout: float = 120) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer in {timeout} s")


class StaticSite:
    """A page on another origin (port), like an intranet page embedding the widget."""

    def __init__(self, pages: dict[str, str]) -> None:
        self.pages = pages
        self.port = free_port()
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = site.pages.get(self.path.split("?")[0])
                if body is None:
                    self.send_error(404)
                    return
                data = body.encode()
                self.send_response(200)
                self.send_header("content-type", "text/html; charset=utf-8")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.httpd.shutdown()


@pytest.fixture(scope="session")
def intranet() -> Iterator[StaticSite]:
    site = StaticSite({})
    yield site
    site.close()


@pytest.fixture(scope="session")
def foreign_site() -> Iterator[StaticSite]:
    site = StaticSite({})
    yield site
    site.close()


@pytest.fixture(scope="session")
def server(
    tmp_path_factory: pytest.TempPathFactory, model_cache_dir: Path, intranet: StaticSite
) -> Iterator[Server]:
    """``resqa serve`` on a free loopback port; only the intranet origin may frame it."""
    port = free_port()
    data = tmp_path_factory.mktemp("server-data")
    env = disable_outbound_calls(dict(os.environ))
    env.update(
        {
            "RESQA_DATA_DIR": str(data),
            "RESQA_MODEL_CACHE": str(model_cache_dir),
            "RESQA_PORT": str(port),
            "RESQA_HOST": "127.0.0.1",
            "RESQA_ALLOWED_ORIGINS": intranet.origin,
        }
    )
    log = data / "server.log"
    resqa = Path(sys.executable).with_name("resqa")
    started = time.monotonic()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(resqa), "serve"], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_http(url + "healthz")
        yield Server(url, port, process, started, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is required for the browser tests (make system-deps)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
