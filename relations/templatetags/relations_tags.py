import nh3
from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from relations.models import Page

register = template.Library()


@register.filter
def language_versions(obj, request):
    """The address of this page in every language: the object's own URL (with that language's
    slug) when the page shows one object, otherwise the same address translated."""
    current = translation.get_language()
    versions = []
    for code, _name in settings.LANGUAGES:
        if hasattr(obj, "get_absolute_url"):
            with translation.override(code):
                url = obj.get_absolute_url()
        else:
            # translate_url resolves the path in the active language, so it is called outside override().
            url = translate_url(request.get_full_path(), code)
        versions.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "url": url,
                "is_current": code == current,
            }
        )
    return versions


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, obj=None):
    """Relations internationales > ... > this page (the city's own levels above are in the template)."""
    obj = obj or None
    crumbs = [{"title": _("International relations"), "url": reverse("relations:home")}]
    if isinstance(obj, Page):
        crumbs += [{"title": page.title, "url": page.get_absolute_url()} for page in obj.ancestors()[1:]]
    if obj is not None and not (isinstance(obj, Page) and obj.parent_id is None):
        crumbs.append({"title": str(obj), "url": obj.get_absolute_url()})
    elif context.get("page_title"):
        crumbs.append({"title": context["page_title"], "url": context["request"].path})
    return {"crumbs": crumbs}


# What an editor may put in a body: structure and emphasis, links, no script, style or attributes
# beyond the link target. Everything else is stripped before it reaches a page.
RICH_TEXT_TAGS = {"p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "blockquote", "a", "br"}
RICH_TEXT_ATTRIBUTES = {"a": {"href", "hreflang", "lang"}, "p": {"lang"}, "blockquote": {"lang"}}


@register.filter
def rich_text(html):
    """The stored HTML of a body, cleaned with an allow-list, ready to be shown."""
    return mark_safe(
        nh3.clean(
            html or "",
            tags=RICH_TEXT_TAGS,
            attributes=RICH_TEXT_ATTRIBUTES,
            url_schemes={"http", "https", "mailto"},
            link_rel="noopener",
        )
    )
