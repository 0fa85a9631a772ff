"""The CX dashboards: accessible in English and Swedish, charts described and backed by tables, the same
numbers as the metrics API and `cxm report`, limited to what a team lead may see, and bad input refused.

The demo the server loads ends on the day the server started (in the workspace's time zone), so the
period compared here is read from the server once: the 365 days up to its "today".
"""

from __future__ import annotations

import datetime
import json
import re
import urllib.parse
import uuid

import pytest
from selenium.common.exceptions import NoAlertPresentException, UnexpectedAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support import (
    ADMIN,
    TEAM_LEAD,
    assert_accessible,
    blocking_violations,
    describe_violations,
    fetch_status,
    journey_links,
    log_in,
    path_of,
    submit_and_wait,
    switch_language,
    visible_text,
)

SWEDEN = "unit-se"  # the team lead's unit in the demo
OUTSIDE_THE_LEAD = ("unit-dk", "unit-norrsken")  # a sibling country and the company above Sweden
NPS_RANGE = (-100.0, 100.0)
MINUS = "\u2212"
EN_DASH = "\u2013"

DASHBOARDS = ("overview", "trend", "journey map", "unit comparison", "unit comparison within Sweden")
DASHBOARD_PATHS = {
    "overview": "/dashboards",
    "trend": "/dashboards/trend",
    "unit comparison": "/dashboards/units",
    "unit comparison within Sweden": f"/dashboards/units?unit={SWEDEN}",  # one level down: a forest plot of many rows
}

# Serious axe violations in the app that are reported, not fixed, by this suite: {dashboard: {axe rule: what}}.
# A dashboard test that meets exactly these ends as an expected failure; once one is fixed, the test fails
# until it is removed here.
KNOWN_APP_BUGS: dict[str, dict[str, str]] = {}

# What every chart on the page says about itself and the table next to it; one round trip per page.
CHARTS_SCRIPT = """
    const charts = [];
    for (const svg of document.querySelectorAll('main svg')) {
        if (svg.getAttribute('aria-hidden') === 'true') continue;
        const title = svg.querySelector(':scope > title');
        const desc = svg.querySelector(':scope > desc');
        const labelledBy = (svg.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
        // The table the chart points to with aria-details, else the one in the chart's figure or sparkline.
        const detailsID = svg.getAttribute('aria-details');
        const details = detailsID ? document.getElementById(detailsID) : null;
        const container = svg.closest('figure, .sparkline');
        const table = detailsID
            ? (details && (details.matches('table') ? details : details.querySelector('table')))
            : (container ? container.querySelector('table') : null);
        charts.push({
            className: svg.getAttribute('class') || '',
            role: svg.getAttribute('role'),
            title: title ? title.textContent.trim() : '',
            titleID: title ? title.id : '',
            desc: desc ? desc.textContent.trim() : '',
            descID: desc ? desc.id : '',
            labelledBy: labelledBy,
            idCounts: labelledBy.map(id => document.querySelectorAll('[id="' + CSS.escape(id) + '"]').length),
            detailsID: detailsID || '',
            detailsFound: details !== null,
            hasTable: !!table,
            caption: table && table.caption ? table.caption.textContent.trim() : '',
            columnHeaders: table ? table.querySelectorAll('thead th[scope=col]').length : 0,
            rows: table ? table.querySelectorAll('tbody tr').length : 0,
            rowHeaders: table ? table.querySelectorAll('tbody th[scope=row]').length : 0,
        });
    }
    return charts;
"""

# The unit comparison's table: one row per unit, the unit in a row header and the figures in cells.
UNIT_TABLE_SCRIPT = """
    const table = document.querySelector('main figure.forest table');
    if (!table) return null;
    return Array.from(table.querySelectorAll('tbody tr')).map(row => ({
        unit: (row.querySelector('th') || {textContent: ''}).textContent.trim(),
        cells: Array.from(row.querySelectorAll('td')).map(cell => cell.textContent.trim()),
    }));
"""


# --- what the API and the command line say -------------------------------------------------------------


@pytest.fixture(scope="module")
def admin_token(server) -> str:
    """An admin API token, made with the server's own binary against its database."""
    token = server.cxm("token", "create", "--name", f"e2e-dashboards-{uuid.uuid4().hex[:8]}", "--role", "admin").strip()
    assert token.startswith("cxm_"), f"`cxm token create` printed {token!r}"
    return token


