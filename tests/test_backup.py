"""The backup and restore scripts (docs/operations.md) bring the site back as it was: the demo
site is loaded into a throwaway PostgreSQL database, backed up, wiped (database dropped and
created again, media and catalogues deleted), restored, and compared field by field in every
language, and file by file."""

import hashlib
import json
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
import shared_services
from django.db import connection
from servers import PROJECT, manage, production_environment

pytestmark = [pytest.mark.slow, shared_services.needs_postgresql]


def run(*command, env, check=True):
    result = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True, timeout=300)
    if check:
        assert result.returncode == 0, f"{' '.join(command)}:\n{result.stdout}\n{result.stderr}"
    return result


def content(env):
    """Every object of the site with all its fields, each language's columns included, in a stable order."""
    dump = manage(env, "dumpdata", "relations", "auth.group", "auth.user", "--indent", "0").stdout
    return sorted(json.loads(dump), key=lambda item: (item["model"], item["pk"]))


def files(folder):
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(Path(folder).rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def throwaway_site(db, tmp_path):
    if shutil.which("pg_dump") is None:
        pytest.skip("needs PostgreSQL's client programs (pg_dump, pg_restore)")
    database = connection.settings_dict
    server = f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}"
    name = f"limoges_backup_{uuid.uuid4().hex[:8]}"
    shutil.copytree(PROJECT / "locale", tmp_path / "locale")
    env = production_environment(f"{server}/{name}", tmp_path, LOCALE_DIR=str(tmp_path / "locale"))
    maintenance = {**env, "DATABASE_URL": f"{server}/postgres"}
    create = ["psql", "--quiet", "--dbname", f"{server}/postgres", "--command"]
    run(*create, f"CREATE DATABASE {name}", env=maintenance)
    try:
        manage(env, "migrate", "--no-input", "--verbosity", "0")
        manage(env, "load_demo", "--verbosity", "0")
        yield (
            env,
            lambda: (
                run(*create, f"DROP DATABASE {name} WITH (FORCE)", env=maintenance),
                run(*create, f"CREATE DATABASE {name}", env=maintenance),
            ),
        )
    finally:
        run(*create, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", env=maintenance, check=False)


def test_a_restored_backup_gives_back_every_text_in_every_language_and_every_file(throwaway_site, tmp_path):
    env, recreate_database = throwaway_site
    media, locale = Path(env["MEDIA_ROOT"]), Path(env["LOCALE_DIR"])
    before = content(env), files(media), files(locale)
    assert any(item["fields"].get("name_de") for item in before[0]), "the demo site has German texts"
    assert before[1], "the demo site has images"

    backup = Path(run("scripts/backup.sh", str(tmp_path / "backups"), env=env).stdout.strip())
    assert sorted(path.name for path in backup.iterdir()) == [
        "SHA256SUMS",
        "database.dump",
        "locale.tar.gz",
        "media.tar.gz",
    ]

    recreate_database()
    shutil.rmtree(media)
    shutil.rmtree(locale)
    tables = run("psql", "--tuples-only", "--dbname", env["DATABASE_URL"], "--command",
                 "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", env=env)  # fmt: skip
    assert tables.stdout.strip() == "0", "the database is empty before the restore"
    run("scripts/restore.sh", str(backup), env=env)

    assert (content(env), files(media), files(locale)) == before


def test_a_damaged_backup_restores_nothing(throwaway_site, tmp_path):
    env, _recreate_database = throwaway_site
    backup = Path(run("scripts/backup.sh", str(tmp_path / "backups"), env=env).stdout.strip())
    before = content(env)
    manage(env, "shell", "--command", "from relations.models import City; City.objects.update(name_de='Geändert')")
    dump = backup / "database.dump"
    data = bytearray(dump.read_bytes())
    data[len(data) // 2] ^= 0xFF
    dump.write_bytes(bytes(data))
    result = run("scripts/restore.sh", str(backup), env=env, check=False)
    assert result.returncode != 0
    after = content(env)
    assert after != before and all(
        item["fields"]["name_de"] == "Geändert" for item in after if item["model"] == "relations.city"
    )
