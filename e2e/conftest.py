"""Fixtures for the browser tests: a running `cxm serve --demo` and a headless Chromium.

The suite builds nothing. It starts the binary named by CXM_BIN (default .build/debug/cxm) on a free
port with a fresh data directory, and talks to it over HTTP, as a user would; the dashboard tests also
run the same binary's `token create` and `report` against that data directory (`Server.cxm`).

Environment (all optional):
  CXM_BIN                the server binary                  (default <repo>/.build/debug/cxm)
  CXM_E2E_START_TIMEOUT  seconds to wait for GET /health    (default 300: a debug build loads the demo in ~100 s)
  CXM_E2E_CHROMIUM       browser binary                     (default /usr/bin/chromium)
  CXM_E2E_CHROMEDRIVER   driver binary                      (default /usr/bin/chromedriver)
  CXM_E2E_ARTIFACTS      where screenshots of failed tests go (default a pytest temp directory)
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.remote.webdriver import WebDriver

from support import Server

REPO_ROOT = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    """Turns SIGTERM (a CI timeout, `timeout`) into an interrupt, so fixtures still stop the server and browser."""

    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"received signal {signum}")

    signal.signal(signal.SIGTERM, interrupt)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _health_status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, OSError):
        return None


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Starts `cxm serve --demo` on a free port with an empty data directory, for the whole run."""
    binary = Path(os.environ.get("CXM_BIN", REPO_ROOT / ".build" / "debug" / "cxm"))
    if not binary.is_absolute():
        binary = REPO_ROOT / binary
    if not os.access(binary, os.X_OK):
        pytest.fail(f"no server binary at {binary}; build it (swift build --product cxm) or set CXM_BIN")

    work = tmp_path_factory.mktemp("cxm-server")
    data_dir = work / "data"
    data_dir.mkdir()
    log_path = work / "server.log"
    port = _free_port()
    # E-mail (password-reset links) is written to a folder the tests read.
    command = [
        str(binary), "serve", "--demo", "--port", str(port), "--data-dir", str(data_dir),
        "--mail-dir", str(work / "mail"),
    ]
    running = Server(base_url=f"http://127.0.0.1:{port}", log_path=log_path, binary=binary, data_dir=data_dir)

    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        timeout = float(os.environ.get("CXM_E2E_START_TIMEOUT", "300"))
        deadline = time.monotonic() + timeout
        status = None
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail(
                    f"{' '.join(command)} exited with {process.returncode} before answering /health\n"
                    f"--- server log ---\n{running.log_tail()}"
                )
            status = _health_status(running.url("/health"))
            if status == 200:
                break
            time.sleep(0.25)
        else:
            pytest.fail(
                f"GET /health did not answer 200 within {timeout:.0f} s (last status: {status})\n"
                f"--- server log ---\n{running.log_tail()}"
            )
        yield running
    finally:
        _stop(process)


def _chromium(width: int, height: int) -> WebDriver:
    """A headless Chromium with the given window, its language pinned to English."""
    options = Options()
    options.binary_location = os.environ.get("CXM_E2E_CHROMIUM", "/usr/bin/chromium")
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        f"--window-size={width},{height}",
        "--lang=en-GB",
    ):
        options.add_argument(argument)
    # The server honours Accept-Language, so pin it: the tests start in English.
    options.add_experimental_option("prefs", {"intl.accept_languages": "en-GB,en"})
    service = Service(executable_path=os.environ.get("CXM_E2E_CHROMEDRIVER", "/usr/bin/chromedriver"))
    browser = webdriver.Chrome(options=options, service=service)
    browser.set_page_load_timeout(60)
    browser.set_script_timeout(60)
    return browser


@pytest.fixture
def driver(server: Server) -> Iterator[WebDriver]:
    """A fresh headless Chromium per test, so no test inherits another's session or language."""
    browser = _chromium(1280, 900)
    try:
        yield browser
    finally:
        browser.quit()


@pytest.fixture
def narrow_driver(server: Server) -> Iterator[WebDriver]:
    """The same at the narrowest width headless Chromium keeps (500 px), for pages read on a phone."""
    browser = _chromium(500, 900)
    try:
        yield browser
    finally:
        browser.quit()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """When a browser test fails, saves what the browser showed and adds the server's log to the report."""
    report = yield
    fixtures = getattr(item, "funcargs", {})
    if report.when == "call" and report.failed and "driver" in fixtures:
        report.sections.append(("e2e diagnostics", _diagnostics(item, fixtures["driver"], fixtures["server"])))
    return report


def _diagnostics(item: pytest.Item, browser: WebDriver, server: Server) -> str:
    artifacts = Path(os.environ.get("CXM_E2E_ARTIFACTS") or Path(tempfile.gettempdir()) / "cxm-e2e-artifacts")
    stem = artifacts / re.sub(r"[^A-Za-z0-9_-]+", "_", item.name)
    lines = []
    try:
        lines.append(f"browser at: {browser.current_url}")
        artifacts.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(stem.with_suffix(".png")))
        stem.with_suffix(".html").write_text(browser.page_source)
        lines.append(f"screenshot and HTML: {stem}.png, {stem}.html")
    except Exception as error:  # the browser may be what broke
        lines.append(f"could not capture the page: {error}")
    lines.append(f"--- server log (last lines) ---\n{server.log_tail()}")
    return "\n".join(lines)