@pytest.fixture(scope="module")
def period(server, admin_token) -> tuple[str, str]:
    """(from, to): the 365 days up to the server's today, the last day of the demo it loaded."""
    today = server.api_get("/api/v1/metrics?metric=nps", admin_token)["to"]
    last = datetime.date.fromisoformat(today)
    return (last - datetime.timedelta(days=364)).isoformat(), last.isoformat()


@pytest.fixture(scope="module")
def units(server, admin_token) -> dict[str, dict]:
    """Every unit of the demo by id (name, parentID), as an admin sees them."""
    return {unit["id"]: unit for unit in server.api_get("/api/v1/units", admin_token)["items"]}


@pytest.fixture(scope="module")
def api_nps_by_unit(server, admin_token, period) -> dict:
    start, end = period
    query = urllib.parse.urlencode({"metric": "nps", "by": "unit", "from": start, "to": end})
    return server.api_get(f"/api/v1/metrics?{query}", admin_token)


@pytest.fixture(scope="module")
def report_nps_by_unit(server, period) -> dict:
    start, end = period
    output = server.cxm("report", "--metric", "nps", "--by", "unit", "--from", start, "--to", end, "--format", "json")
    return json.loads(output)


def figures_by_unit(result: dict) -> dict[str, dict]:
    """A grouped-by-unit metric result as {unit id: {label, parentID, n, value, low, high}}."""
    figures = {}
    for group in result["groups"]:
        (key,) = [part for part in group["key"] if part["grouping"] == "unit"]
        figure = group["figure"]
        interval = figure.get("interval") or {}
        figures[key["id"]] = {
            "label": key["label"],
            "parentID": key.get("parentID"),
            "n": figure["n"],
            "value": figure["value"],
            "low": interval.get("low"),
            "high": interval.get("high"),
        }
    return figures


def subtree(units: dict[str, dict], root: str) -> set[str]:
    """The ids of `root` and every unit below it."""
    found = {root}
    grew = True
    while grew:
        below = {id for id, unit in units.items() if unit.get("parentID") in found}
        grew = not below <= found
        found |= below
    return found


# --- reading the pages ------------------------------------------------------------------------------------


def parse_number(text: str, language: str) -> float:
    """A number as a dashboard shows it in `language`: `+1,072.5` (en), `−1 072,5` (sv), `1.072,5` (da)."""
    cleaned = text.strip().replace(MINUS, "-").rstrip("%")
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", cleaned)
    if language == "en":
        cleaned = cleaned.replace(",", "")
    else:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        raise AssertionError(f"{text!r} is not a number as written in {language}") from None


def rounding_allowance(text: str, language: str) -> float:
    """How far a displayed number may be from the exact one: half a unit of its last shown digit."""
    separator = "." if language == "en" else ","
    decimals = re.search(re.escape(separator) + r"(\d+)", text)
    return 0.5 * 10 ** -(len(decimals.group(1)) if decimals else 0) + 1e-9


def parse_count(text: str) -> int:
    digits = re.sub(r"\D", "", text)
    assert digits, f"{text!r} is not a count"
    return int(digits)


def interval_bounds(text: str) -> tuple[str, str]:
    """`+27.9 – +37.8` or `71,0–74,2`; negative bounds carry U+2212, never the en dash between the bounds."""
    parts = [part.strip() for part in text.split(EN_DASH) if part.strip()]
    assert len(parts) == 2, f"{text!r} is not an interval low–high"
    return parts[0], parts[1]


def clamp(value: float) -> float:
    return min(max(value, NPS_RANGE[0]), NPS_RANGE[1])


def check_charts(driver, what: str) -> list[dict]:
    """Every chart is an image labelled by its own title and description and comes with a data table."""
    charts = driver.execute_script(CHARTS_SCRIPT)
    for chart in charts:
        name = f"{what}: chart {chart['className']!r} ({chart['title'] or 'no title'})"
        assert chart["role"] == "img", f"{name} has role {chart['role']!r}, not img"
        assert chart["title"] and chart["titleID"], f"{name} has no <title> with an id"
        assert chart["desc"] and chart["descID"], f"{name} has no <desc> with an id"
        assert chart["labelledBy"] == [chart["titleID"], chart["descID"]], (
            f"{name} is labelled by {chart['labelledBy']}, not its title and desc {[chart['titleID'], chart['descID']]}"
        )
        assert all(count >= 1 for count in chart["idCounts"]), f"{name}: aria-labelledby names a missing id"
        if chart["detailsID"]:
            assert chart["detailsFound"], f"{name} has aria-details={chart['detailsID']!r}, which names no element"
        assert chart["hasTable"], f"{name} has no data table beside it (or where its aria-details points)"
        assert chart["caption"], f"{name}: its table has no caption"
        assert chart["columnHeaders"] >= 2, f"{name}: its table has no column headers"
        assert chart["rows"] >= 1 and chart["rowHeaders"] == chart["rows"], (
            f"{name}: its table has {chart['rows']} rows and {chart['rowHeaders']} row headers"
        )
    return charts


