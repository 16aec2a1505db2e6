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
from .library import Image
from .places import City, CityKind, LimogesRole, Network, NetworkKind
from .redirects import Redirect
from .translation_records import TranslationRecord

__all__ = [
    "FIRST_PLAUSIBLE_YEAR",
    "LAST_PLAUSIBLE_YEAR",
    "Article",
    "ArticleCategory",
    "Association",
    "AssociationQuerySet",
    "City",
    "CityKind",
    "Content",
    "Event",
    "EventQuerySet",
    "Image",
    "KeyFigure",
    "KeyFigureKind",
    "LimogesRole",
    "Network",
    "NetworkKind",
    "Page",
    "PaymentConditions",
    "ProjectStatus",
    "PublicationStatus",
    "PublishableQuerySet",
    "Redirect",
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
