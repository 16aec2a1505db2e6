"""The demo content of the section, in French, German and English.

places.py holds the partner cities and networks, documents.py the documents (PDF files written at load time), editorial.py the pages,
articles, events, key figures, associations, solidarity projects and
subsidies, redirects.py the addresses of the city's former site. Each record
is keyed by the model's field names: a translated field holds its text in each
language, a relation holds the key of the related record (the French slug, or
the title of an image). The ``load_demo`` command writes CONTENT to the
database in its order, so that a record comes after those it refers to.
"""

from relations.models import (
    AccessibilityStatement,
    Article,
    ArticleCategory,
    Association,
    City,
    ContactDetails,
    Document,
    Event,
    Image,
    KeyFigure,
    MenuEntry,
    Network,
    Page,
    Redirect,
    SolidarityProject,
    Subsidy,
)

from .documents import DOCUMENTS
from .editorial import (
    ARTICLE_CATEGORIES,
    ARTICLES,
    ASSOCIATIONS,
    EVENTS,
    KEY_FIGURES,
    PROJECTS,
    RETIRED_KEY_FIGURES,
    SUBSIDIES,
)
from .editorial import IMAGES as EDITORIAL_IMAGES
from .editorial import PAGES as SECTION_PAGES
from .places import CITIES, NETWORKS
from .places import IMAGES as PLACE_IMAGES
from .redirects import REDIRECTS
from .site import ACCESSIBILITY_STATEMENTS, CONTACT_DETAILS, LEGAL_PAGES, MENU_ENTRIES

IMAGES = PLACE_IMAGES + EDITORIAL_IMAGES
# The legal pages are pages of the tree like the others, after the home page they hang from.
PAGES = SECTION_PAGES + LEGAL_PAGES

# (model, the fields that find a record's row again, records). Pages come parents first.
CONTENT = [
    (Image, ("title",), IMAGES),
    (Document, ("slug",), DOCUMENTS),
    (City, ("slug",), CITIES),
    (Network, ("slug",), NETWORKS),
    (Association, ("slug",), ASSOCIATIONS),
    (SolidarityProject, ("slug",), PROJECTS),
    (Subsidy, ("association", "year", "purpose"), SUBSIDIES),
    (ArticleCategory, ("slug",), ARTICLE_CATEGORIES),
    (Article, ("slug",), ARTICLES),
    (Event, ("slug",), EVENTS),
    (Page, ("slug",), PAGES),
    (KeyFigure, ("label",), KEY_FIGURES),
    (Redirect, ("old_path",), REDIRECTS),
    (AccessibilityStatement, ("standard",), ACCESSIBILITY_STATEMENTS),
    (ContactDetails, ("street_address",), CONTACT_DETAILS),
    (MenuEntry, ("menu", "sort_order"), MENU_ENTRIES),
]

# (model, lookups of rows that former versions of the demo wrote and this one deletes).
RETIRED = [(KeyFigure, RETIRED_KEY_FIGURES)]

__all__ = [
    "ACCESSIBILITY_STATEMENTS",
    "CONTACT_DETAILS",
    "LEGAL_PAGES",
    "MENU_ENTRIES",
    "ARTICLES",
    "ARTICLE_CATEGORIES",
    "ASSOCIATIONS",
    "CITIES",
    "CONTENT",
    "DOCUMENTS",
    "EVENTS",
    "IMAGES",
    "KEY_FIGURES",
    "NETWORKS",
    "PAGES",
    "PROJECTS",
    "REDIRECTS",
    "RETIRED",
    "SUBSIDIES",
]
