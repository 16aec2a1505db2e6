import json
from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.encoding import escape_uri_path
from django.utils.html import format_html
from django.utils.safestring import SafeData, mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

from relations import content_types, images
from relations import structured_data as structured_data_module
from relations.addresses import absolute_url, section_address
from relations.cache import page_frame as shared_page_frame
from relations.cache import query_read_by_the_page
from relations.content_translation import field_states
from relations.models import Menu, Page
from relations.rich_text import clean_html, resolve_internal_links
from relations.translation import shown_language

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


# Translated fields that address an object rather than being read on its page.
NOT_SHOWN = {"slug"}


def translated_fields(obj):
    """The names of the object's translated fields (none for an object whose model has no translations)."""
    try:
        return translator.get_options_for_model(type(obj)).fields
    except NotRegistered:
        return ()


def shown_fields(obj):
    """(object, field) of every translated text a reader sees on the object's page: its own and its image's."""
    fields = [(obj, name) for name in translated_fields(obj) if name not in NOT_SHOWN]
    image = getattr(obj, "image", None)
    if image is not None:
        fields += [(image, name) for name in translated_fields(image)]
    return fields


@register.filter
def fallback_lang(obj, field=None):
    """` lang="fr"` on an element whose text is the French one standing in for a missing translation
    (RGAA 8.7: a change of language is marked). Without a field, the one that names the object (its
    title). It reads the object's own row: no query, whether the object is a page's or a list's."""
    if not obj:
        return ""
    field = field or getattr(obj, "title_field", None) or next(iter(translated_fields(obj)), None)
    if field is None or shown_language(obj, field) == translation.get_language():
        return ""
    return mark_safe(f' lang="{settings.LANGUAGE_CODE}"')


@register.inclusion_tag("includes/translation_notice.html")
def translation_notice(obj=None):
    """What the reader is told when the page is not all in their language: that it is shown in French,
    wholly or in parts; that the French text changed since it was translated, with a link to it."""
    language = translation.get_language()
    if not obj or language == settings.LANGUAGE_CODE or not translated_fields(obj):
        return {}
    shown = shown_fields(obj)
    in_french = [(owner, name) for owner, name in shown if fallback_lang(owner, name)]
    own_text = any(getattr(obj, build_localized_fieldname(name, language)) for owner, name in shown if owner is obj)
    outdated = False
    if getattr(obj, "updated_at", None) and own_text:
        states = field_states(obj, language)
        outdated = any(states.get(name) == "outdated" for owner, name in shown if owner is obj)
    french_url = None
    if outdated:
        with translation.override(settings.LANGUAGE_CODE):
            french_url = obj.get_absolute_url()
    # A category's page is mostly the cards of its articles: its name alone does not make it French.
    wholly = bool(in_french) and not own_text and hasattr(obj, "is_translated")
    return {
        "wholly_in_french": wholly,
        "partly_in_french": bool(in_french) and not wholly,
        "french_updated_on": obj.updated_at if outdated else None,
        "french_url": french_url,
    }


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
        "canonical": absolute_url(request, canonical),
        "alternates": [{"code": version["code"], "url": absolute_url(request, version["url"])} for version in versions],
        "x_default": absolute_url(request, french["url"]) if french else None,
    }


@register.simple_tag
def main_menu():
    """The default main menu: the list page of each type of content that has one
    (relations/content_types.py), labelled in the reader's language. No query: the error pages
    show it, and every page until the web team writes its own menu."""
    return content_types.menu_entries()


@register.simple_tag
def default_footer():
    """The footer until the web team writes its own: the section's feeds, open data and site maps."""
    return [
        {"url": section_address(name), "label": label}
        for name, label in [
            ("relations:site_map", _("Site map")),
            ("relations:accessibility", _("Accessibility")),
            ("relations:contact", _("Contact")),
            ("relations:article_feed", _("Articles (RSS)")),
            ("relations:event_calendar", _("Events calendar (iCal)")),
            ("relations:subsidies_csv", _("Open data: subsidies (CSV)")),
            ("sitemap", _("Site map (XML)")),
        ]
    ]


def page_frame(context):
    """The menus and the accessibility statement of the page, read once per request: from the shared
    cache (relations/cache.py), or in one query."""
    request = context.get("request")
    frame = getattr(request, "page_frame", None)
    if frame is None:
        frame = shared_page_frame()
        if request is not None:
            request.page_frame = frame
    return frame


@register.simple_tag(takes_context=True)
def menu(context, name):
    """The entries of a menu written by the web team (MenuEntry), in the reader's language; the
    default entries while it has none."""
    entries = page_frame(context)["menus"].get(name, [])
    written = [{"url": entry.href, "label": entry.title, "object": entry} for entry in entries]
    if written:
        return written
    return main_menu() if name == Menu.MAIN else default_footer()


