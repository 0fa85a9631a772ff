"""Reading what customers say: the feedback inbox with its marked theme words, the page of the login theme
that explains the app's CES drop in the customers' own words, tagging an answer, and the theme settings;
every page passes axe and none scrolls sideways on a phone."""

from __future__ import annotations

import os

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from support import ANALYST, CX_MANAGER, assert_accessible, form_posting_to, log_in, submit_and_wait, visible_text

ARTIFACTS = os.environ.get("CXM_E2E_ARTIFACTS")


def no_sideways_scroll(browser: WebDriver) -> bool:
    return browser.execute_script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def screenshot(browser: WebDriver, name: str) -> None:
    if ARTIFACTS:
        os.makedirs(ARTIFACTS, exist_ok=True)
        browser.save_screenshot(os.path.join(ARTIFACTS, name))


def test_the_inbox_shows_language_sentiment_and_themes_and_an_analyst_tags_an_answer(driver, server):
    log_in(driver, server, ANALYST)
    driver.get(server.url("/feedback?language=sv&sentiment=negative"))
    assert_accessible(driver, "the feedback inbox")
    cards = driver.find_elements(By.CSS_SELECTOR, ".feedback-card")
    assert len(cards) >= 10, visible_text(driver)[:500]
    assert all("feedback-negative" in card.get_attribute("class") for card in cards)
    first = cards[0]
    assert first.find_elements(By.CSS_SELECTOR, "mark.theme-mark"), first.text
    assert first.find_element(By.CSS_SELECTOR, ".feedback-text").get_attribute("lang") == "sv-SE"
    assert first.find_elements(By.CSS_SELECTOR, ".badge-negative")
    screenshot(driver, "feedback-inbox.png")

    card_id = first.get_attribute("id")
    first.find_element(By.CSS_SELECTOR, "details.feedback-actions summary").click()
    form = first.find_element(By.CSS_SELECTOR, "details.feedback-actions form[action$='/annotate']")
    form.find_element(By.NAME, "add_tag").send_keys("e2e-granska")
    submit_and_wait(driver, form)
    tagged = driver.find_element(By.ID, card_id)
    assert "#e2e-granska" in tagged.text
    driver.get(server.url("/feedback?tag=e2e-granska"))
    assert len(driver.find_elements(By.CSS_SELECTOR, ".feedback-card")) == 1


def test_the_login_theme_explains_the_app_ces_drop_in_the_customers_words(narrow_driver, server):
    phone = narrow_driver
    log_in(phone, server, CX_MANAGER)
    phone.get(server.url("/feedback/themes"))
    assert_accessible(phone, "the themes page")
    assert no_sideways_scroll(phone), "the themes page scrolls sideways"
    phone.get(server.url("/feedback/themes/digital.login?touchpoint=tp-app-login"))
    assert_accessible(phone, "the login theme page")
    assert no_sideways_scroll(phone), "the theme page scrolls sideways"
    screenshot(phone, "theme-login.png")
    quotes = phone.find_element(By.CSS_SELECTOR, "section.quotes").text.lower()
    # The most negative answers name the new login that made the app harder to use.
    assert any(words in quotes for words in ("new login", "nya inloggningen", "nye login", "nye innloggingen", "uuden kirjautumisen")), quotes[:800]
    rows = phone.find_elements(By.CSS_SELECTOR, "table tbody tr")
    assert len(rows) >= 6


def test_the_theme_settings_try_a_text(driver, server):
    log_in(driver, server, ANALYST)
    driver.get(server.url("/settings/themes"))
    assert_accessible(driver, "the theme settings")
    form = form_posting_to(driver, "/settings/themes/try")
    form.find_element(By.NAME, "text").send_keys("Telefonkön var alldeles för lång, men personalen var trevlig.")
    submit_and_wait(driver, form)
    result = driver.find_element(By.CSS_SELECTOR, "pre.trial").text
    assert "telefonkön" in result.lower() and "personalen" in result.lower(), result
