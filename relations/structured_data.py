"""What search engines and link previews read about a page: schema.org JSON-LD and the Open Graph
tags that depend on the page's translations.

Built from the template context the page already has (its object, its title, its list), so that
nothing here runs a query of its own: every value comes from the object's row or from what its
view fetched with it (select_related / prefetch_related).

Which languages a page exists in is the language switcher's answer (relations/models/
translation_records.py, through the `language_versions` template filter): translations are named
(workTranslation, og:locale:alternate) only where a reader would find one.
"""

import json

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop

from . import open_data
from .addresses import absolute_url
from .models import Article, Association, City, Event, Network, Page, SolidarityProject
from .translation import shown_language

SCHEMA_ORG = "https://schema.org"
# As Django's json_script filter does: a text holding "</script>" or markup stays inert in the page.
JSON_MARKUP_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
# The Open Graph locale of each language of the site (og:locale wants a territory).
OPEN_GRAPH_LOCALES = {"fr": "fr_FR", "de": "de_DE", "en": "en_GB"}
# The description of a page that has none of its own (base.html says the same).
SITE_DESCRIPTION = gettext_noop(
    "Twin cities, networks, international solidarity and partnerships of the City of Limoges."
)


def page_title(context):
    obj = context.get("object") or None
    return str(obj) if obj is not None else str(context.get("page_title") or gettext("International relations"))


def page_description(context):
    """The page's own description: its object's summary, its list's description, or the section's."""
    obj = context.get("object") or None
    return getattr(obj, "summary", "") or str(context.get("page_description") or "") or gettext(SITE_DESCRIPTION)


def as_json_ld(data):
    """The JSON text to put in a <script type="application/ld+json"> element, with "<", ">" and "&"
    escaped so that no text of the site can close the element."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(JSON_MARKUP_ESCAPES)


def local_iso(moment):
    return timezone.localtime(moment).isoformat() if timezone.is_aware(moment) else moment.isoformat()


def city_hall(request):
    """The city as publisher, organiser, funder and author: the same node on every page."""
    home = absolute_url(request, reverse("relations:home"))
    return {
        "@type": "GovernmentOrganization",
        "@id": absolute_url(request, "/#organization"),
        "name": settings.CITY_NAME,
        "alternateName": gettext("City of Limoges"),
        "url": home,
        "address": {"@type": "PostalAddress", "addressLocality": "Limoges", "addressCountry": "FR"},
        "department": {
            "@type": "GovernmentOrganization",
            "name": gettext("City of Limoges – International relations office"),
            "url": home,
        },
    }


def image_object(request, image):
    """The image's shared copy (the one Open Graph names), with its size; the original file stands in
    until the copies exist (as on the page). None without an image."""
    if not image or not image.file:
        return None
    copy = image.shared_rendition() or {"url": image.file.url, "width": image.width, "height": image.height}
    url = copy["url"] if copy["url"].startswith(("http://", "https://")) else absolute_url(request, copy["url"])
    return {"@type": "ImageObject", "url": url, "width": copy["width"], "height": copy["height"]}


def translations(request, obj, versions):
    """workTranslation from the French page to its real translations; translationOfWork from a
    translated page to the French one. Nothing for a page shown in French at another address."""
    current = translation.get_language()
    source = settings.LANGUAGE_CODE
    translated = {version["code"]: version for version in versions if version["is_translated"]}
    if current not in translated:
        return {}

    def work(version):
        return {"@id": absolute_url(request, version["url"]), "inLanguage": version["code"]}

    if current == source:
        others = [work(version) for code, version in translated.items() if code != source]
        return {"workTranslation": others} if others else {}
    return {"translationOfWork": work(translated[source])} if source in translated else {}


def page_language(obj):
    """The language the page's main text is read in: the reader's, or French where it stands in."""
    if obj is not None and getattr(obj, "title_field", None):
        return shown_language(obj, obj.title_field)
    return translation.get_language()


def main_entity(request, obj, url, language, organization):
    """The thing the page is about, as schema.org types it; None for a page that is only a list."""
    image = image_object(request, getattr(obj, "image", None))
    common = {"@id": f"{url}#main", "url": url, "description": getattr(obj, "summary", "") or None}
    if image:
        common["image"] = [image]
    if isinstance(obj, Event):
        location = {"@type": "Place", "name": obj.venue}
        location["address"] = postal_address(obj.address) if obj.address else obj.venue
        entity = {
            "@type": "Event",
            "name": obj.title,
            "startDate": local_iso(obj.starts_at),
            "endDate": local_iso(obj.ends_at) if obj.ends_at else None,
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": location,
            "organizer": organization,
            "inLanguage": language,
        }
    elif isinstance(obj, Article) or (isinstance(obj, Page) and obj.parent_id is not None):
        entity = {
            "@type": "NewsArticle" if isinstance(obj, Article) else "Article",
            "headline": obj.title[:110],
            "datePublished": (obj.published_on if isinstance(obj, Article) else obj.created_at).isoformat(),
            "dateModified": local_iso(obj.updated_at),
            "author": organization,
            "publisher": organization,
            "inLanguage": language,
            "mainEntityOfPage": url,
        }
        if isinstance(obj, Article):
            entity["articleSection"] = obj.category.name
    elif isinstance(obj, City):
        entity = {
            "@type": "City",
            "name": obj.name,
            "containedInPlace": {"@type": "Country", "name": obj.country.name, "identifier": obj.country.code},
            "sameAs": obj.website or None,
        }
        if obj.latitude is not None and obj.longitude is not None:
            latitude, longitude = float(obj.latitude), float(obj.longitude)
            entity["geo"] = {"@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude}
    elif isinstance(obj, Network):
        entity = {
            "@type": "Organization",
            "name": obj.name,
            "alternateName": obj.acronym or None,
            "foundingDate": str(obj.founded_year) if obj.founded_year else None,
            "sameAs": obj.website or None,
        }
    elif isinstance(obj, Association):
        entity = {
            "@type": "NGO",
            "name": obj.name,
            "address": {"@type": "PostalAddress", "addressLocality": obj.town, "addressCountry": "FR"},
            "sameAs": obj.website or None,
            "funder": organization,
        }
        if obj.siret:
            entity["identifier"] = {"@type": "PropertyValue", "propertyID": "SIRET", "value": obj.siret}
    elif isinstance(obj, SolidarityProject):
        entity = {
            "@type": "Project",
            "name": obj.title,
            "funder": organization,
            "areaServed": obj.place or (str(obj.partner_city) if obj.partner_city_id else None),
        }
    else:
        return None
    return without_empty_values({**entity, **common})


def postal_address(text):
    """An address typed on one line ("48 rue Jean Jaurès, 87000 Limoges") as schema.org's parts."""
    street, _comma, town = text.rpartition(",")
    postal_code, _space, locality = town.strip().partition(" ")
    if not street or not postal_code.isdigit():
        return {"@type": "PostalAddress", "streetAddress": text, "addressCountry": "FR"}
    return {
        "@type": "PostalAddress",
        "streetAddress": street.strip(),
        "postalCode": postal_code,
        "addressLocality": locality,
        "addressCountry": "FR",
    }


