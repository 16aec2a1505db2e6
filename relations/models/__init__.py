"""The content of the international relations section, one module per concern.

Which fields are translated is declared in relations/translation.py:
django-modeltranslation adds a column per language (``title_fr``,
``title_de``, ``title_en``) next to each field registered there. French is
the source language and is required; German and English fall back to French.
"""

from .base import (
    FIRST_PLAUSIBLE_YEAR,
    LAST_PLAUSIBLE_YEAR,
    Content,
    PublicationState,
    PublicationStatus,
    PublishableQuerySet,
    Theme,
    TranslatedSlugQuerySet,
    WrittenContent,
    content_constraints,
    non_negative_check,
    plausible_year_check,
    plausible_year_validators,
    publication_window_check,
    unique_slug_per_language,
)
from .editorial import Article, ArticleCategory, Event, EventQuerySet, KeyFigure, KeyFigureKind, Page
from .funding import (
    Association,
    AssociationQuerySet,
    PaymentConditions,
    ProjectStatus,
    SolidarityProject,
    Subsidy,
    SubsidyNature,
)
from .library import Document, Image
from .places import City, CityKind, LimogesRole, Network, NetworkKind
from .redirects import Redirect
from .search import SearchEntry
from .site import AccessibilityStatement, Conformity, ContactDetails, Menu, MenuEntry
from .translation_records import TranslationRecord
from .workflow import ReviewRequest

__all__ = [
    "FIRST_PLAUSIBLE_YEAR",
    "LAST_PLAUSIBLE_YEAR",
    "AccessibilityStatement",
    "Article",
    "ArticleCategory",
    "Association",
    "AssociationQuerySet",
    "City",
    "CityKind",
    "Conformity",
    "ContactDetails",
    "Content",
    "Document",
    "Event",
    "EventQuerySet",
    "Image",
    "KeyFigure",
    "KeyFigureKind",
    "LimogesRole",
    "Menu",
    "MenuEntry",
    "Network",
    "NetworkKind",
    "Page",
    "PaymentConditions",
    "ProjectStatus",
    "PublicationState",
    "PublicationStatus",
    "PublishableQuerySet",
    "Redirect",
    "ReviewRequest",
    "SearchEntry",
    "SolidarityProject",
    "Subsidy",
    "SubsidyNature",
    "Theme",
    "TranslatedSlugQuerySet",
    "TranslationRecord",
    "WrittenContent",
    "content_constraints",
    "non_negative_check",
    "plausible_year_check",
    "plausible_year_validators",
    "publication_window_check",
    "unique_slug_per_language",
]
