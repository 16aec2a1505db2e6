import logging
import re
from pathlib import Path

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib.admin.options import TO_FIELD_VAR
from django.contrib.auth import SESSION_KEY
from django.core.exceptions import BadRequest
from django.db import DataError
from django.urls import URLResolver, clear_url_caches, get_resolver
from django.utils.log import log_response
from django.utils.translation.reloader import translation_file_changed

from .errors import DATABASE_UNAVAILABLE, method_not_allowed, service_unavailable

logger = logging.getLogger(__name__)

# /fr/admin/…, /de/admin/…: the admin and the translators' pages inside it.
ADMIN_PATH = re.compile("^/({})/admin/".format("|".join(re.escape(code) for code, _name in settings.LANGUAGES)))


def compiled_catalogues():
    return [path for folder in settings.LOCALE_PATHS for path in Path(folder).glob("*/LC_MESSAGES/*.mo")]


def forget_translated_addresses():
    """Drops what Django keeps of the translated routes (relations/urls.py), per language and for
    the life of the process: the resolvers, the reverse() tables of each resolver and the regular
    expressions of each route. The next request reads the routes in the new catalogues."""
    clear_url_caches()

    def forget(resolver):
        for pattern in resolver.url_patterns:
            getattr(pattern.pattern, "_regex_dict", {}).clear()
            if isinstance(pattern, URLResolver):
                pattern._reverse_dict.clear()
                pattern._namespace_dict.clear()
                pattern._app_dict.clear()
                forget(pattern)

    forget(get_resolver())


def reload_edited_translations(get_response):
    """Picks up catalogues saved in the locale editor without a restart, in every server process.

    Each request looks at the modification times of the compiled catalogues (one stat call per
    catalogue; the catalogues are listed once, when the process starts, as a new language needs a
    new version of the settings anyway); when one changed, the process drops its cached
    translations, as Django's autoreloader does, and its translated addresses.
    """
    catalogues = compiled_catalogues()
    seen = {path: path.stat().st_mtime for path in catalogues}

    def middleware(request):
        changed = False
        for path in catalogues:
            try:
                modified = path.stat().st_mtime
            except OSError:  # being replaced: looked at again on the next request
                continue
            if seen[path] != modified:
                seen[path] = modified
                translation_file_changed(None, file_path=path)
                changed = True
        if changed:
            forget_translated_addresses()
        return get_response(request)

    return middleware


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The site's Content-Security-Policy (settings.CONTENT_SECURITY_POLICY), loosened for the admin
    by settings.ADMIN_CONTENT_SECURITY_POLICY_UPDATE: its widgets need inline styles."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and ADMIN_PATH.match(request.path_info):
            parts.update = {**settings.ADMIN_CONTENT_SECURITY_POLICY_UPDATE, **(parts.update or {})}
        return parts


def body_length(request):
    """The length of the body as the server announced it, as Django's WSGI handler reads it."""
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


# How much of a refused address the log keeps: enough to recognise it, not a whole scan's payload.
LOGGED_PATH_LENGTH = 200


def refuse_malformed_requests(get_response):
    """Answers 400, before any view and without reading any body, to what no reader's or editor's
    browser sends:

    - a NUL character in the address, the query or a cookie: PostgreSQL can neither store nor
      compare one, so it must reach no lookup (the admin's filters and autocompletion included);
    - an empty `_to_field` in the query of an admin page: Django's admin refuses the fields it does
      not allow, but looks an empty name up as a field and fails (the admin site refuses it in the
      bodies of its forms, once it has let the staff member in: limoges_site/admin.py);
    - a body larger than settings.REQUEST_BODY_MAX_BYTES (the proxy's limit);
    - to the admin, from someone not logged in, a body larger than the login form needs
      (settings.ANONYMOUS_ADMIN_BODY_MAX_BYTES): refused before Django parses it into memory or
      temporary files.

    The 400 page is the site's (its handler400, else Django's, with templates/400.html), and each
    refusal is logged as one warning line, without a traceback.
    """

    def refuse(request, reason):
        # An answer, not an exception: Django would log each one with its traceback, and a scan sends
        # hundreds. One line says what was refused and where (escaped by log_response, and cut short).
        response = get_resolver().resolve_error_handler(400)(request, BadRequest(reason))
        path = request.path[:LOGGED_PATH_LENGTH]
        log_response("Bad request (%s): %s", reason, path, response=response, request=request)
        return response

    def middleware(request):
        values = [request.path, *request.COOKIES.values()]
        for name, query_values in request.GET.lists():
            values += [name, *query_values]
        if any("\x00" in value for value in values):
            return refuse(request, "NUL character in the request")
        length = body_length(request)
        if length > settings.REQUEST_BODY_MAX_BYTES:
            return refuse(request, "request body too large")
        if ADMIN_PATH.match(request.path_info):
            if request.GET.get(TO_FIELD_VAR) == "":
                return refuse(request, "empty _to_field")
            # The session is there (SessionMiddleware runs first); the user is looked up only later.
            if length > settings.ANONYMOUS_ADMIN_BODY_MAX_BYTES and SESSION_KEY not in request.session:
                return refuse(request, "request body too large for the login form")
        return get_response(request)

    return middleware


def method_not_allowed_page(get_response):
    """Gives the empty 405 answers of Django's views a page in the reader's language."""

    def middleware(request):
        response = get_response(request)
        if response.status_code == 405 and not response.streaming and not response.content:
            return method_not_allowed(request, response.get("Allow", ""))
        return response

    return middleware


class DatabaseErrorMiddleware:
    """Database errors that are no bug of the site get the answer they call for, in the reader's language.

    - The database out of reach: 503, asking readers to come back in a minute, instead of a 500.
      Each request tries the database again, so the site recovers by itself when it is back (see
      CONN_HEALTH_CHECKS in the settings).
    - Data the database cannot hold, a number out of range sent in an address or a form that did
      not check it (Django's admin lists): 400, like any request the site cannot understand.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_UNAVAILABLE):
            logger.error("Database unavailable: %s", exception)
            return service_unavailable(request)
        # SQLite raises OverflowError where PostgreSQL raises DataError.
        if isinstance(exception, (DataError, OverflowError)):
            raise BadRequest("Data out of the database's range") from exception
        return None
