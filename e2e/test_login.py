"""Logging in: the page is accessible, a wrong password is refused visibly, an admin lands on journeys."""

from selenium.webdriver.common.by import By

from support import ADMIN, assert_accessible, journey_links, log_in, path_of


def test_login_page_is_accessible(driver, server):
    driver.get(server.url("/login"))

    assert driver.find_elements(By.CSS_SELECTOR, "input[name=email]"), "login page has no email field"
    assert_accessible(driver, "the login page")


def test_wrong_password_shows_an_alert_and_stays_logged_out(driver, server):
    log_in(driver, server, ADMIN, password="not-the-password")

    alerts = [alert for alert in driver.find_elements(By.CSS_SELECTOR, '[role="alert"]') if alert.is_displayed()]
    assert alerts, f"no visible role=alert after a wrong password on {driver.current_url}"
    assert alerts[0].text.strip(), "the role=alert element is empty"
    driver.get(server.url("/journeys"))
    assert path_of(driver) == "/login", "a failed login still gave access to /journeys"


def test_admin_lands_on_journeys_with_the_demo_journeys(driver, server):
    log_in(driver, server, ADMIN)

    assert path_of(driver) == "/journeys"
    links = journey_links(driver)
    assert len(links) >= 3, f"expected at least 3 journeys on /journeys, found {len(links)}: {links}"
    assert driver.find_elements(By.CSS_SELECTOR, 'nav a[href="/users"]'), "an admin should see the Users nav link"
