"""The home page is scanned on a phone in less than two and a half screens: the twin cities, the
sections and the networks become lines of names, the articles and the events two titles with their
dates, each list ending with its "see all" link; the key figures a 2-column grid that keeps their
labels; the chart folds behind a summary; the header and the footer are compact. Small tablets and
large phones held sideways (up to 48rem) get the same condensed page, which axe finds accessible too.
On desktops the introduction has the figures beside it."""

import os
from pathlib import Path

import pytest

from tests.test_accessibility import CHROMIUM, CHROMIUM_FLAGS, demo_site  # noqa: F401 (a fixture)

PHONE = {"width": 375, "height": 667}
# Large phones held sideways and small tablets, below the desktop layout's 48rem: condensed as phones.
TABLET = {"width": 700, "height": 800}
# At 375 x 667 px the demo's home page measured about 5,300 px (8 screens) before it was condensed, then
# 2,576 / 2,486 / 2,282 px (fr / de / en); now 1,602 / 1,605 / 1,586 px (2.4 screens): header 105-111,
# breadcrumbs 32, introduction 245-267, key figures 245-276, twin cities 132-156, sections and networks
# 99 each, articles 153-173, events 153, footer 177-201. Two screens (1,334 px) would cost the key
# figures' labels, or links closer together than 24 px. The desktop page (1280 px) stays at 5,594 px.
HEIGHT_BUDGET = 1685
# At 700 x 800 px the full desktop layout measured 7,585 / 7,791 / 7,362 px (fr / de / en); condensed
# as on phones, 1,416 / 1,436 / 1,416 px (1.8 screens), with the header and the footer of all pages.
TABLET_HEIGHT_BUDGET = 1508
# The desktop page must not grow with the phone's rules.
DESKTOP_HEIGHT_BUDGET = 5900

MEASURE = """() => ({
  height: document.documentElement.scrollHeight,
  width: document.documentElement.scrollWidth,
  parts: [...document.querySelectorAll('.site-header, .breadcrumbs, .home-top, main > .section, .site-footer')].map(
    part => `${part.className} ${part.getAttribute('aria-labelledby') || ''}: ${part.getBoundingClientRect().height}`),
})"""
# Condensed, not cut: every "see all" link and every key figure's label stay in sight on a phone.
HIDDEN = """() => [...document.querySelectorAll('main .more a, .key-figure__value, .key-figure__label, .card__title a')]
  .filter(element => !element.matches('.cards--condensed:not(.cards--titles) > li:nth-child(n+3) *'))
  .filter(element => !element.checkVisibility())
  .map(element => element.textContent.trim())"""


@pytest.mark.slow
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (.ci/run installs it)")
def test_the_home_page_is_condensed_on_phones_and_small_tablets_without_losing_content(demo_site):  # noqa: F811 (the fixture imported above)
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        measures, hidden, violations = {}, {}, {}
        for language in ("fr", "de", "en"):
            for name, viewport in (("phone", PHONE), ("tablet", TABLET)):
                page = browser.new_page(viewport=viewport, java_script_enabled=False)
                page.goto(f"{demo_site.url}/{language}/")
                measures[name, language] = page.evaluate(MEASURE)
                hidden[name, language] = page.evaluate(HIDDEN)
                page.close()
            # axe needs scripts; tests/test_accessibility.py audits the phone and desktop widths.
            tablet = browser.new_page(viewport=TABLET)
            tablet.goto(f"{demo_site.url}/{language}/")
            results = Axe().run(tablet)
            if results.violations_count:
                violations[language] = results.generate_report()
            tablet.close()
        desktop = browser.new_page(viewport={"width": 1280, "height": 800})
        desktop.goto(demo_site.url + "/fr/")
        desktop_measure = desktop.evaluate(MEASURE)
        browser.close()
    print(measures, desktop_measure)
    for (name, language), measure in measures.items():
        viewport, budget = (PHONE, HEIGHT_BUDGET) if name == "phone" else (TABLET, TABLET_HEIGHT_BUDGET)
        assert measure["width"] <= viewport["width"], (name, language, measure)
        assert measure["height"] <= budget, (name, language, measure)
        assert not hidden[name, language], (name, language, hidden[name, language])
    assert not violations, violations
    assert desktop_measure["width"] <= 1280
    assert desktop_measure["height"] <= DESKTOP_HEIGHT_BUDGET, desktop_measure
