"""Who may see what, and logging out."""

from selenium.webdriver.common.by import By

from support import (
    ADMIN,
    TEAM_LEAD,
    fetch_status,
    form_posting_to,
    journey_links,
    log_in,
    path_of,
    submit_and_wait,
)


def test_team_lead_sees_journeys_but_not_users(driver, server):
    log_in(driver, server, TEAM_LEAD)
    driver.get(server.url("/journeys"))

    assert path_of(driver) == "/journeys"
    assert journey_links(driver), "a team lead should see the demo journeys"
    assert not driver.find_elements(By.CSS_SELECTOR, 'a[href="/users"]'), "a team lead sees a link to /users"


def test_users_page_is_forbidden_to_a_team_lead_and_open_to_an_admin(driver, server):
    log_in(driver, server, TEAM_LEAD)
    status, content_type, _ = fetch_status(driver, "/users")
    assert status == 403, f"GET /users as team lead answered {status}"
    assert "text/html" in content_type, f"the 403 is not an HTML page but {content_type!r}"

    driver.delete_all_cookies()
    log_in(driver, server, ADMIN)
    status, _, _ = fetch_status(driver, "/users")
    assert status == 200, f"GET /users as admin answered {status}"


def test_logout_ends_the_session(driver, server):
    log_in(driver, server, ADMIN)
    driver.get(server.url("/journeys"))
    assert path_of(driver) == "/journeys"

    submit_and_wait(driver, form_posting_to(driver, "/logout"))

    driver.get(server.url("/journeys"))
    assert path_of(driver) == "/login", f"after logging out, /journeys shows {driver.current_url}"
