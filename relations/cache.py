"""The page cache: anonymous readers get the public pages from the shared cache, and any change
of content is visible on the next request, on every app server.

Every cached page is stored with the "content generation" it was rendered under, a random token
kept in the shared cache (Redis in production). Saving or deleting anything of the section, or
saving an interface catalogue in the locale editor, replaces the token once the change is
committed: every server then finds its cached pages out of date and renders them afresh. The
token and the page are read together, in one round trip to the cache.

A page is kept no longer than until the next scheduled item goes live or expires, so that
scheduled content appears and disappears on time without anyone touching it.

Pages are cached only for readers who are not signed in: staff (who see drafts at the public
addresses) are never served a cached page and their pages are never stored. A session cookie that
belongs to nobody (made up, or expired) counts for nothing.

A page is stored under the query parameters its view says it reads (`query_parameters`), the
others being ignored, so that `?utm_source=…` or random parameters cannot fill the cache; views
that say nothing are stored under their whole query string, with at most PAGE_CACHE_VARIANTS
such variants per address and content generation. A cache that fails
(Redis down) is logged and skipped: the pages are rendered as if the cache were off.
"""

import hashlib
import logging
import math
import uuid

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Min, Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import QueryDict
from django.middleware.gzip import re_accepts_gzip
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, cc_delim_re, patch_cache_control, set_response_etag
from django.utils.deprecation import MiddlewareMixin
from django.utils.translation import get_language
from rosetta.signals import post_save as catalogue_saved

from .addresses import absolute_url
from .images import renditions_changed
from .models import Content, MenuEntry, PublicationStatus

logger = logging.getLogger(__name__)

GENERATION_KEY = "content-generation"
# (generation, when the next scheduled item goes live or expires): see start_new_content_generation.
NEXT_CHANGE_KEY = "content-next-scheduled-change"
# (generation, when it expires, the frame): see page_frame and shared_fragment.
FRAME_KEY = "fragment.page-frame"
# How long a shared fragment is kept when the page cache is off (otherwise: PAGE_CACHE_SECONDS).
FRAGMENT_SECONDS = 600


def content_generation():
    """The token of the current content. A random token, not a counter, so that a cache emptied
    or evicted can never bring back pages stored under an older value."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, generation, timeout=None):
            generation = cache.get(GENERATION_KEY, generation)  # another server set it first
    return generation


def start_new_content_generation():
    """A new token, stored with the moment the next scheduled item goes live or expires: the edit
    works it out (one query), not the first reader of every page after it."""
    generation = uuid.uuid4().hex
    entries = {GENERATION_KEY: generation}
    try:
        moment = first_scheduled_change()
        entries[NEXT_CHANGE_KEY] = (generation, moment)
        if settings.FRAGMENT_CACHE:
            entries[FRAME_KEY] = (generation, moment, MenuEntry.objects.frame())
    except Exception:  # the database is down: the first page stored will work it out
        logger.warning("The next scheduled change could not be worked out.", exc_info=True)
    try:
        cache.set_many(entries, timeout=None)
    except Exception:
        logger.exception("The page cache could not be invalidated: pages may stay stale for PAGE_CACHE_SECONDS.")


def content_changed(sender, using=None, **kwargs):
    # After the commit: a page rendered meanwhile from the old rows must not be kept under the new token.
    transaction.on_commit(start_new_content_generation, using=using)


def renditions_replaced(sender, **kwargs):
    # Not deferred to a commit: the renditions are made once the image's save is committed, and
    # their files are already in place when this is sent.
    start_new_content_generation()


def watch_content_changes():
    """Called once from RelationsConfig.ready(): any row of the section written or deleted
    (admin, imports, load_demo, shell), any image given new renditions, and any catalogue saved
    in the locale editor."""
    for model in apps.get_app_config("relations").get_models():
        post_save.connect(content_changed, sender=model)
        post_delete.connect(content_changed, sender=model)
        for field in model._meta.many_to_many:
            m2m_changed.connect(content_changed, sender=field.remote_field.through)
    renditions_changed.connect(renditions_replaced)
    catalogue_saved.connect(content_changed)


def first_scheduled_change():
    """When the next published item goes live or expires (None if none is scheduled): a page stored
    now must not outlive that moment, so that scheduled content shows and leaves on time. One query
    for every type: the union of each type's earliest moments."""
    now = timezone.now()
    per_type = [
        model.objects.filter(status=PublicationStatus.PUBLISHED)
        .order_by()
        .values("status")
        .annotate(
            goes_live=Min("publish_from", filter=Q(publish_from__gt=now)),
            expires=Min("publish_until", filter=Q(publish_until__gt=now)),
        )
        .values_list("goes_live", "expires")
        for model in apps.get_app_config("relations").get_models()
        if issubclass(model, Content)
    ]
    return min((moment for row in per_type[0].union(*per_type[1:], all=True) for moment in row if moment), default=None)


