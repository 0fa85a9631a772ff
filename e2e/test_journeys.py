"""Browsing and editing a journey: stages and touchpoints show, edits persist, input is escaped."""

import uuid

import pytest
from selenium.webdriver.common.by import By

from support import ADMIN, assert_accessible, journey_links, log_in, submit_and_wait, visible_text

XSS_PAYLOAD = '<script>window.__xss=1</script><img src=x onerror="window.__xss=1">'


@pytest.fixture
def journey_url(driver, server) -> str:
    """Logs in as admin and opens the first journey on /journeys; returns its URL."""
    log_in(driver, server, ADMIN)
    driver.get(server.url("/journeys"))
    links = journey_links(driver)
    assert links, "no journeys listed on /journeys"
    driver.get(links[0])
    return driver.current_url


def set_first_feeling(driver, text: str) -> None:
    """Opens the first touchpoint's edit page, sets its desired feeling and saves."""
    edit_links = driver.find_elements(By.CSS_SELECTOR, "a.edit-touchpoint")
    assert edit_links, f"no a.edit-touchpoint on {driver.current_url}"
    driver.get(edit_links[0].get_attribute("href"))
    feeling = driver.find_element(By.CSS_SELECTOR, "[name=desired_feeling]")
    feeling.clear()
    feeling.send_keys(text)
    submit_and_wait(driver, feeling.find_element(By.XPATH, "./ancestor::form"))


def test_journey_shows_stages_and_touchpoints(driver, journey_url):
    assert driver.find_elements(By.CSS_SELECTOR, ".stage"), "the journey page shows no .stage"
    assert driver.find_elements(By.CSS_SELECTOR, ".touchpoint"), "the journey page shows no .touchpoint"
    assert_accessible(driver, "the journey page")


def test_editing_a_touchpoint_feeling_shows_on_the_journey(driver, journey_url):
    edit_url = driver.find_element(By.CSS_SELECTOR, "a.edit-touchpoint").get_attribute("href")
    driver.get(edit_url)
    assert_accessible(driver, "the touchpoint edit page")
    feeling_text = f"Reassured and informed {uuid.uuid4().hex[:8]}"

    driver.get(journey_url)
    set_first_feeling(driver, feeling_text)

    driver.get(journey_url)
    assert feeling_text in visible_text(driver), "the saved feeling is not shown on the journey page"
    assert_accessible(driver, "the journey page after an edit")


def test_markup_in_a_feeling_is_shown_as_text_and_never_run(driver, journey_url):
    set_first_feeling(driver, XSS_PAYLOAD)

    driver.get(journey_url)
    driver.execute_script("return new Promise(resolve => setTimeout(resolve, 500))")  # let onerror fire
    assert XSS_PAYLOAD in visible_text(driver), "the feeling is not shown literally on the journey page"
    assert driver.execute_script("return typeof window.__xss") == "undefined", "markup from a feeling ran"

    driver.get(driver.find_element(By.CSS_SELECTOR, "a.edit-touchpoint").get_attribute("href"))
    driver.execute_script("return new Promise(resolve => setTimeout(resolve, 500))")
    assert driver.find_element(By.CSS_SELECTOR, "[name=desired_feeling]").get_attribute("value") == XSS_PAYLOAD
    assert driver.execute_script("return typeof window.__xss") == "undefined", "markup ran on the edit page"
