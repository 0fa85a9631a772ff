"""A team's action plan and the company's goals: a frontline worker answers the store's plan on a phone, the
team lead turns the suggestion into an action, and the company's KPI board opens for anyone with its link,
in TV mode too; every page passes axe."""

from __future__ import annotations

import uuid

from selenium.webdriver.common.by import By

from support import (
    CX_MANAGER,
    FRONTLINE,
    TEAM_LEAD,
    assert_accessible,
    form_posting_to,
    log_in,
    submit_and_wait,
    visible_text,
)


def open_store_plan(browser, server) -> str:
    browser.get(server.url("/plans"))
    assert_accessible(browser, "the action plans roll-up")
    browser.find_element(By.PARTIAL_LINK_TEXT, "Kortare köer vid lunch").click()
    return browser.current_url


def test_the_team_suggests_and_the_lead_makes_it_an_action(narrow_driver, server):
    phone = narrow_driver
    idea = f"Skylt vid dörren om var kön börjar {uuid.uuid4().hex[:6]}"
    log_in(phone, server, FRONTLINE)
    plan_url = open_store_plan(phone, server)
    assert_accessible(phone, "the store's action plan")
    assert phone.execute_script(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    ), "the action plan scrolls sideways on a phone"
    page = visible_text(phone)
    assert "What would be the best action plan for you?" in page
    assert "En kövärd vid dörren" in page, f"the team's suggestions are missing: {page[:600]}"
    plan_path = plan_url.split(server.url(""), 1)[-1] if plan_url.startswith(server.url("")) else plan_url
    path = "/" + plan_path.lstrip("/").split("?")[0]
    form = form_posting_to(phone, path + "/entries")
    form.find_element(By.NAME, "text").send_keys(idea)
    submit_and_wait(phone, form)
    assert idea in visible_text(phone)

    lead = phone
    lead.delete_all_cookies()
    log_in(lead, server, TEAM_LEAD)
    lead.get(plan_url)
    for summary in lead.find_elements(By.TAG_NAME, "summary"):
        item = summary.find_element(By.XPATH, "./ancestor::li[1]")
        if idea in item.text:
            summary.click()
            submit_and_wait(lead, item.find_element(By.TAG_NAME, "form"))
            break
    else:
        raise AssertionError("the new suggestion offers no 'Make it an action'")
    actions = lead.find_element(By.CSS_SELECTOR, ".plan-actions").text
    assert idea in actions, f"the suggestion did not become an action: {actions[:600]}"


def test_the_kpi_board_opens_without_signing_in(driver, server):
    browser = driver
    log_in(browser, server, CX_MANAGER)
    browser.get(server.url("/goals"))
    assert_accessible(browser, "the goals page")
    page = visible_text(browser)
    for expected in ("NPS för hela Norrsken", "95 % interval", "Norrskens mål"):
        assert expected in page, f"{expected!r} missing from the goals page: {page[:800]}"
    board = browser.find_element(By.LINK_TEXT, "Open the board").get_attribute("href")

    browser.delete_all_cookies()
    browser.get(board)
    assert_accessible(browser, "the public KPI board")
    page = visible_text(browser)
    assert "Norrskens mål" in page and "NPS för hela Norrsken" in page, page[:800]
    assert "Sign out" not in page and "Logga ut" not in page
    browser.get(board + "?tv=1")
    assert_accessible(browser, "the KPI board in TV mode")
    assert "tv" in browser.find_element(By.TAG_NAME, "body").get_attribute("class")