def next_scheduled_change(generation, known=None):
    """The next scheduled change, as stored with the generation (`known`, read with the page) while
    it is the generation's and still ahead; worked out again and stored otherwise (the cache was
    emptied, or the moment has come)."""
    if known is not None:
        known_generation, moment = known
        if known_generation == generation and (moment is None or moment > timezone.now()):
            return moment
    moment = first_scheduled_change()
    cache.set(NEXT_CHANGE_KEY, (generation, moment), timeout=None)
    return moment


def page_frame():
    """What every page shows around its content (MenuEntry.objects.frame()): the menus and the
    accessibility statement's conformity line. The edit builds it (one query, in
    start_new_content_generation) and pages rendered afterwards read it with no query."""
    return shared_fragment(FRAME_KEY, MenuEntry.objects.frame)


def shared_fragment(key, build):
    """A part of the pages that is the same for every reader (the frame, a chart), kept in the shared
    cache under the content generation until the next scheduled item goes live or expires: built
    once after each edit, for every page and every server, rather than on each render. Also with
    the page cache off, where the cache is shared (settings.FRAGMENT_CACHE); built each time
    otherwise, or when the cache fails."""
    if not settings.FRAGMENT_CACHE:
        return build()
    try:
        found = cache.get_many([GENERATION_KEY, NEXT_CHANGE_KEY, key])
        generation = found.get(GENERATION_KEY) or content_generation()
        stored_generation, expires, value = found.get(key, (None, None, None))
        if stored_generation == generation and (expires is None or expires > timezone.now()):
            return value
        expires = next_scheduled_change(generation, found.get(NEXT_CHANGE_KEY))
    except Exception as error:
        logger.warning("Shared cache unavailable, %s built afresh: %r", key, error)
        return build()
    value = build()
    try:
        # Never longer than a cached page: a change written without a save (SQL, update()) shows as soon.
        cache.set(key, (generation, expires, value), timeout=settings.PAGE_CACHE_SECONDS or FRAGMENT_SECONDS)
    except Exception as error:
        logger.warning("Shared cache unavailable, %s not stored: %r", key, error)
    return value


def page_lifetime(generation, known=None):
    lifetime = settings.PAGE_CACHE_SECONDS
    change = next_scheduled_change(generation, known)
    if change is not None:
        lifetime = min(lifetime, math.ceil((change - timezone.now()).total_seconds()))
    return max(lifetime, 1)


def page_cache_exempt(view):
    """Marks a view whose responses the page cache never looks up nor stores (health checks)."""
    view.page_cache_exempt = True
    return view


def is_signed_in(request):
    # Most readers send no session cookie: their requests never load a session. A cookie that
    # names no session (made up, expired) leaves the reader anonymous, served from the cache.
    user = getattr(request, "user", None)
    return settings.SESSION_COOKIE_NAME in request.COOKIES and user is not None and user.is_authenticated


