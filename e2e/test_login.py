"""Logging in: the page is accessible, a wrong password is refused visibly, an admin lands on the dashboards."""

from selenium.webdriver.common.by import By

from support import ADMIN, assert_accessible, journey_links, log_in, path_of

KPI_METRICS = {"NPS", "CSAT", "CES", "NKI"}


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


def test_admin_lands_on_the_dashboards_with_four_kpi_tiles(driver, server):
    log_in(driver, server, ADMIN)

    assert path_of(driver) == "/dashboards", f"after signing in the admin is at {driver.current_url}"
    tiles = driver.find_elements(By.CSS_SELECTOR, ".kpi-tile")
    headings = {tile.find_element(By.CSS_SELECTOR, "h2").text.strip() for tile in tiles}
    assert len(tiles) == 4 and headings == KPI_METRICS, f"expected a KPI tile each for {KPI_METRICS}, found {headings}"
    for tile in tiles:
        name = tile.find_element(By.CSS_SELECTOR, "h2").text.strip()
        assert tile.find_element(By.CSS_SELECTOR, ".kpi-value").text.strip(), f"the {name} tile shows no value"
    assert driver.find_elements(By.CSS_SELECTOR, 'nav a[href="/users"]'), "an admin should see the Users nav link"

    driver.get(server.url("/"))
    assert path_of(driver) == "/dashboards", f"GET / leads to {driver.current_url}, not /dashboards"


def test_admin_sees_the_demo_journeys_at_journeys(driver, server):
    log_in(driver, server, ADMIN)
    driver.get(server.url("/journeys"))

    assert path_of(driver) == "/journeys"
    links = journey_links(driver)
    assert len(links) >= 3, f"expected at least 3 journeys on /journeys, found {len(links)}: {links}"
