"""A real ``chroma run`` server for the store tests, and settings for both Chroma modes."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.document import Document
from index.offline import disable_outbound_calls
from index.parse import parse_file
from index.settings import BUNDLED_RESOLUTION, Settings


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_heartbeat(port: int, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"chroma run exited with {process.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("chroma run did not answer its heartbeat in time")


class ChromaServer:
    """A ``chroma run`` process on a loopback port (can be stopped and started again)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        chroma = Path(os.environ.get("VIRTUAL_ENV", "")) / "bin" / "chroma"
        if not chroma.exists():
            chroma = Path(__import__("sys").executable).with_name("chroma")
        env = disable_outbound_calls(dict(os.environ))
        self.process = subprocess.Popen(
            [
                str(chroma),
                "run",
                "--path",
                str(self.path),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_heartbeat(self.port, self.process)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.process = None


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    """One real Chroma server for the session."""
    server = ChromaServer(tmp_path_factory.mktemp("chroma-server"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["embedded", pytest.param("server", marks=pytest.mark.server)])
def store_settings(request: pytest.FixtureRequest, settings: Settings) -> Settings:
    """Settings for an embedded store, then for the real server (a fresh collection prefix each)."""
    prefix = "t" + os.urandom(4).hex()
    if request.param == "embedded":
        return settings.with_(collection=prefix)
    server: ChromaServer = request.getfixturevalue("chroma_server")
    return settings.with_(chroma_host="127.0.0.1", chroma_port=server.port, collection=prefix)


@pytest.fixture(scope="session")
def resolution() -> Document:
    """The bundled resolution, parsed."""
    return parse_file(BUNDLED_RESOLUTION)
