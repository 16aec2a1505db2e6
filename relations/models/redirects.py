"""Old addresses of the section and where they lead now: no address the site ever gave out dies.

The site records a redirect by itself whenever an object's address changes in a language (a new
slug, a translation replacing the French slug that stood in, a page moved in the tree: see
relations/redirects.py); staff add their own in the admin (the addresses of a former site).

A model of our own rather than ``django.contrib.redirects``: that one needs ``django.contrib.sites``
(a table, a SITE_ID and a lookup of the current site) for a section served on one site only, and
has neither a hit counter nor the checks this site needs (no loops, no redirect of a live address).
Its model is a pair of paths too; the language is the first segment of the old path, as in every
address of the site (/de/artikel/alt/), so a redirect is per language without a column of its own.

A prefix redirect moves a whole part of the site: /de/partnerstaedte/ → /de/staedte/ sends
/de/partnerstaedte/fuerth/?x=1 to /de/staedte/fuerth/?x=1. The locale editor records one when a
translator changes a translated address part (relations/locale_editor.py).
"""

import re

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Value
from django.db.models.functions import Concat, Substr
from django.urls import NoReverseMatch, Resolver404, resolve
from django.utils import translation
from django.utils.translation import gettext_lazy as _

LANGUAGE_PREFIX = re.compile("^/({})/".format("|".join(re.escape(code) for code, _name in settings.LANGUAGES)))

LOOP_MESSAGE = _("This redirect would lead back to its own old address: readers would go round in circles.")


def models_with_addresses():
    """The section's models whose objects have a public address (get_absolute_url), from the registry."""
    return [model for model in apps.get_app_config("relations").get_models() if hasattr(model, "get_absolute_url")]


def addresses_of(obj):
    """The object's address in each language: {"fr": "/fr/articles/x/", "de": "/de/artikel/x/", …}."""
    addresses = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            try:
                addresses[code] = obj.get_absolute_url()
            except NoReverseMatch:
                continue
    return addresses


def is_live_address(path):
    """Whether the path is an address of the site now: a list, a feed, or the current address of
    an object (published or not) in the path's language."""
    prefix = LANGUAGE_PREFIX.match(path)
    if prefix is None:
        return False
    with translation.override(prefix[1]):
        try:
            match = resolve(path)
        except Resolver404:
            return False
        if not {"slug", "path"} & set(match.kwargs):
            return True
        # An object's own slug ends its address (a page's below those of its ancestors).
        slug = path.rstrip("/").rsplit("/", 1)[-1]
        return any(
            obj.get_absolute_url() == path
            for model in models_with_addresses()
            if hasattr(model._default_manager, "with_slug")  # one-record pages have a fixed address
            for obj in model._default_manager.with_slug(slug)
        )


class RedirectQuerySet(models.QuerySet):
    def record(self, old_path, new_path):
        """What was at old_path is now at new_path: the old address redirects there, and so does
        every address that redirected to the old one (Redirect.save). The new address is live, so
        it redirects nowhere any more (an address changed back)."""
        self.filter(old_path=new_path).delete()
        self.update_or_create(old_path=old_path, defaults={"new_path": new_path})

    def record_prefix(self, old_prefix, new_prefix):
        """Every address below old_prefix is now below new_prefix (a translated address part changed).
        The new part is live, so nothing under that exact address redirects any more (a part changed back)."""
        self.filter(old_path=new_prefix).delete()
        self.update_or_create(old_path=old_prefix, defaults={"new_path": new_prefix, "prefix": True})

    def target_of(self, path):
        """Where a redirect from this path leads now, or None."""
        return self.filter(old_path=path).values_list("new_path", flat=True).first()


class Redirect(models.Model):
    old_path = models.CharField(
        _("old address"),
        max_length=500,
        unique=True,
        validators=[
            RegexValidator(
                LANGUAGE_PREFIX,
                _("Enter an address of this site starting with its language, such as /de/artikel/alt/."),
            )
        ],
        help_text=_("The address that no longer leads anywhere, with its language: /de/artikel/alt/."),
    )
    new_path = models.CharField(
        _("new address"),
        max_length=500,
        validators=[
            RegexValidator(
                r"^(/|https://|http://)", _("Enter an address on this site (starting with /) or a full web address.")
            )
        ],
        help_text=_("Where readers of the old address are sent: /de/artikel/neu/, or a full web address."),
    )
    prefix = models.BooleanField(
        _("the old address and every address below it"),
        default=False,
        help_text=_("Every address below the old one leads below the new one: /de/alt/fuerth/ → /de/neu/fuerth/."),
    )
    hits = models.PositiveIntegerField(_("hits"), default=0, editable=False)
    last_hit_at = models.DateTimeField(_("last hit"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = RedirectQuerySet.as_manager()

    # Editors manage the redirects; translators do not (nothing in them is translated).
    staff_content = True

    class Meta:
        ordering = ["old_path"]
        verbose_name = _("redirect")
        verbose_name_plural = _("redirects")

    def __str__(self):
        if self.prefix:
            return f"{self.old_path}… → {self.new_path}…"
        return f"{self.old_path} → {self.new_path}"

    def save(self, *args, **kwargs):
        # One hop: a redirect to an old address goes straight to where that one leads, and the
        # redirects that led to this old address now lead where it does.
        self.new_path = Redirect.objects.exclude(pk=self.pk).target_of(self.new_path) or self.new_path
        super().save(*args, **kwargs)
        Redirect.objects.filter(new_path=self.old_path).exclude(pk=self.pk).update(new_path=self.new_path)
        if self.prefix:
            # The redirects to addresses below the old prefix too: /de/alt/fuerth/ becomes /de/neu/fuerth/.
            Redirect.objects.filter(new_path__startswith=self.old_path).exclude(pk=self.pk).update(
                new_path=Concat(Value(self.new_path), Substr("new_path", len(self.old_path) + 1))
            )

    @property
    def language(self):
        match = LANGUAGE_PREFIX.match(self.old_path)
        return match[1] if match else None

    def clean(self):
        super().clean()
        if not self.old_path or not self.new_path:
            return
        if is_live_address(self.old_path):
            raise ValidationError(
                {"old_path": _("This address leads to a page of the site: it cannot redirect elsewhere.")}
            )
        if self.leads_back():
            raise ValidationError({"new_path": LOOP_MESSAGE})

    def leads_back(self):
        """Whether following the redirects from the new address comes back to the old one (or, for a
        prefix redirect, to an address below it, which would grow at every hop)."""
        if self.prefix and self.new_path.startswith(self.old_path):
            return True
        seen, path = {self.old_path}, self.new_path
        while path is not None:
            if path in seen:
                return True
            seen.add(path)
            path = Redirect.objects.exclude(pk=self.pk).target_of(path)
        return False
