"""Addresses that never die: every address an object had, in each language, leads to its current one.

- Recording: when an object of the section with a public address is saved (admin, import,
  load_demo, shell), its address in each language is compared before and after the save; each
  that changed becomes a redirect (relations.models.Redirect): a new slug, a German or English
  slug replacing the French one that stood in, a page moved in the tree, with the pages below it.
  The models are read from the app registry, so a new kind of content is covered with nothing to add.
- Serving: RedirectMiddleware answers a public GET that found nothing (404) with a 301 to the new
  address, keeping the query string, and counts the hit. Pages that exist never reach the lookup.
  A redirect of the address itself wins over a prefix redirect (a whole part of the site moved,
  recorded by the locale editor), and a longer prefix over a shorter one.
"""

import logging

from django.conf import settings
from django.db.models import F, Q
from django.db.models.signals import post_save, pre_save
from django.http import HttpResponsePermanentRedirect
from django.utils import timezone
from django.utils.cache import patch_cache_control

from .cache import is_signed_in
from .errors import DATABASE_UNAVAILABLE, service_unavailable
from .models import Redirect
from .models.redirects import addresses_of, models_with_addresses

logger = logging.getLogger(__name__)


def addresses_below(obj):
    """The addresses of the objects whose address is built on this one's (a page's descendants)."""
    descendants = getattr(obj, "descendants", None)
    return [(type(item), item.pk, addresses_of(item)) for item in descendants()] if descendants else []


def address_snapshot(obj):
    """The object's addresses and those below it, to compare after a change."""
    return addresses_of(obj), addresses_below(obj)


def record_moves(snapshot, obj):
    """Each address of the snapshot that changed since redirects to the new one; an address taken
    (again) by the object redirects no more."""
    before, below = snapshot
    now = addresses_of(obj)
    Redirect.objects.filter(old_path__in=now.values()).delete()
    moved = [(before, now)]
    for model, pk, addresses in below:
        item = model._default_manager.filter(pk=pk).first()
        if item is not None:
            moved.append((addresses, addresses_of(item)))
    for old, new in moved:
        for code, old_path in old.items():
            new_path = new.get(code)
            if new_path and new_path != old_path:
                Redirect.objects.record(old_path, new_path)


def remember_addresses(sender, instance, **kwargs):
    """Before a save: the object's addresses as saved (those below it only when they will change)."""
    saved = sender._default_manager.filter(pk=instance.pk).first() if instance.pk is not None else None
    before = addresses_of(saved) if saved is not None else {}
    below = addresses_below(saved) if before and before != addresses_of(instance) else []
    instance._addresses_before_save = (before, below)


def record_changed_addresses(sender, instance, **kwargs):
    record_moves(getattr(instance, "_addresses_before_save", ({}, [])), instance)


def watch_address_changes():
    """Called once from RelationsConfig.ready()."""
    for model in models_with_addresses():
        pre_save.connect(remember_addresses, sender=model)
        post_save.connect(record_changed_addresses, sender=model)


def prefixes_of(path):
    """The path and the addresses above it that end in a slash: /de/a/b/c → /de/, /de/a/, /de/a/b/."""
    parts = path.split("/")
    return ["/".join(parts[:end]) + "/" for end in range(2, len(parts))]


class RedirectMiddleware:
    """Sends readers of an old address to the new one, with a 301.

    Last in MIDDLEWARE: it sees the view's answer first, and only a 404 costs a query (on the
    unique index of the old paths), plus one UPDATE to count a hit. The page cache stores only
    200s, so every hit is counted; the 301 goes out through the page cache middleware, which marks
    it uncacheable for staff. For the public it may be kept PAGE_MAX_AGE_SECONDS, like a page, no
    longer: browsers keep a 301 without a lifetime for good, and an address changed back must
    stop redirecting.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        path = request.path
        # /de/artikel/alt and /de/artikel/alt/ in the same query, as CommonMiddleware would add the slash.
        candidates = [path, f"{path}/"] if settings.APPEND_SLASH and not path.endswith("/") else [path]
        try:
            found = sorted(
                Redirect.objects.filter(
                    Q(old_path__in=candidates) | Q(old_path__in=prefixes_of(path), prefix=True)
                ).values_list("old_path", "pk", "new_path", "prefix"),
                # The address itself first, then with its slash, then the longest prefix.
                key=lambda row: (row[0] != path, row[0] not in candidates, -len(row[0])),
            )
            if not found:
                return response
            old_path, pk, new_path, prefix = found[0]
            if old_path not in candidates:
                new_path += path[len(old_path) :]
            if new_path == path or (prefix and new_path.startswith(old_path)):
                return response  # a row written around the admin's checks must not send readers round in circles
            Redirect.objects.filter(pk=pk).update(hits=F("hits") + 1, last_hit_at=timezone.now())
        except DATABASE_UNAVAILABLE as error:
            logger.error("Database unavailable: %s", error)
            return service_unavailable(request)
        query = request.META.get("QUERY_STRING", "")
        if query:
            new_path += ("&" if "?" in new_path else "?") + query
        redirect = HttpResponsePermanentRedirect(new_path)
        if not is_signed_in(request):
            patch_cache_control(redirect, public=True, max_age=settings.PAGE_MAX_AGE_SECONDS)
        return redirect
