"""Screenshots of the demo site's home page for the README, taken in Debian's Chromium.

Usage: .venv/bin/python scripts/screenshot.py   (or `make screenshot`)
Serves the demo content from a throwaway SQLite database on a free local port,
photographs /fr/ at desktop and phone widths into docs/, then stops the server.
"""

import os
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
SHOTS = {"home-desktop.png": (1280, 900), "home-phone.png": (360, 780)}


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
                for name, (width, height) in SHOTS.items():
                    page = browser.new_page(viewport={"width": width, "height": height})
                    page.goto(url)
                    page.screenshot(path=str(PROJECT / "docs" / name))
                    print("wrote", PROJECT / "docs" / name)
                browser.close()
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