def dashboard_path(driver, server, dashboard: str) -> str:
    """The path of one of DASHBOARDS; the journey map's is read from the dashboards' sub-navigation."""
    if dashboard != "journey map":
        return DASHBOARD_PATHS[dashboard]
    driver.get(server.url("/dashboards"))
    links = driver.find_elements(By.CSS_SELECTOR, 'nav.sub-nav a[href^="/dashboards/journeys/"]')
    assert links, f"the dashboards' sub-navigation has no journey map link on {driver.current_url}"
    return urllib.parse.urlsplit(links[0].get_attribute("href")).path


def assert_accessible_but_for_known_bugs(driver, what: str, dashboard: str) -> list[str]:
    """Like assert_accessible, but returns (instead of failing on) the violations KNOWN_APP_BUGS lists for
    this dashboard; fails if a listed one is no longer found, so the list is kept honest."""
    known = KNOWN_APP_BUGS.get(dashboard, {})
    violations = blocking_violations(driver)
    unexpected = [violation for violation in violations if violation["id"] not in known]
    assert not unexpected, (
        f"{what} ({driver.current_url}) has {len(unexpected)} serious/critical axe violation(s):\n"
        + describe_violations(unexpected)
    )
    found = {violation["id"] for violation in violations}
    fixed = sorted(known.keys() - found)
    assert not fixed, f"{what} no longer has the axe violation(s) {fixed}: remove them from KNOWN_APP_BUGS"
    return [f"{rule}: {known[rule]}" for rule in sorted(found & known.keys())]


def unit_options(driver) -> dict[str, str]:
    """The unit filter's choices, {id: name}, without the "all" choice."""
    options = driver.find_elements(By.CSS_SELECTOR, "select#filter-unit option")
    assert options, f"no unit filter on {driver.current_url}"
    return {option.get_attribute("value"): option.text.strip() for option in options if option.get_attribute("value")}


def unit_table(driver) -> list[dict]:
    rows = driver.execute_script(UNIT_TABLE_SCRIPT)
    assert rows is not None, f"no unit comparison table on {driver.current_url}\n{visible_text(driver)[:2000]}"
    return rows


def assert_refused(driver, server, path: str, *named: str) -> None:
    """GET `path` answers 400 with an HTML error page that names the problem, and shows no figures."""
    status, content_type, _ = fetch_status(driver, path)
    assert status == 400, f"GET {path} answered {status}, not 400"
    assert "text/html" in content_type, f"the 400 for {path} is {content_type!r}, not an HTML page"
    driver.get(server.url(path))
    text = visible_text(driver)
    assert "400" in text, f"the page for {path} does not say error 400:\n{text[:1500]}"
    for word in named:
        assert word in text, f"the error page for {path} does not name {word!r}:\n{text[:1500]}"
    assert not driver.find_elements(By.CSS_SELECTOR, "main svg.chart, main table, .kpi-tile"), (
        f"the error page for {path} shows figures"
    )


