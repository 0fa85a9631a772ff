"""Webhooks against a local receiver: a detractor's answer opens a case, and the receiver gets the
event signed as Standard Webhooks says, checked here with Python's own HMAC (not cxm's code).
Closing the case sends the customer the follow-up survey, and that arrives as an event too."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

import pytest

from support import ADMIN, Server, assert_accessible, log_in


class Receiver:
    """An HTTP server on a free port that keeps every POST it gets (headers and body)."""

    def __init__(self) -> None:
        self.received: list[dict] = []
        self.lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (the standard library's name)
                body = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode()
                with owner.lock:
                    owner.received.append({"headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks/cxm"

    def wait_for(self, event_type: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                for delivery in self.received:
                    if json.loads(delivery["body"]).get("type") == event_type:
                        return delivery
            time.sleep(0.2)
        raise AssertionError(f"no {event_type} within {timeout} s; got {[d['body'][:80] for d in self.received]}")


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    receiver = Receiver()
    receiver.thread.start()
    try:
        yield receiver
    finally:
        receiver.server.shutdown()


def verify(delivery: dict, secret: str) -> None:
    """The Standard Webhooks check: HMAC-SHA256 of id.timestamp.body, base64, after `v1,`; a fresh timestamp."""
    headers = delivery["headers"]
    message_id, timestamp = headers["webhook-id"], headers["webhook-timestamp"]
    assert abs(time.time() - int(timestamp)) < 300, "the timestamp is not current"
    key = base64.b64decode(secret.removeprefix("whsec_"))
    expected = base64.b64encode(
        hmac.new(key, f"{message_id}.{timestamp}.{delivery['body']}".encode(), hashlib.sha256).digest()
    ).decode()
    signatures = [part.split(",", 1)[1] for part in headers["webhook-signature"].split() if part.startswith("v1,")]
    assert any(hmac.compare_digest(expected, signature) for signature in signatures), "the signature does not verify"
    assert json.loads(delivery["body"])["id"] == message_id


def surveyable_customer(server: Server, token: str) -> str:
    page = server.api_get("/api/v1/customers?limit=200", token)
    for customer in page["items"]:
        identifiers = json.dumps(customer.get("identifiers", []))
        if customer.get("consent", {}).get("maySurvey") and "email" in identifiers:
            return customer["id"]
    raise AssertionError("no demo customer agreed to surveys and has an e-mail address")


def test_a_detractors_case_reaches_a_local_receiver_signed_and_closing_it_sends_the_follow_up(server, receiver):
    token = server.cxm("token", "create", "--name", f"e2e-hooks-{uuid.uuid4().hex[:8]}", "--role", "admin").strip().splitlines()[-1]
    created = server.api_post(
        "/api/v1/webhooks",
        token,
        {"name": "Local receiver", "url": receiver.url, "events": ["case.opened", "case.follow_up"]},
    )
    secret = created["secret"]
    customer = surveyable_customer(server, token)
    response = server.api_post(
        "/api/v1/responses",
        token,
        {
            "surveyID": "survey-customer-service",
            "touchpointID": "tp-support-phone",
            "unitID": "unit-se-customer-service",
            "customerID": customer,
            "language": "sv",
            "answers": [{"question": "nps", "value": 2}],
        },
    )

    opened = receiver.wait_for("case.opened")
    verify(opened, secret)
    event = json.loads(opened["body"])
    case = event["data"]["case"]
    assert case["responseID"] == response["id"] and case["customerID"] == customer and case["status"] == "new"
    assert opened["headers"]["content-type"].startswith("application/json")

    # Worked and closed: the customer gets the follow-up survey, and the receiver hears of it.
    version = server.api_get(f"/api/v1/cases/{case['id']}", token)["version"]
    for path, body in (
        ("contacts", {"channel": "phone", "outcome": "reached", "note": "Refund promised"}),
        ("transitions", {"to": "resolved", "resolutionCode": "refund"}),
        ("transitions", {"to": "closed"}),
    ):
        version = server.api_post(f"/api/v1/cases/{case['id']}/{path}", token, {"version": version, **body})["case"]["version"]
    follow_up = receiver.wait_for("case.follow_up")
    verify(follow_up, secret)
    note = json.loads(follow_up["body"])["data"]["change"]["followUp"]
    assert note["surveyID"] == "survey-case-follow-up" and "suppressed" not in note, note
    invitation = server.api_get(f"/api/v1/invitations/{note['invitationID']}", token)
    assert invitation["status"] == "scheduled" and invitation["customerID"] == customer

    # The delivery log says both were delivered at the first try (it records the try just after the
    # receiver answered, so it is read until it does), and the receiver got each event once.
    expected = [("case.follow_up", "delivered", 1), ("case.opened", "delivered", 1)]
    deadline = time.monotonic() + 15
    while True:
        log = server.api_get(f"/api/v1/webhooks/{created['webhook']['id']}/deliveries", token)["items"]
        found = sorted((item["eventType"], item["state"], item["attempts"]) for item in log)
        if found == expected or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    assert found == expected, log
    with receiver.lock:
        ids = [delivery["headers"]["webhook-id"] for delivery in receiver.received]
    assert len(ids) == len(set(ids)) == 2, ids


def test_the_webhook_pages_pass_axe(driver, server):
    token = server.cxm("token", "create", "--name", f"e2e-hooks-{uuid.uuid4().hex[:8]}", "--role", "admin").strip().splitlines()[-1]
    created = server.api_post(
        "/api/v1/webhooks",
        token,
        {"name": "Teams channel", "url": "https://example.invalid/webhookb2/x", "format": "teams", "events": ["case.escalated"]},
    )
    log_in(driver, server, ADMIN)
    driver.get(server.url("/settings/webhooks"))
    assert_accessible(driver, "the webhooks page")
    driver.get(server.url(f"/settings/webhooks/{created['webhook']['id']}"))
    assert_accessible(driver, "a webhook's page")
    driver.get(server.url("/cases/follow-up"))
    assert_accessible(driver, "the follow-up survey page")