@register.simple_tag(takes_context=True)
def accessibility_statement(context):
    """The accessibility statement, whose conformity line every footer shows."""
    return page_frame(context)["statement"]


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, obj=None):
    """Relations internationales > ... > this page (the city's own levels above are in the template)."""
    return {
        "crumbs": breadcrumb_trail(context, obj),
        "city_site_url": settings.CITY_MAIN_SITE_URL,
        "city_section_url": settings.CITY_PARENT_SECTION_URL,
    }


def breadcrumb_trail(context, obj=None):
    """The linked levels of the breadcrumb, as shown on the page and as its JSON-LD names them."""
    obj = obj or None
    crumbs = [{"title": _("International relations"), "url": reverse("relations:home")}]
    if isinstance(obj, Page):
        crumbs += [
            {"title": page.title, "url": page.get_absolute_url(), "object": page} for page in obj.ancestors()[1:]
        ]
    elif obj is not None and context.get("list_url"):
        crumbs.append({"title": context["list_title"], "url": context["list_url"]})
    if obj is not None and not (isinstance(obj, Page) and obj.parent_id is None):
        crumbs.append({"title": str(obj), "url": obj.get_absolute_url(), "object": obj})
    elif obj is None and context.get("page_title"):
        crumbs.append({"title": context["page_title"], "url": context["request"].path})
    return crumbs


@register.inclusion_tag("includes/structured_data.html", takes_context=True)
def structured_data(context):
    """The page described for other programs: its feeds, its address and languages for link previews
    (Open Graph), and its schema.org JSON-LD (relations/structured_data.py)."""
    request = context.get("request")
    if request is None:
        return {}
    obj = context.get("object") or None
    versions = language_versions(obj, request)
    description = structured_data_module.page_description(context)
    graph = structured_data_module.page_graph(context, description, breadcrumb_trail(context, obj), versions)
    return {
        "url": absolute_url(request, request.path),
        "locale_alternates": structured_data_module.open_graph_locales(versions),
        # og:description where base.html has none (a page without an object's summary).
        "description": None if getattr(obj, "summary", "") else description,
        "json_ld": mark_safe(structured_data_module.as_json_ld(graph)),
    }


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
    the original file, at an absolute address: the site's own (SITE_URL) before a storage's
    relative address (/media/…); an absolute one (S3, a CDN) is kept as it is."""
    copy = image.shared_rendition() if image else None
    if not copy:
        return {}
    url = copy["url"] if urlsplit(copy["url"]).scheme else absolute_url(context["request"], copy["url"])
    return {"image": image, "copy": copy, "url": url}


@register.filter
def rich_text(html):
    """The stored HTML of a body, cleaned with the allow-list, its links to the site's pages and
    documents at their address in the reader's language, ready to be shown."""
    return mark_safe(resolve_internal_links(clean_html(html)))


@register.inclusion_tag("includes/document_link.html")
def document_link(document):
    """A link to a document's file in the reader's language, saying its format and size (RGAA)."""
    download = document.download()
    other_language = None
    if download and download["language"] != translation.get_language():
        # The French file offered to a German reader says it is in French.
        other_language = translation.get_language_info(download["language"])["name_translated"]
    return {"document": document, "download": download, "other_language": other_language}


@register.filter
def one_full_stop(sentence):
    """A sentence ending with a date whose format ends with a period ("3 p.m.") ends with one period."""
    if not sentence.endswith(".."):
        return sentence
    return mark_safe(sentence[:-1]) if isinstance(sentence, SafeData) else sentence[:-1]


@register.filter
def change_message(version):
    """A revision's comment in the reader's language. The admin stores what a save changed as Django's
    change message (JSON, relations/admin.py), whose field names Django keeps in English: they are
    named here as the version's model names them in the reader's language. A comment written as text
    is shown as it is, and so is a step of the review workflow on the line after the change."""
    comment = version.revision.comment or ""
    first_line, _newline, step = comment.partition("\n")
    try:
        changes = json.loads(first_line)
    except json.JSONDecodeError:
        return comment
    if not isinstance(changes, list):
        return comment
    names = field_labels(version.content_type.model_class())
    for change in changes:
        for details in change.values() if isinstance(change, dict) else ():
            if isinstance(details, dict) and "fields" in details:
                details["fields"] = [names.get(name, name) for name in details["fields"]]
    return " — ".join(filter(None, [LogEntry(change_message=json.dumps(changes)).get_change_message(), step]))


def field_labels(model):
    """{the label Django's change message keeps (English): the label in the active language}."""
    if model is None:
        return {}
    fields = [*model._meta.fields, *model._meta.many_to_many]
    with translation.override(None):
        english = [capfirst(str(field.verbose_name)) for field in fields]
    return dict(zip(english, (capfirst(str(field.verbose_name)) for field in fields), strict=True))