# --- the tests --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "sv"])
@pytest.mark.parametrize("dashboard", DASHBOARDS)
def test_dashboard_is_accessible_and_its_charts_are_described(driver, server, dashboard, language):
    log_in(driver, server, ADMIN)
    try:
        if language != "en":
            switch_language(driver, language)
        path = dashboard_path(driver, server, dashboard)
        what = f"the {dashboard} dashboard in {language}"
        driver.get(server.url(path))
        assert path_of(driver) == urllib.parse.urlsplit(path).path, f"{path} led to {driver.current_url}"
        lang = driver.execute_script("return document.documentElement.lang") or ""
        assert lang.lower().startswith(language), f"{what} has <html lang={lang!r}>"
        assert driver.find_element(By.TAG_NAME, "h1").text.strip(), f"{what} has no heading"

        charts = check_charts(driver, what)
        if dashboard == "overview":
            assert len(driver.find_elements(By.CSS_SELECTOR, ".kpi-tile")) == 4, f"{what} has not four KPI tiles"
            assert len(charts) == 4, f"{what} should have one sparkline per tile, has {len(charts)} charts"
        elif dashboard != "journey map":  # the journey map is a heat map of cards, not a chart
            assert len(charts) == 1, f"{what} should show one chart, shows {len(charts)}"

        known_bugs = assert_accessible_but_for_known_bugs(driver, what, dashboard)
    finally:
        # The choice is stored on the user; put it back so other tests read English.
        if language != "en" and driver.find_elements(By.CSS_SELECTOR, 'form[action="/language"]'):
            switch_language(driver, "en")
    if known_bugs:
        pytest.xfail("; ".join(known_bugs))


def test_api_and_report_compute_the_same_nps_by_unit(api_nps_by_unit, report_nps_by_unit, period):
    api = figures_by_unit(api_nps_by_unit)
    report = figures_by_unit(report_nps_by_unit)

    assert (api_nps_by_unit["from"], api_nps_by_unit["to"]) == period
    assert (report_nps_by_unit["from"], report_nps_by_unit["to"]) == period
    assert SWEDEN in api and any(figure["parentID"] == SWEDEN for figure in api.values()), sorted(api)
    assert api.keys() == report.keys(), (
        f"units only in the API: {api.keys() - report.keys()}; only in the report: {report.keys() - api.keys()}"
    )
    for unit, figure in api.items():
        other = report[unit]
        assert (figure["label"], figure["parentID"], figure["n"]) == (other["label"], other["parentID"], other["n"]), (
            f"{unit}: API {figure} but report {other}"
        )
        numbers = [figure[name] for name in ("value", "low", "high")]
        assert numbers == pytest.approx([other[name] for name in ("value", "low", "high")], rel=1e-9, abs=1e-9), (
            f"{unit}: API {figure} but report {other}"
        )
    assert api_nps_by_unit["suppressedGroups"] == report_nps_by_unit["suppressedGroups"]
    assert api_nps_by_unit["total"]["figure"]["n"] == report_nps_by_unit["total"]["figure"]["n"]


@pytest.mark.parametrize("language", ["en", "sv"])
def test_unit_comparison_table_shows_the_api_numbers(driver, server, api_nps_by_unit, period, language):
    start, end = period
    figures = figures_by_unit(api_nps_by_unit).values()
    expected = {figure["label"]: figure for figure in figures if figure["parentID"] == SWEDEN}
    assert len(expected) >= 2, f"the API has too few units under {SWEDEN} to compare: {sorted(expected)}"
    log_in(driver, server, ADMIN)
    try:
        if language != "en":
            switch_language(driver, language)
        driver.get(server.url(f"/dashboards/units?metric=nps&from={start}&to={end}&unit={SWEDEN}"))
        rows = unit_table(driver)
    finally:
        if language != "en" and driver.find_elements(By.CSS_SELECTOR, 'form[action="/language"]'):
            switch_language(driver, "en")

    assert sorted(row["unit"] for row in rows) == sorted(expected), "the table lists other units than the API"
    for row in rows:
        want = expected[row["unit"]]
        value, interval, n = row["cells"][0], row["cells"][1], row["cells"][2]
        where = f"{row['unit']} in {language} (shown {row['cells'][:3]}, API n={want['n']} value={want['value']:.3f} "
        where += f"interval={want['low']:.3f}..{want['high']:.3f})"
        assert parse_count(n) == want["n"], f"n differs: {where}"
        shown = [(value, want["value"]), *zip(interval_bounds(interval), (clamp(want["low"]), clamp(want["high"])))]
        for text, exact in shown:
            difference = abs(parse_number(text, language) - exact)
            assert difference <= rounding_allowance(text, language), f"{text!r} is {difference:.3f} off: {where}"


