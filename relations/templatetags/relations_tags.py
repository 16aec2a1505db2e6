from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.encoding import escape_uri_path
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from relations import images
from relations.cache import query_read_by_the_page
from relations.models import Page
from relations.rich_text import clean_html

register = template.Library()


def is_translated(obj, language):
    """Whether the object has its own text in the language (objects without translations always do)."""
    return obj.is_translated(language) if hasattr(obj, "is_translated") else True


@register.filter
def language_versions(obj, request):
    """This page in every language: the object's own address (with that language's slug) when the
    page shows one object, otherwise the same address translated."""
    current = translation.get_language()
    versions = []
    for code, _name in settings.LANGUAGES:
        if hasattr(obj, "get_absolute_url"):
            with translation.override(code):
                url = obj.get_absolute_url()
        else:
            # translate_url resolves the path in the active language, so it is called outside override().
            query = query_read_by_the_page(request).urlencode()
            path = escape_uri_path(request.path)
            url = translate_url(f"{path}?{query}" if query else path, code)
        versions.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "url": url,
                "is_current": code == current,
                "is_translated": is_translated(obj, code),
            }
        )
    return versions


@register.filter
def untranslated(obj):
    """True when the object is shown in French because it has no text in the reader's language."""
    return bool(obj) and not is_translated(obj, translation.get_language())


@register.filter
def fallback_lang(obj, field):
    """` lang="fr"` on an element whose text is the French one standing in for a missing translation
    (RGAA 8.7: a change of language is marked)."""
    language = translation.get_language()
    if not obj or language == settings.LANGUAGE_CODE:
        return ""
    if getattr(obj, build_localized_fieldname(field, language), None):
        return ""
    if not getattr(obj, build_localized_fieldname(field, settings.LANGUAGE_CODE), None):
        return ""
    return mark_safe(f' lang="{settings.LANGUAGE_CODE}"')


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context, obj=None):
    """The canonical address and the hreflang alternates, only for the languages the page exists in."""
    request = context["request"]
    every_version = language_versions(obj or None, request)
    versions = [version for version in every_version if version["is_translated"]]
    current = next((version for version in versions if version["is_current"]), None)
    canonical = current["url"] if current else every_version[0]["url"]
    french = next((version for version in versions if version["code"] == settings.LANGUAGE_CODE), None)
    return {
        "canonical": request.build_absolute_uri(canonical),
        "alternates": [
            {"code": version["code"], "url": request.build_absolute_uri(version["url"])} for version in versions
        ],
        "x_default": request.build_absolute_uri(french["url"]) if french else None,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, obj=None):
    """Relations internationales > ... > this page (the city's own levels above are in the template)."""
    obj = obj or None
    crumbs = [{"title": _("International relations"), "url": reverse("relations:home")}]
    if isinstance(obj, Page):
        crumbs += [{"title": page.title, "url": page.get_absolute_url()} for page in obj.ancestors()[1:]]
    elif obj is not None and context.get("list_url"):
        crumbs.append({"title": context["list_title"], "url": context["list_url"]})
    if obj is not None and not (isinstance(obj, Page) and obj.parent_id is None):
        crumbs.append({"title": str(obj), "url": obj.get_absolute_url()})
    elif obj is None and context.get("page_title"):
        crumbs.append({"title": context["page_title"], "url": context["request"].path})
    return {"crumbs": crumbs}


# How wide each kind of image is shown, for the browser to pick a copy before the CSS is applied
# (static/css/site.css: a 72rem column with 1rem gutters on small screens).
PICTURE_SIZES = {
    # .cards: as many 17rem-or-wider cards a row as fit, 1.5rem apart: one, two, then three (23rem at most).
    images.CARD: (
        "(min-width: 74rem) 23rem, (min-width: 56rem) calc((100vw - 5rem) / 3), "
        "(min-width: 37.5rem) calc((100vw - 3.5rem) / 2), calc(100vw - 2rem)"
    ),
    # .detail__figure: the width of the column, up to 48rem.
    images.FULL: "(min-width: 50rem) 48rem, calc(100vw - 2rem)",
}


@register.simple_tag
def picture(image, kind=images.FULL, css_class="", lazy=True):
    """An image of the library: its WebP copies of this kind ("card": cropped around the focal
    point; "full": the whole image) for the browser to choose from, its alternative text in the
    page's language and its size, which keeps the layout still while it loads. The original file
    stands in until the copies exist.

    lazy=False for an image near the top of the page, which the browser should fetch at once."""
    if kind not in PICTURE_SIZES:
        raise ValueError(f"Unknown kind of picture {kind!r}: use one of {', '.join(PICTURE_SIZES)}.")
    if not image or not image.file:
        return ""
    copies = image.renditions_of(kind)
    if copies:
        # src for browsers that ignore srcset: a copy of middling width.
        src = image.rendition_url(kind, 640)
        choices = format_html(
            ' srcset="{}" sizes="{}"',
            ", ".join(f"{copy['url']} {copy['width']}w" for copy in copies),
            PICTURE_SIZES[kind],
        )
        width, height = copies[-1]["width"], copies[-1]["height"]
    else:
        src, choices, width, height = image.file.url, "", image.width, image.height
    return format_html(
        '<img src="{}"{} width="{}" height="{}" alt="{}"{}{}{} decoding="async">',
        src,
        choices,
        width,
        height,
        image.alt_text,
        fallback_lang(image, "alt_text"),
        format_html(' class="{}"', css_class) if css_class else "",
        mark_safe(' loading="lazy"') if lazy else "",
    )


@register.inclusion_tag("includes/og_image.html", takes_context=True)
def og_image(context, image):
    """The image shown with a link to the page (Open Graph): its WebP copy of about 1200 px, never
    the original file, at an absolute address. build_absolute_uri prefixes the request's scheme and
    host to a storage's relative address (/media/…) and leaves an absolute one (S3, a CDN) alone."""
    copy = image.shared_rendition() if image else None
    if not copy:
        return {}
    return {"image": image, "copy": copy, "url": context["request"].build_absolute_uri(copy["url"])}


@register.filter
def rich_text(html):
    """The stored HTML of a body, cleaned with the allow-list, ready to be shown."""
    return mark_safe(clean_html(html))


@register.simple_tag
def map_position(city, number=0):
    """The city's place on the site's own world map (an equirectangular SVG of 360 x 180 units).
    Labels go alternately above and below their dot, so that neighbours (Fürth, Plzeň) stay legible."""
    x, y = float(city.longitude) + 180, 90 - float(city.latitude)
    return {"x": f"{x:.2f}", "y": f"{y:.2f}", "label_y": f"{y - 2 if number % 2 else y + 3.5:.2f}"}
