"""The home page is scanned on a phone in about two screens: its sections shrink to their titles and a
"see all" link, the chart folds behind a summary; on desktops the introduction has the figures beside it."""

import os
from pathlib import Path

import pytest

from tests.test_accessibility import CHROMIUM, CHROMIUM_FLAGS, demo_site  # noqa: F401 (a fixture)

PHONE = {"width": 375, "height": 667}
# The demo's home page measured about 5,300 px (8 screens) before it was condensed, 2,300 to 2,600 px
# after (3.5 to 3.9 screens, of which 500 to 580 px are the header and the footer).
HEIGHT_BUDGET = 2800

MEASURE = """() => ({
  height: document.documentElement.scrollHeight,
  width: document.documentElement.scrollWidth,
  parts: [...document.querySelectorAll('.site-header, .home-top, main > .section, .site-footer')].map(
    part => `${part.className} ${part.getAttribute('aria-labelledby') || ''}: ${part.getBoundingClientRect().height}`),
})"""


@pytest.mark.slow
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (.ci/run installs it)")
def test_the_home_page_is_two_screens_on_a_phone(demo_site):  # noqa: F811 (the fixture imported above)
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        measures = {}
        for language in ("fr", "de", "en"):
            phone = browser.new_page(viewport=PHONE, java_script_enabled=False)
            phone.goto(f"{demo_site.url}/{language}/")
            measures[language] = phone.evaluate(MEASURE)
            phone.close()
        desktop = browser.new_page(viewport={"width": 1280, "height": 800})
        desktop.goto(demo_site.url + "/fr/")
        desktop_measure = desktop.evaluate(MEASURE)
        browser.close()
    print(measures, desktop_measure)
    for language, measure in measures.items():
        assert measure["width"] <= PHONE["width"], (language, measure)
        assert measure["height"] <= HEIGHT_BUDGET, (language, measure)
    assert desktop_measure["width"] <= 1280
