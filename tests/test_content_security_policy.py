"""The Content-Security-Policy breaks nothing: in headless Chromium, public pages and the admin
(Django's admin, modeltranslation's language tabs with the shipped jQuery UI, the locale editor,
the translators' pages) run their scripts and load their styles with no policy violation.

Needs Debian's Chromium (/usr/bin/chromium, installed by .ci/run); skipped without it.
"""

import os
from pathlib import Path

import pytest
from django.core.management import call_command
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from test_accessibility import CHROMIUM, CHROMIUM_FLAGS

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (.ci/run installs it)"),
]

# Every violation the page reports, from the first byte on.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
"""
PUBLIC_PAGES = [
    "/fr/", "/de/partnerstaedte/", "/en/twin-cities/map/", "/fr/villes-jumelees/furth/", "/de/vereine/",
    "/en/search/?q=porcelain", "/fr/solidarite/?year=abc", "/de/nirgendwo/",
]  # fmt: skip
# Each admin page, and a script's doing that shows its scripts ran.
ADMIN_PAGES = {
    "/fr/admin/": "document.querySelector('#nav-sidebar, #content-main') !== null",
    "/fr/admin/relations/city/": "document.querySelector('#changelist-search') !== null",
    "/de/admin/relations/city/add/": "document.querySelectorAll('.ui-tabs-nav').length > 0",
    "/en/admin/relations/event/add/": "document.querySelectorAll('.datetimeshortcuts').length > 0",
    "/fr/admin/relations/association/{association}/change/": "document.querySelectorAll('.ui-tabs-nav').length > 0",
    "/fr/admin/relations/solidarityproject/{project}/change/": (
        "document.querySelectorAll('.select2-container').length > 0"
    ),
    # The rich-text editor (three bodies, one per language) and the image library's focal-point picker.
    "/fr/admin/relations/article/{article}/change/": "document.querySelectorAll('.tox-tinymce').length === 3",
    "/de/admin/relations/image/{image}/change/": "document.querySelector('.focal-point-picker--active') !== null",
    "/fr/admin/translations/": "true",
    "/fr/admin/translations/catalogues/files/project/": "true",
    "/fr/admin/translations/catalogues/files/project/de/0/": "typeof window.cspViolations !== 'undefined'",
}


@pytest.fixture
def demo_site(transactional_db, live_server, django_user_model):
    call_command("load_demo", verbosity=0)
    webmaster = django_user_model.objects.create_superuser("webmaster", "webmaster@example.org", "a long test password")
    TOTPDevice.objects.create(user=webmaster, name="default")  # administrators log in with a second factor
    return live_server


def test_no_page_breaks_the_policy_and_the_admins_scripts_run(demo_site):
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    from relations.models import Article, Association, Image, SolidarityProject

    ids = {
        "association": Association.objects.first().pk,
        "project": SolidarityProject.objects.first().pk,
        "article": Article.objects.first().pk,
        "image": Image.objects.first().pk,
    }
    problems = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page()
        page.add_init_script(RECORD_VIOLATIONS)
        console = []
        page.on("console", lambda message: console.append(message.text) if message.type == "error" else None)

        def visit(address, script_ran="true"):
            console.clear()
            page.goto(demo_site.url + address)
            page.wait_for_load_state("load")
            violations = page.evaluate("window.cspViolations")
            policy_errors = [text for text in console if "Content Security Policy" in text]
            if violations or policy_errors:
                problems.append(f"{address}: {violations} {policy_errors}")
            try:  # some widgets (the rich-text editor) start after the load event
                page.wait_for_function(script_ran, timeout=10_000)
            except PlaywrightTimeout:
                problems.append(f"{address}: its scripts did not run ({script_ran})")

        for address in PUBLIC_PAGES:
            visit(address)
        visit("/fr/admin/login/")
        # The two-step login: the password, then a code of the authenticator app.
        page.fill("#id_auth-username", "webmaster")
        page.fill("#id_auth-password", "a long test password")
        page.click("input[type=submit]")
        device = TOTPDevice.objects.get(user__username="webmaster")
        page.fill("#id_token-otp_token", f"{totp(device.bin_key):06d}")
        page.click("input[type=submit]")
        page.wait_for_url("**/fr/admin/")
        for address, script_ran in ADMIN_PAGES.items():
            visit(address.format(**ids), script_ran)
        browser.close()
    assert not problems, "\n".join(problems)
