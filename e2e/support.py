"""What the browser tests share: the demo logins, the running server, and page helpers."""

from __future__ import annotations

import json
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

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
    """A running cxm server: where to reach it, where its output goes, and its binary and data directory."""

    base_url: str
    log_path: Path
    binary: Path
    data_dir: Path

    def url(self, path: str) -> str:
        return self.base_url + path

    def cxm(self, *arguments: str, timeout: float = 120) -> str:
        """Runs `cxm ARGUMENTS --data-dir <the server's data directory>` and returns its standard output.

        The server keeps SQLite in WAL mode, so a second process may read (and write) its database.
        """
        command = [str(self.binary), *arguments, "--data-dir", str(self.data_dir)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
        assert done.returncode == 0, (
            f"{' '.join(command)} exited with {done.returncode}\n--- stderr ---\n{done.stderr[-4000:]}"
        )
        return done.stdout

    def api_get(self, path: str, token: str) -> dict:
        """GETs an API path with a bearer token and returns the decoded JSON; fails on any status but 200."""
        request = urllib.request.Request(
            self.url(path), headers={"Authorization": f"Bearer {token}", "Accept": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                assert response.status == 200, f"GET {path} answered {response.status}"
                return json.loads(response.read())
        except urllib.error.HTTPError as error:
            raise AssertionError(f"GET {path} answered {error.code}: {error.read()[:2000]!r}") from error

    def api_post(self, path: str, token: str, body: dict) -> dict:
        """POSTs JSON to an API path with a bearer token and returns the decoded reply; fails unless 200 or 201."""
        request = urllib.request.Request(
            self.url(path),
            data=json.dumps(body).encode(),
            method="POST",
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read())
        except urllib.error.HTTPError as error:
            raise AssertionError(f"POST {path} answered {error.code}: {error.read()[:2000]!r}") from error

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


# axe-core 3.1.1, which axe-selenium-python bundles, predates two things valid HTML and ARIA allow, and
# reports them as serious or critical; only exactly these nodes are left out, everything else stays:
# - `dlitem` for <dt>/<dd> grouped in a <div> directly inside a <dl> (accepted since axe-core 3.2,
#   https://github.com/dequelabs/axe-core/issues/1265);
# - `aria-valid-attr` for `aria-details`, a WAI-ARIA 1.1 attribute (accepted by later axe-core,
#   https://github.com/dequelabs/axe-core/issues/1931), when it is the only attribute the node is faulted for.
_ARIA_ATTRIBUTES_AXE_3_1_MISSES = {"aria-details"}
_DIV_GROUPED_IN_DL = """
    return arguments[0].map(selector => {
        const element = document.querySelector(selector);
        const parent = element && element.parentElement;
        return !!(parent && parent.tagName === 'DIV' && parent.parentElement && parent.parentElement.tagName === 'DL');
    });
"""


def _faulted_aria_attributes(node: dict) -> set[str]:
    names: set[str] = set()
    for check in node.get("any", []) + node.get("all", []) + node.get("none", []):
        if check.get("id") == "aria-valid-attr":
            data = check.get("data")
            names |= set(data) if isinstance(data, list) else {str(data)}
    return names


def _without_known_false_positives(browser: WebDriver, violations: list[dict]) -> list[dict]:
    kept = []
    for violation in violations:
        if violation.get("id") == "aria-valid-attr":
            nodes = [
                node
                for node in violation.get("nodes", [])
                if not (_faulted_aria_attributes(node) or {"?"}) <= _ARIA_ATTRIBUTES_AXE_3_1_MISSES
            ]
            if not nodes:
                continue
            violation = {**violation, "nodes": nodes}
        if violation.get("id") == "dlitem":
            nodes = violation.get("nodes", [])
            selectors = [node["target"][0] if len(node.get("target", [])) == 1 else "" for node in nodes]
            grouped = browser.execute_script(_DIV_GROUPED_IN_DL, selectors)
            nodes = [node for node, in_div in zip(nodes, grouped) if not in_div]
            if not nodes:
                continue
            violation = {**violation, "nodes": nodes}
        kept.append(violation)
    return kept


def blocking_violations(browser: WebDriver) -> list[dict]:
    """Runs axe-core on the current page and returns its serious and critical violations."""
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    blocking = [v for v in results["violations"] if v.get("impact") in BLOCKING_IMPACTS]
    return _without_known_false_positives(browser, blocking)


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


def switch_language(browser: WebDriver, code: str) -> None:
    """Chooses a language with the switcher on the current page (the choice is stored on the signed-in user)."""
    form = form_posting_to(browser, "/language")
    Select(form.find_element(By.CSS_SELECTOR, "select[name=language]")).select_by_value(code)
    submit_and_wait(browser, form)


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
