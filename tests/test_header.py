"""The header: on phones the menu and the search fold behind a Menu button that works without any
script; on desktops they are always shown."""

import os
from pathlib import Path

import pytest

from tests.test_accessibility import CHROMIUM, CHROMIUM_FLAGS, demo_site  # noqa: F401 (a fixture)


@pytest.mark.slow
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (.ci/run installs it)")
def test_the_menu_folds_on_phones_and_opens_without_javascript(demo_site):  # noqa: F811 (the fixture imported above)
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        phone = browser.new_page(viewport={"width": 375, "height": 800}, java_script_enabled=False)
        phone.goto(demo_site.url + "/de/")
        folded = (phone.is_visible(".main-nav"), phone.is_visible(".search-form"))
        header_height = phone.eval_on_selector(".site-header", "header => header.getBoundingClientRect().height")
        phone.click("text=Menü")
        opened = (phone.is_visible(".main-nav"), phone.is_visible(".search-form"))
        phone.keyboard.press("Space")  # the focused checkbox folds it again from the keyboard
        refolded = phone.is_visible(".main-nav")
        desktop = browser.new_page(viewport={"width": 1280, "height": 800})
        desktop.goto(demo_site.url + "/de/")
        on_desktop = (desktop.is_visible(".main-nav"), desktop.is_visible(".menu-button"))
        browser.close()
    assert folded == (False, False)
    assert header_height < 200
    assert opened == (True, True)
    assert refolded is False
    assert on_desktop == (True, False)
