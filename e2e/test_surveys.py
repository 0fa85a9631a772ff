"""The survey editor: create a survey through the form, add a CSAT question, save, and pass axe."""

import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support import (
    ADMIN,
    assert_accessible,
    form_posting_to,
    log_in,
    path_of,
    submit_and_wait,
    visible_text,
    wait_for_new_page,
)


def test_creating_a_survey_and_adding_a_csat_question(driver, server):
    log_in(driver, server, ADMIN)
    driver.get(server.url("/surveys/new"))
    assert_accessible(driver, "the new survey page")
    name = f"After the visit {uuid.uuid4().hex[:8]}"
    driver.find_element(By.ID, "survey-name").send_keys(name)
    for code in ("en", "sv"):
        box = driver.find_element(By.ID, f"survey-language-{code}")
        if not box.is_selected():
            box.click()
    driver.find_elements(By.CSS_SELECTOR, "input[name=touchpoint]")[0].click()
    submit_and_wait(driver, form_posting_to(driver, "/surveys"))

    assert path_of(driver).endswith("/edit"), visible_text(driver)
    assert driver.find_element(By.ID, "q0-text-sv").get_attribute("value").startswith("Hur troligt")
    survey_path = path_of(driver).removesuffix("/edit")

    Select(driver.find_element(By.ID, "new-type")).select_by_value("csat")
    driver.find_element(By.ID, "new-key").send_keys("satisfaction")
    driver.find_element(By.ID, "new-text-en").send_keys("How satisfied are you with your visit?")
    driver.find_element(By.ID, "new-text-sv").send_keys("Hur nöjd är du med ditt besök?")
    page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, "button[name=action][value=add]").click()
    wait_for_new_page(driver, page)

    assert driver.find_element(By.ID, "q1-key").get_attribute("value") == "satisfaction", visible_text(driver)
    assert "version 2" in visible_text(driver).lower()
    submit_and_wait(driver, form_posting_to(driver, survey_path))
    assert "version 3" in visible_text(driver).lower(), visible_text(driver)
    assert_accessible(driver, "the survey edit page")

    # A missing Swedish text comes back at its input; the page with errors must pass axe too.
    driver.find_element(By.ID, "q1-text-sv").clear()
    submit_and_wait(driver, form_posting_to(driver, survey_path))
    assert driver.find_elements(By.CSS_SELECTOR, '.error-summary a[href="#q1-text-sv"]'), visible_text(driver)
    assert_accessible(driver, "the survey edit page with errors")

    driver.get(server.url(survey_path))
    assert name in visible_text(driver)
    assert_accessible(driver, "the survey page with its history")
