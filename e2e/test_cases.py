"""Closing the loop on a phone: frontline staff find a case in their store's queue, log the call and
resolve it in the browser; the queue and the case page pass axe."""

from __future__ import annotations

import os
import uuid
from typing import Iterator

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select

from support import FRONTLINE, Server, assert_accessible, form_posting_to, log_in, submit_and_wait, visible_text

STORE = "unit-se-store-goteborg-nordstan"


@pytest.fixture
def phone(server: Server) -> Iterator[WebDriver]:
    options = Options()
    options.binary_location = os.environ.get("CXM_E2E_CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=390,844"):
        options.add_argument(argument)
    service = Service(executable_path=os.environ.get("CXM_E2E_CHROMEDRIVER", "/usr/bin/chromedriver"))
    browser = webdriver.Chrome(options=options, service=service)
    browser.set_page_load_timeout(60)
    try:
        yield browser
    finally:
        browser.quit()


def test_frontline_staff_log_a_call_and_resolve_a_case_on_a_phone(phone, server):
    token = server.cxm("token", "create", "--name", f"e2e-cases-{uuid.uuid4().hex[:8]}", "--role", "admin").strip().splitlines()[-1]
    title = f"Router not delivered {uuid.uuid4().hex[:6]}"
    opened = server.api_post("/api/v1/cases", token, {"title": title, "unitID": STORE, "priority": "high"})

    log_in(phone, server, FRONTLINE)
    phone.get(server.url("/cases?scope=units&order=newest"))
    assert_accessible(phone, "the case queue")
    cards = [card for card in phone.find_elements(By.CSS_SELECTOR, ".case-card") if title in card.text]
    assert cards, f"the new case is not in the store's queue: {visible_text(phone)[:500]}"
    assert phone.execute_script(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    ), "the queue scrolls sideways"
    cards[0].find_element(By.CSS_SELECTOR, "a").click()
    assert f"/cases/{opened['id']}" in phone.current_url
    assert_accessible(phone, "the case page")

    form = form_posting_to(phone, f"/cases/{opened['id']}/contact")
    Select(form.find_element(By.NAME, "outcome")).select_by_value("reached")
    form.find_element(By.NAME, "note").send_keys("Delivery rebooked for tomorrow morning")
    submit_and_wait(phone, form)
    assert "Delivery rebooked for tomorrow morning" in visible_text(phone)

    form = form_posting_to(phone, f"/cases/{opened['id']}/status")
    Select(form.find_element(By.NAME, "status")).select_by_value("resolved")
    form.find_element(By.NAME, "resolution_code").send_keys("delivery_rebooked")
    submit_and_wait(phone, form)
    case = server.api_get(f"/api/v1/cases/{opened['id']}", token)
    assert case["status"] == "resolved" and case["resolutionCode"] == "delivery_rebooked"
    assert case["firstContactAt"] is not None
    events = [event["kind"] for event in server.api_get(f"/api/v1/cases/{opened['id']}/events", token)["items"]]
    assert events == ["opened", "contact", "status", "status"], events

    phone.get(server.url("/cases/report?by=touchpoint"))
    assert phone.find_elements(By.CSS_SELECTOR, "table caption")
    assert_accessible(phone, "the closed-loop report")


def test_a_customer_complains_on_a_phone_and_the_form_passes_axe(phone, server):
    phone.get(server.url("/complaint?lang=sv"))
    assert_accessible(phone, "the complaint form")
    form = form_posting_to(phone, "/complaint?lang=sv")
    # The browser asks for the text itself (required); the server names it too when it is missing.
    assert form.find_element(By.NAME, "text").get_attribute("required") is not None
    form.find_element(By.NAME, "text").send_keys("Teknikern kom aldrig och ingen ringde.")
    Select(form.find_element(By.NAME, "store")).select_by_visible_text("Göteborg Nordstan")
    form.find_element(By.NAME, "email").send_keys("e2e-complaint@example.se")
    phone.find_element(By.CSS_SELECTOR, 'label[for="complaint-consent"]').click()
    submit_and_wait(phone, form)
    assert "Tack för att du berättade" in visible_text(phone)
    assert "Vi hör av oss inom en arbetsdag." in visible_text(phone)
    assert_accessible(phone, "the complaint thanks")
