"""Password reset by e-mail, in the browser: ask for a link, open it from the mail, set a new password, sign in."""

import re
import time
from pathlib import Path

from selenium.webdriver.common.by import By

from support import assert_accessible, form_posting_to, path_of, submit_and_wait, visible_text

EMAIL = "reset-e2e@example.se"
NEW_PASSWORD = "a new and rather long password"


def mailed_link(mail_dir: Path, timeout: float = 30) -> str:
    """Waits for the server's mailer to write the message and returns the reset link in it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for message in sorted(mail_dir.glob("*.eml")) if mail_dir.exists() else []:
            text = message.read_text()
            if f"To: {EMAIL}" in text:
                found = re.search(r"(http://\S+/password/reset\?token=[A-Za-z0-9_-]+)", text)
                assert found, f"no reset link in the mail:\n{text}"
                return found.group(1)
        time.sleep(0.25)
    raise AssertionError(f"no mail to {EMAIL} in {mail_dir} within {timeout} s")


def test_a_forgotten_password_is_reset_through_a_mailed_link(driver, server):
    server.cxm("user", "create", "--email", EMAIL, "--role", "viewer", "--name", "Reset Test")
    driver.get(server.url("/login"))
    driver.find_element(By.CSS_SELECTOR, 'a[href="/password/forgot"]').click()
    assert path_of(driver) == "/password/forgot"
    assert_accessible(driver, "the forgotten-password page")
    form = form_posting_to(driver, "/password/forgot")
    form.find_element(By.NAME, "email").send_keys(EMAIL)
    submit_and_wait(driver, form)
    assert "a link is on its way" in visible_text(driver)

    link = mailed_link(server.data_dir.parent / "mail")
    driver.get(link)
    assert_accessible(driver, "the new-password page")
    assert EMAIL in visible_text(driver)
    form = form_posting_to(driver, "/password/reset")
    form.find_element(By.NAME, "password").send_keys(NEW_PASSWORD)
    form.find_element(By.NAME, "repeat").send_keys(NEW_PASSWORD)
    submit_and_wait(driver, form)
    assert path_of(driver) == "/login"
    assert "Your password has been set" in visible_text(driver)

    form = form_posting_to(driver, "/login")
    form.find_element(By.NAME, "email").send_keys(EMAIL)
    form.find_element(By.NAME, "password").send_keys(NEW_PASSWORD)
    submit_and_wait(driver, form)
    assert path_of(driver) == "/dashboards", visible_text(driver)

    # The link works once.
    driver.get(link)
    assert "This link has expired or has been used already." in visible_text(driver)
