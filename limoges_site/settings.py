"""Settings for the Limoges international relations site.

Everything that differs between a laptop and production is read from the
environment (see .env.example). With no environment at all the site runs in
development mode on SQLite inside the checkout.
"""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

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

# The site's public address, scheme and host (https://www.limoges.fr), for the links that other
# programs keep: canonical and alternate links, feeds, sitemap, robots.txt, calendars
# (relations/addresses.py). Never the request's Host header: Django checks it against ALLOWED_HOSTS
# without its port, and a wildcard entry accepts any subdomain. In production it defaults to the
# first host name ALLOWED_HOSTS names exactly; in development, unset, links follow the request.
SITE_URL = env.str("SITE_URL", default="").rstrip("/")
_plain_hosts = [host for host in ALLOWED_HOSTS if "*" not in host and not host.startswith(".")]
if not SITE_URL and not DEBUG:
    if not _plain_hosts:
        raise ImproperlyConfigured(
            "Production (DEBUG off) needs SITE_URL (e.g. https://www.limoges.fr): "
            "no entry of ALLOWED_HOSTS is a plain host name to take it from."
        )
    SITE_URL = f"https://{_plain_hosts[0]}"
if SITE_URL:
    _site = urlsplit(SITE_URL)
    if _site.scheme not in ("http", "https") or not _site.hostname or SITE_URL != f"{_site.scheme}://{_site.netloc}":
        raise ImproperlyConfigured(f"SITE_URL is a scheme and a host (https://www.limoges.fr), not {SITE_URL!r}.")
# The host name in the identifiers of calendar entries (iCalendar UIDs): the same whatever address a
# subscriber used, so that an event is never listed twice.
SITE_DOMAIN = urlsplit(SITE_URL).hostname if SITE_URL else next(iter(_plain_hosts), "localhost")
# The city's main site, above the section: the breadcrumb's "Accueil" and "Vie municipale et citoyenneté".
CITY_MAIN_SITE_URL = env.str("CITY_MAIN_SITE_URL", default="https://www.limoges.fr/")
CITY_PARENT_SECTION_URL = env.str("CITY_PARENT_SECTION_URL", default=CITY_MAIN_SITE_URL)

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
    "tinymce",
    "reversion",
    "reversion_compare",
    "axes",
    # Two-factor authentication of the staff: TOTP devices (authenticator apps), recovery codes
    # (static tokens), and the login, enrolment and recovery-code pages of django-two-factor-auth.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "two_factor",
    # The admin's tree view of the pages (drag and drop to move and order them).
    "treebeard",
    "relations",
]

MIDDLEWARE = [
    # The security headers come first, so that every answer carries them, error pages included.
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "relations.middleware.ContentSecurityPolicyMiddleware",
    # Static files are answered here, before anything else runs.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag on the pages and 304 to conditional requests, for cached pages as for fresh ones.
    "django.middleware.http.ConditionalGetMiddleware",
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
    # request.user.is_verified(): whether this session passed the second factor.
    "django_otp.middleware.OTPMiddleware",
    # Staff who must use two-factor authentication reach nothing else in the admin before it.
    "limoges_site.staff_login.two_factor_required",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Axes near the end, as it asks: it turns a locked-out login into its lock-out page.
    "axes.middleware.AxesMiddleware",
    # After the others, so that pages are looked up once the language is known (relations/cache.py).
    "relations.cache.PageCacheMiddleware",
    # Inside the page cache: a page is compressed once, when it is rendered, and cached compressed.
    # (Django pads compressed responses with random bytes against the BREACH attack.)
    "django.middleware.gzip.GZipMiddleware",
    # Last: it sees the view's answer first and turns a 404 at an old address into a 301 to the new
    # one (relations/redirects.py), before a 404 page is compressed for nothing; the page cache
    # above it never stores a 301.
    "relations.redirects.RedirectMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # Counts failed logins and refuses the account after AXES_FAILURE_LIMIT of them.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
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

# The attributing body in the open data on subsidies (SCDL "subventions" format). On a laptop and on
# the demo (DEBUG on) a fictitious SIRET, whose check digit holds, stands in so that the files can be
# tried; in production no subsidy is published until CITY_SIRET is set (`check --deploy` warns).
CITY_NAME = "Ville de Limoges"
DEMO_CITY_SIRET = "00000001800002"
CITY_SIRET = env.str("CITY_SIRET", default=DEMO_CITY_SIRET if DEBUG else "")

# The translators' web editor of the interface catalogues (django-rosetta): open to the
# translators' and administrators' groups; saved catalogues are compiled at once and every
# server process picks them up on its next request (relations.middleware). Its views, in
# relations/locale_editor.py, show only the catalogues of LOCALE_PATHS and refuse translations
# that would break a page or an address (relations/locale_files.py).
# Mail to the staff (the review notifications, relations/workflow.py): printed on the console
# unless EMAIL_URL names a server (smtp+tls://user:password@smtp.example.org:587).
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default=f"webmaster@{SITE_DOMAIN}")
# A translator's change to a live item is online at once (the item has one text per language);
# with this on, it is also put in the publishers' review queue, to be read and approved or sent back.
REVIEW_LIVE_TRANSLATIONS = env.bool("REVIEW_LIVE_TRANSLATIONS", default=True)

