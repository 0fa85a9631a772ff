"""Switching language: every supported language changes the page's lang and text, and stays accessible."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support import ADMIN, assert_accessible, form_posting_to, log_in, switch_language

LANGUAGES = ("en", "sv", "da", "nb", "fi")
JOURNEYS_NAV = 'nav a[href="/journeys"]'


def test_language_switcher_offers_every_supported_language(driver, server):
    log_in(driver, server, ADMIN)

    form = form_posting_to(driver, "/language")
    select = Select(form.find_element(By.CSS_SELECTOR, "select[name=language]"))
    offered = {option.get_attribute("value") for option in select.options}

    assert offered == set(LANGUAGES)


def test_each_language_translates_the_page_and_stays_accessible(driver, server):
    log_in(driver, server, ADMIN)
    nav_text = {}
    try:
        for code in LANGUAGES:
            switch_language(driver, code)
            driver.get(server.url("/journeys"))

            lang = driver.execute_script("return document.documentElement.lang") or ""
            assert lang.lower().startswith(code), f"after choosing {code}, <html lang> is {lang!r}"
            nav_text[code] = driver.find_element(By.CSS_SELECTOR, JOURNEYS_NAV).text.strip()
            assert_accessible(driver, f"the journeys page in {code}")
    finally:
        # The choice may be stored on the user; put it back so other tests read English.
        driver.get(server.url("/journeys"))
        if driver.find_elements(By.CSS_SELECTOR, 'form[action="/language"]'):
            switch_language(driver, "en")

    assert nav_text["en"] == "Journeys"
    assert nav_text["sv"] == "Kundresor"
    untranslated = [code for code in LANGUAGES[1:] if nav_text[code] in ("", nav_text["en"])]
    assert not untranslated, f"the Journeys nav item is not translated for {untranslated}: {nav_text}"
