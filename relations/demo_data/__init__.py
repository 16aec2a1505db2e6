"""The demo content of the section, in French, German and English.

places.py holds the partner cities and networks, editorial.py the pages,
articles, events, key figures, associations, solidarity projects and
subsidies, redirects.py the addresses of the city's former site. Each record
is keyed by the model's field names: a translated field holds its text in each
language, a relation holds the key of the related record (the French slug, or
the title of an image). The ``load_demo`` command writes CONTENT to the
database in its order, so that a record comes after those it refers to.
"""

from relations.models import (
    Article,
    ArticleCategory,
    Association,
    City,
    Event,
    Image,
    KeyFigure,
    Network,
    Page,
    Redirect,
    SolidarityProject,
    Subsidy,
)

from .editorial import (
    ARTICLE_CATEGORIES,
    ARTICLES,
    ASSOCIATIONS,
    EVENTS,
    KEY_FIGURES,
    PAGES,
    PROJECTS,
    RETIRED_KEY_FIGURES,
    SUBSIDIES,
)
from .editorial import IMAGES as EDITORIAL_IMAGES
from .places import CITIES, NETWORKS
from .places import IMAGES as PLACE_IMAGES
from .redirects import REDIRECTS

IMAGES = PLACE_IMAGES + EDITORIAL_IMAGES

# (model, the fields that find a record's row again, records). Pages come parents first.
CONTENT = [
    (Image, ("title",), IMAGES),
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
]

# (model, lookups of rows that former versions of the demo wrote and this one deletes).
RETIRED = [(KeyFigure, RETIRED_KEY_FIGURES)]

__all__ = [
    "ARTICLES",
    "ARTICLE_CATEGORIES",
    "ASSOCIATIONS",
    "CITIES",
    "CONTENT",
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