ROSETTA_ACCESS_CONTROL_FUNCTION = "relations.roles.can_edit_locale_files"
ROSETTA_MESSAGES_SOURCE_LANGUAGE_CODE = "en"
ROSETTA_MESSAGES_SOURCE_LANGUAGE_NAME = "English"
# The admin home links to the locale editor itself (templates/admin/index.html), once.
ROSETTA_SHOW_AT_ADMIN_PANEL = False
ROSETTA_ENABLE_TRANSLATION_SUGGESTIONS = False
ROSETTA_POFILE_WRAP_WIDTH = 79

LOGIN_URL = "admin:login"

# Password guessing: after 5 failed logins for one user name from one address, that pair is locked out
# for 15 minutes; after 5 failed logins from one address, whatever the user names, that address is.
# Never the user name alone: anyone could then lock any staff member out from everywhere. A wrong
# second-factor code counts as a failed login. A successful login clears the counts (django-axes).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_CALLABLE = "limoges_site.admin.login_locked_out"
# Behind the reverse proxy (deploy/nginx.conf) every request comes from the proxy's address. nginx
# puts the reader's address, alone, in X-Forwarded-For (it never appends to what the reader sent, and
# with proxies before it, it takes the address they give: docs/deployment.md); AXES_PROXY_COUNT=1
# says it is there, and django-ipware then reads that one address.
AXES_IPWARE_PROXY_COUNT = None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if env.int("AXES_PROXY_COUNT", default=0) else ["REMOTE_ADDR"]
)

