"""Settings for the Limoges international relations site.

Everything that differs between a laptop and production is read from the
environment (see .env.example). With no environment at all the site runs in
development mode on SQLite inside the checkout.
"""

from pathlib import Path

import environ
from csp.constants import NONE, SELF, UNSAFE_INLINE
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
    # The security headers come first, so that every answer carries them, error pages included.
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "relations.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Before LocaleMiddleware: reloading the catalogues resets the active language.
    "relations.middleware.reload_edited_translations",
    "django.middleware.locale.LocaleMiddleware",
    # After LocaleMiddleware, so that their pages speak the reader's language.
    "relations.middleware.refuse_malformed_requests",
    "relations.middleware.method_not_allowed_page",
    "relations.middleware.DatabaseErrorMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
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
# Connections are kept between requests, and checked before reuse: after a database outage
# every process reconnects by itself, with no restart.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
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

# Uploaded images stay within what a municipal editor needs; larger requests are refused.
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Security. `python manage.py check --deploy` reports nothing with the production defaults below.
# Cookies travel over HTTPS only in production.
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
# Plain HTTP is redirected to HTTPS. Behind a proxy that terminates TLS, the proxy says which
# scheme the reader used, e.g. SECURE_PROXY_SSL_HEADER=HTTP_X_FORWARDED_PROTO,https (and the
# proxy must overwrite that header on every request).
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_PROXY_SSL_HEADER = env.tuple("SECURE_PROXY_SSL_HEADER", default=None)
# Browsers remember for a year that the site is HTTPS only (sent on HTTPS answers only).
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 365 * 24 * 3600)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
if not SECURE_HSTS_PRELOAD:
    # Entering the browsers' preload list binds the whole domain (limoges.fr and every subdomain
    # of the city): that is the city IT department's decision, not this section's.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# No page of the site loads a script, a style sheet, an image or a font from another host, and
# no script or style is written inside a page: public pages are the same for every reader (and
# cacheable), so they need no nonce.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The admin's widgets and rich-text editor set style attributes and show pasted or dropped
# images as data: and blob: addresses; its scripts stay as strict as the public pages'.
ADMIN_CONTENT_SECURITY_POLICY_UPDATE = {"style-src": [UNSAFE_INLINE], "img-src": ["data:", "blob:"]}
# Features no page of the section uses are switched off for it and anything it could embed.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}
