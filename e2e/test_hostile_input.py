"""Hostile input: markup and script sent in every text field the API takes are shown as text on every
page, never run or parsed into elements, and reflected in error pages just as inertly."""

import urllib.parse

import pytest

from support import ADMIN, log_in

# SQL meta-characters first, which must be stored and shown as typed; then markup that closes
# attributes and elements with both quote kinds. An element carrying `data-xss` in a page's DOM means
# the text was parsed as markup; a title of exactly "PWN" means its handler ran. `&amp;` must come
# out as the five characters, not as `&`.
PAYLOAD = "'; DROP TABLE users; -- " + 'XSS<b data-xss="b">bold</b>"\'><img src=x data-xss="img" onerror="document.title=String.fromCharCode(80,87,78)">&amp;'
LANGUAGES = ["en", "sv"]


@pytest.fixture(scope="module")
def hostile(server):
    """Entities of every kind named with the payload, created through the API as an integration would."""
    token = server.cxm("token", "create", "--name", "e2e-hostile", "--role", "admin").strip().splitlines()[-1]
    units = server.api_get("/api/v1/units", token)["items"]
    company = next(unit for unit in units if unit.get("parentID") is None)
    channel = server.api_get("/api/v1/channels", token)["items"][0]
    post = lambda path, body: server.api_post(path, token, body)  # noqa: E731
    unit = post("/api/v1/units", {"parentID": company["id"], "name": "Unit " + PAYLOAD, "kind": "store"})
    journey = post("/api/v1/journeys", {"name": "Journey " + PAYLOAD, "description": "About " + PAYLOAD})
    stage = post(f"/api/v1/journeys/{journey['id']}/stages", {"name": "Stage " + PAYLOAD, "phase": "during"})
    touchpoint = post(
        f"/api/v1/stages/{stage['id']}/touchpoints",
        {
            "name": "Touchpoint " + PAYLOAD,
            "channelID": channel["id"],
            "ownerUnitID": unit["id"],
            "feeling": "Feeling " + PAYLOAD,
            "functionalNeeds": ["Need " + PAYLOAD],
            "emotionalNeeds": ["Emotion " + PAYLOAD],
        },
    )
    customer = post(
        "/api/v1/customers",
        {
            "displayName": "Customer " + PAYLOAD,
            "identifiers": ["crm:e2e-hostile"],
            "attributes": {"plan": {"type": "text", "value": PAYLOAD}},
        },
    )
    segment = post(
        "/api/v1/segments",
        {
            "name": "Segment " + PAYLOAD,
            "description": PAYLOAD,
            "conditions": [{"attribute": "plan", "op": "equals", "value": {"type": "text", "value": PAYLOAD}}],
        },
    )

    def text(prefix):
        return {language: f"{prefix} {PAYLOAD}" for language in LANGUAGES}

    survey = post(
        "/api/v1/surveys",
        {
            "name": "Survey " + PAYLOAD,
            "touchpointIDs": [touchpoint["id"]],
            "languages": LANGUAGES,
            "questions": [
                {"key": "nps", "type": "nps", "text": text("Recommend"), "required": True, "options": []},
                {
                    "key": "why",
                    "type": "single_choice",
                    "text": text("Why"),
                    "required": False,
                    "options": [{"key": "a", "label": text("A")}, {"key": "b", "label": text("B")}],
                },
                {"key": "comment", "type": "open_text", "text": text("Comment"), "required": False, "options": []},
            ],
        },
    )
    for score in range(3, 9):
        post(
            "/api/v1/responses",
            {
                "surveyID": survey["id"],
                "customerID": customer["id"],
                "language": "sv",
                "answers": [
                    {"question": "nps", "value": score},
                    {"question": "why", "value": "a"},
                    {"question": "comment", "value": "Said " + PAYLOAD},
                ],
            },
        )
    user = post("/api/v1/users", {"email": "hostile@example.com", "displayName": "User " + PAYLOAD, "role": "analyst"})
    return {
        "unit": unit["id"],
        "journey": journey["id"],
        "touchpoint": touchpoint["id"],
        "customer": customer["id"],
        "segment": segment["id"],
        "survey": survey["id"],
        "user": user["user"]["id"],
    }


def injected(driver) -> dict:
    """What the page's DOM says about the payload: elements parsed from it, and the title it would set."""
    return driver.execute_script(
        "return {elements: Array.from(document.querySelectorAll('[data-xss]')).map(e => e.outerHTML.slice(0, 200)),"
        " title: document.title, text: document.body ? document.body.innerText : ''};"
    )


def assert_inert(driver, path: str, shows_payload: bool) -> None:
    found = injected(driver)
    assert not found["elements"], f"{path}: the payload became elements: {found['elements']}"
    assert found["title"] != "PWN", f"{path}: the payload's handler ran and set the title"
    if shows_payload:
        assert '<b data-xss="b">bold</b>' in found["text"], f"{path} does not show the payload as text"
        assert "&amp;" in found["text"], f"{path} decoded an entity in stored text"
        assert "'; DROP TABLE users; -- " in found["text"], f"{path} does not show the SQL meta-characters as typed"


def test_every_page_shows_hostile_text_as_text(driver, server, hostile):
    log_in(driver, server, ADMIN)
    pages = [
        ("/journeys", True),
        (f"/journeys/{hostile['journey']}", True),
        (f"/touchpoints/{hostile['touchpoint']}/edit", False),
        ("/units", True),
        (f"/units/{hostile['unit']}/edit", False),
        ("/customers?q=e2e-hostile", True),
        (f"/customers/{hostile['customer']}", True),
        (f"/customers/{hostile['customer']}/edit", False),
        ("/users", True),
        (f"/users/{hostile['user']}/edit", False),
        ("/surveys", True),
        (f"/surveys/{hostile['survey']}", True),
        (f"/surveys/{hostile['survey']}/edit", False),
        ("/audit", False),
        ("/dashboards", False),
        (f"/dashboards/journeys/{hostile['journey']}", True),
        ("/dashboards/units", False),
        (f"/dashboards/trend?touchpoint={hostile['touchpoint']}", False),
        (f"/dashboards?segment={hostile['segment']}", False),
        ("/settings", False),
    ]
    for path, shows_payload in pages:
        driver.get(server.url(path))
        assert_inert(driver, path, shows_payload)
    # Form fields hold the payload as their value, unchanged.
    driver.get(server.url(f"/touchpoints/{hostile['touchpoint']}/edit"))
    values = driver.execute_script("return Array.from(document.querySelectorAll('input, textarea')).map(e => e.value)")
    assert "Touchpoint " + PAYLOAD in values, "the touchpoint form does not hold the name as it was stored"


def test_error_pages_reflect_hostile_paths_and_queries_inertly(driver, server, hostile):
    log_in(driver, server, ADMIN)
    quoted = urllib.parse.quote(PAYLOAD, safe="")
    for path in [
        f"/journeys/{quoted}",
        f"/customers/{quoted}",
        f"/dashboards/trend?touchpoint={quoted}",
        f"/dashboards?unit={quoted}&from={quoted}",
        f"/customers?q={quoted}",
    ]:
        driver.get(server.url(path))
        assert_inert(driver, path, shows_payload=False)
