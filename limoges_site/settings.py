"""Settings for the Limoges international relations site.

Everything that differs between a laptop and production is read from the
environment (see .env.example). With no environment at all the site runs in
development mode on SQLite inside the checkout.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DEBUG", default=True)

# The development key only ever serves a laptop: production refuses to start with it.
DEVELOPMENT_SECRET_KEY = "development-only-key-not-for-production"
SECRET_KEY = env.str("SECRET_KEY", default=DEVELOPMENT_SECRET_KEY)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])

if not DEBUG:
    if SECRET_KEY == DEVELOPMENT_SECRET_KEY or len(SECRET_KEY) < 50:
        raise ImproperlyConfigured("Production (DEBUG off) needs a real SECRET_KEY of at least 50 characters.")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("Production (DEBUG off) needs ALLOWED_HOSTS.")

INSTALLED_APPS = [
    # modeltranslation must come before the admin so that its admin classes win.
    "modeltranslation",
    "limoges_site.admin.LimogesAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_countries",
    "django_filters",
    "rosetta",
    "relations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files are answered here, before anything else runs.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag on the pages and 304 to conditional requests, for cached pages as for fresh ones.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Before LocaleMiddleware: reloading the catalogues resets the active language.
    "relations.middleware.reload_edited_translations",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # After the others, so that pages are looked up once the language is known (relations/cache.py).
    "relations.cache.PageCacheMiddleware",
    # Inside the page cache: a page is compressed once, when it is rendered, and cached compressed.
    # (Django pads compressed responses with random bytes against the BREACH attack.)
    "django.middleware.gzip.GZipMiddleware",
]

ROOT_URLCONF = "limoges_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "limoges_site.wsgi.application"

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = True
# Each server process keeps its database connection between requests (checked before reuse).
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0 if DEBUG else 60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: French is the source language of all content; German and English
# are translations that fall back to French where they are missing.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", _("French")),
    ("de", _("German")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Paris"
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "fr"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("fr",)
# Read by modeltranslation's tabbed admin; shipped with the project so that the admin
# makes no request to another host.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# The attributing body in the open data on subsidies (SCDL "subventions" format).
CITY_NAME = "Ville de Limoges"
CITY_SIRET = env.str("CITY_SIRET", default="")

# The translators' web editor of the interface catalogues (django-rosetta): open to the
# translators' and administrators' groups; saved catalogues are compiled at once and every
# server process picks them up on its next request (relations.middleware).
ROSETTA_ACCESS_CONTROL_FUNCTION = "relations.roles.can_edit_locale_files"
ROSETTA_MESSAGES_SOURCE_LANGUAGE_CODE = "en"
ROSETTA_MESSAGES_SOURCE_LANGUAGE_NAME = "English"
ROSETTA_SHOW_AT_ADMIN_PANEL = True
ROSETTA_ENABLE_TRANSLATION_SUGGESTIONS = False
ROSETTA_POFILE_WRAP_WIDTH = 79

LOGIN_URL = "admin:login"

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
MEDIA_URL = "media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # In production, collectstatic writes fingerprinted copies (site.3f2a….css) with gzip and
    # brotli versions, which WhiteNoise serves with far-future cache headers.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# In development (and tests) WhiteNoise reads the static folders themselves; in production, STATIC_ROOT.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

# Uploaded media on S3-compatible object storage, shared by every app server (docs/deployment.md).
# The credentials come from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY), read by boto3.
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = env.str("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env.str("AWS_S3_REGION_NAME", default=None)
    # The host (a CDN) that serves the bucket's files to readers.
    AWS_S3_CUSTOM_DOMAIN = env.str("AWS_S3_CUSTOM_DOMAIN", default=None)
    # Plain addresses: signed ones would expire inside cached pages.
    AWS_QUERYSTRING_AUTH = False
    # Two images of the same name must not overwrite each other (as on the file system).
    AWS_S3_FILE_OVERWRITE = False

# The cache shared by every app server: Redis when REDIS_URL is set, this process's memory otherwise.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's Redis backend, with its client kept between calls (limoges_site/cache_backends.py).
            "BACKEND": "limoges_site.cache_backends.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="limoges"),
            # A Redis that does not answer must not hold requests up: pages are then served uncached.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# How long anonymous pages stay in the page cache (relations/cache.py); 0 turns it off. Any edit
# renews them at once, through the shared cache: without Redis, each process would keep its own
# copies and miss the edits made through the others, so the page cache is off unless asked for.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600 if REDIS_URL else 0)
# How long browsers and a CDN may keep an anonymous page without asking again.
PAGE_MAX_AGE_SECONDS = env.int("PAGE_MAX_AGE_SECONDS", default=60)

# Uploaded media are served by Django itself only on a single machine without a web server or
# object storage in front (development, make serve-prod).
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=DEBUG)

# Uploaded images stay within what a municipal editor needs; larger requests are refused.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}
