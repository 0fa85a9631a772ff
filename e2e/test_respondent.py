"""Answering a demo survey as a customer: on a phone-sized screen, in Swedish, with JavaScript off.

The respondent pages must work as plain HTML forms; with JavaScript on they must also pass axe."""

from __future__ import annotations

import os
import time
from typing import Iterator

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from support import Server, assert_accessible, path_of, visible_text

STORE_VISIT = "/s/demo-store-visit"
KIOSK = "/s/demo-kiosk-goteborg-nordstan"


def _phone(javascript: bool) -> WebDriver:
    """A headless Chromium the size of a phone (390 x 844), asking for Swedish pages."""
    options = Options()
    options.binary_location = os.environ.get("CXM_E2E_CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=390,844", "--lang=sv-SE"):
        options.add_argument(argument)
    prefs = {"intl.accept_languages": "sv-SE,sv"}
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    service = Service(executable_path=os.environ.get("CXM_E2E_CHROMEDRIVER", "/usr/bin/chromedriver"))
    browser = webdriver.Chrome(options=options, service=service)
    browser.set_page_load_timeout(60)
    return browser


@pytest.fixture
def phone_without_javascript(server: Server) -> Iterator[WebDriver]:
    browser = _phone(javascript=False)
    try:
        yield browser
    finally:
        browser.quit()


@pytest.fixture
def phone(server: Server) -> Iterator[WebDriver]:
    browser = _phone(javascript=True)
    try:
        yield browser
    finally:
        browser.quit()


def _choose(browser: WebDriver, question: str, value: str) -> None:
    """Taps the label of an option, as a finger would (the radio itself is visually hidden)."""
    browser.find_element(By.CSS_SELECTOR, f'label[for="q-{question}-{value}"]').click()


def _send(browser: WebDriver) -> None:
    """Taps the primary button and waits for the next page without any script of our own."""
    old = browser.find_element(By.TAG_NAME, "html")
    browser.find_element(By.CSS_SELECTOR, "button[name=action][value=next]").click()
    for _ in range(300):
        try:
            old.tag_name  # raises once the old document is gone
        except Exception:
            return
        time.sleep(0.1)
    raise AssertionError("the next page did not load")


def test_a_customer_answers_in_swedish_on_a_phone_without_javascript(phone_without_javascript, server):
    browser = phone_without_javascript
    browser.get(server.url(STORE_VISIT))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "sv-SE"
    assert browser.find_element(By.TAG_NAME, "h1").text == "Ditt besök hos Norrsken Telecom"
    text = visible_text(browser)
    assert "Fem korta frågor om ditt besök" in text
    assert "Inte alls troligt" in text and "Mycket troligt" in text
    # Every tap target is reachable on the narrow screen: the eleven NPS points wrap, none is cut off.
    width = browser.get_window_size()["width"]
    for point in range(11):
        label = browser.find_element(By.CSS_SELECTOR, f'label[for="q-nps-{point}"]')
        assert label.is_displayed()
        assert label.location["x"] + label.size["width"] <= width, f"NPS {point} lies off screen"
        assert label.size["height"] >= 44, f"NPS {point} is {label.size['height']} px high, under the 44 px target"

    # Sent without the required score: the message is beside the question and the comment is kept.
    browser.find_element(By.ID, "q-comment").send_keys("Kön var lång men personalen var trevlig")
    _send(browser)
    assert "Svara på den här frågan." in visible_text(browser)
    assert browser.find_elements(By.CSS_SELECTOR, '.error-summary a[href="#q-nps"]')
    assert browser.find_element(By.ID, "q-comment").get_attribute("value") == "Kön var lång men personalen var trevlig"

    _choose(browser, "nps", "3")
    _choose(browser, "csat", "2")
    _choose(browser, "visit_reason", "get_help")
    _send(browser)
    assert path_of(browser) == f"{STORE_VISIT}/thanks"
    assert browser.find_element(By.TAG_NAME, "h1").text == "Tack!"
    assert "Butikschefen läser varje svar" in visible_text(browser)


def test_the_survey_pages_pass_axe_on_a_phone(phone, server):
    phone.get(server.url(STORE_VISIT))
    assert_accessible(phone, "the survey page")
    _send(phone)
    assert_accessible(phone, "the survey page with an error")
    _choose(phone, "nps", "10")
    _send(phone)
    assert_accessible(phone, "the thank-you page")


def test_a_kiosk_starts_over_for_the_next_customer(phone_without_javascript, server):
    browser = phone_without_javascript
    browser.get(server.url(KIOSK))
    _choose(browser, "nps", "9")
    _send(browser)
    assert "Sidan börjar om för nästa kund" in visible_text(browser)
    refresh = browser.find_element(By.CSS_SELECTOR, 'meta[http-equiv="refresh"]').get_attribute("content")
    assert refresh == f"8;url={KIOSK}"
    browser.get(server.url(KIOSK))
    assert not browser.find_elements(By.CSS_SELECTOR, "input:checked")