def test_team_lead_sees_only_their_subtree(driver, server, units, api_nps_by_unit, period):
    start, end = period
    mine = subtree(units, SWEDEN)
    names = {unit["name"]: id for id, unit in units.items()}
    log_in(driver, server, TEAM_LEAD)

    for path in ("/dashboards", "/dashboards/units"):
        driver.get(server.url(path))
        offered = unit_options(driver)
        assert set(offered) == mine, (
            f"{path}: the lead's unit filter offers {sorted(offered.keys() - mine)} outside Sweden "
            f"and misses {sorted(mine - offered.keys())}"
        )

    driver.get(server.url("/dashboards/units"))
    top = [row["unit"] for row in unit_table(driver)]
    assert top and all(names.get(label) in mine for label in top), f"the lead's top-level comparison lists {top}"

    driver.get(server.url(f"/dashboards/units?metric=nps&from={start}&to={end}&unit={SWEDEN}"))
    rows = unit_table(driver)
    admin_figures = {figure["label"]: figure for figure in figures_by_unit(api_nps_by_unit).values()}
    children = sorted(label for label, figure in admin_figures.items() if figure["parentID"] == SWEDEN)
    assert sorted(row["unit"] for row in rows) == children
    for row in rows:
        assert parse_count(row["cells"][2]) == admin_figures[row["unit"]]["n"], f"the lead sees another n for {row}"

    for outside in OUTSIDE_THE_LEAD:
        assert_refused(driver, server, f"/dashboards/units?unit={outside}", "unit", outside)
    assert_refused(driver, server, f"/dashboards?unit={OUTSIDE_THE_LEAD[0]}", "unit", OUTSIDE_THE_LEAD[0])


def test_bad_dashboard_input_is_refused_with_a_named_problem(driver, server):
    log_in(driver, server, ADMIN)

    assert_refused(driver, server, "/dashboards/trend?metric=happiness", "metric", "happiness")
    assert_accessible(driver, "the 400 page for an unknown metric")
    assert_refused(driver, server, "/dashboards?from=2026-02-30", "from", "2026-02-30")


def test_markup_in_a_touchpoint_name_is_shown_as_text_on_the_journey_dashboard(driver, server):
    name = f"Check {uuid.uuid4().hex[:8]} <script>alert(1)</script>"
    log_in(driver, server, ADMIN)
    driver.get(server.url("/journeys"))
    # The last journey's last stage, so the first touchpoint other tests edit stays first.
    journey = journey_links(driver)[-1]
    driver.get(journey)
    forms = [
        form
        for form in driver.find_elements(By.CSS_SELECTOR, 'form[action^="/stages/"][method=post]')
        if (form.get_attribute("action") or "").endswith("/touchpoints")
    ]
    assert forms, f"no form to add a touchpoint on {journey}"
    form = forms[-1]
    folded = form.find_elements(By.XPATH, "./ancestor::details[1]")
    if folded and folded[0].get_attribute("open") is None:
        folded[0].find_element(By.TAG_NAME, "summary").click()
    form.find_element(By.CSS_SELECTOR, "input[name=name]").send_keys(name)
    for field in ("channel", "unit"):  # the first real choice of each select the form requires
        select = Select(form.find_element(By.CSS_SELECTOR, f"select[name={field}]"))
        select.select_by_value(next(o.get_attribute("value") for o in select.options if o.get_attribute("value")))
    submit_and_wait(driver, form)
    assert name in visible_text(driver), f"the touchpoint was not added:\n{visible_text(driver)[:2000]}"

    journey_id = urllib.parse.urlsplit(journey).path.rstrip("/").split("/")[-1]
    try:
        driver.get(server.url(f"/dashboards/journeys/{journey_id}"))
        driver.execute_script("return new Promise(resolve => setTimeout(resolve, 500))")
        alert = driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        pytest.fail(f"a touchpoint name ran as a script on the journey dashboard (alert {text!r})")
    except NoAlertPresentException:
        pass
    except UnexpectedAlertPresentException as error:
        pytest.fail(f"a touchpoint name ran as a script on the journey dashboard: {error}")

    cards = [card.text for card in driver.find_elements(By.CSS_SELECTOR, ".tp-card h3")]
    assert name in cards, f"the journey dashboard does not show {name!r} literally; cards: {cards}"
    scripts = driver.execute_script("return Array.from(document.scripts).map(s => s.textContent)")
    assert not any("alert(1)" in script for script in scripts), "the name became a <script> element"
    assert_accessible(driver, "the journey dashboard with a new touchpoint")

    # The dashboards' touchpoint filter lists it by name, as text too.
    driver.get(server.url("/dashboards/trend"))
    options = [option.text for option in driver.find_elements(By.CSS_SELECTOR, "select#filter-touchpoint option")]
    assert name in options, f"the touchpoint filter does not offer {name!r} literally: {options}"
