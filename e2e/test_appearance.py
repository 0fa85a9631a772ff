"""An administrator gives the survey pages the company's logo and colour in a real browser (a
multipart form with a file), a customer's phone shows them, and the pages still pass axe."""

from __future__ import annotations

import re
import struct
import zlib
from pathlib import Path

from selenium.webdriver.common.by import By

from support import ADMIN, assert_accessible, form_posting_to, log_in, submit_and_wait

STORE_VISIT = "/s/demo-store-visit"


def _logo_png(path: Path, width: int = 160, height: int = 48) -> None:
    """Writes a small two-colour PNG (a dark bar on white) without any imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b""
    for y in range(height):
        row = bytearray()
        for x in range(width):
            dark = 8 <= y < height - 8 and 8 <= x < width - 8
            row += bytes((0x1F, 0x3A, 0x5E) if dark else (0xFF, 0xFF, 0xFF))
        rows += b"\x00" + bytes(row)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _save(driver, server, accent: str, logo: Path | None = None, remove_logo: bool = False) -> None:
    """Fills in the appearance form and saves it; removing the logo only when there is one."""
    driver.get(server.url("/settings/appearance"))
    form = form_posting_to(driver, "/settings/appearance")
    field = driver.find_element(By.ID, "appearance-accent")
    field.clear()
    field.send_keys(accent)
    if logo is not None:
        driver.find_element(By.ID, "appearance-logo").send_keys(str(logo))
    if remove_logo:
        for box in driver.find_elements(By.ID, "appearance-remove-logo"):
            box.click()
    submit_and_wait(driver, form)


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))


def _background(element) -> tuple[int, int, int]:
    """The element's computed background colour as (r, g, b), from `rgb(…)` or an opaque `rgba(…)`."""
    numbers = re.findall(r"[\d.]+", element.value_of_css_property("background-color"))
    assert len(numbers) == 3 or numbers[3] == "1", numbers
    return tuple(int(float(n)) for n in numbers[:3])


def test_a_brand_colour_and_logo_reach_the_survey_page_and_it_stays_accessible(driver, server, tmp_path):
    log_in(driver, server, ADMIN)
    logo = tmp_path / "logo.png"
    _logo_png(logo)
    try:
        # A brand yellow is too light for white button text: refused, with the nearest shade that passes.
        _save(driver, server, "#ffcc00")
        error = driver.find_element(By.ID, "appearance-accent-error").text
        shades = re.findall(r"#[0-9a-f]{6}", error)
        assert shades[0] == "#ffcc00" and len(shades) == 2, error
        suggestion = shades[-1]

        _save(driver, server, suggestion, logo=logo)
        assert driver.find_elements(By.CSS_SELECTOR, ".flash"), "no saved notice"
        preview = driver.find_element(By.CSS_SELECTOR, ".brand-preview .brand-sample-button")
        assert _background(preview) == _rgb(suggestion)

        # The survey page as a customer sees it: the logo loaded, the buttons in the brand's shade.
        driver.set_window_size(390, 844)
        driver.get(server.url(STORE_VISIT))
        image = driver.find_element(By.CSS_SELECTOR, ".brand img")
        assert driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth", image) == 160
        assert image.get_attribute("alt")
        button = driver.find_element(By.CSS_SELECTOR, "button[name=action][value=next]")
        assert _background(button) == _rgb(suggestion)
        assert_accessible(driver, "the branded survey page")
    finally:
        driver.set_window_size(1280, 900)
        _save(driver, server, "", remove_logo=True)
    driver.get(server.url(STORE_VISIT))
    assert not driver.find_elements(By.CSS_SELECTOR, ".brand img")