def query_read_by_the_page(request, view_func=None):
    """The part of the query string the page's view reads (it says which in `query_parameters`),
    or the whole query string when its view says nothing. Links that keep the query (language
    switcher, canonical address, pagination) keep only this part, so that one cached page serves
    every address that differs only in parameters nobody reads."""
    if view_func is None:
        view_func = request.resolver_match.func if request.resolver_match else None
    # A class-based view says it on its class, a function view on itself.
    parameters = getattr(getattr(view_func, "view_class", view_func), "query_parameters", None)
    if parameters is None:
        return request.GET
    kept = QueryDict(mutable=True)
    for name in sorted(set(parameters) & set(request.GET)):
        kept.setlist(name, request.GET.getlist(name))
    return kept


def is_public(request, response):
    """Whether the response is the same for every anonymous reader and may be shared."""
    session = getattr(request, "session", None)
    return (
        request.method in ("GET", "HEAD")
        and response.status_code == 200
        and not response.streaming
        and not response.has_header("Cache-Control")  # the view decided for itself
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a form with a token of its own
        and not (session is not None and session.modified)
    )


def page_key(request, view_func):
    """The page's address (scheme, host, path and the query it reads), its language, and whether
    the reader takes it compressed (GZipMiddleware's own rule). The scheme and host are those its
    links name (relations/addresses.py): with SITE_URL, one entry serves every Host header."""
    compressed = bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))
    address = absolute_url(request, request.path) + "?" + query_read_by_the_page(request, view_func).urlencode()
    page = f"{get_language()} {compressed} {address}"
    return "page." + hashlib.md5(page.encode(), usedforsecurity=False).hexdigest()


def may_store_variant(request, generation):
    """Whether one more variant of this address (another query string) may be stored: at most
    PAGE_CACHE_VARIANTS per address, language and content generation. The bare address always may."""
    if not request.META.get("QUERY_STRING"):
        return True
    variant = f"{generation} {get_language()} {request.path}"
    counter = "page-variants." + hashlib.md5(variant.encode(), usedforsecurity=False).hexdigest()
    cache.add(counter, 0, settings.PAGE_CACHE_SECONDS)
    return cache.incr(counter) <= settings.PAGE_CACHE_VARIANTS


def varies_only_with_compression(response):
    varies = {header.strip().lower() for header in cc_delim_re.split(response.get("Vary", "")) if header.strip()}
    return varies <= {"accept-encoding"}


class PageCacheMiddleware(MiddlewareMixin):
    """Serves and stores anonymous public pages; sets their Cache-Control and ETag headers.

    Last in MIDDLEWARE: the lookup runs once the language is active, and a cached page goes out
    through the same middleware as a fresh one (which add their own headers to both).
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        if (
            not settings.PAGE_CACHE_SECONDS
            or request.method != "GET"
            or getattr(view_func, "page_cache_exempt", False)
            or is_signed_in(request)
        ):
            return None
        key = page_key(request, view_func)
        try:
            found = cache.get_many([GENERATION_KEY, NEXT_CHANGE_KEY, key])
            generation = found.get(GENERATION_KEY) or content_generation()
            stored_generation, response = found.get(key, (None, None))
        except Exception as error:
            logger.warning("Page cache unavailable, %s served uncached: %r", request.path, error)
            return None
        if stored_generation == generation:
            return response
        request.page_cache_entry = (key, generation, found.get(NEXT_CHANGE_KEY))  # stored on the way out
        return None

    def process_response(self, request, response):
        if is_signed_in(request):
            if not response.has_header("Cache-Control"):
                add_never_cache_headers(response)
            return response
        if not is_public(request, response):
            return response
        patch_cache_control(response, public=True, max_age=settings.PAGE_MAX_AGE_SECONDS)
        # The feeds are written in hundreds of small pieces, which the server would send one by one.
        response.content = response.content
        if not response.has_header("ETag"):
            set_response_etag(response)  # once, before storing, rather than on every hit
        entry = getattr(request, "page_cache_entry", None)
        # A response that varies with another request header would need it in its key: not stored.
        if entry and varies_only_with_compression(response):
            key, generation, next_change = entry
            try:
                if may_store_variant(request, generation):
                    cache.set(key, (generation, response), page_lifetime(generation, next_change))
            except Exception as error:
                logger.warning("Page cache unavailable, %s not stored: %r", request.path, error)
        return response
