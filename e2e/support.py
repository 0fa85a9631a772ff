"""What the browser tests share: the demo logins, the running server, and page helpers."""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

BLOCKING_IMPACTS = ("serious", "critical")


@dataclass(frozen=True)
class DemoLogin:
    """One of the logins `cxm serve --demo` creates."""

    role: str
    email: str
    password: str


ADMIN = DemoLogin("admin", "admin@demo.cxm.example", "demo-admin")
CX_MANAGER = DemoLogin("cx_manager", "cx@demo.cxm.example", "demo-cx")
ANALYST = DemoLogin("analyst", "analyst@demo.cxm.example", "demo-analyst")
TEAM_LEAD = DemoLogin("team_lead", "lead@demo.cxm.example", "demo-lead")
FRONTLINE = DemoLogin("frontline", "frontline@demo.cxm.example", "demo-frontline")
VIEWER = DemoLogin("viewer", "viewer@demo.cxm.example", "demo-viewer")


@dataclass(frozen=True)
class Server:
    """A running cxm server: where to reach it and where its output goes."""

    base_url: str
    log_path: Path

    def url(self, path: str) -> str:
        return self.base_url + path

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError as error:
            return f"(no server log: {error})"


def path_of(browser: WebDriver) -> str:
    """The path of the page the browser shows, without query or fragment."""
    return urllib.parse.urlsplit(browser.current_url).path


def submit_and_wait(browser: WebDriver, form: WebElement) -> None:
    """Clicks the form's submit button and waits until the next page has loaded."""
    page = browser.find_element(By.TAG_NAME, "html")
    buttons = form.find_elements(By.CSS_SELECTOR, "button[type=submit], input[type=submit], button:not([type])")
    assert buttons, f"form {form.get_attribute('action')!r} has no submit button"
    buttons[0].click()
    wait_for_new_page(browser, page)


def wait_for_new_page(browser: WebDriver, old_page: WebElement, timeout: float = 30) -> None:
    """Waits until `old_page` has been replaced and the new document has finished loading."""

    def replaced(_: WebDriver) -> bool:
        try:
            old_page.is_enabled()  # raises once the old document is gone
            return False
        except Exception:
            return True

    WebDriverWait(browser, timeout).until(replaced)
    WebDriverWait(browser, timeout).until(lambda b: b.execute_script("return document.readyState") == "complete")


def log_in(browser: WebDriver, server: Server, login: DemoLogin, password: str | None = None) -> None:
    """Fills in and submits the login form; finds fields by name so it works in every language."""
    browser.get(server.url("/login"))
    email_field = browser.find_element(By.CSS_SELECTOR, "input[name=email]")
    password_field = browser.find_element(By.CSS_SELECTOR, "input[name=password]")
    email_field.clear()
    email_field.send_keys(login.email)
    password_field.clear()
    password_field.send_keys(login.password if password is None else password)
    form = email_field.find_element(By.XPATH, "./ancestor::form")
    submit_and_wait(browser, form)


def journey_links(browser: WebDriver) -> list[str]:
    """Distinct links to journey pages (`/journeys/<id>`) on the current page, in page order."""
    hrefs: list[str] = []
    for link in browser.find_elements(By.CSS_SELECTOR, "a[href]"):
        href = link.get_attribute("href") or ""
        parts = [part for part in urllib.parse.urlsplit(href).path.split("/") if part]
        if len(parts) == 2 and parts[0] == "journeys" and parts[1] != "new" and href not in hrefs:
            hrefs.append(href)
    return hrefs


def blocking_violations(browser: WebDriver) -> list[dict]:
    """Runs axe-core on the current page and returns its serious and critical violations."""
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    return [v for v in results["violations"] if v.get("impact") in BLOCKING_IMPACTS]


def describe_violations(violations: list[dict], limit: int = 5) -> str:
    """A readable list of axe violations: rule, impact, help, and the first few offending elements."""
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation.get('impact')}): {violation.get('help')}")
        lines.append(f"  {violation.get('helpUrl', '')}")
        nodes = violation.get("nodes", [])
        for node in nodes[:limit]:
            target = " ".join(str(part) for part in node.get("target", []))
            lines.append(f"    at {target}")
            html = (node.get("html") or "").strip()
            if html:
                lines.append(f"       {html[:200]}")
            summary = (node.get("failureSummary") or "").strip().replace("\n", "\n       ")
            if summary:
                lines.append(f"       {summary}")
        if len(nodes) > limit:
            lines.append(f"    ... and {len(nodes) - limit} more")
    return "\n".join(lines)


def assert_accessible(browser: WebDriver, what: str) -> None:
    """Fails with a readable report if axe finds serious or critical violations on the current page."""
    violations = blocking_violations(browser)
    assert not violations, (
        f"{what} ({browser.current_url}) has {len(violations)} serious/critical axe violation(s):\n"
        + describe_violations(violations)
    )


def form_posting_to(browser: WebDriver, action: str) -> WebElement:
    """The form on the page that posts to `action`, checked to use POST."""
    forms = browser.find_elements(By.CSS_SELECTOR, f'form[action="{action}"]')
    assert forms, f"no <form action={action!r}> on {browser.current_url}"
    method = (forms[0].get_attribute("method") or "").lower()
    assert method == "post", f"<form action={action!r}> uses method {method!r}, not post"
    return forms[0]


def visible_text(browser: WebDriver) -> str:
    """The text a user sees on the current page."""
    return browser.find_element(By.TAG_NAME, "body").text


def fetch_status(browser: WebDriver, path: str) -> tuple[int, str, str]:
    """GETs `path` from inside the page, with the browser's session: (status, content type, final URL)."""
    script = """
        const done = arguments[arguments.length - 1];
        fetch(arguments[0], {credentials: 'same-origin'})
            .then(r => done([r.status, r.headers.get('content-type') || '', r.url]))
            .catch(e => done([0, String(e), '']));
    """
    status, content_type, url = browser.execute_async_script(script, path)
    return int(status), content_type, url
