"""The migrations describe the models, whatever the language: no translated message is frozen into
a model at import, in the language active then, and from there into a migration."""

import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

PROJECT = Path(__file__).resolve().parent.parent

# Run in a fresh interpreter: the models must be imported anew with no catalogue to be found. The
# dummy database spares makemigrations a connection (it only reads which migrations were applied).
WITHOUT_CATALOGUES = """
import sys

import django
from django.conf import settings

settings.LOCALE_PATHS = [sys.argv[1]]
settings.DATABASES = {"default": {"ENGINE": "django.db.backends.dummy"}}
django.setup()

from django.core.management import call_command
from django.utils import translation

message = "Enter a year between %(first)s and %(last)s."
with translation.override("fr"):
    assert translation.gettext(message) == message, "the catalogues are still found"
call_command("makemigrations", "--check", "--dry-run")
"""


def missing_migration():
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out)
    except SystemExit:
        return out.getvalue()
    return None


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "de", "en"])
def test_no_migration_is_missing_whatever_the_language_active(language):
    with translation.override(language):
        assert missing_migration() is None


def test_no_migration_is_missing_when_the_catalogues_are_not_compiled(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_CATALOGUES, str(tmp_path)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
