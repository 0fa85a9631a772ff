"""The website widget on another site: one script tag, a prompt, an answer posted to cxm, the survey after it."""

from __future__ import annotations

import http.server
import socket
import threading
import time

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from support import path_of

TOKEN = "demo-store-visit"


@pytest.fixture
def shop(server):
    """A shop's page on its own origin (another port) that embeds the widget."""
    page = f"""<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Butiken</title></head>
<body><h1>Välkommen till butiken</h1>
<script src="{server.url('/widget.js')}" data-cxm-link="{TOKEN}" data-delay="0" async></script></body></html>""".encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args):
            pass

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        httpd.shutdown()


def _widget(driver):
    hosts = driver.find_elements(By.CSS_SELECTOR, "[data-cxm-widget]")
    return hosts[0].shadow_root if hosts else None


def test_the_widget_asks_on_another_site_and_leads_to_the_survey(driver, server, shop):
    driver.get(shop)
    root = WebDriverWait(driver, 20).until(lambda d: _widget(d))
    question = root.find_element(By.CSS_SELECTOR, ".q").text
    assert question.startswith("Hur troligt"), question
    points = root.find_elements(By.CSS_SELECTOR, "button.point")
    assert [p.text for p in points] == [str(n) for n in range(11)]
    next(p for p in points if p.text == "8").click()
    more = WebDriverWait(driver, 20).until(lambda d: _widget(d).find_elements(By.CSS_SELECTOR, "a"))[0]
    assert _widget(driver).find_element(By.CSS_SELECTOR, "[role=status]").text == "Tack!"
    href = more.get_attribute("href")
    assert "?resume=" in href, href

    # The rest of the survey opens with the score filled in.
    driver.get(href)
    assert path_of(driver) == f"/s/{TOKEN}"
    assert driver.find_element(By.ID, "q-nps-8").is_selected()
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "sv-SE"

    # Back on the shop's page, the widget stays away (the contact rules' quarantine).
    driver.get(shop)
    time.sleep(2)
    assert _widget(driver) is None
