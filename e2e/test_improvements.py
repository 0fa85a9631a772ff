"""From the shop floor to the board: a store's frontline worker records an observation on a phone, and the
CX lead reads the improvement board and the demo's measured improvement; every page passes axe."""

from __future__ import annotations

import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support import CX_MANAGER, FRONTLINE, assert_accessible, form_posting_to, log_in, submit_and_wait, visible_text


def test_a_frontline_worker_records_an_observation_on_a_phone(narrow_driver, server):
    phone = narrow_driver
    text = f"Kunder frågar efter laddare till nya telefonen {uuid.uuid4().hex[:6]}"
    log_in(phone, server, FRONTLINE)
    phone.get(server.url("/observations"))
    assert_accessible(phone, "the observations page")
    assert phone.execute_script(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    ), "the observation form scrolls sideways on a phone"
    form = form_posting_to(phone, "/observations")
    form.find_element(By.NAME, "text").send_keys(text)
    Select(form.find_element(By.NAME, "frequency")).select_by_value("daily")
    submit_and_wait(phone, form)
    page = visible_text(phone)
    assert text in page, f"the observation is not listed: {page[:600]}"
    assert "Your observation is recorded" in page


def test_the_cx_lead_reads_the_board_and_the_measured_improvement(driver, server):
    browser = driver
    log_in(browser, server, CX_MANAGER)
    browser.get(server.url("/improvements"))
    assert_accessible(browser, "the improvement board")
    link = browser.find_element(By.PARTIAL_LINK_TEXT, "Nordstan")
    link.click()
    assert_accessible(browser, "the improvement page")
    page = visible_text(browser)
    # The evidence: staff observations, the waiting-time theme, and the CES alert at the store's help desk.
    for expected in ("difference-in-differences", "How the impact score is worked out", "Waiting time", "Alert: CES"):
        assert expected in page, f"{expected!r} missing from the improvement page: {page[:800]}"