def subsidies_dataset(request, organization):
    """The open data of the association list: the subsidies granted, in the national SCDL format."""
    return {
        "@type": "Dataset",
        "@id": absolute_url(request, french_address("relations:subsidies_csv")) + "#dataset",
        "name": gettext("Subsidies granted by the City of Limoges to associations for international action"),
        "description": gettext(
            "Every subsidy the City of Limoges grants to associations for international solidarity and "
            "exchanges: beneficiary, purpose, amount, nature and dates, in the national SCDL "
            "“subventions” format."
        ),
        "inLanguage": settings.LANGUAGE_CODE,
        "isAccessibleForFree": True,
        "license": open_data.LICENCE_URL,
        "creator": organization,
        "publisher": organization,
        "spatialCoverage": {"@type": "Place", "name": "Limoges"},
        "distribution": [
            {
                "@type": "DataDownload",
                "encodingFormat": media_type,
                # One French dataset: the other languages' addresses only redirect to it.
                "contentUrl": absolute_url(request, french_address(url_name)),
            }
            for url_name, media_type in (
                ("relations:subsidies_csv", "text/csv"),
                ("relations:subsidies_json", "application/json"),
            )
        ],
    }


def without_empty_values(data):
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def page_graph(context, description, crumbs, versions):
    """The JSON-LD of a page: the city, the site, the page with its breadcrumb, and what it is about."""
    request = context["request"]
    obj = context.get("object") or None
    url = absolute_url(request, request.path)
    language = page_language(obj)
    organization = city_hall(request)
    publisher = {"@id": organization["@id"]}
    website = {
        "@type": "WebSite",
        "@id": absolute_url(request, "/#website"),
        "name": gettext("City of Limoges – International relations"),
        "url": absolute_url(request, reverse("relations:home")),
        "inLanguage": [code for code, _name in settings.LANGUAGES],
        "publisher": publisher,
    }
    breadcrumb = {
        "@type": "BreadcrumbList",
        "@id": f"{url}#breadcrumb",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": number,
                "name": str(crumb["title"]),
                "item": absolute_url(request, crumb["url"]),
            }
            for number, crumb in enumerate(crumbs, start=1)
        ],
    }
    entity = main_entity(request, obj, url, language, organization)
    if context.get("query") is not None:
        page_type = "SearchResultsPage"
    elif entity or request.resolver_match and request.resolver_match.url_name == "home":
        page_type = "WebPage"
    else:
        page_type = "CollectionPage"
    webpage = without_empty_values(
        {
            "@type": page_type,
            "@id": url,
            "url": url,
            "name": page_title(context),
            "description": description,
            "inLanguage": language,
            "isPartOf": {"@id": website["@id"]},
            "publisher": publisher,
            "breadcrumb": {"@id": breadcrumb["@id"]} if crumbs else None,
            "mainEntity": {"@id": entity["@id"]} if entity else None,
            **translations(request, obj, versions),
        }
    )
    if entity and entity["@type"] in ("NewsArticle", "Article"):
        entity.update(translations(request, obj, versions))
    graph = [organization, website, webpage]
    if crumbs:
        graph.append(breadcrumb)
    if entity:
        graph.append(entity)
    view = context.get("view")
    if getattr(view, "model", None) is Association and obj is None:
        graph.append(subsidies_dataset(request, publisher))
    return {"@context": SCHEMA_ORG, "@graph": graph}


def open_graph_locales(versions):
    """og:locale:alternate: the other languages the page really exists in."""
    current = translation.get_language()
    return [
        OPEN_GRAPH_LOCALES[version["code"]]
        for version in versions
        if version["is_translated"] and version["code"] != current and version["code"] in OPEN_GRAPH_LOCALES
    ]


def french_address(url_name):
    with translation.override(settings.LANGUAGE_CODE):
        return reverse(url_name)
