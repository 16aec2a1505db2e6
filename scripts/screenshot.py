"""Screenshots for the README, taken in Debian's Chromium.

Usage: .venv/bin/python scripts/screenshot.py   (or `make screenshot`)
Serves the demo content from a throwaway SQLite database on a free local port, photographs the
home page, the map of the partner cities and a chart at desktop and phone widths in French and
German, and the translators' workspace (the translation status, and a
change form with the French source beside the German) after an editor changed a French
summary, into docs/, then stops the server.
"""

import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

PROJECT = Path(__file__).resolve().parent.parent
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
# name: (address, width, height, the element photographed or None for the window), in two languages.
SHOTS = {
    "home-desktop.png": ("/fr/", 1280, 900, None),
    "home-phone.png": ("/de/", 375, 780, None),
    "map-desktop.png": ("/fr/villes-jumelees/carte/", 1280, 900, ".maps"),
    "map-phone.png": ("/de/partnerstaedte/karte/", 375, 780, ".map--europe"),
    "chart-desktop.png": ("/fr/associations/", 1280, 900, ".chart"),
    "chart-phone.png": ("/de/vereine/", 375, 780, ".chart"),
}
# A translator of the throwaway database, and a French summary changed after its translation.
PREPARE_WORKSPACE = """
from django.contrib.auth.models import Group, User
from django.utils import translation
from relations.models import Article
user = User.objects.create_user("translator", password={password!r}, is_staff=True)
user.groups.add(Group.objects.get(name="translators"))
article = Article.objects.filter(summary_de__gt="").order_by("pk").first()
article.summary_fr = article.summary_fr + " Ce résumé vient d'être complété en français."
article.save()
print(article.pk)
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main():
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{folder}/demo.sqlite3",
            "MEDIA_ROOT": f"{folder}/media",
            "DEBUG": "true",
        }
        manage = [sys.executable, str(PROJECT / "manage.py")]
        for command in (["migrate", "--no-input", "-v0"], ["load_demo", "-v0"]):
            subprocess.run(manage + command, env=env, check=True)
        password = secrets.token_urlsafe(16)
        prepared = subprocess.run(
            manage + ["shell", "-c", PREPARE_WORKSPACE.format(password=password)],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
        article = prepared.stdout.split()[-1]
        port = free_port()
        server = subprocess.Popen(
            manage + ["runserver", f"127.0.0.1:{port}", "--noreload"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            url = f"http://127.0.0.1:{port}/fr/"
            for _attempt in range(50):
                try:
                    urllib.request.urlopen(url)
                    break
                except OSError:
                    time.sleep(0.2)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
                for name, (address, width, height, element) in SHOTS.items():
                    page = browser.new_page(viewport={"width": width, "height": height})
                    response = page.goto(f"http://127.0.0.1:{port}{address}")
                    assert response.ok, address
                    (page.locator(element).first if element else page).screenshot(path=str(PROJECT / "docs" / name))
                    print("wrote", PROJECT / "docs" / name)
                photograph_the_workspace(browser, f"http://127.0.0.1:{port}", password, article)
                browser.close()
        finally:
            server.terminate()
            server.wait()


def photograph_the_workspace(browser, site, password, article):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{site}/en/admin/login/")
    page.fill('input[name="auth-username"]', "translator")
    page.fill('input[name="auth-password"]', password)
    page.click('#login-form [type="submit"]')
    page.wait_for_url(f"{site}/en/admin/")
    page.goto(f"{site}/en/admin/translations/")
    page.screenshot(path=str(PROJECT / "docs" / "translation-status.png"))
    page.goto(f"{site}/en/admin/relations/article/{article}/change/")
    # Each translated field has a tab per language: show the German ones.
    for tab in page.locator('.ui-tabs-nav a:text-is("de")').all():
        tab.click()
    page.locator("#id_summary_de").scroll_into_view_if_needed()
    page.screenshot(path=str(PROJECT / "docs" / "translation-change-form.png"))
    print("wrote the workspace's screenshots")


if __name__ == "__main__":
    main()
