import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
READ_SETTINGS = "import django; django.setup(); from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"


def start_with(**environment):
    env = {key: value for key, value in os.environ.items() if key not in ("SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DATABASE_URL")}
    env.update(DJANGO_SETTINGS_MODULE="limoges_site.settings", **environment)
    return subprocess.run([sys.executable, "-c", READ_SETTINGS], cwd=PROJECT, env=env, capture_output=True, text=True)


def test_with_no_environment_the_site_runs_on_sqlite():
    result = start_with()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.db.backends.sqlite3"


def test_database_url_switches_to_postgresql():
    result = start_with(DATABASE_URL="postgres://postgres@127.0.0.1:5432/limoges")
    assert result.stdout.strip() == "django.db.backends.postgresql", result.stderr


def test_production_refuses_to_start_without_a_real_secret_key():
    result = start_with(DEBUG="false", ALLOWED_HOSTS="www.limoges.fr")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = start_with(DEBUG="false", SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_starts_with_a_secret_key_and_hosts():
    result = start_with(DEBUG="false", SECRET_KEY="k3y-" * 20, ALLOWED_HOSTS="www.limoges.fr")
    assert result.returncode == 0, result.stderr
