"""The edit pages an administrator uses: units, users, customers and workspace settings pass axe."""

from selenium.webdriver.common.by import By

from support import ADMIN, assert_accessible, form_posting_to, log_in, path_of, submit_and_wait, visible_text


def first_href(driver, selector: str) -> str:
    links = driver.find_elements(By.CSS_SELECTOR, selector)
    assert links, f"no {selector} on {driver.current_url}"
    return links[0].get_attribute("href")


def test_unit_edit_and_settings_pages_are_accessible(driver, server):
    log_in(driver, server, ADMIN)
    driver.get(server.url("/units"))
    driver.get(first_href(driver, "a.edit-unit"))
    assert path_of(driver).startswith("/units/") and path_of(driver).endswith("/edit")
    assert driver.find_element(By.CSS_SELECTOR, "select[name=parent]")
    assert_accessible(driver, "the unit edit page")

    driver.find_element(By.CSS_SELECTOR, 'a[href="/settings"]').click()
    assert path_of(driver) == "/settings"
    assert_accessible(driver, "the settings page")

    # With every language unticked the form comes back with its errors, which must be accessible too.
    for box in driver.find_elements(By.CSS_SELECTOR, "input[name=languages]:checked"):
        box.click()
    submit_and_wait(driver, form_posting_to(driver, "/settings"))
    assert driver.find_elements(By.CSS_SELECTOR, '.error-summary a[href="#settings-language-en"]'), visible_text(driver)
    assert_accessible(driver, "the settings page with errors")


def test_user_and_customer_edit_pages_are_accessible(driver, server):
    log_in(driver, server, ADMIN)
    driver.get(server.url("/users"))
    driver.get(first_href(driver, "a.edit-user"))
    assert driver.find_element(By.CSS_SELECTOR, "input[type=checkbox][name=disabled]")
    assert_accessible(driver, "the user edit page")

    driver.get(server.url("/customers"))
    customer = first_href(driver, 'main table a[href^="/customers/"]')
    driver.get(customer)
    assert driver.find_element(By.CSS_SELECTOR, "input[type=checkbox][name=confirm]")
    assert_accessible(driver, "the customer page with the erase form")
    driver.get(customer + "/edit")
    assert_accessible(driver, "the customer edit page")
