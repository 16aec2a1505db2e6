import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
READ_SETTINGS = (
    "import django; django.setup(); from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
)


def start_with(script=READ_SETTINGS, **environment):
    unrelated = ("SECRET_KEY", "ALLOWED_HOSTS", "DEBUG", "DATABASE_URL", "REDIS_URL", "PAGE_CACHE_SECONDS")
    env = {key: value for key, value in os.environ.items() if key not in unrelated and not key.startswith("AWS_")}
    env.update(DJANGO_SETTINGS_MODULE="limoges_site.settings", **environment)
    return subprocess.run([sys.executable, "-c", script], cwd=PROJECT, env=env, capture_output=True, text=True)


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


READ_CACHES = (
    "import django; django.setup(); from django.conf import settings; "
    "print(settings.CACHES['default']['BACKEND'], settings.PAGE_CACHE_SECONDS)"
)


def test_the_page_cache_is_shared_in_redis_in_memory_for_development_and_off_in_production_without_redis():
    assert start_with(READ_CACHES).stdout.split() == ["django.core.cache.backends.locmem.LocMemCache", "600"]
    production = dict(DEBUG="false", SECRET_KEY="k3y-" * 20, ALLOWED_HOSTS="www.limoges.fr")
    assert start_with(READ_CACHES, **production).stdout.split() == [
        "django.core.cache.backends.locmem.LocMemCache",
        "0",
    ]
    with_redis = start_with(READ_CACHES, REDIS_URL="redis://127.0.0.1:6379/0").stdout.split()
    assert with_redis == ["django_redis.cache.RedisCache", "600"]
    turned_off = start_with(READ_CACHES, REDIS_URL="redis://127.0.0.1:6379/0", PAGE_CACHE_SECONDS="0")
    assert turned_off.stdout.split()[1] == "0"


def test_media_go_to_object_storage_when_a_bucket_is_named():
    script = (
        "import django; django.setup(); from django.core.files.storage import storages; "
        "print(type(storages['default']).__name__, storages['default'].url('images/2026/11/plzen.jpg'))"
    )
    assert start_with(script).stdout.split()[0] == "FileSystemStorage"
    result = start_with(script, AWS_STORAGE_BUCKET_NAME="limoges-media", AWS_S3_CUSTOM_DOMAIN="media.limoges.example")
    # Plain addresses on the CDN's host: signed ones would expire inside cached pages.
    expected = ["MediaStorage", "https://media.limoges.example/images/2026/11/plzen.jpg"]
    assert result.stdout.split() == expected, result.stderr


def test_production_serves_static_files_fingerprinted_and_compressed():
    script = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.STORAGES['staticfiles']['BACKEND'])"
    )
    result = start_with(script, DEBUG="false", SECRET_KEY="k3y-" * 20, ALLOWED_HOSTS="www.limoges.fr")
    assert result.stdout.strip() == "whitenoise.storage.CompressedManifestStaticFilesStorage", result.stderr


def test_behind_the_proxy_login_lock_outs_count_the_reader_address_it_passes_on():
    script = (
        "import django; django.setup(); from django.test import RequestFactory; "
        "from axes.helpers import get_client_ip_address; "
        "print(get_client_ip_address(RequestFactory().get('/', REMOTE_ADDR='127.0.0.1', "
        "HTTP_X_FORWARDED_FOR='203.0.113.7')))"
    )
    # Without a proxy, the header is whatever the reader chose to send.
    assert start_with(script).stdout.split() == ["127.0.0.1"]
    behind_nginx = start_with(script, AXES_PROXY_COUNT="1")
    assert behind_nginx.stdout.split() == ["203.0.113.7"], behind_nginx.stderr