# Two-factor authentication (django-otp, django-two-factor-auth): administrators and editors must
# use it (limoges_site/admin.py); a password is enough for translators, who may add it. Authenticator
# apps show the site's host name next to the codes.
# Nobody reads a colleague's authenticator secret (or its QR code) in the admin's device pages.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# The rich-text editor of the bodies (TinyMCE, served from our own static files). Its toolbar offers
# only what the site's allow-list keeps (relations/rich_text.py), so what an editor sees is what is saved.
TINYMCE_JS_URL = "tinymce/tinymce.min.js"
TINYMCE_COMPRESSOR = False
TINYMCE_DEFAULT_CONFIG = {
    "height": 420,
    "menubar": False,
    "promotion": False,
    "branding": False,
    "license_key": "gpl",
    "plugins": "lists link image autolink table",
    "toolbar": "undo redo | blocks | bold italic | bullist numlist blockquote | link image table | removeformat",
    "block_formats": "Paragraph=p; Heading 2=h2; Heading 3=h3; Heading 4=h4",
    "valid_elements": (
        "p[lang],h2,h3,h4,ul,ol,li,strong/b,em/i,blockquote[lang],br,a[href|hreflang|lang],img[src|alt|width|height],"
        "table,caption,thead,tbody,tr,th[scope|colspan|rowspan],td[colspan|rowspan]"
    ),
    # Tables for data only, with a caption and header cells that say what they head (RGAA), and no
    # presentation: the site's style sheet draws them.
    "table_toolbar": "tableprops tabledelete | tableinsertrowbefore tableinsertrowafter tabledeleterow | "
    "tableinsertcolbefore tableinsertcolafter tabledeletecol | tablecellprops tablerowheader tablecolheader",
    "table_appearance_options": False,
    "table_advtab": False,
    "table_cell_advtab": False,
    "table_row_advtab": False,
    "table_use_colgroups": False,
    "table_header_type": "sectionCells",
    "table_default_attributes": {},
    "table_default_styles": {},
    "table_resize_bars": False,
    "object_resizing": "img",
    # The link dialog offers the site's own pages and documents (link_list, set in relations/admin.py).
    "link_title": False,
    "invalid_styles": "color font-size font-family background background-color",
    "paste_as_text": False,
    "link_default_protocol": "https",
    "link_assume_external_targets": "https",
    "image_dimensions": True,
    "image_description": True,
    "relative_urls": False,
    "convert_urls": True,
    "remove_script_host": True,
    "entity_encoding": "raw",
}
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
    # S3Storage, with a year-long Cache-Control on the renditions (limoges_site/storage_backends.py).
    STORAGES["default"] = {"BACKEND": "limoges_site.storage_backends.MediaStorage"}
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
            # django-redis rather than Django's own backend: it keeps one Redis client per process,
            # where Django's makes a new one for every call (0.1 ms, a third of a cached page's cost).
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env.str("CACHE_KEY_PREFIX", default="limoges"),
            # A Redis that does not answer must not hold requests up: pages are then served uncached.
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# How long anonymous pages stay in the page cache (relations/cache.py); 0 turns it off. Any edit
# renews them at once, through the shared cache. Without Redis the cache is this process's memory:
# right for the development server (one process), but several production processes would each keep
# their own copies and miss the edits made through the others, so there it is off unless asked for.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600 if REDIS_URL or DEBUG else 0)
# Parts of pages that are the same for every reader (the menus and footer, the charts) kept in the
# shared cache under the content generation, so that a page rendered afresh (the page cache off, a
# signed-in editor, a search, the first reader after an edit) does not build them again
# (relations/cache.py: shared_fragment). Only where the cache is shared by every process, as for the page cache.
FRAGMENT_CACHE = env.bool("FRAGMENT_CACHE", default=bool(REDIS_URL or DEBUG))
# How long browsers and a CDN may keep an anonymous page without asking again.
PAGE_MAX_AGE_SECONDS = env.int("PAGE_MAX_AGE_SECONDS", default=60)
# How many query-string variants of one address the page cache keeps (searches, unknown views'
# parameters): a flood of made-up query strings cannot fill the cache.
PAGE_CACHE_VARIANTS = env.int("PAGE_CACHE_VARIANTS", default=50)

# Uploaded media are served by Django itself only on a single machine without a web server or
# object storage in front (development; make serve-prod has nginx serve them).
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=DEBUG)

# The image library's limits (relations/images.py): file size, pixels, and the memory the decoded
# pixels take (a 16-bit PNG takes twice as much as an 8-bit one), both checked before decoding.
IMAGE_MAX_UPLOAD_BYTES = env.int("IMAGE_MAX_UPLOAD_BYTES", default=10 * 1024 * 1024)
IMAGE_MAX_PIXELS = env.int("IMAGE_MAX_PIXELS", default=40_000_000)
IMAGE_MAX_DECODED_BYTES = env.int("IMAGE_MAX_DECODED_BYTES", default=160_000_000)
# The document library's limit (relations/documents.py): the size of a PDF, ODT, ODS, DOCX or XLSX file.
DOCUMENT_MAX_UPLOAD_BYTES = env.int("DOCUMENT_MAX_UPLOAD_BYTES", default=10 * 1024 * 1024)
# Request bodies: the largest image or document with its form around it. The site refuses larger bodies before
# reading them (relations/middleware.py) and so does the proxy in front (`manage.py nginx_config`
# writes this limit into its configuration). Form fields without files: 5 MB (rich-text bodies in
# three languages). An uploaded file up to the image limit stays in memory; nothing of a request
# is written to the disk before it is checked. The admin uploads one image per form.
REQUEST_BODY_MAX_BYTES = env.int(
    "REQUEST_BODY_MAX_BYTES", default=max(IMAGE_MAX_UPLOAD_BYTES, DOCUMENT_MAX_UPLOAD_BYTES) + 2 * 1024 * 1024
)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 5
FILE_UPLOAD_MAX_MEMORY_SIZE = max(IMAGE_MAX_UPLOAD_BYTES, DOCUMENT_MAX_UPLOAD_BYTES)
# Anonymous requests to the admin post nothing but the login form: a few hundred bytes.
ANONYMOUS_ADMIN_BODY_MAX_BYTES = 16 * 1024

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
# Load balancers probe the app servers directly, over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
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
    # django-axes logs every login at INFO; failures and lock-outs come as warnings.
    "loggers": {"axes": {"level": "WARNING"}},
}
